import { defineRule } from '../engine/rule.js';
import { extraPhrasesOptions } from '../engine/schema.js';
import { insertSectionFix } from '../engine/fixes.js';
import { negatedAt, phraseRegex, allMatches } from '../engine/language.js';
// Sentences that say where we aim to land. The first group needs deal words or an amount nearby.
const AIM_PHRASES = [
    'we aim', 'we are aiming', "we're aiming", 'aiming for', 'aiming at', 'aim for', 'aim at', 'aim to close', 'aim to land',
    'our aim', 'the aim is', 'our goal', 'the goal is', 'our target', 'the target is', 'we target', 'we are targeting',
    "we're targeting", 'targeting', 'our objective', 'the objective is', 'ideal outcome', 'ideal deal', 'ideal result',
    'ideally', 'realistic outcome', 'realistic target', 'expected outcome', 'most likely outcome', 'likely landing',
    'landing zone', 'landing point', 'sweet spot', 'where we want to land', 'where we want to end up', 'want to land',
    'hope to land', 'expect to land', 'plan to land', 'would like to land', "we'd like to land", 'want to end up',
    'hope to end up', 'expect to end up', 'want to settle', 'hope to settle', 'expect to settle', 'want to close at',
    'hope to close at', 'expect to close at', 'land at', 'land around', 'land near', 'land between', 'landing at',
    'landing around', 'settle at', 'settle around', 'settle near', 'success looks like', 'good outcome', 'a good deal is',
    'aspiration', 'we want', 'we would like', "we'd like",
];
// Phrases that, alone, are too common to count without an amount in the sentence.
const NEEDS_AMOUNT = /^(?:we want|we would like|we['’]?d like|land (?:at|around|near|between)|landing (?:at|around)|settle (?:at|around|near)|targeting|ideally)$/i;
// Words that make a sentence about the deal rather than about the meeting ("our goal is to understand their needs").
const DEAL_WORDS = /\b(?:price|pricing|priced|deal|contract|renewal|term|terms|years?|months?|discount\w*|seats?|users?|licen[cs]\w*|rate|fees?|arr|acv|tcv|mrr|per|total|volume|uplift|increase|payment|prepay\w*|upfront|commitment|multi-?year|list|margin|sla|scope|case study|reference|exclusiv\w*|delivery|units?|devices?|tonnes?|hours?|days?)\b/i;
// "Our goal for Tuesday is to understand who signs": an aim for the meeting, not for the deal.
const MEETING_AIM = /\b(?:meeting|call|workshop|session|visit|demo|presentation|kick-?off)\b|\bto (?:understand|learn|find out|discover|confirm|clarify|qualify|build|establish|map|meet|introduce|present|demo|identify|ask|check|verify|explore|listen|hear|get to know|agree (?:on )?(?:next steps|a timeline|the agenda))\b/i;
// "Objective: get to know the new CFO" is about the meeting.
const MEETING_START = /^(?:(?:to|we(?: will| ?'ll)?)\s+)?(?:understand|learn|find out|discover|confirm|clarify|qualify|build rapport|establish|map|meet|introduce|present|demo|identify|ask|check|verify|explore|listen|hear|get to know)\b/i;
// "As high as possible" is a wish, not a target.
const VAGUE = /^(?:tbd|tbc|todo|\?+|-+|n\/?a|none|flexible|open|negotiable|depends|it depends|we['’]?ll see|we will see|see how it goes|whatever we can get|as (?:high|much|low|little|good|cheap|many) as (?:possible|we can(?: get)?)|the best (?:price|deal|terms|outcome|result)(?: (?:possible|we can(?: get)?))?|maxim[iu][sz]e\w*(?: (?:revenue|price|margin|value|the deal))?|minim[iu][sz]e\w*(?: (?:cost|price|spend))?|(?:win|close|get|sign|land) (?:the|this|a) (?:deal|renewal|contract|business)|to be (?:decided|confirmed|defined|agreed))[\s.!]*$/i;
// "Their target", "the customer's goal" describe the other side.
const THEIRS = /\b(?:their|they|customer['’]?s?|client['’]?s?|buyer['’]?s?|supplier['’]?s?|vendor['’]?s?)\s*$/i;
// "Initech's fallback": a named party's possessive (a capitalised name, so case matters).
const NAMED_POSSESSIVE = /\b[A-Z][\w-]*['’]s\s*$/;
function concrete(fact) {
    if (fact.amounts.length > 0)
        return true;
    const text = fact.value.text.replace(/[`*_>#|]/g, ' ').replace(/\s+/g, ' ').trim();
    return text !== '' && !VAGUE.test(text) && !MEETING_START.test(text);
}
function statesTarget(st, plan, aims) {
    if (st.isQuestion || plan.within(st.start, 'counterpart-walk-away') || plan.within(st.start, 'counterpart-alternative'))
        return false;
    const text = st.text;
    const hasAmount = plan.amountsIn(st).some((a) => a.kind !== 'number' || a.value >= 1000);
    for (const m of allMatches(text, aims)) {
        const i = m.index;
        const before = text.slice(Math.max(0, i - 30), i);
        if (negatedAt(text, i) || THEIRS.test(before) || NAMED_POSSESSIVE.test(before))
            continue;
        if (hasAmount)
            return true;
        const after = text.slice(i + m[0].length, i + m[0].length + 80);
        if (!NEEDS_AMOUNT.test(m[0].replace(/[\s-]+/g, ' ').replace(/’/g, "'")) && DEAL_WORDS.test(after) && !MEETING_AIM.test(after))
            return true;
    }
    return false;
}
export default defineRule({
    meta: {
        id: 'target-outcome',
        severity: 'warn',
        description: 'The plan states a target: the deal we aim for.',
        principle: 'A walk-away point says where we stop, not where we want to be. Without a target of its own the team drifts towards its limit and settles just above it; naming the deal we aim for keeps the conversation well clear of the walk-away point.',
        seeds: ['003'],
        fix: 'Add a "Target" section (or a `Target:` line, table row or `target` frontmatter key) with the deal we aim for — "$420k ARR on a three-year term". Replace wishes like "as high as possible" with a number or terms.',
        details: 'The target is found under its names (target, goal, aim, objective, ideal outcome, aspiration, landing zone, where we want to land, what good looks like) and in sentences such as "we aim for $420k", "ideally we land around €1,1M", "our goal is a three-year renewal at list price". A sentence about the meeting rather than the deal ("our goal is to understand their needs") does not count, nor do negated mentions, questions or the other side\'s target. A target that is empty or only a wish ("as high as possible", "the best price we can get", "TBD") is reported at its value.',
        options: extraPhrasesOptions('More phrases that introduce our target in a sentence (e.g. "our north star", "Zielpreis").'),
        defaultOptions: { extraPhrases: [] },
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
    check({ plan, report, options }) {
        const facts = plan.factsOf('target');
        if (facts.some(concrete))
            return;
        const aims = phraseRegex([...AIM_PHRASES, ...options.extraPhrases]);
        const targetLabels = facts.map((f) => f.label);
        const sentences = plan.statements.filter((st) => st.kind !== 'heading' && !targetLabels.some((l) => st.start >= l.start && st.start < l.end));
        if (sentences.some((st) => statesTarget(st, plan, aims)))
            return;
        if (facts.length > 0) {
            const first = facts[0];
            const said = first.value.text.trim();
            report(said
                ? `Target \`${said.slice(0, 60)}\` does not say the deal we aim for: give a number or terms.`
                : `Target \`${first.label.text}\` is empty: give the number or terms we aim for.`, said && first.source !== 'heading' ? first.value : first.label);
            return;
        }
        report('No target: state the deal we aim for, well clear of the walk-away point.', undefined, {
            fix: insertSectionFix(plan, 'Insert a "Target" section', 'Target', plan.side === 'buyer' ? 'We aim to pay <price> for <scope and terms>.' : 'We aim for <price> on <terms>.', ['opening', 'concessions', 'price-challenge']),
        });
    },
});
//# sourceMappingURL=target-outcome.js.map