import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { normalizeLabel } from '../engine/plan/concepts.js';
import { affirmedMatches } from '../engine/language.js';
// A walk-away point can be a number or a hard condition ("if they insist on unlimited liability").
const CONDITION = /\b(?:if|unless|below|under|less than|lower than|above|over|more than|higher than|at least|at most|no less than|no more than|no lower than|no higher than|minimum|maximum|only if|only with|without|requires?|required|must (?:include|have|be (?:signed|paid|at least|no)|cover|stay|keep)|when (?:they|the|their|it|we are|we're)|before \d|after \d|beyond|exceeds?|longer than|shorter than|nothing (?:less|more|shorter|longer|lower|higher|below|above|under|over)|never (?:below|above|under|over|less|more))\b/i;
// Words that leave the decision for later. "Not negotiable" / "non-negotiable" are the opposite, hence the
// negation check and the look-behind; a bare "open" is not here ("if they refuse to open the API" is a condition).
const VAGUE = /(?<!non[\s-]?)\b(?:flexible|we['’]?ll see|we will see|see how it goes|see what happens|play it by ear|read the room|gut feel(?:ing)?|tbd|tbc|to be (?:decided|confirmed|defined|discussed|agreed)|depends|it depends|open (?:for|to) discussion|open[\s-]ended|leave it open|keep it open|negotiable|case by case|not sure|unsure|unknown|undecided|whatever|as needed|as low as (?:needed|necessary|we have to)|as high as (?:needed|necessary|we have to)|no (?:real |fixed |hard |firm )?(?:limit|floor|ceiling|walk[\s-]?away)|(?:we['’]?ll|we will|we['’]?d|let['’]?s|to) (?:decide|judge|figure (?:it )?out|work (?:it )?out|assess|gauge) (?:it )?(?:later|on the day|in the room|then|when|as we go)|(?:feels?|seems?) (?:fair|right|reasonable)|(?:whatever|what) (?:feels|seems) (?:fair|right|reasonable))\b/gi;
function isConcrete(fact) {
    const text = fact.value.text;
    if (fact.amounts.length > 0)
        return true;
    if (affirmedMatches(text, VAGUE).length > 0)
        return false;
    return CONDITION.test(text);
}
export default defineRule({
    meta: {
        id: 'walk-away-point',
        severity: 'error',
        description: 'The plan states a walk-away point with a concrete value or condition.',
        principle: 'Decide before the meeting where you stop. A team that has not fixed its limit in advance drifts with the pressure in the room and gives away too much; a limit it can state plainly is one it can actually act on.',
        seeds: ['003', '002'],
        fix: 'Add a "Walk-away point" section (or a `Walk-away:` line, table row or `walkAway` frontmatter key) with a number — "$310k ARR" — or a hard condition — "if they insist on unlimited liability". Replace words like "flexible" with the number or condition.',
        details: 'The walk-away point is found under any of its names: walk-away, bottom line, floor, ceiling (buyers), reservation price, our limit, BATNA with a number. It counts as concrete when it holds an amount or a condition (if, unless, below, at least, without, nothing shorter than…) and does not put the decision off ("flexible", "negotiable", "we\'ll decide on the day", "whatever feels fair", "no hard limit"); "not negotiable" and "non-negotiable" are firm, not vague. When it is missing, the finding sits on the title and offers a fix that inserts a skeleton section before the target.',
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
                fix: insertSectionFix(plan, 'Insert a "Walk-away point" section', 'Walk-away point', plan.side === 'buyer'
                    ? 'We walk away above <highest price we pay> or if <condition we cannot accept>.'
                    : 'We walk away below <lowest price we accept> or if <condition we cannot accept>.', ['target', 'opening', 'alternative', 'concessions']),
            });
            return;
        }
        if (named.some(isConcrete))
            return;
        const first = named[0];
        report(`Walk-away point \`${first.value.text.slice(0, 60) || first.label.text}\` is vague: give a number or a condition.`, first.value.text && first.source !== 'heading' ? first.value : first.label);
    },
});
//# sourceMappingURL=walk-away-point.js.map