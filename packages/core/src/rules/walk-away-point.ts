import { defineRule } from '../engine/rule.js';
import { FIELD, hasField, insertSectionFix } from '../engine/fixes.js';
import { normalizeLabel } from '../engine/plan/concepts.js';
import type { Fact, PlanModel, Statement } from '../engine/plan/model.js';

/*
 * The words live in the lexicon (`concepts/position.ts`): `walk-away` (its names and "below that
 * we walk"), `no-deal` ("below that", "if they insist…" cases) and `undecided` ("flexible", "we'll
 * see", "judge it on the day"). What stays here is the rule's own test of a hard condition.
 */

// A walk-away point without a number can be a hard condition: "if they insist on unlimited liability",
// "unless payment is annual", "at least three years", "nothing shorter than 24 months", "must include the SLA".
const CONDITION =
  /\b(?:if|unless|only with|without|requires?|required|must|at least|at most|no (?:less|more|lower|higher|shorter|longer) than|(?:less|more|lower|higher|shorter|longer) than|nothing (?:less|more|shorter|longer|lower|higher|below|above|under|over)|below|under|above|over|beyond|exceeds?|minimum|maximum)\b/i;

function statementsOf(plan: PlanModel, fact: Fact): Statement[] {
  // "## Bottom line – flexible, we'll see after 3 March": a heading that holds its own value is read with it.
  const holdsValue = (s: Statement) => s.start <= fact.value.start && fact.value.end <= s.end;
  return plan.statements.filter((s) => (s.kind !== 'heading' || holdsValue(s)) && s.start < fact.value.end && s.end > fact.value.start);
}

/** A number, or a hard condition that is not put off ("flexible", "we'll decide on the day"). */
function isConcrete(plan: PlanModel, fact: Fact): boolean {
  // Figures of a labelled line nested in the section ("Om vi inte får affären: … 45 000 ton") are that line's own.
  if (plan.ownAmounts(fact).length > 0) return true;
  const sts = statementsOf(plan, fact);
  if (sts.some((s) => plan.tags.has(s, 'undecided'))) return false;
  return CONDITION.test(fact.value.text) || sts.some((s) => plan.tags.has(s, 'no-deal'));
}

/** A sentence about the walk-away that leaves it open ("How low we'll go depends on the meeting"): stated, and vague. */
function leftOpen(plan: PlanModel, fact: Fact): boolean {
  return fact.source === 'sentence' && fact.amounts.length === 0 && statementsOf(plan, fact).some((s) => plan.tags.has(s, 'undecided'));
}

/**
 * A walk-away section or label that puts the decision off ("we'll see how it goes") and holds a number only
 * for something else ("the last deal closed at $280k") is still vague: its numbers must stand in a
 * statement that states the limit (tagged walk-away or no-deal) or lead the section.
 */
function vagueAround(plan: PlanModel, fact: Fact): boolean {
  if (fact.source !== 'heading' && fact.source !== 'label') return false;
  const sts = statementsOf(plan, fact);
  if (!sts.some((s) => plan.tags.has(s, 'undecided'))) return false;
  // "If Orbis doesn't come close, we stay on the current system (extended maintenance 38.000 EUR)": a no-deal case
  // followed by what we do then prices the alternative, not the limit.
  const owns = (s: Statement, i: number) =>
    !plan.tags.has(s, 'undecided') &&
    (i === 0 || plan.tags.has(s, 'walk-away') || (plan.tags.has(s, 'no-deal') && !plan.tags.has(s, 'alternative') && !plan.within(s.start, 'alternative'))) &&
    plan.amountsIn(s).length > 0;
  // A label's own line leads with its value ("Floor: £2,700 (flexible on terms)"): money there is the limit.
  const leads = (s: Statement, i: number) => (fact.source === 'label' || s.kind === 'heading') && i === 0 && plan.amountsIn(s).some((a) => a.kind === 'money');
  return !sts.some((s, i) => owns(s, i) || leads(s, i));
}

/** The value of a walk-away fact as it reads: from its first word to the end of its first statement. */
function answerSpan(plan: PlanModel, fact: Fact): { start: number; end: number } {
  const st = statementsOf(plan, fact)[0];
  if (!st) return fact.value;
  // The value's own text, first word first: the cleaned value can begin after blanked markup.
  const lead = plan.text.slice(fact.value.start, fact.value.end).search(/\S/);
  const start = Math.max(st.start, fact.value.start + Math.max(0, lead));
  return { start, end: Math.max(start, Math.min(st.end, fact.value.end)) };
}

/** Where the walk-away point stands: a vague value is reported in its own words, not at a section's other numbers. */
function ownText(fact: Fact): string {
  return fact.value.text.slice(0, 60) || fact.label.text;
}

export default defineRule({
  meta: {
    id: 'walk-away-point',
    severity: 'error',
    description: 'The plan states a walk-away point with a concrete value or condition.',
    principle:
      'Decide before the meeting where you stop. A team that has not fixed its limit in advance drifts with the pressure in the room and gives away too much; a limit it can state plainly is one it can actually act on.',
    sources: ['willing-to-walk-away', 'care-but-not-that-much'],
    fix: 'Add a "Walk-away point" section (or a `Walk-away:` line, table row or `walkAway` frontmatter key) with a number — "$310k ARR" — or a hard condition — "if they insist on unlimited liability". Replace words like "flexible" with the number or condition.',
    details:
      'The walk-away point is found under any of its names in headings, labels, table rows, Q&A questions and frontmatter (walk-away, bottom line, floor, ceiling for buyers, reservation price, red line, "Lowest we\'ll go", "Where we stop", "Minimum acceptable price", no-go, deal breakers, "Schmerzgrenze / walk-away", BATNA with a number), also after an outline\'s marker ("C. Ceiling: $42.00") and in shorthand ("w/a $245k"), and in sentences that state it, in the first person too ("below $310k we walk", "we won\'t pay more than $1,000 a seat", "my floor is £1,050 per day", "I\'m not going lower than $40k"). A sentence that names the walk-away but leaves it open ("How low we\'ll go depends on the meeting", "as for the lowest I\'d go, I\'m flexible") is reported as vague where it stands. It counts as concrete when it holds an amount or a hard condition (if, unless, below, at least, without, nothing shorter than…) and does not put the decision off ("flexible", "we\'ll see", "judge it on the day", "no hard limit"); a walk-away section that puts it off stays vague even when it quotes an unrelated number. "Not negotiable" and "non-negotiable" are firm, not vague. The words come from the lexicon (`walk-away`, `no-deal`, `undecided`): add your team\'s words under `vocabulary[\'walk-away\']` (headings and sentences) or `vocabulary.undecided`. When it is missing, the finding sits on the title and offers a fix that inserts a skeleton section before the target. A heading that holds its own value ("## Bottom line – flexible, we\'ll see after 3 March") is read with it: a date there does not make a limit that is put off concrete, while money leading it does.',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [
        {
          title: 'No walk-away point at all',
          code: '# Acme renewal\n\n## Target\n\n$420k ARR.\n\n## Opening offer\n\n$480k ARR, in line with the price list.\n',
        },
        {
          title: 'A walk-away section that commits to nothing',
          code: '# Acme renewal\n\n## Walk-away point\n\nFlexible, we will see how the meeting goes.\n\n## Target\n\n$420k ARR.\n',
        },
      ],
      valid: [
        {
          title: 'A number',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n',
        },
        {
          title: 'A hard condition',
          code: '# Globex supply deal\n\n## Bottom line\n\nWe walk away if they insist on unlimited liability.\n\n## Target\n\n€1,2M over three years.\n',
        },
      ],
    },
  },
  check({ plan, report }) {
    const facts = plan.factsOf('walk-away');
    // "BATNA" is the alternative unless it carries a number; a sentence that only mentions walking ("we'd rather
    // walk") is no walk-away point unless it holds a number or a condition.
    const isBatna = (f: Fact) => normalizeLabel(f.label.text) === 'batna';
    const stated = facts.filter((f) => (!isBatna(f) || f.amounts.length > 0) && (f.source !== 'sentence' || isConcrete(plan, f) || leftOpen(plan, f)));
    // Beside a walk-away under its own name, "BATNA: in-house format (dev. cost 180 000 zł)" prices the alternative.
    const named = stated.some((f) => !isBatna(f)) ? stated.filter((f) => !isBatna(f)) : stated;
    if (named.length === 0) {
      report(
        'No walk-away point found — looked for a heading or label such as Walk-away, Floor, Ceiling, Red line, "Lowest we\'ll go", and for a sentence such as "below $310k we walk". State the value or condition at which we walk away; add your team\'s words under `vocabulary[\'walk-away\']`.',
        undefined,
        {
        fix: insertSectionFix(
          plan,
          'Insert a "Walk-away point" section',
          'Walk-away point',
          plan.side === 'buyer'
            ? 'We walk away above <highest price we pay> or if <condition we cannot accept>.'
            : 'We walk away below <lowest price we accept> or if <condition we cannot accept>.',
          ['target', 'opening', 'alternative', 'concessions'],
        ),
        },
      );
      return;
    }
    // The skeleton our fix inserted, not filled in yet: still missing, at this rule's severity (not
    // only the placeholder rule's warnings, which would let an unfinished plan pass a commit gate).
    const template = (f: Fact) => f.amounts.length === 0 && hasField(f.value.text);
    if (named.every(template)) {
      const f = named[0]!;
      // Found in the raw text: the value's text is cleaned and need not keep its offsets.
      const at = new RegExp(FIELD.source).exec(plan.text.slice(f.value.start, f.value.end)) ?? new RegExp(FIELD.source).exec(f.value.text)!;
      const start = f.value.start + at.index;
      report(
        `Walk-away point is not filled in yet (\`${at[0]}\`): replace the fields with the value or condition at which we walk away.`,
        { start, end: start + at[0].length },
      );
      return;
    }
    // A vague walk-away section stays vague when another number stands in it for something else.
    // "**Teto:** flexível, depende…" beside a passing "preço mínimo anunciado (R$ 74,90)": the walk-away the plan names
    // under its own label decides; a sentence elsewhere does not make it concrete.
    const labelled = named.some((f) => f.source !== 'sentence') ? named.filter((f) => f.source !== 'sentence') : named;
    // "35,00 € la pièce, c'est notre plancher : en dessous, …": a run-in label may hold the figure itself.
    const own = labelled.map((f) => ({ f, amounts: [...plan.ownAmounts(f), ...(f.source === 'label' ? plan.amountsIn(f.label).filter((a) => a.kind === 'money') : [])] }));
    if (own.some(({ f, amounts }) => (amounts.length > 0 ? !vagueAround(plan, f) : isConcrete(plan, f)))) return;
    // A label under the walk-away heading says it in its own words: report there, where the value is.
    const first = named.find((f) => f.source !== 'heading' && named.some((h) => h.source === 'heading' && f.scope.start >= h.scope.start && f.scope.start < h.scope.end)) ?? named[0]!;
    report(
      `Walk-away point \`${ownText(first)}\` is vague: give a number (e.g. "$310k ARR") or a hard condition (e.g. "if they insist on unlimited liability").`,
      // A label alone on its line ("**Q: What's the lowest we'd go?**") is answered under it: report at the answer's
      // first statement, and never before the value ("**Walk-away:** flexible" is reported at "flexible").
      first.value.text && first.source !== 'heading' ? answerSpan(plan, first) : first.label,
    );
  },
});
