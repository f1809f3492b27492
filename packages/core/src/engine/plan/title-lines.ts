/**
 * Title lines written without Markdown: a short title with its value indented under it ("Walk-away point" ⏎
 * "    1.290.000 EUR…"), or a plain title on the first line of its paragraph ("What this is" ⏎ "The consortium's RFP…").
 * Statements split at them and labels read them, so both ask here.
 */

/** The column a line's text starts at, in the document (a list item's first line starts after its marker). */
export function columnOf(text: string, start: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let col = start - lineStart;
  while (text[lineStart + col] === ' ' || text[lineStart + col] === '\t') col++;
  return col;
}

// A short title standing alone on its line: a few words, no sentence ended or broken off with a comma.
const TITLE_LINE = /^\s*[^\s.,;!?][^\n.;!?]{0,60}?[\\]?\s*$/;
const isTitleLine = (line: string) => TITLE_LINE.test(line) && !/,\s*\\?\s*$/.test(line) && line.trim().split(/\s+/).length <= 8;

/** A paragraph's first line that is a short title, with the next line starting a sentence of its own. */
export function plainTitleAt(line: string, next: string): boolean {
  return isTitleLine(line) && !/[:,–—-]\s*$/.test(line) && /^\s*(?:\p{Lu}|[$€£¥₹₩]|\d)/u.test(next);
}

/**
 * Whether the line from `start` to `end` is a title with its value indented under it: the line after is two or more
 * columns further in. With `before`, the line before (from `before`) must be further in than this one: the title
 * that follows the previous block.
 */
export function hangingTitleAt(text: string, start: number, end: number, before?: number): boolean {
  const line = text.slice(start, end);
  if (!isTitleLine(line)) return false;
  const col = columnOf(text, start);
  if (before !== undefined && columnOf(text, before) < col + 2) return false;
  const nextStart = text.indexOf('\n', end);
  if (nextStart === -1) return false;
  const nextEnd = text.indexOf('\n', nextStart + 1);
  const next = text.slice(nextStart + 1, nextEnd === -1 ? text.length : nextEnd);
  return next.trim() !== '' && columnOf(text, nextStart + 1) >= col + 2;
}

/** A definition's mark, as Pandoc and PHP Markdown Extra write definition lists: "Term" ⏎ ": what it is". */
export const DEFINITION_MARK = /^[ \t]{0,3}:[ \t]+(?=\S)/;

/** Whether the line from `start` to `end` is a definition list's term: a short title with a definition (": …") on the next line. */
export function definitionTermAt(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  // "ceiling = 3 180 €/t" ⏎ ": = the alternative's price…": a line with a value of its own is annotated, not defined.
  if (!isTitleLine(line) || /[:=]|\s[—–]\s/.test(line)) return false;
  const nextStart = text.indexOf('\n', end);
  if (nextStart === -1) return false;
  return DEFINITION_MARK.test(text.slice(nextStart + 1, nextStart + 200));
}
