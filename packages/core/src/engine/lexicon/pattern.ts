/**
 * Lexicon entries are short phrases in plain words, matched on stems:
 *
 *   rather take            "we'd rather take", "would rather be taking" (a stem sequence)
 *   keep … happy           up to three words in between ("keep Neil and his team happy")
 *   differentiat*          any word that starts so (differentiate, differentiator…)
 *   *preisliste*           any word that holds it (compounds: Servicepreisliste, Preislisten)
 *   discount|rebate        either word in that place
 *   the? competitor        an optional word
 *   #                      any number
 *
 * A family of entries compiles to one regular expression over the statement's
 * stem string (stems joined by single spaces), built once per vocabulary.
 */
import { stemWord, tokenize, type Token } from './tokens.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A gap word: any stem that is not a clause mark.
const GAP_WORD = "[^ ,;:.!?—()\\[\\]|→][^ ]*";

/**
 * The stems `tokenize` gives a word of an entry. Most are plain lower-case words, one stem
 * each; they skip the tokenizer, which a family's thousands of entries would run cold.
 */
function stemsOf(word: string): string[] {
  return /^[a-z]+$/.test(word) ? [stemWord(word)] : tokenize(word).map((t) => t.stem);
}

function slotPattern(slot: string): string {
  const alts = slot.split('|').map((w) => {
    if (w === '#') return '#';
    // `*preisliste*`: the word inside a compound ("Servicepreisliste", "Kartonpreisindex").
    if (w.startsWith('*') && w.length > 1) return `[^ ]*${slotPattern(w.slice(1))}`;
    if (w.endsWith('*')) {
      // Stems may stop short of the prefix ("differentiators" stems to `differenti`), so the
      // prefix's last letters are optional, one after the other.
      const prefix = w.slice(0, -1).toLowerCase();
      const need = Math.min(prefix.length, Math.max(4, prefix.length - 3));
      let tail = '';
      for (let i = prefix.length - 1; i >= need; i--) tail = `(?:${escape(prefix[i]!)}${tail})?`;
      // Either the whole prefix and any ending, or a stem that stops inside the prefix and ends
      // there: "offend*" must not take "offer", nor "commit*" "common".
      return `(?:${escape(prefix)}[^ ]*|${escape(prefix.slice(0, need))}${tail}(?= ))`;
    }
    // The entry's words go through the same tokenizer as statements, contractions and all.
    return stemsOf(w).map(escape).join(' ') || escape(stemWord(w.toLowerCase()));
  });
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/** The regex body of one entry over a stem string; every word is followed by its space. */
export function entryPattern(entry: string): string {
  const words = entry
    .trim()
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\.\.\.|…/g, ' … ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    if (w === '…') {
      // Captured, so a negator let in by the gap can be seen ("hold nothing back").
      out += `((?:${GAP_WORD} ){0,4})`;
      continue;
    }
    const optional = w.endsWith('?') && w.length > 1;
    const body = slotPattern(optional ? w.slice(0, -1) : w);
    out += optional ? `(?:${body} )?` : `${body} `;
  }
  return out;
}

/**
 * What an entry's match can start with: literal first stems, stem prefixes (`word*`), or
 * anything (`*inside*`, a leading gap). An optional first word lets the next one start it too.
 */
interface Heads {
  stems: Set<string>;
  prefixes: string[];
  any: boolean;
}

function addHeads(entry: string, heads: Heads): void {
  const words = entry.trim().toLowerCase().replace(/[’]/g, "'").replace(/\.\.\.|…/g, ' … ').replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  for (const w of words) {
    if (w === '…') {
      heads.any = true;
      return;
    }
    const optional = w.endsWith('?') && w.length > 1;
    for (const alt of (optional ? w.slice(0, -1) : w).split('|')) {
      if (alt === '#') heads.stems.add('#');
      else if (alt.startsWith('*')) heads.any = true;
      else if (alt.endsWith('*')) {
        const prefix = alt.slice(0, -1);
        heads.prefixes.push(prefix.slice(0, Math.min(prefix.length, Math.max(4, prefix.length - 3))));
      } else {
        const first = stemsOf(alt)[0];
        heads.stems.add(first ?? stemWord(alt));
      }
    }
    if (!optional) return;
  }
  // Every word optional: a match may start at any word.
  if (words.length > 0) heads.any = true;
}

/**
 * A compiled family. Its entries form one alternation, longest first, over a statement's stem
 * string. That alternation is not compiled whole: at a word, only entries that can start with
 * it can match, so each word gets a small regex of those entries (in the same order) when it
 * is first met. A family's few thousand entries then cost only the words a run actually
 * sees, instead of tens of kilobytes of regex compiled on the first statement.
 */
export class PhraseSet {
  private readonly heads: Heads = { stems: new Set(), prefixes: [], any: false };
  /** The entries' regex bodies, deduplicated, longest first: the order of the alternation. */
  private readonly bodies: string[];
  /** Bodies (by index) that start with a literal stem, with a stem prefix, or anywhere. */
  private readonly byStem = new Map<string, number[]>();
  private readonly byPrefix: { prefix: string; body: number }[] = [];
  private readonly anywhere: number[] = [];
  /** The regex of the bodies that can start at a word, by the word's stem (null: none can). */
  private readonly atWord = new Map<string, RegExp | null>();
  private whole: RegExp | undefined;

  constructor(readonly entries: readonly string[]) {
    const headsOf = new Map<string, Heads>();
    for (const e of entries) {
      addHeads(e, this.heads);
      const body = entryPattern(e);
      if (!body) continue;
      let h = headsOf.get(body);
      if (!h) headsOf.set(body, (h = { stems: new Set(), prefixes: [], any: false }));
      addHeads(e, h);
    }
    // A stable sort: bodies of the same length keep the entries' order, as the alternation did.
    this.bodies = [...headsOf.keys()].sort((a, b) => b.length - a.length);
    this.bodies.forEach((body, i) => {
      const h = headsOf.get(body)!;
      if (h.any) {
        this.anywhere.push(i);
        return;
      }
      for (const stem of h.stems) {
        const list = this.byStem.get(stem);
        if (list) list.push(i);
        else this.byStem.set(stem, [i]);
      }
      for (const prefix of h.prefixes) this.byPrefix.push({ prefix, body: i });
    });
  }

  /** Whether the family has no entries that can match anything. */
  get empty(): boolean {
    return this.bodies.length === 0;
  }

  /** The whole family as one regex over a stem string (for tools; matching uses the per-word ones). */
  get regex(): RegExp | undefined {
    if (!this.whole && this.bodies.length) this.whole = new RegExp(`(?<= )(?:${this.bodies.join('|')})`, 'g');
    return this.whole;
  }

  /**
   * Whether any entry could match these tokens: one of them must be a possible first word.
   * A cheap look at a few stems that spares most statements the family's regex.
   */
  mayMatch(tokens: readonly Token[]): boolean {
    const { stems, any } = this.heads;
    if (any) return true;
    const { byFour, short } = this.prefixIndex();
    for (const t of tokens) {
      const stem = t.stem;
      if (stems.has(stem)) return true;
      const list = byFour.get(stem.slice(0, 4));
      if (list) for (const p of list) if (stem.startsWith(p)) return true;
      for (const p of short) if (stem.startsWith(p)) return true;
    }
    return false;
  }

  private prefixes: { byFour: Map<string, string[]>; short: string[] } | undefined;

  /** Prefix heads by their first four letters, so a token looks up only its own few. */
  private prefixIndex(): { byFour: Map<string, string[]>; short: string[] } {
    if (this.prefixes) return this.prefixes;
    const byFour = new Map<string, string[]>();
    const short: string[] = [];
    for (const p of this.heads.prefixes) {
      if (p.length < 4) short.push(p);
      else {
        const key = p.slice(0, 4);
        const list = byFour.get(key) ?? [];
        list.push(p);
        byFour.set(key, list);
      }
    }
    return (this.prefixes = { byFour, short });
  }

  /** The sticky regex of the bodies that can start at a word with this stem, in alternation order. */
  private at(stem: string): RegExp | null {
    let re = this.atWord.get(stem);
    if (re !== undefined) return re;
    const picked = new Set<number>(this.byStem.get(stem));
    for (const { prefix, body } of this.byPrefix) if (stem.startsWith(prefix)) picked.add(body);
    for (const body of this.anywhere) picked.add(body);
    re = picked.size === 0 ? null : new RegExp(`(?:${[...picked].sort((a, b) => a - b).map((i) => this.bodies[i]).join('|')})`, 'y');
    // Bounded: a run over a large corpus meets tens of thousands of words.
    if (this.atWord.size >= 20_000) this.atWord.clear();
    this.atWord.set(stem, re);
    return re;
  }

  /**
   * Every match in a stem view, as token index ranges [from, to), with the stems its gaps let in:
   * what a global scan with the whole alternation finds (leftmost, first alternative, no overlaps).
   */
  *matches(view: StemView): Generator<{ from: number; to: number; gaps: string }> {
    if (this.bodies.length === 0) return;
    const { text, tokens } = view;
    let next = 0;
    for (let i = 0; i < tokens.length; i++) {
      const at = view.startOf(i);
      if (at < next) continue;
      const re = this.at(tokens[i]!.stem);
      if (!re) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      // An empty match stops nothing: the scan goes on at the next word.
      if (!m || m[0] === '') continue;
      next = at + m[0].length;
      let gaps = '';
      for (let g = 1; g < m.length; g++) if (m[g]) gaps += m[g];
      yield { from: i, to: view.tokenAt(next - 2) + 1, gaps };
    }
  }

  /** `matches` with the whole alternation in one global regex: the reference the per-word scan is tested against. */
  *matchesWhole(view: StemView): Generator<{ from: number; to: number; gaps: string }> {
    const re = this.regex;
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(view.text); m !== null; m = re.exec(view.text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const from = view.tokenAt(m.index);
      const to = view.tokenAt(m.index + m[0].length - 2) + 1;
      let gaps = '';
      for (let g = 1; g < m.length; g++) if (m[g]) gaps += m[g];
      yield { from, to, gaps };
    }
  }
}

/** A statement's tokens as one stem string, with a map back to token indices. */
export class StemView {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(readonly tokens: readonly Token[]) {
    let text = ' ';
    for (const t of tokens) {
      this.starts.push(text.length);
      text += `${t.stem} `;
    }
    this.text = text;
  }

  /** Where token `i`'s stem starts in the stem string. */
  startOf(i: number): number {
    return this.starts[i]!;
  }

  /** Index of the token that holds character `i` of the stem string. */
  tokenAt(i: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
