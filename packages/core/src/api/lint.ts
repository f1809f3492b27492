/**
 * The public lint API shared by the CLI and the language server.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import {
  applyOverrides,
  findConfigFile,
  loadConfigFile,
  mergeConfigs,
  planMatcher,
  validateConfig,
  type ConfigOverrides,
  type NegolintConfig,
  type ResolvedConfig,
} from '../engine/config/config.js';
import type { PlanModel } from '../engine/plan/model.js';
import { parseDocument, type ParsedDocument } from '../engine/incremental/index.js';
import { StatementMemo } from '../engine/incremental/memo.js';
import { getPlan } from '../engine/plan/store.js';
import { getProcessor } from '../engine/processor.js';
import { LineIndex } from '../engine/text.js';
import type { Fix, MessageExtras } from '../engine/rule.js';
import { rules as allRules } from '../rules/index.js';
import { summarizePlan } from '../summary/summarize.js';
import type { PlanSummary } from '../summary/types.js';

export type Severity = 1 | 2;

/**
 * One finding. Lines and columns are 1-based; offsets are 0-based into the linted text (without
 * a leading byte-order mark) and always agree with the lines and columns.
 */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  url?: string;
  fix?: Fix;
}

export interface LintResult {
  filePath?: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  isPlan: boolean;
  plan?: PlanModel;
  /** With `summary: true`, for a plan: its numbers, zone of agreement and readiness. */
  summary?: PlanSummary;
}

export interface LintTextOptions {
  filePath?: string;
  /** A resolved config, a config object as written, or omitted to look one up from `filePath`. */
  config?: ResolvedConfig | NegolintConfig;
  /** Workspace root for config lookup and `extends`. */
  cwd?: string;
  /** Overrides applied on top of the config (CLI flags, editor settings). */
  overrides?: ConfigOverrides;
  /**
   * For editors, which lint the same document after every edit: the result of linting its
   * previous version, or `null` on the first lint. The result then keeps the document's
   * syntax tree, and the next lint given it as `previous` parses again only the top-level
   * blocks the edit touched (see `engine/incremental`). Findings are exactly those of a
   * lint without it. Left out, nothing is kept.
   */
  previous?: LintResult | null;
  /** Also build the plan's {@link PlanSummary} (`result.summary`). */
  summary?: boolean;
}

/** What a result linted with `previous` keeps for the next version of its document: its parse and what the lexicon read. */
const kept = new WeakMap<LintResult, Kept>();
interface Kept {
  parsed: ParsedDocument;
  memo: StatementMemo;
}

function isResolved(config: ResolvedConfig | NegolintConfig): config is ResolvedConfig {
  return 'files' in config && 'baseDir' in config && typeof (config as ResolvedConfig).plans !== 'undefined';
}

/** Resolves the config that applies to a file (nearest config file, or the recommended preset). */
export function resolveConfigFor(filePath: string | undefined, options: { cwd?: string; configFile?: string; noConfig?: boolean } = {}): ResolvedConfig {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  if (options.noConfig) return mergeConfigs(undefined, [], allRules, [], cwd);
  const file = options.configFile ? path.resolve(cwd, options.configFile) : findConfigFile(filePath ? path.resolve(cwd, filePath) : cwd);
  if (!file) return mergeConfigs(undefined, [], allRules, [], cwd);
  return loadConfigFile(file, { root: options.configFile ? path.dirname(path.resolve(cwd, options.configFile)) : cwd, named: Boolean(options.configFile), rules: allRules });
}

/** Turns a config object as written (e.g. from editor settings) into an effective config. */
export function resolveConfigObject(config: NegolintConfig, baseDir = process.cwd()): ResolvedConfig {
  const checked = validateConfig(config, allRules, { keyPrefix: [] });
  const parents = checked.extends === undefined ? [] : Array.isArray(checked.extends) ? checked.extends : [checked.extends];
  const preset = parents.includes('strict') ? 'strict' : parents.includes('recommended') ? 'recommended' : undefined;
  return mergeConfigs(preset, [checked], allRules, [], baseDir);
}

/**
 * List markers indented 160 columns or more — about 80 levels of `-` lists, two columns
 * each — are read as plain text: no plan nests that deep, and Markdown parsers take
 * quadratic time on such input. Markers are replaced by spaces, so offsets and line
 * numbers do not move.
 */
const DEEP_LIST_MARKER = /^([ \t]{160,})([-*+]|\d{1,9}[.)])(?=[ \t]|$)/gm;
export function flattenDeepLists(text: string): string {
  // A cheap test first, for the shapes deep nesting takes: a line indented by 160 spaces, or ten tabs in a row.
  return text.includes('\n' + ' '.repeat(160)) || text.includes('\t\t\t\t\t\t\t\t\t\t')
    ? text.replace(DEEP_LIST_MARKER, (_m, lead: string, marker: string) => lead + ' '.repeat(marker.length))
    : text;
}

/** Lints one document. Never throws for any text; config problems throw `ConfigError`. */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  let config: ResolvedConfig = options.config
    ? isResolved(options.config)
      ? options.config
      : resolveConfigObject(options.config, options.cwd)
    : resolveConfigFor(options.filePath, { cwd: options.cwd });
  if (options.overrides) config = applyOverrides(config, options.overrides, allRules);
  const byConfig = planMatcher(config.plans, config.baseDir)(options.filePath);
  if (byConfig === false) return { filePath: options.filePath, messages: [], errorCount: 0, warningCount: 0, isPlan: false };
  // A byte-order mark is not content; editors do not count it either.
  const value = flattenDeepLists(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const processor = getProcessor({ rules: config.rules, vocabulary: config.vocabulary, side: config.side, force: byConfig === true }, allRules);
  const file = new VFile({ value, path: options.filePath });
  let keep: Kept | undefined;
  if (options.previous === undefined) processor.runSync(processor.parse(file), file);
  else {
    const before = options.previous ? kept.get(options.previous) : undefined;
    keep = { parsed: parseDocument(value, before?.parsed).document, memo: before?.memo ?? new StatementMemo() };
    file.data.negolintMemo = keep.memo;
    processor.runSync(keep.parsed.tree, file);
  }
  const plan = getPlan(file);
  // Rules report offsets; other messages (about a control comment) carry points, which may lack them.
  let lines: LineIndex | undefined;
  const offsetOf = (p: { line: number; column: number; offset?: number }) => p.offset ?? (lines ??= plan?.lines ?? new LineIndex(value)).offsetAt(p.line, p.column);
  const messages = file.messages
    .filter((m) => m.source === 'negolint')
    .map((m): LintMessage => {
      const extras = m as typeof m & MessageExtras;
      const start = m.place && 'start' in m.place ? m.place.start : m.place ?? { line: m.line ?? 1, column: m.column ?? 1 };
      const end = m.place && 'end' in m.place ? m.place.end : start;
      const offsets = extras.negolintOffsets ?? { start: offsetOf(start), end: Math.max(offsetOf(start), offsetOf(end)) };
      const error = m.fatal === true && !extras.negolintWarningOnly;
      return {
        ruleId: m.ruleId ?? 'unknown',
        severity: error ? 2 : 1,
        message: m.reason,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset: offsets.start,
        endOffset: offsets.end,
        url: m.url,
        fix: extras.negolintFix,
      };
    })
    .sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
  const result: LintResult = {
    filePath: options.filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    isPlan: plan?.isPlan ?? false,
    plan,
    ...(options.summary && plan?.isPlan ? { summary: summarizePlan({ plan, messages, rules: config.rules, allRules, filePath: options.filePath }) } : {}),
  };
  if (keep) kept.set(result, keep);
  return result;
}

/** Lints one document and returns its {@link PlanSummary}, or `undefined` when it is not a plan. */
export function summarizeText(text: string, options: Omit<LintTextOptions, 'summary'> = {}): PlanSummary | undefined {
  return lintText(text, { ...options, summary: true }).summary;
}

/** Applies non-overlapping fixes to a text (later edits first, so offsets stay valid). */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: number } {
  const edits = fixes.flatMap((f) => f.edits.map((e) => ({ ...e })));
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let applied = 0;
  let lastStart = Infinity;
  for (const e of edits) {
    if (e.end > lastStart) continue; // overlapping: leave for the next run
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    lastStart = e.start;
    applied++;
  }
  return { text: out, applied };
}
