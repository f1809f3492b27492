/**
 * The sentence helpers rules lean on: negation before a phrase (`negatedAt`,
 * `negatedInClause`), denial after it (`deniedAfter`), and admissions that
 * something is not known (`uncertainAt`, `soundsUnknown`).
 */
import { describe, expect, it } from 'vitest';
import { deniedAfter, negatedAt, negatedInClause, soundsUnknown, uncertainAt } from '../src/engine/language.js';

/** The offset of `phrase` in `text`, so cases read as sentences. */
const at = (text: string, phrase: string): number => {
  const i = text.indexOf(phrase);
  if (i < 0) throw new Error(`${phrase} not in ${text}`);
  return i;
};

describe('negatedAt', () => {
  it.each([
    ['we will not offer a discount', 'offer'],
    ["we won't discount", 'discount'],
    ['never give free months', 'give'],
    ['we avoid a price cut here', 'price cut'],
    ['trade volume instead of a discount', 'discount'],
    ['no discount, whatever they say', 'discount'],
  ])('negated: %s (at "%s")', (text, phrase) => {
    expect(negatedAt(text, at(text, phrase))).toBe(true);
  });

  it.each([
    ['we offer a discount', 'discount'],
    // A clause boundary ends the negation.
    ['not this quarter, but we offer a discount', 'discount'],
    ['No rush. We offer a discount', 'discount'],
    // "no" inside another word is not a negation.
    ['a notable discount', 'discount'],
    // Only the 60 characters before the phrase count.
    [`never ${'x'.repeat(70)} discount`, 'discount'],
  ])('not negated: %s (at "%s")', (text, phrase) => {
    expect(negatedAt(text, at(text, phrase))).toBe(false);
  });

  it('negatedInClause also stops at a label, a dash or a bracket', () => {
    const label = 'No VP sign-off yet — keep it quiet';
    expect(negatedAt(label, at(label, 'keep'))).toBe(true);
    expect(negatedInClause(label, at(label, 'keep'))).toBe(false);
    const plain = 'we do not keep it quiet';
    expect(negatedInClause(plain, at(plain, 'keep'))).toBe(true);
  });
});

describe('deniedAfter', () => {
  it.each([
    ['a discount does not fix that', 'a discount'],
    ['free months are off the table', 'free months'],
    ["the rebate won't happen", 'the rebate'],
  ])('denied: %s', (text, phrase) => {
    expect(deniedAfter(text, at(text, phrase) + phrase.length)).toBe(true);
  });
  it.each([
    ['a discount fixes that', 'a discount'],
    // The denial must follow in the same clause.
    ['a discount, which the CFO asked for, does not fix it', 'a discount'],
  ])('not denied: %s', (text, phrase) => {
    expect(deniedAfter(text, at(text, phrase) + phrase.length)).toBe(false);
  });
});

describe('uncertainAt', () => {
  it.each([
    ['Economic buyer: unknown', 'Economic buyer', true],
    ["we don't know who signs", 'signs', true],
    ['budget unclear', 'budget', true],
    ['Decision date still to be determined', 'Decision date', true],
    ['need to find out who approves', 'approves', true],
    // The clause runs between commas: the budget is stated, the timing is what is unclear.
    ['Budget approved, timing unclear', 'Budget approved', false],
    ['The CFO signs', 'CFO', false],
    // A word that only contains an admission is not one.
    ['Unknownly priced widgets', 'priced', false],
  ] as const)('%s (around "%s"): admits it is not known: %s', (text, phrase, unknown) => {
    const start = at(text, phrase);
    expect(uncertainAt(text, start, start + phrase.length)).toBe(unknown);
  });
});

describe('soundsUnknown', () => {
  it.each(['unknown', 'Not sure yet', "we don't know yet, probably the CFO", 'still to be identified', 'honestly no idea'])('opens by admitting it: %s', (value) => {
    expect(soundsUnknown(value)).toBe(true);
  });

  it.each([
    // Names someone first.
    'Dana Ruiz, not yet confirmed',
    'The CFO, Dana Ruiz',
    '',
    // Too long to be a bare admission.
    `${'word '.repeat(12)}unknown`,
  ])('does not: %s', (value) => {
    expect(soundsUnknown(value)).toBe(false);
  });
});
