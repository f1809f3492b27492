/**
 * Builds the {@link PlanSummary} of a linted plan from its plan model, its findings and the
 * config it was linted with. Nothing is parsed again: the numbers come from the same positions
 * the rules compare (`engine/plan/positions.ts`, `zone.ts`).
 */
import path from 'node:path';
import type { ResolvedRule } from '../engine/config/config.js';
import { comparable, formatAmount, type Amount } from '../engine/numbers.js';
import type { PlanModel } from '../engine/plan/model.js';
import { ourPositions, theirAlternative, theirPositions, type Position } from '../engine/plan/positions.js';
import { zoneOfAgreement, type Difference, type ZoneOptions } from '../engine/plan/zone.js';
import type { NegolintRule } from '../engine/rule.js';
import { PLAN_SUMMARY_VERSION, type PlanSummary, type SummaryAmount, type SummaryDifference, type SummaryRoom, type SummaryRule, type SummaryZone } from './types.js';

/** A finding as the summary needs it (a `LintMessage` has these fields). */
export interface SummaryFinding {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
}

export interface SummarizeInput {
  plan: PlanModel;
  /** The findings of the lint run on this plan. */
  messages: readonly SummaryFinding[];
  /** The effective rule settings the plan was linted with. */
  rules: Record<string, ResolvedRule>;
  /** Every rule (the built-in list). */
  allRules: readonly NegolintRule<object>[];
  filePath?: string;
}

const round = (n: number) => (Math.abs(n) >= 10 ? Math.round(n) : Math.round(n * 10) / 10);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const shorten = (s: string, max: number) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

function difference(d: Difference): SummaryDifference {
  return { value: d.value, text: d.raw, percent: d.percent };
}

/** The deal's name: frontmatter `title`, the first heading, or the file name. */
function titleOf(plan: PlanModel, filePath?: string): string {
  const fm = plan.frontmatter?.data['title'];
  if (typeof fm === 'string' && fm.trim()) return shorten(fm, 120);
  const heading = plan.sections.find((s) => s.depth === 1) ?? plan.sections[0];
  if (heading?.title.trim()) return shorten(heading.title, 120);
  return filePath ? path.basename(filePath) : 'Untitled plan';
}

/** Builds the summary of one plan. */
export function summarizePlan(input: SummarizeInput): PlanSummary {
  const { plan, messages } = input;
  const ours = ourPositions(plan);
  const theirs = theirPositions(plan);
  const reference: Amount | undefined = (ours.walkAway ?? ours.target ?? ours.opening)?.amount;

  const amount = (p: Position | undefined): SummaryAmount | undefined => (p ? amountOf(plan, p.amount, p.source, p.label, reference) : undefined);

  const zoneSetting = input.rules['zone-of-agreement'];
  const zoneDefaults = input.allRules.find((r) => r.meta.id === 'zone-of-agreement')?.meta.defaultOptions as ZoneOptions | undefined;
  const zone = zoneOf(plan, { ...zoneDefaults, ...(zoneSetting?.options as ZoneOptions | undefined) }, reference);

  const dir = plan.side === 'buyer' ? -1 : 1;
  const limit = plan.side === 'buyer' ? 'ceiling' : 'walk-away point';
  const room = (from: Position | undefined, to: Position | undefined, fromName: string, toName: string): SummaryRoom => {
    if (!from || !to) return { status: 'missing', reason: `${capital(!from ? fromName : toName)} is not stated as an amount.` };
    if (!comparable(from.amount, to.amount)) {
      return { status: 'not-comparable', reason: `Not comparable: the ${fromName} \`${from.amount.raw.trim()}\` and the ${toName} \`${to.amount.raw.trim()}\` differ in currency or unit.` };
    }
    const value = dir * (to.amount.value - from.amount.value);
    const percent = from.amount.value > 0 ? round((Math.abs(value) * 100) / from.amount.value) : 0;
    return { status: value < 0 ? 'inverted' : 'ok', difference: { value: Math.abs(value), text: formatAmount(Math.abs(value), from.amount.currency, from.amount.unit), percent } };
  };

  const readiness: SummaryRule[] = [];
  for (const rule of input.allRules) {
    const setting = input.rules[rule.meta.id];
    if (!setting || setting.severity === 'off') continue;
    const findings = messages
      .filter((m) => m.ruleId === rule.meta.id)
      .map((m) => ({ line: m.line, column: m.column, severity: m.severity === 2 ? ('error' as const) : ('warning' as const), message: m.message }));
    let status: SummaryRule['status'] = findings.length > 0 ? 'not-met' : 'met';
    if (status === 'met' && rule.applies) {
      const options = { ...rule.meta.defaultOptions, ...setting.options };
      if (!rule.applies({ plan, options, side: plan.side })) status = 'not-applicable';
    }
    readiness.push({ ruleId: rule.meta.id, severity: setting.severity, status, description: rule.meta.description, url: rule.url, findings });
  }
  const met = readiness.filter((r) => r.status === 'met').length;
  const notMet = readiness.filter((r) => r.status === 'not-met').length;

  const alternative = theirAlternative(plan);
  return {
    schemaVersion: PLAN_SUMMARY_VERSION,
    ...(input.filePath !== undefined ? { filePath: input.filePath } : {}),
    title: titleOf(plan, input.filePath),
    ...(plan.counterpart ? { counterpart: shorten(plan.counterpart, 120) } : {}),
    side: plan.side,
    sideSource: plan.sideSource,
    ...(reference?.currency ? { currency: reference.currency } : {}),
    ...(reference ? { unit: reference.unit } : {}),
    ours: prune({ walkAway: amount(ours.walkAway), target: amount(ours.target), opening: amount(ours.opening), budget: amount(theirs.ourBudget) }),
    theirs: prune({
      budget: amount(theirs.budget),
      walkAway: amount(theirs.walkAway),
      opening: amount(theirs.opening),
      alternative: alternative
        ? prune({
            text: alternative.text,
            line: plan.lines.point(alternative.at.start).line,
            amount: alternative.amount ? amountOf(plan, alternative.amount, 'sentence', 'their alternative', reference) : undefined,
          })
        : undefined,
    }),
    zone,
    room: {
      walkAwayToTarget: room(ours.walkAway, ours.target, limit, 'target'),
      targetToOpening: room(ours.target, ours.opening, 'target', 'opening'),
    },
    readiness: { score: met + notMet === 0 ? 1 : met / (met + notMet), met, notMet, notApplicable: readiness.length - met - notMet, rules: readiness },
    errors: messages.filter((m) => m.severity === 2).length,
    warnings: messages.filter((m) => m.severity === 1).length,
  };
}

function amountOf(plan: PlanModel, a: Amount, source: SummaryAmount['source'], label: string, reference: Amount | undefined): SummaryAmount {
  const at = plan.lines.point(a.start);
  return {
    value: a.value,
    ...(a.currency ? { currency: a.currency } : {}),
    unit: a.unit,
    text: shorten(a.raw, 60),
    line: at.line,
    column: at.column,
    source,
    label: shorten(label, 80),
    comparable: reference ? comparable(a, reference) : true,
  };
}

function zoneOf(plan: PlanModel, options: ZoneOptions, reference: Amount | undefined): SummaryZone {
  const z = zoneOfAgreement(plan, options);
  const amount = (a: Amount, label: string) => amountOf(plan, a, 'sentence', label, reference);
  if (z.status === 'unknown') return { status: 'unknown', reason: `${capital(z.reason)}.`, ...(z.theirs ? { theirLimit: z.theirs.kind } : {}) };
  const seller = plan.side === 'seller';
  const theirName = z.theirs.kind === 'budget' ? 'their budget' : seller ? 'their ceiling' : "the supplier's floor";
  const ourName = seller ? 'our walk-away point' : 'our ceiling';
  const theirText = `\`${z.theirs.amount.raw.trim()}\``;
  const ourText = `\`${z.ours.amount.raw.trim()}\``;
  const withSource = (a: SummaryAmount, p: Position) => ({ ...a, source: p.source, label: shorten(p.label, 80) });
  if (z.status === 'none') {
    return {
      status: 'none',
      reason: `${capital(theirName)} ${theirText} is ${seller ? 'below' : 'above'} ${ourName} ${ourText} by ${z.gap.raw} (${z.gap.percent}%): as written, no price works for both sides.`,
      theirLimit: z.theirs.kind,
      gap: difference(z.gap),
    };
  }
  const low = seller ? { a: z.ours.amount, p: z.ours.position } : { a: z.theirs.amount, p: z.theirs.position };
  const high = seller ? { a: z.theirs.amount, p: z.theirs.position } : { a: z.ours.amount, p: z.ours.position };
  return {
    status: 'overlap',
    reason: `${capital(theirName)} ${theirText} ${seller ? 'reaches' : 'is within'} ${ourName} ${ourText}: a deal can land between ${formatAmount(low.a.value, low.a.currency, low.a.unit)} and ${formatAmount(high.a.value, high.a.currency, high.a.unit)}.`,
    theirLimit: z.theirs.kind,
    low: withSource(amount(low.a, low.p.label), low.p),
    high: withSource(amount(high.a, high.p.label), high.p),
    width: difference(z.width),
  };
}

/** Drops `undefined` fields, so the JSON holds only what the plan states. */
function prune<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
