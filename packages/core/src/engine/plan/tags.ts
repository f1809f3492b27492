/**
 * The per-document tag index: statements are tokenized once, each tag is
 * looked for once over all statements (on the first rule's question), and the
 * answers are kept for every later rule.
 */
import { readAsUs } from './reader.js';
import { Lexicon, StemView, deniedAfter, frenchNegated, isConditional, negatedAt, negatedWithin, isSubject, reports, speakerAt, tokenize, type PhraseSet, type Speaker, type Tag, type TagHit, type Token } from '../lexicon/index.js';
import type { MemoEntry, StatementMemo } from '../incremental/memo.js';
import type { Statement } from './model.js';
import { ourPeople } from './our-people.js';

export interface Tagged {
  statement: Statement;
  hit: TagHit;
}

export class TagIndex {
  private readonly tokenCache: (Token[] | undefined)[] = [];
  private readonly viewCache: (StemView | undefined)[] = [];
  private readonly byTag = new Map<string, Tagged[]>();
  private readonly byStatement = new Map<string, Map<Statement, readonly TagHit[]>>();
  private readonly position = new Map<Statement, number>();
  /**
   * The side of the table, set once the plan's side is known: groups meant for one
   * side (a seller's discount, a buyer's paying more) are read for this side only.
   */
  side: 'seller' | 'buyer' | undefined;

  private readonly memo: StatementMemo | undefined;

  /** `memo`: what earlier versions of the same document read in their statements (editors re-lint after every edit). */
  /** `readerIsUs`: the plan says "you" to one of us (a brief handed to a colleague), see {@link readAsUs}. */
  constructor(
    private readonly statements: readonly Statement[],
    private readonly lexicon: Lexicon,
    memo?: StatementMemo,
    private readonly readerIsUs = false,
  ) {
    statements.forEach((s, i) => this.position.set(s, i));
    // What earlier versions read in a statement was read without "you" as "we": start afresh for a brief.
    this.memo = readerIsUs ? undefined : memo?.begin(lexicon);
  }

  /** A statement's tokens, with document offsets. */
  tokens(st: Statement): Token[] {
    const i = this.position.get(st);
    if (i === undefined) return this.read(st);
    let t = this.tokenCache[i];
    if (!t) this.tokenCache[i] = t = this.memo ? this.entry(i, st).tokens(st.text, st.start, tokenize) : this.read(st);
    return t;
  }

  private read(st: Statement): Token[] {
    const tokens = tokenize(st.text, st.start);
    return this.readerIsUs ? readAsUs(tokens, st.text, st.start) : tokens;
  }

  private view(st: Statement): StemView {
    const i = this.position.get(st);
    if (i === undefined) return new StemView(this.tokens(st));
    let v = this.viewCache[i];
    if (!v) this.viewCache[i] = v = new StemView(this.tokens(st));
    return v;
  }

  private readonly sideKeys = new Map<string, Map<Tag, string>>();

  /** The key of a tag's answers: side-specific once the side is known. Rules ask often; the keys are built once. */
  private keyOf(tag: Tag): string {
    if (!this.side) return tag;
    let keys = this.sideKeys.get(this.side);
    if (!keys) this.sideKeys.set(this.side, (keys = new Map()));
    let key = keys.get(tag);
    if (!key) keys.set(tag, (key = `${tag}:${this.side}`));
    return key;
  }

  /** Every statement that carries `tag`, with the words that carry it, in document order. */
  tagged(tag: Tag): readonly Tagged[] {
    const key = this.keyOf(tag);
    let list = this.byTag.get(key);
    if (list) return list;
    list = [];
    const per = new Map<Statement, readonly TagHit[]>();
    const set = this.lexicon.phrases(tag, this.side);
    const add = (st: Statement, hits: readonly TagHit[] | undefined): void => {
      if (!hits || hits.length === 0) return;
      per.set(st, hits);
      for (const hit of hits) list!.push({ statement: st, hit });
    };
    if (set.regex) {
      if (this.memo || set.anyHead) for (const st of this.statements) add(st, this.scan(st, tag, key));
      else {
        // Only statements with a word that can begin an entry, and only at those words.
        const { stems, ids, ends } = this.stemIndex();
        const head = new Uint8Array(stems.length);
        for (let d = 0; d < stems.length; d++) if (set.isHead(stems[d]!)) head[d] = 1;
        let t = 0;
        for (let s = 0; s < this.statements.length; s++) {
          const first = t;
          const end = ends[s]!;
          while (t < end && head[ids[t]!] !== 1) t++;
          if (t < end) add(this.statements[s]!, this.scanNow(this.statements[s]!, tag, head, ids, first));
          t = end;
        }
      }
    }
    this.byTag.set(key, list);
    this.byStatement.set(key, per);
    return list;
  }

  private stems: { stems: string[]; ids: Int32Array; ends: Int32Array } | undefined;

  /**
   * The document's words as numbers: its distinct stems, each token's stem number (all
   * statements' tokens in a row) and where each statement's tokens end. A tag then asks about
   * each distinct stem once and looks up the rest.
   */
  private stemIndex(): { stems: string[]; ids: Int32Array; ends: Int32Array } {
    if (this.stems) return this.stems;
    const number = new Map<string, number>();
    const stems: string[] = [];
    const all = this.statements.map((st) => this.tokens(st));
    const ends = new Int32Array(all.length);
    let total = 0;
    all.forEach((tokens, s) => (ends[s] = total += tokens.length));
    const ids = new Int32Array(total);
    let t = 0;
    for (const tokens of all) {
      for (const token of tokens) {
        let id = number.get(token.stem);
        if (id === undefined) {
          number.set(token.stem, (id = stems.length));
          stems.push(token.stem);
        }
        ids[t++] = id;
      }
    }
    return (this.stems = { stems, ids, ends });
  }

  /** The hits of `tag` in one statement (also for statements outside the model, e.g. a value span). */
  hits(st: Statement, tag: Tag): readonly TagHit[] {
    if (!this.position.has(st)) return this.scanNow(st, tag);
    this.tagged(tag);
    return this.byStatement.get(this.keyOf(tag))!.get(st) ?? [];
  }

  /** Whether a statement carries an affirmed (not negated) `tag`. */
  has(st: Statement, tag: Tag): boolean {
    return this.hits(st, tag).some((h) => !h.negated);
  }

  /** Who the clause around a hit is about. */
  speaker(st: Statement, hit?: TagHit): Speaker | undefined {
    const tokens = this.tokens(st);
    return speakerAt(tokens, hit ? Math.min(hit.from, tokens.length - 1) : Math.max(0, tokens.length - 1), (w) => this.isName(w), (w) => this.isOurs(w));
  }

  private people: Set<string> | undefined;

  /** Whether a name is one of our own people's (a team plan's roles, its author). */
  isOurs(word: string): boolean {
    this.people ??= ourPeople(this.statements, (w) => this.isName(w));
    return this.people.has(word);
  }

  private names: Set<string> | undefined;

  /**
   * Whether the plan uses a word as a name: written with a capital inside a clause somewhere and
   * never in lower case ("Neil", "Kenji", "Okafor"; not "Pricing" or "Finance" when the plan also
   * says "pricing", "finance").
   */
  isName(word: string): boolean {
    if (!this.names) {
      const capital = new Set<string>();
      const lower = new Set<string>();
      for (const st of this.statements) {
        const tokens = this.tokens(st);
        tokens.forEach((t, i) => {
          if (t.mark || t.stem === '#') return;
          if (!t.capital) lower.add(t.word);
          else if (i > 0 && !tokens[i - 1]!.mark) capital.add(t.word);
        });
      }
      this.names = new Set([...capital].filter((w) => !lower.has(w)));
    }
    return this.names.has(word);
  }

  /** The statement opens as a condition ("If they say…"). */
  conditional(st: Statement): boolean {
    return isConditional(this.tokens(st));
  }

  private readonly memoEntries: MemoEntry[] = [];
  private entry(i: number, st: Statement): MemoEntry {
    return (this.memoEntries[i] ??= this.memo!.entry(st.text));
  }

  /** The hits of `tag` (under `key`, with the side) in a statement of the model. */
  private scan(st: Statement, tag: Tag, key: string): readonly TagHit[] {
    const i = this.memo ? this.position.get(st) : undefined;
    if (i === undefined) return this.scanNow(st, tag);
    return this.entry(i, st).hits(st.start, key, () => this.scanNow(st, tag));
  }

  /**
   * The hits of `tag` in a statement: its family's regex is run at each token that can begin an
   * entry, leftmost first, each search going on after the last match (as a global scan finds
   * them). `head`, `ids` and `first`: which of the document's stems can begin an entry, its
   * tokens' stem numbers and where this statement's tokens start among them, when known.
   */
  private scanNow(st: Statement, tag: Tag, head?: Uint8Array, ids?: Int32Array, first = 0): TagHit[] {
    const set = this.lexicon.phrases(tag, this.side);
    if (!set.regex) return [];
    const tokens = this.tokens(st);
    const any = set.anyHead;
    let out: TagHit[] | undefined;
    let view: StemView | undefined;
    let next = 0;
    const idioms = this.lexicon.idioms(tag);
    for (let i = 0; i < tokens.length; i++) {
      if (!any && !(head ? head[ids![first + i]!] === 1 : set.isHead(tokens[i]!.stem))) continue;
      view ??= this.view(st);
      const m = set.matchAt(view, i, next);
      if (m === null) continue;
      next = m.next;
      if (m.to === undefined) continue;
      const to = m.to;
      if (idioms && insideIdiom(idioms, view, i, to)) continue;
      // "Stal-Hurt Opole": a feeling or a hedge written capitalised and joined to another word by a hyphen is part of a
      // name (German compounds such as "Konzern-Richtlinie" keep their meaning, so only these tags read it so).
      if (to === i + 1 && NAME_PRONE.has(tag) && inHyphenName(st.text, tokens[i]!.start - st.start, tokens[i]!.end - st.start)) continue;
      const gaps = m.gaps!;
      (out ??= []).push({
        tag,
        from: i,
        to,
        start: tokens[i]!.start,
        end: tokens[to - 1]!.end,
        // "If Rachel says the quote is list price and can't move": a "not" after reported speech is theirs, not a denial of it.
        negated: negatedAt(tokens, i) || negatedWithin(gaps, reports(tokens, i, to)) || (!st.isQuestion && isSubject(tokens, i) && !reports(tokens, i, to) && deniedAfter(tokens, to)) || frenchNegated(tokens, i, to),
      });
    }
    return out ?? [];
  }
}

/** Whether words `from`–`to` lie inside one of the idioms (which may start up to four words before them). */
function insideIdiom(idioms: PhraseSet, view: StemView, from: number, to: number): boolean {
  for (let j = Math.max(0, from - 4); j <= from; j++) {
    const m = idioms.matchAt(view, j, 0);
    if (m?.to !== undefined && m.to >= to) return true;
  }
  return false;
}

const NAME_PRONE: ReadonlySet<Tag> = new Set<Tag>(['relationship-problem', 'desperation', 'hedge']);

/** Whether the word at `start`–`end` of a text is a capitalised part of a hyphenated name ("Stal-Hurt", "Hurt-Stal"). */
function inHyphenName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  return /\p{Lu}[\p{L}]*-$/u.test(text.slice(Math.max(0, start - 24), start)) || /^-\p{Lu}/u.test(text.slice(end, end + 2));
}
