/**
 * What the lexicon read in a document's statements, kept from one version of the document
 * to the next. A statement's tokens and tag hits depend only on its text (and the lexicon),
 * not on where it stands, so an edit leaves every other statement's reading valid; the tag
 * index asks here before tokenizing and scanning. Entries are stored at offset 0 and handed
 * out as copies moved to the statement's offset, so no version shares objects with another.
 */
import type { Lexicon, TagHit, Token } from '../lexicon/index.js';

const NONE: readonly TagHit[] = Object.freeze([]);

/**
 * Tag keys (`tag` or `tag:side`) as small numbers, so an entry records which tags it has
 * read in a few bits. There are a few dozen tags, three ways each.
 */
const keyNumbers = new Map<string, number>();
const keyNumber = (key: string): number => {
  let n = keyNumbers.get(key);
  if (n === undefined) keyNumbers.set(key, (n = keyNumbers.size));
  return n;
};

/** What was read in one statement text, at offset 0. */
export class MemoEntry {
  private tokensAt0: Token[] | undefined;
  /**
   * Which tag keys were read (a bit per key number), and the hits of those that had any:
   * most statements carry few tags, and a map per statement of every tag asked about held
   * several kilobytes for each statement of each open document.
   */
  private read = new Uint32Array(4);
  private found: Map<number, readonly TagHit[]> | undefined;

  /** The tokens at document offset `base`; `tokenize` reads them at offset 0 when not known. */
  tokens(text: string, base: number, tokenize: (text: string) => Token[]): Token[] {
    const at0 = (this.tokensAt0 ??= tokenize(text));
    return at0.map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
  }

  /**
   * The hits of tag key `key` at offset `base`; `scan` finds them (at `base`) when not known.
   * No hits is one shared, frozen empty list.
   */
  hits(base: number, key: string, scan: () => TagHit[]): readonly TagHit[] {
    const n = keyNumber(key);
    const word = n >>> 5;
    const bit = 1 << (n & 31);
    if (word < this.read.length && (this.read[word]! & bit) !== 0) {
      const known = this.found?.get(n);
      return known ? known.map((h) => ({ ...h, start: h.start + base, end: h.end + base })) : NONE;
    }
    const hits = scan();
    if (word >= this.read.length) {
      const grown = new Uint32Array(word + 1);
      grown.set(this.read);
      this.read = grown;
    }
    this.read[word]! |= bit;
    if (hits.length === 0) return NONE;
    (this.found ??= new Map()).set(n, hits.map((h) => ({ ...h, start: h.start - base, end: h.end - base })));
    return hits;
  }
}

export class StatementMemo {
  private lexicon: Lexicon | undefined;
  /** Entries read by the current version, and those of the version before. */
  private current = new Map<string, MemoEntry>();
  private before = new Map<string, MemoEntry>();

  /**
   * Starts a new version of the document read with `lexicon`. Entries the previous version
   * did not use are dropped, so the memo holds about one document's statements.
   */
  begin(lexicon: Lexicon): this {
    if (lexicon !== this.lexicon) {
      this.lexicon = lexicon;
      this.before = new Map();
    } else this.before = this.current;
    this.current = new Map();
    return this;
  }

  private frontmatterRead: { raw: string; info: unknown } | undefined;

  /** The frontmatter read from `raw` (the document up to its closing fence), as read before when `raw` has not changed. */
  frontmatter<T>(raw: string, read: () => T): T {
    if (this.frontmatterRead?.raw !== raw) this.frontmatterRead = { raw, info: read() };
    return this.frontmatterRead.info as T;
  }

  /** The entry of a statement's text. */
  entry(text: string): MemoEntry {
    let e = this.current.get(text);
    if (!e) {
      e = this.before.get(text) ?? new MemoEntry();
      this.current.set(text, e);
    }
    return e;
  }
}
