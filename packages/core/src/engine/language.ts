/**
 * Shared helpers for rules that read sentences: phrase lists become linear
 * regular expressions, and a negation just before a phrase ("do not offer a
 * discount", "we don't need this deal") turns it around.
 */

/** Escapes a phrase and lets its spaces match any run of whitespace or a hyphen. */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '[\\s-]+')
    .replace(/'/g, "['’]?");
}

/** One case-insensitive regex matching any of the phrases as whole words. */
export function phraseRegex(phrases: readonly string[], flags = 'giu'): RegExp {
  const body = [...phrases].sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

const NEGATION = /\b(?:not|no|never|don'?t|do not|doesn'?t|does not|didn'?t|won'?t|will not|shouldn'?t|should not|can'?t|cannot|avoid|without|instead of|rather than|refuse to|neither|nor|stop)\b[^.;:!?]{0,40}$/i;

/** Whether the clause before `index` negates what follows ("we will not offer …"). */
export function negatedAt(text: string, index: number): boolean {
  const clauseStart = Math.max(text.lastIndexOf(',', index - 1), text.lastIndexOf(';', index - 1), text.lastIndexOf('.', index - 1), index - 60);
  return NEGATION.test(text.slice(Math.max(0, clauseStart), index));
}

/** All matches of `re` in `text` that are not negated, with their indices. */
export function affirmedMatches(text: string, re: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const m of text.matchAll(re)) if (!negatedAt(text, m.index!)) out.push(m);
  return out;
}

// "unknown", "not sure", "we don't know who signs", "need to find out", "TBD": the plan admits it has no answer yet.
const UNCERTAIN =
  /(?<![\p{L}\p{N}])(?:unknown|unclear|uncertain|undecided|unconfirmed|not (?:yet )?(?:known|clear|sure|certain|confirmed|identified|defined|decided)|no idea|no clue|(?:do|does|did)(?: not|n['’]?t) (?:yet )?know|need to (?:find out|confirm|check|ask|learn)|(?:still )?to (?:be )?(?:find out|found out|identified|determined|clarified|discovered)|tbd|tbc|tba|\?{2,})(?![\p{L}\p{N}])/iu;

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

/** Whether a short value says nothing but that the answer is unknown ("unknown", "not sure yet", "TBD"). */
export function soundsUnknown(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= 12 && UNCERTAIN.test(text);
}
