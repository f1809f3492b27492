/**
 * A warm start for the bundled CLI and its lint workers: the built-in vocabulary's label index and
 * the lexicon families' compiled patterns, built from this same code when the bundle is built
 * (scripts/bundle.mjs writes them to negolint-warm.json beside it). Reading them takes a few
 * milliseconds; building them took about a third of a cold one-file lint. The library, the server
 * and the tests ship nothing and build both on first use, as before; a missing or unreadable file
 * only means the same.
 */
import { readFileSync } from 'node:fs';
import { PhraseSet, shipPhraseSet, preloadPhraseSets, type ShippedPhraseSet } from './lexicon/pattern.js';
import { FAMILY_BY_TAG, Lexicon, TAGS } from './lexicon/index.js';
import { Vocabulary, preloadVocabulary, type ShippedVocabulary } from './plan/concepts.js';

declare const __NEGOLINT_WARM_FILE__: string | undefined;

export interface WarmStart {
  vocabulary: ShippedVocabulary;
  phraseSets: Record<string, ShippedPhraseSet>;
}

/** Everything a lint may build with the built-in words: every family for either side and each side, its idioms, its groups. */
export function buildWarmStart(): WarmStart {
  const lexicon = new Lexicon();
  const sets: PhraseSet[] = [];
  for (const tag of TAGS) {
    for (const side of [undefined, 'seller', 'buyer'] as const) sets.push(lexicon.phrases(tag, side));
    const idioms = lexicon.idioms(tag);
    if (idioms) sets.push(idioms);
    for (const group of FAMILY_BY_TAG.get(tag)?.groups.filter((g) => !g.idiom) ?? []) sets.push(new PhraseSet(group.phrases));
  }
  return { vocabulary: new Vocabulary().ship(), phraseSets: Object.fromEntries(sets.map(shipPhraseSet)) };
}

export function loadWarmStart(warm: WarmStart): void {
  preloadVocabulary(warm.vocabulary);
  preloadPhraseSets(warm.phraseSets);
}

if (typeof __NEGOLINT_WARM_FILE__ === 'string') {
  try {
    loadWarmStart(JSON.parse(readFileSync(new URL(__NEGOLINT_WARM_FILE__, import.meta.url), 'utf8')) as WarmStart);
  } catch {
    // Built on first use instead.
  }
}
