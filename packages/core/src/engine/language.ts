/**
 * Shared helpers for rules that read sentences: phrase lists become linear
 * regular expressions, and a negation just before a phrase ("do not offer a
 * discount", "we don't need this deal") turns it around.
 */
import { allMatches } from './matches.js';
import { opensWithWordChar } from './regex-start.js';

export { allMatches };

/**
 * Letters and digits as the word boundaries of phrases see them: the Latin-script
 * languages plans are written in. Not `\p{L}`: under the `i` flag V8 closes that class
 * over case for every script, ~50 ms of compilation per regex, which made up most of
 * a cold start.
 */
export const LETTERS = 'a-zA-Z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';
export const WORD_CHARS = `${LETTERS}0-9`;

// Tags a plan may hold as real HTML; anything else in angle brackets that opens with a letter is a field to fill in.
const HTML_TAGS =
  'a|abbr|b|bdi|bdo|blockquote|br|button|caption|center|cite|code|col|colgroup|dd|del|details|dfn|div|dl|dt|em|figcaption|figure|font|h[1-6]|hr|i|iframe|img|input|ins|kbd|label|li|mark|ol|p|picture|pre|q|s|samp|small|source|span|strike|strong|sub|summary|sup|table|tbody|td|th|thead|tr|tt|u|ul|var|video|audio|wbr|section|article|aside|nav|header|footer|main|svg|path|script|style|meta|link|time';
/** A field in angle brackets, read in the raw text (the cleaned text blanks what looks like HTML): "<lowest price we accept>". */
// A form's instructions may run long and carry their own punctuation ("<Nom et fonction du décideur ; date de décision ;
// budget voté (ou source de financement).>"); a link in brackets ("<https://…>", "<mailto:…>") is no field.
// A chat export's own markers ("<Media omitted>", "<image omitted>", "<This message was deleted>") stand for a photo or a
// deleted message, not a blank.
const CHAT_MARKERS = '(?:media|image|video|audio|sticker|gif|document|file|attachment)s? omitted>|this message was deleted>|you deleted this message>|message deleted>';
export const ANGLE_FIELD = `<(?!(?:${HTML_TAGS})(?![${WORD_CHARS}_-]))(?!(?:${CHAT_MARKERS}))(?![${LETTERS}][${WORD_CHARS}+.-]*:\\S)[${LETTERS}][${WORD_CHARS} _'’,./&+()«»:;%?!"“”€$£-]{0,200}>`;

/**
 * The `u` flag is dropped unless the body needs it (`\\p{…}`, `\\u{…}`, characters beyond the BMP):
 * V8 runs case-insensitive Unicode regexes on a slow path that cannot skip ahead, and
 * without `u` the Latin ranges above still fold case the same way, except for the few
 * letters only Unicode folding pairs up: the long s (ſ ~ s), the capital sharp s (ẞ ~ ß)
 * and the Kelvin sign (K ~ k).
 */
function withoutNeedlessUnicode(body: string, flags: string): string {
  return flags.includes('u') && !/\\[pPu]\{|[\u{10000}-\u{10FFFF}]/u.test(body) ? flags.replace('u', '') : flags;
}

// Phrase regexes are built from option lists on every lint; the same list gives back the same regex,
// so V8 compiles it once. Bounded: option lists come from configs, not from documents.
const built = new Map<string, RegExp>();
function memo(key: string, make: () => RegExp): RegExp {
  let re = built.get(key);
  if (!re) {
    if (built.size >= 512) built.clear();
    built.set(key, (re = make()));
  }
  re.lastIndex = 0;
  return re;
}

/** A case-insensitive regex for `body` as whole words (no letter or digit right before or after). */
export function wordRegex(body: string, flags = 'gi'): RegExp {
  return memo(`${flags}\u0000${body}`, () => {
    // `\b` adds nothing to the lookbehind's meaning when every match opens with an ASCII letter or
    // digit, and lets V8 skip positions before trying the lookbehind.
    const skip = opensWithWordChar(body) ? '\\b' : '';
    return new RegExp(`${skip}(?<![${WORD_CHARS}])(?:${body})(?![${WORD_CHARS}])`, withoutNeedlessUnicode(body, flags));
  });
}

/** Escapes a phrase and lets its spaces match any run of whitespace or a hyphen. */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '[\\s-]+')
    .replace(/'/g, "['’]?");
}

/** One case-insensitive regex matching any of the phrases as whole words. */
export function phraseRegex(phrases: readonly string[], flags = 'gi'): RegExp {
  return memo(`phrases\u0000${flags}\u0000${phrases.join('\u0001')}`, () => phraseRegexOf(phrases, flags));
}

function phraseRegexOf(phrases: readonly string[], flags: string): RegExp {
  const body = [...phrases].sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
  return wordRegex(body, flags);
}

const NEGATION = /\b(?:not|no|never|don'?t|do not|doesn'?t|does not|didn'?t|won'?t|will not|shouldn'?t|should not|can'?t|cannot|avoid|without|instead of|rather than|refuse to|neither|nor|stop)\b[^.;:!?]{0,40}$/i;

/** Whether the clause before `index` negates what follows ("we will not offer …"). */
export function negatedAt(text: string, index: number): boolean {
  // Only the 60 characters before the phrase matter; searching further back would make long statements quadratic.
  const from = Math.max(0, index - 60);
  const window = text.slice(from, index);
  const clauseStart = from + Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf('.'), 0);
  return NEGATION.test(text.slice(clauseStart, index));
}

/** All matches of `re` in `text` that are not negated, with their indices. */
export function affirmedMatches(text: string, re: RegExp): RegExpMatchArray[] {
  return allMatches(text, re).filter((m) => !negatedAt(text, m.index));
}

// "unknown", "not sure", "we don't know who signs", "need to find out": the plan admits it has no answer yet.
// Placeholders (TBD, ???) are left to the `placeholder` rule, so one blank is reported once.
const UNCERTAIN = new RegExp(
  String.raw`(?<![${WORD_CHARS}])(?:unknown|unclear|uncertain|undecided|unconfirmed|not (?:yet )?(?:known|clear|sure|certain|confirmed|identified|defined|decided)|no idea|no clue|(?:do|does|did)(?: not|n['’]?t) (?:yet )?know|need to (?:find out|confirm|check|ask|learn)|(?:still )?to (?:be )?(?:find out|found out|identified|determined|clarified|discovered))(?![${WORD_CHARS}])`,
  'i',
);

/**
 * Whether the clause around `[start, end)` admits the thing is not known
 * ("Economic buyer: unknown", "we don't know who signs", "budget unclear").
 * The clause runs between sentence and comma boundaries, so "Budget approved,
 * timing unclear" keeps the budget.
 */
export function uncertainAt(text: string, start: number, end = start): boolean {
  let from = start;
  while (from > 0 && !/[.;,!?()]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.;,!?()]/.test(text[to]!)) to++;
  return UNCERTAIN.test(text.slice(from, to));
}

const WORD_RUN = new RegExp(`[${WORD_CHARS}]+`, 'g');
// What may stand before the admission: no words, or filler ("we", "still", "honestly").
const UNKNOWN_LEAD = new RegExp(String.raw`^(?:[^${WORD_CHARS}]|\b(?:we|i|still|currently|so far|as yet|at the moment|honestly|frankly|really|totally|completely|as of now)\b)*$`, 'i');

/**
 * Whether a short value opens by admitting the answer is unknown ("unknown", "not sure yet",
 * "we don't know yet, probably the CFO"); "Dana Ruiz, not yet confirmed" names someone and is not.
 */
export function soundsUnknown(text: string): boolean {
  const words = text.match(WORD_RUN)?.length ?? 0;
  const m = UNCERTAIN.exec(text);
  return words <= 12 && m !== null && UNKNOWN_LEAD.test(text.slice(0, m.index));
}

/**
 * Like `phraseRegex`, for word families: a `*` at the end of a word matches any
 * ending, so `differentiat*` covers differentiate, differentiated, differentiator…
 * and `apologi*` both spellings of apologise/apologize.
 */
export function familyRegex(phrases: readonly string[], flags = 'gi'): RegExp {
  return memo(`family\u0000${flags}\u0000${phrases.join('\u0001')}`, () => familyRegexOf(phrases, flags));
}

function familyRegexOf(phrases: readonly string[], flags: string): RegExp {
  const body = [...phrases]
    .filter((p) => p.trim())
    .sort((a, b) => b.length - a.length)
    .map((p) => phrasePattern(p.replace(/\*/g, '\u0000')).replace(/\u0000/g, `[${WORD_CHARS}]*`))
    .join('|');
  return wordRegex(body, flags);
}

/** A match with absolute offsets. */
export interface Hit {
  start: number;
  end: number;
  text: string;
}

/**
 * Matches of any of `res` in `text` (which starts at absolute offset `base`),
 * in order; with `affirmedOnly`, matches negated by the clause before them are left out.
 */
export function findHits(text: string, base: number, res: readonly RegExp[], affirmedOnly = true): Hit[] {
  const out: Hit[] = [];
  for (const re of res) {
    for (const m of allMatches(text, re)) {
      if (m[0] === '') continue;
      if (affirmedOnly && negatedInClause(text, m.index!)) continue;
      out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const CURLY_SINGLE_QUOTE = new RegExp(`‘[^’\\n]{0,400}’(?![${LETTERS}])`, 'g');
const STRAIGHT_SINGLE_QUOTE = new RegExp(`(?<![${WORD_CHARS}])'[^'\\n]{0,400}'(?![${WORD_CHARS}])`, 'g');

/**
 * Blanks quoted speech (same length, offsets stay valid): what a plan scripts for the
 * meeting ("we say: 'I'd imagine your team…'") is not the plan's own voice.
 */
export function maskQuotes(text: string): string {
  const blank = (s: string): string => ' '.repeat(s.length);
  return text
    .replace(/[“"«][^”"»\n]{0,400}[”"»]/g, blank)
    .replace(CURLY_SINGLE_QUOTE, blank)
    .replace(STRAIGHT_SINGLE_QUOTE, blank);
}

/**
 * `negatedAt`, with colons, dashes and brackets also closing a clause, so a label or
 * an aside before the phrase ("Approval limit without VP sign-off: keep it quiet")
 * does not negate it.
 */
export function negatedInClause(text: string, index: number): boolean {
  let from = index;
  while (from > 0 && index - from < 80 && !/[:—–()[\]|→]/.test(text[from - 1]!)) from--;
  return negatedAt(text.slice(from, index), index - from);
}

const DENIED_AFTER = new RegExp(
  String.raw`^[^.;,:!?]{0,25}?(?<![${LETTERS}])(?:does ?n['’]?t|does not|do ?n['’]?t|do not|will not|won['’]?t|would ?n['’]?t|would not|can ?n['’]?t|cannot|can not|is ?n['’]?t|is not|are ?n['’]?t|are not|never|(?:is|are|stays?|remains?) off the table|(?:is|are) out of the question)(?![${LETTERS}])`,
  'i',
);

/** Whether the words right after a phrase deny it ("a discount does not fix that", "free months are off the table"). */
export function deniedAfter(text: string, end: number): boolean {
  return DENIED_AFTER.test(text.slice(end, end + 60));
}
