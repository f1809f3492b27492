/**
 * Lookup tables keyed by words read from a document. A plain object literal inherits from
 * `Object.prototype`, so a plan that says "Constructor" or "toString" would look up a function;
 * these tables have no prototype, and every key is only what the table lists.
 */
export function dict<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
