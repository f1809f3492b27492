import { defineRule } from '../engine/rule.js';
import { plansConcessions } from '../engine/plan/presence.js';
import { ourPositions, positionAmounts, positionRowStarts, walkAwayFacts } from '../engine/plan/positions.js';
import { negatedAt } from '../engine/lexicon/index.js';
import { FIRST_RUNG, NEXT_RUNG } from '../engine/lexicon/words.js';
import { comparable, inCurrencyOf, type Amount } from '../engine/numbers.js';
import type { Cell, Item, PlanModel, Side, Statement } from '../engine/plan/model.js';
import type { Span } from '../engine/text.js';
import { MOVE_CURRENCY, MOVE_SHAPE, OTHER_ITEMS_LEAD, summarisesConcessions, TOTAL_BEFORE, WORTH_AFTER, WORTH_BEFORE } from '../engine/lexicon/shapes.js';
import { dict } from '../engine/dict.js';

interface Options {
  allowEqualSteps: boolean;
}


// "Come down to $450k", "8% off list in total": a new price level rather than a step.
const LEVEL_MOVE = /\b(?:go|goes|going|come|comes|coming|move|moves|moving|step|drop|drops|dropping|reduce|reducing|lower|lowering|raise|raising|increase|increasing|bring|bringing|cut|take)\s+(?:(?:it|the price|our offer|the offer|our price|our bid)\s+)?(?:up\s+|down\s+)?to\s*:?\s*$/i;
const LEVEL_BEFORE = /\b(?:to|at|meet at|settle at|land at|total|overall|cumulative(?:ly)?|in total)\s*:?\s*$/i;
const LEVEL_AFTER = /^\s*(?:off (?:the )?list|from list|below list|under list|in total|total|overall|cumulative|all[- ]in|discount in total)\b/i;
// "Up to $5,000 off AV": a cap on a step, not a level the price moves to.
const UP_TO_OFF = /\bup\s+to[\s:]*\u0000\s*(?:off|discount|rebate|reduction|less|cheaper)\b/i;
const STEP_BEFORE = /\b(?:extra|another|additional|further|more|plus|a further|by)\s*$|\+\s*$/i;


interface Step {
  /** Comparison key: steps are compared only with steps of the same measure. */
  measure: string;
  size: number;
  /** How the step is shown in messages. */
  label: string;
  /** Its size in words, for the message about the next step. */
  sizeText: string;
  at: Span;
  unit: Span;
}


/** One planned concession: a list item or table row in the concessions part of the plan. */
interface Unit {
  span: Span;
  /** Where its "give" half stands (amounts there size the concession). */
  give: Span[];
  /** The item's "get" half has begun: its later sentences are about what we ask for. */
  closed: boolean;
  depth: number;
  /** A table row (its Give column holds the step). */
  row?: boolean;
  /** A rung of a ladder told in one sentence ("first 10 € for…, then 25 € for…"): a step by the way it is told. */
  rung?: boolean;
  /** A step told in a line of prose, not a list item or table row. */
  told?: boolean;
}

// A signed move: "+€2k", "−£0.10", "- $5".
const SIGNED_MOVE = /(?:^|[\s(:])[+−]\s?(?:[$€£¥₹₩]|[A-Z]{3}\s)?\s?\d/;

// One step of an arrow chain: a signed amount first ("-€1,500 (18 mo term)", "+$0.20"), after a label at most.
// A list item that opens on a signed move of money: "+£500 (to £20,000) if…", "−$8k ARR for…".
// "plus $6,000 a year if…", "minus €2k if…": the sign said in a word.
const SIGNED_LEAD = new RegExp(`^(?:[+−]|(?:plus|minus)\\s)\\s?${MOVE_CURRENCY}?\\s?\\d`, 'i');
const CHAIN_STEP = /^[^\d\n]{0,40}?(?:^|[\s(:])[-+−]\s?(?:[$€£¥₹₩]|[A-Z]{3}\s?)?\d/;

// "Rollout: $2 off…", "**Site B:** +€0.40…": the thing a line of steps prices, named before a colon. Not a step's own
// name ("Step 2:", "First move:", "Give:").
const LADDER_NAME = /^[ \t]{0,8}(?:[-+*][ \t]|\d{1,2}[.)][ \t])?[*_]{0,2}(\p{L}[\p{L}\d /&'-]{1,30}?)[*_]{0,2}:\s/u;
const STEP_NAME = /^(?:steps?|stufe|schritt|moves?|rounds?|concessions?|gives?|trades?|offers?|options?|levels?|tiers?|rungs?|first|second|third|fourth|then|next|finally|if\b|ask|get|we give|in return|plus|also|and|or|note|total|max(?:imum)?|min(?:imum)?)\b/i;
// "| 1 | almacenaje +$ 60 → $ 1.210 | …": a cell that names what it prices before its signed move.
const PRICED_NAME = /\|\s*(\p{L}[\p{L}\d '’-]{1,30}?)\s+[+−–]\s?(?:[$€£¥₹₩]|[A-Z]{1,3}\$?)?\s?\d/u;
/** What a row's move prices, named before its sign, in lower case; '' when the move stands alone or names a step. */
function pricedName(plan: PlanModel, row: Span): string {
  const name = PRICED_NAME.exec(plan.text.slice(row.start, row.end))?.[1]?.trim() ?? '';
  return STEP_NAME.test(name) ? '' : name.toLowerCase();
}
// A name the plan itself reads as a concession ("Primeira descida:", "Zweiter Schritt:") names the step, not what it prices.
function namedLadder(plan: PlanModel, unit: Span): boolean {
  const lineStart = plan.text.lastIndexOf('\n', unit.start) + 1;
  const m = LADDER_NAME.exec(plan.text.slice(lineStart, unit.end));
  if (m === null || STEP_NAME.test(m[1]!.trim())) return false;
  return !plan.facts.some((f) => f.concept === 'concessions' && f.source !== 'heading' && f.label.start >= lineStart && f.label.end <= lineStart + m[0].length);
}

/** The spans of a statement between the matches of a global `separator`. */
function partsBetween(st: Statement, separator: RegExp): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of st.text.matchAll(separator)) {
    out.push({ start: st.start + from, end: st.start + m.index! });
    from = m.index! + m[0].length;
  }
  out.push({ start: st.start + from, end: st.end });
  return out;
}

/**
 * "I'll come down in three goes: £20 off first if…, then £40 off if…, then £70 off if…": a ladder told in one
 * sentence, one rung per "then" — only when two or more parts hold money and the sentence names what we get.
 */
// "first", "then" and their twins in the plan's languages, as whole words.
const FIRST_WORD = new RegExp(String.raw`(?<![\p{L}])${FIRST_RUNG}(?![\p{L}])`, 'iu');
const NEXT_WORD = new RegExp(String.raw`(?<![\p{L}])${NEXT_RUNG}(?![\p{L}])`, 'iu');
const NEXT_SPLIT = new RegExp(String.raw`[,;]?[ \t\n]{1,8}(?:(?:and|und|et|y|e|en|och|og|ja|i|a)[ \t\n]{1,8})?${NEXT_RUNG}(?![\p{L}])[ \t\n,]{1,8}`, 'giu');

function thenRungs(plan: PlanModel, st: Statement): Span[] {
  // "nejdřív +40 Kč (za 60denní splatnost), pak +70 Kč (…)": signed moves name the steps where no word of exchange does.
  if (!FIRST_WORD.test(st.text) || !NEXT_WORD.test(st.text)) return [];
  const out = partsBetween(st, NEXT_SPLIT);
  const signed = out.filter((r) => SIGNED_MOVE.test(plan.text.slice(r.start, r.end))).length >= 2;
  if (!plan.tags.has(st, 'get') && !signed) return [];
  // The lead-in before the first rung ("we move in three steps, each against something: first 10 € …") starts at "first".
  const first = FIRST_WORD.exec(st.text)!;
  const money = plan.amountsIn(out[0]!).find((a) => a.kind === 'money');
  if (money && st.start + first.index < money.start) out[0] = { start: st.start + first.index, end: out[0]!.end };
  const rungs = out.filter((r) => plan.amountsIn(r).some((a) => a.kind === 'money'));
  return rungs.length >= 2 ? rungs : [];
}

/** The parts of one line that each hold a signed move, split at " / " or ";" — only when there are two or more. */
function inlineRungs(plan: PlanModel, st: Statement): Span[] {
  const told = thenRungs(plan, st);
  if (told.length > 0) return told;
  // "-€1,500 (18 mo term) → -€2,500 (case study) → -€4,000 (quarterly upfront)": signed steps chained by arrows, each
  // part opening on its own sign (an arrow between a give and a get has no sign after it).
  const chained = partsBetween(st, /\s(?:→|->|=>)\s/g);
  if (chained.length >= 3 && chained.every((r) => CHAIN_STEP.test(plan.text.slice(r.start, r.end)))) return chained.map((r) => ({ start: r.start + (plan.text.slice(r.start, r.end).search(/[-+−]/)), end: r.end }));
  if (!/\s[/;]\s|;/.test(st.text)) return [];
  const out = partsBetween(st, /\s\/\s|;\s*/g);
  const rungs = out.filter((r) => SIGNED_MOVE.test(plan.text.slice(r.start, r.end)) && plan.amountsIn(r).some((a) => a.kind === 'money'));
  return rungs.length >= 2 ? rungs : [];
}

// A step named by its number, in the plan's language: "Step 2", "Stage 3", "Passo 1", "Schritt 2", "Krok 3".
const STEP_NUMBER = String.raw`(?:step|stage|move|rung|round|passo|paso|schritt|stufe|étape|etape|palier|krok|stap|trede|degrau|escalón|escalon|gradino|steg|trin|askel)\s*\d{1,2}\b`;
const STEP_MARKER = new RegExp(String.raw`^\s*(?:\d{1,2}[.)]\s+)?${STEP_NUMBER}`, 'i');
const STEP_TERM = new RegExp(String.raw`^\s*[*_]{0,2}${STEP_NUMBER}[*_]{0,2}\s*[:.]?\s*$`, 'i');

/** A list item that gives nothing (a running total, a floor check) is not a step; rows keep their Give column. */
function givesSomething(plan: PlanModel, unit: Unit): boolean {
  if (unit.row || unit.rung) return true;
  // "Step 2: £0.60 per case – in return for…": a numbered step with a price is a step.
  if (STEP_MARKER.test(plan.text.slice(unit.span.start, unit.span.end)) && plan.amountsIn(unit.give[0] ?? unit.span).some((a) => a.kind === 'money' || a.kind === 'percent')) return true;
  if (unit.give.some((g) => MOVE_SHAPE.test(plan.text.slice(g.start, g.end)))) return true;
  // "1. $0.50 per case → they take the club size": a figure alone before what we get is what we give.
  const give = unit.give[0];
  if (give && give.end < unit.span.end) {
    const lead = plan.amountsIn(give)[0];
    if (lead && lead.kind === 'money' && !/\p{L}{3}/u.test(plan.text.slice(give.start, lead.start).replace(/^\s*(?:\d{1,2}[.)]|[-*+•])\s*/, '')) && !/\p{L}{3}/u.test(plan.text.slice(lead.end, give.end).replace(PER_AFTER, ''))) return true;
  }
  // A rung of a ladder told in one sentence is a part of that sentence: read the part itself.
  const own: Statement = { start: unit.span.start, end: unit.span.end, text: plan.text.slice(unit.span.start, unit.span.end), kind: 'prose', isQuestion: false };
  if (plan.tags.has(own, 'give') || plan.tags.has(own, 'price-cut')) return true;
  return plan.statements.some(
    (st) => st.start >= unit.span.start && st.start < unit.span.end && (plan.tags.has(st, 'give') || plan.tags.has(st, 'price-cut')),
  );
}

/** A title or column header about what we get ("Get", "In return", "What we ask for", "They give"), by the lexicon. */
function aboutGets(plan: PlanModel, start: number, text: string): boolean {
  const st: Statement = { start, end: start + text.length, text, kind: 'prose', isQuestion: false };
  const gets = plan.tags.hits(st, 'get').filter((h) => !h.negated);
  if (gets.length === 0) return false;
  return !plan.tags.has(st, 'give') || gets.some((g) => g.to - g.from > 1);
}

const hasGiveGetHeader = (plan: PlanModel, header: readonly Cell[]) =>
  header.some((h) => aboutGets(plan, h.start, h.text)) &&
  header.some((h) => !aboutGets(plan, h.start, h.text) && plan.tags.has({ start: h.start, end: h.end, text: h.text, kind: 'prose', isQuestion: false }, 'give'));

const ALTERNATIVES_COLUMN = /^\s*(?:options?|packages?|variants?|scenarios?|offers?|bundles?|choices?|meso|tiers?)\b/i;

// "5.1 Increase the fee by GBP 150…": a numbered paragraph is a concession written without list syntax.
// "a) First move: up to £22.40 (+£0.80)…": an outline's lettered line is one too.
// "• Step 1: 41.000 → 41.800 EUR…": a bullet typed by hand in a word processor is a list item too.
// "1. …", "(a) …", "• …", and a step named by its number: "Step 2: −$500 more for annual invoicing", "Stage 3 (added 09-Dec): …".
const NUMBERED = new RegExp(String.raw`^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-h][.)]|\(\d{1,2}\)|[•·▪◦‣]|${STEP_NUMBER}[^:\n]{0,24}:)\s+\S`, 'i');

/** "Step 2" ⏎ ": 3.5% off → …": the definition of a step in a definition list, its term on the line above. */
function definesStep(plan: PlanModel, st: Statement): boolean {
  const lineStart = plan.text.lastIndexOf('\n', st.start - 1) + 1;
  if (!/^[ \t]*:[ \t]/.test(plan.text.slice(lineStart, st.end))) return false;
  const termStart = plan.text.lastIndexOf('\n', lineStart - 2) + 1;
  return STEP_MARKER.test(plan.text.slice(termStart, lineStart - 1));
}

// Parts of a plan that hold no steps of our ladder, however they talk about price.
const OTHER_PARTS = ['alternative', 'price-challenge', 'counterpart-alternative', 'counterpart-walk-away', 'counterpart-opening'] as const;

const rootItem = (item: Item): Item => (item.parent ? rootItem(item.parent) : item);

/** The line right above the list that holds the item starting at `start` (the list's lead-in), or '' when none. */
function listLeadIn(plan: PlanModel, start: number): string {
  let pos = plan.text.lastIndexOf('\n', start - 1) + 1;
  for (let guard = 0; pos > 0 && guard < 500; guard++) {
    const lineStart = plan.text.lastIndexOf('\n', pos - 2) + 1;
    const line = plan.text.slice(lineStart, pos - 1);
    if (!/^\s*(?:[-*+•]|\d{1,2}[.)])\s/.test(line) && !/^\s{2,}\S/.test(line)) return line;
    pos = lineStart;
  }
  return '';
}

function concessionUnits(plan: PlanModel): Unit[] {
  const byKey = new Map<object, Unit>();
  const order: object[] = [];
  const getColumns = new Map<number, Set<number>>();
  const statements = [...plan.statementsIn('concessions')];
  // Each part of a ladder told on one line is a unit of its own; `rung` marks those told as "first …, then …".
  const addRungs = (rungs: readonly Span[], rung: boolean): void => {
    for (const span of rungs) {
      order.push(span);
      byKey.set(span, { span, give: [giveSpan(plan, span.start, plan.text.slice(span.start, span.end))], closed: true, depth: 0, told: true, ...(rung ? { rung } : {}) });
    }
  };
  // Give/get tables anywhere in the plan are concession ladders too ("| Step | Give | Get |"), except a table of offers laid side by side (a first column named Option, Package, Tier or MESO), which lists alternatives, not steps.
  const inScope = new Set(statements);
  // Offers laid side by side ("| Option | … |", a MESO, packages A/B/C) are alternatives they choose between, not steps
  // made one after another: their prices are no ladder.
  for (const st of plan.statements) {
    if (st.row && !st.row.isHeader && !inScope.has(st) && hasGiveGetHeader(plan, st.row.header) && !ALTERNATIVES_COLUMN.test(st.row.header[0]?.text ?? '')) statements.push(st);
  }
  statements.sort((x, y) => x.start - y.start);
  const openingStarts = plan.factsOf('opening').filter((f) => f.source === 'sentence' || f.source === 'label').map((f) => f.label.start);
  // A paragraph of labelled lines ("Opening: … ⏎ Where I want to end up: … ⏎ Floor is …") ends the opening at the next
  // label of another part.
  const otherLabels = plan.facts.filter((f) => f.source === 'label' && f.concept !== 'opening').map((f) => f.label.start);
  const inOpeningParagraph = (st: Statement) =>
    openingStarts.some(
      (at) => at < st.end && !/\n[ \t]*\n/.test(plan.text.slice(Math.min(at, st.start), Math.max(at, st.start))) && !otherLabels.some((l) => l > at && l < st.start),
    );
  const positionRows = positionRowStarts(plan);
  // The items of one list share its lead-in: read it once per list.
  const leadIns = new Map<number, boolean>();
  const setApart = (listStart: number): boolean => {
    let apart = leadIns.get(listStart);
    if (apart === undefined) leadIns.set(listStart, (apart = OTHER_ITEMS_LEAD.test(listLeadIn(plan, listStart))));
    return apart;
  };
  for (const said of statements) {
    // "[14/05/2025 21:24] Mariana Costa: 1) +R$ 20.000,00 …": a chat message is read after the name of its writer.
    const words = said.kind === 'prose' ? said.message?.wordsFrom : undefined;
    const st: Statement = words !== undefined ? { ...said, start: words, text: said.text.slice(words - said.start) } : said;
    const numbered = st.kind === 'prose' && (NUMBERED.test(plan.text.slice(st.start, st.end)) || definesStep(plan, st));
    // "conc. ladder (per ep): +€2k (→ ask …) / +€4k (→ ask …) / +€7k (→ ask …)": rungs written on one line, one per part.
    if (st.kind === 'prose' && !numbered) {
      // "Best and final: S$257,800… The offer applies two things: a 12% conversion credit…, 2% for paying in advance":
      // moves told in the opening's own paragraph say how the number was built, not steps down from it.
      if (!inOpeningParagraph(st)) addRungs(inlineRungs(plan, st), false);
      continue;
    }
    if (st.kind !== 'item' && st.kind !== 'row' && !numbered) continue;
    // "Other items (not price steps):" ⏎ "- Docking stations: 520,00 zł…": a list set apart from the steps holds no step.
    if (st.kind === 'item' && st.item && setApart(rootItem(st.item).start)) continue;
    // "| Ceiling | 15,400 |" in a "Position and concessions" part: a row that states a position is no step.
    if (st.row?.isHeader || (st.row && positionRows.has(st.row.start))) continue;
    // A part about what we get lists gets, not steps; the document's title ("Bursa Filtre → Kingsway") names the deal, whatever its arrow.
    const title = st.section !== undefined && st.section.index === 0 && st.section.depth === 1;
    if (st.section && !title && st.section.concepts.length === 0 && aboutGets(plan, st.section.titleSpan.start, st.section.title)) continue;
    const key: object = st.row ?? st.item ?? st;
    let unit = byKey.get(key);
    if (!unit) {
      unit = { span: st.row ? { start: st.row.start, end: st.row.end } : { start: st.start, end: st.end }, give: [], closed: false, depth: st.item?.depth ?? 0, row: Boolean(st.row) };
      byKey.set(key, unit);
      order.push(key);
    }
    if (st.row) {
      const row = st.row;
      if (!getColumns.has(row.table)) {
        getColumns.set(row.table, new Set(row.header.map((h, i) => (aboutGets(plan, h.start, h.text) ? i : -1)).filter((i) => i >= 0)));
      }
      const skip = getColumns.get(row.table)!;
      row.cells.forEach((cell, i) => {
        if (skip.has(i)) return;
        unit!.give.push(giveSpan(plan, cell.start, plan.text.slice(cell.start, cell.end)));
      });
    } else if (!unit.closed) {
      const span = giveSpan(plan, st.start, st.text);
      unit.give.push(span);
      unit.closed = span.end < st.end;
    }
  }
  // A plan written in prose ("Our first step, if needed, is a further £0.50 per sq ft, in exchange for…") climbs its
  // ladder in sentences: with no concessions part, each sentence that moves on price and names what we get is a step.
  if (order.length === 0) {
    // "**If he comes back:**" ⏎ "- +£500 (to £20,000) if he throws in the gas bottles" ⏎ "- +£1,500 (to £21,500) if…": a list
    // of signed moves of our price is a ladder, whatever its title.
    // In a chat the moves may be lines of their messages: "[21/7/25, 7:46 pm] Bec: +$25k if he signs a 5-year restraint…".
    const wordsOf = (st: Statement): Statement => (st.message ? { ...st, start: st.message.wordsFrom, text: st.text.slice(st.message.wordsFrom - st.start) } : st);
    const opensLine = (st: Statement) => /^[ \t>]*$/.test(plan.text.slice(plan.text.lastIndexOf('\n', st.start - 1) + 1, st.start));
    const moves = plan.statements
      .filter(
        (st) =>
          ((st.kind === 'item' && st.item !== undefined && st.start <= st.item.start + 6) || (st.kind === 'prose' && (st.message !== undefined || opensLine(st)))) &&
          SIGNED_LEAD.test(wordsOf(st).text) && plan.amountsIn(st).some((a) => a.kind === 'money') &&
          !OTHER_PARTS.some((c) => plan.within(st.start, c)) && !inOpeningParagraph(st),
      )
      .map(wordsOf);
    if (moves.length >= 2) {
      for (const st of moves) {
        order.push(st);
        byKey.set(st, { span: { start: st.start, end: st.end }, give: [giveSpan(plan, st.start, st.text)], closed: true, depth: st.item?.depth ?? 0 });
      }
    }
  }
  if (order.length === 0) {
    for (const st of plan.statements) {
      if (st.kind !== 'prose' || inOpeningParagraph(st)) continue;
      const told = thenRungs(plan, st);
      if (told.length > 0 && !(st.section && st.section.concepts.length > 0 && !st.section.concepts.includes('concessions'))) {
        addRungs(told, true);
        continue;
      }
      if (!plan.tags.has(st, 'price-cut') || !plan.tags.has(st, 'get')) continue;
      // A price answer or a relationship fix in its own part of the plan is not a step of the ladder.
      if (st.section && st.section.concepts.length > 0 && !st.section.concepts.includes('concessions')) continue;
      // The give half runs from the price move to the first word of exchange after it ("if needed" before the move is no get).
      const cut = plan.tags.hits(st, 'price-cut').find((h) => !h.negated)!;
      // "On the arrears, Sipho asked for 30% off", under "If we walk": their ask, or a cut in another part, is no step of ours.
      if (['they', 'named'].includes(plan.tags.speaker(st, cut) ?? '') || OTHER_PARTS.some((c) => plan.within(st.start, c))) continue;
      const get = plan.tags.hits(st, 'get').find((h) => !h.negated && h.start >= cut.end);
      const span = { start: cut.start, end: get ? get.start : st.end };
      if (plan.amountsIn(span).length === 0) continue;
      order.push(st);
      byKey.set(st, { span: { start: st.start, end: st.end }, give: [span], closed: true, depth: 0, told: true });
    }
  }
  return order.map((k) => byKey.get(k)!);
}

/** The part of a concession's text before its "get" half begins. */
// An arrow to the next figure, right after a figure ("→ S$184", "-> + € 0,33"), and right before one ("176 → S$").
const ARROW_NEXT = new RegExp(`^\\s*(?:→|->|=>)\\s*[+−]?\\s?${MOVE_CURRENCY}?\\s?\\d`);
const SIGNED_ARROW_NEXT = new RegExp(`^\\s*(?:→|->|=>)\\s*[+−]`);
const ARROW_END = new RegExp(`(?:→|->|=>)\\s*[+−]?\\s?${MOVE_CURRENCY}?\\s*$`);
const ARROW_BEFORE = new RegExp(`\\d[^→\\n]{0,12}(?:→|->|=>)\\s*[+−]?\\s?${MOVE_CURRENCY}?\\s*$`);
// Scale words written after a figure ("R62 million", "₹3.4 crore").
const SCALE_WORDS = 'million|millions|mn|mio|mln|billion|bn|lakh|crore|cr';
// The arrow and the figure it leads to, in any currency written before it ("→ R60,5 million").
const ARROW_TO_FIGURE = new RegExp(`^\\S+\\s*${MOVE_CURRENCY}?\\s?\\d`);
// The figure before the arrow may carry its currency or its scale after it ("0,29 € → 0,31 €", "620 000 zł → 590 000 zł",
// "R62 million → R60,5 million").
const FROM_TO_ARROW = new RegExp(`\\d[^\\s→]{0,6}(?:[ \\t]?(?:[$€£¥₹₩₫₺₴₦₱]|[A-Z]{3}|zł|Kč|kr|lei|Ft|${SCALE_WORDS}))?\\s*$`);

// Only a scale word between a figure and its arrow: "€62 million → …".
const SCALE_BETWEEN = new RegExp(`^\\s*(?:${SCALE_WORDS}|thousand)\\.?\\s*$`, 'i');

/** A money amount or a percentage ends right before `at` ("CHF 198 → 195"), not a ratio or a count ("instead of 30/70 → $40,000 off"). */
function moneyBefore(plan: PlanModel, start: number, at: number): boolean {
  const last = plan.amountsIn({ start, end: at }).at(-1);
  // A percentage price moves the same way ("12.5% → 11.5%").
  // "€62 million → €60,5 million": a scale word may stand between the figure and the arrow.
  return last !== undefined && (last.kind === 'money' || last.kind === 'percent' || (last.kind === 'number' && /[.,]\d{1,2}$|\d[.,' ]\d{3}$/.test(last.raw.trim()))) && (at - last.end <= 3 || SCALE_BETWEEN.test(plan.text.slice(last.end, at)));
}

/**
 * The part of a concession's text before its "get" half begins: the first word of exchange the
 * lexicon knows (`get`: "in exchange for", "if they sign", "→"). An arrow between two amounts
 * ("€140 → €143") is a move from one level to the next, not the get.
 */
function giveSpan(plan: PlanModel, start: number, text: string): Span {
  const st: Statement = { start, end: start + text.length, text, kind: 'prose', isQuestion: false };
  for (const h of plan.tags.hits(st, 'get')) {
    const rel = h.start - start;
    // "If they drop the printed album: NZ$6,800 → NZ$6,600": the condition first, the give after its colon.
    if (/^[\s\-*+•|]*$/.test(text.slice(0, rel)) && /^(?:if|once|provided|when|as long as)\b/i.test(text.slice(rel))) {
      const colon = text.indexOf(':', rel);
      if (colon > 0) return { start: start + colon + 1, end: start + text.length };
      // "If Nimbus guarantees a 10-day replacement, then we move from ₹18,000 to ₹19,500": the give after "then we".
      const then = /,\s*(?:then\s+)?(?:we|i)\b/i.exec(text.slice(rel));
      if (then) return { start: start + rel + then.index + 1, end: start + text.length };
    }
    // An arrow is not negated by the words before it ("instead of 30/70 → $40,000 off"): it pairs the halves whatever they say.
    if (h.negated && !/^(?:→|->|=>)/.test(text.slice(rel))) continue;
    // "step 1: → ₹66 (−₹2)": an arrow right after a label points to the level, not to a get.
    if (/^(?:→|->|=>)/.test(text.slice(rel)) && /:\s*$/.test(text.slice(0, rel))) continue;
    if (/^(?:→|->|=>)/.test(text.slice(rel)) && FROM_TO_ARROW.test(text.slice(0, rel)) && ARROW_TO_FIGURE.test(text.slice(rel)) && moneyBefore(plan, start, h.start)) continue;
    return { start, end: h.start };
  }
  return { start, end: start + text.length };
}

// "Roll over up to 10 % unused credits": a share of what is left unused is no step in the price either.
const OTHER_BASE_AFTER = /^\s*(?:sla\s+|service\s+)*(?:unused|credit|credits|cap|retention|deposit|royalty|royalties|commission|share|interest|penalty|penalties|liability|uptime|availability|utili[sz]ation|occupancy|of (?:the )?(?:volume|units|fleet|seats|spend)|(?:[\w-]+\s+){0,2}(?:overage|overages|surcharge|surcharges|uplift|escalation|indexation))\b/i;
const LEVEL_COLUMN = /\b(?:move|moves|go|goes|come|comes|raise|lower)\s+(?:up\s+|down\s+)?to\b|\b(?:new|resulting)\s+(?:price|rate|level|fee)\b|\b(?:price|rate|level)\s+after\b/i;

/** Whether an amount stands in a table column named for the levels the steps reach ("We move to", "New price"). */
function levelColumn(plan: PlanModel, unit: Unit, a: Amount): boolean {
  if (!unit.row) return false;
  const row = plan.rows.find((r) => r.start === unit.span.start);
  const i = row?.cells.findIndex((c) => a.start >= c.start && a.end <= c.end) ?? -1;
  return i >= 0 && LEVEL_COLUMN.test(row!.header[i]?.text ?? '');
}

const POINTS_AFTER = /^\s*(?:pts?|points?|bps?|basis points|pp|percentage points)\b/i;
// "£0.62 pick fee stays" keeps a figure; "+$10k if Graham stays on 3 months" is a condition on someone else.
const KEPT_AFTER = /^\s*(?!(?:if|when|once|provided|unless|as long as)\b)(?:[\p{L}-]+\s+){0,3}(?:stays|stay|remains|remain|unchanged|holds|is held|is fixed|as is|as today)\b/u;

// A cost, fee or charge named just before a percentage, and waived or cut by it: the percentage is of that base.
const OTHER_BASE = /\b(?:cost|costs|fee|fees|charge|charges|deposit|rent|freight|shipping|setup|set-up|installation|onboarding|training|support|maintenance)\s+(?:waived|discounted|reduced|cut|halved|at)\s*$/i;

/** The size of a concession: its first money amount, or a percentage that moves the price. */
function sizeOf(plan: PlanModel, unit: Unit): { amount: Amount; arrowed?: boolean } | undefined {
  let grouped: { amount: Amount; arrowed: boolean } | undefined;
  for (const g of unit.give) {
    if (g.end <= g.start) continue;
    const text = plan.text.slice(g.start, g.end);
    const st: Statement = { start: g.start, end: g.end, text, kind: 'prose', isQuestion: false };
    const tokens = plan.tags.tokens(st);
    // A percentage sizes a step only where the lexicon reads a price move for our side ("5% off", "raise our offer by 3%"),
    // not "30% upfront".
    // The percentage must stand in the move itself ("5% off"), not elsewhere in the give ("SSO at no extra fee … a volume
    // drop over 20 %").
    const cuts = plan.tags.hits(st, 'price-cut').filter((h) => !h.negated);
    const moves = (a: Amount) => cuts.some((h) => a.end >= h.start - 12 && a.start <= h.end + 12);
    const amounts = plan.amountsIn(g);
    for (const [k, a] of amounts.entries()) {
      // "We will not go to 10% off" is a line we hold, not a step we plan.
      const at = tokens.findIndex((t) => t.end > a.start);
      if (at >= 0 && negatedAt(tokens, at)) continue;
      // "Move from £222,000 to £230,000", "€140 → €143": the level we move to, not the one we leave.
      if (/\bfrom\s*$/i.test(plan.text.slice(Math.max(g.start, a.start - 8), a.start))) continue;
      // "Free onboarding (worth ₹3,60,000)", "write off the overage hours (about $6,200)": what a give is worth is not a step in the price.
      if (WORTH_BEFORE.test(plan.text.slice(Math.max(g.start, a.start - 24), a.start)) || WORTH_AFTER.test(plan.text.slice(a.end, a.end + 16))) continue;
      // "£0.62 pick fee stays": a figure we keep is no step.
      if (KEPT_AFTER.test(plan.text.slice(a.end, a.end + 40))) continue;
      if (TOTAL_BEFORE.test(plan.text.slice(Math.max(g.start, a.start - 16), a.start).replace(/[$€£¥₹₩]\s?$/, ''))) continue;
      const signed = /[+−]\s?[$€£¥₹₩]?\s?$/.test(plan.text.slice(Math.max(0, a.start - 3), a.start)) || /^[+−]/.test(a.raw.trim());
      // "S$176 → S$184 pp", "+ € 0,25 → + € 0,33": the level we leave, before the one we move to.
      if ((!signed || SIGNED_ARROW_NEXT.test(plan.text.slice(a.end, a.end + 16))) && ARROW_NEXT.test(plan.text.slice(a.end, a.end + 16))) continue;
      // "$12,800 to $13,100": the level we leave, written before the one we move to.
      // "Rs 3,100 to Rs 3,050", "CHF 410 to CHF 395": a currency written in letters too.
      if (!signed && /^\s+(?:down\s+|up\s+)?to\s+(?:[$€£¥₹₩₦₱₺]|Rs\.?|[A-Z]{1,3}\$?)\s?\d/.test(plan.text.slice(a.end, a.end + 16))) continue;
      // "eighty-four down to eighty-two": the same, said aloud.
      const next = amounts[k + 1];
      if (!signed && next && /^\s+(?:down\s+|up\s+|back\s+)?to\s+$/i.test(plan.text.slice(a.end, next.start))) continue;
      if (a.kind === 'money') return { amount: a };
      // "+2.5 pts", "+15 bps": a signed step in points of a rate.
      if (a.kind === 'number' && signed && POINTS_AFTER.test(plan.text.slice(a.end, a.end + 16))) return { amount: { ...a, kind: 'percent' } };
      // "10% SLA credit cap", "5% retention": a percentage of something else named after it is no step in our price.
      if (a.kind === 'percent' && !signed && OTHER_BASE_AFTER.test(plan.text.slice(a.end, a.end + 30))) continue;
      // "Cage cost waived 50%": a percentage of something else named before it moves that thing, not our price.
      // "+0.5% (to 4.5%) — in return for…": a signed percentage that opens the step is the step, in the price's own points.
      // (A step that also names its money, "−1.5% (≈35k)", is sized in money.)
      const opensStep = signed && /^[\s\d.)*_+−-]*$/.test(plan.text.slice(g.start, a.start)) && !amounts.some((m) => m.kind === 'money');
      if (a.kind === 'percent' && (moves(a) || opensStep) && (signed || !OTHER_BASE.test(plan.text.slice(Math.max(g.start, a.start - 30), a.start)))) return { amount: a };
      // "1. −0,06 (queda en 4,24) si firman…": a signed figure with decimals that opens the step is a move in the price's own
      // currency, written without it (not "+12 months", which counts something else).
      if (a.kind === 'number' && opensStep && /[.,]\d{1,2}$/.test(a.raw.trim()) && /^\s*(?:[(→,;:—–]|->|$)/.test(plan.text.slice(a.end, a.end + 4))) return { amount: a };
      // "12.5% → 11.5%": the level a percentage price moves to; "2.60 → 2.70": a price written without its currency.
      const arrowed = /(?:→|->|=>)\s*$/.test(plan.text.slice(Math.max(g.start, a.start - 4), a.start));
      if (arrowed && (a.kind === 'percent' || (a.kind === 'number' && /[.,]\d{1,2}$/.test(a.raw.trim())))) return { amount: a, arrowed: true };
      // "8,500,000 → 8,200,000": a grouped figure is a price too, unless the step is also written in money ("| 4,450 → 4,350 | −$100 |").
      if (arrowed && !grouped && a.kind === 'number' && /\d[.,' ]\d{3}$/.test(a.raw.trim())) grouped = { amount: a, arrowed: true };
    }
  }
  return grouped;
}

// The unit an amount is priced in, read from the words after it when the number parser kept none:
// "$0.95 per merchant", "+£0.50 psf", "€1.46/km", "+$3 a cover", "one-off € 3.900".
const PER_AFTER = /^\s*(?:\/\s*|per\s+|pro\s+|par\s+|an?\s+|each\s+)(sq\.?\s?ft|sq\.?\s?m|[a-z]+)/i;
const ONE_OFF = /\b(?:one[- ]off|one[- ]time|once|lump[- ]sum|set[- ]?up fee|upfront fee|sign[- ]on|signing bonus|relocation|allowance)\b/i;
const UNIT_WORDS = dict<string>({
  mo: 'month', mth: 'month', months: 'month', yr: 'year', years: 'year', annum: 'year', pa: 'year', hr: 'hour', hrs: 'hour', h: 'hour',
  psf: 'sq ft', sqft: 'sq ft', 'sq ft': 'sq ft', 'sq. ft': 'sq ft',
});

function unitOf(plan: PlanModel, a: Amount): string {
  if (a.unit) return a.unit;
  const after = plan.text.slice(a.end, a.end + 24);
  // Only the figure's own line: "…so onboarding runs once." ends the step before it.
  const before = plan.text.slice(Math.max(0, a.start - 16, plan.text.lastIndexOf('\n', a.start - 1) + 1), a.start);
  if (ONE_OFF.test(before) || /^\s*(?:one[- ]off|one[- ]time)\b/i.test(after)) return 'one-off';
  if (/^\s*(?:p\.\s?a\.?|pa)\b/i.test(after)) return 'year';
  if (/^\s*psf\b/i.test(after)) return 'sq ft';
  const m = PER_AFTER.exec(after);
  if (!m) return '';
  const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  return UNIT_WORDS[w] ?? w.replace(/s$/, '');
}

// Prices per unit are small ("EUR 0.03" a part): cents are kept below 100, whole units above.
const fmt = (value: number, currency?: string) =>
  `${currency ? `${currency} ` : ''}${(Math.abs(value) < 100 ? Math.round(value * 100) / 100 : Math.round(value)).toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

export default defineRule<Options>({
  meta: {
    id: 'concession-ladder',
    severity: 'warn',
    description: 'Sized concessions shrink step by step and never add up past the walk-away point.',
    principle:
      'The size of each move tells the other side how much is left: steps that get smaller say we are close to our limit, steps that get bigger invite them to keep pushing. And a ladder that, climbed to the end, lands beyond our walk-away point is a plan to give away what we decided to keep.',
    sources: ['care-but-not-that-much', 'willing-to-walk-away'],
    fix: 'Order the concessions so each one is smaller than the one before (e.g. 5%, then 3%, then 1%), and drop or shrink steps until the opening minus everything planned still sits on our side of the walk-away point.',
    details:
      'Concessions are the list items, table rows and numbered or lettered lines ("a) First move: …") in the concessions part of the plan (concessions, trades, give/get, give-aways, levers, the ladder, our moves, "Two moves, each only with something back"…), in the order written, with a chat message read after the name of its writer; steps may be named in the plan\'s language (Step, Stufe, Palier, Degrau, Escalón…); a plan with no such part whose list items or lines open on signed money moves ("If he comes back:" ⏎ "- +£500 (to £20,000) if…", "plus $6,000 a year if…") has those items as its ladder; a signed percentage that opens a step with no money beside it ("+0.5% (to 4.5%) — in return for…") sizes the step; a step said aloud from one level to the next ("eighty-four down to eighty-two, in return for…") moves to the second; a plan with no such part that climbs its ladder in prose ("Our first step is a further £0.50 per sq ft, in exchange for…") has one step per sentence that moves on price and names what we get; an item that gives nothing (no `give` or `price-cut` words and no price move such as "+€0.14", "€140 → €143", "from £222,000 to £230,000": a running total, a floor check) is not a step, but a figure alone before what we get ("1. $0.50 per case → they take the club size") is what we give. A concession is sized by the first money amount or price-moving percentage ("5% off", for a buyer "raise our offer by 3%") in its "give" half — amounts after the first word of exchange (the lexicon\'s tag `get`: "in exchange", "in return", "if they…", "→") or in a "Get" column are what we ask for and do not count; an arrow between two amounts is a move from one level to the next, and a step that names the level it reaches ("–3,50 zł blended (→ 40,50 zł)") moves from that level back, even when the opening read first is another column\'s. "Come down to $450k", "up to £1,900 per episode" and "8% off list in total" are read as price levels, and the step is the distance from the level before. Only like is compared with like: an amount keeps its unit (per month, per year, per seat, per sq ft, one-off), a step with no unit that is smaller than the opening (for a buyer, a level up to half as much again above it) is read in the opening\'s unit, and a one-off fee or a step as big as the whole price is never subtracted from a per-unit or monthly price. With an opening amount, percentages become money so mixed ladders compare; otherwise only steps of the same kind are compared. Negated amounts ("we will not go to 12% off") are lines we hold, not steps. A plan may climb two ladders (two sites, two product lines, a pilot and a rollout): steps set apart by a line of their own ("Site B, Calgary:") or a line of steps led by the name of what it prices ("Rollout: $2 off…"; a name the plan reads as a concession, such as "Primeira descida:", names the step instead) start a new ladder, whose steps are compared with each other only; a ladder that starts from a level of its own is not climbed from our opening, and with several openings and several ladders the walk-away check is left out. The first step bigger than the one before is reported at its amount, once per ladder, with a count of any later steps that grow too. When the opening and the walk-away point are comparable amounts, the opening minus all planned concessions (plus, for a buyer) must not cross the walk-away point; otherwise the last sized concession is reported. A definition list names its steps as terms ("Step 2" over ": 3.5% off → …"); the term line starts no new ladder. A list corrected in a later chat message ("No, the other way round. Start small…") is read as corrected; steps quoted in an email answered inline ("OK." between "> - + € 15.000 if…" and "> - + € 25.000 if…") are one ladder; a table column named for the levels reached ("We move to", "New price") holds levels, not steps. A list set apart from the steps by its lead-in ("Other items (not price steps):", "Pozostałe pozycje:", "Weitere Punkte:") holds no step. A figure less in other languages ("$0.60 menos (→ $17.00)", "€ 0,20 minder") sizes a step, and ladders are found under their own names in other languages ("Subidas", "Stappen", "Paliers", "Konsesi"; not after "next": "Volgende stappen"). Rungs told in one sentence are read in other languages too ("nejdřív +40 Kč (za 60denní splatnost), pak +70 Kč …, nakonec +120 Kč", "zuerst …, dann …"), where signed moves name the steps if no word of exchange does. Rows of one table that name different things priced before their moves ("| almacenaje +$ 60 → $ 1.210 |", "| pre-frío +$ 300 → $ 9.500 |") climb separate ladders. A signed figure with decimals that opens a step ("1. −0,06 (queda en 4,24) si firman…") is a move in the price\'s own currency, and a small rand figure counts as money when signed or cut ("+R40 (→ R1 100)", "R45 off"). Periods written in the plan\'s language ("/mês", "pro Monat", "kr/år", "por ano") keep their unit, so a monthly pump fee is not compared with a price per m³. A rand figure with its unit counts as money ("R40 per metre", "R70/m").',
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
    // "| — | 0.700 | opening |": the level the steps start from, not a step.
    const startRow = (u: Unit) =>
      /(?:^|\|)\s*(?:opening|opening level|start|starting point|baseline|today|current|as is|list)\s*(?:\||$)/i.test(plan.text.slice(u.span.start, u.span.end)) &&
      !SIGNED_MOVE.test(plan.text.slice(u.span.start, u.span.end));
    const sized = units
      .filter((u) => !startRow(u))
      // "Total: −0,20 € → lands on target": where the steps add up to, not a step.
      .filter((u) => !summarisesConcessions(plan.text.slice(u.span.start, u.span.end).replace(/^[\s|*_\-•]+(?:\[[ xX]\]\s*)?/, '')))
      .filter((u) => givesSomething(plan, u))
      .map((u) => ({ unit: u, size: sizeOf(plan, u) }))
      .filter((x) => x.size !== undefined);
    if (sized.length === 0) return;
    // Details nested under a concession ("- Get: $50k prepayment") are not concessions of their own.
    const depth = Math.min(...sized.map((x) => x.unit.depth));
    const ladder = sized.filter((x) => x.unit.depth === depth);

    // Our positions as every rule reads them: a labelled opening outranks a passing sentence about theirs.
    // A figure the sentence rules do not take as a position ("$1,850/day … we open there") still starts the ladder.
    const ours = ourPositions(plan);
    const w = ours.walkAway?.amount ?? positionAmounts(plan, walkAwayFacts(plan))[0];
    const openings = ours.openings.length > 0 ? ours.openings.map((p) => p.amount) : positionAmounts(plan, plan.factsOf('opening'));
    // "10% of net receipts, advance 20 000 USD" under a ladder of royalty levels ("10% → 9%"): the opening those levels move from.
    const levelKind = ladder.find((x) => x.size!.arrowed)?.size!.amount.kind;
    // "Opening: 25% (S$37,500 per hire)" over steps "25% → 23.5%": the steps climb from the opening written in their terms.
    const percentOpening = levelKind === 'percent' ? (openings.find((a) => a.kind === 'percent') ?? positionAmounts(plan, plan.factsOf('opening')).find((a) => a.kind === 'percent')) : undefined;
    // The opening every rule reads comes first when it is in the walk-away's money, its period left to the reader
    // ("| Our opening | 1,020,000 |" under "£/yr" beside "Ceiling unchanged at £1,240,000/yr"), before another party's price.
    const chosen = ours.opening?.amount;
    const alike = (a: Amount, b: Amount) => comparable(a, b) || (a.currency === b.currency && (a.unit === '' || b.unit === ''));
    const o = percentOpening ?? (chosen && w && alike(chosen, w) ? chosen : undefined) ?? openings.find((a) => w && comparable(a, w)) ?? openings[0];
    // dir > 0: concessions lower the price (seller); dir < 0: they raise it (buyer).
    const dir = side === 'buyer' ? -1 : 1;
    // Only like with like: a one-off fee is not a step off a monthly price. A step with no unit of its own that is smaller
    // than the opening reads in the opening's unit ("$0.05 off" a "$0.95 per merchant" price).
    const openingUnit = o ? unitOf(plan, o) : '';
    const effectiveUnit = (a: Amount) => {
      const u = unitOf(plan, a);
      // Without an opening, the level the ladder has reached is the price a step is measured against.
      const price = o?.value ?? current;
      if (u !== '' || price === undefined) return u;
      // A step as big as the whole price is a total or a one-off, not a step off that price; a buyer's level a little
      // above its opening ("up to £22.40" from £21.60 per mailbox) is still in the opening's unit.
      return a.value <= price || (side === 'buyer' && a.value <= price * 1.5) ? openingUnit : 'total';
    };
    // An opening written without its unit ("Opening: CHF 198.") is in the unit of levels of its size ("CHF 198 → 195 per ticket").
    const sameMoney = (a: Amount) =>
      o !== undefined && a.currency === o.currency && (effectiveUnit(a) === openingUnit || (openingUnit === '' && a.value >= o.value * 0.5 && a.value <= o.value * 2));

    // Two ladders in one plan ("Site A, Mississauga:" and "Site B, Calgary:", each with its own list or table) climb
    // apart: a line of its own between two steps that belongs to neither starts a new ladder (not the "then" between
    // rungs told in one sentence).
    const masked = (from: number, to: number): string => {
      let out = plan.text.slice(from, to);
      for (const u of units) if (u.span.start < to && u.span.end > from) out = out.slice(0, Math.max(0, u.span.start - from)) + ' '.repeat(Math.min(to, u.span.end) - Math.max(from, u.span.start)) + out.slice(Math.min(to, u.span.end) - from);
      return out;
    };
    const quoted = (u: Unit) => /^[ \t]*>/.test(plan.text.slice(plan.text.lastIndexOf('\n', u.span.start - 1) + 1, u.span.start));
    const groupOf = new Map<Unit, number>();
    ladder.forEach((x, i) => {
      const prev = ladder[i - 1];
      const apart =
        prev !== undefined &&
        // A definition list's term ("Step 2" over ": 3.5% off") names the step; it starts no other ladder.
        // An email answered inline ("> - + € 15.000 if…" ⏎ "OK." ⏎ "> - + € 25.000 if…"): the reply between quoted steps is
        // no line of the ladder.
        ((prev.unit.span.end < x.unit.span.start && masked(prev.unit.span.end, x.unit.span.start).split('\n').slice(1, -1).some((l) => /\p{L}{2}/u.test(l) && !STEP_TERM.test(l) && !(quoted(prev.unit) && quoted(x.unit) && !/^[ \t]*>/.test(l)))) ||
          // "Pilot extension: $3 off…" ⏎ "Rollout: $2 off…": a line led by the name of what it prices starts another ladder.
          (x.unit.told === true && plan.text.slice(prev.unit.span.start, x.unit.span.start).includes('\n') && namedLadder(plan, x.unit.span)) ||
          // "| 3 | almacenaje +$ 20 → $ 1.270 |" ⏎ "| 4 | pre-frío +$ 300 → $ 9.500 |": rows whose moves name other things priced.
          (x.unit.row === true && prev.unit.row === true && pricedName(plan, prev.unit.span) !== pricedName(plan, x.unit.span) && pricedName(plan, prev.unit.span) !== '' && pricedName(plan, x.unit.span) !== ''));
      groupOf.set(x.unit, (prev ? groupOf.get(prev.unit)! : 0) + (apart ? 1 : 0));
    });
    const groups = new Set(groupOf.values()).size;

    let current = o?.value;
    let percentLevel = 0;
    let group = 0;
    let groupStart = 0;
    let rebased = false;
    // Where each ladder ends; a later one that starts from a level of its own (rebased) is not climbed from our opening.
    let ended: { current: number | undefined; rebased: boolean; last: (typeof ladder)[number] }[] = [];
    const steps: Step[] = [];
    for (const [index, { unit, size }] of ladder.entries()) {
      if (groupOf.get(unit) !== group) {
        ended.push({ current, rebased, last: ladder[index - 1]! });
        group = groupOf.get(unit)!;
        groupStart = steps.length;
        rebased = false;
      }
      // A level reached by an arrow counts only in the opening's terms: a percentage when the price is one ("12.5% →
      // 11.5%"), a bare figure of the opening's size in its currency ("2.60 → 2.70" from £2.60); "10% → 11%" of a revenue
      // share, "0.95x → 1.00x" or "50% upfront" prices something else.
      if (size!.arrowed) {
        if (size!.amount.kind === 'percent' && o?.kind !== 'percent') continue;
        if (size!.amount.kind === 'number' && !(o?.kind === 'money' && size!.amount.value >= o.value * 0.5 && size!.amount.value <= o.value * 2)) continue;
      }
      const raw = size!.amount.kind === 'number' && o?.kind === 'money' ? { ...size!.amount, kind: 'money' as const, currency: o.currency } : size!.amount;
      const a = inCurrencyOf(raw, o);
      const before = plan.text.slice(Math.max(unit.span.start, a.start - 24), a.start);
      const after = plan.text.slice(a.end, a.end + 30);
      // A price that is itself a percentage ("12.5% of media spend") moves like money: level by level.
      const percentPrice = o?.kind === 'percent' && a.kind === 'percent';
      const isLevel =
        LEVEL_MOVE.test(before) ||
        // "Pick fee ₹13.50 → ₹12.50": the level an arrow leads to, whatever its size.
        ARROW_BEFORE.test(before) ||
        // "| Step | We move to (per pallet / month) | Only if |": a column of the levels each step reaches.
        levelColumn(plan, unit, a) ||
        (!STEP_BEFORE.test(before) && ((LEVEL_BEFORE.test(before) && !UP_TO_OFF.test(`${before}\u0000${after}`)) || LEVEL_AFTER.test(after) || ((a.kind === 'money' || percentPrice) && o !== undefined && sameMoney(a) && a.value >= o.value * 0.5)));
      let step: Step | undefined;
      if (a.kind === 'money' || percentPrice) {
        const measure = `money:${a.currency ?? ''}:${effectiveUnit(a)}`;
        if (isLevel) {
          // Without an opening, the first level is where the ladder starts; a level in another currency is not ours to compare.
          if (o && !sameMoney(a)) continue;
          // "Overage rate locked at $0.18": a level a fifth of the price or less (or five times it, for a buyer) prices something else.
          if (o && (a.value < o.value * 0.2 || a.value > o.value * 5)) continue;
          if (current === undefined) {
            // "R62 million → R60,5 million": a first move written from one level to the next starts at the level it leaves.
            const from = ARROW_END.test(before) ? plan.amountsIn({ start: unit.span.start, end: a.start }).at(-1) : undefined;
            if (!from || from.kind !== a.kind || from.currency !== a.currency) {
              current = a.value;
              continue;
            }
            current = inCurrencyOf(from, o).value;
          }
          // "Parking CHF 120 → CHF 110" below a 168 → 162 → 158 ladder: a move that starts from another level prices another thing.
          if (ARROW_END.test(before)) {
            const from = plan.amountsIn({ start: unit.span.start, end: a.start }).at(-1);
            const fromValue = from && from.kind === a.kind ? inCurrencyOf(from, o).value : undefined;
            if (fromValue !== undefined && Math.abs(fromValue - current) > current * 0.01) {
              // The first move may start from a new base (a BAFO below the opening: "44.900 → 41.300"); a later one does not,
              // nor one that starts past our walk-away ("Cloud Engineer $165 → $158" under a $265 architect's rate and a $210
              // floor): that prices another line.
              if (steps.length > groupStart) continue;
              if (w && w.currency === a.currency && dir * (fromValue - inCurrencyOf(w, o).value) < 0) continue;
              current = fromValue;
              rebased = true;
            }
          }
          const move = dir * (current - a.value);
          current = a.value;
          const shown = percentPrice ? `${Math.round(move * 100) / 100} percentage points` : fmt(move, a.currency);
          if (move > 0) step = { measure, size: move, label: `\`${a.raw.trim()}\` (a step of ${shown})`, sizeText: shown, at: a, unit: unit.span };
        } else {
          if (current !== undefined && o && sameMoney(a)) {
            current -= dir * a.value;
            // "–3,50 zł blended (→ 40,50 zł)": the level the plan says the step reaches is the price it moves, even when
            // the opening read first is another column's ("Online 22,00 zł").
            const level = plan.amountsIn({ start: a.end, end: unit.span.end }).find((l) => l.kind === 'money' && l.currency === a.currency && ARROW_BEFORE.test(plan.text.slice(Math.max(unit.span.start, l.start - 24), l.start)));
            // A level is a price: well above the step that reaches it, not a fifth of the opening or less ("→ 20 extra units"),
            // nor twice it ("→ CBI sublimit €5 Mio. → €10 Mio." prices a term).
            if (level && level.value > a.value * 3 && level.value >= o.value * 0.2 && level.value <= o.value * 2 && Math.abs(level.value - current) > Math.max(current, level.value) * 0.01) {
              current = level.value;
              rebased = true;
            }
          }
          // A step in another unit (a one-off fee next to a monthly price) is compared only with steps of its own unit.
          else if (o && !sameMoney(a)) {
            steps.push({ measure, size: a.value, label: `\`${a.raw.trim()}\``, sizeText: `\`${a.raw.trim()}\``, at: a, unit: unit.span });
            continue;
          }
          step = { measure, size: a.value, label: `\`${a.raw.trim()}\``, sizeText: `\`${a.raw.trim()}\``, at: a, unit: unit.span };
        }
      } else {
        const pct = isLevel ? a.value - percentLevel : a.value;
        percentLevel = isLevel ? a.value : percentLevel + a.value;
        if (pct <= 0) continue;
        const pctText = isLevel ? `${Math.round(pct * 100) / 100}%` : `\`${a.raw.trim()}\``;
        const label = isLevel ? `\`${a.raw.trim()}\` (a step of ${pctText})` : pctText;
        if (o) {
          const money = (o.value * pct) / 100;
          if (current !== undefined) current -= dir * money;
          step = { measure: `money:${o.currency ?? ''}:${openingUnit}`, size: money, label, sizeText: pctText, at: a, unit: unit.span };
        } else {
          step = { measure: 'percent', size: pct, label, sizeText: pctText, at: a, unit: unit.span };
        }
      }
      if (step) {
        if (groups > 1) step.measure = `${group}:${step.measure}`;
        steps.push(step);
      }
    }
    ended.push({ current, rebased, last: ladder[ladder.length - 1]! });
    // A ladder that starts from its own level prices another thing than our opening and walk-away.
    ended = ended.filter((e) => !e.rebased || groups === 1);

    // One finding per ladder (per measure): the first step that does not shrink, with a count of any later ones.
    const lastOf = new Map<string, Step>();
    const growing = new Map<string, { cur: Step; prev: Step; more: number }>();
    for (const cur of steps) {
      const prev = lastOf.get(cur.measure);
      lastOf.set(cur.measure, cur);
      if (!prev) continue;
      const grows = options.allowEqualSteps ? cur.size > prev.size * (1 + 1e-9) : cur.size >= prev.size * (1 - 1e-9);
      if (!grows) continue;
      const first = growing.get(cur.measure);
      if (first) first.more++;
      else growing.set(cur.measure, { cur, prev, more: 0 });
    }
    // Past the walk-away: reported at the last step, or joined to that step's growth finding (one finding per line).
    let crossing: { text: string; span: Span } | undefined;
    // Several ladders and several openings: which ladder climbs from which opening is not ours to guess.
    if (groups > 1 && openings.length > 1) ended = [];
    const beyond = ended.find((e) => e.current !== undefined && w !== undefined && dir * (e.current - w.value) < 0);
    if (o && w && comparable(o, w) && beyond && steps.length > 0) {
      const current = beyond.current!;
      const last = beyond.last;
      const lastLine = plan.statements.find((s) => s.start >= last.unit.span.start && s.start < last.unit.span.end);
      crossing = {
        text: `take the opening \`${o.raw.trim()}\` ${side === 'buyer' ? 'up' : 'down'} to ${o.kind === 'percent' ? `${Math.round(current * 100) / 100}%` : fmt(current, o.currency)}, past the ${side === 'buyer' ? 'ceiling' : 'walk-away point'} \`${w.raw.trim()}\`: drop or shrink concessions so the ladder stops ${side === 'buyer' ? 'below' : 'above'} it`,
        span: lastLine ? { start: lastLine.start, end: lastLine.end } : last.unit.span,
      };
    }
    for (const { cur, prev, more } of growing.values()) {
      const later = more === 0 ? '' : ` (and ${more} later step${more === 1 ? '' : 's'})`;
      const joined = crossing && cur.at.start >= crossing.span.start && cur.at.start < crossing.span.end;
      report(
        `Concession ${cur.label} is ${cur.size > prev.size ? 'bigger than' : 'as big as'} the step before it (${prev.sizeText})${later}: plan each step smaller than the last, so the other side sees we are near our limit${joined ? `; and the planned concessions ${crossing!.text}` : ''}.`,
        cur.at,
      );
      if (joined) crossing = undefined;
    }
    if (crossing) report(`Planned concessions ${crossing.text}.`, crossing.span);
  },
  applies: ({ plan }) => plansConcessions(plan),
});
