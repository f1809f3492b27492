/**
 * Shared helpers for rules that read sentences: phrase lists become linear
 * regular expressions, and a negation just before a phrase ("do not offer a
 * discount", "we don't need this deal") turns it around.
 */
import { allMatches } from './matches.js';
export { allMatches };
/**
 * Letters and digits as the word boundaries of phrases see them: the Latin-script
 * languages plans are written in. Not `\p{L}`: under the `i` flag V8 closes that class
 * over case for every script, ~50 ms of compilation per regex, which made up most of
 * a cold start.
 */
export declare const LETTERS = "a-zA-Z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF";
export declare const WORD_CHARS = "a-zA-Z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF0-9";
/** A case-insensitive regex for `body` as whole words (no letter or digit right before or after). */
export declare function wordRegex(body: string, flags?: string): RegExp;
/** Escapes a phrase and lets its spaces match any run of whitespace or a hyphen. */
export declare function phrasePattern(phrase: string): string;
/** One case-insensitive regex matching any of the phrases as whole words. */
export declare function phraseRegex(phrases: readonly string[], flags?: string): RegExp;
/** Whether the clause before `index` negates what follows ("we will not offer …"). */
export declare function negatedAt(text: string, index: number): boolean;
/** All matches of `re` in `text` that are not negated, with their indices. */
export declare function affirmedMatches(text: string, re: RegExp): RegExpMatchArray[];
/**
 * Whether the clause around `[start, end)` admits the thing is not known
 * ("Economic buyer: unknown", "we don't know who signs", "budget unclear").
 * The clause runs between sentence and comma boundaries, so "Budget approved,
 * timing unclear" keeps the budget.
 */
export declare function uncertainAt(text: string, start: number, end?: number): boolean;
/**
 * Whether a short value opens by admitting the answer is unknown ("unknown", "not sure yet",
 * "we don't know yet, probably the CFO"); "Dana Ruiz, not yet confirmed" names someone and is not.
 */
export declare function soundsUnknown(text: string): boolean;
/**
 * Like `phraseRegex`, for word families: a `*` at the end of a word matches any
 * ending, so `differentiat*` covers differentiate, differentiated, differentiator…
 * and `apologi*` both spellings of apologise/apologize.
 */
export declare function familyRegex(phrases: readonly string[], flags?: string): RegExp;
/** A match with absolute offsets. */
export interface Hit {
    start: number;
    end: number;
    text: string;
}
/**
 * Matches of any of `res` in `text` (which starts at absolute offset `base`),
 * in order; with `affirmedOnly`, matches negated by the clause before them are left out.
 */
export declare function findHits(text: string, base: number, res: readonly RegExp[], affirmedOnly?: boolean): Hit[];
/**
 * Blanks quoted speech (same length, offsets stay valid): what a plan scripts for the
 * meeting ("we say: 'I'd imagine your team…'") is not the plan's own voice.
 */
export declare function maskQuotes(text: string): string;
/**
 * `negatedAt`, with colons, dashes and brackets also closing a clause, so a label or
 * an aside before the phrase ("Approval limit without VP sign-off: keep it quiet")
 * does not negate it.
 */
export declare function negatedInClause(text: string, index: number): boolean;
/** Whether the words right after a phrase deny it ("a discount does not fix that", "free months are off the table"). */
export declare function deniedAfter(text: string, end: number): boolean;
