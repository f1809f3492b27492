import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { hypotheticalAt, inConsequence, isPast } from '../engine/lexicon/index.js';
import type { Tagged } from '../engine/plan/tags.js';
import { soundsUnknown } from '../engine/language.js';
import type { PlanModel, Statement } from '../engine/plan/model.js';

/**
 * Common ground the plan stands on: affirmed, not a question, not a condition or a hope
 * ("if they accept the SLA", "we need to agree on price", "nothing is agreed until everything is agreed").
 */
function standsOn(plan: PlanModel, t: Tagged, next: Map<Statement, Statement>): boolean {
  if (t.hit.negated) return false;
  if (t.statement.isQuestion) return answered(plan, t.statement, next);
  // "Plan B: the two technicians go to the Aaretal project (start July, already confirmed)": settled with someone else.
  // Only a labelled alternative: a section titled "Our numbers, our alternative and how we will trade" holds more than it.
  const at = t.statement.start;
  if (plan.factsOf('alternative').some((f) => f.source !== 'heading' && f.scope.start <= at && at < Math.max(f.scope.end, f.value.end))) return false;
  const tokens = plan.tags.tokens(t.statement);
  // "If the talk turns to what we agree on, then we lead with it: both sides want…": the rule's consequence states it.
  if (plan.tags.conditional(t.statement) && !inConsequence(tokens, t.hit.from)) return false;
  // "…; confirm at the meeting": a verb that opens its clause in the present is a to-do, though it stems like the
  // participle the lexicon means ("confirmed at the meeting", "agreed on the call").
  const first = tokens[t.hit.from];
  if (first && !isPast(first.word) && (t.hit.from === 0 || tokens[t.hit.from - 1]!.mark) && PARTICIPLE_LEADS.has(first.stem)) return false;
  return !hypotheticalAt(tokens, t.hit.from);
}

// Entries that open with what was settled: "agreed at the workshop", "confirmed in the call".
const PARTICIPLE_LEADS = new Set(['agre', 'lock', 'settl', 'confirm', 'close', 'resolv', 'accept', 'align']);

/**
 * Q&A form: "Q: What are we both keen on already?" (or a bold or heading question) answered by the next
 * statement in the same section ("A: 22 panels, a hybrid inverter…").
 */
function answered(plan: PlanModel, s: Statement, next: Map<Statement, Statement>): boolean {
  const answer = next.get(s);
  if (!answer || answer.isQuestion || answer.section !== s.section) return false;
  const asked = /^\s*Q\s*\d*\s*[:.)]/.test(s.text) || s.kind === 'heading' || /\*\*\s*$/.test(plan.text.slice(s.end, s.end + 3)) || /^\s*A\s*[:.)]/.test(answer.text);
  return asked && !soundsUnknown(answer.text.replace(/^\s*A\s*[:.)]\s*/, ''));
}

export default defineRule({
  meta: {
    id: 'common-ground',
    severity: 'warn',
    description: 'The plan names the common ground: shared goals and issues already agreed.',
    principle:
      'Every negotiation has open issues, but it also has ground both sides already stand on. Naming what is shared and what is already settled builds trust and gives the hard conversation a foundation: "we have closed three of four issues; let us solve the last one together".',
    sources: ['trust-is-imperative'],
    fix: 'Add a "Common ground" section (or a `Already agreed:` line, or a table row) listing the goals both sides share and the issues already settled, e.g. "We already agreed on the SLA and the three-year term".',
    details:
      'The rule is satisfied by a heading, label or table row named common ground, shared goals, already agreed, agreed so far, where we align, areas of agreement…, or by any sentence that names common ground: "we already agreed on the SLA", "both sides want a go-live before Q3", "three of four issues are settled", "we are aligned on scope", "shared interest in…". Sentences count when they carry the lexicon\'s common-ground words affirmed: negated sentences ("we have not agreed on anything yet"), hopes and conditions ("we need to agree on price", "if they accept the SLA", "nothing is agreed until everything is agreed") and questions do not, unless the question is a Q&A heading answered by the next line ("Q: What have we already agreed? A: …"). An agreement inside our own team ("walk-away agreed with finance") or about our alternative ("Plan B: the technicians go to the Aaretal project, already confirmed") is not common ground with the other side. Missing → one finding at the title that says what was looked for, with a fix that inserts a skeleton section. Add your team\'s words under `vocabulary.common-ground` (they extend both headings and sentences).',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [
        {
          title: 'Only positions, nothing shared',
          code: '# Acme renewal\n\n## Walk-away point\n\n$310k ARR.\n\n## Target\n\n$420k ARR.\n',
        },
        {
          title: 'A buyer plan that says nothing is agreed yet',
          code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\nWe have not agreed on anything with Globex so far.\n',
        },
        {
          title: 'Hopes are not ground yet',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR, agreed with finance\n**Target:** $420k ARR\n\nWe need to agree on the SLA first; nothing is agreed until everything is agreed.\n',
        },
      ],
      valid: [
        {
          title: 'A common-ground section',
          code: '# Acme renewal\n\n## Common ground\n\n- Both sides want the migration finished before Q3.\n- The SLA (99.9%) is already agreed.\n\n## Walk-away point\n\n$310k ARR.\n',
        },
        {
          title: 'A sentence in the context',
          code: '# Initech services deal\n\n**Target:** £180k\n**Walk-away:** £140k\n\nWe already agreed on the scope and the start date last week; price is the last open issue.\n',
        },
      ],
    },
  },
  check({ plan, report }) {
    if (plan.has('common-ground')) return;
    const next = new Map<Statement, Statement>();
    plan.statements.forEach((s, i) => {
      const after = plan.statements[i + 1];
      if (after) next.set(s, after);
    });
    if (plan.tagged('common-ground').some((t) => standsOn(plan, t, next))) return;
    report(
      'No common ground found: name the goals both sides share and the issues already agreed, to build on them. Looked for a heading, label or row such as Common ground, Already agreed, Shared goals, and for a sentence like "we both want…" or "we already agreed on…"; add your team\'s words under `vocabulary.common-ground`.',
      undefined,
      {
        fix: insertSectionFix(
          plan,
          'Insert a "Common ground" section',
          'Common ground',
          plan.side === 'buyer'
            ? '- Already agreed: <issues settled with the supplier so far>\n- Shared goals: <what we and the supplier both want>'
            : '- Already agreed: <issues settled with the customer so far>\n- Shared goals: <what we and the customer both want>',
          ['concessions', 'price-challenge', 'constraints', 'opening', 'target', 'walk-away'],
        ),
      },
    );
  },
});
