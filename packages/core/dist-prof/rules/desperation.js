import { defineRule } from '../engine/rule.js';
import { extraPhrasesOptions } from '../engine/schema.js';
import { negatedAt, phraseRegex, wordRegex, LETTERS, allMatches } from '../engine/language.js';
const w = wordRegex;
// What we cannot bear to lose: the deal, the account, the renewal — or, for a buyer, the supplier or the slot.
const OBJECT = String.raw `(?:deal|one|account|customer|client|renewal|contract|business|logo|order|sale|opportunity|tender|bid|win|supplier|vendor|provider|partner|slot|capacity)`;
// End of the phrase: punctuation, end of text, or one of the objects above.
const END = String.raw `(?=\s*(?:[.,;:!?)—–]|$))`;
// Phrases that say we are over-invested whatever the context.
const DESPERATE = w([
    String.raw `must[\s-]+win(?=\s*(?:[.,;:!?)—–-]|$|deals?\b|accounts?\b|opportunit|renewals?\b|tenders?\b|bids?\b|contracts?\b|for (?:us|me|the team)\b|this\b|it\b|them\b|the (?:deal|account|renewal|tender|bid|contract|business|logo)\b))`,
    String.raw `(?:have|has|need|needs|got|gotta) (?:to )?win (?:this|it|them|the (?:deal|account|renewal|tender|bid|contract|business|logo))${END}`,
    String.raw `(?:can['’]?t|cannot|can not|mustn['’]?t|must not|could not|couldn['’]?t|won['’]?t|will not) (?:afford to )?(?:lose|miss) (?:this|that|the) ${OBJECT}`,
    String.raw `(?:can['’]?t|cannot|can not|mustn['’]?t|must not|could not|couldn['’]?t|won['’]?t|will not) (?:afford to )?(?:lose|miss) (?:this|that|it|them)(?=\s*(?:[.,;:!?)—–]|$|to\b|now\b|again\b))`,
    String.raw `(?:can['’]?t|cannot|can not|mustn['’]?t|must not) (?:afford to )?lose${END}`,
    String.raw `(?:can['’]?t|cannot|can not) (?:afford to )?(?:let (?:this|it|them|the ${OBJECT}) (?:go|slip|walk)|walk away)`,
    String.raw `(?:need|needs|needed) (?:this|that) ${OBJECT}(?! (?:[${LETTERS}]+ed|to be|by|from|back|before|in writing|form|forms)\b)`,
    String.raw `(?:need|needs|needed) (?:the|a) (?:win|deal)(?! (?:desk|room|team|terms|to be|by|before|structure|review|approval)\b)`,
    String.raw `need (?:them|it|this|this deal|the deal) more than (?:they|it) needs? us`,
    String.raw `(?:need|needs|needed) (?:this|it|them|the deal) (?:so )?(?:badly|desperately|more than (?:they|anything))`,
    String.raw `(?:have|has|need|needs|must|got|gotta) (?:to )?(?:close|land|book) (?:this|it|the deal|this deal|this one|the sale|this sale|this renewal|the renewal)(?! (?:out|off|down|gap|loop|books?)\b)`,
    String.raw `(?:have|has|need|needs|must|got|gotta) (?:to )?(?:sign|get) (?:this|it|the deal|this deal|this one|the sale|this sale)(?: (?:done|signed|closed|over the line|this (?:quarter|month|year)))?${END}`,
    String.raw `(?:have|has|need|needs|must|got|gotta) (?:to )?get (?:this|it|the deal|this deal|this one) (?:done|signed|closed|over the line)`,
    String.raw `(?:have|has|need|needs|must|got|gotta) (?:to )?close this (?:quarter|month|year)`,
    String.raw `(?:have|has|need|needs|got|gotta) to close${END}`,
    String.raw `desperate(?:ly)?|desperation`,
    String.raw `make[\s-]+or[\s-]+break|do[\s-]+or[\s-]+die|bet the (?:quarter|year|farm|company|house)`,
    String.raw `(?:our|my|the|this) (?:quarter|year|bonus|quota|number|numbers|target|forecast|job|commission|plan)s? (?:depends|depend|hinges?|rides?|rests?|relies|rely) (?:entirely |completely )?on (?:it|this|them|closing|winning|signing|this deal|the deal|this one|this renewal|the renewal|this account|this customer)`,
    String.raw `everything (?:depends|hinges|rides|rests) on (?:this|it|them|closing|winning|signing|the deal|this deal)`,
    String.raw `(?:losing|walking away|losing (?:this|it|them)|no deal|failure|a loss) (?:is|isn['’]?t|is not) (?:not )?an option`,
    String.raw `too (?:big|important) to lose`,
    String.raw `(?:give|offer|accept|concede|agree to|say yes to|do) (?:them )?(?:whatever|anything) (?:they (?:want|ask|need|demand|ask for)|it takes)`,
    String.raw `whatever they (?:want|ask for|demand)`,
    String.raw `bend over backwards`,
    String.raw `all[\s-]+in on (?:this|it|the deal|this deal)`,
].join('|'));
// Phrases that are over-investment when aimed at the deal ("win it at any cost") but firmness when aimed at
// our position ("we protect the margin at all costs", "no discount, no matter what").
const AMBIGUOUS = w(String.raw `at (?:any|all) costs?|at any price|whatever it takes|whatever the (?:cost|price)|no matter (?:what|the (?:cost|price|terms))`);
const WIN = /\b(?:win|wins|winning|won|close|closing|sign|signing|land|landing|book|booking|secure|securing|retain|retaining|keep (?:them|the (?:account|customer|client|deal|business|logo|renewal|supplier|vendor))|save (?:the|this) (?:deal|account|renewal)|get (?:the|this|it) (?:deal|signed|done|closed|over the line)|(?:the|this) (?:deal|renewal|account|business|logo|contract))\b/i;
const FIRM = /\b(?:hold|holding|protect|protecting|defend|defending|avoid|avoiding|refuse|refusing|walk away|walking away|stand firm|stick to|never|no discount|not budge|not move|keep (?:our|the) (?:price|margin|floor|walk[\s-]?away|terms|line|cap))\b/i;
// Words that make the subject the other side: "they need this deal", "their CFO must win board approval".
const THEM = /\b(?:they|them|their|he|she|his|her|customer|client|buyer|supplier|vendor|prospect|procurement|counterpart)\b/gi;
const US = /\b(?:we|us|our|ours|I|my|me)\b/gi;
// "We must not look desperate", "we will sound like we need this deal": how we might appear, not how we are.
const APPEAR = /\b(?:look|looks|looking|sound|sounds|sounding|seem|seems|seeming|appear|appears|appearing|come across|comes across|coming across|act|acting|signal|signalling|signaling|show|showing)(?:\s+(?:as|so|too|that|like|if|we|I|our|us|are|were|really|very)){0,4}\s*$/i;
// "If they sense we need this deal", "the customer must not think we are desperate": their reading of us.
const THEY_PERCEIVE = /\b(?:they|them|customer|client|buyer|supplier|vendor|procurement|anyone|nobody)\b(?:\s+[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF'’]+){0,3}?\s+(?:sense|senses|sensed|think|thinks|thought|feel|feels|believe|believes|see|sees|know|knows|smell|smells|suspect|suspects|notice|notices|hear|hears|conclude|concludes|guess|guesses|learn|learns|find out|finds out)(?:\s+that)?(?:\s+(?:we|I|our|us|are|is|were|really|very|so|how|too)){0,4}\s*$/i;
/** The last subject before `index` in its clause is theirs (they, their CFO, the customer). */
function theirSubject(text, index) {
    // The clause before the phrase, within a bounded window so long statements stay linear.
    const window = text.slice(Math.max(0, index - 120), index);
    const before = window.slice(Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf('.'), window.lastIndexOf(':')) + 1);
    let lastThem = -1;
    let lastUs = -1;
    for (const m of allMatches(before, THEM))
        lastThem = m.index;
    for (const m of allMatches(before, US))
        lastUs = m.index;
    if (lastThem > lastUs)
        return true;
    // "Kestrel needs this deal", "Acme has to close this quarter": a named company or person in the third person.
    return lastUs < 0 && /(?:^|[^a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])\p{Lu}[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF&.'’-]*(?<!ly)\s+(?:[\p{Ll}]+ly\s+)?$/u.test(before) && /^(?:needs|has|wants)\b/i.test(text.slice(index));
}
function phrasesIn(text, base, extra) {
    const hits = [];
    const add = (m) => {
        hits.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
    };
    // negatedAt reads at most the clause's last 60 characters; a window keeps long statements linear.
    const negated = (i) => negatedAt(text.slice(Math.max(0, i - 80), i), Math.min(i, 80));
    const usable = (m) => {
        const i = m.index;
        if (negated(i))
            return false;
        if (theirSubject(text, i))
            return false;
        const before = text.slice(Math.max(0, i - 60), i);
        return !APPEAR.test(before) && !THEY_PERCEIVE.test(before);
    };
    for (const m of allMatches(text, DESPERATE))
        if (usable(m))
            add(m);
    for (const m of allMatches(text, AMBIGUOUS)) {
        if (!usable(m))
            continue;
        const i = m.index;
        const around = text.slice(Math.max(0, i - 60), Math.min(text.length, i + m[0].length + 60));
        const before = text.slice(Math.max(0, i - 60), i);
        if (WIN.test(around) && !FIRM.test(before))
            add(m);
    }
    if (extra)
        for (const m of allMatches(text, extra))
            if (!negated(m.index))
                add(m);
    // One report per phrase: drop a hit inside another ("need this deal" inside an extra phrase).
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept = [];
    let reach = -1;
    for (const h of hits) {
        if (h.end <= reach)
            continue;
        kept.push(h);
        reach = h.end;
    }
    return kept;
}
export default defineRule({
    meta: {
        id: 'desperation',
        severity: 'warn',
        description: 'Language that shows over-investment in the deal: "must win", "at any cost", "whatever it takes", "can\'t lose this", "need this deal".',
        principle: 'A team that writes that it cannot lose a deal has already told itself it will give in; the other side feels that pressure and pushes harder. Care about the outcome, but keep enough distance to walk away, and let the plan speak of value and limits rather than need.',
        seeds: ['002', '004'],
        fix: 'Replace the phrase with what the deal is worth to us and where we stop: instead of "this is a must-win, we close at any cost", write "worth $420k ARR to us; we walk away below $310k". Keep internal pressure (quota, quarter-end) out of the negotiation plan.',
        details: 'The rule reads every sentence, list item, table row and heading. It reports phrases of need and fear of loss — "must win", "have to win this", "can\'t lose this deal", "cannot afford to lose them", "need this deal/win/renewal", "we need them more than they need us", "have to close this", "desperate", "make or break", "do or die", "our quarter depends on it", "losing is not an option", "can\'t walk away", "give them whatever they want" — and, when they are aimed at getting the deal rather than at holding our position, "at any cost", "at all costs", "whatever it takes", "no matter what" ("we protect the margin at all costs" and "no discount, no matter what" are firmness, not need). Negated phrases ("we do not need this deal at any cost", "we must not look desperate"), phrases whose subject is the other side ("they need this deal", "their CFO must win board approval"), and how we might appear ("if they sense we need this deal") are not reported. Buyer plans are covered too ("we can\'t lose this supplier"). One finding per phrase.',
        options: extraPhrasesOptions('More phrases that show over-investment in your team\'s wording, e.g. "hail mary", "our number hinges on Acme".'),
        defaultOptions: { extraPhrases: [] },
        examples: {
            invalid: [
                {
                    title: 'A must-win deal closed at any cost',
                    code: '# Acme renewal — must win\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\nWe have to close this by 30 June, at any cost: our quarter depends on it.\n',
                },
                {
                    title: 'A buyer who cannot lose the supplier',
                    code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\nWe can\'t lose this supplier; their slot is the only one before the migration.\n',
                },
            ],
            valid: [
                {
                    title: 'Negated and firm',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\nWe do not need this deal at any cost. No discount, no matter what; we protect the margin at all costs.\n',
                },
                {
                    title: 'Their need, not ours',
                    code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\nThe supplier needs this deal to fill its new data centre, and they know we can walk away.\n',
                },
            ],
        },
    },
    check({ plan, report, options }) {
        const phrases = options.extraPhrases.filter((p) => p.trim());
        const extra = phrases.length > 0 ? phraseRegex(phrases) : undefined;
        for (const s of plan.statements) {
            for (const hit of phrasesIn(s.text, s.start, extra)) {
                report(`\`${hit.text}\` shows over-investment in the deal: say what it is worth to us and where we walk away instead.`, hit);
            }
        }
        // Frontmatter values such as `priority: must-win` speak for the plan too.
        const fm = plan.frontmatter;
        if (!fm)
            return;
        for (const [key, span] of fm.keys) {
            const value = fm.data[key];
            if (typeof value !== 'string')
                continue;
            const line = plan.text.slice(span.end, plan.lines.lineEnd(plan.lines.point(span.start).line));
            const at = line.indexOf(value);
            if (at < 0)
                continue;
            for (const hit of phrasesIn(value, span.end + at, extra)) {
                report(`\`${hit.text}\` shows over-investment in the deal: say what it is worth to us and where we walk away instead.`, hit);
            }
        }
    },
});
//# sourceMappingURL=desperation.js.map