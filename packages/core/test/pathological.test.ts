/**
 * Pathological inputs finish in time proportional to their size: each is
 * compared, in the same run, with the bare parse of an ordinary plan of the
 * same size (never an absolute time), and every result stays inside the document.
 */
import { describe, expect, it } from 'vitest';
import { createParser, lintText } from '../src/index.js';

const parser = createParser();
const PLAN_HEAD = '# Big plan\n\n## Walk-away point\n\nBelow $310k we walk.\n\n## Target\n\n$420k\n\n';

const ORDINARY = 'We already agree on the SLA and the rollout order, so the call is about price only.\n\n';

/** Lints `text`, and parses an ordinary plan of the same size as the yardstick. */
function measure(text: string): { lint: number; parse: number; messages: number } {
  const yardstick = PLAN_HEAD + ORDINARY.repeat(Math.ceil(text.length / ORDINARY.length));
  let t = performance.now();
  parser.parse(yardstick);
  const parse = performance.now() - t;
  t = performance.now();
  const r = lintText(text, { config: { extends: 'strict', plans: 'all' } });
  const lint = performance.now() - t;
  for (const m of r.messages) {
    expect(m.endOffset).toBeLessThanOrEqual(text.length);
    expect(m.offset).toBeLessThanOrEqual(m.endOffset);
  }
  return { lint, parse, messages: r.messages.length };
}

const cases: [string, () => string][] = [
  ['a 5 MB plan', () => PLAN_HEAD + 'We already agree on the SLA and the rollout order, so the call is about price only.\n\n'.repeat(5_000_000 / 84)],
  ['a 10,000-item list', () => `${PLAN_HEAD}## Concessions\n\n${Array.from({ length: 10_000 }, (_, i) => `- ${i % 7}% off, in exchange for item ${i}`).join('\n')}\n`],
  ['1,000-deep nested lists', () => PLAN_HEAD + Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i} TBD`).join('\n')],
  ['1,000-deep blockquotes', () => `${PLAN_HEAD}${'>'.repeat(1000)} I assume they will sign\n`],
  ['a single 1 MB line', () => PLAN_HEAD + 'they probably want more, '.repeat(1_000_000 / 25)],
  ['100,000 numbers', () => PLAN_HEAD + Array.from({ length: 100_000 }, (_, i) => `$${i}k`).join(' ')],
  ['a wide table', () => `${PLAN_HEAD}| ${Array.from({ length: 300 }, (_, i) => `c${i}`).join(' | ')} |\n|${' --- |'.repeat(300)}\n${`| ${Array.from({ length: 300 }, (_, i) => `$${i}k`).join(' | ')} |\n`.repeat(300)}`],
];

describe('pathological inputs', () => {
  it.each(cases)('%s', (_name, make) => {
    const text = make();
    const { lint, parse } = measure(text);
    // Hostile input may cost a few times an ordinary parse of its size, never orders of magnitude.
    expect(lint / Math.max(parse, 1)).toBeLessThan(10);
  });

  it('cost grows linearly: a 10× larger document takes under 12× the time', () => {
    const unit = `${PLAN_HEAD}## Concessions\n\n- 5% off, in exchange for a case study\n\nI assume they probably want a discount. We must win this.\n\n| Position | Value |\n| --- | --- |\n| Opening | $480k |\n\n`;
    const small = unit.repeat(100);
    const big = unit.repeat(1000);
    measure(small);
    const tSmall = Math.min(...[0, 1, 2].map(() => measure(small).lint));
    const tBig = Math.min(...[0, 1].map(() => measure(big).lint));
    expect(tBig / tSmall).toBeLessThan(12);
  });
});
