/**
 * Fixture plans are the specs: `fixtures/rules/<id>/fires-*.md` must produce
 * exactly the findings listed in `fires-*.expected.json` for that rule;
 * `passes-*.md` none of that rule; good plans and ordinary Markdown nothing at all.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { FIXTURES, listMarkdown, read } from './helpers.js';

interface Expected {
  options?: Record<string, unknown>;
  messages: { line: number; severity?: 'error' | 'warning'; column?: number }[];
}

const ruleFixtures = listMarkdown(path.join(FIXTURES, 'rules'));

describe('rule fixtures', () => {
  it.each(ruleFixtures.map((f) => [path.relative(FIXTURES, f), f]))('%s', (_rel, file) => {
    const id = path.basename(path.dirname(file));
    const name = path.basename(file, '.md');
    const sidecar = file.replace(/\.md$/, '.expected.json');
    const expected: Expected = existsSync(sidecar) ? JSON.parse(read(sidecar)) : { messages: [] };
    const result = lintText(read(file), {
      filePath: file,
      config: { rules: { [id]: expected.options ? ['error', expected.options] : 'error' } },
    });
    expect(result.isPlan, 'fixture should be recognised as a plan').toBe(true);
    const got = result.messages
      .filter((m) => m.ruleId === id)
      .map((m) => ({ line: m.line, severity: m.severity === 2 ? 'error' : 'warning' }));
    if (name.startsWith('passes')) {
      expect(got).toEqual([]);
    } else {
      expect(existsSync(sidecar), `${path.basename(sidecar)} lists the expected findings`).toBe(true);
      expect(got).toEqual(expected.messages.map((m) => ({ line: m.line, severity: m.severity ?? 'error' })));
    }
  });
});

describe('good plans produce no findings, even under the strict preset', () => {
  const good = listMarkdown(path.join(FIXTURES, 'plans/good'));
  it('there are seller and buyer examples', () => {
    expect(good.length).toBeGreaterThanOrEqual(4);
  });
  it.each(good.map((f) => [path.relative(FIXTURES, f), f]))('%s', (_rel, file) => {
    const result = lintText(read(file), { filePath: file, config: { extends: 'strict' } });
    expect(result.isPlan).toBe(true);
    expect(result.messages.map((m) => `${m.line}: ${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});

describe('ordinary Markdown is not a plan', () => {
  const notPlans = listMarkdown(path.join(FIXTURES, 'not-plans'));
  it.each(notPlans.map((f) => [path.relative(FIXTURES, f), f]))('%s', (_rel, file) => {
    const result = lintText(read(file), { filePath: file, config: { extends: 'strict' } });
    expect(result.plan?.detection.reason).not.toBe('sections');
    expect(result.messages).toEqual([]);
  });
});
