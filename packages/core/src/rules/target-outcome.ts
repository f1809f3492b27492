import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import type { Fact, PlanModel, Statement } from '../engine/plan/model.js';

/*
 * The words live in the lexicon (`concepts/position.ts`): `target` (target, aim for, where we want
 * to land, ideal outcome…) and `undecided` (wishes such as "as high as possible", "TBD"). What stays
 * here is the rule's own question: is an aim without a number about the deal, or about the meeting?
 */

// Terms of a deal that make an aim without a number concrete ("a three-year renewal at list price").
const DEAL_TERMS =
  /\b(?:price|pricing|deal|contract|renewal|term|terms|years?|months?|discount\w*|seats?|users?|licen[cs]\w*|rate|fees?|arr|acv|tcv|mrr|per|total|volume|uplift|payment|prepay\w*|upfront|commitment|multi-?year|list|margin|sla|scope|exclusiv\w*|delivery|units?)\b/i;
// "Our goal for Tuesday is to understand who signs": an aim for the meeting, not for the deal.
const MEETING_AIM =
  /\b(?:meeting|call|workshop|session|visit|demo|presentation|kick-?off)\b|\bto (?:understand|learn|find out|discover|confirm|clarify|qualify|build|establish|map|meet|introduce|present|identify|ask|check|verify|explore|listen|hear|get to know)\b/i;
// "Initech's target": a named party's possessive (a capitalised name, so case matters).
const NAMED_POSSESSIVE = /\b[A-Z][\w-]*['’]s\s*$/;

function valueStatements(plan: PlanModel, fact: Fact): Statement[] {
  return plan.statements.filter((s) => s.kind !== 'heading' && s.start < fact.value.end && s.end > fact.value.start);
}

function concrete(plan: PlanModel, fact: Fact): boolean {
  if (fact.amounts.length > 0) return true;
  const text = fact.value.text.replace(/[`*_>#|]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text || /^[-–—?.!\s]*$|^(?:n\/?a|none)$/i.test(text)) return false;
  if (fact.source === 'frontmatter') return true;
  const sts = valueStatements(plan, fact);
  if (sts.some((s) => plan.tags.has(s, 'undecided') || plan.tags.has(s, 'placeholder'))) return false;
  return !MEETING_AIM.test(text.slice(0, 60));
}

/** A sentence that says where we aim to land: our words, a number, or terms of the deal. */
function statesTarget(st: Statement, plan: PlanModel): boolean {
  if (st.isQuestion || st.kind === 'heading' || plan.within(st.start, 'counterpart-walk-away') || plan.within(st.start, 'counterpart-alternative')) return false;
  const hasAmount = plan.amountsIn(st).some((a) => a.kind !== 'number' || a.value >= 1000);
  for (const hit of plan.tags.hits(st, 'target')) {
    if (hit.negated || plan.tags.speaker(st, hit) === 'they' || NAMED_POSSESSIVE.test(plan.text.slice(Math.max(st.start, hit.start - 30), hit.start))) continue;
    if (hasAmount) return true;
    const after = plan.text.slice(hit.end, Math.min(st.end, hit.end + 80));
    if (DEAL_TERMS.test(after) && !MEETING_AIM.test(after) && !plan.tags.has(st, 'undecided')) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'target-outcome',
    severity: 'warn',
    description: 'The plan states a target: the deal we aim for.',
    principle:
      'A walk-away point says where we stop, not where we want to be. Without a target of its own the team drifts towards its limit and settles just above it; naming the deal we aim for keeps the conversation well clear of the walk-away point.',
    sources: ['willing-to-walk-away'],
    fix: 'Add a "Target" section (or a `Target:` line, table row or `target` frontmatter key) with the deal we aim for — "$420k ARR on a three-year term". Replace wishes like "as high as possible" with a number or terms.',
    details:
      'The target is found under its names in headings, labels, table rows, Q&A questions and frontmatter (target, goal, aim, "Aiming for", objective, ideal outcome, aspiration, landing zone, where we want to land, Zielpreis) and in sentences such as "we aim for $420k", "ideally we land around €1,1M", "our goal is a three-year renewal at list price". In a plan with no target of its own, a labelled best-and-final number ("Final number: USD 168.00 per pack") is the deal it aims for. A sentence about the meeting rather than the deal ("our goal is to understand their needs") does not count, nor do negated mentions, questions or the other side\'s target. A target that is empty or only a wish ("as high as possible", "the best price we can get", "TBD") is reported at its value. The words come from the lexicon (`target`, `undecided`): add your team\'s words under `vocabulary.target`.',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [
        {
          title: 'A walk-away point and an opening, but no target',
          code: '# Acme renewal\n\n## Walk-away point\n\nBelow $310k ARR we walk away.\n\n## Opening offer\n\n$480k ARR, the list price for 400 seats.\n',
        },
        {
          title: 'A wish instead of a target',
          code: '# Globex supply deal\n\n**Floor:** €900.000\n**Goal:** as high as possible\n',
        },
      ],
      valid: [
        {
          title: 'A labelled target',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR on a three-year term\n',
        },
        {
          title: 'A target in a sentence (buyer)',
          code: '---\nside: buyer\n---\n# Laptop refresh\n\n## Ceiling\n\n€1,2M.\n\n## Approach\n\nIdeally we land around €1M for 2,000 devices.\n',
        },
      ],
    },
  },
  check({ plan, report }) {
    const facts = plan.factsOf('target');
    if (facts.some((f) => concrete(plan, f))) return;

    const targetLabels = facts.map((f) => f.label);
    const sentences = plan.statements.filter((st) => !targetLabels.some((l) => st.start >= l.start && st.start < l.end));
    if (sentences.some((st) => statesTarget(st, plan))) return;
    // "**Final number: USD 168.00 per pack.** This is our opening and our target at the same time": a best-and-final
    // number is the deal we aim for, stated once.
    if (facts.length === 0 && plan.factsOf('best-and-final').some((f) => f.source !== 'heading' && plan.ownAmounts(f).some((a) => a.kind === 'money' || a.kind === 'percent'))) return;

    if (facts.length > 0) {
      const first = facts[0]!;
      const said = first.value.text.trim();
      report(
        said
          ? `Target \`${said.slice(0, 60)}\` does not say the deal we aim for: give a number or terms (e.g. "$420k ARR on a three-year term").`
          : `Target \`${first.label.text}\` is empty: give the number or terms we aim for.`,
        said && first.source !== 'heading' ? first.value : first.label,
      );
      return;
    }
    report(
      'No target found — looked for a heading or label such as Target, Goal, Aim, "Where we want to land", and for a sentence such as "we aim for $420k". State the deal we aim for, well clear of the walk-away point; add your team\'s words under `vocabulary.target`.',
      undefined,
      {
        fix: insertSectionFix(
          plan,
          'Insert a "Target" section',
          'Target',
          plan.side === 'buyer' ? 'We aim to pay <price> for <scope and terms>.' : 'We aim for <price> on <terms>.',
          ['opening', 'concessions', 'price-challenge'],
        ),
      },
    );
  },
});
