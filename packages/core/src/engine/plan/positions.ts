/**
 * The numbers behind the positions that several rules and the plan summary compare: ours
 * (walk-away, target, opening) and, where the plan states them, theirs (their budget, their
 * walk-away, their opening, their alternative). Read once per plan and kept beside it.
 */
import { comparable, type Amount } from '../numbers.js';
import type { Span } from '../text.js';
import { PhraseSet, StemView, tokenize, type TagHit } from '../lexicon/index.js';
import { THRESHOLD_WORDS } from '../lexicon/concepts/qualification.js';
import { CEILING_WORDS, FLOOR_WORDS } from '../lexicon/concepts/position.js';
import { normalizeLabel, type Concept } from './concepts.js';
import { lastFrom } from '../sorted.js';
import type { Fact, PlanModel, Row, Statement } from './model.js';
import { SENTENCE_FACT_TAGS } from './sentence-facts.js';

/** Rates a position names first, then money, then bare figures large enough to be prices; discounts and changes are not positions. */
export function positionAmounts(plan: PlanModel, facts: readonly Fact[]): Amount[] {
  return positionValues(plan, facts).map((p) => p.amount);
}

/** An amount that states a position, and where it was found. */
export interface Position {
  amount: Amount;
  /** The fact it belongs to; absent for a number read from a sentence outside any fact. */
  fact?: Fact;
  /** How it was found: a heading, label, table row, frontmatter key or sentence. */
  source: Fact['source'];
  /** The words that named the position ("Walk-away", "their budget tops out at"). */
  label: string;
}

/** {@link positionAmounts}, keeping the fact each amount came from. */
export function positionValues(plan: PlanModel, facts: readonly Fact[]): Position[] {
  const all = facts.flatMap((f) => {
    // A run-in label that holds its own figure ("the lowest i'll go is 7.25% — below that…", "35,00 € la pièce, c'est notre
    // plancher") states it there.
    const inLabel = f.source === 'label' && /\d/.test(f.label.text) ? plan.amountsIn(f.label).filter((a) => a.kind === 'percent' || (a.kind === 'money' && RUN_IN_OWN.test(f.label.text))) : [];
    const own = [...inLabel, ...plan.ownAmounts(f).filter((amount) => !namedOtherwise(plan, f, amount))];
    // "Opening ask: 6% of net sales. Why I can stand behind it: … $0.011 a pack saved": a label's first sentence states
    // the position; the sentences after it explain it.
    const first = f.source === 'label' ? firstSentence(plan, f) : undefined;
    // "## 2. Target ¥45,000,000 and ceiling ¥54,000,000": a title that opens on its position and its figure states it there,
    // whatever other sums the section's text goes on to explain.
    const titled = f.source === 'heading' ? plan.amountsIn(f.label).filter((a) => a.kind === 'money') : [];
    const leads = titled[0] && plan.text.slice(f.label.start, titled[0].start).trim().split(/\s+/).length <= 4 ? [titled[0]] : [];
    if (leads.length > 0) return leads.map((amount) => ({ amount: signed(plan, amount), fact: f, source: f.source, label: f.label.text }));
    // "| | Feb | Now (12/03) |" over "| Target | € 7,25 | € 7,45 |": a table kept across versions states the position in its newest column.
    if (f.source === 'table') {
      const newest = newestColumn(plan, f);
      if (newest) return own.filter((a) => a.start >= newest.start && a.end <= newest.end).map((amount) => ({ amount: signed(plan, amount), fact: f, source: f.source, label: f.label.text }));
    }
    const stated = first ? own.filter((a) => inLabel.includes(a) || (a.start >= first.start && a.end <= first.end)) : [];
    return (stated.length > 0 ? stated : own).map((amount) => ({ amount: signed(plan, amount), fact: f, source: f.source, label: f.label.text }));
  });
  return [
    ...all.filter((p) => p.amount.kind === 'percent' && percentPosition(plan, p)),
    ...all.filter((p) => p.amount.kind === 'money'),
    ...all.filter((p) => p.amount.kind === 'number' && (p.amount.value >= 1000 || p.amount.elided)),
  ].filter((p) => !(/^[\d\s.,'’\u00a0\u202f]+$/.test(p.amount.raw) && COUNT_TIMES.test(plan.text.slice(p.amount.end, p.amount.end + 40))));
}

// "35,00 € la pièce, c'est notre plancher : en dessous…": a run-in label that opens on its figure and names it ours after.
const RUN_IN_OWN = /^\s*[^\p{L}]{0,6}\d[^,;:]{0,30}[,—–-]\s*(?:c['’]est|that['’]s|this is|that is|das ist|dat is|è)\b/iu;

// "1 200 endpoints × 31,25 $": a count of things priced one by one is a quantity, not a price.
const COUNT_TIMES = /^\s*\p{L}+s\s*(?:×|\*|x\s|@|at\s)/u;

/**
 * A level written with a minus ("| Opening | −22 |" under "Diff vs Euronext, €/t") is below zero: differentials to an
 * index compare with their sign. Only positions read it so; a step of a ladder ("−£0.10") is a size, not a level.
 */
function signed(plan: PlanModel, a: Amount): Amount {
  // The sign sits on the figure ("−22"); a list bullet ("- $21 per user") is followed by a space.
  if (a.value <= 0 || !/(?:^|[\s|:(])[−-]$/.test(plan.text.slice(Math.max(0, a.start - 2), a.start))) return a;
  return { ...a, value: -a.value };
}

/** The first sentence of a fact's value (a decimal point is no sentence end). */
function firstSentence(plan: PlanModel, f: Fact): Span {
  const value = plan.text.slice(f.value.start, f.value.end);
  // "**Target: 7%.** Care assistants to £12.63": a bold or italic mark may close the sentence's last word.
  const stop = /[.!?;](?=[*_]{0,2}(?:\s|$))/.exec(value);
  return { start: f.value.start, end: f.value.start + (stop ? stop.index : value.length) };
}

const RATE_ON_BASE = /^\s*(?:of|on)\s+(?:the\s+|their\s+|our\s+)?(?:net\s+|gross\s+|annual\s+|monthly\s+|total\s+)?(?:media|spend|sales|revenue|turnover|salary|salaries|fees|billings|gmv|volume|wholesale|retail|receipts|income|card|invoice|transaction|ad\s+spend|base\s+salary|first[- ]year)/i;

// A percentage that moves a price down ("12% off", "a 5% discount") runs the other way from a rate; only rates are positions.
const DISCOUNT_AFTER = /^\s*(?:off|discount|below|under|less|reduction|rebate|cheaper|lower)\b/i;
const DISCOUNT_BEFORE = /\b(?:discount|rebate|reduction)\s+(?:of\s+)?(?:up to\s+)?$/i;

/**
 * "Opening ask: 6% of net sales.": a royalty, commission or fee stated as the first figure of a label's first
 * sentence, with no money in that sentence, is the position.
 */
function percentPosition(plan: PlanModel, p: Position): boolean {
  const f = p.fact;
  if (!f) return false;
  // "my target is 7.5%", "the lowest i'll go is 7.25% — below that…": a rate right after the words that name the
  // position (a sentence the model read, or a run-in label that holds its own figure) is the position.
  if (f.source === 'sentence' || (f.source === 'label' && /\d/.test(f.label.text))) return rateRightAfter(plan, f, p.amount);
  if (f.source === 'table') return percentTable(plan, f, p.amount);
  if (f.source !== 'label' && f.source !== 'heading') return false;
  const first = firstSentence(plan, f);
  if (p.amount.start < first.start || p.amount.end > first.end) return false;
  const amounts = plan.amountsIn(first);
  // "## Opening ⏎ 10% od przychodów netto wydawcy, zaliczka 20 000 USD": a rate that opens the part is its figure.
  const opensPart = /^[\s*_>-]*$/.test(plan.text.slice(f.value.start, p.amount.start));
  if (f.source === 'heading' && !opensPart) return false;
  if (f.source === 'heading' && amounts[0]?.start === p.amount.start && !CHANGE_AFTER.test(plan.text.slice(p.amount.end, p.amount.end + 16))) {
    return !DISCOUNT_AFTER.test(plan.text.slice(p.amount.end, p.amount.end + 16));
  }
  // "12.5% of media spend — our rate card for the $500k–$1M band": a rate on a base it names is the position, whatever
  // money the sentence goes on to mention.
  // "Opening: 25% (S$37,500 per hire)": money in brackets right after the rate spells it out; the rate is the position.
  const onItsBase = RATE_ON_BASE.test(plan.text.slice(p.amount.end, p.amount.end + 40)) || /^[*_]*\s?\(/.test(plan.text.slice(p.amount.end, p.amount.end + 6));
  if (amounts[0]?.start !== p.amount.start || (!onItsBase && amounts.some((a) => a.kind === 'money'))) return false;
  return !DISCOUNT_AFTER.test(plan.text.slice(p.amount.end, p.amount.end + 16)) && !DISCOUNT_BEFORE.test(plan.text.slice(Math.max(0, p.amount.start - 24), p.amount.start));
}

// A column that names the version a row's figures are now at: "Now (12/03)", "Revised", "v3 (final)".
const NEWEST_COLUMN = /^\W*(?:now|revised|updated|latest|new|final|v\d+\s*\(?(?:final|current|now)\)?)\b/i;

/** The cell of a position row under a column that holds the newest version, when an earlier column holds money too. */
function newestColumn(plan: PlanModel, f: Fact): Span | undefined {
  const row = factRow(plan, f);
  if (!row) return undefined;
  const i = row.header.findIndex((h, k) => k > 1 && NEWEST_COLUMN.test(h.text));
  const cell = row.cells[i];
  if (i < 0 || !cell || !plan.amountsIn(cell).some((a) => a.kind === 'money')) return undefined;
  return row.cells.slice(1, i).some((c) => plan.amountsIn(c).length > 0) ? cell : undefined;
}

/** The table row a fact read from a table stands in. */
export function factRow(plan: PlanModel, fact: Fact): Row | undefined {
  const row = lastFrom(plan.rows, fact.scope.start);
  return row && fact.scope.start < row.end ? row : undefined;
}

/** Our walk-away, target and opening facts read from table rows. */
const positionTableFacts = (plan: PlanModel): Fact[] => (['walk-away', 'target', 'opening'] as const).flatMap((c) => plan.factsOf(c)).filter((f) => f.source === 'table');

/** Where the table rows that state our walk-away, target or opening start: such a row is a position, not a step of a ladder. */
export function positionRowStarts(plan: PlanModel): Set<number> {
  return new Set(positionTableFacts(plan).map((f) => factRow(plan, f)?.start ?? -1));
}

/**
 * "| Opening proposal | 6.5% | $2.50M |" over "| Target settlement | 4.5% |" and "| Walk-away | 3.0% |": a table whose rows of
 * our positions all open on a rate states them as rates, in the same column.
 */
function percentTable(plan: PlanModel, f: Fact, a: Amount): boolean {
  const column = (row: Row, at: number) => row.cells.findIndex((c) => c.start <= at && at < c.end);
  const row = factRow(plan, f);
  if (!row || f.amounts[0]?.start !== a.start || DISCOUNT_AFTER.test(plan.text.slice(a.end, a.end + 16))) return false;
  const col = column(row, a.start);
  return positionTableFacts(plan).some((o) => {
    if (o === f || o.concept === f.concept) return false;
    const r = factRow(plan, o);
    const first = o.amounts[0];
    return r !== undefined && r.table === row.table && first?.kind === 'percent' && column(r, first.start) === col;
  });
}

// A change of a rate ("a 5% increase", "up 3%") is a move, not a level.
const CHANGE_AFTER = /^\s*(?:increase|rise|uplift|hike|raise|more|higher|up|down|drop|cut|decrease|reduction|points?|pts?|pp)\b/i;
const CHANGE_BEFORE = /(?:\b(?:by|of|up|down|plus|minus)|[+±])\s*$/i;

const LEVEL_LINK = /^[\s*_]*(?:(?:is|are|was|will be|would be|be|=|:|at|of|around|about|roughly|approx\.?|c\.|~|['’]s|remains|stays|sits at)[\s*_]*)*$/i;

/** A percentage that is the first figure after the position's words, in their clause, and states a level. */
function rateRightAfter(plan: PlanModel, f: Fact, a: Amount): boolean {
  // The figure inside the words ("open at 9%", a run-in label "the lowest i'll go is 7.25%") or right after them.
  const inside = a.start >= f.label.start && a.start < f.label.end;
  if (!inside && a.start < f.label.end) return false;
  const between = plan.text.slice(inside ? f.label.start : f.label.end, a.start);
  if (inside && /\d/.test(between)) return false;
  // Only a link word may stand between ("my target is 7.5%", "Target: 7.5%"): "lands on target and nowhere near the 6%
  // ceiling" and "the highest rate I plan to concede is 7,5%" name the figure for something else.
  if (!inside && !LEVEL_LINK.test(between)) return false;
  const after = plan.text.slice(a.end, a.end + 16);
  const before = plan.text.slice(Math.max(0, a.start - 12), a.start);
  return !DISCOUNT_AFTER.test(after) && !CHANGE_AFTER.test(after) && !DISCOUNT_BEFORE.test(plan.text.slice(Math.max(0, a.start - 24), a.start)) && !CHANGE_BEFORE.test(before);
}

const positionHits = new WeakMap<PlanModel, { start: number; end: number; tag: (typeof SENTENCE_FACT_TAGS)[number] }[]>();

/**
 * A figure inside a part about one position that the words right before it give to another: the
 * "**Ask**" of a brief reads "approve a walk-away of £14.20 … move from our £17.50 opening … land at
 * £16.00". Each figure belongs to the nearest position named before it in its clause.
 */
const labelPositions = new WeakMap<PlanModel, Map<number, Set<Concept>>>();

/** The positions each label names, read once per plan model (asked for every figure of every position fact). */
function positionsByLabel(plan: PlanModel): Map<number, Set<Concept>> {
  let byLabel = labelPositions.get(plan);
  if (!byLabel) {
    byLabel = new Map();
    for (const g of plan.facts) {
      if (!(SENTENCE_FACT_TAGS as readonly string[]).includes(g.concept)) continue;
      let set = byLabel.get(g.label.start);
      if (!set) byLabel.set(g.label.start, (set = new Set()));
      set.add(g.concept);
    }
    labelPositions.set(plan, byLabel);
  }
  return byLabel;
}

function namedOtherwise(plan: PlanModel, f: Fact, amount: Amount): boolean {
  if (f.source === 'sentence' || !(SENTENCE_FACT_TAGS as readonly string[]).includes(f.concept)) return false;
  let hits = positionHits.get(plan);
  if (!hits) {
    hits = SENTENCE_FACT_TAGS.flatMap((tag) => plan.tagged(tag).filter((t) => !t.hit.negated).map((t) => ({ start: t.hit.start, end: t.hit.end, tag })));
    hits.sort((a, b) => a.start - b.start);
    positionHits.set(plan, hits);
  }
  const h = lastFrom(hits, amount.start);
  // "## Where do we start, where do we want to land, and where do we stop?": a part named for several positions gives
  // each figure to the position its sentence names, and none to a position no sentence names before it.
  const shared = (positionsByLabel(plan).get(f.label.start)?.size ?? 0) > 1;
  if (shared) return !h || h.start < f.value.start || h.tag !== f.concept;
  if (!h || h.tag === f.concept || h.start < f.value.start) return false;
  if (h.end >= amount.start) return true;
  const between = plan.text.slice(h.end, amount.start);
  return !/[,;:—–()\n]|[.!?]\s/.test(between) && between.trim().split(/\s+/).length <= 6;
}

const WEAK_LIMIT_WORDS = new Set(['batna', 'maan', 'mapan', 'cap', 'limit', 'max', 'maximum', 'min', 'minimum']);

const CEILING = new PhraseSet(CEILING_WORDS.phrases);
const FLOOR = new PhraseSet(FLOOR_WORDS.phrases);

/** Which way words bound a limit ("Ceiling", "the lowest we accept"), when they say so and say only one way. */
export function boundNamedIn(words: string): 'upper' | 'lower' | undefined {
  const view = new StemView(tokenize(words));
  const upper = CEILING.occursIn(view);
  return upper !== FLOOR.occursIn(view) ? (upper ? 'upper' : 'lower') : undefined;
}

const walkAwayCache = new WeakMap<PlanModel, Fact[]>();

/** The facts that state our limit, read once per plan model. */
export function walkAwayFacts(plan: PlanModel): Fact[] {
  let hit = walkAwayCache.get(plan);
  if (!hit) walkAwayCache.set(plan, (hit = readWalkAwayFacts(plan)));
  return hit;
}

function readWalkAwayFacts(plan: PlanModel): Fact[] {
  const facts = plan.factsOf('walk-away');
  // "BATNA" is our alternative more often than our limit, and "Cap" or "Limit" alone may bound something else (a price
  // movement, a liability): use them only when nothing else names the limit. "MAAN / BATNA" is one name in two languages.
  const named = facts.filter((f) => !normalizeLabel(f.label.text).split(/\s+/).every((w) => WEAK_LIMIT_WORDS.has(w)));
  const pool = named.length > 0 ? named : facts;
  // "| Ceiling | 2,000 | Our ask… |" in a seller's price collar beside "| Floor — walk-away | 780 |": a label that bounds
  // the price the other way from the side we are on is a term of the deal, when another label names our limit.
  if (plan.sideSource === 'default') return pool;
  const against = (f: Fact) => boundNamedIn(f.label.text) === (plan.side === 'seller' ? 'upper' : 'lower');
  const facing = pool.filter((f) => !against(f));
  return facing.some((f) => f.source !== 'sentence' && f.amounts.length > 0) ? facing : pool;
}

/**
 * A position the plan names (a heading, a `Target:` line, a table row, frontmatter) outranks a number
 * read from a sentence, and a sentence counts only when the number stands right after its words in the
 * same clause ("we open at $420k"), not before them or past a comma ("CHF 290 per m², below our ask";
 * "where we want to land, and well clear of CHF 21'000"; "it is an opening: I keep 60 000 € in reserve").
 */
function direct(plan: PlanModel, f: Fact): boolean {
  if (f.source !== 'sentence') return true;
  const a = f.amounts[0];
  if (!a) return false;
  // "Walk @ CHF 16'000'000": shorthand opening its line holds the figure inside the words the lexicon read.
  // "Our numbers. Ceiling 1,92 €/kg, and I aim for 1,80": so does shorthand opening a sentence of its line.
  if (a.start >= f.label.start && a.end <= f.label.end) return /(?:^[\s\-*+•>|]*(?:\[[ xX]\]\s*)?|[.!?]\s+)$/.test(plan.text.slice(plan.lines.lineStart(plan.lines.point(f.label.start).line), f.label.start));
  // "i'll open at 9% because…": words that end on the figure's first digits ('open at #') hold it right after them.
  if (a.start >= f.label.start && a.start < f.label.end && a.end > f.label.end) return !/\d/.test(plan.text.slice(f.label.start, a.start));
  if (a.start < f.label.end) return false;
  const between = plan.text.slice(f.label.end, a.start);
  // "Scenario B — our target: ₹46,50,000": a colon right after the words, with the amount next, labels it.
  if (/^[*_]*\s*:\s*[*_]*\s*$/.test(between)) return true;
  return !/[,;:—–()]/.test(between) && between.trim().split(/\s+/).length <= 8;
}

/**
 * A section named for a position gives way to the labelled line inside it ("## 5. Price objectives"
 * opens with their proposal; "b. Government objective: $124.00/hr" is ours).
 */
const outranked = (f: Fact, facts: readonly Fact[]): boolean =>
  f.source === 'heading' && facts.some((g) => (g.source === 'label' || g.source === 'table') && g.scope.start >= f.scope.start && g.scope.start < f.scope.end && g.amounts.length > 0);

/** The facts of a position, strongest first (see {@link direct} and {@link outranked}). */
// "Target:" outranks "What we want:" on the same page: a position under its plain name comes first.
// A bilingual label is plain when either half is: "Öppningsbud / opening".
const plainName = (f: Fact): boolean => f.label.text.split(/\s\/\s/).some((half) => half.trim().split(/\s+/).length <= 2);

// Frontmatter keys mirror what the body says: the body's line is where the author reads and edits the position.
export const byStrength = (plan: PlanModel, facts: readonly Fact[]): Fact[] => {
  const named = facts.filter((f) => f.source !== 'sentence' && !outranked(f, facts));
  const body = named.filter((f) => f.source !== 'frontmatter');
  const ranked = [...body.filter(plainName), ...body.filter((f) => !plainName(f)), ...named.filter((f) => f.source === 'frontmatter'), ...facts.filter((f) => f.source === 'sentence' && direct(plan, f))];
  // The newest restatement of a position comes first ("## Target" ⏎ "£410k" ⏎ "UPDATE: target now £395k").
  const revised = ranked.filter((f) => f.revision).reverse();
  return revised.length > 0 ? [...revised, ...ranked.filter((f) => !f.revision)] : ranked;
};

/** Our three numbers, as walk-away-margin compares them. */
export interface OurPositions {
  /** Every amount of each position, strongest first. */
  walkAways: Position[];
  targets: Position[];
  openings: Position[];
  /** The first walk-away amount. */
  walkAway?: Position;
  /** The first target comparable with the walk-away point, else the first target. */
  target?: Position;
  /** The first opening comparable with the target, else with the walk-away point, else the first opening. */
  opening?: Position;
}

/** The other side's numbers, where the plan states them. */
export interface TheirPositions {
  /**
   * Their budget as a seller reads it (the customer's money for this deal): the largest amount a
   * budget heading, label, row or key states, or a sentence states right after its words. Buyers'
   * budgets are their own, see {@link ourBudget}.
   */
  budget?: Position;
  /** Every budget amount found (seller side), in document order. */
  budgets: Position[];
  /** Our estimate of their limit: their ceiling as a buyer, their floor as a supplier. */
  walkAway?: Position;
  walkAways: Position[];
  /** What they opened with or asked for: "Their offer:", "Their quote:". */
  opening?: Position;
  /** A buyer plan's own budget for the deal, when stated (a seller's `budget` is the customer's). */
  ourBudget?: Position;
}

const oursCache = new WeakMap<PlanModel, OurPositions>();
const theirsCache = new WeakMap<PlanModel, TheirPositions>();

/** Our walk-away, target and opening, read once per plan model. */
export function ourPositions(plan: PlanModel): OurPositions {
  let hit = oursCache.get(plan);
  if (!hit) oursCache.set(plan, (hit = readOurs(plan)));
  return hit;
}

/** Their budget, walk-away and opening, read once per plan model (on first question: most rules never ask). */
export function theirPositions(plan: PlanModel): TheirPositions {
  let hit = theirsCache.get(plan);
  if (!hit) theirsCache.set(plan, (hit = readTheirs(plan)));
  return hit;
}

function readOurs(plan: PlanModel): OurPositions {
  const walkAways = positionValues(plan, byStrength(plan, walkAwayFacts(plan)));
  const targets = positionValues(plan, byStrength(plan, plan.factsOf('target')));
  const openings = positionValues(plan, byStrength(plan, plan.factsOf('opening')));
  const walkAway = walkAways[0];
  const target = (walkAway && targets.find(sameAs(walkAway))) ?? targets[0];
  const opening = openings.find(sameAs(target)) ?? openings.find(sameAs(walkAway)) ?? openings[0];
  return { walkAways, targets, openings, walkAway, target, opening };
}

const sameAs = (a: Position | undefined) => (p: Position) => a !== undefined && comparable(p.amount, a.amount);

/** Of the amounts comparable with `like` (else with the first), the largest or the smallest. */
function extreme(list: readonly Position[], like: Position | undefined, most: boolean): Position | undefined {
  const first = list[0];
  if (!first) return undefined;
  const pool = list.filter(sameAs(like ?? first));
  const pick = pool.length > 0 ? pool : [first];
  return pick.reduce((a, b) => (most ? b.amount.value > a.amount.value : b.amount.value < a.amount.value) ? b : a);
}

const PART_OF_DEAL = /\bon\s+(?:our|the|their|this)\s+(?:[\p{L}-]+\s+){0,2}(?:portion|part|share|lot|slice|element|component)\b/iu;

function readTheirs(plan: PlanModel): TheirPositions {
  const { walkAway } = ourPositions(plan);
  const money = (facts: Fact[]) => positionValues(plan, facts).filter((p) => p.amount.kind === 'money');
  const byOffset = (a: Position, b: Position) => a.amount.start - b.amount.start;
  const budgetFacts = ownFacts(plan, 'budget');
  const theirs: TheirPositions = { budgets: [], walkAways: [] };
  if (plan.side === 'seller') {
    theirs.budgets = [...money(budgetFacts).filter((p) => saysBudget(plan, p)), ...sentenceValues(plan, 'budget', 'budget')].sort(byOffset);
    // Their money is the most they have: a budget line often also names what is spent or signed off alone.
    theirs.budget = extreme(theirs.budgets, walkAway, true);
  } else {
    theirs.ourBudget = extreme(money(budgetFacts), walkAway, true);
  }
  const limitFacts = plan.factsOf('counterpart-walk-away').filter((f) => !RANGE_LABEL.test(normalizeLabel(f.label.text)));
  // "Their walk-away on our underwater portion is around $900k": a limit on a part of the deal is no limit on the whole.
  const onAPart = (p: Position) => PART_OF_DEAL.test(plan.text.slice(Math.max(0, p.amount.start - 60), p.amount.start));
  theirs.walkAways = [...money(limitFacts), ...sentenceValues(plan, 'counterpart-walk-away', 'counterpart-walk-away')].filter((p) => !onAPart(p)).sort(byOffset);
  // Of several estimates, the one kindest to the deal: a customer's highest ceiling, a supplier's lowest floor.
  theirs.walkAway = extreme(theirs.walkAways, walkAway, plan.side === 'seller');
  theirs.opening = money(plan.factsOf('counterpart-opening'))[0];
  return theirs;
}

/**
 * A budget section's amount is their money when the lexicon reads a budget in its label ("Budget",
 * "Funding", "Where the money comes from") or in the statement that holds it: a seller's "The money
 * bit" or "Money (bill rate, USD per hour)" is our own pricing.
 */
function saysBudget(plan: PlanModel, p: Position): boolean {
  const f = p.fact;
  if (!f || f.source === 'frontmatter') return true;
  // "the category's retail price point (£9.50) is fixed": an amount named as a price is what one unit sells for, not their money.
  if (PRICE_BEFORE.test(plan.text.slice(Math.max(f.scope.start, p.amount.start - 20), p.amount.start))) return false;
  const label: Statement = { start: f.label.start, end: f.label.end, text: plan.text.slice(f.label.start, f.label.end), kind: 'prose', isQuestion: false };
  if (plan.tags.hits(label, 'budget').some((h) => !h.negated)) return true;
  const st = lastFrom(plan.statements, p.amount.start);
  return st !== undefined && p.amount.start < st.end && plan.tags.has(st, 'budget');
}

const PRICE_BEFORE = /\bprice(?:\s+point)?\s*(?:\(|of|at|is|:)?\s*$/i;

// A bargaining range or ZOPA section states both ends, not their limit alone.
const RANGE_LABEL = /^(?:zopa|zone of possible agreement|bargaining range|settlement range)\b/;

/**
 * The facts of a concept whose label names that concept alone: "Who decides, by when, and from what
 * budget" holds authority limits and dates beside the money, so its amounts are not the budget.
 */
function ownFacts(plan: PlanModel, concept: Concept): Fact[] {
  return plan.factsOf(concept).filter((f) => f.source !== 'sentence' && !plan.facts.some((g) => g !== f && g.concept !== concept && g.label.start === f.label.start && g.source === f.source));
}

const OUR_POSITIONS: readonly Concept[] = ['walk-away', 'target', 'opening', 'concessions'];

// Words that join the position's words to its number ("is", "of about", "at roughly"), past which a
// clause turns to something else: a conjunction starts another statement ("below their floor and hold at $360").
const JOINS_ANOTHER_CLAUSE = /\b(?:and|but|or|then|while|whereas|because|so|unless|if|than)\b/i;

/**
 * Amounts stated in sentences right after the words of `tag` (in our estimate of them, not a question, not
 * negated): "Their budget tops out at €450k", "the most they can pay is $1.4M", "the board has set aside
 * £450,000". Sentences inside a fact of `concept` were read with that fact.
 */
function sentenceValues(plan: PlanModel, tag: 'budget' | 'counterpart-walk-away', concept: Concept): Position[] {
  const out: Position[] = [];
  const seen = new Set<Statement>();
  for (const { statement: st, hit } of plan.tagged(tag)) {
    if (seen.has(st) || (hit.negated && tag === 'budget') || st.isQuestion || st.kind === 'heading') continue;
    if (plan.within(st.start, concept)) continue;
    // A number inside our own position ("Walk-away agreed with finance: $36,000") is ours, whatever words stand near it.
    if (tag === 'budget' && OUR_POSITIONS.some((c) => plan.within(st.start, c))) continue;
    if (tag === 'budget' && plan.tags.speaker(st, hit) === 'we') continue;
    // "Their PM has accepted our service charge budget of £14.20": a budget that is ours, whoever speaks.
    if (tag === 'budget' && plan.tags.tokens(st).slice(Math.max(0, hit.from - 4), hit.from + 1).some((t) => t.word === 'our' || t.word === 'my')) continue;
    const amount = amountAfter(plan, st, hit);
    if (!amount) continue;
    // "CFO (approves opex > S$1M)": an authority limit, a threshold, not the money they have.
    if (tag === 'budget' && isThreshold(plan.text.slice(Math.max(st.start, amount.start - 16), amount.start))) continue;
    seen.add(st);
    out.push({ amount, source: 'sentence', label: plan.text.slice(hit.start, hit.end) });
  }
  return out;
}

const THRESHOLD = new PhraseSet(THRESHOLD_WORDS.phrases);
const isThreshold = (before: string) => /[>≥<≤]\s*$/.test(before) || THRESHOLD.endsAtLast(new StemView(tokenize(before)));

/** The first money amount standing right after a hit, in its clause. */
function amountAfter(plan: PlanModel, st: Statement, hit: TagHit): Amount | undefined {
  const tokens = plan.tags.tokens(st);
  let clauseEnd = st.end;
  for (let i = hit.to; i < tokens.length; i++) {
    if (tokens[i]!.mark && /[.;!?]/.test(tokens[i]!.stem)) {
      clauseEnd = tokens[i]!.start;
      break;
    }
  }
  const a = plan.amountsIn({ start: hit.end, end: clauseEnd }).find((x) => x.kind === 'money');
  if (!a) return undefined;
  const between = plan.text.slice(hit.end, a.start);
  if (/[,;()—–]/.test(between) || JOINS_ANOTHER_CLAUSE.test(between) || between.trim().split(/\s+/).length > 6) return undefined;
  return a;
}

/** What they do without us, as the plan words it, and its price when the words name one. */
export interface TheirAlternative {
  text: string;
  at: Span;
  amount?: Amount;
}

/**
 * Their alternative: the first fact that states one, else the first sentence that does (in their voice).
 * Apart from {@link theirPositions}: only the summary asks, and the sentences need a tag no rule on by default reads.
 */
export function theirAlternative(plan: PlanModel): TheirAlternative | undefined {
  const shorten = (s: string) => {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > 140 ? `${one.slice(0, 139)}…` : one;
  };
  for (const f of plan.factsOf('counterpart-alternative')) {
    const text = f.value.text.replace(/^[\s:—–-]+/, '');
    if (!/\p{L}{3}/u.test(text)) continue;
    const at = f.value.start < f.value.end ? f.value : f.label;
    const first = text.split(/(?<=[.!?])\s/)[0]!;
    // A price of their alternative only from the words shown: the section may go on to their limit.
    const firstEnd = f.value.start + f.value.text.indexOf(first.slice(0, 20)) + first.length;
    return { text: shorten(first), at: { start: at.start, end: at.end }, amount: plan.ownAmounts(f).find((a) => a.kind === 'money' && a.start < firstEnd) };
  }
  for (const { statement: st, hit } of plan.tagged('counterpart-alternative')) {
    if (hit.negated || st.isQuestion || st.kind === 'heading' || plan.tags.speaker(st, hit) === 'we') continue;
    return { text: shorten(st.text), at: { start: st.start, end: st.end }, amount: plan.amountsIn(st).find((a) => a.kind === 'money') };
  }
  return undefined;
}
