/**
 * The concepts a negotiation plan talks about, and the many ways people name them.
 *
 * Headings, bold labels, table rows and frontmatter keys are all matched against
 * these aliases after the same normalisation, so "## Walk-away point",
 * "**Walkaway:**", "| Bottom line | $310k |" and `walk_away:` all mean one thing.
 * Teams add their own words through the config's `vocabulary`.
 */
export declare const CONCEPTS: readonly ["walk-away", "alternative", "target", "opening", "concessions", "constraints", "price-challenge", "value", "common-ground", "qualification", "decision-maker", "timeline", "budget", "needs", "assumptions", "questions", "counterpart-alternative", "counterpart-walk-away", "paper-process", "best-and-final", "side", "currency"];
export type Concept = (typeof CONCEPTS)[number];
/** Concepts about our negotiating position: a document needs one of them to be a plan. */
export declare const POSITION_CONCEPTS: ReadonlySet<Concept>;
/** Concepts that are metadata, not plan sections; they never make a document a plan. */
export declare const META_CONCEPTS: ReadonlySet<Concept>;
export declare const DEFAULT_ALIASES: Record<Concept, readonly string[]>;
/** Lower-cases, drops punctuation, numbering and emoji, keeps word order. */
export declare function normalizeLabel(text: string): string;
/** An alias lookup built once per configuration. */
export declare class Vocabulary {
    private readonly map;
    constructor(extra?: Partial<Record<Concept, readonly string[]>>);
    private add;
    /**
     * The concepts a short label or heading names. The whole label must be an
     * alias (give or take filler words and a parenthesis), so "How to set your
     * walk-away point" or "What is a BATNA?" name nothing.
     */
    match(label: string): Concept[];
    /** `walkAway`, `walk_away`, `counterpartAlternative` → concepts. */
    matchKey(key: string): Concept[];
}
