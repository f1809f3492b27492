import { defineRule } from '../engine/rule.js';
import { familyRegex, findHits, negatedInClause as negatedAt } from '../engine/language.js';
import { lowerBound, startingIn } from '../engine/sorted.js';
// Words that tie a concession to something we receive. Seller and buyer alike: "5% off in exchange for a
// three-year term", "longer payment terms only if they hold the price", "case study → extra warranty year".
const GET_PHRASES = [
    'in exchange', 'exchange for', 'in return', 'return for', 'in trade for', 'trade for', 'traded for', 'trade against',
    'traded against', 'swap for', 'swapped for', 'against', 'provided', 'providing they', 'conditional on',
    'conditional upon', 'conditioned on', 'contingent on', 'contingent upon', 'subject to', 'on condition', 'on the condition',
    'tied to', 'linked to', 'in consideration of', 'quid pro quo', 'as long as', 'so long as', 'only if', 'only when',
    'only once', 'only with', 'only for', 'only against', 'if and only if', 'we get', 'we ask', 'we ask for', 'we want',
    'we require', 'we receive', 'we need', 'we gain', 'we obtain', 'we secure', 'in return we', 'they give', 'they commit',
    'they agree', 'they sign', 'they provide', 'they pay', 'they accept', 'they extend', 'they introduce', 'they act',
    'they become', 'they publish', 'they host', 'they drop', 'they waive', 'they increase', 'they buy', 'they order',
    'they renew', 'they prepay', 'they take', 'they add', 'they move', 'they guarantee', 'they lock', 'they share',
    'they speak', 'they let', 'they allow', 'they open', 'they hold', 'they keep', 'they confirm', 'they deliver',
    'they reduce', 'they shorten', 'they split', 'they cover', 'they absorb', 'they match', 'they raise',
    'requires them', 'requiring them', 'for them to', 'for us to get', 'upon signature', 'on signature',
    'if signed', 'if paid', 'if booked', 'if ordered', 'if prepaid', 'if renewed', 'if committed', 'if agreed',
    'if we get', 'if we receive', 'if we secure',
];
// "→", "->", "=>", "⇄", "↔": a give pointing at its get.
const ARROW = /→|⇒|⇄|↔|⟷|⟶|<->|->|=>/;
// "Get: …", "In return: …", "Ask — …" on a line or a nested item.
const GET_LABEL = /(?<![a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(?:gets?|we get|what we get|asks?|we ask|our ask|in return|return|in exchange|exchange|trade|quid pro quo|condition|conditions|for|receive|we receive|want|we want)\s*(?::|—|–|=|\s-\s)/i;
// "if they / if the customer / if Acme" followed by something they do for us — not "if they ask", which gives on demand.
const IF_THEY = /\b(?:if|when|once|provided|assuming)\s+(?:they|the (?:customer|client|buyer|supplier|vendor|other side)|both)\s+(?!(?:\w+ly\s+)?(?:ask|asks|asked|push|pushes|pushed|press|presses|insist|insists|complain|complains|request|requests|want|wants|need|needs|demand|demands|threaten|threatens|escalate|escalates|object|objects|balk|balks|say|says|mention|mentions|still|hesitate|hesitates|refuse|refuses|reject|rejects|walk|walks|don['’]?t|do not|doesn['’]?t|does not|won['’]?t|will not|can['’]?t|cannot|are|is|get|seem|seems|look|looks|really|threat)\b)[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/i;
// "if Acme signs", "once Globex commits": a named counterpart (case-sensitive capital).
const IF_NAME = /\b(?:if|once|when|provided)\s+[A-Z][a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF&.-]+\s+(?!(?:asks|pushes|insists|complains|requests|wants|needs|demands|threatens|escalates|objects|says|refuses|rejects|is|are)\b)[\p{Ll}]/u;
// "for a three-year term", "for a case study" — but not "for a year", "for the first month", "for an extra quarter".
const FOR_A = /\bfor\s+(?:a|an)\s+(?!(?:first|second|third|limited|short|few|couple|single|full|whole|year|years|month|months|week|weeks|quarter|quarters|day|days|period|while|time|trial|pilot|extra|additional|further|total|maximum|max|minimum|min|fixed|one[- ]off|one[- ]time|moment|start|year['’]s|month['’]s|small|bit)\b)[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9]/i;
// Headers of a table column that holds what we get.
const GET_COLUMN = /^(?:gets?|we get|what we get|asks?|we ask|what we ask(?: for)?|our ask|in return|return|in exchange(?: for)?|exchange|for|against|conditions?|trigger|trade(?:d)? for|receive|we receive|their side|their give|they give|quid pro quo|price of it|what they give|in return we get|what we want)$/i;
// Headers of a table column that holds what we give.
const GIVE_COLUMN = /\b(?:give|gives|we give|concessions?|we offer|lever|levers|what we give|what we can give|tradeable|tradable|our give)\b/i;
// A get cell that is empty in all but name.
const EMPTY_CELL = /^(?:|-+|—|–|n\/?a|none|nothing|tbd|tbc|\?+|x|\.+)$/i;
// Sub-sections and lead-in lines that introduce what we ask for: the gives around them are traded as a package.
const GETS_PART = /\b(?:gets?|asks?|in return|in exchange|what we (?:want|ask|get|need|receive)|we (?:want|ask|get|need|receive)|their (?:gives|concessions|offers?|side)|trade for|receive|quid pro quo)\b/i;
// Sub-sections and lead-in lines that list what we will not give.
const HOLD_PART = /\b(?:won['’]?t give|will not give|not on the table|off the table|red lines?|never|non[- ]negotiables?|not negotiable|no[- ]go|hold firm|we hold|what we keep|keep|do not give|don['’]?t give|not for trade|not tradeable|not tradable)\b/i;
// An item that is a line we hold rather than something we give.
const HOLD_ITEM = /^\s*(?:no|never|not|none|nothing|don['’]?t|do not|won['’]?t|will not|we will not|we won['’]?t|hold|keep|stay|maintain|no further)\b/i;
const within = (offset, span) => offset >= span.start && offset < span.end;
function indexPlan(plan) {
    const position = new Map();
    const rowStatement = new Map();
    plan.statements.forEach((s, i) => {
        position.set(s, i);
        if (s.row)
            rowStatement.set(s.row, s);
    });
    const children = new Map();
    for (const it of plan.items) {
        if (!it.parent)
            continue;
        const list = children.get(it.parent);
        if (list)
            list.push(it);
        else
            children.set(it.parent, [it]);
    }
    return { position, children, rowStatement };
}
/** A line that only introduces what follows: "Gives:", "**What we ask for:**", "In return". */
function isLeadIn(plan, st) {
    if (/:\s*$/.test(st.text) && st.text.split(/\s+/).length <= 8)
        return true;
    const raw = plan.text.slice(st.start - 2, st.end + 2);
    return /^(\*\*|__)[^*_]+\1$/.test(raw.trim()) && st.text.split(/\s+/).length <= 8;
}
function kindOf(text) {
    if (HOLD_PART.test(text))
        return 'hold';
    if (GETS_PART.test(text))
        return 'gets';
    return undefined;
}
function rowUnit(plan, idx, row, pkg) {
    const st = idx.rowStatement.get(row);
    const giveIdx = row.header.findIndex((h) => GIVE_COLUMN.test(h.text));
    const cell = row.cells[giveIdx >= 0 ? giveIdx : 0] ?? row;
    // Cell positions include the pipes and padding around the text.
    let start = cell.start;
    let end = cell.end;
    while (start < end && /[\s|]/.test(plan.text[start]))
        start++;
    while (end > start && /[\s|]/.test(plan.text[end - 1]))
        end--;
    return { at: { start, end }, statements: st ? [st] : [], row, package: pkg };
}
/** The planned concessions: items, rows and labelled lines in the concessions scope, and "Give" tables anywhere. */
function concessionUnits(plan, idx) {
    const units = [];
    const taken = new Set();
    const facts = plan.factsOf('concessions').filter((f) => f.source !== 'frontmatter');
    for (const fact of facts) {
        const found = [];
        let pkg = false;
        const add = (key, unit) => {
            if (taken.has(key))
                return;
            taken.add(key);
            found.push(unit);
        };
        const scope = fact.scope;
        const statements = startingIn(plan.statements, scope);
        const prose = statements.filter((st) => st.kind === 'prose');
        const subSections = startingIn(plan.sections, scope).filter((sec) => sec !== fact.section);
        // What part of the scope an offset is in: a sub-section or lead-in line about gets or about what we hold.
        const partAt = (offset) => {
            let inner;
            for (const sec of subSections)
                if (within(offset, sec) && (!inner || sec.depth > inner.depth))
                    inner = sec;
            if (inner) {
                if (!inner.concepts.includes('concessions') && inner.concepts.length > 0)
                    return 'hold';
                const k = kindOf(inner.title);
                if (k)
                    return k;
            }
            const from = inner?.bodyStart ?? scope.start;
            const lead = prose[lowerBound(prose, offset, (p) => p.start) - 1];
            if (lead && lead.start >= from && isLeadIn(plan, lead) && !within(fact.label.start, lead))
                return kindOf(lead.text);
            return undefined;
        };
        // Items: the outermost items inside the scope. An item that only introduces a list ("Gives:") hands over to its children.
        const visit = (it, parentPart) => {
            if (taken.has(it))
                return;
            const own = itemUnit(plan, it, false);
            const first = own.statements[0];
            const children = idx.children.get(it) ?? [];
            const part = parentPart ?? partAt(it.start);
            // "- Our ask: a three-year term" next to the gives: the list is traded as a package.
            if (first && first.item === it && first.text.search(GET_LABEL) === 0) {
                pkg = true;
                return;
            }
            if (first && children.length > 0 && isLeadIn(plan, first) && first.item === it) {
                const k = kindOf(first.text) ?? part;
                if (k === 'gets')
                    pkg = true;
                if (k)
                    return;
                taken.add(it);
                for (const c of children)
                    visit(c, undefined);
                return;
            }
            if (part === 'gets') {
                pkg = true;
                return;
            }
            if (part === 'hold')
                return;
            add(it, own);
        };
        const inScope = startingIn(plan.items, scope);
        const isScope = (it) => it.start === scope.start && it.end === scope.end;
        for (const it of inScope) {
            const p = it.parent;
            const top = !p || !within(p.start, scope) || isScope(p);
            if (isScope(it) || !top)
                continue;
            visit(it, undefined);
        }
        for (const row of startingIn(plan.rows, scope)) {
            if (row.isHeader)
                continue;
            const part = partAt(row.start);
            if (part === 'gets')
                pkg = true;
            if (part)
                continue;
            add(row, rowUnit(plan, idx, row, false));
        }
        // A labelled line with its value on the same line and nothing nested: "**Concessions:** 5% off, free onboarding".
        if (fact.source === 'label' && fact.value.text && !inScope.some((it) => !isScope(it))) {
            const own = statements.filter((st) => st.start >= fact.label.start);
            const key = statements.find((st) => within(fact.label.start, st)) ?? fact;
            add(key, { at: fact.value, statements: followingGets(plan, idx, own), package: false });
        }
        // Labelled lines in a concessions section ("**Discount:** up to 8% for a 3-year term").
        if (fact.source === 'heading') {
            for (const st of statements) {
                if (st.kind !== 'prose' || taken.has(st) || isLeadIn(plan, st) || partAt(st.start))
                    continue;
                const m = /^([^:\n]{1,40}?)\s*:\s+\S/.exec(st.text);
                if (!m || m[1].split(/\s+/).length > 4 || kindOf(m[1]) === 'gets')
                    continue;
                add(st, { at: { start: st.start, end: st.end }, statements: followingGets(plan, idx, [st]), package: false });
            }
        }
        // Rows carry their own Get column and labelled lines their own "Get:" line; the package only covers list items.
        for (const u of found)
            u.package = pkg && u.statements[0]?.item !== undefined;
        units.push(...found);
    }
    // Give/Get tables anywhere in the plan.
    for (const row of plan.rows) {
        if (row.isHeader || taken.has(row))
            continue;
        if (row.header.some((h) => GIVE_COLUMN.test(h.text)) && row.header.some((h) => GET_COLUMN.test(h.text.trim()))) {
            taken.add(row);
            units.push(rowUnit(plan, idx, row, false));
        }
    }
    return units.sort((a, b) => a.at.start - b.at.start);
}
function itemUnit(plan, it, pkg) {
    const statements = startingIn(plan.statements, it);
    const first = statements[0];
    return { at: first ? { start: first.start, end: first.end } : { start: it.start, end: it.end }, statements, package: pkg };
}
/** A labelled give and the "Get:" line right after it. */
function followingGets(plan, idx, own) {
    const last = own[own.length - 1];
    if (!last)
        return own;
    const next = plan.statements[idx.position.get(last) + 1];
    return next && next.section === last.section && !next.item && next.text.search(GET_LABEL) === 0 ? [...own, next] : own;
}
const GET_RE = familyRegex(GET_PHRASES);
function hasGet(unit, extra) {
    const phrases = [GET_RE, ...extra];
    if (unit.row) {
        const row = unit.row;
        const getCols = row.header.map((h, i) => (GET_COLUMN.test(h.text.trim()) ? i : -1)).filter((i) => i >= 0);
        if (getCols.length > 0)
            return getCols.some((i) => row.cells[i] && !EMPTY_CELL.test(row.cells[i].text.trim()));
    }
    for (const st of unit.statements) {
        const text = st.text;
        if (findHits(text, st.start, phrases).length > 0)
            return true;
        if (ARROW.test(text))
            return true;
        // "Get:" as its own line or nested item, or after the give ("5% off; get: 3-year term").
        const label = GET_LABEL.exec(text);
        if (label && (label.index === 0 || /[;,.(]\s*$/.test(text.slice(0, label.index))))
            return true;
        for (const re of [IF_THEY, IF_NAME, FOR_A]) {
            const m = re.exec(text);
            if (m && !negatedAt(text, m.index))
                return true;
        }
    }
    return false;
}
/** Whether an item or row states a line we hold rather than something we give ("No discount beyond 8%"). */
function isHold(unit) {
    const first = unit.statements[0];
    if (!first)
        return true;
    const text = unit.row ? unit.row.cells[0]?.text ?? first.text : first.text;
    return HOLD_ITEM.test(text);
}
export default defineRule({
    meta: {
        id: 'concession-trade',
        severity: 'warn',
        description: 'Every planned concession says what we get in return.',
        principle: 'A negotiation is an exchange: each side gives something and gets something back. A concession handed over for nothing costs money, teaches the other side to keep asking, and buys none of the movement we need, so every give in the plan should name the get it is traded for.',
        seeds: ['001', '002'],
        fix: 'Pair each concession with what we ask for: "5% off in exchange for a three-year term", "60-day payment terms → a public case study", a "Get" column in the give/get table, or a nested "Get:" line. Drop concessions we would not trade.',
        details: 'Concessions are the list items, table rows and labelled lines in the concessions part of the plan (concessions, trades, give and get, levers, tradeables, what we can offer…), "Give:" lines, and the rows of any table with a Give and a Get column. Nested sub-items belong to their item, so a "Get: …" sub-item counts. What we get is recognised by: in exchange, in return, against, provided (that), only if, conditional on, subject to, tied to, "if they sign / commit / prepay…" (not "if they ask"), "if Acme signs", "for a three-year term" (not "for a year"), an arrow (→, ->, =>), a "Get:" / "Ask:" / "In return:" label, or a filled Get / Ask / In return column in a table. Sub-sections and lists of gets ("What we ask for", "In return") and of lines we hold ("Not on the table", "Red lines", "No discount beyond 8%") are not concessions. Each concession without a get is reported at its line.',
        options: {
            type: 'object',
            additionalProperties: false,
            properties: {
                extraGetPhrases: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'More phrases that introduce what we get in return (a `*` at the end of a word matches any ending), e.g. "im Gegenzug".',
                },
            },
        },
        defaultOptions: { extraGetPhrases: [] },
        examples: {
            invalid: [
                {
                    title: 'A concession given away',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Concessions\n\n- 5% off in exchange for a three-year term\n- Free onboarding for their second team\n',
                },
                {
                    title: 'A give/get table with an empty get',
                    code: '---\nside: buyer\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n\n## Trades\n\n| Give | Get |\n| --- | --- |\n| 60-day payment | three-year warranty |\n| public case study | — |\n',
                },
            ],
            valid: [
                {
                    title: 'Every give has a get',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Concessions\n\n1. 5% off if they sign for three years\n2. Free onboarding → a public case study\n3. Net-60 payment\n   - Get: signature before 30 June\n',
                },
                {
                    title: 'Lines we hold are not concessions',
                    code: '# Globex supply deal\n\n**Floor:** €900.000\n\n## Levers\n\n- Extended warranty against a five-year term\n- No discount beyond 8%, whatever they offer\n',
                },
            ],
        },
    },
    check({ plan, report, options }) {
        const extra = options.extraGetPhrases.length > 0 ? [familyRegex(options.extraGetPhrases)] : [];
        for (const unit of concessionUnits(plan, indexPlan(plan))) {
            if (unit.package || isHold(unit) || hasGet(unit, extra))
                continue;
            const text = plan.text.slice(unit.at.start, unit.at.end).replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();
            const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
            report(`Concession \`${shown}\` gets nothing in return: say what we ask for in exchange.`, unit.at);
        }
    },
});
//# sourceMappingURL=concession-trade.js.map