import { defineRule } from '../engine/rule.js';
import { positionAmounts, walkAwayFacts } from '../engine/plan/positions.js';
import { negatedAt } from '../engine/language.js';
import { comparable } from '../engine/numbers.js';
// Where the "get" half of a concession starts: amounts after it are what we ask for, not what we give.
const GET_MARKER = /(?:\b(?:in exchange|in return|exchange for|if they|if the customer|if the supplier|if the vendor|provided (?:that|they)|as long as|only if|on condition|conditional on|subject to|against|tied to|we get|we ask|we want|we need|they give|they commit|they agree|get|gets|ask|asks)\b\s*:?|→|->|⇒|=>)/i;
// Percentages move the price only in these contexts ("5% off", "increase our offer by 3%"), not "30% upfront".
const SELLER_PRICE_MOVE = /\b(?:off|discount\w*|rebate\w*|reduc\w*|cut\w*|lower\w*|markdown\w*|mark-down|credit\w*|down|less|cheaper|price break|concession)\b/i;
const BUYER_PRICE_MOVE = /\b(?:raise\w*|rais(?:e|ing)|increas\w*|more|up|uplift\w*|add\w*|premium|higher|on top|extra|pay more|top[- ]up|improv\w*)\b/i;
// "Come down to $450k", "8% off list in total": a new price level rather than a step.
const LEVEL_MOVE = /\b(?:go|goes|going|come|comes|coming|move|moves|moving|step|drop|drops|dropping|reduce|reducing|lower|lowering|raise|raising|increase|increasing|bring|bringing|cut|take)\s+(?:(?:it|the price|our offer|the offer|our price|our bid)\s+)?(?:up\s+|down\s+)?to\s*:?\s*$/i;
const LEVEL_BEFORE = /\b(?:to|at|meet at|settle at|land at|total|overall|cumulative(?:ly)?|in total)\s*:?\s*$/i;
const LEVEL_AFTER = /^\s*(?:off (?:the )?list|from list|below list|under list|in total|total|overall|cumulative|all[- ]in|discount in total)\b/i;
const STEP_BEFORE = /\b(?:extra|another|additional|further|more|plus|a further|up to|by)\s*$|\+\s*$/i;
// Sub-lists of what we ask for, or of what they might offer, are not our concessions.
const GETS_SECTION = /\b(?:gets?|asks?|in return|what we (?:want|ask|get|need)|their (?:gives|concessions|offers?)|trade for|we receive|receive)\b/i;
function concessionUnits(plan) {
    const byKey = new Map();
    const order = [];
    const getColumns = new Map();
    for (const st of plan.statementsIn('concessions')) {
        if (st.kind !== 'item' && st.kind !== 'row')
            continue;
        if (st.section && st.section.concepts.length === 0 && GETS_SECTION.test(st.section.title))
            continue;
        const key = st.row ?? st.item;
        let unit = byKey.get(key);
        if (!unit) {
            unit = { span: st.row ? { start: st.row.start, end: st.row.end } : { start: st.start, end: st.end }, give: [], closed: false, depth: st.item?.depth ?? 0 };
            byKey.set(key, unit);
            order.push(key);
        }
        if (st.row) {
            const row = st.row;
            if (!getColumns.has(row.table)) {
                getColumns.set(row.table, new Set(row.header.map((h, i) => (GETS_SECTION.test(h.text) ? i : -1)).filter((i) => i >= 0)));
            }
            const skip = getColumns.get(row.table);
            row.cells.forEach((cell, i) => {
                if (skip.has(i))
                    return;
                unit.give.push(giveSpan(cell.start, plan.text.slice(cell.start, cell.end)));
            });
        }
        else if (!unit.closed) {
            const span = giveSpan(st.start, st.text);
            unit.give.push(span);
            unit.closed = span.end < st.end;
        }
    }
    return order.map((k) => byKey.get(k));
}
/** The part of a concession's text before its "get" half begins. */
function giveSpan(start, text) {
    const m = GET_MARKER.exec(text);
    return { start, end: start + (m ? m.index : text.length) };
}
/** The size of a concession: its first money amount, or a percentage that moves the price. */
function sizeOf(plan, unit, side) {
    const move = side === 'buyer' ? BUYER_PRICE_MOVE : SELLER_PRICE_MOVE;
    for (const g of unit.give) {
        if (g.end <= g.start)
            continue;
        const text = plan.text.slice(g.start, g.end);
        for (const a of plan.amountsIn(g)) {
            // "We will not go to 10% off" is a line we hold, not a step we plan.
            if (negatedAt(text, a.start - g.start))
                continue;
            if (a.kind === 'money')
                return { amount: a };
            if (a.kind === 'percent' && move.test(text))
                return { amount: a };
        }
    }
    return undefined;
}
const fmt = (value, currency) => `${currency ? `${currency} ` : ''}${Math.round(value).toLocaleString('en-US')}`;
export default defineRule({
    meta: {
        id: 'concession-ladder',
        severity: 'warn',
        description: 'Sized concessions shrink step by step and never add up past the walk-away point.',
        principle: 'The size of each move tells the other side how much is left: steps that get smaller say we are close to our limit, steps that get bigger invite them to keep pushing. And a ladder that, climbed to the end, lands beyond our walk-away point is a plan to give away what we decided to keep.',
        seeds: ['002', '003'],
        fix: 'Order the concessions so each one is smaller than the one before (e.g. 5%, then 3%, then 1%), and drop or shrink steps until the opening minus everything planned still sits on our side of the walk-away point.',
        details: 'Concessions are the list items and table rows in the concessions part of the plan (concessions, trades, give/get, levers…), in the order written. A concession is sized by the first money amount or price-moving percentage ("5% off", for a buyer "raise our offer by 3%") in its "give" half — amounts after "in exchange", "in return", "if they", "→" or in a "Get" column are what we ask for and do not count. "Come down to $450k" and "8% off list in total" are read as price levels, and the step is the distance from the level before. With an opening amount, percentages become money so mixed ladders compare; otherwise only steps of the same kind are compared. Negated amounts ("we will not go to 12% off") are lines we hold, not steps. A step bigger than the one before is reported at its amount. When the opening and the walk-away point are comparable amounts, the opening minus all planned concessions (plus, for a buyer) must not cross the walk-away point; otherwise the last sized concession is reported.',
        options: {
            type: 'object',
            additionalProperties: false,
            properties: {
                allowEqualSteps: {
                    type: 'boolean',
                    description: 'Accept two consecutive concessions of the same size; when false, a step must be strictly smaller than the one before.',
                },
            },
        },
        defaultOptions: { allowEqualSteps: true },
        examples: {
            invalid: [
                {
                    title: 'Steps that grow',
                    code: '# Acme renewal\n\n**Opening:** $480k ARR, list price\n**Walk-away:** $310k ARR\n\n## Concessions\n\n1. 3% off for a three-year term\n2. 5% off for a case study\n',
                },
                {
                    title: 'A ladder that ends below the floor',
                    code: '# Globex supply deal\n\n| Position | Value |\n| --- | --- |\n| Floor | €900.000 |\n| Opening | €1.000.000 |\n\n## Gives\n\n- €60.000 off in exchange for a two-year term\n- €40.000 off if they pay upfront\n- €20.000 off for a reference visit\n',
                },
            ],
            valid: [
                {
                    title: 'Shrinking steps that stay above the walk-away point',
                    code: '# Acme renewal\n\n**Opening:** $480k ARR, list price\n**Walk-away:** $310k ARR\n\n## Concessions\n\n1. 6% off in exchange for a three-year term\n2. 3% off in return for a case study\n3. 1% off if they sign by June 30\n',
                },
                {
                    title: 'A buyer raising its offer in shrinking steps',
                    code: '---\nside: buyer\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n**Anchor:** €900.000, two competing quotes\n\n## Trades\n\n| Give | Get |\n| --- | --- |\n| raise to €1M | three-year warranty |\n| add €50.000 | delivery by May |\n',
                },
            ],
        },
    },
    check({ plan, report, options, side }) {
        const units = concessionUnits(plan);
        const sized = units.map((u) => ({ unit: u, size: sizeOf(plan, u, side) })).filter((x) => x.size !== undefined);
        if (sized.length === 0)
            return;
        // Details nested under a concession ("- Get: $50k prepayment") are not concessions of their own.
        const depth = Math.min(...sized.map((x) => x.unit.depth));
        const ladder = sized.filter((x) => x.unit.depth === depth);
        const w = positionAmounts(plan, walkAwayFacts(plan))[0];
        const openings = positionAmounts(plan, plan.factsOf('opening'));
        const o = openings.find((a) => w && comparable(a, w)) ?? openings[0];
        // dir > 0: concessions lower the price (seller); dir < 0: they raise it (buyer).
        const dir = side === 'buyer' ? -1 : 1;
        const sameMoney = (a) => o !== undefined && a.currency === o.currency && (a.unit === o.unit || a.unit === '' || o.unit === '');
        let current = o?.value;
        let percentLevel = 0;
        const steps = [];
        for (const { unit, size } of ladder) {
            const a = size.amount;
            const before = plan.text.slice(Math.max(unit.span.start, a.start - 24), a.start);
            const after = plan.text.slice(a.end, a.end + 30);
            const isLevel = LEVEL_MOVE.test(before) || (!STEP_BEFORE.test(before) && (LEVEL_BEFORE.test(before) || LEVEL_AFTER.test(after) || (a.kind === 'money' && o !== undefined && sameMoney(a) && a.value >= o.value * 0.5)));
            let step;
            if (a.kind === 'money') {
                const measure = `money:${a.currency ?? ''}`;
                if (isLevel) {
                    // Without an opening, the first level is where the ladder starts; a level in another currency is not ours to compare.
                    if (o && !sameMoney(a))
                        continue;
                    if (current === undefined) {
                        current = a.value;
                        continue;
                    }
                    const move = dir * (current - a.value);
                    current = a.value;
                    if (move > 0)
                        step = { measure, size: move, label: `\`${a.raw.trim()}\` (a step of ${fmt(move, a.currency)})`, sizeText: fmt(move, a.currency), at: a, unit: unit.span };
                }
                else {
                    if (current !== undefined && o && sameMoney(a))
                        current -= dir * a.value;
                    step = { measure, size: a.value, label: `\`${a.raw.trim()}\``, sizeText: `\`${a.raw.trim()}\``, at: a, unit: unit.span };
                }
            }
            else {
                const pct = isLevel ? a.value - percentLevel : a.value;
                percentLevel = isLevel ? a.value : percentLevel + a.value;
                if (pct <= 0)
                    continue;
                const pctText = isLevel ? `${Math.round(pct * 100) / 100}%` : `\`${a.raw.trim()}\``;
                const label = isLevel ? `\`${a.raw.trim()}\` (a step of ${pctText})` : pctText;
                if (o) {
                    const money = (o.value * pct) / 100;
                    if (current !== undefined)
                        current -= dir * money;
                    step = { measure: `money:${o.currency ?? ''}`, size: money, label, sizeText: pctText, at: a, unit: unit.span };
                }
                else {
                    step = { measure: 'percent', size: pct, label, sizeText: pctText, at: a, unit: unit.span };
                }
            }
            if (step)
                steps.push(step);
        }
        const lastOf = new Map();
        for (const cur of steps) {
            const prev = lastOf.get(cur.measure);
            lastOf.set(cur.measure, cur);
            if (!prev)
                continue;
            const grows = options.allowEqualSteps ? cur.size > prev.size * (1 + 1e-9) : cur.size >= prev.size * (1 - 1e-9);
            if (grows) {
                report(`Concession ${cur.label} is ${cur.size > prev.size ? 'bigger than' : 'as big as'} the step before it (${prev.sizeText}): plan each step smaller than the last, so the other side sees we are near our limit.`, cur.at);
            }
        }
        if (o && w && comparable(o, w) && current !== undefined && steps.length > 0 && dir * (current - w.value) < 0) {
            const last = ladder[ladder.length - 1];
            const lastLine = plan.statements.find((s) => s.start >= last.unit.span.start && s.start < last.unit.span.end);
            report(`Planned concessions take the opening \`${o.raw.trim()}\` ${side === 'buyer' ? 'up' : 'down'} to ${fmt(current, o.currency)}, past the ${side === 'buyer' ? 'ceiling' : 'walk-away point'} \`${w.raw.trim()}\`: drop or shrink concessions so the ladder stops ${side === 'buyer' ? 'below' : 'above'} it.`, lastLine ? { start: lastLine.start, end: lastLine.end } : last.unit.span);
        }
    },
});
//# sourceMappingURL=concession-ladder.js.map