/** Position lookups over the model: concept scopes, the innermost fact, the item at an offset, the anchor. */
import type { LineIndex, Span } from '../text.js';
import { insideAny, lastFrom, lowerBound, mergeSpans } from '../sorted.js';
import type { Concept } from './concepts.js';
import type { Fact, FrontmatterInfo, Item, Section } from './model.js';

export interface ScopeIndex {
  has(concept: Concept): boolean;
  /** Whether an offset lies inside the scope of a fact of `concept`. */
  within(offset: number, concept: Concept): boolean;
}

/** Per concept, the union of its facts' scopes as sorted disjoint intervals. */
export function scopeIndex(facts: readonly Fact[]): ScopeIndex {
  const scopesByConcept = new Map<Concept, Span[]>();
  for (const f of facts) {
    const list = scopesByConcept.get(f.concept) ?? [];
    list.push(f.scope);
    scopesByConcept.set(f.concept, list);
  }
  for (const [concept, list] of scopesByConcept) scopesByConcept.set(concept, mergeSpans(list));
  const within = (offset: number, concept: Concept): boolean => {
    const list = scopesByConcept.get(concept);
    return list !== undefined && insideAny(list, offset);
  };
  return { has: (concept) => scopesByConcept.has(concept), within };
}

/** The innermost list item containing an offset. */
export function itemLocator(items: readonly Item[]): (offset: number) => Item | undefined {
  return (offset) => {
    // Items are in document order; the last one starting at or before the offset,
    // or one of its ancestors, is the innermost one containing it.
    let found = lastFrom(items, offset);
    while (found && offset >= found.end) found = found.parent;
    return found;
  };
}

/** Where missing facts are reported: the first heading, else the start of the body after frontmatter. */
export function readAnchor(headings: Section[], frontmatter: FrontmatterInfo | undefined, text: string, lines: LineIndex): Span {
  const first = headings[0];
  if (first) return { start: first.heading.start, end: lines.lineEnd(lines.point(first.heading.start).line) };
  let start = frontmatter ? frontmatter.end : 0;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  const line = lines.point(start).line;
  return { start, end: Math.max(start, lines.lineEnd(line)) };
}

/**
 * Finds the innermost fact scope around an offset (frontmatter and the side and
 * currency switches excluded, as they have no place in the text). Scopes nest — a
 * section holds its labelled lines and rows — so the innermost one containing an
 * offset is the latest-starting one that still reaches past it: a binary search,
 * then a short walk up the enclosing scopes.
 */
export function innermostFactIndex(facts: readonly Fact[]): (offset: number) => Fact | undefined {
  const sorted = facts
    .filter((f) => f.source !== 'frontmatter' && f.concept !== 'side' && f.concept !== 'currency' && f.scope.end > f.scope.start)
    .sort((a, b) => a.scope.start - b.scope.start || b.scope.end - a.scope.end);
  const parent: (number | undefined)[] = [];
  const stack: number[] = [];
  sorted.forEach((f, i) => {
    while (stack.length > 0 && sorted[stack[stack.length - 1]!]!.scope.end <= f.scope.start) stack.pop();
    parent[i] = stack[stack.length - 1];
    stack.push(i);
  });
  return (offset) => {
    let i: number | undefined = lowerBound(sorted, offset + 1, (f) => f.scope.start) - 1;
    while (i !== undefined && i >= 0) {
      if (offset < sorted[i]!.scope.end) return sorted[i];
      i = parent[i];
    }
    return undefined;
  };
}
