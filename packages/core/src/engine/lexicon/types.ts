/**
 * The lexicon's vocabulary of sentence concepts: what a statement can be
 * about, whatever words it uses. Rules ask the plan model for statements with
 * a tag (`plan.tagged('price-cut')`); the words behind each tag live in one
 * family module under `concepts/`.
 */
export const TAGS = [
  // Our position.
  'walk-away', 'alternative', 'no-deal', 'target', 'opening', 'rationale', 'undecided',
  // Price and value.
  'price-challenge', 'price-cut', 'value',
  // Trading.
  'give', 'get', 'relationship-problem', 'kept-apart',
  // Openness.
  'constraint', 'withhold', 'disclose-early', 'common-ground',
  // Qualification.
  'decision-maker', 'decides', 'timeline', 'budget', 'needs',
  // Questions.
  'question-for-a-no', 'commitment-ask',
  // Voice.
  'hedge', 'desperation', 'best-and-final-request', 'second-round', 'final-offer', 'placeholder', 'verify', 'pitfall',
  // The plan editing itself: a newer figure or list replacing an older one.
  'revision',
  // The side we are on, from the plan's own words.
  'buyer-voice', 'seller-voice',
  // The other side's position.
  'counterpart-alternative', 'counterpart-walk-away', 'paper-process',
] as const;

export type Tag = (typeof TAGS)[number];

/**
 * A group of entries that belong together, with the reason they are there.
 * Each phrase is in the pattern language of `pattern.ts`. Every `examples`
 * sentence must get the family's tag and every `not` sentence must not: tests
 * enumerate them, so the lexicon is data that is checked.
 */
export interface Group {
  why: string;
  /**
   * The group reads so only on this side of the table: a seller's price cut is a
   * discount, a buyer's is paying more. Groups without a side read so on both.
   */
  side?: 'seller' | 'buyer';
  phrases: readonly string[];
  /**
   * The group's phrases hold the family's words but mean something else ("to get things moving" is no get): a hit of
   * the family that lies inside one is dropped, and the group's examples must not get the tag.
   */
  idiom?: boolean;
  examples: readonly string[];
  not?: readonly string[];
}

/** A concept's words. */
export interface Family {
  tag: Tag;
  /** What the concept is. */
  why: string;
  groups: readonly Group[];
}

/** A tagged span of a statement. */
export interface TagHit {
  tag: Tag;
  /** Absolute offsets of the words that triggered it. */
  start: number;
  end: number;
  /** Token range in the statement. */
  from: number;
  to: number;
  /** A negation governs it ("we will not discount", "nothing held back"). */
  negated: boolean;
}
