/**
 * A phrase family is matched word by word, each word with a small regex of the entries that
 * can start with it (compiled when the word is first met). The result must be what one
 * global scan with the whole alternation finds: same matches, same ranges, same gap words.
 * Checked on sentences of the fixtures and on random strings of the lexicon's own words
 * (fast-check, fixed seed), for every family, side and group.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../src/engine/lexicon/concepts/index.js';
import { Lexicon, PhraseSet, StemView, TAGS, tokenize } from '../src/engine/lexicon/index.js';
import { FIXTURES, listMarkdown, read } from './helpers.js';

const lexicon = new Lexicon({ price: ['list price … *preis*', 'per seat?'] });
const SETS: [string, PhraseSet][] = [
  ...TAGS.flatMap((tag) => (['seller', 'buyer', undefined] as const).map((side): [string, PhraseSet] => [`${tag}:${side ?? 'any'}`, lexicon.phrases(tag, side)])),
  ...FAMILIES.flatMap((f) => f.groups.map((g, i): [string, PhraseSet] => [`${f.tag} group ${i}`, new PhraseSet(g.phrases)])),
];

function same(text: string): void {
  const tokens = tokenize(text);
  const view = new StemView(tokens);
  for (const [name, set] of SETS) {
    const got = [...set.matches(view)];
    const want = [...set.matchesWhole(view)];
    if (JSON.stringify(got) !== JSON.stringify(want)) expect({ name, text, got }).toEqual({ name, text, got: want });
  }
}

describe('phrase families matched word by word', () => {
  it('find what the whole alternation finds in the fixtures', () => {
    const sentences = listMarkdown(FIXTURES)
      .flatMap((f) => read(f).split(/(?<=[.!?])\s+|\n/))
      .filter((s) => s.trim());
    // Every 40th sentence: a few hundred, from every kind of fixture.
    for (let i = 0; i < sentences.length; i += 40) same(sentences[i]!);
  });

  it('find what the whole alternation finds in strings of the lexicon’s words', () => {
    const words = [...new Set(FAMILIES.flatMap((f) => f.groups.flatMap((g) => g.phrases)).flatMap((p) => p.split(/[\s|]+/)))]
      .map((w) => w.replace(/[*?…]/g, ''))
      .filter(Boolean);
    const word = fc.oneof({ arbitrary: fc.constantFrom(...words), weight: 8 }, { arbitrary: fc.constantFrom('not', 'never', ',', '.', '$120k', '15%', 'we', 'they', 'Servicepreisliste'), weight: 2 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (ws) => same(ws.join(' '))),
      { numRuns: 250, seed: 20261207 },
    );
  });
});
