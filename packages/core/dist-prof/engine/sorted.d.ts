/**
 * Binary searches over lists sorted by offset. The plan model and the rules look
 * things up by position many times per document; a linear scan per lookup makes a
 * plan with thousands of sections quadratic.
 */
import type { Span } from './text.js';
/** The index of the first element whose key is at or after `x` (the list is sorted by key). */
export declare function lowerBound<T>(list: readonly T[], x: number, key: (item: T) => number): number;
/** The elements of a list sorted by start whose start lies inside the span. */
export declare function startingIn<T extends Span>(list: readonly T[], span: Span): T[];
/** The first element of a list sorted by start that starts at or after `offset`. */
export declare function firstFrom<T extends Span>(list: readonly T[], offset: number): T | undefined;
/** Whether an offset lies inside one of a list of disjoint spans sorted by start. */
export declare function insideAny(spans: readonly Span[], offset: number): boolean;
