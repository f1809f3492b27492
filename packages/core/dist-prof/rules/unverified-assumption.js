import { defineRule } from '../engine/rule.js';
import { maskQuotes, negatedAt, phraseRegex, wordRegex, allMatches } from '../engine/language.js';
const w = wordRegex;
const ME = String.raw `(?:I|we|we all|we both|I personally|we (?:still|just|kind of|sort of))`;
// Hedges that are an assumption on their own: "I assume", "presumably", "should be fine".
// Verbs only count in the first person ("they assume" is about their view, not ours).
const STRONG = w([
    String.raw `${ME} (?:assume|assumed|presume|presumed|suppose|reckon|reckoned|guess|guessed|imagine|imagined|figure|figured)(?! out\b)`,
    String.raw `(?:I|we)['’]d (?:assume|imagine|guess|say|bet|wager|think|expect)`,
    String.raw `(?:I|we) would (?:assume|imagine|guess|bet|think|expect)`,
    String.raw `(?:I|we) (?:bet|wager)`,
    String.raw `(?:I|we)['’]?m going to assume|let['’]?s assume|safe to assume|fair to assume|reasonable to assume|can assume`,
    String.raw `presumably|supposedly|(?:in all|by all) likelihood`,
    String.raw `(?:my|our) (?:gut|gut feeling|gut feel|hunch|guess|sense|feeling|instinct|read|bet|assumption|working assumption|expectation|understanding) (?:is|says|tells me|tells us|was)`,
    String.raw `should (?:be|go|sail|get) (?:fine|ok|okay|alright|all right|no problem|no issue|a formality|a given|straightforward|easy|simple|a non[- ]issue|painless|smooth|smoothly|a done deal|in the bag|through|a rubber stamp|a rubber[- ]stamp)`,
    String.raw `should(?:n['’]?t| not) (?:be )?(?:a |an |any )?(?:problem|issue|concern|blocker|obstacle|hurdle|surprise|objection)s?`,
    String.raw `should have no (?:problem|issue|objection|concern)s?(?: with)?`,
    String.raw `(?:take|took|taking|taken) (?:it )?for granted`,
    String.raw `goes without saying`,
    String.raw `chances are|odds are|(?:it['’]?s|that['’]?s) a safe bet`,
].join('|'));
// Hedges that count only when the sentence is about the other side: "they probably", "I think they".
const WEAK = w([
    String.raw `probably|likely|unlikely|most likely|more than likely|in all probability`,
    String.raw `maybe|perhaps|possibly`,
    String.raw `surely|no doubt|undoubtedly|doubtless|bound to|must surely`,
    String.raw `${ME} (?:think|thought|believe|believed|feel|felt|suspect|suspected|sense|sensed|hope|hoped|trust)(?! (?:in|that we|we)\b)`,
    String.raw `(?:I|we) (?:don['’]?t|do not|didn['’]?t|did not) (?:think|believe|expect|suppose|imagine|see (?:them|why they))`,
    String.raw `(?:I['’]?m|I am|we['’]?re|we are) (?:pretty |fairly |quite |reasonably |almost |very |100% |99% )?(?:sure|confident|certain|convinced|positive)(?! (?:in|of|about) (?:our|the pilot|our pilot))`,
    String.raw `(?:seem|seems|seemed|appear|appears|appeared) (?:to|like|keen|happy|open|interested|fine|ok|okay|comfortable|willing|ready|relaxed)`,
    String.raw `sounds? like`,
    String.raw `assuming(?: that)?`,
    String.raw `should (?:accept|agree|sign|approve|go for|say yes|be happy|be comfortable|be open|welcome|like|love|jump at|take it|bite|come round|come around|understand)`,
].join('|'));
// What they will say or do at the table, which a plan should anticipate ("they will probably push back",
// "Dana is likely to ask for a discount"): the hedge right before such a move is not an unverified belief.
const ANTICIPATED_MOVE = /^\s*(?:(?:that\s+)?(?:they|he|she|procurement|the (?:customer|client|buyer|supplier|vendor|cfo))\s+)?(?:(?:will|would|['’]ll|is going to|are going to|to)\s+)?(?:(?:also|then|first|try to|want to)\s+)?(?:say|says|argue|argues|claim|claims|ask|asks|push|pushes|object|objects|complain|complains|compare|compares|counter|counters|come back|comes back|respond|responds|raise|raises|bring up|brings up|mention|mentions|point to|points to|threaten|threatens|challenge|challenges|question|questions|press|presses|insist|insists|demand|demands|request|requests|open with|opens with|lead with|leads with|start with|starts with|quote|quotes)\b/i;
// Verbs the first person can negate ("we do not assume", "never guess"); adverbs stay hedges even negated.
const NEGATABLE = /^(?:I|we|let|safe|fair|reasonable|can|my|our|take|took|taking|taken)\b/i;
// "We assume nothing", "I suppose not".
const NOTHING_AFTER = /^\s*(?:nothing|no\b|none|not\b|anything\b)/i;
// How we will verify: "confirm with Marc", "ask her directly", "check before the meeting", "to be verified".
const VERIFY = w(String.raw `(?:confirm|confirms|confirmed|confirming|confirmation|verify|verifies|verified|verifying|verification|validate|validated|validating|validation|double[- ]check|cross[- ]check|check|checks|checked|checking|clarify|clarified|clarifying|find out|found out|test (?:it|this|that)|probe|get (?:it|this|that) confirmed|get (?:it|this|that) in writing|unconfirmed|unverified|ask(?:ing)?(?! for\b)|ask(?:ing)? for (?:confirmation|proof|evidence|clarification|a copy|the (?:quote|figures?|numbers?|documents?|details)))`);
// The verb is theirs ("they'll check our references", "procurement will ask for a discount"), not ours.
const THEIR_VERB = /\b(?:they|he|she|it|they['’](?:ll|d|re|ve))\s+(?:\w+\s+){0,2}$/i;
// Words that name the other side, beside any names the plan gives.
const GENERIC_OTHER = String.raw `they|them|their|theirs|they['’](?:re|ll|d|ve)|themselves|the other side|the other party|other side['’]s|counterpart|counterparty|opposite number`;
const OTHER_BY_SIDE = {
    seller: String.raw `customers?|customer['’]s|clients?|client['’]s|buyers?|buyer['’]s|prospects?|prospect['’]s|the account|procurement|purchasing|purchaser|the (?:cfo|ceo|coo|cio|cto|cpo|cmo|board|economic buyer|champion|decision maker|sponsor|buying committee)`,
    buyer: String.raw `suppliers?|supplier['’]s|vendors?|vendor['’]s|sellers?|seller['’]s|providers?|provider['’]s|contractors?|the incumbent|bidders?|(?:their |the )?(?:sales ?rep|sales team|salesperson|account manager|account executive|key account manager)s?|the AE`,
};
// Sentences only about us: "I assume our implementation team is free in Q3".
const OURS = w(String.raw `we|our|ours|us|we['’](?:re|ll|ve|d)|I|my`, 'iu');
// Capitalised words that are not names.
const NOT_NAMES = new Set(['the', 'our', 'their', 'they', 'she', 'he', 'we', 'not', 'unknown', 'head', 'chief', 'director', 'manager', 'officer', 'vice', 'president', 'board', 'finance', 'procurement', 'legal', 'sales', 'team', 'both', 'probably', 'maybe', 'likely', 'decision', 'maker', 'economic', 'buyer', 'still', 'tbd', 'tbc', 'confirmed', 'yet']);
/** People and the company on the other side, from the plan: counterpart, decision maker, options. */
function otherSide(plan, extra) {
    const names = new Set();
    const add = (s) => {
        const t = s.trim();
        if (t.length >= 3 && !NOT_NAMES.has(t.toLowerCase()))
            names.add(t);
    };
    if (plan.counterpart) {
        add(plan.counterpart);
        add(plan.counterpart.split(/\s+/)[0]);
    }
    for (const f of plan.factsOf('decision-maker')) {
        // "Dana Ortiz, CFO; she signs above $250k": the names before the first clause break.
        const head = f.value.text.split(/[;.(]/)[0];
        for (const m of allMatches(head, /\p{Lu}[\p{Ll}'’-]+/gu))
            add(m[0]);
    }
    for (const e of extra)
        add(e);
    const named = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    const generic = w([GENERIC_OTHER, OTHER_BY_SIDE[plan.side]].join('|'), 'iu');
    // Names are matched with their capital: "Will Park probably…", not "we will probably…".
    const people = named.length > 0 ? w(named.join('|'), 'u') : undefined;
    return (text) => generic.test(text) || (people?.test(text) ?? false);
}
// Clause breaks: punctuation, and a comma before a conjunction or a new subject.
const CLAUSE_BREAK = /[;:()—–]|,\s*(?=(?:which|because|so|but|and|while|whereas|although|though|since|as|then|we|I|you|they|he|she|it)\b)/gi;
/** The clause of `text` around the hedge at `index`; "Probably, they…" reaches into the next clause. */
function clauseAt(full, fullIndex, length) {
    // A clause never spans more than a few hundred characters; a window keeps long statements linear.
    const from = Math.max(0, fullIndex - 400);
    const text = full.slice(from, fullIndex + 400);
    const index = fullIndex - from;
    const breaks = [...allMatches(text, CLAUSE_BREAK)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
    let start = 0;
    let k = 0;
    while (k < breaks.length && breaks[k].at < index)
        start = breaks[k++].end;
    let end = k < breaks.length ? breaks[k].at : text.length;
    if (text.slice(start, end).replace(/[^a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9]/g, '').length <= length && k + 1 <= breaks.length) {
        end = k + 1 < breaks.length ? breaks[k + 1].at : text.length;
    }
    return text.slice(start, end);
}
function hedgesIn(text, about, extra) {
    const out = [];
    const aboutThem = about(text);
    // One report per statement: each list stops at its first hedge, or once it is past an earlier one.
    const consider = (re, needsThem) => {
        for (const m of allMatches(text, re)) {
            const index = m.index;
            if (out.length > 0 && index > out[0].index)
                break;
            const after = text.slice(index + m[0].length, index + m[0].length + 400);
            // "We do not assume…", "never guess": only the first person's own verbs can be negated.
            if (NEGATABLE.test(m[0]) && (negatedAt(text.slice(Math.max(0, index - 25), index + 100), Math.min(index, 25)) || NOTHING_AFTER.test(after)))
                continue;
            // "Assuming they sign by June, we add the training days": a condition of our offer, not a belief.
            if (/^assuming/i.test(m[0]) && /^[^.;]{0,120},\s*(?:then\s+)?(?:we|our|I)\b/i.test(after))
                continue;
            // "They will probably say we are too expensive": a move we prepare for, not a fact we rely on.
            if (needsThem && ANTICIPATED_MOVE.test(after))
                continue;
            // "We will probably open at $420k, which they will see as high": the hedge is about our move.
            if (needsThem && !about(clauseAt(text, index, m[0].replace(/[^a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9]/g, '').length)))
                continue;
            if (!needsThem && !aboutThem && onlyAboutUs(after))
                continue;
            out.unshift({ text: m[0], index });
            break;
        }
    };
    consider(STRONG, false);
    consider(WEAK, true);
    if (extra)
        consider(extra, false);
    return out.sort((a, b) => a.index - b.index);
}
/** "I assume our team is free in Q3": the clause after the hedge speaks of us only. */
function onlyAboutUs(after) {
    const clause = after.split(/[.;:!?]/)[0].slice(0, 80);
    return OURS.test(clause);
}
/** The statement also says how we will check it. */
function saysHowToVerify(text) {
    for (const m of allMatches(text, VERIFY)) {
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        if (!THEIR_VERB.test(before) && !negatedAt(before, before.length))
            return true;
    }
    return false;
}
export default defineRule({
    meta: {
        id: 'unverified-assumption',
        severity: 'warn',
        description: 'Hedged statements about the other side ("I assume", "they probably", "should be fine") sit outside a section for assumptions to verify.',
        principle: 'Guesses about what the other side wants, can pay or will accept quietly turn into facts in a plan, and then the team negotiates against its own imagination. Write a belief down as something to check, and get a plain answer from the other side before acting on it.',
        seeds: ['004'],
        fix: 'Move the statement into an "Assumptions to verify" (or "Open questions") section, or say how and when we will confirm it: "They probably need go-live by September; confirm with Marc on Tuesday." Better still, replace the guess with what they told us.',
        details: 'The rule reads every sentence, list item and table row outside the scope of an assumptions section (any heading or label named "Assumptions to verify", "Open questions", "To validate", "Risks and assumptions", "Hypotheses", "Unknowns"…; add your own through the `assumptions` vocabulary). Explicit hedges always count: "I/we assume", "presume", "suppose", "reckon", "I guess", "I\'d imagine", "presumably", "my gut says", "should be fine", "shouldn\'t be a problem", "take for granted", "chances are" — unless the clause only speaks of our own side ("I assume our team is free in Q3"). Generic hedges ("probably", "likely", "maybe", "surely", "no doubt", "I think", "I believe", "we\'re confident", "seems to", "should accept") count only when the sentence is about the other side: they/them/their, the customer, client, buyer, prospect or procurement (seller plans), the supplier, vendor or sales rep (buyer plans), the `counterpart`/`account`/`customer` named in the frontmatter, the people named as decision maker, and the `counterpartNames` option. Not reported: negated hedges ("we do not assume…", "we assume nothing"), a move we prepare for ("they will probably push back on price", "Dana is likely to ask for a discount"), conditions of our offer ("assuming they sign by June, we…"), questions, quoted speech we plan to say, and statements that say how we will check ("confirm with", "verify", "check", "ask her directly", "to be validated"). One finding per statement.',
        options: {
            type: 'object',
            additionalProperties: false,
            properties: {
                extraPhrases: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'More hedging phrases to report wherever they appear, e.g. "my sense is", "I would wager".',
                },
                counterpartNames: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'Names of people or companies on the other side, so "Dana probably wants…" counts as a statement about them.',
                },
            },
        },
        defaultOptions: { extraPhrases: [], counterpartNames: [] },
        examples: {
            invalid: [
                {
                    title: 'A guess about the customer in the target section',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Target\n\n$420k ARR. They probably have budget left over from Q2.\n',
                },
                {
                    title: 'A buyer who takes the supplier\'s flexibility for granted',
                    code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\nI assume the 60-day payment terms should be fine for Globex.\n',
                },
            ],
            valid: [
                {
                    title: 'Hedges parked under "Assumptions to verify"',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\n## Assumptions to verify\n\n- They probably have budget left over from Q2.\n',
                },
                {
                    title: 'A hedge with the way we will check it',
                    code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\nThe supplier is likely to accept 60-day terms; we confirm with their account manager on Monday.\n',
                },
            ],
        },
    },
    check({ plan, report, options }) {
        const phrases = options.extraPhrases.filter((p) => p.trim());
        const extra = phrases.length > 0 ? phraseRegex(phrases) : undefined;
        const about = otherSide(plan, options.counterpartNames);
        const candidates = plan.statements.filter((s) => s.kind !== 'heading' && !s.isQuestion && !plan.within(s.start, 'assumptions'));
        for (const s of candidates) {
            const text = maskQuotes(s.text);
            const hedges = hedgesIn(text, about, extra);
            if (hedges.length === 0 || saysHowToVerify(text))
                continue;
            const h = hedges[0];
            // Table rows read better without their outer pipes.
            const plain = s.text.replace(/\s+/g, ' ').replace(/^\| ?/, '').replace(/ ?\|$/, '');
            const excerpt = plain.length > 60 ? `${plain.slice(0, 57).trimEnd()}…` : plain;
            report(`\`${h.text}\` in \`${excerpt}\` is an unverified assumption: say how we will confirm it, or move it to an "Assumptions to verify" section.`, { start: s.start, end: s.end });
        }
    },
});
//# sourceMappingURL=unverified-assumption.js.map