import { defineRule } from '../engine/rule.js';
import { boundNamedIn, factRow, ourPositions, walkAwayFacts, type Position } from '../engine/plan/positions.js';
import { comparable, type Amount } from '../engine/numbers.js';
import type { Fact, PlanModel, Row } from '../engine/plan/model.js';
import { oneLine } from '../engine/excerpt.js';

interface Options {
  minGapPercent: number;
}

const show = (a: Amount) => `\`${a.raw.trim()}\``;
const round = (n: number) => (n >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

/** Which way the walk-away point bounds us, when its own words say so and say only one way. */
function boundOf(plan: PlanModel, w: Amount): 'upper' | 'lower' | undefined {
  const fact = walkAwayFacts(plan).find((f) => plan.ownAmounts(f).some((a) => a.start === w.start));
  if (!fact) return undefined;
  // Up to the next alternative condition: in "$265 group rate, or an F&B minimum above $340,000" the minimum bounds something else.
  // Only the figure's own sentence: "My bottom line: £50 per unit. … the 60-day wait on cash eat most of the rest" is no cap.
  const after = plan.text.slice(w.end, Math.max(w.end, fact.value.end));
  const cut = /;|\bor\b|[.!?](?=\s|$)/.exec(after);
  const before = plan.text.slice(Math.min(fact.value.start, w.start), w.start);
  const stops = [...before.matchAll(/[.!?](?=\s)/g)];
  const from = Math.min(fact.value.start, w.start) + (stops.length > 0 ? stops[stops.length - 1]!.index! + 1 : 0);
  let clause = plan.text.slice(from, cut ? w.end + cut.index : Math.max(w.end, fact.value.end));
  // The words that lead into the next figure are that figure's: in "£62.50 psf headline, and no more than 12 months rent
  // free" the "no more than" caps the months ("TC USD 45.00/dmt and RC 4.50 ¢/lb (…the highest we accept)" keeps its remark).
  const offset = w.end - from;
  const rest = clause.slice(offset);
  // …a share said in words too: "SEK 470M enterprise value, with no more than a fifth of it in earn-out".
  const nextFigure = /\d|\b(?:a|one|two)\s+(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b|\bhalf\b/i.exec(rest.replace(/^[\d.,'’\s]*/, (m) => ' '.repeat(m.length)));
  if (nextFigure) {
    const joins = [...rest.slice(0, nextFigure.index).matchAll(/,|\band\b|—|–/g)];
    const join = joins[joins.length - 1];
    if (join?.index !== undefined) clause = clause.slice(0, offset + join.index) + ' ' + rest.slice(nextFigure.index);
  }
  return boundNamedIn(`${fact.label.text} ${clause}`);
}

/**
 * Two positions in the same terms, or one written with its period and the other without it at about the same size
 * ("CEILING: $412,000/yr" and "TARGET: $398,000 (flat to this yr)"); never a one-off sum beside a recurring one.
 */
function alike(a: Amount, b: Amount): boolean {
  // "Hard target: R$ 3,6 milhões of flown revenue" beside a fare of R$ 1.690,00: figures that far apart measure
  // different things (a year's total, a unit price), whatever currency they share.
  if (a.value > 0 && b.value > 0 && Math.max(a.value / b.value, b.value / a.value) > 25) return false;
  if (comparable(a, b)) return true;
  if (a.kind !== b.kind || a.currency !== b.currency || (a.unit !== '' && b.unit !== '') || a.unit === 'one-off' || b.unit === 'one-off') return false;
  return a.value > 0 && b.value > 0 && a.value / b.value <= 1.5 && b.value / a.value <= 1.5;
}

/** The walk-away, the target and the opening read from the same table row, for every row that holds all three. */
function rowPositions(plan: PlanModel): { row: Row; rw: Amount; rt: Amount; ro: Amount }[] {
  const found = new Map<Row, { rw?: Amount; rt?: Amount; ro?: Amount }>();
  const add = (f: Fact, key: 'rw' | 'rt' | 'ro') => {
    if (f.source !== 'table' || f.amounts.length === 0) return;
    const row = factRow(plan, f);
    if (!row) return;
    const entry = found.get(row) ?? {};
    entry[key] ??= f.amounts[0];
    found.set(row, entry);
  };
  for (const f of walkAwayFacts(plan)) add(f, 'rw');
  for (const f of plan.factsOf('target')) add(f, 'rt');
  for (const f of plan.factsOf('opening')) add(f, 'ro');
  const out: { row: Row; rw: Amount; rt: Amount; ro: Amount }[] = [];
  for (const [row, { rw, rt, ro }] of found) if (rw && rt && ro) out.push({ row, rw, rt, ro });
  return out;
}

export default defineRule<Options>({
  meta: {
    id: 'walk-away-margin',
    severity: 'error',
    description: 'The walk-away point, target and opening are in the right order, with room between the walk-away point and the target.',
    principle:
      'The walk-away point is the line we refuse to cross, not the place we plan to land. A target set barely past it, or an opening that already gives ground on the target, leaves nothing to trade and invites a deal that is only just acceptable.',
    sources: ['willing-to-walk-away'],
    fix: 'Put the numbers in order — for a seller walk-away < target ≤ opening, for a buyer walk-away > target ≥ opening — and move the target well clear of the walk-away point (by default at least 10%).',
    details:
      'Positions given per line item, in a table with items as rows and opening, target and walk-away as columns, are also checked row by row: each row\'s target against the walk-away in the same row, in money only and only where the row\'s opening lies on the plan\'s side of its walk-away (a row of terms such as payment days or uptime may run either way); a row of days, months or years whose opening, target and walk-away stand in one strict order is checked for room only, in the direction that order gives ("| Payment terms | 30 days | 55 days | 60 days |" leaves 8%). The rule compares the first comparable amounts (same kind, currency and unit: `$310k ARR` is not compared with `$420k` one-off; figures more than 25 times apart, such as a year\'s revenue and a fare, measure different things and are not compared either) of the walk-away point, the target and the opening, wherever they are written — headings, labels, table rows or frontmatter. A plan that edits itself is read at its newest figure: a position restated later ("target revised to R$ 2.480,00/t", "**UPDATE 12.03.:** ceiling raised to € 400.000", "Target goes to A$255k"), a table kept across versions ("| | Feb | Now (12/03) |") at its newest column, and in an email thread that quotes the messages it answers, a position named in the newest message over the same position in an older one; a figure called old ("with the old ceiling of ¥47.0M") states nothing, and a chat message refused by the reply after it ("Open at 440k." ⏎ "No. 440k I can\'t defend…") states no position. Money comes first; bare figures of 1,000 or more count when no currency is given; a percentage counts when it is the rate the position names (a royalty or commission: "Opening ask: 6% of net sales", "my target is 7.5%", "the lowest I\'ll go is 7.25%"), not a discount or a change ("10% off", "a 5% increase"). Amounts of a labelled line nested in another fact (a "Value:" line inside the opening section) belong to that line, not to the section, and a section named for a position gives way to a labelled line or table row of the same position inside it ("## Price objectives" that first quotes their proposal, then "b. Our objective: $124/hr"). A seller needs walk-away < target ≤ opening, a buyer (side: buyer) walk-away > target ≥ opening; an inverted order is an error at the offending target or opening. Three positions that already stand in one strict order say by themselves which way is better — a discount or rebate we give, a fee we pay or a rise we accept runs the other way from a price — so they are not reported as inverted, and only the gap between target and walk-away is checked. A target less than `minGapPercent` away from the walk-away point is a warning at the target. A share said in words after the walk-away figure qualifies that share, not the figure ("SEK 470M enterprise value, with no more than a fifth of it in earn-out").',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minGapPercent: {
          type: 'number',
          minimum: 0,
          description: 'Smallest distance between the walk-away point and the target, in percent of the walk-away point, before the target counts as too close.',
        },
      },
    },
    defaultOptions: { minGapPercent: 10 },
    examples: {
      invalid: [
        {
          title: 'Target below the walk-away point',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $300k ARR\n**Opening:** $480k ARR, list price\n',
        },
        {
          title: 'Target hugging the walk-away point',
          code: '# Globex supply deal\n\n| Position | Value |\n| --- | --- |\n| Floor | €900.000 |\n| Target | €940.000 |\n| Opening | €1,2M |\n',
        },
        {
          title: 'One line item whose target is below its walk-away',
          code: '# Nordhafen licences\n\n**Walk-away:** 160.000 € ARR\n**Target:** 180.000 € ARR\n**Opening:** 202.000 € ARR, price list v2025\n\n| Item | Opening | Target | Walk-away |\n| --- | --- | --- | --- |\n| Pro user | 49,00 € | 44,00 € | 38,00 € |\n| API add-on | 1.900,00 € | 1.600,00 € | 1.750,00 € |\n',
        },
        {
          title: 'A buyer opening above its own target',
          code: '---\nside: buyer\n---\n# Laptop refresh\n\n## Ceiling\n\n€1,2M\n\n## Target\n\n€950.000\n\n## Anchor\n\n€1.000.000\n',
        },
      ],
      valid: [
        {
          title: 'Seller: room on both sides',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n**Opening:** $480k ARR, list price\n',
        },
        {
          title: 'Buyer: ceiling above target above opening',
          code: '---\nside: buyer\ncurrency: EUR\nwalkAway: 1200000\ntarget: 1000000\nopening: 850000\n---\n# Laptop refresh\n\n## Target\n\nA three-year deal at about €1M.\n',
        },
      ],
    },
  },
  check({ plan, report, options, side }) {
    const { walkAway, target, opening } = ourPositions(plan);
    const w = walkAway?.amount;
    const t = target?.amount;
    const o = opening?.amount;

    // dir > 0: more is better for us (seller); dir < 0: less is better (buyer). A walk-away that says which way it
    // bounds overrides the side: a seller's treatment charges ("the highest TC we accept") are paid, so less is better.
    const bound = w ? boundOf(plan, w) : undefined;
    // Three positions in one strict order say by themselves which way is better: a discount, a fee we pay or a
    // price rise we accept runs the other way from a price, and a side read wrong must not turn them all into errors.
    const ordered = w && t && o && comparable(w, t) && comparable(t, o) ? Math.sign(t.value - w.value) : 0;
    const monotone = ordered !== 0 && Math.sign(o!.value - t!.value) === ordered;
    const lessIsBetter = monotone ? ordered < 0 : bound ? bound === 'upper' : side === 'buyer';
    const dir = lessIsBetter ? -1 : 1;
    const above = lessIsBetter ? 'below' : 'above';
    const below = lessIsBetter ? 'above' : 'below';
    const limit = lessIsBetter ? 'ceiling' : 'walk-away point';

    const checkPair = (w: Amount, t: Amount, item = '') => {
      if (dir * (t.value - w.value) < 0) {
        report(`${item}Target ${show(t)} is ${below} the ${limit} ${show(w)}: a ${side}'s target must be ${above} the walk-away point.`, t);
      } else if (w.value > 0) {
        const gap = (dir * (t.value - w.value) * 100) / w.value;
        if (gap < options.minGapPercent) {
          report(
            gap === 0
              ? `${item}Target ${show(t)} equals the ${limit} ${show(w)}: aim at least ${options.minGapPercent}% ${above} it.`
              : `${item}Target ${show(t)} is only ${round(gap)}% ${above} the ${limit} ${show(w)}: aim at least ${options.minGapPercent}% ${above} it.`,
            t,
            { warningOnly: true },
          );
        }
      }
    };
    if (w && t && alike(w, t)) checkPair(w, t);
    // Positions per line item ("| API add-on | 1 | 1.900,00 € | 1.600,00 € | 1.750,00 € |"): each row's target is held to
    // the walk-away in the same row, whichever row the plan's own positions came from.
    // Only money, and only where the row's own opening runs the plan's way from its walk-away: a row of terms (payment days,
    // uptime, a contribution we receive) may run either way.
    for (const { row, rw, rt, ro } of rowPositions(plan)) {
      if ((rw.kind !== 'money' && !(rw.kind === 'number' && rw.value >= 1000)) || !comparable(rw, rt) || !comparable(rw, ro) || Math.sign(ro.value - rw.value) !== dir) continue;
      if (w && t && rw.start === w.start && rt.start === t.start) continue;
      checkPair(rw, rt, `${oneLine(row.cells[0]?.text ?? '').slice(0, 40)}: `);
    }
    // A row of days or months ("| Payment terms | 30 days | 55 days | 60 days |") runs whichever way suits the plan: when its
    // three positions stand in one strict order, that order says which way, and only the room before the walk-away is checked.
    for (const { row, rw, rt, ro } of rowPositions(plan)) {
      if (!/^(?:day|month|year)$/.test(rw.unit) || !comparable(rw, rt) || !comparable(rw, ro) || rw.value <= 0) continue;
      const way = Math.sign(rt.value - rw.value);
      if (way === 0 || Math.sign(ro.value - rt.value) !== way) continue;
      const gap = (Math.abs(rt.value - rw.value) * 100) / rw.value;
      if (gap < options.minGapPercent) {
        const item = `${oneLine(row.cells[0]?.text ?? '').slice(0, 40)}: `;
        report(`${item}Target ${show(rt)} is only ${round(gap)}% from the walk-away point ${show(rw)}: aim at least ${options.minGapPercent}% clear of it.`, rt, { warningOnly: true });
      }
    }

    if (o && t && alike(o, t)) {
      if (dir * (o.value - t.value) < 0) {
        report(`Opening ${show(o)} is ${below} the target ${show(t)}: a ${side} opens at or ${above} the target, or there is nothing left to trade.`, o);
      }
    } else if (o && w && alike(o, w) && dir * (o.value - w.value) <= 0) {
      report(`Opening ${show(o)} is not ${above} the ${limit} ${show(w)}: open ${above} the walk-away point.`, o);
    }
  },
  applies({ plan }) {
    const { walkAway: w, target: t, opening: o } = ourPositions(plan);
    const meet = (a?: Position, b?: Position) => a !== undefined && b !== undefined && comparable(a.amount, b.amount);
    return meet(w, t) || meet(t, o) || meet(w, o);
  },
});
