/** Regex matching helpers shared by the plan model and the rules. */

const globalTwins = new WeakMap<RegExp, RegExp>();

/**
 * Matches found in earlier versions of one document, by regex and text. Rules and the plan
 * model match mostly within statements, and an edit leaves all statements but one or two as
 * they were; while a new version is linted (`withMatchMemo`), `allMatches` answers from here
 * for texts seen in the version before. Whole-document texts change with every edit and are
 * not kept.
 */
export class MatchMemo {
  private current = new Map<RegExp, Map<string, RegExpExecArray[]>>();
  private before = new Map<RegExp, Map<string, RegExpExecArray[]>>();

  /** Starts a new version: what the one before did not ask again is dropped. */
  begin(): this {
    this.before = this.current;
    this.current = new Map();
    return this;
  }

  get(re: RegExp, text: string): RegExpExecArray[] | undefined {
    const known = this.current.get(re)?.get(text);
    if (known) return known;
    const old = this.before.get(re)?.get(text);
    if (old) this.set(re, text, old);
    return old;
  }

  set(re: RegExp, text: string, found: RegExpExecArray[]): void {
    let byText = this.current.get(re);
    if (!byText) this.current.set(re, (byText = new Map()));
    byText.set(text, found);
  }
}

/** Texts up to this long are kept in a match memo (statements; not whole documents). */
const MEMO_MAX_TEXT = 2000;
let memo: MatchMemo | undefined;

/** Runs `fn` with `allMatches` answering from `matches` where it can. */
export function withMatchMemo<T>(matches: MatchMemo, fn: () => T): T {
  const outer = memo;
  memo = matches;
  try {
    return fn();
  } finally {
    memo = outer;
  }
}

/**
 * Every match of `re` in `text`, like `text.matchAll(re)` for a global regex. Rules run
 * hundreds of phrase regexes over every sentence; an `exec` loop on one cached global
 * twin per regex avoids the iterator and the regex clone `matchAll` makes on every call.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const kept = memo && text.length <= MEMO_MAX_TEXT ? memo : undefined;
  const known = kept?.get(re, text);
  // A copy: callers may sort or filter the list they get.
  if (known) return known.slice();
  let g = globalTwins.get(re);
  if (!g) globalTwins.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  const out: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(m);
    // An empty match would match again at the same place: step over one character, as matchAll does.
    if (m[0] === '') g.lastIndex = m.index + (g.unicode && text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  g.lastIndex = 0;
  if (kept) {
    kept.set(re, text, out);
    return out.slice();
  }
  return out;
}
