import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { deniedAfter, familyRegex, findHits, negatedInClause as negatedAt, allMatches } from '../engine/language.js';
// ---------------------------------------------------------------------------
// The challenge: the other side pushes on our price.
// ---------------------------------------------------------------------------
// Said by either side: the price itself is being challenged.
const CHALLENGE_ANY = [
    'price objection*', 'pricing objection*', 'price challenge*', 'price pushback', 'pricing pushback', 'push back on price',
    'push back on pricing', 'pushback on price', 'pushback on pricing', 'price pressure', 'pricing pressure',
    'pressure on price', 'pressure on our price', 'pressure on the price', 'price haggling', 'haggle*', 'price war',
];
// A seller hears: too expensive, over budget, the competitor is cheaper, give us a discount.
const CHALLENGE_SELLER = [
    'too expensive', 'too pricey', 'too costly', 'too dear', 'dearer', 'pricier', 'costlier', 'overpriced', 'over priced', 'over budget', 'over their budget',
    'over the budget', 'out of budget', 'out of their budget', 'above budget', 'above their budget', 'beyond their budget',
    'exceeds their budget', 'exceeds the budget', 'no budget', 'not enough budget', 'budget is tight', 'tight budget',
    'budget cut*', 'budget freeze', 'budget is frozen', 'budget frozen', 'budget has been cut', 'budget was cut', 'budget squeeze', "can't afford", 'cannot afford', 'can not afford', 'cheaper',
    'less expensive', 'lower priced', 'lower-priced', 'undercut*', 'sticker shock', 'price sensitiv*', 'price-sensitive',
    'discount request*', 'discount demand*', 'ask for a discount', 'ask us for a discount', 'price match', 'price-match',
];
const CHALLENGE_SELLER_SHAPES = [
    // "our price is too high", "we are way too high", "the quote looks a bit steep"
    /\b(?:price|pricing|prices|cost|costs|quote|offer|number|rate|fees?|bid|proposal|we|we['’]re|we are|it['’]s|it is|this is|that['’]s|ours)\s+(?:is\s+|are\s+|looks\s+|seems\s+|feels\s+)?(?:(?:way|far|much|a bit|a little|slightly)\s+)?(?:too\s+(?:high|much|steep|rich)|steep)\b/gi,
    // "we are more expensive than Trackwise", "our quote is higher than theirs"
    /\b(?:we|we['’]re|we are|our\s+[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF-]+\s+(?:is|are|looks|seems))\s+(?:(?:much|far|a lot|a bit|slightly|\d+\s?%)\s+)?(?:more expensive|higher|pricier|dearer)\b/gi,
    // "they will ask for 15% off", "procurement pushes for a lower price", "lean on us to cut the price"
    /(?<!\b(?:i|we|you|i['’]ll|we['’]ll)\s)\b(?:ask|asks|asked|asking|push|pushes|pushed|pushing|press|presses|pressed|pressing|demand|demands|demanded|request|requests|requested|want|wants|wanted|expect|expects|insist|insists|lean|leans|leaning|squeeze|squeezes|grind|grinds)\b[^.;:,!?]{0,30}?(?:discount\w*|price cut|price reduction|reduction|lower price|better price|better deal|better rate|cheaper|money off|[%\d]\s?off\b|percent off|per cent off|price match|to match|(?:reduce|lower|drop|cut)\w* (?:the |our )?(?:price|pricing|fees?|rate))/gi,
    // "a competing quote", "Initech's offer", "the incumbent's price"
    /\b(?:competing|rival|competitor['’]?s?|competition['’]?s?|incumbent['’]?s?|other (?:vendor|supplier|bidder|provider)s?['’]?)\s+(?:price|prices|pricing|quote|quotes|offer|offers|bid|bids|proposal|number)\b/gi,
    // "Initech quoted €40k less", "their bid came in 20% lower"
    /\b(?:quoted|quotes|quoting|offered|offers|bid|bids|priced|came in|comes in)\b[^.;:,!?]{0,24}?\b(?:lower|less|below|under)\b/gi,
    // "price will be the sticking point", "cost is the main objection"
    // "try to negotiate us down", "knock the price down"
    /\b(?:negotiat\w*|haggl\w*|bargain\w*|talk\w*|knock\w*|driv(?:e|es|ing)|push(?:es|ing)?|grind\w*|beat\w*)\s+(?:us|the price|our price|the number|our number|it|the fee|our fee)\s+down\b/gi,
    /\b(?:price|pricing|cost|costs|budget)\s+(?:is|will be|may be|might be|could be|remains|becomes)\s+(?:(?:the|an?|their)\s+)?(?:(?:main|biggest|big|key|first|real|only)\s+)?(?:issue|problem|objection|concern|sticking point|blocker|hurdle|obstacle)\b/gi,
];
// A buyer hears: our budget is too low, prices are going up, they can't go lower.
const CHALLENGE_BUYER = [
    'too low', 'too aggressive', 'lowball*', 'low-ball*', 'low ball*', 'below cost', 'below their cost', 'below its cost',
    'below their costs', 'below their margin', 'below their floor', 'price increase*', 'price rise*', 'price hike*', 'price uplift',
    'cost increase*', 'rising costs', 'higher costs', 'inflation', 'indexation', 'other customers pay more', 'full price',
    'list price',
];
const CHALLENGE_BUYER_SHAPES = [
    // "our budget is too low", "our offer looks unrealistic"
    /\b(?:our|the|my)\s+(?:budget|offer|bid|price|number|counter(?:offer)?|proposal|target|rate|figure|anchor|opening)\s+(?:is|was|are|looks|seems|will be)\s+(?:(?:way|far|much|a bit|a little|slightly)\s+)?(?:too\s+)?(?:low|tight|small|light|aggressive|unrealistic|unworkable)\b/gi,
    // "they can't go any lower", "won't come down further"
    /\b(?:can['’]?t|cannot|can not|won['’]?t|will not|unable to|refuse to|refuses to)\s+(?:go|come|move|drop)\s+(?:any\s+)?(?:lower|down|further)\b/gi,
    // "raise their prices", "put the rate up"
    /\b(?:raise|raises|raising|increase|increases|increasing|hike|hikes|put up|puts up)\s+(?:the |their |its )?(?:price|prices|rate|rates|fees?)\b/gi,
    // "they will push for more money", "insist on list price"
    /\b(?:ask|asks|asking|push|pushes|pushing|press|presses|demand|demands|want|wants|insist|insists)\b[^.;:,!?]{0,30}?\b(?:more money|a higher price|higher price|higher rate|an uplift|uplift|an increase|increase|a premium|premium|list price|full price)\b/gi,
    /\breject\w*\s+(?:our|the)\s+(?:offer|bid|price|number|counter(?:offer)?|proposal)\b/gi,
    // "prices went up", "energy costs have risen"
    /\b(?:prices?|costs?|rates?|fees?)\s+(?:went|go|goes|going|have gone|has gone|are going|is going|will go|have risen|has risen|rose|are rising|are up|is up)\s*(?:up)?\b/gi,
    /\b(?:energy|material|raw material|labour|labor|wage|input|steel|timber|freight|component)\s+(?:costs?|prices?)\b/gi,
];
// "If they still push…": a fallback after the first answer, judged with the answer before it.
const ESCALATION = /\b(?:still|again|keep(?:s)? (?:pushing|pressing|asking)|further|last resort|fallback|fall back|if that (?:fails|does ?n['’]?o?t work|is not enough|is ?n['’]?t enough)|after that|only then|second (?:time|round|push)|persist\w*|as a last step|if needed|if necessary)\b/i;
// Where the clause that states a challenge ends and the answer begins ("…too expensive: show the ROI").
const CLAUSE_END = /[,;:.!?()[\]|→⇒—–]|\s-\s|->|=>|\b(?:then|we|we['’]ll|we will|i|i['’]ll|but|so|answer|respond|reply|our answer|our response)\b/i;
const COMPARISON = /^\s+(?:compared (?:with|to)|than|versus|vs\.?|next to|against|relative to|for the same)\b/i;
// Where it starts: after punctuation, or at "if"/"when" ("we show the ROI when they say we are too expensive").
const CLAUSE_START = /[,;:.!?()[\]|→⇒—–]|\s-\s|->|=>|\b(?:if|when|whenever|once|should|as soon as)\b/gi;
// ---------------------------------------------------------------------------
// The answer: value, or a price move.
// ---------------------------------------------------------------------------
// Going back to value: outcomes, ROI, payback, differentiation, cost of doing nothing, TCO, risk, a business case.
const VALUE_ANY = [
    'value*', 'roi', 'return on investment', 'payback', 'pay back', 'pays back', 'paid back', 'pays for itself',
    'pay for itself', 'paid for itself', 'business case', 'outcome*', 'result*', 'saving*', 'save', 'saves', 'saved',
    'cost of doing nothing', 'cost of inaction', 'cost of delay', 'cost of waiting', 'cost of the status quo', 'status quo',
    'do nothing', 'doing nothing', 'inaction', 'tco', 'total cost of ownership', 'total cost', 'lifetime cost',
    'cost per *', 'unit cost', 'risk*', 'downtime', 'outage*', 'uptime', 'reliab*', 'differentiat*', 'unique*',
    'only vendor', 'only supplier', 'only provider', 'nobody else', 'no one else', 'set us apart', 'sets us apart',
    'why us', 'like for like', 'apples to apples', 'hidden cost*', 'switching cost*', 'migration cost*',
    'implementation cost*', 'quality', 'track record', 'reference customer*', 'references', 'case stud*', 'proof',
    'proven', 'pilot*', 'proof of concept', 'poc', 'impact*', 'revenue', 'productiv*', 'efficien*', 'hours saved',
    'time saved', 'time to value', 'worth', 'benefit*', 'gain*', 'fines', 'penalt*', 'sla', 'service level*',
    'rescope', 're-scope', 'scope', 'phase*', 'phasing', 'fewer seats', 'fewer licences', 'fewer licenses',
    'smaller package', 'smaller edition', 'lighter edition', 'compare*', 'comparison', 'included', 'includes',
    'capabilit*', 'integration*', 'expertise', 'metric*', 'kpi*', 'ebitda', 'profit*', 'growth', 'churn', 'retention',
    'headcount', 'fte*', 'manual work', 'error rate', 'time to market', 'cash flow', 'investment', 'differentiators',
    'market rate*', 'benchmark*', 'market price*', 'going rate',
];
// What a buyer brings instead of more money: volume, term, a reference, fast payment, future business.
const VALUE_BUYER = [
    'volume*', 'bigger order*', 'larger order*', 'more units', 'more seats', 'referenc*', 'referral*', 'logo',
    'testimonial*', 'press release', 'publicity', 'speaking slot', 'term', 'multi year', 'multiyear', 'long term',
    'longer term', 'longer contract', 'two year', 'three year', 'four year', 'five year', 'commitment*', 'committed',
    'forecast*', 'expansion', 'future business', 'more business', 'repeat business', 'follow on', 'pipeline', 'roadmap',
    'prompt payment', 'fast payment', 'faster payment', 'early payment', 'pay early', 'pay upfront', 'paying upfront',
    'upfront payment', 'prepay*', 'payment terms', 'exclusiv*', 'sole supplier', 'single source', 'preferred supplier',
    'preferred vendor', 'strategic', 'partnership', 'cost to serve', 'standard spec*', 'delivery window*', 'lead time*',
    'consolidat*', 'competing quote*', 'competing bid*', 'competing offer*', 'other quote*', 'other bid*',
    'alternative quote*', 'alternative supplier*', 'should cost', 'cost breakdown', 'cost model', 'open book',
    'what others pay', 'index*',
];
// Caving: a seller cuts the price.
const CUT_SELLER = [
    'discount*', 'rebate*', 'price cut*', 'cut the price', 'cut our price', 'cut price*', 'lower the price',
    'lower our price', 'lower price', 'lower prices', 'reduce the price', 'reduce our price', 'reduced price',
    'price reduction*', 'drop the price', 'drop our price', 'drop price', 'bring the price down', 'bring our price down',
    'come down', 'go down', 'move down', 'price match*', 'meet their price', 'meet their budget', 'meet the budget',
    'fit their budget', 'split the difference', 'meet in the middle', 'meet halfway', 'meet them halfway', 'free month*',
    'months free', 'month free', 'at no cost', 'at no charge', 'at no extra cost', 'free of charge', 'no charge',
    'for free', 'waive*', 'write off', 'credit', 'credits', 'service credit*', 'throw in', 'throw it in', 'sweeten*', 'special price', 'special pricing',
    'better price', 'best price', 'price concession*', 'knock off', 'mark down', 'markdown', 'price break', 'concede*',
    'cave', 'cave in', 'give in', 'cheaper',
];
const CUT_SELLER_SHAPES = [
    // "we give them 5%", "offer another 3%", "come down to 10%"
    /\b(?:give|gives|giving|offer|offers|offering|concede|concedes|grant|grants|allow|allows|go to|drop to|move to|come down to|agree to)\s+(?:them\s+|him\s+|her\s+)?(?:a\s+|an\s+|another\s+|a further\s+|up to\s+)?\d[\d.,]*\s?(?:%|percent|per cent)/gi,
    /\bmatch(?:es|ed|ing)?\s+(?:[^\s.;:,]+\s+){0,2}?(?:price|prices|pricing|quote|quotes|offer|bid|number|rate)s?\b/gi,
    /\bbeat(?:s|ing)?\s+(?:[^\s.;:,]+\s+){0,2}?(?:price|prices|pricing|quote|quotes|offer|bid|number)s?\b/gi,
    /\b(?:knock|take|shave)\w*\s+(?:[^\s.;:,]+\s+){0,2}?off\b/gi,
    /\bfree\s+(?:[^\s.;:,]+\s+){0,2}?(?:months?|seats?|licen[cs]es?|training|onboarding|support|upgrades?|implementation|set-?up|installation|years?|quarters?)\b/gi,
];
// Caving: a buyer raises its offer.
const CUT_BUYER = [
    'pay more', 'pay their price', 'pay the asking price', 'pay list', 'pay list price', 'pay full price', 'pay the full price',
    'accept their price', 'accept the price', 'accept their quote', 'accept the increase', 'accept their increase',
    'accept the price increase', 'accept the uplift', 'agree to the increase', 'agree to their price', 'go up', 'move up',
    'come up', 'step up', 'meet their price', 'meet their number', 'meet them halfway', 'meet in the middle',
    'split the difference', 'find more budget', 'find extra budget', 'stretch the budget', 'stretch our budget',
    'add budget', 'more budget', 'higher offer', 'better offer', 'pay the difference', 'absorb the increase',
    'concede*', 'cave', 'cave in', 'give in',
];
const CUT_BUYER_SHAPES = [
    /\b(?:raise|raises|raising|increase|increases|increasing|up|improve|improves|improving|sweeten|sweetens|lift|lifts|bump|bumps|top up|tops up)\s+(?:our|the|my)\s+(?:offer|bid|budget|price|number|counter(?:offer)?|proposal|ceiling)\b/gi,
];
// "15% off", "€50k discount": an amount that comes off the price.
const OFF_AFTER_AMOUNT = /^\s?(?:off|discount\w*|reduction|rebate|price cut|cheaper)\b/i;
function vocabulary(side, options) {
    const extra = (list) => (list.length > 0 ? [familyRegex(list)] : []);
    if (side === 'buyer') {
        return {
            challenge: [familyRegex([...CHALLENGE_ANY, ...CHALLENGE_BUYER]), ...CHALLENGE_BUYER_SHAPES, ...extra(options.extraChallengePhrases)],
            value: [familyRegex([...VALUE_ANY, ...VALUE_BUYER]), ...extra(options.extraValuePhrases)],
            cut: [familyRegex(CUT_BUYER), ...CUT_BUYER_SHAPES, ...extra(options.extraCutPhrases)],
        };
    }
    return {
        challenge: [familyRegex([...CHALLENGE_ANY, ...CHALLENGE_SELLER]), ...CHALLENGE_SELLER_SHAPES, ...extra(options.extraChallengePhrases)],
        value: [familyRegex(VALUE_ANY), ...extra(options.extraValuePhrases)],
        cut: [familyRegex(CUT_SELLER), ...CUT_SELLER_SHAPES, ...extra(options.extraCutPhrases)],
    };
}
const within = (offset, span) => offset >= span.start && offset < span.end;
/** The elements of a list sorted by start whose start lies in the span (binary search, so large plans stay linear). */
function inSpan(list, span) {
    const lower = (x) => {
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (list[mid].start < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    return list.slice(lower(span.start), lower(span.end));
}
/** Splits a span into units: each top-level item, each table row, and the remaining prose together. */
function unitsIn(plan, span, exclude) {
    // Statements that are nothing but the label (a heading, a label line) are not part of the answer.
    const statements = inSpan(plan.statements, span).filter((s) => !exclude.some((e) => s.start >= e.start && s.end <= e.end));
    const byKey = new Map();
    const prose = [];
    for (const s of statements) {
        let key;
        if (s.item) {
            let top = s.item;
            while (top.parent && within(top.parent.start, span))
                top = top.parent;
            key = top;
        }
        else if (s.row)
            key = s.row;
        if (!key) {
            prose.push(s);
            continue;
        }
        const list = byKey.get(key);
        if (list)
            list.push(s);
        else
            byKey.set(key, [s]);
    }
    const units = [...byKey.values()].map((list) => ({ statements: list }));
    if (prose.length > 0)
        units.push({ statements: prose });
    return units;
}
/** The clause around a challenge, which states the challenge rather than answering it. Looks at most a few hundred characters either side. */
function challengeClause(st, hit) {
    const rel = hit.start - st.start;
    const from = Math.max(0, rel - 200);
    let start = from;
    for (const m of st.text.slice(from, rel).matchAll(CLAUSE_START)) {
        start = from + (/^[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/.test(m[0]) ? m.index : m.index + m[0].length);
    }
    const after = st.text.slice(hit.end - st.start, hit.end - st.start + 300);
    // "…too expensive compared with Stadtwerke": the comparison still states the challenge.
    const end = COMPARISON.test(after) ? /[,;:.!?()[\]|→⇒—–]|\s-\s/.exec(after) : CLAUSE_END.exec(after);
    return { start: st.start + start, end: end ? hit.end + end.index : Math.min(st.end, hit.end + after.length) };
}
// Table columns that list what not to do ("| Objection | Answer | Don't |").
const AVOID_COLUMN = /^(?:don['’]?t|do not|avoid|never|not this|what not to do|pitfalls?|mistakes?|traps?|anti-?patterns?|wrong answer)\b/i;
/** Cells of a row that sit under an "Avoid" / "Don't" column. */
function avoidCells(st) {
    if (!st.row)
        return [];
    return st.row.cells.filter((_c, i) => AVOID_COLUMN.test(st.row.header[i]?.text.trim() ?? ''));
}
function assess(unit, vocab, plan, amounts, exclude) {
    const out = { challenges: [], values: [], cuts: [], answerWords: 0, escalation: false };
    for (const st of unit.statements) {
        const challenges = findHits(st.text, st.start, vocab.challenge);
        const clauses = challenges.map((c) => challengeClause(st, c));
        out.challenges.push(...challenges);
        if (clauses.some((c) => ESCALATION.test(plan.text.slice(c.start, c.end))))
            out.escalation = true;
        // What is not answer: the challenge clauses, the label, "Don't" cells. A mask keeps this linear.
        const mask = new Uint8Array(st.text.length);
        for (const c of [...clauses, ...exclude, ...avoidCells(st)]) {
            mask.fill(1, Math.max(0, c.start - st.start), Math.max(0, Math.min(st.text.length, c.end - st.start)));
        }
        const free = (h) => mask.subarray(h.start - st.start, h.end - st.start).every((b) => b === 0);
        out.values.push(...findHits(st.text, st.start, vocab.value).filter(free));
        out.cuts.push(...findHits(st.text, st.start, vocab.cut).filter((h) => free(h) && !deniedAfter(st.text, h.end - st.start)));
        // "15% off", "€40k discount", read from the amounts the model found.
        for (const a of inSpan(amounts, st)) {
            if (a.end > st.end || (a.kind === 'number' && a.value < 1000))
                continue;
            const m = OFF_AFTER_AMOUNT.exec(plan.text.slice(a.end, Math.min(st.end, a.end + 16)));
            if (!m)
                continue;
            const hit = { start: a.start, end: a.end + m[0].length, text: plan.text.slice(a.start, a.end + m[0].length) };
            if (free(hit) && !negatedAt(st.text, hit.start - st.start))
                out.cuts.push(hit);
        }
        // Words left once the challenge clauses and labels are taken out: is anything planned at all?
        for (const w of allMatches(st.text, /[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]{2,}/g))
            if (mask[w.index] === 0)
                out.answerWords++;
    }
    if (unit.statements[0] && /^\s*(?:fallback|fall back|last resort|if needed|if necessary|plan b)\b/i.test(unit.statements[0].text)) {
        out.escalation = true;
    }
    out.cuts.sort((a, b) => a.start - b.start);
    return out;
}
/** Spans merged into sorted, disjoint ones, for binary search. */
function merge(spans) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const out = [];
    for (const sp of sorted) {
        const last = out[out.length - 1];
        if (last && sp.start <= last.end)
            last.end = Math.max(last.end, sp.end);
        else
            out.push({ start: sp.start, end: sp.end });
    }
    return out;
}
function isCovered(merged, offset) {
    // The last span starting at or before the offset.
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (merged[mid].start <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && within(offset, merged[lo - 1]);
}
function groups(plan, vocab) {
    const list = [];
    const covered = [];
    let coveredEnd = -1;
    let frontmatterOnly = false;
    for (const f of plan.factsOf('price-challenge')) {
        if (f.source === 'frontmatter') {
            frontmatterOnly = true;
            continue;
        }
        // A fact nested in a price-challenge section already counts as part of that section.
        // Facts come sorted by where their scope starts, so nesting shows as an end before the furthest end so far.
        if (f.scope.end <= coveredEnd)
            continue;
        coveredEnd = Math.max(coveredEnd, f.scope.end);
        const label = f.source === 'heading' ? f.section.heading : f.label;
        const exclude = f.source === 'table' ? [f.label] : [label];
        list.push({ anchor: f.source === 'heading' ? f.section.titleSpan : f.label, label, units: unitsIn(plan, f.scope, exclude), loose: false });
        covered.push(f.scope);
    }
    // Headings that state a challenge without being named like one ("### 'Initech is 30% cheaper'").
    const byFacts = merge(covered);
    let headingEnd = -1;
    for (const s of plan.sections) {
        if (s.start < headingEnd || isCovered(byFacts, s.start))
            continue;
        if (findHits(s.title, s.titleSpan.start, vocab.challenge).length === 0)
            continue;
        list.push({ anchor: s.titleSpan, label: s.heading, units: unitsIn(plan, s, [s.heading]), loose: false });
        covered.push(s);
        headingEnd = s.end;
    }
    // Sentences, items and rows elsewhere that anticipate a challenge.
    const merged = merge(covered);
    const seen = new Set();
    const position = new Map(plan.statements.map((s, i) => [s, i]));
    for (const st of plan.statements) {
        if (st.kind === 'heading' || isCovered(merged, st.start))
            continue;
        const hits = findHits(st.text, st.start, vocab.challenge);
        if (hits.length === 0)
            continue;
        let top = st.item;
        while (top?.parent)
            top = top.parent;
        const key = top ?? st.row ?? st;
        if (seen.has(key))
            continue;
        seen.add(key);
        let statements;
        if (top)
            statements = inSpan(plan.statements, top);
        else if (st.row)
            statements = [st];
        else
            statements = paragraphOf(plan, st, position.get(st));
        statements.forEach((s) => seen.add(s));
        list.push({ anchor: hits[0], units: [{ statements }], loose: true });
    }
    return { list, frontmatterOnly };
}
/** A prose sentence and the sentences after it in the same paragraph. */
function paragraphOf(plan, st, at) {
    const out = [st];
    let i = at + 1;
    while (i < plan.statements.length && out.length < 4) {
        const next = plan.statements[i];
        if (next.kind !== 'prose' || next.section !== st.section || /\n[ \t]*\n/.test(plan.text.slice(out[out.length - 1].end, next.start)))
            break;
        out.push(next);
        i++;
    }
    return out;
}
/** Text for a message: one line, no Markdown emphasis. */
const oneLine = (text) => text.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();
export default defineRule({
    meta: {
        id: 'price-challenge-response',
        severity: 'error',
        description: 'The plan anticipates a challenge on price and answers it with value, not only with a price cut.',
        principle: 'Being pressed on price is one of the moments that decides a negotiation. Dropping the price at that moment teaches the other side that pressure works; answering with what the deal is worth to them (outcomes, payback, risk, what doing nothing costs) keeps the conversation on value, and that answer has to be prepared before the meeting.',
        seeds: ['000'],
        fix: 'Add a "Price objections" section (or an "If they say we are too expensive:" line) that answers the challenge with value: the outcomes, the ROI or payback, how we differ from the cheaper option, the cost of doing nothing. A price move can follow as a traded fallback, never as the whole answer. For a buyer, answer the supplier\'s "your budget is too low" with what we bring: volume, a longer term, a reference, fast payment.',
        details: 'A price challenge is anticipated by a price-challenge section or label (price objections, pushback on price, if they say we are too expensive, discount requests…), by a heading that states one, or by any sentence, list item or table row that does: "too expensive", "over budget", "Initech is 20% cheaper", "a competing quote", "procurement will ask for 15% off", "price will be the sticking point". On the buyer side the challenge is the supplier pushing back on our price: "our budget is too low", "below their cost", "they can\'t go any lower", "a price increase", "they will push for list price". The clause that states the challenge is set aside and the rest is the answer. Each item or row that states its own challenge is judged on its own; fallbacks ("if they still push…", "last resort") are judged together with the answer before them. An answer that holds a price move (discount, % off, match their price, free months, split the difference; for a buyer: raise our offer, pay more, accept the increase) and no value (value, ROI, payback, outcomes, savings, cost of doing nothing, TCO, risk, differentiation, references, a pilot, rescoping; for a buyer also volume, term, reference, fast payment, competing quotes) is an error at the price move. Negated moves ("we will not discount") do not count. A challenge with nothing planned after it, or a plan that anticipates none at all, is a warning.',
        options: {
            type: 'object',
            additionalProperties: false,
            properties: {
                extraChallengePhrases: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'More phrases that state a price challenge (a `*` at the end of a word matches any ending), e.g. "zu teuer".',
                },
                extraValuePhrases: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'More phrases that count as going back to value, e.g. the name of your ROI calculator.',
                },
                extraCutPhrases: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'More phrases that count as a price cut (or, for a buyer, as raising our offer).',
                },
            },
        },
        defaultOptions: { extraChallengePhrases: [], extraValuePhrases: [], extraCutPhrases: [] },
        examples: {
            invalid: [
                {
                    title: 'A discount as the whole answer',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Price objections\n\nIf they say Initech is cheaper, we match their price.\n',
                },
                {
                    title: 'A buyer that plans to pay more when pushed',
                    code: '---\nside: buyer\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n\n- If they say our budget is too low: raise our offer by €50.000.\n',
                },
                {
                    title: 'No price challenge anticipated',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n',
                },
            ],
            valid: [
                {
                    title: 'Back to value',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## If they push back on price\n\nWalk them through the payback: 7 months on the support hours saved. Initech is cheaper but has no SSO.\n',
                },
                {
                    title: 'A buyer answers with what it brings',
                    code: '---\nside: buyer\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n\n| They will say | We answer |\n| --- | --- |\n| Our budget is too low | three-year volume commitment and a public reference |\n',
                },
            ],
        },
    },
    check({ plan, report, options, side }) {
        const vocab = vocabulary(side, options);
        const amounts = [...plan.amounts].sort((a, b) => a.start - b.start);
        const { list, frontmatterOnly } = groups(plan, vocab);
        const buyer = side === 'buyer';
        if (list.length === 0) {
            if (frontmatterOnly)
                return;
            report(buyer
                ? 'No price challenge anticipated: plan what we answer when the supplier says our budget is too low (what we bring: volume, term, a reference), not just how far we would raise our offer.'
                : 'No price challenge anticipated: plan what we answer when they say we are too expensive (value: outcomes, ROI, the cost of doing nothing), not just how far we would cut.', undefined, {
                warningOnly: true,
                fix: insertSectionFix(plan, 'Insert a "Price objections" section', 'Price objections', buyer
                    ? 'If they say our budget is too low: <what we bring — volume, a longer term, a reference, fast payment>.'
                    : 'If they say we are too expensive: <the value we go back to — outcomes, ROI or payback, the cost of doing nothing>.', ['concessions', 'walk-away', 'alternative']),
            });
            return;
        }
        const cutMessage = (cut) => buyer
            ? `Price pushback is answered only by raising our offer (\`${oneLine(cut.text)}\`): answer with what we bring — volume, term, a reference, fast payment — before moving on price.`
            : `Price challenge is answered only with a price cut (\`${oneLine(cut.text)}\`): go back to value — outcomes, ROI or payback, the cost of doing nothing — before any discount.`;
        let anyAnswered = false;
        const unanswered = [];
        for (const g of list) {
            const exclude = g.label ? [g.label] : [];
            const assessed = g.units.map((u) => assess(u, vocab, plan, amounts, exclude));
            const groupHasValue = assessed.some((a) => a.values.length > 0);
            const answered = assessed.some((a) => a.answerWords >= 2);
            if (answered)
                anyAnswered = true;
            else
                unanswered.push(g);
            // An item or row with its own challenge and its own answer stands alone.
            const alone = (a) => a.challenges.length > 0 && !a.escalation && a.answerWords >= 2 && !g.loose;
            for (const a of assessed) {
                if (alone(a) && a.cuts.length > 0 && a.values.length === 0)
                    report(cutMessage(a.cuts[0]), a.cuts[0]);
            }
            const rest = assessed.filter((a) => g.loose || !alone(a));
            const firstCut = rest.flatMap((a) => a.cuts).sort((x, y) => x.start - y.start)[0];
            if (firstCut && !(g.loose ? rest.some((a) => a.values.length > 0) : groupHasValue))
                report(cutMessage(firstCut), firstCut);
        }
        for (const g of unanswered) {
            // A passing mention elsewhere is answered by the price-challenge section, if there is one.
            if (g.loose && anyAnswered)
                continue;
            report(buyer
                ? `Price pushback \`${oneLine(plan.text.slice(g.anchor.start, g.anchor.end)).slice(0, 60)}\` has no planned answer: say what we bring instead of more money (volume, term, a reference, fast payment).`
                : `Price challenge \`${oneLine(plan.text.slice(g.anchor.start, g.anchor.end)).slice(0, 60)}\` has no planned answer: plan how we go back to value (outcomes, ROI, the cost of doing nothing).`, g.anchor, { warningOnly: true });
        }
    },
});
//# sourceMappingURL=price-challenge-response.js.map