import { defineRule } from '../engine/rule.js';
import { extraPhrasesOptions } from '../engine/schema.js';
import { insertSectionFix } from '../engine/fixes.js';
import { negatedAt, phraseRegex, allMatches } from '../engine/language.js';
// Nouns that name our alternative outright ("our BATNA is…", "Plan B: …", "the fallback is…").
const ALTERNATIVE_NOUNS = [
    'batna', 'plan b', 'fallback', 'fall back', 'fallback plan', 'fallback option', 'backup plan', 'backup option',
    'contingency plan', 'outside option', 'next best option', 'next best alternative', 'best alternative',
    'our alternative', 'our alternatives', 'our only alternative', 'our real alternative', 'the alternative for us',
    'alternative to a deal', 'alternative to agreement', 'no deal plan', 'no deal option', 'no deal scenario',
    'walk away alternative', 'walk away option', 'what we do instead', 'we fall back on', 'we fall back to',
];
// Openings of a sentence that says what happens with no deal; they count only when an action follows.
const NO_DEAL_TRIGGERS = [
    'if we walk', 'if we walk away', 'if we walk off', 'should we walk', 'should we walk away', 'when we walk away',
    'if we leave the table', 'if we do walk', 'if there is no deal', "if there's no deal", 'if no deal', 'with no deal',
    'without a deal', 'without this deal', 'without an agreement', 'in a no deal', 'in the no deal case', 'if the deal falls through',
    'if this falls through', 'if it falls through', 'if talks fail', 'if talks break down', 'if the talks fail',
    'if we cannot agree', "if we can't agree", 'if we fail to agree', 'if we do not agree', "if we don't agree",
    'if we do not reach agreement', "if we don't reach agreement", 'if we lose the deal', 'if we lose this deal',
    'if we lose it', 'if this does not close', "if this doesn't close", 'if it does not close', "if it doesn't close",
    'failing agreement', 'failing a deal', 'if we do not sign', "if we don't sign", 'if we do not buy', "if we don't buy",
];
// What people do instead of a deal: word families, for sellers and buyers alike.
const ACTION = /\b(?:renew\w*|re-?sign\w*|extend\w*|stay\w*|stick\w*|keep\w*|continu\w*|go(?:es|ing)?\s+(?:with|to|back)|switch\w*|mov(?:e|es|ing)\s+(?:to|on|the|our|capacity|budget|resources|people)|tak(?:e|es|ing)\s+(?:the|our|it|that|their|a|an)|us(?:e|es|ing)\s+(?:the|our|a|an|existing|current|in-house)|redeploy\w*|re-?alloc\w*|reassign\w*|re-?tender\w*|tender\w*|re-?run\w*|re-?bid\w*|rebid\w*|run(?:s|ning)?\s+(?:a|an|the)\s+(?:new\s+)?(?:tender|rfp|rfq|bid|process|pilot)|issu\w*\s+(?:a|an|the)\s+(?:new\s+)?(?:tender|rfp|rfq)|buy\w*|purchas\w*|sourc\w*|outsourc\w*|insourc\w*|build\w*|develop\w*|hir(?:e|es|ing)|licen[cs]\w*|partner\w*|sign\w*\s+with|sell\w*|offer\w*\s+(?:it|the|that|this|our)|giv(?:e|es|ing)\s+(?:the|that|this|our)\s+(?:[\w-]+\s+)?(?:capacity|slot|slots|team|resources|people|budget)|spend\w*|invest\w*|focus\w*|pursu\w*|prioriti[sz]\w*|turn\w*\s+to|revert\w*|fall\w*\s+back|wait\w*|defer\w*|delay\w*|postpon\w*|paus\w*|shelv\w*|do(?:ing)?\s+nothing|live\s+with|award\w*|select\w*|choos\w*|onboard\w*|migrat\w*|remain\w*|return\w*|redirect\w*|approach\w*|re-?quot\w*|roll\w*\s+over|close\w*\s+(?:the|our|a)\s+(?:other|next|second)|put\w*\s+(?:the|our|that|those)\s+(?:[\w-]+\s+)?(?:team|teams|capacity|people|engineers|consultants|resources|budget|money|crew|squad))\b/i;
// Who or what we turn to: a noun that only makes sense as an alternative.
const ALTERNATIVE_PARTY = /\b(?:incumbent|current (?:supplier|vendor|provider|contract|solution|tool|system)|existing (?:supplier|vendor|provider|contract|solution|tool|system)|status quo|in-?house|another (?:customer|client|buyer|supplier|vendor|provider|bidder|prospect|partner)|other (?:customers|clients|buyers|suppliers|vendors|providers|bidders|prospects|offers|deals)|runner-?up|second[- ](?:choice|placed|bidder|supplier|vendor)|next (?:customer|client|buyer|deal|prospect) in (?:the )?(?:queue|line|pipeline)|waiting list|waitlist|pipeline|competing (?:offer|bid|quote|proposal))\b/i;
// "…otherwise we renew with the incumbent", "…and then we move the team to Globex".
const FOLLOW_ON = /\b(?:otherwise|instead|or else|else|failing that|failing which|in that case|in which case|at that point|then|and|(?:above|below|beyond|past|under|over) (?:that|this|it|those|these)(?: (?:level|number|price|point|figure|line|limit|amount))?)\b[\s,]{0,3}/gi;
// "their BATNA", "the customer's fallback" describe the other side.
const THEIRS = /\b(?:their|they|them|customer['’]?s?|client['’]?s?|buyer['’]?s?|supplier['’]?s?|vendor['’]?s?|counterpart['’]?s?)\s*$/i;
// "Initech's fallback": a named party's possessive (a capitalised name, so case matters).
const NAMED_POSSESSIVE = /\b[A-Z][\w-]*['’]s\s*$/;
// An alternative section that says nothing: empty, a bare number, or a shrug.
const NOTHING = /^(?:none|no|nothing|nothing (?:planned|yet|decided|lined up)|n\/?a|unknown|not (?:sure|yet|known|clear|defined|decided)|tbd|tbc|todo|to do|\?+|-+|to be (?:decided|confirmed|defined|done)|no (?:real |obvious |good )?(?:alternative|batna|fallback|plan b|option)s?|we (?:do not|don't) have (?:one|any|an alternative)|there is no (?:alternative|fallback|plan b))[\s.!]*$/i;
function saysSomething(fact) {
    const text = fact.value.text.replace(/[`*_>#|]/g, ' ').trim();
    if (!text || NOTHING.test(text))
        return false;
    // "BATNA: $310k" is a price, not what we would do.
    const words = text.replace(/[^a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\s-]+/g, ' ').match(/[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]{2,}/g) ?? [];
    return words.filter((w) => !/^(?:k|m|usd|eur|gbp|arr|mrr|per|year|month|a|an|the|at|of|or|and)$/i.test(w)).length >= 1;
}
// "…otherwise we keep negotiating" is more of the same negotiation, not an alternative to it.
const SAME_TABLE = /^[\w'-]+\s+(?:on\s+|up\s+)?(?:negotiat\w*|talk\w*|discuss\w*|push\w*|going|trying|at the table|in the room|the (?:conversation|discussion|negotiation|talks))/i;
/** An action that is an alternative to the deal, at the start of (or anywhere in) `text`. */
function action(text, atStart) {
    const m = ACTION.exec(text);
    if (!m || (atStart && m.index !== 0) || SAME_TABLE.test(text.slice(m.index)))
        return undefined;
    return m;
}
function isTheirs(text, index) {
    const before = text.slice(Math.max(0, index - 30), index);
    return THEIRS.test(before) || NAMED_POSSESSIVE.test(before);
}
/** A statement names our alternative: a noun like "plan B", or "if we walk away, we …", or (inside the walk-away part) "otherwise we …". */
function statesAlternative(st, plan, nouns, triggers) {
    if (st.isQuestion || plan.within(st.start, 'counterpart-alternative'))
        return false;
    const text = st.text;
    // The label of an alternative fact ("Plan B: none") was judged above; its words prove nothing.
    const labels = plan.factsOf('alternative').map((f) => f.label);
    const inLabel = (i) => labels.some((l) => st.start + i >= l.start && st.start + i < l.end);
    for (const m of allMatches(text, nouns)) {
        if (!negatedAt(text, m.index) && !isTheirs(text, m.index) && !inLabel(m.index))
            return true;
    }
    for (const m of allMatches(text, triggers)) {
        if (inLabel(m.index))
            continue;
        const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
        if (isTheirs(text, m.index))
            continue;
        const act = action(rest, false);
        if (act && !negatedAt(rest, act.index) && !/\bwalk/i.test(rest.slice(0, act.index)))
            return true;
        if (ALTERNATIVE_PARTY.test(rest))
            return true;
    }
    if (plan.within(st.start, 'walk-away')) {
        for (const m of allMatches(text, FOLLOW_ON)) {
            const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
            const act = /^(?:(?:we|I|we['’]?ll|we['’]?d|we will|we would|we can|we could|we simply|we just|our team)\s+)?(?:(?:simply|just|rather|happily)\s+)?/i.exec(rest);
            const tail = rest.slice(act[0].length);
            if (action(tail, true) && !negatedAt(text, m.index))
                return true;
            if (m[0].trim().toLowerCase() !== 'and' && ALTERNATIVE_PARTY.test(rest.slice(0, 60)))
                return true;
        }
    }
    return false;
}
export default defineRule({
    meta: {
        id: 'walk-away-alternative',
        severity: 'warn',
        description: 'The plan says what we do if we walk away: our alternative to this deal.',
        principle: 'A walk-away point only holds when there is somewhere to go. If the team knows what it will do without this deal (renew elsewhere, move the capacity, buy from the runner-up), it can say no calmly; without that, every limit quietly softens under pressure.',
        seeds: ['002', '003'],
        fix: 'Add an "Alternative if we walk away" section (or a `BATNA:` / `Plan B:` line) that says what we actually do with no deal — "we renew with the incumbent for a year", "the team moves to the Globex rollout". It can also sit in the walk-away section: "…otherwise we redeploy the team to the Q3 pipeline".',
        details: 'The alternative is found under its names (BATNA, alternative, plan B, fallback, outside option, "if we walk away", "if no deal"), in sentences anywhere in the plan that name it ("our plan B is…", "if we walk away, we renew with…", "without a deal we keep the current supplier"), and inside the walk-away part of the plan after "otherwise", "instead", "in that case" or "and then" followed by an action (renew, move, redeploy, re-tender, build in-house, sell to another customer…). Negated mentions ("we have no plan B"), questions and the other side\'s alternative ("their BATNA") do not count. An alternative section that is empty or says only "none", "TBD" or a bare number is reported at its label.',
        options: extraPhrasesOptions('More phrases that, in a sentence of the plan, name our alternative (e.g. "Ausweichoption", "our second source").'),
        defaultOptions: { extraPhrases: [] },
        examples: {
            invalid: [
                {
                    title: 'A walk-away point with nowhere to go',
                    code: '# Acme renewal\n\n## Walk-away point\n\nBelow $310k ARR we walk away.\n\n## Target\n\n$420k ARR.\n',
                },
                {
                    title: 'An alternative section that admits there is none',
                    code: '---\nside: buyer\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n**Plan B:** none\n',
                },
            ],
            valid: [
                {
                    title: 'Its own section',
                    code: '# Acme renewal\n\n## Walk-away point\n\nBelow $310k ARR.\n\n## BATNA\n\nWe move the implementation team to the Globex rollout, which is waiting for capacity.\n',
                },
                {
                    title: 'Inside the walk-away section (buyer)',
                    code: '---\nside: buyer\n---\n# Laptop refresh\n\n## Ceiling\n\n€1,2M for 2,000 devices; otherwise we renew with the incumbent for one more year.\n\n## Target\n\n€1M.\n',
                },
            ],
        },
    },
    check({ plan, report, options }) {
        const facts = plan.factsOf('alternative');
        if (facts.some(saysSomething))
            return;
        const nouns = phraseRegex([...ALTERNATIVE_NOUNS, ...options.extraPhrases]);
        const triggers = phraseRegex(NO_DEAL_TRIGGERS);
        if (plan.statements.some((st) => st.kind !== 'heading' && statesAlternative(st, plan, nouns, triggers)))
            return;
        if (facts.length > 0) {
            const first = facts[0];
            const said = first.value.text.trim();
            report(said
                ? `Alternative \`${said.slice(0, 60)}\` does not say what we do if we walk away: name the action (renew elsewhere, move the team, buy from the runner-up).`
                : `Alternative \`${first.label.text}\` is empty: say what we do if we walk away.`, said && first.source !== 'heading' ? first.value : first.label);
            return;
        }
        report('No alternative if we walk away: say what we do without this deal (our BATNA).', undefined, {
            fix: insertSectionFix(plan, 'Insert an "Alternative if we walk away" section', 'Alternative if we walk away', plan.side === 'buyer'
                ? 'If we walk away, we <stay with the current supplier / buy from the runner-up / build in-house>.'
                : 'If we walk away, we <move the team to another deal / sell the capacity elsewhere / keep the current contract>.', ['target', 'opening', 'concessions', 'price-challenge']),
        });
    },
});
//# sourceMappingURL=walk-away-alternative.js.map