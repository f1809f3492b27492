/**
 * Fixture plans are the specs: `fixtures/rules/<id>/fires-*.md` must produce
 * exactly the findings listed in `fires-*.expected.json` — rule, line, severity
 * and message id, in order — for that rule (and any other rule the file names);
 * `passes-*.md` none of that rule; good plans, the `negolint init` example plan
 * and ordinary Markdown nothing at all.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_TEMPLATE } from '../src/cli/templates.js';
import { lintText } from '../src/index.js';
import { FIXTURES, listMarkdown, messageId, read } from './helpers.js';

interface ExpectedMessage {
  rule: string;
  line: number;
  severity: 'error' | 'warning';
  /** The message's id (see `messageId`): its words before the first colon or dash, quotes elided. */
  message: string;
}

interface Expected {
  options?: Record<string, unknown>;
  messages: ExpectedMessage[];
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
    const pinned = new Set([id, ...expected.messages.map((m) => m.rule)]);
    const got: ExpectedMessage[] = result.messages
      .filter((m) => pinned.has(m.ruleId))
      .map((m) => ({ rule: m.ruleId, line: m.line, severity: m.severity === 2 ? 'error' : 'warning', message: messageId(m.message) }));
    if (name.startsWith('passes')) {
      expect(got.filter((m) => m.rule === id)).toEqual([]);
    } else {
      expect(existsSync(sidecar), `${path.basename(sidecar)} lists the expected findings`).toBe(true);
      for (const m of expected.messages) expect(Object.keys(m).sort(), `${path.basename(sidecar)}: every finding names its rule, line, severity and message`).toEqual(['line', 'message', 'rule', 'severity']);
      expect(got).toEqual(expected.messages);
    }
  });
});

/**
 * Complete plans stay clean under every rule, new ones included. When one fires here, either the
 * plan lacks what the rule asks (write it into the plan: these are the examples users copy) or the
 * rule reports what it should not.
 */
const completePlanMessage = (where: string) =>
  `${where} is a complete plan and must stay clean under the strict preset: if a rule fires here, add what it asks to the plan, or fix the rule`;

describe('good plans produce no findings, even under the strict preset', () => {
  const good = listMarkdown(path.join(FIXTURES, 'plans/good'));
  it('there are seller and buyer examples', () => {
    expect(good.length).toBeGreaterThanOrEqual(4);
  });
  it.each(good.map((f) => [path.relative(FIXTURES, f), f]))('%s', (rel, file) => {
    const result = lintText(read(file), { filePath: file, config: { extends: 'strict' } });
    expect(result.isPlan).toBe(true);
    expect(result.messages.map((m) => `${m.line}: ${m.ruleId}: ${m.message}`), completePlanMessage(`fixtures/${rel}`)).toEqual([]);
  });
  it('so does the example plan `negolint init` writes', () => {
    const result = lintText(PLAN_TEMPLATE, { filePath: 'negotiation-plan.example.md', config: { extends: 'strict' } });
    expect(result.isPlan).toBe(true);
    expect(result.messages.map((m) => `${m.line}: ${m.ruleId}: ${m.message}`), completePlanMessage('PLAN_TEMPLATE in packages/core/src/cli/templates.ts')).toEqual([]);
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
