/**
 * The zone of possible agreement: the prices both sides can accept, between our walk-away point
 * and theirs. Read from the positions the plan states, never guessed; amounts in different
 * currencies or units are not compared.
 */
import { comparable, formatAmount, type Amount } from '../numbers.js';
import type { PlanModel } from './model.js';
import { ourPositions, theirPositions, type Position } from './positions.js';
import { PhraseSet, StemView, tokenize } from '../lexicon/index.js';
import { MORE_MONEY_WORDS } from '../lexicon/concepts/qualification.js';

/** One side's limit in the zone. */
export interface Limit {
  amount: Amount;
  /** Their limit is an estimate of their walk-away point (ceiling or floor), or their budget. */
  kind: 'walk-away' | 'budget';
  position: Position;
}

/** A difference between two limits, in the plan's money and as a share of our walk-away point. */
export interface Difference {
  value: number;
  /** Written as the plan writes money: `$10,000`, `€50,000 per year`. */
  raw: string;
  /** Percent of our walk-away point, rounded (one decimal under 10). */
  percent: number;
}

export type Zone =
  /** The ranges meet: any price from `low` to `high` is acceptable to both (as the plan states them). */
  | { status: 'overlap'; ours: Limit; theirs: Limit; low: Amount; high: Amount; width: Difference }
  /** No price is acceptable to both: `gap` separates our walk-away point from their limit. */
  | { status: 'none'; ours: Limit; theirs: Limit; gap: Difference }
  /** Not known from the plan, and why. */
  | { status: 'unknown'; reason: string; ours?: Limit; theirs?: Limit };

export interface ZoneOptions {
  /** A gap of at most this percent of our walk-away point counts as meeting. */
  tolerancePercent?: number;
  /** Seller side: their budget stands in for their ceiling when no estimate of it is stated. */
  useBudget?: boolean;
}

const round = (n: number) => (n >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

function difference(value: number, like: Amount): Difference {
  return { value, raw: formatAmount(value, like.currency, like.unit), percent: like.value > 0 ? round((value * 100) / like.value) : 0 };
}

/** An amount as the plan wrote it, with its unit (`$150k per year`), for messages. */
export function describeLimit(a: Amount): string {
  return `\`${a.raw.trim()}\``;
}

/**
 * "Money: BNZ approval for $1.3m, plus $200,000 …, plus up to $300,000 … So $1.8m is as high as they can go": a limit
 * stated past the first sentence of the same part, where the plan works its estimate out, is the most generous reading;
 * the deal is impossible only when that too falls short.
 */
function laterReach(plan: PlanModel, them: Limit, ours: Limit, seller: boolean): boolean {
  const fact = them.position.fact;
  if (!fact) return false;
  return plan
    .amountsIn(fact.value)
    .some((a) => a.start > them.amount.start && a.kind === 'money' && comparable(a, ours.amount) && (seller ? a.value >= ours.amount.value : a.value <= ours.amount.value));
}

const MORE_MONEY = new PhraseSet(MORE_MONEY_WORDS.phrases);

/**
 * "Funding: balance-sheet cash plus a committed € 30 mln facility", "a $50,000 retention; above that the insurer funds": the
 * budget's figure is one source or one layer of several.
 */
function onePartOf(plan: PlanModel, budget: Limit): boolean {
  const fact = budget.position.fact;
  const from = fact && fact.value.start <= budget.amount.start ? fact.value.start : Math.max(0, budget.amount.start - 60);
  // Up to the end of the figure's sentence, which may wrap onto the next line.
  const stop = /[.!?](?:\s|$)|\n[ \t]*\n|\n[ \t]*[-*+] /.exec(plan.text.slice(budget.amount.end, budget.amount.end + 80));
  const around = plan.text.slice(from, budget.amount.end + (stop ? stop.index : 80));
  return MORE_MONEY.occursIn(new StemView(tokenize(around)));
}

/** The zone of possible agreement between our walk-away point and the other side's limit. */
/**
 * "| Hardware | … | 198.000 € |" first in a table whose last row is the package (358.000 €), against their estimated floor
 * for the package (305.000 €): of our walk-away amounts, the one on the scale of theirs, when the first is not.
 */
function sameScale(walkAways: readonly Position[], first: Position, theirs: Amount): Position {
  const near = (p: Position) => comparable(p.amount, theirs) && p.amount.value > 0 && theirs.value > 0 && Math.max(p.amount.value / theirs.value, theirs.value / p.amount.value) <= 1.5;
  if (near(first) || !comparable(first.amount, theirs)) return first;
  return walkAways.find(near) ?? first;
}

export function zoneOfAgreement(plan: PlanModel, options: ZoneOptions = {}): Zone {
  const tolerance = options.tolerancePercent ?? 0;
  const useBudget = options.useBudget ?? true;
  const mine = ourPositions(plan).walkAway;
  const theirs = theirPositions(plan);
  const seller = plan.side === 'seller';
  const candidates: Limit[] = [];
  if (theirs.walkAway) candidates.push({ amount: theirs.walkAway.amount, kind: 'walk-away', position: theirs.walkAway });
  if (seller && useBudget && theirs.budget) candidates.push({ amount: theirs.budget.amount, kind: 'budget', position: theirs.budget });
  const aligned = mine && candidates[0] ? sameScale(ourPositions(plan).walkAways, mine, candidates[0].amount) : mine;
  const ours: Limit | undefined = aligned ? { amount: aligned.amount, kind: 'walk-away', position: aligned } : undefined;
  if (candidates.length === 0) {
    const what = seller ? (useBudget ? 'their budget or walk-away point' : 'their walk-away point') : "the supplier's floor";
    return { status: 'unknown', reason: ours ? `${what} is not stated as an amount` : `neither our walk-away point nor ${what} is stated as an amount`, ours };
  }
  if (!ours) return { status: 'unknown', reason: 'our walk-away point is not stated as an amount', theirs: candidates[0] };
  // "The premium she can pass through is up to €12/t" beside our €200/t floor: a budget that is a small share of our
  // walk-away point funds a part of the price, not the whole of it, and is no ceiling on the deal.
  const them = candidates.find((c) => comparable(c.amount, ours.amount) && !(c.kind === 'budget' && (c.amount.value < ours.amount.value / 3 || onePartOf(plan, c))));
  if (!them) {
    const first = candidates[0]!;
    return {
      status: 'unknown',
      reason: `not comparable: ${first.kind === 'budget' ? 'their budget' : seller ? 'their ceiling' : "the supplier's floor"} ${describeLimit(first.amount)} and our walk-away point ${describeLimit(ours.amount)} differ in currency or unit`,
      ours,
      theirs: first,
    };
  }
  // Seller: their ceiling must reach our floor. Buyer: the supplier's floor must stay under our ceiling.
  const shortfall = seller ? ours.amount.value - them.amount.value : them.amount.value - ours.amount.value;
  if (shortfall > 0 && (shortfall * 100) / Math.max(ours.amount.value, Number.EPSILON) > tolerance && !laterReach(plan, them, ours, seller)) {
    return { status: 'none', ours, theirs: them, gap: difference(shortfall, ours.amount) };
  }
  const [low, high] = seller ? [ours.amount, them.amount] : [them.amount, ours.amount];
  return { status: 'overlap', ours, theirs: them, low, high, width: difference(Math.max(0, high.value - low.value), ours.amount) };
}
