/**
 * `vocabulary` in a config reaches sentence concepts as well as headings: a team's
 * own words change what the rules see, through the one lexicon.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';

const PLAN = [
  '# Brandt Pumpen — Rahmenvertrag',
  '',
  '**Walk-away:** €1,1M a year. Sonst gehen wir zu Kessler, die uns schon ein Angebot gemacht haben.',
  '**Target:** €1,3M a year.',
  '**Opening:** €1,45M a year, the 2025 price list.',
  '',
].join('\n');

function ruleLines(text: string, rule: string, vocabulary?: Record<string, string[]>): number[] {
  const config = { extends: 'recommended', rules: { [rule]: 'error' }, ...(vocabulary ? { vocabulary } : {}) };
  return lintText(text, { config }).messages.filter((m) => m.ruleId === rule).map((m) => m.line);
}

describe('vocabulary extends sentence concepts', () => {
  it('an alternative in the team’s own words', () => {
    expect(ruleLines(PLAN, 'walk-away-alternative')).toEqual([1]);
    expect(ruleLines(PLAN, 'walk-away-alternative', { alternative: ['sonst gehen wir zu'] })).toEqual([]);
  });

  it('a price cut in the team’s own words', () => {
    const plan = `${PLAN}\n## Preiseinwände\n\nWenn sie sagen, Kessler sei billiger: 5 % Nachlass.\n`;
    const base = { 'price-challenge': ['billiger'] };
    // Without "Nachlass" the answer is neither value nor a cut; with it, the cut is the whole answer.
    const without = lintText(plan, { config: { extends: 'recommended', vocabulary: base } }).messages.filter((m) => m.ruleId === 'price-challenge-response');
    const withCut = lintText(plan, { config: { extends: 'recommended', vocabulary: { ...base, 'price-cut': ['Nachlass'] } } }).messages.filter(
      (m) => m.ruleId === 'price-challenge-response',
    );
    expect(withCut.map((m) => m.severity)).toEqual([2]);
    expect(withCut[0]!.message).toContain('Nachlass');
    expect(without.map((m) => m.message)).not.toEqual(withCut.map((m) => m.message));
  });

  it('rejects a concept that does not exist, naming the key', () => {
    expect(() => lintText(PLAN, { config: { vocabulary: { 'walk-awy': ['x'] } as Record<string, string[]> } })).toThrow(/vocabulary\.walk-awy|walk-awy/);
  });
});
