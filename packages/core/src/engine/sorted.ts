/**
 * Binary searches over lists sorted by offset. The plan model and the rules look
 * things up by position many times per document; a linear scan per lookup makes a
 * plan with thousands of sections quadratic.
 */
import type { Span } from './text.js';

/** The index of the first element whose key is at or after `x` (the list is sorted by key). */
export function lowerBound<T>(list: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first element whose key is after `x` (the list is sorted by key). */
export function upperBound<T>(list: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last number of a sorted list that is at or before `x` (-1 when none is). */
export function lastAtOrBefore(list: readonly number[], x: number): number {
  return upperBound(list, x, (n) => n) - 1;
}

const startOf = (s: Span) => s.start;

/** The elements of a list sorted by start whose start lies inside the span. */
export function startingIn<T extends Span>(list: readonly T[], span: Span): T[] {
  return list.slice(lowerBound(list, span.start, startOf), lowerBound(list, span.end, startOf));
}

/** The last element of a list sorted by start that starts at or before `offset`. */
export function lastFrom<T extends Span>(list: readonly T[], offset: number): T | undefined {
  return list[upperBound(list, offset, startOf) - 1];
}

/** The first element of a list sorted by start that starts at or after `offset`. */
export function firstFrom<T extends Span>(list: readonly T[], offset: number): T | undefined {
  return list[lowerBound(list, offset, startOf)];
}

/** Whether an offset lies inside one of a list of disjoint spans sorted by start. */
export function insideAny(spans: readonly Span[], offset: number): boolean {
  const i = upperBound(spans, offset, startOf) - 1;
  return i >= 0 && offset < spans[i]!.end;
}

/** Spans merged into sorted, disjoint ones (overlapping or touching spans become one), for {@link insideAny}. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}
