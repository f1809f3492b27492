/**
 * Text helpers that keep offsets stable: every transformation here returns a
 * string of exactly the same length as its input, so an index found in the
 * cleaned text is also the index in the source document.
 */
/** 1-based line and column plus 0-based offset, as unist points are. */
export interface Point {
    line: number;
    column: number;
    offset: number;
}
/** Maps offsets to line/column with a binary search over line starts. */
export declare class LineIndex {
    readonly text: string;
    private readonly starts;
    constructor(text: string);
    point(offset: number): Point;
    /** Offset of the start of a 1-based line. */
    lineStart(line: number): number;
    lineEnd(line: number): number;
    get lineCount(): number;
}
/**
 * Replaces Markdown punctuation with spaces (same length), so patterns can be
 * matched against what a reader sees while offsets still point into the source.
 */
export declare function cleanMarkup(raw: string): string;
export interface Span {
    start: number;
    end: number;
}
/** Splits a cleaned text into sentences, with absolute offsets (`base` + index). */
export declare function splitSentences(text: string, base: number): Span[];
/** Counts words, for short-label checks. */
export declare function wordCount(text: string): number;
