import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { soundsUnknown, uncertainAt } from '../engine/language.js';
import { normalizeLabel } from '../engine/plan/concepts.js';
import type { Tag } from '../engine/lexicon/index.js';
import type { Fact, PlanModel, Side, Statement } from '../engine/plan/model.js';

interface Options {
  requireWalkAway: boolean;
}

/**
 * Whether a sentence states their alternative or their limit: affirmed, not a question, not admitting we do not
 * know ("no idea who else they are talking to"), and about them, not us ("we could go to another supplier" is our
 * alternative). The lexicon reads the words for the plan's side: "other suppliers" in a buyer plan are our own
 * alternative, "other customers" are the supplier's.
 */
function stated(plan: PlanModel, statements: Set<Statement>, tag: Tag): boolean {
  return plan.tagged(tag).some((t) => {
    const s = t.statement;
    if (!statements.has(s) || s.isQuestion || t.hit.negated) return false;
    if (uncertainAt(s.text, t.hit.start - s.start, t.hit.end - s.start)) return false;
    return plan.tags.speaker(s, t.hit) !== 'we';
  });
}

function unknownFact(fact: Fact): boolean {
  return fact.value.text !== '' && fact.amounts.length === 0 && soundsUnknown(fact.value.text);
}

// On the buyer side, "Competitors" or "Other suppliers" are the supplier's rivals: our alternative, not theirs.
const OUR_SIDE_LABEL = /^(?:the )?(?:competition|competitors?|competitive (?:landscape|situation|alternatives)|other (?:suppliers|vendors)|(?:supplier|vendor) alternatives)$/;

function present(plan: PlanModel, concept: 'counterpart-alternative' | 'counterpart-walk-away'): { ok: boolean; unknown?: Fact } {
  const facts = plan
    .factsOf(concept)
    .filter((f) => !(plan.side === 'buyer' && concept === 'counterpart-alternative' && OUR_SIDE_LABEL.test(normalizeLabel(f.label.text))));
  if (facts.some((f) => !unknownFact(f))) return { ok: true };
  const outside = new Set(plan.statements.filter((s) => !facts.some((f) => s.start >= f.scope.start && s.start < f.scope.end)));
  if (stated(plan, outside, concept)) return { ok: true };
  return { ok: false, unknown: facts[0] };
}

const whose = (side: Side): string => (side === 'buyer' ? "the supplier's" : 'their');

export default defineRule<Options>({
  meta: {
    id: 'counterpart-alternative',
    severity: 'off',
    description: 'The plan estimates the other side\'s alternative to a deal and, optionally, their walk-away point.',
    principle:
      'Our walk-away point is only half of the picture: the other side has options too, and the deal can only land between the two limits. Estimating what they do if we cannot agree (a competitor, the incumbent, doing nothing, building it themselves; for a supplier, other customers) tells the team how much pressure it really faces and how far it can hold.',
    sources: ['willing-to-walk-away', 'moments-of-truth'],
    fix: 'Add a "Their alternative" section (or a `Their BATNA:` line, a "Competition" row) with our estimate of what they do if we cannot agree, e.g. "stay with the incumbent for another year" or, for a buyer, "the supplier sells the slot to another customer". With `requireWalkAway`, also estimate their walk-away point: "their budget tops out at €450k".',
    details:
      'The alternative counts when the plan has a heading, label or row named their BATNA, their alternative, competition, competitors, other bidders, other suppliers…, or a sentence with the lexicon\'s words for it: "they could stay with the incumbent", "Globex is also talking to Initech", "a competing quote at €380k", "they might build it in-house", "do nothing is a real option", and on the buyer side "the supplier has other customers waiting", "their capacity is booked". Sentences about our own options ("we could go to another supplier"), statements that admit we do not know ("no idea who else they are talking to") and questions do not count; on the buyer side the sentence must name the supplier (a competitor list there is our own alternative). A labelled alternative whose value is only "unknown" is reported at that value. With `requireWalkAway`, the rule also wants their walk-away point: "their ceiling", "their budget tops out at", "the most they can pay", "ZOPA", "bargaining range". Add your team\'s words under `vocabulary.counterpart-alternative` or `vocabulary.counterpart-walk-away`.',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        requireWalkAway: {
          type: 'boolean',
          description: 'Also require an estimate of the other side\'s walk-away point (their ceiling as a buyer, their floor as a supplier).',
        },
      },
    },
    defaultOptions: { requireWalkAway: false },
    examples: {
      invalid: [
        {
          title: 'Only our side of the range',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n**Opening:** $480k ARR, list price.\n',
        },
        {
          title: 'Their alternative named, their limit not estimated',
          code: '# Acme renewal\n\n## Walk-away point\n\n$310k ARR.\n\n## Their alternative\n\nStay with the incumbent for one more year.\n',
          options: { requireWalkAway: true },
        },
      ],
      valid: [
        {
          title: 'A competitor named in a sentence',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\nAcme is also talking to Initech, who quoted $350k.\n',
        },
        {
          title: 'A buyer plan with the supplier\'s alternative and floor',
          code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\n## Their alternatives\n\nGlobex has two other customers waiting for the same capacity. Their floor is probably around €900k.\n',
          options: { requireWalkAway: true },
        },
      ],
    },
  },
  check({ plan, report, options, side }) {
    const alt = present(plan, 'counterpart-alternative');
    const expected =
      side === 'buyer'
        ? 'estimate what the supplier does if we cannot agree (other customers, other bidders, spare capacity)'
        : 'estimate what they do if we cannot agree (a competitor, the incumbent, doing nothing, building in-house)';
    if (!alt.ok) {
      if (alt.unknown) {
        const f = alt.unknown;
        report(`${side === 'buyer' ? "The supplier's" : 'Their'} alternative is \`${f.value.text.slice(0, 60)}\`: ${expected}.`, f.value.text && f.source !== 'heading' ? f.value : f.label);
      } else {
        report(`No estimate of ${whose(side)} alternative found: ${expected}. Looked for a heading, label or row such as Their BATNA, Their alternative, Competition, and for a sentence like "they could stay with the incumbent"; add your team's words under \`vocabulary.counterpart-alternative\`.`, undefined, {
          fix: insertSectionFix(
            plan,
            'Insert a "Their alternative" section',
            'Their alternative',
            side === 'buyer'
              ? 'If we cannot agree, the supplier would most likely <sell the capacity to another customer / wait for the next tender>.'
              : 'If we cannot agree, they would most likely <go with a competitor / stay with the incumbent / build in-house / do nothing>.',
            ['concessions', 'price-challenge', 'constraints', 'opening'],
          ),
        });
      }
    }
    if (!options.requireWalkAway) return;
    const walk = present(plan, 'counterpart-walk-away');
    if (walk.ok) return;
    const limit = side === 'buyer' ? "the supplier's floor (the lowest price they accept)" : 'their ceiling (the most they will pay)';
    if (walk.unknown) {
      const f = walk.unknown;
      report(`Their walk-away point is \`${f.value.text.slice(0, 60)}\`: estimate ${limit}.`, f.value.text && f.source !== 'heading' ? f.value : f.label);
      return;
    }
    report(
      `No estimate of ${whose(side)} walk-away point found: estimate ${limit}, so the bargaining range is known. Looked for a heading, label or row such as Their walk-away, Their ceiling, ZOPA, and for a sentence like "the most they can pay is…"; add your team's words under \`vocabulary.counterpart-walk-away\`.`,
    );
  },
});
