/**
 * Incremental parsing: a new version of a document is parsed again only around what
 * changed, and the rest of the previous tree is reused with its positions moved.
 *
 * A plan is a sequence of top-level blocks. The text is cut at a *safe boundary*: the start
 * of a line that begins at the first column with content, after a blank line, between two
 * top-level nodes, where a list before it cannot go on (the line does not look like a list
 * item) and no indented code (nor code or HTML at the end of a list or quote) leaves the parser
 * reading the line as an interruption. Nothing before such a line depends on what follows it,
 * and what follows it parses as it would at the start of a document. The changed span, widened to the nearest safe
 * boundaries before and after it, is parsed alone (without frontmatter unless it starts the
 * document) and its nodes replace the old ones there.
 *
 * Checks on the new parse widen the span to the end of the document when it ends inside a
 * construct that runs past a blank line (an unclosed code fence or HTML comment, a list
 * that the next line continues, indented code). The whole document is parsed again when link reference
 * definitions are or were present (they change how links parse anywhere), when the edit
 * touches frontmatter in a way that could move where it ends, or when there is no
 * previous parse.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { createParser } from '../processor.js';
import { countLineEndings, isBlankLine, isLineStart, lineStartOf, mayStartListItem, nextLineStart, previousLineStart, startsFlush } from './lines.js';
import { moveInPlace, movedCopy } from './shift.js';

/** A parsed version of a document, kept to parse the next version incrementally. */
export interface ParsedDocument {
  /** The text as parsed (after the byte-order mark and deep lists were dealt with). */
  readonly text: string;
  readonly tree: Root;
  /** Whether the tree holds a link reference definition (every later version is parsed whole). */
  readonly hasDefinitions: boolean;
}

/** What `parseDocument` did. */
export interface Reparse {
  document: ParsedDocument;
  /** The span of the new text that was parsed; the whole text for a full parse, empty when nothing changed. */
  parsed: { start: number; end: number };
  /** Why the whole document was parsed, when it was. */
  full?: string;
}

type Parser = ReturnType<typeof createParser>;
let parsers: { document: Parser; body: Parser } | undefined;
function getParsers(): { document: Parser; body: Parser } {
  // The body parser reads a span that does not start the document: `---` there is a
  // thematic break, never frontmatter.
  return (parsers ??= { document: createParser().freeze() as Parser, body: createParser({ frontmatter: false }).freeze() as Parser });
}

const start = (node: Nodes): number => node.position!.start.offset!;
const end = (node: Nodes): number => node.position!.end.offset!;

function hasDefinition(node: Nodes): boolean {
  if (node.type === 'definition') return true;
  if ('children' in node) for (const child of node.children as Nodes[]) if (hasDefinition(child)) return true;
  return false;
}

/** A whole parse of `text`. */
function parseWhole(text: string, reason: string): Reparse {
  const tree = getParsers().document.parse(text) as Root;
  // A definition is always written `[label]:`; without that pair of characters there is none.
  const hasDefinitions = text.includes(']:') && hasDefinition(tree);
  return { document: { text, tree, hasDefinitions }, parsed: { start: 0, end: text.length }, full: reason };
}

/** Whether a code node is fenced (` ``` ` or `~~~` after at most three spaces), not indented. */
function isFenced(node: Nodes, text: string): boolean {
  let i = start(node);
  while (i < text.length && text.charCodeAt(i) === 32 && i - start(node) < 3) i++;
  const c = text.charCodeAt(i);
  return c === 96 || c === 126;
}

/**
 * Whether the parser may still be inside `node` when the next line after a blank one begins:
 * its last block (at any depth) is indented code, which runs on over blank lines, or code or
 * HTML inside a list or quote. The parser reads that next line as one that interrupts an open
 * block (an ordered list starting at 2 is then a paragraph), which a parse starting there
 * would not know.
 */
function mayRunOn(node: RootContent, text: string): boolean {
  for (let n: Nodes | undefined = node; n; n = 'children' in n ? (n.children as Nodes[])[n.children.length - 1] : undefined) {
    if (n.type === 'code' && (n !== node || !isFenced(n, text))) return true;
    if (n.type === 'html' && n !== node) return true;
  }
  return false;
}

/** Index of the last top-level node starting before `offset`, or -1. */
function lastBefore(children: readonly RootContent[], offset: number): number {
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(children[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Whether the old text can be cut at line start `p`: content at the first column, a blank
 * line before it, no top-level node running over that blank line, and no list before it that
 * the line could continue (in `now`, the text the line will open after the edit).
 */
function safeIn(text: string, children: readonly RootContent[], p: number, now: string, nowAt: number): boolean {
  if (p <= 0 || p >= text.length || !isLineStart(text, p) || !startsFlush(text, p) || !startsFlush(now, nowAt)) return false;
  const blank = previousLineStart(text, p);
  if (!isBlankLine(text, blank)) return false;
  const i = lastBefore(children, p);
  if (i < 0) return true;
  const before = children[i]!;
  if (end(before) > blank || mayRunOn(before, text)) return false;
  return !(before.type === 'list' && mayStartListItem(now, nowAt));
}

/**
 * Parses `text`, reusing `previous` (the parse of an earlier version of the same document)
 * for every top-level block the change did not touch. The tree is the one a whole parse
 * gives, positions included.
 */
export function parseDocument(text: string, previous?: ParsedDocument): Reparse {
  if (!previous) return parseWhole(text, 'no previous parse');
  const old = previous.text;
  if (old === text) return { document: previous, parsed: { start: 0, end: 0 } };
  if (previous.hasDefinitions) return parseWhole(text, 'link reference definitions');
  const children = previous.tree.children;
  const oldFrontmatter = children[0]?.type === 'yaml';
  // A document opening with `---` and no frontmatter parsed may gain one from any later edit that closes it.
  if (!oldFrontmatter && (old.startsWith('---') || text.startsWith('---'))) return parseWhole(text, 'unclosed frontmatter');

  // The changed span: [from, oldTo) in the old text is [from, newTo) in the new one.
  const min = Math.min(old.length, text.length);
  let from = 0;
  while (from < min && old.charCodeAt(from) === text.charCodeAt(from)) from++;
  let same = 0;
  while (same < min - from && old.charCodeAt(old.length - 1 - same) === text.charCodeAt(text.length - 1 - same)) same++;
  const oldTo = old.length - same;
  const delta = text.length - old.length;

  // The cut before the change: a safe boundary strictly before it, so the line it opens starts the same.
  let a = 0;
  for (let p = lineStartOf(old, from); p > 0; p = previousLineStart(old, p)) {
    if (p < from && safeIn(old, children, p, text, p)) {
      a = p;
      break;
    }
  }
  // The cut after it: a safe boundary whose blank line, and the line ending before that, the edit left alone.
  let b = old.length;
  for (let p = nextLineStart(old, oldTo); p < old.length; p = nextLineStart(old, p)) {
    if (p <= a || !safeIn(old, children, p, text, p + delta)) continue;
    const blank = previousLineStart(old, p);
    if (blank - 1 >= oldTo) {
      b = p;
      break;
    }
  }
  if (a === 0 && b === old.length) return parseWhole(text, 'the change spans the document');

  const { document: documentParser, body } = getParsers();
  const parser = a === 0 ? documentParser : body;
  let window = text.slice(a, b + delta);
  let tree = parser.parse(window) as Root;
  if (b < old.length) {
    // The new span must end where the old did: its last node closed before the blank line,
    // and not a list the line after the cut would continue.
    const blank = previousLineStart(text, b + delta) - a;
    const last = tree.children[tree.children.length - 1];
    if (last && (end(last) >= blank || mayRunOn(last, window) || (last.type === 'list' && mayStartListItem(text, b + delta)))) {
      b = old.length;
      window = text.slice(a);
      tree = parser.parse(window) as Root;
    }
  }
  if (window.includes(']:') && hasDefinition(tree)) return parseWhole(text, 'link reference definitions');
  // Frontmatter ends at its first closing fence; one that closes beyond the span would be missed.
  if (a === 0 && text.startsWith('---') && tree.children[0]?.type !== 'yaml' && b < old.length) return parseWhole(text, 'frontmatter');

  // Line of the cut `a` (1-based), counted from the node before it.
  const i = lastBefore(children, a);
  const lineA = i < 0 ? 1 + countLineEndings(old, 0, a) : children[i]!.position!.end.line + countLineEndings(old, end(children[i]!), a);
  const lineDelta = countLineEndings(text, a, b + delta) - countLineEndings(old, a, b);

  const spliced: RootContent[] = children.slice(0, i + 1);
  for (const node of tree.children) {
    moveInPlace(node, a, lineA - 1);
    spliced.push(node);
  }
  for (let j = lastBefore(children, b) + 1; j < children.length; j++) spliced.push(movedCopy(children[j]!, delta, lineDelta));

  const point = (p: Point, offset: number, line: number): Point => ({ line: p.line + line, column: p.column, offset: p.offset! + offset });
  const root: Root = {
    type: 'root',
    children: spliced,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: b === old.length ? point(tree.position!.end, a, lineA - 1) : point(previous.tree.position!.end, delta, lineDelta),
    },
  };
  return { document: { text, tree: root, hasDefinitions: false }, parsed: { start: a, end: b + delta } };
}
