import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { affirmedMatches, phraseRegex } from '../engine/language.js';
import { firstFrom, insideAny, startingIn } from '../engine/sorted.js';
// Reasons a first number can be defended with, for sellers and buyers. Word families, not fixture words.
const RATIONALE_PHRASES = [
    // Explicit reasoning.
    'because', 'since', 'as it', 'as this', 'as that', 'as they', 'due to', 'based on', 'backed by', 'justified by',
    'justification', 'justifies', 'justify', 'rationale', 'reason', 'reasoning', 'why', 'grounded in', 'anchored on',
    'anchored in', 'anchored to', 'reflects', 'reflecting', 'in line with', 'consistent with', 'matches', 'matching',
    'same as', 'equal to', 'derived from', 'calculated from', 'works out', 'supported by', 'so that',
    // Value.
    'value', 'values', 'valued', 'roi', 'return on investment', 'payback', 'pays back', 'pay back', 'savings', 'saving',
    'saves', 'save', 'cost of doing nothing', 'cost of delay', 'cost of inaction', 'cost of downtime',
    'cost of the status quo', 'business case', 'worth', 'outcome', 'outcomes', 'revenue impact', 'efficiency gains',
    'impact', 'gain', 'gains', 'improvement', 'improvements', 'reduction in', 'cut in', 'increase in', 'uplift in',
    'fraction of', 'a fifth of', 'a quarter of', 'a third of', 'half of', 'share of', 'percent of', 'per cent of',
    'pilot', 'proof of concept', 'poc', 'trial results', 'showed', 'shows', 'measured', 'results', 'avoided',
    'costs them', 'cost them', 'they lose', 'they spend', 'they spent', 'currently spend', 'currently pay',
    'annual spend', 'fines', 'penalties', 'downtime', 'risk',
    // Price references.
    'price list', 'pricelist', 'list price', 'list', 'rate card', 'ratecard', 'published price', 'published pricing',
    'published rate', 'standard price', 'standard pricing', 'standard rate', 'public pricing', 'catalogue price',
    'catalog price', 'current price', 'current contract', 'current spend', 'current rate', 'renewal price',
    'last year', "last year's", 'paid', 'pays', 'pay today', 'pay now', 'uplift', 'indexation',
    'inflation', 'cpi',
    // Market and comparables.
    'benchmark', 'benchmarks', 'benchmarked', 'benchmarking', 'market rate', 'market rates', 'market price',
    'market pricing', 'market data', 'market average', 'market value', 'going rate', 'industry average',
    'industry rate', 'industry standard', 'comparable', 'comparables', 'comparable deals', 'comps', 'similar deals',
    'similar customers', 'similar accounts', 'similar contracts', 'peer pricing', 'peers', 'precedent',
    'reference deal', 'reference price', 'analyst', 'gartner', 'forrester', 'idc', 'survey', 'study',
    // Buyer-side references.
    'quote', 'quotes', 'quoted', 'bid', 'bids', 'tender', 'competing offer', 'competing quote', 'competing bid',
    'competitor', 'competitors', 'competitor pricing', 'alternative quote', 'should cost', 'should-cost',
    'cost model', 'cost breakdown', 'cost plus', 'cost-plus', 'margin', 'budget', 'approved budget',
];
// Words in a sentence that make it about the opening ("we open at…", "our anchor…").
const OPENING_WORDS = phraseRegex([
    'opening', 'open at', 'open with', 'we open', 'anchor', 'anchoring', 'first number', 'first offer', 'first price',
    'first proposal', 'first quote', 'first bid', 'initial offer', 'initial proposal', 'initial price', 'initial quote',
    'starting price', 'starting offer', 'asking price', 'our ask',
], 'iu');
/** Amounts that are numbers a counterpart would react to (not "3-year", not "Q3"). */
function firstNumbers(amounts) {
    return amounts.filter((a) => a.kind !== 'number' || a.value >= 1000);
}
/**
 * What belongs to one opening fact: its own scope, plus — for a labelled line or
 * table row — the lines under it until the next fact or heading ("**Why:** list price").
 */
function context(plan, fact, factStarts) {
    const body = (s) => s.kind !== 'heading';
    const inScope = startingIn(plan.statements, fact.scope).filter(body);
    if (fact.source === 'heading' || fact.source === 'frontmatter')
        return inScope;
    const nextFact = firstFrom(factStarts, fact.scope.end);
    const nextHeading = firstFrom(plan.sections, fact.scope.end);
    const end = Math.min(nextFact?.start ?? Infinity, nextHeading?.start ?? Infinity, fact.section?.end ?? Infinity, plan.text.length);
    const after = end > fact.scope.end ? startingIn(plan.statements, { start: fact.scope.end, end }).filter(body) : [];
    return [...inScope, ...after];
}
function hasRationale(statements, rationale, exclude) {
    return statements.some((s) => affirmedMatches(s.text, rationale).some((m) => !insideAny(exclude, s.start + m.index)));
}
export default defineRule({
    meta: {
        id: 'opening-number',
        severity: 'warn',
        description: 'The plan decides the first number and the reason it can be defended.',
        principle: 'The first number on the table frames every number after it. Too low and we start in a hole; too high and we lose credibility, unless we can say why it is fair — what it is worth to them, what the price list or the market says, what comparable customers pay.',
        seeds: ['000'],
        fix: 'Add an "Opening offer" section (or an `Opening:` / `Anchor:` line, table row or `opening` frontmatter key) with the number we put down first, and say why it holds: "$480k ARR — list price for 400 seats, and the ROI case shows $1.2M saved a year".',
        details: 'The opening is found under its names (opening offer, opening number, anchor, first offer, initial proposal, starting price, asking price, our ask). It must hold a number (money, a percentage or a bare figure of 1,000 or more); an opening section without one is reported at its heading. The reason is looked for around the number — in the same line, section, list item or table row, and the lines under a labelled opening until the next label — and in any sentence that speaks about the opening: words for value (ROI, payback, savings, cost of doing nothing, worth), price references (price list, list price, rate card, current contract, what they pay today), the market (benchmark, market rate, comparable deals, analysts), buyer-side references (competing quotes, bids, should-cost, budget) and explicit reasoning (because, based on, in line with, justified by). Negated reasons ("not based on anything") do not count. A plan with no opening at all is reported at its title, with a fix that inserts a skeleton section.',
        options: {
            type: 'object',
            additionalProperties: false,
            properties: {
                extraRationalePhrases: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'More words or phrases that count as a reason for the opening number (e.g. "Preisliste", "our TCO model").',
                },
            },
        },
        defaultOptions: { extraRationalePhrases: [] },
        examples: {
            invalid: [
                {
                    title: 'No opening number',
                    code: '# Acme renewal\n\n## Walk-away point\n\nBelow $310k ARR.\n\n## Target\n\n$420k ARR.\n',
                },
                {
                    title: 'A number with nothing behind it',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Opening offer:** $520k ARR\n',
                },
                {
                    title: 'An opening section without a number',
                    code: '# Globex supply deal\n\n## Floor\n\n€900.000.\n\n## Opening position\n\nWe start high and see how they react.\n',
                },
            ],
            valid: [
                {
                    title: 'A number and the price list behind it',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Opening offer:** $480k ARR, the list price for 400 seats.\n',
                },
                {
                    title: 'A buyer anchoring on a competing quote',
                    code: '---\nside: buyer\n---\n# Laptop refresh\n\n| Position | Amount | Why |\n| --- | --- | --- |\n| Ceiling | €1,2M | board approval |\n| Anchor | €850.000 | Dell quoted €870.000 for the same spec |\n',
                },
            ],
        },
    },
    check({ plan, report, options }) {
        const facts = plan.factsOf('opening');
        if (facts.length === 0) {
            report('No opening number: decide the first number we put on the table and why it is defensible.', undefined, {
                fix: insertSectionFix(plan, 'Insert an "Opening offer" section', 'Opening offer', plan.side === 'buyer'
                    ? '<first price we offer>, because <benchmark, competing quote or should-cost>.'
                    : '<first price we ask>, because <value to them, price list or comparable deals>.', ['concessions', 'price-challenge']),
            });
            return;
        }
        const rationale = phraseRegex([...RATIONALE_PHRASES, ...options.extraRationalePhrases]);
        const labels = facts.map((f) => f.label).sort((a, b) => a.start - b.start);
        // A sentence anywhere that talks about the opening and gives a reason ("We open at list price because…").
        const elsewhere = plan.statements.filter((s) => s.kind !== 'heading' && !s.isQuestion && OPENING_WORDS.test(s.text));
        const argued = hasRationale(elsewhere, rationale, labels);
        const withNumber = facts.filter((f) => firstNumbers(f.amounts).length > 0);
        if (withNumber.length === 0) {
            const first = facts[0];
            report(`Opening \`${first.label.text}\` has no number: decide the first number we put on the table.`, first.source === 'heading' ? first.section.titleSpan : first.value.text ? first.value : first.label);
            return;
        }
        if (argued)
            return;
        const factStarts = plan.facts
            .filter((f) => f.source !== 'frontmatter')
            .map((f) => ({ start: f.label.start, end: f.label.end }))
            .sort((a, b) => a.start - b.start);
        if (withNumber.some((f) => hasRationale(context(plan, f, factStarts), rationale, labels)))
            return;
        const fact = withNumber[0];
        const amount = firstNumbers(fact.amounts)[0];
        report(`Opening number \`${amount.raw.trim()}\` has no rationale: say why it is defensible (value to them, price list, benchmark, comparable deals).`, amount);
    },
});
//# sourceMappingURL=opening-number.js.map