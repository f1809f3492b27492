/**
 * Property-based tests: for any text, lintText never throws, every range lies
 * inside the document with start <= end, and the output is deterministic.
 * NEGOLINT_FUZZ_RUNS raises the iteration count for longer local runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { cleanMarkup } from '../src/engine/text.js';

const RUNS = Number(process.env['NEGOLINT_FUZZ_RUNS'] ?? 150);
const SEED = Number(process.env['NEGOLINT_FUZZ_SEED'] ?? 20261123);

const fragment = fc.oneof(
  fc.constantFrom(
    '# Acme renewal', '## Walk-away point', '## Target', '## Opening offer', '## Concessions', '## Price challenge',
    'Walk-away: $310k', '**Target:** €340.000 per year', '- Opening offer — 120k', '1. 5% off, in exchange for a 3-year term',
    '| Position | Value |', '| --- | --- |', '| Bottom line | £95k |', '---', 'negolint: true', 'side: buyer', '> quoted',
    '```', '<!-- negolint-disable -->', '<!-- negolint-disable-next-line placeholder -->', 'TBD', '???', 'I assume they will sign.',
    'We must win this at any cost.', 'Is there any reason you would not sign?', '    indented code', '* * *', '[link](http://x)',
    'Setext\n====', '- [ ] task', '\t- nested', '€1,2M', '1.234,56 €', '15%',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const markdown = fc
  .tuple(fc.array(fragment, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\n\n'), fc.boolean(), fc.boolean())
  .map(([parts, eol, bom, frontmatter]) => `${bom ? '\ufeff' : ''}${frontmatter ? '---\nnegolint: true\n---\n' : ''}${parts.join(eol)}`);

function checkResult(text: string): void {
  const result = lintText(text, { config: { extends: 'strict' } });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n').length;
  for (const m of result.messages) {
    expect(m.offset).toBeGreaterThanOrEqual(0);
    expect(m.offset).toBeLessThanOrEqual(m.endOffset);
    expect(m.endOffset).toBeLessThanOrEqual(body.length);
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.endLine).toBeLessThanOrEqual(lines);
    expect(m.line < m.endLine || (m.line === m.endLine && m.column <= m.endColumn)).toBe(true);
    for (const e of m.fix?.edits ?? []) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(body.length);
      expect(e.start).toBeLessThanOrEqual(e.end);
    }
  }
  const again = lintText(text, { config: { extends: 'strict' } });
  expect(again.messages).toEqual(result.messages);
}

describe('lintText on any input', () => {
  it('random Markdown built from plan fragments', () => {
    fc.assert(fc.property(markdown, checkResult), { numRuns: RUNS, seed: SEED });
  });
  it('random Unicode, NUL bytes and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkResult(`---\nnegolint: true\n---\n${s}`)),
      { numRuns: RUNS, seed: SEED + 1 },
    );
    checkResult('# A\uD800 plan\u0000\n\n## Target\n\n\uDFFF $1M\n');
  });
});

describe('cleanMarkup', () => {
  it('keeps the length of any text, so offsets stay valid', () => {
    fc.assert(fc.property(markdown, (text) => {
      expect(cleanMarkup(text).length).toBe(text.length);
    }), { numRuns: RUNS, seed: SEED + 2 });
    for (const t of ['[link](http://x.y)', '**bold** and *em* `code` ~~gone~~', '<!-- c -->\n<br/>', '\\*not em\\*']) expect(cleanMarkup(t).length).toBe(t.length);
  });
});

// Word tables are looked up by the document's own words: a plan that names a "Constructor" (a building contractor in
// Mexico), says "toString" or "__proto__", or writes "5 valueOf" must be read as words, not as the tables' inherited keys.
describe('words that are also names of JavaScript object properties', () => {
  const WORDS = ['constructor', 'Constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];
  it.each(WORDS)('lints a plan that uses "%s" as a label, a unit, a currency and a number word', async (w) => {
    const text = [
      '# Supply plan', '', `**${w}:** Grupo Norte`, '', '## Walk-away', '', `Below 310 ${w} we walk; ${w} 12,500 a ${w}.`, '',
      '## Target', '', `$420k per ${w}, five ${w}, a ${w} and ${w}.`, '', `- ${w} ${w}: ${w}`, '', `| ${w} | 4 ${w} |`, '| --- | --- |', `| Opening | ${w} 480 |`, '',
    ].join('\n');
    const { messages } = await lintText(text, { filePath: 'plan.md' });
    expect(messages.every((m) => typeof m.message === 'string' && !/TypeError|is not a function/.test(m.message))).toBe(true);
  });
});
