import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { normalizeLabel } from '../engine/plan/concepts.js';
import type { Fact } from '../engine/plan/model.js';

// A walk-away point can be a number or a hard condition ("if they insist on unlimited liability").
const CONDITION =
  /\b(?:if|unless|below|under|less than|lower than|above|over|more than|higher than|at least|at most|no less than|no more than|no lower than|no higher than|minimum|maximum|only if|only with|without|requires?|required|must|when|before|after|beyond|exceeds?|longer than|shorter than)\b/i;
const VAGUE =
  /\b(?:flexible|we'?ll see|we will see|see how it goes|tbd|tbc|to be (?:decided|confirmed|defined)|depends|it depends|open|negotiable|case by case|not sure|unsure|unknown|undecided|whatever|as needed|as low as (?:needed|necessary)|as high as (?:needed|necessary)|no (?:real |fixed |hard )?(?:limit|floor|ceiling))\b/i;

function isConcrete(fact: Fact): boolean {
  const text = fact.value.text;
  if (fact.amounts.length > 0) return true;
  if (VAGUE.test(text)) return false;
  return CONDITION.test(text);
}

export default defineRule({
  meta: {
    id: 'walk-away-point',
    severity: 'error',
    description: 'The plan states a walk-away point with a concrete value or condition.',
    principle:
      'Decide before the meeting where you stop. A team that has not fixed its limit in advance drifts with the pressure in the room and gives away too much; a limit it can state plainly is one it can actually act on.',
    seeds: ['003', '002'],
    fix: 'Add a "Walk-away point" section (or a `Walk-away:` line, table row or `walkAway` frontmatter key) with a number — "$310k ARR" — or a hard condition — "if they insist on unlimited liability". Replace words like "flexible" with the number or condition.',
    details:
      'The walk-away point is found under any of its names: walk-away, bottom line, floor, ceiling (buyers), reservation price, our limit, BATNA with a number. It counts as concrete when it holds an amount or a condition (if, unless, below, at least, without…). When it is missing, the finding sits on the title and offers a fix that inserts a skeleton section before the target.',
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
    const named = facts.filter((f) => normalizeLabel(f.label.text) !== 'batna' || f.amounts.length > 0);
    if (named.length === 0) {
      report('No walk-away point: state the value or condition at which we walk away.', undefined, {
        fix: insertSectionFix(
          plan,
          'Insert a "Walk-away point" section',
          'Walk-away point',
          plan.side === 'buyer'
            ? 'We walk away above <highest price we pay> or if <condition we cannot accept>.'
            : 'We walk away below <lowest price we accept> or if <condition we cannot accept>.',
          ['target', 'opening', 'alternative', 'concessions'],
        ),
      });
      return;
    }
    if (named.some(isConcrete)) return;
    const first = named[0]!;
    report(
      `Walk-away point \`${first.value.text.slice(0, 60) || first.label.text}\` is vague: give a number or a condition.`,
      first.value.text && first.source !== 'heading' ? first.value : first.label,
    );
  },
});
