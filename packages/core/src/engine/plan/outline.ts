/**
 * Mind-map and outliner exports (XMind, MindNode, OPML) write every node as a heading: "## Ceiling" ⏎ "### 1.390.000 €" ⏎
 * "### above this we stop talking". There a heading with nothing under it is the content of the heading above it, not an
 * empty section, and rules read it as they read a list item.
 */
import type { Section, Statement } from './model.js';

// A figure, a question or a remark in brackets: a heading that says more than a part's name.
const SAYS_MORE = /[\d?(]/;
// Below these counts a body-less heading is a section left empty, as in any plan.
const MIN_NODES = 6;

/**
 * The leaf headings that hold content in a document written as an outline of headings: at least six body-less leaves
 * that name no plan concept, and at least twice as many as the sections that have a body of their own.
 */
export function outlineNodes(headings: readonly Section[], clean: string): Section[] {
  const leaves: Section[] = [];
  let withBody = 0;
  for (let i = 0; i < headings.length; i++) {
    const s = headings[i]!;
    const next = headings[i + 1]?.start ?? clean.length;
    if (clean.slice(s.bodyStart, next).trim() !== '') withBody++;
    // "## Budget" with nothing under it is a gap to fill even in an outline; "### 1.390.000 €" and "### go-live September
    // (Gaia wing)" are nodes.
    else if (s.empty && s.depth >= 2 && !s.headingValue && (s.concepts.length === 0 || SAYS_MORE.test(s.title) || s.title.split(/\s+/).length >= 5)) leaves.push(s);
  }
  return leaves.length >= MIN_NODES && leaves.length >= 2 * withBody ? leaves : [];
}

/** Reads the outline's leaf headings as list items: each is a line of content under its parent heading. */
export function readOutline(headings: readonly Section[], statements: readonly Statement[], clean: string): void {
  const nodes = new Set(outlineNodes(headings, clean));
  if (nodes.size === 0) return;
  for (const s of nodes) s.empty = false;
  for (const st of statements) if (st.kind === 'heading' && st.section && nodes.has(st.section) && st.start === st.section.titleSpan.start) st.kind = 'item';
}
