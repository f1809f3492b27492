import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { mendWord, oneSlipApart, swapApart } from '../src/engine/lexicon/spelling.js';
import { LABEL_WORDS, REAL_WORDS_NEAR_LABEL_WORDS } from '../src/engine/lexicon/near-words.generated.js';

describe('a hurried slip of a label word is read as that word', () => {
  it.each([
    ['targt', 'target'],
    ['tagret', 'target'],
    ['awya', 'away'],
    ['bottem', 'bottom'],
    ['celing', 'ceiling'],
    ['concesions', 'concessions'],
    ['alternitive', 'alternative'],
    ['opneing', 'opening'],
  ])('%s → %s', (slip, word) => expect(mendWord(slip)).toBe(word));

  // Real words a slip away are meant as written, in English and in the plans' other languages.
  it.each(['flour', 'tarot', 'unsere', 'tener', 'contre', 'siger', 'asume', 'tarde', 'dela', 'wenn', 'oder'])('%s stays as written', (word) => {
    expect(mendWord(word)).toBeUndefined();
  });

  it('short words are mended only for two letters swapped', () => {
    expect(swapApart('awya', 'away')).toBe(true);
    expect(mendWord('flor')).toBeUndefined();
    expect(oneSlipApart('targt', 'target')).toBe(true);
    expect(oneSlipApart('target', 'target')).toBe(false);
  });

  it('the generated lists hold label words and the real words beside them', () => {
    expect(LABEL_WORDS).toContain('target');
    expect(REAL_WORDS_NEAR_LABEL_WORDS.has('ailing')).toBe(true);
    expect(LABEL_WORDS.some((w) => REAL_WORDS_NEAR_LABEL_WORDS.has(w))).toBe(false);
  });
});

describe('plans typed in a hurry', () => {
  const lint = (text: string) => lintText(text, { config: { extends: 'recommended', plans: 'all' }, filePath: 'plan.md' }).messages.map((m) => m.ruleId);

  it('reads a misspelt walk-away label and target line', () => {
    const plan = [
      '# eagle lane cleaning',
      '',
      '**$$ (per month)**',
      '📌 opening $9,840/mo - rate card $4.10/sqm for this spec',
      '🎯 targt $8,900/mo',
      '- walk awya: $7,600/mo. under that we cant pay award rates',
      '',
    ].join('\n');
    const found = lint(plan);
    expect(found).not.toContain('walk-away-point');
    expect(found).not.toContain('target-outcome');
    // The same plan with the words left out is flagged: the slips are what is read.
    const without = lint(plan.replace('🎯 targt $8,900/mo\n', '').replace('- walk awya: $7,600/mo. under that we cant pay award rates\n', ''));
    expect(without).toContain('walk-away-point');
    expect(without).toContain('target-outcome');
  });

  it('leaves a capitalised name alone', () => {
    const plan = (name: string) => `# Plan\n\n## Who\n\n${name}: $8,600/mo\n\n## Walk-away\n\n$7,000\n`;
    expect(lint(plan('Targt Logistics'))).toEqual(lint(plan('Acme Logistics')));
    expect(lint(plan('Targt Logistics'))).toContain('target-outcome');
    expect(lint(plan('targt'))).not.toContain('target-outcome');
  });
});
