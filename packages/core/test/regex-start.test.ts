import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { familyRegex, phrasePattern, phraseRegex, WORD_CHARS, wordRegex } from '../src/engine/language.js';
import { opensWithWordChar } from '../src/engine/regex-start.js';

describe('opensWithWordChar', () => {
  it.each([
    ['discount', true],
    ['must[\\s-]+win(?=\\s*(?:[.,;:!?)]|$))', true],
    ["(?:can['’]?t|cannot) (?:afford to )?lose", true],
    ['bafos?|b\\.a\\.f\\.o\\.?', true],
    ['(?<=x)deal|(?!no)offer', true],
    ['(?<name>ask|push)\\w*', true],
    ['\\bfree\\s+months?', true],
    ['a{2,3}', true],
    ['^deal', true],
  ])('%s → %s', (body, expected) => {
    expect(opensWithWordChar(body)).toBe(expected);
  });

  it.each([
    ["['’]s deal"],
    ['(?:the )?deal'],
    ['x*y'],
    ['a{0,2}b'],
    ['[a-z]+'],
    ['deal|\\.net'],
    ['deal|'],
    [''],
    ['é'],
    ['\\d+%'],
    ['\\$\\d+'],
    ['.deal'],
    ['(?:deal'],
    ['deal)|x'],
    ['\\p{L}+'],
    ['_deal'],
  ])('%s → false', (body) => {
    expect(opensWithWordChar(body)).toBe(false);
  });
});

// The phrase regexes as they were built before the leading `\b` and without the `u` flag dropped.
const reference = (body: string) => new RegExp(`(?<![${WORD_CHARS}])(?:${body})(?![${WORD_CHARS}])`, 'giu');
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

// Text of words, accented capitals and lower case, digits, spaces, hyphens, apostrophes and punctuation.
// No underscore: `\b` treats it as a word character, so "snake_discount" is no longer a phrase (on purpose).
const piece = fc.oneof(
  fc.constantFrom('discount', 'Discount', 'DISCOUNT', 'discounts', 'price cut', 'price-cut', 'must win', 'MUST  WIN', 'can’t lose', "can't lose", 'cannot lose'),
  fc.constantFrom('café', 'CAFÉ', 'Über', 'éclair', 'naïve', 'ÉCLAIR', 'Œuvre', 'ſ', 'K', 'ß'),
  fc.constantFrom(' ', '  ', '\n', '-', "'", '’', '.', ',', ':', '(', ')', '$', '€', '5', '10%', 'é', 'É', 'x', 'X'),
  fc.string({ maxLength: 4 }).map((s) => s.replace(/_/g, '')),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('phrase regexes match what they matched before', () => {
  const bodies = [
    'discount|price[\\s-]+cut|must[\\s-]+win',
    "(?:can['’]?t|cannot) (?:afford to )?lose",
    'éclair|café|über',
    'caf[é]|naïve|œuvre',
    'x{2}|k',
    // Can open with a sign or an apostrophe: built without `\\b`.
    '\\$\\d+|deal',
    "['’]s[\\s-]+deal",
  ];
  it.each(bodies)('wordRegex(%s)', (body) => {
    const fast = wordRegex(body);
    const before = reference(body);
    fc.assert(
      fc.property(text, (t) => {
        expect(matches(fast, t)).toEqual(matches(before, t));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('phraseRegex and familyRegex over a phrase list', () => {
    const phrases = ['discount', 'price cut', "can't lose", 'must win', 'café'];
    const families = ['discount*', 'apologi*', 'écla*'];
    const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
    const phraseBody = byLength(phrases).map(phrasePattern).join('|');
    const familyBody = byLength(families)
      .map((p) => phrasePattern(p.replace(/\*/g, '\u0000')).replace(/\u0000/g, `[${WORD_CHARS}]*`))
      .join('|');
    fc.assert(
      fc.property(text, (t) => {
        expect(matches(phraseRegex(phrases), t)).toEqual(matches(reference(phraseBody), t));
        expect(matches(familyRegex(families), t)).toEqual(matches(reference(familyBody), t));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('an underscore joins a phrase to the word before it, as in identifiers', () => {
    expect(matches(wordRegex('discount'), 'snake_discount, discount')).toEqual(['16:discount']);
  });

  it('a body that can open with something other than a letter or digit keeps no `\\b`', () => {
    expect(wordRegex('\\$\\d+|deal').source.startsWith('\\b')).toBe(false);
    expect(matches(wordRegex('\\$\\d+|deal'), 'pay $5 now')).toEqual(['4:$5']);
  });

  it('builds a phrase list once and hands back the same regex, reset', () => {
    const a = phraseRegex(['throw in', 'free month']);
    a.lastIndex = 5;
    const b = phraseRegex(['throw in', 'free month']);
    expect(b).toBe(a);
    expect(b.lastIndex).toBe(0);
    expect(b.flags).toBe('gi');
  });
});
