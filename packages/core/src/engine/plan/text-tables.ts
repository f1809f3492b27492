/**
 * Tables drawn in plain text, as Pandoc writes them when a Word document is converted: grid tables
 * (`+------+------+` borders, `|` between cells, a cell's text wrapped over several lines) and simple
 * tables (a header line over dashes, columns aligned by spaces). Markdown reads both as a paragraph;
 * a plan's positions table is no less a table for it.
 */
import type { Span } from '../text.js';
import type { Cell } from './model.js';

/** A table row read from text: its cells, and whether it is the header. */
export interface TextRow extends Span {
  cells: Cell[];
  isHeader: boolean;
}

const GRID_BORDER = /^[ \t]{0,3}\+(?:[-=:]+\+){2,}[ \t]*$/;
const GRID_HEADER_RULE = /^[ \t]{0,3}\+(?:[=:]+\+){2,}[ \t]*$/;
const GRID_LINE = /^[ \t]{0,3}\|.*\|[ \t]*$/;
// "------ ----------- --------": the dashes under a simple table's header, one run per column.
export const SIMPLE_RULE = /^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*$/;

interface Line extends Span {
  text: string;
}

function linesOf(text: string, span: Span): Line[] {
  const out: Line[] = [];
  let at = span.start;
  for (const t of text.slice(span.start, span.end).split('\n')) {
    out.push({ start: at, end: at + t.length, text: t });
    at += t.length + 1;
  }
  return out;
}

/** The cell of `line` between two offsets of the line, trimmed; empty cells keep their place. */
function cellOf(line: Line, clean: string, from: number, to: number): Cell {
  const a = line.start + Math.min(from, line.text.length);
  const b = line.start + Math.min(to, line.text.length);
  const raw = clean.slice(a, b);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  return { start: a + lead, end: a + lead + t.length, text: t };
}

/** The rows of a grid or simple table that fills the paragraph at `span`, or undefined when it is no such table. */
export function textTableRows(text: string, clean: string, span: Span): TextRow[] | undefined {
  // Columns are counted from the start of each line; a paragraph starts after its indent.
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const from = /^[ \t]*$/.test(text.slice(lineStart, span.start)) ? lineStart : span.start;
  const lines = linesOf(text, { start: from, end: span.end });
  if (lines.length >= 3 && GRID_BORDER.test(lines[0]!.text)) return gridRows(lines, clean);
  if (lines.length >= 3 && SIMPLE_RULE.test(lines[1]!.text) && lines[0]!.text.trim() !== '') return simpleRows(lines, clean);
  return undefined;
}

function gridRows(lines: Line[], clean: string): TextRow[] | undefined {
  if (!lines.every((l) => GRID_BORDER.test(l.text) || GRID_LINE.test(l.text))) return undefined;
  const border = lines[0]!.text;
  const plus: number[] = [];
  for (let i = 0; i < border.length; i++) if (border[i] === '+') plus.push(i);
  const hasHeader = lines.some((l) => GRID_HEADER_RULE.test(l.text));
  const rows: TextRow[] = [];
  let current: TextRow | undefined;
  let seenHeaderRule = false;
  for (const line of lines) {
    if (GRID_BORDER.test(line.text)) {
      if (GRID_HEADER_RULE.test(line.text)) seenHeaderRule = true;
      current = undefined;
      continue;
    }
    const cells = plus.slice(0, -1).map((p, i) => cellOf(line, clean, p + 1, plus[i + 1]!));
    if (!current) {
      current = { start: line.start, end: line.end, cells, isHeader: hasHeader && !seenHeaderRule };
      rows.push(current);
      continue;
    }
    // A cell's text wrapped onto the next line of its row: "Walk-away" ⏎ "(ceiling)".
    current.end = line.end;
    current.cells = current.cells.map((c, i) => {
      const more = cells[i]!;
      if (!more.text) return c;
      if (!c.text) return more;
      return { ...c, text: `${c.text} ${more.text}` };
    });
  }
  return rows.length > 1 ? rows : undefined;
}

function simpleRows(lines: Line[], clean: string): TextRow[] | undefined {
  const rule = lines[1]!.text;
  const starts: number[] = [];
  for (const m of rule.matchAll(/-+/g)) starts.push(m.index);
  const cut = (line: Line): Cell[] => starts.map((s, i) => cellOf(line, clean, i === 0 ? 0 : s, i + 1 < starts.length ? starts[i + 1]! : line.text.length));
  const rows: TextRow[] = [{ start: lines[0]!.start, end: lines[0]!.end, cells: cut(lines[0]!), isHeader: true }];
  for (const line of lines.slice(2)) {
    // Pandoc closes a simple table with its dashes again.
    if (SIMPLE_RULE.test(line.text) || /^[ \t]*-+[ \t]*$/.test(line.text)) continue;
    if (!line.text.trim()) continue;
    rows.push({ start: line.start, end: line.end, cells: cut(line), isHeader: false });
  }
  return rows.length > 1 ? rows : undefined;
}
