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
