/** The index of the first element whose key is at or after `x` (the list is sorted by key). */
export function lowerBound(list, x, key) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (key(list[mid]) < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
const startOf = (s) => s.start;
/** The elements of a list sorted by start whose start lies inside the span. */
export function startingIn(list, span) {
    return list.slice(lowerBound(list, span.start, startOf), lowerBound(list, span.end, startOf));
}
/** The first element of a list sorted by start that starts at or after `offset`. */
export function firstFrom(list, offset) {
    return list[lowerBound(list, offset, startOf)];
}
/** Whether an offset lies inside one of a list of disjoint spans sorted by start. */
export function insideAny(spans, offset) {
    const i = lowerBound(spans, offset + 1, startOf) - 1;
    return i >= 0 && offset < spans[i].end;
}
//# sourceMappingURL=sorted.js.map