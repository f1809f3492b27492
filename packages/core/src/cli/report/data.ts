/**
 * What `negolint report` shows, built once from a lint run with summaries: the plans with their
 * summaries, the files that are not plans, the files that could not be read, and totals. The
 * `--format json` output is this object.
 */
import type { FileProblem, LintFilesReport, PlanSummary } from '../../index.js';

/** The version of the report's JSON shape (plans inside follow the plan summary's own version). */
export const REPORT_VERSION = 1;

export interface ReportData {
  reportVersion: typeof REPORT_VERSION;
  /** The negolint version that wrote it. */
  negolint: string;
  /** The paths, folders and globs the report was asked for. */
  inputs: string[];
  /** One summary per plan, in the order the files were found. */
  plans: PlanSummary[];
  /** Markdown files read and found not to be plans. */
  notPlans: string[];
  /** Files (and config files) that could not be read. */
  problems: Pick<FileProblem, 'filePath' | 'code' | 'message'>[];
  totals: {
    files: number;
    plans: number;
    notPlans: number;
    unreadable: number;
    /** Plans with every applicable rule met. */
    ready: number;
    /** Plans whose stated numbers leave no zone of agreement. */
    noOverlap: number;
    errors: number;
    warnings: number;
  };
}

export function reportData(report: LintFilesReport, problems: ReportData['problems'], inputs: string[], version: string): ReportData {
  const plans = report.results.filter((r) => r.isPlan && r.summary).map((r) => ({ ...r.summary!, filePath: r.filePath }));
  const notPlans = report.results.filter((r) => !r.isPlan).map((r) => r.filePath);
  return {
    reportVersion: REPORT_VERSION,
    negolint: version,
    inputs,
    plans,
    notPlans,
    problems,
    totals: {
      files: report.filesLinted + problems.length,
      plans: plans.length,
      notPlans: notPlans.length,
      unreadable: problems.length,
      ready: plans.filter((p) => p.readiness.notMet === 0).length,
      noOverlap: plans.filter((p) => p.zone.status === 'none').length,
      errors: plans.reduce((n, p) => n + p.errors, 0),
      warnings: plans.reduce((n, p) => n + p.warnings, 0),
    },
  };
}

/**
 * The rules a plan does not meet, most serious first: errors, then no zone of agreement (as
 * written the deal cannot close), then by number of findings.
 */
export function topGaps(p: PlanSummary, max = 3): PlanSummary['readiness']['rules'] {
  const rank = (r: PlanSummary['readiness']['rules'][number]) =>
    (r.findings.some((f) => f.severity === 'error') ? 2000 : 0) + (r.ruleId === 'zone-of-agreement' ? 1000 : 0) + r.findings.length;
  return p.readiness.rules
    .filter((r) => r.status === 'not-met')
    .sort((a, b) => rank(b) - rank(a))
    .slice(0, max);
}

/** `9/11`: rules met out of the rules that apply. */
export function readinessText(p: PlanSummary): string {
  return `${p.readiness.met}/${p.readiness.met + p.readiness.notMet}`;
}

/** The deal's value as the table shows it: our target, else our opening. */
export function dealValue(p: PlanSummary): PlanSummary['ours']['target'] {
  return p.ours.target ?? p.ours.opening;
}

/** The zone in a few words, for tables and one-line summaries. */
export function zoneWords(p: PlanSummary): string {
  if (p.zone.status === 'overlap') return 'overlap';
  if (p.zone.status === 'none') return 'no overlap';
  return /^not comparable/i.test(p.zone.reason) ? 'not comparable' : 'unknown';
}
