/**
 * negolint's public API: lint Markdown negotiation plans.
 *
 * @example
 * ```ts
 * import { lintText } from '@negolint/core';
 * const { messages } = lintText(markdown, { filePath: 'plans/acme.md' });
 * ```
 */
export { lintText, summarizeText, applyFixes, resolveConfigFor, resolveConfigObject } from './api/lint.js';
export type { LintMessage, LintResult, LintTextOptions, Severity } from './api/lint.js';
export { discoverFiles, lintFiles } from './api/lint-files.js';
export type { LintFilesOptions, LintFilesReport, FileResult, FileProblem, ResultCache } from './api/lint-files-types.js';
export { readTextFile } from './api/lint-file-list.js';
export { readRegularFile, readRegularTextFile, MAX_CONFIG_BYTES, MAX_PLAN_BYTES } from './engine/read-file.js';
export type { ReadRefusal } from './engine/read-file.js';
export { fixText, writeAtomic, FixNotWritten, type WriteAtomicOptions } from './api/fix.js';
export { rules } from './rules/index.js';
export { defineRule, DOCS_BASE } from './engine/rule.js';
export { SOURCES, citation, sourcesLine, isSourceKey } from './engine/sources.js';
export type { Source, SourceKey } from './engine/sources.js';
export type { NegolintRule, RuleMeta, RuleContext, AppliesContext, Fix, TextEdit, SeverityName } from './engine/rule.js';
export {
  ConfigError,
  CONFIG_FILES,
  PRESETS,
  findConfigFile,
  loadConfigFile,
  parseConfigText,
  mergeConfigs,
  applyOverrides,
} from './engine/config/config.js';
export type { ConfigOverrides, NegolintConfig, ResolvedConfig, ResolvedRule, RuleSetting, PresetName } from './engine/config/config.js';
export { configSchema } from './engine/config/schema.js';
export { controlComment, controlCommentsIn } from './engine/control.js';
export type { ControlComment, ControlDirective } from './engine/control.js';
export { parseAmounts, comparable } from './engine/numbers.js';
export type { Amount } from './engine/numbers.js';
export { CONCEPTS } from './engine/plan/concepts.js';
export type { Concept } from './engine/plan/concepts.js';
export type { PlanModel, Section, Fact, Statement, Side } from './engine/plan/model.js';
export { createParser } from './engine/processor.js';
export { summarizePlan } from './summary/summarize.js';
export type { SummarizeInput, SummaryFinding } from './summary/summarize.js';
export { PLAN_SUMMARY_VERSION } from './summary/types.js';
export type { PlanSummary, SummaryAmount, SummaryDifference, SummaryRoom, SummaryRule, SummaryZone } from './summary/types.js';
export { VERSION } from './version.js';
