/**
 * Text helpers that keep offsets stable: every transformation here returns a
 * string of exactly the same length as its input, so an index found in the
 * cleaned text is also the index in the source document.
 */
import { lastAtOrBefore } from './sorted.js';

/** 1-based line and column plus 0-based offset, as unist points are. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Maps offsets to line/column with a binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    // starts[0] is 0, so some line always starts at or before the offset.
    const lo = lastAtOrBefore(this.starts, o);
    return { line: lo + 1, column: o - this.starts[lo]! + 1, offset: o };
  }

  /** The offset of a 1-based line and column, clamped to the text. */
  offsetAt(line: number, column: number): number {
    return Math.max(0, Math.min(this.lineStart(line) + column - 1, this.text.length));
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }

  lineEnd(line: number): number {
    const next = this.starts[line];
    if (next === undefined) return this.text.length;
    return this.text[next - 2] === '\r' ? next - 2 : next - 1;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * Replaces Markdown punctuation with spaces (same length), so patterns can be
 * matched against what a reader sees while offsets still point into the source.
 */
export function cleanMarkup(raw: string): string {
  // Most texts hold none of these characters; a pass is skipped unless its trigger is there.
  let text = raw;
  const html = text.includes('<');
  if (html) text = text.replace(/<!--[\s\S]*?-->/g, blank);
  if (text.includes('](')) text = text.replace(/\[([^\]\n]{0,500})\]\(([^)\n]{0,500})\)/g, (_m, t: string, u: string) => ` ${t}  ${blank(u)} `);
  // CriticMarkup, as reviewers edit a plan in the file: a deletion and the old side of a substitution are what the plan
  // no longer says, a comment is the reviewer's and not the plan's; an addition and the new side are the plan ("{~~€42~>€40~~}").
  if (text.includes('{')) {
    text = text
      .replace(/\{--[^]{0,900}?--\}/g, blank)
      .replace(/\{>>[^]{0,900}?<<\}/g, blank)
      .replace(/\{~~([^]{0,900}?)~>([^]{0,900}?)~~\}/g, (_m, old: string, now: string) => blank(`{~~${old}~>`) + now + '   ')
      .replace(/\{\+\+|\+\+\}|\{==|==\}/g, blank);
  }
  if (text.includes('>')) text = blankReviewComments(text);
  // A transcript's timestamps ("[00:42] So the background…") mark when words were said, not what they say; a timestamp
  // before a writer's name ("[09:42] Sneha Iyer: Yes.") is kept, as chats are read by it.
  if (text.includes(']')) {
    const stamps = text.match(BARE_TIMESTAMP);
    if (stamps && stamps.length >= 3) text = text.replace(BARE_TIMESTAMP, (m) => blank(m));
  }
  // A callout's type ("> [!question]- Assumptions to verify", "> [!WARNING]") is markup; its title is what a reader sees.
  if (text.includes('[!')) text = text.replace(/(^|\n)([ \t>]*)(\[![A-Za-z-]{1,20}\][+-]?)/g, (_m, nl: string, lead: string, mark: string) => nl + lead + blank(mark));
  // Struck-through text is what the plan no longer says: "~~₹3,600~~ Flexible now", "~~€42~~ €40", "<del>TBD</del>".
  if (html) text = text.replace(/<(del|s|strike)>[^<\n]{0,300}<\/\1>/gi, blank);
  // A struck passage may wrap onto the next lines of its paragraph.
  if (text.includes('~~')) text = text.replace(/~~(?:[^~\n]|\n(?![ \t]*\n)){1,900}~~/g, blank);
  if (html) text = text.replace(/<\/?[a-zA-Z][^<>\n]{0,200}>/g, blank);
  if (MARKUP_CHAR.test(text)) {
    text = text
      .replace(/\*\*|__|~~|`+/g, blank)
      .replace(/(?<![\p{L}\p{N}])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\p{N}])/gu, ' ');
  }
  if (text.includes('\\')) text = text.replace(/\\(?=[^\s])/g, ' ');
  if (text.includes('\r')) text = text.replace(/\r/g, ' ');
  return text;
}

const MARKUP_CHAR = /[*_~`]/;
const BARE_TIMESTAMP = /(?<=^|\n)[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]+(?![\p{Lu}][\p{L}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){0,2}[ \t]*:)/gu;

// A reviewer's note quoted into the plan: "> Coach (Sato): …", "> 💬 Bertrand: …", "> **Anjali:** … [open]".
const REVIEW_LEAD = /^[\s*_]*(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:\[(?:resolved|open|done|fixed)\]\s*[*_]*\s*)?(?:(?<role>coach|reviewer|mentor)\b[^:\n]{0,40}|(?<note>review|comment|comments)(?:\s*\([^)\n]{1,30}\))?|(?<name>[\p{Lu}][\p{L}.'’-]{0,20}(?:\s+[\p{Lu}][\p{L}.'’-]{0,20}){0,2}(?:\s*\([^)\n]{1,30}\))?))[*_]*\s*:/u;
const EMOJI_LEAD = /^[\s*_]*\p{Extended_Pictographic}/u;
// Where a note's thread stands: "[resolved]", "(open)", "✔ resolved", "**[open]**" (a bare ✅ is a checklist's, not a thread's).
const REVIEW_STATE = /\[(?:resolved|open|done|fixed|closed)\]|\((?:resolved|open|done|fixed|closed)\)|[✔✓✅]\s*(?:resolved|done|fixed)\b/i;

/**
 * Blanks the notes a reviewer left in a plan as quotes, and the writer's answers to them: the plan's own lines say what
 * it stands by, a note says what the reviewer made of an earlier draft ("> Coach (Sato): Step 3 was "free" in draft 1").
 * A quote counts as a note when a reviewer's role leads it, or a name or emoji leads it and it carries a thread state.
 */
function blankReviewComments(text: string): string {
  return text.replace(/(?:^|\n)[ \t]*>[^\n]*(?:\n[ \t]*>[^\n]*)*/g, (quote) => {
    const first = /^\n?[ \t]*>[ \t>]*(.*)/.exec(quote)![1]!;
    const lead = REVIEW_LEAD.exec(first);
    const isNote = lead?.groups?.role !== undefined || lead?.groups?.note !== undefined || ((lead?.groups?.name !== undefined || EMOJI_LEAD.test(first)) && REVIEW_STATE.test(quote));
    return isNote ? blank(quote) : quote;
  });
}

export interface Span {
  start: number;
  end: number;
}

/** Whether the full stop at `at` closes a title or an abbreviation ("Mr. Okafor", "approx. 40"), not a sentence. */
export const abbreviationBefore = (text: string, at: number): boolean => text[at] === '.' && ABBREVIATION.test(text.slice(Math.max(0, at - 8), at));

const ABBREVIATION = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|St|Prof|Sr|Jr|No|Nos|vs|approx|ca|cf|incl|excl|Inc|Ltd|Co|Corp|Bros|Mt|Ft|etc|e\.g|i\.e|Fig|Art|Sec|Nr|Mio|Mrd|bzw|ggf|z\.B|u\.a|Rs|Tk|Kč|Ksh|Sh|Fr|Frs|Bhd|Pvt|Sdn|Nr|resp|Dept|Govt|Mgmt|Qty|Ref|Tel|kr|tys)$/u;

/** Splits a cleaned text into sentences, with absolute offsets (`base` + index). */
const OUTLINE_NUMBER = /^[\s>*_]*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[A-H])$/;

export function splitSentences(text: string, base: number): Span[] {
  const out: Span[] = [];
  // A sentence ends at . ! ? or ; followed by space and a new sentence, or at a blank line.
  // The closing quote or bracket after the stop ends the sentence with it: 'by Friday." We resubmit' starts at "We".
  const re = /[.!?…]["'”’)\]]*(?=\s+["“(]?[\p{Lu}\p{N}$€£])|[!?](?=\s)|\n\s*\n/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    // "Mr. Okafor", "St. Brigid's", "approx. 40": a title or abbreviation, not the end of a sentence.
    if (abbreviationBefore(text, m.index!)) continue;
    // "7. Response if…", "4.2. Floor", "IV. Price": an outline number opening its line numbers the sentence, it does not end one.
    if (m[0][0] === '.' && OUTLINE_NUMBER.test(text.slice(text.lastIndexOf('\n', m.index!) + 1, m.index!))) continue;
    const end = m.index! + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;

  function push(s: number, e: number): void {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: base + s, end: base + e });
  }
}

/** Counts words, for short-label checks. */
export function wordCount(text: string): number {
  // "Jarrod's", "don't", "we'll" are one word each.
  const m = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);
  return m ? m.length : 0;
}

/** Inside an open bracket: more "(" than ")" between `from` and `at` ("(Vardhan still needs ~40% of our parts, no second …"). */
export function inBrackets(text: string, from: number, at: number): boolean {
  let open = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === '(') open++;
    else if (text[i] === ')') open--;
  }
  return open > 0;
}

/**
 * Inside quotation marks on its line: someone's words, not the plan's own voice ("Ask him: \u201cWould you rather
 * tell us now than after the committee?\u201d", their objection "12% doesn't work at our margin").
 */
export function inQuote(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  let straight = 0;
  let open = 0;
  // German quotes open low and close with the mark English opens with: „so“.
  let low = 0;
  for (const ch of before) {
    if (ch === '"') straight++;
    else if (ch === '\u201e') (low++, open++);
    else if (ch === '\u201c' && low > 0) (low--, open--);
    else if (ch === '\u201c' || ch === '\u00ab') open++;
    else if (ch === '\u201d' || ch === '\u00bb') open--;
  }
  return straight % 2 === 1 || open > 0;
}
