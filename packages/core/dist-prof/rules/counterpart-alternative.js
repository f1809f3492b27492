import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { phraseRegex, soundsUnknown, uncertainAt, wordRegex, LETTERS, allMatches } from '../engine/language.js';
import { normalizeLabel } from '../engine/plan/concepts.js';
const w = wordRegex;
const THEY = String.raw `(?:they|the customer|the client|the buyer|the supplier|the vendor|the account|the other side)`;
// "they", "the customer", or a name ("Acme could go with Initech"), never ourselves.
const WHO = String.raw `(?:${THEY}|(?!(?:we|i|you|our|us|it|this|that|there)\b)[${LETTERS}][${LETTERS}&.-]{1,30})`;
const MODAL = String.raw `(?:could|might|may|would|will|can|'d|plan to|are likely to|is likely to|probably|likely)`;
// The other side's options if we do not agree. Seller side: a competitor, the incumbent, doing nothing,
// building it themselves. Buyer side: the supplier's other customers and bidders, capacity it can sell
// elsewhere (a buyer's own "other suppliers" are OUR alternative, so they do not count there).
const EITHER = [
    String.raw `their (?:batna|alternatives?|fallback|plan b|best alternative|outside options?|other options?|options|next best option)`,
    String.raw `(?:the customer|the client|the supplier|the vendor|the other side)'?s? (?:batna|alternatives?|fallback|plan b|options|next best|second best|runner[- ]up)`,
    String.raw `(?:if|should) ${WHO} walks?`,
];
const SELLER_ALTERNATIVE = [
    ...EITHER,
    String.raw `competitors?`,
    String.raw `competition`,
    String.raw `competing (?:bids?|offers?|vendors?|suppliers?|quotes?|proposals?|products?|solutions?)`,
    String.raw `competitive (?:bids?|offers?|quotes?|tender|pressure|threat|situation|landscape)`,
    String.raw `rival (?:bids?|offers?|vendors?|suppliers?|quotes?|products?)`,
    String.raw `(?:alternative|other|second|backup|another|cheaper) (?:vendors?|suppliers?|providers?|bidders?|bids?|quotes?|offers?|partners?|tools?|products?|solutions?)`,
    String.raw `incumbents?`,
    String.raw `(?:status quo|do[- ]nothing|doing nothing|no[- ]decision)`,
    String.raw `(?:build|building|built|develop|developing) (?:it |this |the tool |one |their own )?(?:in[- ]house|themselves|internally|on their own)`,
    String.raw `in[- ]house (?:build|solution|team|tool|option|alternative|development)`,
    String.raw `(?<!\bwe )(?<!\bwe(?:'d|'ll| would| will| could) )(?:stay|staying|stick|sticking|remain|remaining) with (?:their|the|its) (?:current|existing|old|legacy|incumbent)`,
    String.raw `(?<!\bwe )(?<!\bwe(?:'d|'ll| would| will| could) )(?:keep|keeping|extend|extending|renew|renewing) (?:their|the|its) (?:current|existing|old|legacy|incumbent)`,
    String.raw `(?:also )?(?:talking to|evaluating|in talks with|negotiating with|shortlisted|short[- ]list(?:ed)?|benchmarking (?:us )?against|quotes? from|offers? from|bids? from|rfp with|rfq with|pilot with|trialling|trialing)`,
    String.raw `${WHO} ${MODAL} (?:go with|switch to|move to|choose|pick|sign with|buy from|award (?:it )?to|stay with|renew with|stick with|build|do nothing|wait|delay|postpone|walk)`,
];
const BUYER_ALTERNATIVE = [
    ...EITHER,
    String.raw `(?:competing|rival|alternative|backup|second) (?:customers?|buyers?|clients?|bidders?|bids?|accounts?|prospects?|offers?)`,
    String.raw `other (?:bidders?|bids|offers)`,
    // "has two other customers for the slot", not "below what other customers pay".
    String.raw `(?:has|have|with|plenty of|enough|several|two|three|four|many) (?:other |more )(?:customers|buyers|clients|accounts|prospects|deals|orders)`,
    String.raw `(?:other|more) (?:customers|buyers|clients|prospects|deals) (?:waiting|queuing|queueing|lined up|in the queue|interested|in (?:the|their) pipeline|in contracting|for (?:the|that|this|our) (?:slot|capacity|team))`,
    String.raw `(?:sell|selling|sold|give|giving|offer|offering|allocate|allocating) (?:it |the capacity |the slots? |the stock |the team |them )?(?:elsewhere|to (?:another|other|someone else|a different|a competitor of ours|our competitors?))`,
    String.raw `(?:capacity|slots?|stock|inventory|order book|pipeline|backlog|team) (?:is |are )?(?:already )?(?:full|booked|sold out|in demand|oversubscribed|fully booked|committed elsewhere)`,
    String.raw `(?:strong|high) demand`,
    String.raw `demand (?:is|remains) (?:high|strong)`,
    String.raw `${WHO} ${MODAL} (?:sell to|give the capacity|give the slot|walk|wait|delay|raise prices|go elsewhere|work with (?:another|other|someone))`,
];
const ALTERNATIVE = { seller: w(SELLER_ALTERNATIVE.join('|')), buyer: w(BUYER_ALTERNATIVE.join('|')) };
// Their walk-away point: the customer's ceiling (seller side), the supplier's floor (buyer side), or the range between.
const WALK_EITHER = [
    String.raw `their (?:walk[- ]?away(?: point| price)?|limit|bottom line|reservation (?:price|point|value)|pain threshold|red line|breaking point)`,
    String.raw `(?:the (?:customer|client|supplier|vendor|other side)'?s?) (?:walk[- ]?away(?: point)?|ceiling|floor|limit|maximum|minimum|bottom line|reservation price)`,
    String.raw `(?:most|max|maximum|highest|least|lowest|minimum) (?:they|the customer|the client|the supplier|the vendor) (?:can|could|will|would|might) (?:pay|spend|go|accept|take|sell at|sell for)`,
    String.raw `zopa`,
    String.raw `zone of possible agreement`,
    String.raw `bargaining (?:range|zone)`,
    String.raw `settlement range`,
];
const SELLER_WALK = [
    ...WALK_EITHER,
    String.raw `their (?:ceiling|max|maximum|budget ceiling|budget cap|budget limit|upper limit|top price|highest price|price ceiling)`,
    String.raw `(?:their |the )?budget (?:tops?|topped|caps?|capped|maxes|maxed) out`,
    String.raw `(?:they|it|spend) (?:tops?|topped|maxes|maxed) out`,
    String.raw `${THEY} (?:can|could|will|would|might) (?:go|pay|stretch|spend) (?:up to|as high as|to|no higher than)`,
    String.raw `${THEY} (?:won'?t|will not|cannot|can'?t|wouldn'?t|would not) (?:pay|go|spend|stretch) (?:more|above|beyond|over|higher)`,
];
const BUYER_WALK = [
    ...WALK_EITHER,
    String.raw `their (?:floor|minimum|lowest price|lower limit|price floor|cost floor|margin floor)`,
    String.raw `${THEY} (?:can|could|will|would|might) (?:go|come down|drop|sell|stretch) (?:to|down to|as low as|no lower than)`,
    String.raw `${THEY} (?:won'?t|will not|cannot|can'?t|wouldn'?t|would not) (?:go|sell|drop|come down|accept) (?:less|below|under|lower|further)`,
];
const WALK_AWAY = { seller: w(SELLER_WALK.join('|')), buyer: w(BUYER_WALK.join('|')) };
function stated(statements, patterns) {
    for (const s of statements) {
        if (s.isQuestion)
            continue;
        for (const re of patterns) {
            for (const m of allMatches(s.text, re)) {
                if (!uncertainAt(s.text, m.index, m.index + m[0].length))
                    return true;
            }
        }
    }
    return false;
}
function unknownFact(fact) {
    return fact.value.text !== '' && fact.amounts.length === 0 && soundsUnknown(fact.value.text);
}
// On the buyer side, "Competitors" or "Other suppliers" are the supplier's rivals: our alternative, not theirs.
const OUR_SIDE_LABEL = /^(?:the )?(?:competition|competitors?|competitive (?:landscape|situation|alternatives)|other (?:suppliers|vendors)|(?:supplier|vendor) alternatives)$/;
function present(plan, concept, patterns) {
    const facts = plan
        .factsOf(concept)
        .filter((f) => !(plan.side === 'buyer' && concept === 'counterpart-alternative' && OUR_SIDE_LABEL.test(normalizeLabel(f.label.text))));
    if (facts.some((f) => !unknownFact(f)))
        return { ok: true };
    const outside = plan.statements.filter((s) => !facts.some((f) => s.start >= f.scope.start && s.start < f.scope.end));
    if (stated(outside, patterns))
        return { ok: true };
    return { ok: false, unknown: facts[0] };
}
const whose = (side) => (side === 'buyer' ? "the supplier's" : 'their');
export default defineRule({
    meta: {
        id: 'counterpart-alternative',
        severity: 'off',
        description: 'The plan estimates the other side\'s alternative to a deal and, optionally, their walk-away point.',
        principle: 'Our walk-away point is only half of the picture: the other side has options too, and the deal can only land between the two limits. Estimating what they do if we cannot agree (a competitor, the incumbent, doing nothing, building it themselves; for a supplier, other customers) tells the team how much pressure it really faces and how far it can hold.',
        seeds: ['003', '000'],
        fix: 'Add a "Their alternative" section (or a `Their BATNA:` line, a "Competition" row) with our estimate of what they do if we cannot agree, e.g. "stay with the incumbent for another year" or, for a buyer, "the supplier sells the slot to another customer". With `requireWalkAway`, also estimate their walk-away point: "their budget tops out at €450k".',
        details: 'The alternative counts when the plan has a heading, label or row named their BATNA, their alternative, competition, competitors, other bidders, other suppliers…, or a sentence that names it: "they could stay with the incumbent", "Globex is also talking to Initech", "a competing quote at €380k", "they might build it in-house", "do nothing is a real option", and on the buyer side "the supplier has other customers waiting", "their capacity is booked". Statements that admit we do not know ("no idea who else they are talking to") and questions do not count; a labelled alternative whose value is only "unknown" is reported at that value. With `requireWalkAway`, the rule also wants their walk-away point: "their ceiling", "their budget tops out at", "the most they can pay", "ZOPA", "bargaining range".',
        options: {
            type: 'object',
            additionalProperties: false,
            properties: {
                requireWalkAway: {
                    type: 'boolean',
                    description: 'Also require an estimate of the other side\'s walk-away point (their ceiling as a buyer, their floor as a supplier).',
                },
                extraPhrases: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'More phrases that name the other side\'s alternative in your team\'s wording.',
                },
            },
        },
        defaultOptions: { requireWalkAway: false, extraPhrases: [] },
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
        const phrases = options.extraPhrases.filter((p) => p.trim());
        const alt = present(plan, 'counterpart-alternative', [ALTERNATIVE[side], ...(phrases.length > 0 ? [phraseRegex(phrases)] : [])]);
        const expected = side === 'buyer'
            ? 'estimate what the supplier does if we cannot agree (other customers, other bidders, spare capacity)'
            : 'estimate what they do if we cannot agree (a competitor, the incumbent, doing nothing, building in-house)';
        if (!alt.ok) {
            if (alt.unknown) {
                const f = alt.unknown;
                report(`${side === 'buyer' ? "The supplier's" : 'Their'} alternative is \`${f.value.text.slice(0, 60)}\`: ${expected}.`, f.value.text && f.source !== 'heading' ? f.value : f.label);
            }
            else {
                report(`No estimate of ${whose(side)} alternative: ${expected}.`, undefined, {
                    fix: insertSectionFix(plan, 'Insert a "Their alternative" section', 'Their alternative', side === 'buyer'
                        ? 'If we cannot agree, the supplier would most likely <sell the capacity to another customer / wait for the next tender>.'
                        : 'If we cannot agree, they would most likely <go with a competitor / stay with the incumbent / build in-house / do nothing>.', ['concessions', 'price-challenge', 'constraints', 'opening']),
                });
            }
        }
        if (!options.requireWalkAway)
            return;
        const walk = present(plan, 'counterpart-walk-away', [WALK_AWAY[side]]);
        if (walk.ok)
            return;
        const limit = side === 'buyer' ? "the supplier's floor (the lowest price they accept)" : 'their ceiling (the most they will pay)';
        if (walk.unknown) {
            const f = walk.unknown;
            report(`Their walk-away point is \`${f.value.text.slice(0, 60)}\`: estimate ${limit}.`, f.value.text && f.source !== 'heading' ? f.value : f.label);
            return;
        }
        report(`No estimate of ${whose(side)} walk-away point: estimate ${limit}, so the bargaining range is known.`);
    },
});
//# sourceMappingURL=counterpart-alternative.js.map