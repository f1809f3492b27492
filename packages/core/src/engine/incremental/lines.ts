/**
 * Line helpers in micromark's terms: a line ending is `\r\n`, `\n` or a lone `\r`, and a
 * blank line holds only spaces and tabs. The incremental parser cuts documents at line
 * starts only, so its counts must agree with the parser's positions.
 */

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Whether offset `i` starts a line of `text` (0 does; so does the offset after a line ending). */
export function isLineStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  return before === LF || (before === CR && text.charCodeAt(i) !== LF);
}

/** The start of the line holding offset `i`. */
export function lineStartOf(text: string, i: number): number {
  let j = Math.min(i, text.length);
  while (j > 0 && !isLineStart(text, j)) j--;
  return j;
}

/** The start of the line before the one starting at `lineStart` (which must be > 0). */
export function previousLineStart(text: string, lineStart: number): number {
  // Step over the line ending that ends the previous line.
  let i = lineStart - 1;
  if (text.charCodeAt(i) === LF && text.charCodeAt(i - 1) === CR) i--;
  while (i > 0 && !isLineStart(text, i)) i--;
  return i;
}

/** The start of the line after the one holding `i`, or `text.length` on the last line. */
export function nextLineStart(text: string, i: number): number {
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === LF) return j + 1;
    if (c === CR) return text.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
  }
  return text.length;
}

/** Whether the line starting at `lineStart` holds nothing but spaces and tabs. */
export function isBlankLine(text: string, lineStart: number): boolean {
  for (let j = lineStart; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === LF || c === CR) return true;
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** Line endings in `text` between `from` and `to` (a `\r\n` counts once, as the parser counts it). */
export function countLineEndings(text: string, from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === LF) n++;
    else if (c === CR && text.charCodeAt(j + 1) !== LF) n++;
  }
  // A `\r` just before `to` whose `\n` lies at `to` ends a line the range only half holds.
  if (to > from && text.charCodeAt(to - 1) === CR && text.charCodeAt(to) === LF) n++;
  return n;
}

/** Whether the character at `i` can open a line with content at the first column (not space, tab or line ending). */
export function startsFlush(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c !== SPACE && c !== TAB && c !== LF && c !== CR;
}

/** Whether the character at `i` could start a list item (`-`, `*`, `+` or a digit). */
export function mayStartListItem(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57);
}
