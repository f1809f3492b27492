/**
 * Labels typed in a hurry: "walk awya", "targt", "bottem line". A word that is no word itself and
 * is one slip (a letter dropped, added, changed or two swapped) from exactly one English word of
 * the default label vocabulary is read as that word. Real words a slip away ("ailing" beside
 * "aiming", "unsere" beside "unsure", "tener" beside "tender") stay as written: the generated list
 * beside this file holds them, drawn at build time from word lists of English and of the plans'
 * other languages, so no word list is loaded at run time.
 */
import { LABEL_WORDS, REAL_WORDS_NEAR_LABEL_WORDS } from './near-words.generated.js';

/** Whether `a` becomes `b` by one slip: a letter dropped, added or changed, or two neighbours swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether `a` is `b` with two neighbouring letters swapped ("awya", "away"). */
export function swapApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The words of labels worth mending toward: plain lower-case words of four letters or more. */
export function labelWordsOf(aliases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const alias of aliases) for (const w of alias.split(/[^a-z]+/)) if (w.length >= 4) out.add(w);
  return out;
}

let byInitial: Map<string, string[]> | undefined;
let known: ReadonlySet<string> | undefined;

/**
 * The one label word a lower-case `word` is a slip of, when it is no English word itself:
 * "targt" → "target", "awya" → "away". Undefined when it is a word, or two label words are as near.
 */
export function mendWord(word: string): string | undefined {
  if (word.length < 4) return undefined;
  if (!byInitial) {
    byInitial = new Map();
    known = new Set(LABEL_WORDS);
    for (const w of LABEL_WORDS) {
      const list = byInitial.get(w[0]!) ?? [];
      list.push(w);
      byInitial.set(w[0]!, list);
    }
  }
  if (known!.has(word) || REAL_WORDS_NEAR_LABEL_WORDS.has(word)) return undefined;
  let found: string | undefined;
  // Slips rarely hit the first letter; holding it fixed keeps one word from turning into another of a different sense.
  for (const w of byInitial.get(word[0]!) ?? []) {
    // Short words have many neighbours in every language ("oder", "wenn"): they are mended only for two letters swapped ("awya").
    if (w.length < 6 ? !swapApart(word, w) : !oneSlipApart(word, w)) continue;
    if (found !== undefined) return undefined;
    found = w;
  }
  return found;
}

export class LabelSpelling {
  private readonly mended = new Map<string, string | undefined>();

  /**
   * The words of `label` that may be mended, lower-cased: its lower-case words, and its first word when it is capitalised
   * and no capitalised word follows ("Targt:", but not "Targt Logistics", a name).
   */
  static mendable(label: string): Set<string> {
    const words = label.match(/\p{L}+/gu) ?? [];
    const named = words.slice(1).some((w) => /^\p{Lu}/u.test(w));
    return new Set(words.filter((w, i) => /^[a-z]+$/.test(w) || (i === 0 && !named && /^[A-Z][a-z]+$/.test(w))).map((w) => w.toLowerCase()));
  }

  /** The label with its slips mended, or undefined when there is none. Only short labels, and only `mendable` words. */
  mend(label: string): string | undefined {
    if (this.mended.has(label)) return this.mended.get(label);
    let out: string | undefined;
    if ((label.match(/\p{L}+/gu) ?? []).length <= 8) {
      const mendable = LabelSpelling.mendable(label);
      let changed = false;
      const text = label.replace(/\p{L}+/gu, (raw) => {
        const fixed = mendable.has(raw.toLowerCase()) ? mendWord(raw.toLowerCase()) : undefined;
        if (!fixed) return raw;
        changed = true;
        return fixed;
      });
      if (changed) out = text;
    }
    if (this.mended.size > 20_000) this.mended.clear();
    this.mended.set(label, out);
    return out;
  }
}
