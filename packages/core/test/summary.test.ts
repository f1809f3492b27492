/**
 * The plan summary (`summarizeText`, `lintText(…, { summary: true })`): the numbers of a plan in
 * each currency and unit shape, the zone of agreement, the room between our numbers and the
 * readiness per enabled rule. Amounts in different currencies or units are never compared.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_SUMMARY_VERSION, lintText, rules, summarizeText, type PlanSummary } from '../src/index.js';
import { FIXTURES, listMarkdown, read } from './helpers.js';

const summary = (code: string, config: object = { extends: 'recommended' }): PlanSummary => {
  const s = summarizeText(code, { config, filePath: 'plans/example.md' });
  if (!s) throw new Error('not a plan');
  return s;
};
const ruleStatus = (s: PlanSummary, id: string) => s.readiness.rules.find((r) => r.ruleId === id)?.status;

describe('the good plans', () => {
  const good = listMarkdown(path.join(FIXTURES, 'plans/good'));
  it.each(good.map((f) => [path.basename(f), f]))('%s: every number found, the zone overlaps, every rule met or not applicable', (_name, file) => {
    const s = summarizeText(read(file), { filePath: file, config: { extends: 'strict' } })!;
    expect(s.schemaVersion).toBe(PLAN_SUMMARY_VERSION);
    expect(s.side).toBe(path.basename(file).startsWith('buyer') ? 'buyer' : 'seller');
    expect(s.ours.walkAway?.comparable).toBe(true);
    expect(s.ours.target?.comparable).toBe(true);
    expect(s.ours.opening?.comparable).toBe(true);
    expect(s.room.walkAwayToTarget.status).toBe('ok');
    expect(s.room.targetToOpening.status).toBe('ok');
    expect(s.readiness.notMet).toBe(0);
    expect(s.readiness.score).toBe(1);
    expect(s.errors + s.warnings).toBe(0);
    if (s.theirs.walkAway) expect(s.zone.status).toBe('overlap');
    // Plain JSON: what the server sends and the report writes is the same object.
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('a seller plan in dollars per year: their ceiling, their alternative and the zone between', () => {
    const s = summarizeText(read(path.join(FIXTURES, 'plans/good/seller-saas-renewal.md')))!;
    expect(s).toMatchObject({
      title: 'Northwind Logistics — Ledgerline renewal and Treasury expansion',
      counterpart: 'Northwind Logistics',
      side: 'seller',
      currency: 'USD',
      unit: 'year',
      ours: { walkAway: { value: 310_000, text: '$310k / year', source: 'heading', label: 'Walk-away point' }, target: { value: 380_000 }, opening: { value: 420_000 } },
      theirs: { walkAway: { value: 450_000, source: 'label', label: 'Their walk-away' }, alternative: { amount: { value: 335_000, comparable: true } } },
      zone: { status: 'overlap', theirLimit: 'walk-away', low: { value: 310_000 }, high: { value: 450_000 }, width: { value: 140_000, text: '$140,000 per year', percent: 45 } },
      room: { walkAwayToTarget: { status: 'ok', difference: { value: 70_000, percent: 23 } }, targetToOpening: { status: 'ok', difference: { value: 40_000, percent: 11 } } },
    });
  });

  it('a buyer plan in euros with dot thousands: the supplier\'s floor under our ceiling, the supplier named on a label line', () => {
    const s = summarizeText(read(path.join(FIXTURES, 'plans/good/buyer-headings-variety.md')))!;
    expect(s).toMatchObject({
      side: 'buyer',
      counterpart: 'Veltrix Manufacturing Software GmbH',
      currency: 'EUR',
      unit: 'year',
      ours: { walkAway: { value: 210_000 }, target: { value: 180_000 } },
      theirs: { walkAway: { value: 150_000, label: 'Their minimum' } },
      zone: { status: 'overlap', low: { value: 150_000 }, high: { value: 210_000 } },
      // A buyer's room runs downwards: ceiling 210.000 → target 180.000.
      room: { walkAwayToTarget: { status: 'ok', difference: { value: 30_000 } } },
    });
  });

  it('per user per month and pounds per year keep their units', () => {
    expect(summarizeText(read(path.join(FIXTURES, 'plans/good/seller-services-setext.md')))).toMatchObject({ currency: 'USD', unit: 'user/month', theirs: { walkAway: { value: 48 } } });
    expect(summarizeText(read(path.join(FIXTURES, 'plans/good/seller-table-plan.md')))).toMatchObject({ currency: 'GBP', unit: 'year', theirs: { walkAway: { value: 135_000, source: 'table' } } });
  });
});

describe('currency and unit shapes', () => {
  it.each([
    ['Swiss apostrophes', '**Walk-away:** CHF 21\'000 per month\n**Target:** CHF 24\'500 per month\n**Budget:** CHF 26\'000 per month, approved\n', 'CHF', 'month', 21_000, 26_000],
    ['Indian lakh and crore', '**Walk-away:** ₹1.75 crore\n**Target:** ₹2.1 crore\n**Funding:** ₹3 crore earmarked for the DC exit\n', 'INR', '', 17_500_000, 30_000_000],
    ['European decimal comma', '| Position | Value |\n| --- | --- |\n| Walk-away | € 37,40 |\n| Target | € 41,00 |\n| Budget | € 43,00 per part, set by their buyer |\n', 'EUR', '', 37.4, 43],
    ['British pounds with k', '**Walk-away:** £95k\n**Target:** £110k\n**Budget:** £135k in their 2025/26 plan\n', 'GBP', '', 95_000, 135_000],
    ['frontmatter numbers with a currency key', '---\ncurrency: EUR\nwalkAway: 400000\ntarget: 460000\nbudget: 520000\n---\n# Plan\n\n## Opening offer\n\n€500.000, list price.\n', 'EUR', '', 400_000, 520_000],
  ])('%s', (_name, body, currency, unit, walkAway, budget) => {
    const s = summary(`${body.startsWith('---') ? '' : '# Deal\n\n'}${body}`);
    expect(s.currency).toBe(currency);
    expect(s.unit).toBe(unit);
    expect(s.ours.walkAway?.value).toBe(walkAway);
    expect(s.theirs.budget).toMatchObject({ value: budget, comparable: true });
    expect(s.zone.status).toBe('overlap');
  });

  it('amounts in different units are not compared: "not comparable", never a difference', () => {
    const s = summary('# Deal\n\n**Walk-away:** $290k for the whole term\n**Target:** $120k per year\n**Opening:** $150k per year\n**Budget:** $150k per year\n');
    expect(s.unit).toBe('');
    expect(s.ours.target).toMatchObject({ unit: 'year', comparable: false });
    expect(s.theirs.budget).toMatchObject({ comparable: false });
    expect(s.room.walkAwayToTarget).toMatchObject({ status: 'not-comparable' });
    expect(s.room.walkAwayToTarget).not.toHaveProperty('difference');
    expect(s.room.targetToOpening).toMatchObject({ status: 'ok', difference: { value: 30_000 } });
    expect(s.zone).toMatchObject({ status: 'unknown', theirLimit: 'budget' });
    expect(s.zone.reason).toMatch(/^Not comparable: their budget `\$150k per year` and our walk-away point `\$290k` differ in currency or unit\.$/);
    expect(s.zone).not.toHaveProperty('gap');
  });

  it('different currencies are not compared either', () => {
    const s = summary('# Deal\n\n**Walk-away:** €300.000\n**Target:** €360.000\n**Budget:** $280k\n');
    expect(s.zone.status).toBe('unknown');
    expect(s.zone.reason).toMatch(/not comparable/i);
  });
});

describe('the zone of agreement', () => {
  it('seller: their budget below our walk-away point is no overlap, with the gap', () => {
    const s = summary('# Northwind\n\n**Walk-away:** $290k\n**Target:** $340k\n**Budget:** $280k approved by their CFO\n');
    expect(s.zone).toMatchObject({ status: 'none', theirLimit: 'budget', gap: { value: 10_000, text: '$10,000', percent: 3.4 } });
    expect(s.zone.reason).toBe('Their budget `$280k` is below our walk-away point `$290k` by $10,000 (3.4%): as written, no price works for both sides.');
    expect(ruleStatus(s, 'zone-of-agreement')).toBe('not-met');
  });

  it('buyer: the supplier\'s floor above our ceiling is no overlap', () => {
    const s = summary('---\nside: buyer\n---\n# Laptops\n\n**Ceiling:** £900k\n**Target:** £780k\n**Their floor:** £950k\n');
    expect(s.zone).toMatchObject({ status: 'none', theirLimit: 'walk-away', gap: { value: 50_000 } });
    expect(s.zone.reason).toMatch(/^The supplier's floor `£950k` is above our ceiling `£900k`/);
  });

  it('their estimate of a ceiling wins over their budget', () => {
    const s = summary('# Deal\n\n**Walk-away:** $290k\n**Target:** $340k\n**Budget:** $250k this year\n**Their walk-away:** $320k, with next year\'s money\n');
    expect(s.zone).toMatchObject({ status: 'overlap', theirLimit: 'walk-away', high: { value: 320_000 } });
    expect(s.theirs.budget?.value).toBe(250_000);
  });

  it('unknown, with the reason, when either limit is missing', () => {
    expect(summary('# Deal\n\n**Walk-away:** $290k\n**Target:** $340k\n').zone).toEqual({ status: 'unknown', reason: 'Their budget or walk-away point is not stated as an amount.' });
    expect(summary('# Deal\n\n**Walk-away:** if they insist on a one-year term\n**Target:** $340k\n**Budget:** $400k\n').zone).toMatchObject({ status: 'unknown', reason: 'Our walk-away point is not stated as an amount.' });
    expect(summary('---\nside: buyer\n---\n# Deal\n\n**Ceiling:** $290k\n**Target:** $240k\n').zone.reason).toBe("The supplier's floor is not stated as an amount.");
  });

  it('a plan with no numbers at all still has a summary', () => {
    const s = summary('# Deal\n\n## Walk-away point\n\nWe walk if they insist on a one-year term.\n\n## Our alternative\n\nWe move the team to the Initech rollout.\n');
    expect(s.ours).toEqual({});
    expect(s.theirs).toEqual({});
    expect(s.currency).toBeUndefined();
    expect(s.room.walkAwayToTarget).toMatchObject({ status: 'missing' });
    expect(s.zone.status).toBe('unknown');
  });
});

describe('room between our numbers', () => {
  it('an opening below the target (seller) is inverted, with how far', () => {
    const s = summary('# Deal\n\n**Walk-away:** $300k\n**Target:** $400k\n**Opening:** $380k\n');
    expect(s.room.targetToOpening).toEqual({ status: 'inverted', difference: { value: 20_000, text: '$20,000', percent: 5 } });
  });
  it('a missing target says which', () => {
    expect(summary('# Deal\n\n**Walk-away:** $300k\n**Opening:** $380k\n').room.walkAwayToTarget).toEqual({ status: 'missing', reason: 'Target is not stated as an amount.' });
  });
});

describe('readiness', () => {
  it('lists every enabled rule, met, not met (with its findings) or not applicable', () => {
    const s = summary('# Deal\n\n**Walk-away:** $290k\n**Target:** $300k\n');
    const ids = s.readiness.rules.map((r) => r.ruleId);
    expect(ids).toContain('walk-away-point');
    // Off in recommended: not listed.
    expect(ids).not.toContain('paper-process');
    expect(ruleStatus(s, 'walk-away-point')).toBe('met');
    const margin = s.readiness.rules.find((r) => r.ruleId === 'walk-away-margin')!;
    expect(margin).toMatchObject({ status: 'not-met', severity: 'error', url: expect.stringContaining('walk-away-margin.md') });
    expect(margin.findings).toEqual([expect.objectContaining({ line: 4, severity: 'warning', message: expect.stringContaining('only 3.4% above') })]);
    // Nothing to judge: no concessions, no best-and-final request, no frontmatter, no number of theirs.
    for (const id of ['concession-trade', 'concession-ladder', 'relationship-concession', 'best-and-final', 'frontmatter', 'zone-of-agreement']) expect(ruleStatus(s, id), id).toBe('not-applicable');
    expect(s.readiness.met + s.readiness.notMet + s.readiness.notApplicable).toBe(s.readiness.rules.length);
    expect(s.readiness.score).toBeCloseTo(s.readiness.met / (s.readiness.met + s.readiness.notMet));
    expect(s.errors).toBe(s.readiness.rules.flatMap((r) => r.findings).filter((f) => f.severity === 'error').length);
  });

  it('follows the config: a rule turned off is not listed; strict lists every rule', () => {
    const code = '# Deal\n\n**Walk-away:** $290k\n**Target:** $340k\n';
    expect(summary(code, { rules: { 'walk-away-point': 'off' } }).readiness.rules.map((r) => r.ruleId)).not.toContain('walk-away-point');
    expect(summary(code, { extends: 'strict' }).readiness.rules).toHaveLength(rules.length);
  });

  it('a document that is not a plan has no summary', () => {
    expect(summarizeText('# Team notes\n\nLunch is at noon.\n')).toBeUndefined();
    expect(lintText('# Team notes\n\nLunch is at noon.\n', { summary: true }).summary).toBeUndefined();
  });
});

describe('their numbers', () => {
  it('their quote is their opening; a buyer\'s budget is ours', () => {
    const s = summary('---\nside: buyer\n---\n# Print services\n\n**Ceiling:** €120.000 per year\n**Target:** €100.000 per year\n**Their quote:** €135.000 per year\n**Budget:** €125.000 per year in the facilities plan\n');
    expect(s.theirs.opening).toMatchObject({ value: 135_000, label: 'Their quote' });
    expect(s.ours.budget).toMatchObject({ value: 125_000 });
    expect(s.theirs.budget).toBeUndefined();
  });

  it('a seller\'s "money" section that holds our pricing is not their budget', () => {
    const s = summary('# Photography\n\n**Lowest I\'ll go:** £1,900 for the day.\n**Target:** £2,300.\n\n## The money bit\n\nI quote £1,200 for the half day and £2,400 for the full day.\n');
    expect(s.theirs.budget).toBeUndefined();
  });

  it('"the most they can pay" is their limit, not our walk-away point', () => {
    const s = summary('# Lab service\n\n## Walk-away point\n\n£135,000 per year.\n\n## Target\n\n£160,000 per year.\n\nThe most they can pay is £120,000 per year.\n');
    expect(s.ours.walkAway?.value).toBe(135_000);
    expect(s.theirs.walkAway).toMatchObject({ value: 120_000, source: 'sentence' });
    expect(s.zone.status).toBe('none');
  });
});
