/**
 * The lexicon: every sentence concept's words in one place, compiled once per
 * vocabulary. Rules never hold phrase lists of their own; they ask the plan
 * model for tagged statements, and the model asks the lexicon.
 */
import { FAMILIES } from './concepts/index.js';
import { PhraseSet, StemView } from './pattern.js';
import { TAGS, type Family, type Tag } from './types.js';
import type { Token } from './tokens.js';

export { TAGS, type Tag, type TagHit, type Group, type Family } from './types.js';
export { tokenize, stemWord, isPast, type Token } from './tokens.js';
export { PhraseSet, StemView, entryPattern } from './pattern.js';
export { negatedAt, negatedWithin, isSubject, deniedAfter, frenchNegated, speakerAt, subjectBefore, opensWithOurVerb, saysWe, isConditional, inConsequence, hypotheticalAt, negativeAsk, reports, type Speaker } from './scope.js';

export const FAMILY_BY_TAG: ReadonlyMap<Tag, Family> = new Map(FAMILIES.map((f) => [f.tag, f]));

export class Lexicon {
  /** Compiled sets by side (`''` for either), then by tag: asked for per statement, so no key strings are built. */
  private readonly sets = new Map<string, Map<Tag, PhraseSet>>();

  /** `extra`: the config's `vocabulary` entries for sentence concepts. */
  constructor(private readonly extra: Partial<Record<string, readonly string[]>> = {}) {}

  /**
   * The compiled phrases of a tag (built on first use). With a side, groups meant for
   * the other side are left out (a buyer's price cut is paying more, not a discount).
   */
  phrases(tag: Tag, side?: 'seller' | 'buyer'): PhraseSet {
    let bySide = this.sets.get(side ?? '');
    if (!bySide) this.sets.set(side ?? '', (bySide = new Map()));
    let set = bySide.get(tag);
    if (!set) {
      const family = FAMILY_BY_TAG.get(tag);
      const groups = family?.groups.filter((g) => !g.idiom && (!side || !g.side || g.side === side)) ?? [];
      set = new PhraseSet([...groups.flatMap((g) => g.phrases), ...(this.extra[tag] ?? [])]);
      bySide.set(tag, set);
    }
    return set;
  }

  private readonly idiomSets = new Map<Tag, PhraseSet | null>();

  /** The phrases that hold a tag's words but mean something else ("to get things moving"), if the tag has any. */
  idioms(tag: Tag): PhraseSet | undefined {
    let set = this.idiomSets.get(tag);
    if (set === undefined) {
      const phrases = FAMILY_BY_TAG.get(tag)?.groups.filter((g) => g.idiom).flatMap((g) => g.phrases) ?? [];
      this.idiomSets.set(tag, (set = phrases.length > 0 ? new PhraseSet(phrases) : null));
    }
    return set ?? undefined;
  }
}

/** Whether a string is one of the lexicon's tags (config validation). */
export function isTag(name: string): name is Tag {
  return (TAGS as readonly string[]).includes(name);
}

const groupSets = new Map<string, PhraseSet>();

/**
 * Whether a hit's words are matched by one group of its family (counted without its idiom groups; the built-in words only;
 * `vocabulary` entries belong to no group). For rules that read a family's groups apart,
 * e.g. hedges that count anywhere vs only when about the other side.
 */
export function inGroup(tokens: readonly Token[], hit: { tag: Tag; from: number; to: number }, group: number): boolean {
  const key = `${hit.tag}\u0000${group}`;
  let set = groupSets.get(key);
  // Groups are numbered without the family's idioms, which name no reading of their own.
  if (!set) groupSets.set(key, (set = new PhraseSet(FAMILY_BY_TAG.get(hit.tag)?.groups.filter((g) => !g.idiom)[group]?.phrases ?? [])));
  for (const m of set.matches(new StemView(tokens.slice(hit.from, hit.to)))) if (m.from === 0 && m.to === hit.to - hit.from) return true;
  return false;
}
