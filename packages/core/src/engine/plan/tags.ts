/**
 * The per-document tag index: statements are tokenized once, each tag is
 * looked for once over all statements (on the first rule's question), and the
 * answers are kept for every later rule.
 */
import { Lexicon, StemView, deniedAfter, isConditional, negatedAt, negatedWithin, isSubject, speakerAt, tokenize, type Speaker, type Tag, type TagHit, type Token } from '../lexicon/index.js';
import type { Statement } from './model.js';

export interface Tagged {
  statement: Statement;
  hit: TagHit;
}

export class TagIndex {
  private readonly tokenCache: (Token[] | undefined)[] = [];
  private readonly viewCache: (StemView | undefined)[] = [];
  private readonly byTag = new Map<string, Tagged[]>();
  private readonly byStatement = new Map<string, Map<Statement, TagHit[]>>();
  private readonly position = new Map<Statement, number>();
  /**
   * The side of the table, set once the plan's side is known: groups meant for one
   * side (a seller's discount, a buyer's paying more) are read for this side only.
   */
  side: 'seller' | 'buyer' | undefined;

  constructor(
    private readonly statements: readonly Statement[],
    private readonly lexicon: Lexicon,
  ) {
    statements.forEach((s, i) => this.position.set(s, i));
  }

  /** A statement's tokens, with document offsets. */
  tokens(st: Statement): Token[] {
    const i = this.position.get(st);
    if (i === undefined) return tokenize(st.text, st.start);
    let t = this.tokenCache[i];
    if (!t) this.tokenCache[i] = t = tokenize(st.text, st.start);
    return t;
  }

  private view(st: Statement): StemView {
    const i = this.position.get(st);
    if (i === undefined) return new StemView(this.tokens(st));
    let v = this.viewCache[i];
    if (!v) this.viewCache[i] = v = new StemView(this.tokens(st));
    return v;
  }

  /** Every statement that carries `tag`, with the words that carry it, in document order. */
  tagged(tag: Tag): readonly Tagged[] {
    const key = this.side ? `${tag}:${this.side}` : tag;
    let list = this.byTag.get(key);
    if (list) return list;
    list = [];
    const per = new Map<Statement, TagHit[]>();
    const set = this.lexicon.phrases(tag, this.side);
    if (set.regex) {
      for (const st of this.statements) {
        const hits = this.scan(st, tag);
        if (hits.length === 0) continue;
        per.set(st, hits);
        for (const hit of hits) list.push({ statement: st, hit });
      }
    }
    this.byTag.set(key, list);
    this.byStatement.set(key, per);
    return list;
  }

  /** The hits of `tag` in one statement (also for statements outside the model, e.g. a value span). */
  hits(st: Statement, tag: Tag): readonly TagHit[] {
    if (!this.position.has(st)) return this.scan(st, tag);
    this.tagged(tag);
    return this.byStatement.get(this.side ? `${tag}:${this.side}` : tag)!.get(st) ?? [];
  }

  /** Whether a statement carries an affirmed (not negated) `tag`. */
  has(st: Statement, tag: Tag): boolean {
    return this.hits(st, tag).some((h) => !h.negated);
  }

  /** Who the clause around a hit is about. */
  speaker(st: Statement, hit?: TagHit): Speaker | undefined {
    const tokens = this.tokens(st);
    return speakerAt(tokens, hit ? Math.min(hit.from, tokens.length - 1) : Math.max(0, tokens.length - 1), (w) => this.isName(w));
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

  private scan(st: Statement, tag: Tag): TagHit[] {
    const set = this.lexicon.phrases(tag, this.side);
    if (!set.regex) return [];
    const tokens = this.tokens(st);
    if (!set.mayMatch(tokens)) return [];
    const out: TagHit[] = [];
    for (const { from, to, gaps } of set.matches(this.view(st))) {
      out.push({
        tag,
        from,
        to,
        start: tokens[from]!.start,
        end: tokens[to - 1]!.end,
        negated: negatedAt(tokens, from) || negatedWithin(gaps) || (!st.isQuestion && isSubject(tokens, from) && deniedAfter(tokens, to)),
      });
    }
    return out;
  }
}
