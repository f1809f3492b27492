/**
 * Statements — headings, sentences of paragraphs (label blocks split per line), list
 * item lines and table rows — and the amounts they hold, in document order.
 */
import { alignElided, headerCurrency, parseAmounts, type Amount } from '../numbers.js';
import { lowerBound } from '../sorted.js';
import { abbreviationBefore, splitSentences, type Span } from '../text.js';
import type { Blocks, Paragraph } from './blocks.js';
import type { Row, Section, Statement } from './model.js';
import { capsTitle, CURRENCY_LEAD, POSITION_NAME_OTHER, POSITION_SHORT_NAME, SPEAKER_LINE, SPEAKER_PREFIX } from '../lexicon/shapes.js';
import { DEFINITION_MARK, definitionTermAt, hangingTitleAt, plainTitleAt } from './title-lines.js';

export interface Statements {
  statements: Statement[];
  /** Each paragraph's lines as statements were cut from them (label lines apart). */
  paragraphLines: Map<Paragraph, Span[]>;
}

/** A section's title as a statement the tag index can read: "## If negotiations fail", "## Two separate conversations". */
// French sets its closing guillemet apart: "…de votre côté ? »".
const QUESTION_END = /[?？](?:[\s\u00a0\u202f]*["'”’)」』»*_])*$/;
// Greek asks with a semicolon ("…μπορείτε ή όχι;»"), ASCII or the Greek question mark.
const GREEK_QUESTION_END = /[;\u037e]["'”’)»*_]*$/;
const GREEK = /\p{Script=Greek}{3}/u;

// "> [!WARNING]", "> [!tip]- Concessions": a callout's mark, and its title when it has one.
const CALLOUT = /^\[![A-Za-z-]{1,20}\][+-]?[ \t]*([^\s*_][^\n]*)?/;

export const titleStatement = (sec: Section): Statement => ({ start: sec.titleSpan.start, end: sec.titleSpan.end, text: sec.title, kind: 'heading', isQuestion: false });

export function buildStatements(blocks: Blocks, text: string, clean: string): Statements {
  const { headings, paragraphs, rows, sectionAt } = blocks;
  // Statements: headings, sentences of paragraphs (label blocks split per line), table rows.
  const statements: Statement[] = [];
  const addStatement = (span: Span, kind: Statement['kind'], extra: Partial<Statement>): void => {
    const raw = clean.slice(span.start, span.end);
    const t = raw.trim();
    if (!t) return;
    const start = span.start + (raw.length - raw.trimStart().length);
    const prefix = kind === 'heading' ? null : SPEAKER_PREFIX.exec(t);
    const message = prefix ? { wordsFrom: start + prefix[0].length } : undefined;
    statements.push({ start, end: start + t.length, text: t, kind, section: sectionAt(span.start), isQuestion: QUESTION_END.test(t) || (GREEK_QUESTION_END.test(t) && GREEK.test(t)), ...(message && { message }), ...extra });
  };
  for (const h of headings) addStatement(h.titleSpan, 'heading', { section: h });
  const paragraphLines = new Map<Paragraph, Span[]>();
  for (const p of paragraphs) {
    const pLines = splitLabelLines(clean, text, p);
    paragraphLines.set(p, pLines);
    const mark = CALLOUT.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
    const callout = mark ? { callout: { titled: Boolean(mark[1]) } } : {};
    // "3. $60,000 off if they pick up at our plant" ⏎ "[11:34] Kevin Walsh: What do we say…": Markdown runs the next chat
    // message on into the list item above it; a message that opens its line is the chat again, not part of the item.
    let item = p.item;
    for (const [i, line] of pLines.entries()) {
      if (item && i > 0 && SPEAKER_PREFIX.test(clean.slice(line.start, line.end).trim())) item = undefined;
      for (const s of splitSentences(clean.slice(line.start, line.end), line.start)) {
        addStatement(s, item ? 'item' : 'prose', { item, ...callout });
      }
    }
  }
  for (const r of rows) if (!r.isHeader) addStatement(r, 'row', { row: r });
  statements.sort((a, b) => a.start - b.start);
  // A writer named on a line of its own ("Olivier Garnier 09:41") opens the message on the lines under it.
  for (let i = 0; i + 1 < statements.length; i++) {
    const next = statements[i + 1]!;
    if (statements[i]!.kind !== 'heading' && next.kind !== 'heading' && !next.message && SPEAKER_LINE.test(statements[i]!.text) && !SPEAKER_LINE.test(next.text)) next.message = { wordsFrom: next.start };
  }
  return { statements, paragraphLines };
}

export interface AmountIndex {
  amounts: Amount[];
  /** Amounts wholly inside a span. */
  amountsIn(span: Span): Amount[];
}

/** Every amount in the statements, with absolute offsets; `currency` applies to bare money-shaped numbers. */
// A column header that names the currency its figures are in: "EUR/kg", "£ PEPM", "Price (USD)".
/** A bare figure in a table cell under a header that names a currency ("| Opening | 8,95 |" under "EUR/kg") is money. */
function inColumnCurrency(row: Row, a: Amount): Amount {
  const i = row.cells.findIndex((c) => a.start >= c.start && a.end <= c.end);
  const header = i > 0 ? row.header[i]?.text : undefined;
  const named = header ? headerCurrency(header) : undefined;
  return named ? { ...a, kind: 'money', currency: named.currency, value: a.value * named.scale } : a;
}

// "0,92", "1,40 M": a decimal comma. "1,032 M" in a plan that writes its decimals so is 1.032 million, not 1,032 million.
const COMMA_DECIMAL = /\d,\d{1,2}(?!\d)/;
const DOT_DECIMAL = /\d\.\d{1,2}(?!\d)/;
const GROUPED_WITH_SCALE = /(?:^|[^\d.,])\d{1,3},\d{3}\s?(?:M|Mio|mio|mln|Mn|mn|bn|Bn|m)\b/;

export function indexAmounts(statements: readonly Statement[], currency: string | undefined): AmountIndex {
  const amounts: Amount[] = [];
  const commaDecimals = statements.some((st) => COMMA_DECIMAL.test(st.text)) && !statements.some((st) => DOT_DECIMAL.test(st.text));
  for (const st of statements) {
    for (const parsed of parseAmounts(st.text, currency)) {
      const a = commaDecimals && GROUPED_WITH_SCALE.test(parsed.raw) ? { ...parsed, value: parsed.value / 1000 } : parsed;
      const at = { ...a, start: a.start + st.start, end: a.end + st.start };
      amounts.push(st.row && at.kind === 'number' ? inColumnCurrency(st.row, at) : at);
    }
  }
  alignElided(amounts);
  // Statements are sorted and disjoint, so their amounts are sorted by start: binary search.
  const amountsIn = (span: Span): Amount[] => {
    const out: Amount[] = [];
    for (let i = lowerBound(amounts, span.start, (a) => a.start); i < amounts.length && amounts[i]!.start < span.end; i++) if (amounts[i]!.end <= span.end) out.push(amounts[i]!);
    return out;
  };

  return { amounts, amountsIn };
}

// A line that opens with a label of a few words and a colon: "tgt: €36k/ep", "open @: €30k/ep", "plan B #2: …".
// "floor = cost + 12 %": an analyst's `term = value` line is a label too.
const SHORT_LABEL = /^\s*(?:[-*+•]\s+)?[^\s:.!?\n=][^:.!?\n=]{0,24}(?::|\s=\s)\s*\S/u;

// "WA 96k — below that no margin" ⏎ "tgt 118k" ⏎ "opn 132k = list price": a short name and its figure, notes typed fast.
const SIGNED_MONEY_LINE = /^\s*(?:[+−]|plus\s|minus\s|another\s|a further\s)\s?(?:[$€£¥₹₩]|[A-Z]{1,3}\$|[A-Z]{3}\s?)\s?\d/i;
const FIGURE_EARLY = /^\s*(?:[\p{L}'’-]+[ \t]+){1,3}(?:[$€£¥₹₩]|[A-Z]{3}[ \t]?)\d/u;
const SHORTHAND_LINE = new RegExp(`^\\s*(?:[-*+•]\\s+)?[A-Za-z][A-Za-z/]{0,9}\\s+${CURRENCY_LEAD}\\s?\\d[\\d.,]*\\s?[kKmM]?(?:[\\s/]|$)`);

// "tgt 83k", "opn 78k — 3 comps…", "WA (max) 95k": a position's short name and its figure start a line of their own,
// whatever the line before ends on.
const POSITION_SHORTHAND = new RegExp(
  `^\\s*(?:[-*+•]\\s+)?(?:${POSITION_SHORT_NAME}|${POSITION_NAME_OTHER})(?![A-Za-z\\u00C0-\\u024F])(?:\\s*\\([^)\\n]{1,20}\\))?(?:\\s+(?:was|is|at))?\\s*[:=—–→@-]?\\s*${CURRENCY_LEAD}\\s?\\d`,
  'i',
);

/**
 * Paragraphs written as stacks of labelled lines ("**Walk-away:** …⏎**Target:** …")
 * are split per line; flowing prose is kept whole so sentences can wrap.
 */
function splitLabelLines(clean: string, text: string, p: Paragraph): Span[] {
  const body = clean.slice(p.start, p.end);
  if (!body.includes('\n')) return p.code ? [{ start: p.start, end: p.end }] : splitRunOnLabels(clean, { start: p.start, end: p.end });
  // A settings block is read line by line; a `# …` after the value is its comment, not a new line of text.
  if (p.code) {
    const out: Span[] = [];
    let at = 0;
    for (const line of body.split('\n')) {
      if (line.trim()) out.push({ start: p.start + at, end: p.start + at + line.length });
      at += line.length + 1;
    }
    return out;
  }
  const out: Span[] = [];
  let start = 0;
  // A word processor wraps its lines near one width; notes typed on a phone break where the thought ends, ragged.
  const lengths = body.split('\n').map((l) => l.trimEnd().length);
  const widest = Math.max(...lengths);
  // Most lines near the widest: wrapped at a width. Otherwise every line break is the writer's.
  const wrappedAtWidth = lengths.slice(0, -1).filter((n) => n >= 0.8 * widest).length >= 0.5 * (lengths.length - 1);
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) {
    const next = body.slice(i + 1, i + 81);
    // A bold-only line is a pseudo-heading: what follows it on the next line is its own statement.
    const line = text.slice(p.start + start, p.start + i);
    const boldLine = line.length <= 120 && /^\s*(\*\*|__)[^*_\n]+\1\s*$/.test(line);
    // Pasted email or word-processor HTML: a hard break (`<br>`) before an empty line or an HTML-bold title
    // ("<br>" ⏎ "<b><u>Moves I can make</u></b><br>") ends the line as a blank line would; so does the title itself.
    const rawNext = text.slice(p.start + i + 1, p.start + i + 81);
    const htmlBreak = /<br\s*\/?>\s*$/i.test(line) && (/^\s*(?:<br\s*\/?>\s*(?:\n|$)|<(?:b|strong)>)/i.test(rawNext) || /^\s*<(?:b|strong)>/i.test(line) || /^\s*<br\s*\/?>\s*$/i.test(line));
    // A line opened by a symbol or emoji bullet ("🔸 Royalty 12% → 11% if…", "✅ …", "▪ …") is an item written by hand.
    // An outline's lines ("a) First move: …", "VI. PRICE PUSHBACK") are items too.
    // A question that ends its line ("7. What is the most we will pay?") is answered by the lines under it.
    const questionLine = /\?["'”’)*_]*\s*$/.test(line);
    // A wrapped sentence goes on in lower case after a line that did not end one ("…attorney's fees and" ⏎
    // "costs. That is our ceiling: …"): a colon further on does not make the next line a label.
    // So does a figure after a line that breaks off on a word ("As opening I propose" ⏎ "725 €: it is our rate card").
    // An outline number ("2.2 — Opening: …", "3) Target …") starts a line of its own whatever the line before ends on.
    const outlined = /^\s*\d{1,2}(?:(?:\.\d{1,2})+\.?|[.)])\s*(?:[—–-]\s*)?\p{L}/u.test(next);
    // A stack of lower-case labels ("tgt: €36k/ep" ⏎ "open @: €30k/ep") is no wrapped sentence.
    const nextLine = next.split('\n', 1)[0]!;
    // The line just above, not the run of lines gathered so far ('He wrote: "Please send your' ⏎ '… We resubmit the' ⏎ 'round 2 numbers').
    const lastLine = line.slice(line.lastIndexOf('\n') + 1);
    // "goal: $30,000 before GST" ⏎ "open at $28,500 — …": a figure early in the next line goes on down the stack too.
    const stacked = (SHORT_LABEL.test(lastLine) || SHORTHAND_LINE.test(lastLine)) && (SHORT_LABEL.test(nextLine) || SHORTHAND_LINE.test(nextLine) || FIGURE_EARLY.test(nextLine));
    // A line that stops short of the width was broken by its writer, not wrapped: "2019 HR, white" ⏎ "my max: $34,500 all
    // in", "…over that i leave" ⏎ "if i leave → 2018 promaster" are lines of their own.
    const ragged = !wrappedAtWidth || lastLine.trimEnd().length < 0.7 * widest;
    const wrapped = (/^\s*\p{Ll}/u.test(next) && !/[.!?:;]["'”’)*_]*\s*$/.test(line) && !stacked && !ragged) || (/^\s*[$€£¥₹₩]?\d/u.test(next) && /\p{Ll}$/u.test(line) && !outlined);
    // A sentence that ends before the colon ("costs. That is our ceiling: …") is prose, not a label.
    const beforeColon = next.slice(0, Math.max(0, next.split('\n', 1)[0]!.indexOf(':')));
    const labelShaped =
      // "Target ........... 2 weeks slip": dot leaders, as a typed form lines its labels up, end a label too; so does an
      // arrow in shorthand ("No deal → the guards go to Menlyn").
      !wrapped && (/^\s*[^\s:\n][^:\n]{0,50}(?::|\s[—–]\s|\s(?:→|->)\s|\p{L} ?\.{3,40} )/u.test(next) || /^\s*[^\s:=\n][^:=\n]{0,30}\s=\s/u.test(next)) && !/[.!?]\s+\p{Lu}/u.test(beforeColon);
    // "Walk-away point (Schmerzgrenze)" ⏎ "    1.290.000 EUR for valves…": a short title with its value indented under it, as
    // writers from email and wikis lay out a definition; the title is a line of its own, and so is the next title after the block.
    const hanging =
      hangingTitleAt(text, p.start + start, p.start + i) || hangingTitleAt(text, p.start + i + 1, p.start + i + 1 + nextLine.length, p.start + start) ||
      // "What this is" ⏎ "The consortium's RFP…": a plain title on its paragraph's first line, the text under it starting anew.
      (start === 0 && !p.item && !p.code && plainTitleAt(line, nextLine)) ||
      // "DM (us)" ⏎ ": Tomasz Zieliński, Board Member" ⏎ "Budget" ⏎ ": PLN 15,1m…": a definition list's terms and definitions.
      definitionTermAt(text, text.lastIndexOf('\n', p.start + i - 1) + 1, p.start + i) || (DEFINITION_MARK.test(line) && definitionTermAt(text, p.start + i + 1, p.start + i + 1 + nextLine.length));
    // A title in capitals ("ALS WE NIET TEKENEN") ends its line as a bold line does.
    // A chat export's message ("03/09/25, 22:14 - Ale Ruiz: $900,000.") starts anew, whatever the message before ends on.
    // A writer named on a line of its own ("Katarzyna Nowak, [11.03.2025 18:47]") heads the message under it.
    // "Then when Darren comes back:" ⏎ "+$10k if Graham stays on 3 months": a signed move of money opens a line of its own.
    // "plus $6,000 a year if…" ⏎ "plus $9,000 a year if…", "we say that on Monday at the start" ⏎ "the liability cap is…": lines
    // with no full stop anywhere in their paragraph are dictated or typed one thought to a line, not a sentence wrapped.
    // (A transcript's turn, under its speaker's line, is dictated whatever the widths of its lines.)
    const firstLine = body.slice(0, body.indexOf('\n'));
    const unpunctuated = !/[.!?…]["'”’)*_]*(?:\s|$)/.test(body) && lengths.length >= 2 && (!wrappedAtWidth || SPEAKER_LINE.test(firstLine));
    const parallel = sameLead(lastLine, nextLine);
    if (hanging || unpunctuated || parallel || SPEAKER_PREFIX.test(nextLine) || SPEAKER_LINE.test(lastLine) || SIGNED_MONEY_LINE.test(nextLine) || boldLine || capsTitle(line) || htmlBreak || questionLine || labelShaped || (stacked && SHORTHAND_LINE.test(nextLine)) || POSITION_SHORTHAND.test(nextLine) || /^\s*(?:[-*+•]\s|\d+[.)]\s|(?:[a-hA-H]|[IVX]{1,5})[.)]\s|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s|[▪◦‣►▸▶✓✔✗✘☐☑]|\p{Extended_Pictographic})/u.test(next)) {
      out.push({ start: p.start + start, end: p.start + i });
      start = i + 1;
    }
  }
  out.push({ start: p.start + start, end: p.end });
  return out.flatMap((line) => splitRunOnLabels(clean, line));
}


// Words a wrapped sentence may well start two lines with; any other first word twice in a row starts parallel lines.
const COMMON_LEADS = new Set(['the', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'on', 'for', 'with', 'that', 'is', 'it', 'we', 'i', 'they', 'this', 'at', 'as', 'by', 'but', 'so', 'if']);
/** Two lines that open on the same uncommon word ("plus $6,000 …" ⏎ "plus $9,000 …") are parallel lines, not one wrapped sentence. */
function sameLead(a: string, b: string): boolean {
  // Written alike: "Implementation fee on top: …" ⏎ "implementation fee, it was…" is one sentence wrapped.
  const first = (l: string) => /^\s*(\p{L}{2,})\b/u.exec(l)?.[1];
  const x = first(a);
  return x !== undefined && x === first(b) && !COMMON_LEADS.has(x.toLowerCase());
}

// "Wie beslist: Hans Verbeek… Planning: gunning 15 januari… Budget: € 1.250.000…": a line of prose written as a run of
// labelled sentences is read as a stack of labelled lines.
const RUN_ON_LABEL_START = /^\s*(?:[*_]{2})?\p{Lu}[\p{L}'’-]*(?:[ \t][\p{L}'’-]+){0,3}(?:[*_]{2})?:[ \t]/u;
const RUN_ON_LABEL_NEXT = /[.;!?][ \t]+(?=(?:[*_]{2})?\p{Lu}[\p{L}'’-]*(?:[ \t][\p{L}'’-]+){0,3}(?:[*_]{2})?:[ \t])/gu;

// "Recap. Our opening was £1,890,000/yr… Floor for this contract: £1,540,000/yr. Below that…": a sentence inside a
// message that opens on a short label with its figure right after the colon is a labelled line of its own.
const FIGURE_LABEL_NEXT = /[.;!?][ \t]+(?=(?:[*_]{2})?\p{Lu}[\p{L}'’-]*(?:[ \t][\p{L}'’-]+){0,3}(?:[*_]{2})?:[ \t]+[~≈]?(?:[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{3}[ \t]?|R[ \t]?)?\d)/gu;

function splitRunOnLabels(clean: string, line: Span): Span[] {
  const body = clean.slice(line.start, line.end);
  if (body.length < 60 || body.includes('\n')) return [line];
  const labelled = RUN_ON_LABEL_START.test(body);
  let cuts = labelled ? [...body.matchAll(RUN_ON_LABEL_NEXT)].map((m) => m.index! + m[0].length) : [];
  // Two labels in a line may be one term and its limit ("Liability cap: 100%… Red line: nothing uncapped."); a run is three or more.
  // "Mr. Okafor: …", "No. 3: …": a full stop after a title or an abbreviation ends no sentence.
  if (cuts.length < 2) cuts = labelled ? [] : [...body.matchAll(FIGURE_LABEL_NEXT)].filter((m) => !abbreviationBefore(body, m.index!)).map((m) => m.index! + m[0].length);
  if (cuts.length === 0) return [line];
  const out: Span[] = [];
  let from = 0;
  for (const at of cuts) {
    out.push({ start: line.start + from, end: line.start + at });
    from = at;
  }
  out.push({ start: line.start + from, end: line.end });
  return out;
}
