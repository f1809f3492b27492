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
import { PLAN_TEMPLATE, planSkeleton } from '../src/cli/templates.js';
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

/**
 * A rule reports a sentence (a statement: sentence, list item, table row, label) once, whatever
 * else is wrong with it: "We must win this, at any cost, whatever it takes" is one desperation
 * finding, and a paper process missing three steps is one finding naming them. Not counted:
 * `placeholder`, which reports each blank (each is a field to fill in, a tab stop in the editor),
 * and findings at the plan's title, where rules report what the plan as a whole leaves out (no
 * decision maker, no timeline…).
 */
describe('one finding per sentence and rule', () => {
  const files = listMarkdown(FIXTURES);
  it('holds for every fixture and corpus plan, under the strict preset', async () => {
    const twice: string[] = [];
    for (const [i, file] of files.entries()) {
      // Thousands of documents: the worker answers vitest's calls between batches, or a loaded machine times them out.
      if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
      const result = lintText(read(file), { filePath: file, config: { extends: 'strict' } });
      const plan = result.plan;
      if (!plan) continue;
      const title = plan.statements[0];
      const seen = new Set<string>();
      for (const m of result.messages) {
        if (m.ruleId === 'placeholder') continue;
        const at = plan.statements.findIndex((s) => s.start <= m.offset && m.offset < s.end);
        if (at < 0 || plan.statements[at] === title) continue;
        const key = `${m.ruleId} ${at}`;
        if (seen.has(key)) twice.push(`${path.relative(FIXTURES, file)}:${m.line} ${m.ruleId}: ${plan.statements[at]!.text.slice(0, 80)}`);
        seen.add(key);
      }
    }
    expect(files.length).toBeGreaterThan(100);
    expect(twice).toEqual([]);
    // Over a thousand documents: the time grows with the corpus, not with any one plan.
  }, 300_000);
});

/**
 * The empty plan VS Code's "New negotiation plan" starts from: a plan from the first keystroke,
 * every field reported until it is filled in (the walk-away skeleton as an error), and, filled in,
 * a complete plan that stays clean under the strict preset.
 */
describe('the New negotiation plan skeleton', () => {
  const FILL: Record<'seller' | 'buyer', Record<string, string>> = {
    seller: {
      customer: 'Northwind Logistics',
      deal: 'renewal',
      'lowest price we accept': '$310k per year',
      'condition we cannot accept': 'they insist on unlimited liability',
      'what we do instead, and what it is worth': 'We move the implementation team to the Contoso expansion, worth $280k.',
      'the deal we aim for: price, term, scope': '$390k per year on a three-year term.',
      'our first number': '$430k per year',
      'why it is defensible: value, price list, benchmark': 'it is the list price for 600 seats, justified by the 18% saving measured in the pilot',
      'their outcomes, ROI, the cost of doing nothing': 'the pilot saved them $1.1M, a payback under five months',
      'hard limits the customer must know, and when we tell them': 'EU hosting only; we tell them in the first meeting.',
      'who decides and signs on their side': 'Priya Shah signs',
      'their budget and who holds it': '$420k approved in their FY budget, held by the CFO',
      'their pain and why now': 'missed delivery windows before the peak season',
      'what we believe about the customer, and how we check it': 'I assume the budget covers three years; we ask Priya on Monday.',
      'what the customer does if we do not agree, and their likely walk-away point': 'Staying with spreadsheets, or the Fleetwise offer at about $350k; we estimate their walk-away at $420k.',
    },
    buyer: {
      supplier: 'Globex Hosting',
      deal: 'hosting tender',
      'highest price we pay': '€1.2M',
      'condition we cannot accept': 'they refuse EU hosting',
      'what we do instead, and what it is worth': 'We extend the current contract with Initech for a year at €1.25M.',
      'the deal we aim for: price, term, scope': '€1.0M for three years of managed hosting.',
      'our first number': '€880k',
      'why it is defensible: value, price list, benchmark': 'it matches the benchmark of three comparable tenders',
      'volume, term, a reference, fast payment': 'a three-year term and a published reference',
      'hard limits the supplier must know, and when we tell them': 'Our data must stay in the EU; we tell them in the first meeting.',
      'who signs on our side': 'our COO signs',
      'our approved budget and its holder': '€1.1M approved, held by the CFO',
      'what we need and why now': 'a new hosting provider before the current contract ends in June',
      'what we believe about the supplier, and how we check it': 'I assume they have spare capacity; we ask their account manager on Monday.',
      'what the supplier does if we do not agree, and their likely walk-away point': 'Selling the capacity to another customer; we estimate their floor at €950k.',
    },
  };
  const COMMON: Record<string, string> = {
    'what we give': 'Up to 4% off the price',
    'what we get in return': 'a three-year commitment',
    'shared goals and issues already agreed': 'We already agree on the SLA and the rollout order.',
    'decision date, signature date, go-live': 'decision by 31 March, go-live on 1 May',
    'commitment, e.g. sign by a date': 'sign by 31 March',
    'legal review, procurement, security review, who signs, and how long each takes': 'Legal review of the MSA (two weeks), procurement onboarding, a security review by the IT team, and the COO signs.',
  };

  for (const side of ['seller', 'buyer'] as const) {
    it(`${side}: every field is reported until it is filled in, the walk-away point as an error`, () => {
      const { text, snippet } = planSkeleton(side);
      expect(text).toContain(`side: ${side}`);
      const fields = text.match(/\[fill in: [^\]]+\]/g)!;
      expect(fields.length).toBeGreaterThan(15);
      // The snippet is the text with each field a tab stop, numbered in order.
      expect(snippet.match(/\$\{\d+:\[fill in: [^\]]+\]\}/g)).toHaveLength(fields.length);
      expect(snippet).toContain('${1:[fill in: ');
      const result = lintText(text, { filePath: 'Untitled-1', config: { extends: 'recommended' } });
      expect(result.isPlan).toBe(true);
      expect(result.messages.filter((m) => m.ruleId === 'placeholder').map((m) => text.slice(m.offset, m.endOffset))).toEqual(fields);
      expect(result.messages.find((m) => m.ruleId === 'walk-away-point')).toMatchObject({ severity: 2, message: expect.stringContaining('not filled in yet') });
    });

    it(`${side}: filled in, it is a complete plan (clean under the strict preset)`, () => {
      const fill = { ...COMMON, ...FILL[side] };
      const filled = planSkeleton(side).text.replace(/\[fill in: ([^\]]+)\]/g, (_, hint: string) => {
        expect(fill, `a value for "${hint}"`).toHaveProperty([hint]);
        return fill[hint]!;
      });
      const result = lintText(filled, { filePath: 'plan.md', config: { extends: 'strict' } });
      expect(result.messages.map((m) => `${m.line}: ${m.ruleId}: ${m.message}`)).toEqual([]);
    });
  }
});
