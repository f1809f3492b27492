/**
 * The published articles the rules' principles come from. A rule names its sources in
 * `meta.sources` by the keys below; the docs, `negolint explain` and the rule table print the
 * citation (title, author, where it was published), never the key.
 *
 * Only what the article itself says (or its page names) is recorded: no author is given where
 * the text names none.
 */
export interface Source {
  /** The article's title as published. */
  title: string;
  /** Who wrote it, when the article names its author. */
  author?: string;
  /** The blog, site or firm it was published by. */
  publisher?: string;
  year?: number;
  /** Where the article sits in a series, when it is one part of one. */
  part?: string;
}

export const SOURCES = {
  'moments-of-truth': {
    title: 'Key on the ‘Moments of Truth’ in Sales Negotiation',
    publisher: 'Negotiating Wisdom',
  },
  'trust-is-imperative': {
    title: 'Sales negotiations – trust is imperative!',
    author: 'Janet Spirer',
    publisher: 'Sales Momentum',
  },
  'care-but-not-that-much': {
    title: 'Negotiations 1 – Care but not that much',
    author: 'DJ Sebastian',
    publisher: 'thetechseller.com',
    part: 'part 1 of a five-part series on negotiations',
  },
  'ask-for-the-no': {
    title: 'Ask for the NO',
    author: 'DJ Sebastian',
    publisher: 'thetechseller.com',
  },
  'bad-news-early': {
    title: 'Bad News Early is Better Than Bad News Late',
    author: 'DJ Sebastian',
    publisher: 'thetechseller.com',
    part: 'with its Part 2',
  },
  'willing-to-walk-away': {
    title: 'Be willing to walk away!',
    author: 'Mark Hunter, “The Sales Hunter”',
    publisher: 'Sales Motivation Blog',
    year: 2015,
    part: 'skill #7 of a series on the negotiation skills of extraordinary salespeople',
  },
  'how-you-lose': {
    title: 'How you lose is as important as how you win',
    publisher: 'Industrial EGO sales blog',
    year: 2007,
  },
} as const satisfies Record<string, Source>;

/** A key of {@link SOURCES}: what a rule's `meta.sources` lists. */
export type SourceKey = keyof typeof SOURCES;

export const isSourceKey = (key: string): key is SourceKey => Object.hasOwn(SOURCES, key);

/**
 * A source as a reader cites it: “Title” (part), author, publisher, year.
 * `Be willing to walk away!` → `“Be willing to walk away!” (skill #7 …), Mark Hunter, “The Sales Hunter”, Sales Motivation Blog, 2015`.
 */
export function citation(key: SourceKey): string {
  const s: Source = SOURCES[key];
  const head = `“${s.title}”${s.part ? ` (${s.part})` : ''}`;
  return [head, s.author, s.publisher, s.year?.toString()].filter((p): p is string => Boolean(p)).join(', ');
}

/** The line the docs and `negolint explain` print under a rule's principle. */
export function sourcesLine(keys: readonly SourceKey[]): string {
  if (keys.length === 0) return 'Source: a principle of negolint itself, not taken from a published article.';
  return `${keys.length === 1 ? 'Source' : 'Sources'}: ${keys.map(citation).join('; ')}.`;
}
