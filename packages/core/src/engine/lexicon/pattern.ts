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
import { lastAtOrBefore } from '../sorted.js';
import { onNormalizerChange, stemWord, tokenize, type Token } from './tokens.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A gap word: any stem that is not a clause mark.
const GAP_WORD = "[^ ,;:.!?—()\\[\\]|→/][^ ]*";

// Endings a prefix entry is written to cover ("negotiat*": negotiate, negotiation, negotiators…), to find the stems
// the stemmer gives those words when it cuts into the prefix itself.
const ENDINGS = ['', 'e', 's', 'es', 'ed', 'ing', 'ion', 'ions', 'ation', 'ations', 'or', 'ors', 'er', 'ers', 'ive', 'ives', 'ively', 'ity', 'ities', 'al', 'ally', 'ly', 'y', 'ies', 'ied', 'ment', 'ments', 'ness', 'able', 'ably', 'ible', 'ance', 'ence', 'ant', 'ent', 'ism', 'ist', 'ize', 'ise', 'ate', 'ated', 'ates', 'ating', 'ator', 'ators', 'ful', 'ous', 'ic', 'ical'];
const cutStemsOf = new Map<string, string[]>();

/** The stems of words that begin with `prefix` but do not themselves begin with it ("differentiators" → `differenti`). */
function cutStems(prefix: string): string[] {
  let cut = cutStemsOf.get(prefix);
  if (!cut) {
    cut = /^[a-z]+$/.test(prefix) ? [...new Set(ENDINGS.map((e) => stemWord(prefix + e)).filter((s) => !s.startsWith(prefix)))] : [];
    cutStemsOf.set(prefix, cut);
  }
  return cut;
}

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
      // Either the whole prefix and any ending, or a stem the stemmer cuts inside the prefix: "differentiators"
      // stems to `differenti`. Only such cut stems count: "offend*" must not take "offer", nor "index*" "indeed".
      const prefix = w.slice(0, -1).toLowerCase();
      const cut = cutStems(prefix);
      return cut.length ? `(?:${escape(prefix)}[^ ]*|(?:${cut.map(escape).join('|')})(?= ))` : `${escape(prefix)}[^ ]*`;
    }
    // The entry's words go through the same tokenizer as statements, contractions and all.
    return stemsOf(w).map(escape).join(' ') || escape(stemWord(w.toLowerCase()));
  });
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/** The regex body of one entry over a stem string; every word is followed by its space. */
export function entryPattern(entry: string): string {
  return compiled(entry).body;
}

/** An entry's words: lower case, `…` apart, hyphens as spaces. */
function entryWords(entry: string): string[] {
  return entry
    .trim()
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\.\.\.|…/g, ' … ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** One entry read: its regex body and what it can start with. */
interface Compiled {
  body: string;
  heads: Heads;
}

/**
 * Entries read so far. Families share entries between their side variants and with a team's
 * vocabulary, and each is read once per process.
 */
const compiledEntries = new Map<string, Compiled>();
onNormalizerChange(() => {
  compiledEntries.clear();
  cutStemsOf.clear();
});

function compiled(entry: string): Compiled {
  let c = compiledEntries.get(entry);
  if (!c) {
    const words = entryWords(entry);
    const heads: Heads = { stems: new Set(), prefixes: [], inside: [], any: false };
    addHeads(words, heads);
    c = { body: bodyOf(words), heads };
    compiledEntries.set(entry, c);
  }
  return c;
}

function bodyOf(words: readonly string[]): string {
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
  /** `*inside*` first words: a stem that holds one of these can begin a match. */
  inside: string[];
  any: boolean;
}

/** The part of `*word*` / `*word` that any stem it matches must hold, or undefined for shapes read as "anything". */
function insideOf(inner: string): string | undefined {
  if (inner === '' || inner.startsWith('*') || inner === '#' || inner.includes('|')) return undefined;
  if (inner.endsWith('*')) return headOf(inner.slice(0, -1)) || undefined;
  // `[^ ]*` then the word's stems: the stem where the match starts ends with the first of them.
  return stemsOf(inner)[0] ?? stemWord(inner);
}

/** What every stem a `prefix*` slot matches begins with: the longest start shared by the prefix and its cut stems. */
function headOf(prefix: string): string {
  let head = prefix.toLowerCase();
  for (const c of cutStems(head)) {
    let n = 0;
    while (n < head.length && n < c.length && head[n] === c[n]) n++;
    head = head.slice(0, n);
  }
  return head;
}

function addHeads(words: readonly string[], heads: Heads): void {
  for (const w of words) {
    if (w === '…') {
      heads.any = true;
      return;
    }
    const optional = w.endsWith('?') && w.length > 1;
    for (const alt of (optional ? w.slice(0, -1) : w).split('|')) {
      if (alt === '#') heads.stems.add('#');
      else if (alt.startsWith('*')) {
        const inside = insideOf(alt.slice(1));
        if (inside === undefined) heads.any = true;
        else heads.inside.push(inside);
      }
      else if (alt.endsWith('*')) heads.prefixes.push(headOf(alt.slice(0, -1)));
      else {
        const first = stemsOf(alt)[0];
        heads.stems.add(first ?? stemWord(alt));
      }
    }
    if (!optional) return;
  }
}

/**
 * A subject of 1,000 characters or more makes V8 compile a regex to machine code at once; a
 * shorter one has it compiled to bytecode and interpreted first. For a family's regex of
 * hundreds of alternatives that first interpreted pass costs several times the machine-code
 * compile (about 220 against 60 ms for all families), so each is compiled on a long subject
 * it cannot match at (a sticky search at 0 fails on the look-behind). Engines without that
 * rule just fail one search.
 */
const LONG_SUBJECT = ' '.repeat(1024);
function compileNow(re: RegExp): void {
  re.lastIndex = 0;
  re.exec(LONG_SUBJECT);
  re.lastIndex = 0;
}

/** A compiled family as shipped ready-made (see engine/warm-start.ts): its regex source and what it can start with. */
export interface ShippedPhraseSet {
  source: string;
  stems: string[];
  prefixes: string[];
  inside: string[];
  any: boolean;
}

/** Families shipped ready-made, by their entries (one per line): a team's vocabulary adds entries, and so misses. */
const shipped = new Map<string, ShippedPhraseSet>();
onNormalizerChange(() => shipped.clear());

export function preloadPhraseSets(table: Record<string, ShippedPhraseSet>): void {
  for (const [key, set] of Object.entries(table)) shipped.set(key, set);
}

/** A family as it would be shipped, keyed by its entries. */
export function shipPhraseSet(set: PhraseSet): [string, ShippedPhraseSet] {
  return [set.entries.join('\n'), set.shipped()];
}

/** A compiled family: which entries, as one regex. */
export class PhraseSet {
  /**
   * The family's entries as one sticky regex over a stem string: it is run only where a token
   * starts that can begin an entry (see `heads`), never scanned along the whole string.
   */
  readonly regex: RegExp | undefined;
  private readonly heads: Heads = { stems: new Set(), prefixes: [], inside: [], any: false };

  constructor(readonly entries: readonly string[]) {
    const ready = shipped.size > 0 ? shipped.get(entries.join('\n')) : undefined;
    if (ready) {
      this.heads = { stems: new Set(ready.stems), prefixes: ready.prefixes, inside: ready.inside, any: ready.any };
      this.regex = ready.source ? new RegExp(ready.source, 'y') : undefined;
      if (this.regex) compileNow(this.regex);
      return;
    }
    const { stems, prefixes, inside } = this.heads;
    for (const e of entries) {
      const { heads } = compiled(e);
      for (const stem of heads.stems) stems.add(stem);
      prefixes.push(...heads.prefixes);
      inside.push(...heads.inside);
      if (heads.any) this.heads.any = true;
    }
    const bodies = [...new Set(entries.map(entryPattern).filter(Boolean))].sort((a, b) => b.length - a.length);
    this.regex = bodies.length ? new RegExp(`(?<= )(?:${bodies.join('|')})`, 'y') : undefined;
    if (this.regex) compileNow(this.regex);
  }

  shipped(): ShippedPhraseSet {
    const { stems, prefixes, inside, any } = this.heads;
    return { source: this.regex?.source ?? '', stems: [...stems], prefixes, inside, any };
  }

  /** Whether any stem can begin an entry (a leading gap or `*inside*` word). */
  get anyHead(): boolean {
    return this.heads.any;
  }

  /** Stems seen so far and whether each can begin an entry: documents repeat their words. */
  private readonly headCache = new Map<string, boolean>();

  /** Whether an entry can begin with this stem: a literal first stem or a stem prefix. */
  isHead(stem: string): boolean {
    let yes = this.headCache.get(stem);
    if (yes === undefined) {
      yes = this.heads.any || this.heads.stems.has(stem);
      if (!yes) {
        const { byFour, short } = this.prefixIndex();
        const list = byFour.get(stem.slice(0, 4));
        if (list) for (const p of list) if (stem.startsWith(p)) yes = true;
        for (const p of short) if (stem.startsWith(p)) yes = true;
        for (const p of this.heads.inside) if (stem.includes(p)) yes = true;
      }
      if (this.headCache.size > 50_000) this.headCache.clear();
      this.headCache.set(stem, yes);
    }
    return yes;
  }

  /**
   * Whether any entry could match these tokens: one of them must be a possible first word.
   * A cheap look at a few stems that spares most statements the family's regex.
   */
  mayMatch(tokens: readonly Token[]): boolean {
    if (this.heads.any) return true;
    for (const t of tokens) if (this.isHead(t.stem)) return true;
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

  /** Whether any entry matches in the view. */
  occursIn(view: StemView): boolean {
    return !this.matches(view).next().done;
  }

  /** Whether an entry ends on the view's last token: "… approves opex over" before a figure, "the supplier is" before a verb. */
  endsAtLast(view: StemView): boolean {
    const last = view.tokens.length;
    for (const m of this.matches(view)) if (m.to === last) return true;
    return false;
  }

  /**
   * Every match in a stem view, as token index ranges [from, to), with the stems its gaps let in:
   * leftmost first, each search going on after the last match, as a global regex scan finds them.
   * A match starts where a token starts (the regex looks behind for a space), and only at a token
   * that can begin an entry; `heads`, when given, are those tokens' indices in increasing order.
   */
  *matches(view: StemView, heads?: readonly number[]): Generator<{ from: number; to: number; gaps: string }> {
    const re = this.regex;
    if (!re) return;
    const tokens = view.tokens;
    let next = 0;
    const count = heads ? heads.length : tokens.length;
    for (let k = 0; k < count; k++) {
      const i = heads ? heads[k]! : k;
      if (!heads && !this.heads.any && !this.isHead(tokens[i]!.stem)) continue;
      const m = this.matchAt(view, i, next);
      if (m === null) continue;
      next = m.next;
      if (m.to !== undefined) yield { from: i, to: m.to, gaps: m.gaps! };
    }
  }

  /**
   * The entry that matches from token `i`, unless an earlier match (ending at `next` in the stem string) covers it.
   * An empty match only moves `next` on; a real one says the token after it and the words its gaps took.
   */
  matchAt(view: StemView, i: number, next: number): { next: number; to?: number; gaps?: string } | null {
    const re = this.regex;
    const at = view.startOf(i);
    if (!re || at < next) return null;
    re.lastIndex = at;
    const m = re.exec(view.text);
    if (m === null) return null;
    if (m[0] === '') return { next: at + 1 };
    let gaps = '';
    for (let g = 1; g < m.length; g++) if (m[g]) gaps += m[g];
    return { next: at + m[0].length, to: view.tokenAt(at + m[0].length - 2) + 1, gaps };
  }
}

/** A statement's tokens as one stem string, with a map back to token indices. */
export class StemView {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(readonly tokens: readonly Token[]) {
    // ` stem stem … stem `, built flat in one go (the regex would flatten a concatenation anyway).
    const stems: string[] = new Array<string>(tokens.length);
    let at = 1;
    for (let i = 0; i < tokens.length; i++) {
      const stem = tokens[i]!.stem;
      this.starts.push(at);
      stems[i] = stem;
      at += stem.length + 1;
    }
    this.text = tokens.length === 0 ? ' ' : ` ${stems.join(' ')} `;
  }

  /** Where token `i` starts in the stem string. */
  startOf(i: number): number {
    return this.starts[i]!;
  }

  /** Index of the token that holds character `i` of the stem string. */
  tokenAt(i: number): number {
    return Math.max(0, lastAtOrBefore(this.starts, i));
  }
}
