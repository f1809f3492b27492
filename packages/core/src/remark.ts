/**
 * negolint for remark: a plugin that adds negolint's plan model, its rules and its control
 * comments to any unified/remark pipeline — `remark-cli` with a `.remarkrc`, the remark
 * language server, `vscode-remark`, or code. It attaches the same plugin negolint's own
 * processor does, so a plan gets the same findings (rule, line, column, message) as from
 * `negolint`; documents that are not plans are left alone.
 *
 * Options are the keys of a `.negolintrc.json` that make sense inside a remark pipeline:
 * `extends` (`recommended` or `strict`), `rules` (each `"off" | "warn" | "error"` or
 * `[severity, options]`, remark-lint's form), `side`, `vocabulary` and `plans` (globs are
 * relative to the working folder). Files to skip go in `.remarkignore`.
 *
 * @example
 * ```js
 * import { remark } from 'remark';
 * import remarkFrontmatter from 'remark-frontmatter';
 * import remarkNegolint from '@negolint/core/remark';
 *
 * const file = await remark()
 *   .use(remarkFrontmatter)
 *   .use(remarkNegolint, { side: 'buyer', rules: { 'walk-away-margin': ['warn', { minGapPercent: 15 }] } })
 *   .process(plan);
 * // file.messages: source "negolint", ruleId "walk-away-margin", url of the rule's docs
 * ```
 *
 * @example
 * ```json
 * { "plugins": ["remark-frontmatter", ["@negolint/core/remark", { "rules": { "paper-process": "warn" } }]] }
 * ```
 */
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import {
  ConfigError,
  mergeConfigs,
  planMatcher,
  PRESETS,
  validateConfig,
  type NegolintConfig,
  type PresetName,
  type ResolvedConfig,
  type RuleSetting,
} from './engine/config/config.js';
import { remarkGfmTables } from './engine/gfm-tables.js';
import type { Side } from './engine/plan/model.js';
import { negolintPipeline } from './engine/pipeline.js';
import { rules as allRules } from './rules/index.js';

/** Options of the remark plugin: the keys of a `.negolintrc.json` that apply inside remark. */
export interface RemarkNegolintOptions {
  /** `recommended` (the default) or `strict` (every rule on, as an error). */
  extends?: PresetName | PresetName[];
  /** Per rule: `"off"`, `"warn"`, `"error"` (or `0`, `1`, `2`, `false`, `true`), or `[severity, options]`. */
  rules?: Record<string, RuleSetting | boolean>;
  /** Your team's words per concept, as in the config file. */
  vocabulary?: NegolintConfig['vocabulary'];
  /** Side to assume when a plan does not say. */
  side?: Side;
  /** `auto` (default), `all`, or globs of plan files relative to the working folder. */
  plans?: NegolintConfig['plans'];
}

const NAME = '@negolint/core/remark';

/** Checks the options as a config file is checked and merges them over their preset. */
export function resolveRemarkOptions(options: unknown): ResolvedConfig {
  const given = (options ?? {}) as Record<string, unknown>;
  const fail = (reason: string): never => {
    throw new Error(`${NAME}: invalid options: ${reason}`);
  };
  if (typeof given === 'object' && !Array.isArray(given)) {
    if ('ignorePatterns' in given) fail('`ignorePatterns`: list the files remark should skip in `.remarkignore` (or pass `--ignore-pattern` to remark)');
    const parents = given['extends'] === undefined ? [] : Array.isArray(given['extends']) ? given['extends'] : [given['extends']];
    for (const parent of parents) {
      if (!(PRESETS as readonly unknown[]).includes(parent)) {
        fail(`\`extends\`: expected a preset, ${PRESETS.map((p) => `\`${p}\``).join(' or ')}, got ${JSON.stringify(parent)} (the remark plugin reads no config files)`);
      }
    }
  }
  let checked: NegolintConfig;
  try {
    checked = validateConfig(given, allRules, { keyPrefix: [] });
  } catch (error) {
    throw error instanceof ConfigError ? new Error(`${NAME}: invalid options: ${error.message}`, { cause: error }) : error;
  }
  const parents = checked.extends === undefined ? [] : ([] as string[]).concat(checked.extends);
  return mergeConfigs(parents.includes('strict') ? 'strict' : 'recommended', [checked], allRules);
}

/**
 * The syntax negolint reads plans with: YAML frontmatter and GFM tables. Attached last (by
 * `this.use` while the processor freezes), so it sees what the other plugins added and adds
 * only what is missing — remark-frontmatter or remark-gfm may come before or after the preset.
 */
function negolintSyntax(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: unknown[]; toMarkdownExtensions?: unknown[] };
  const handled = (data.fromMarkdownExtensions ?? []).flat(Infinity) as { enter?: Record<string, unknown> }[];
  const reads = (type: string) => handled.some((extension) => extension?.enter !== undefined && type in extension.enter);
  if (!reads('yaml')) this.use(remarkFrontmatter, ['yaml']);
  if (!reads('table')) {
    remarkGfmTables.call(this);
    // So that a pipeline that writes Markdown back (`remark -o`) can write the tables it now has.
    (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
  }
}

/**
 * The remark plugin (default export): negolint's plan model, rules and control comments.
 * Messages carry `source: "negolint"`, the rule id and the rule's docs URL; rules set to
 * `"error"` report `fatal` messages (remark's errors; `--frail` fails on warnings too).
 */
export default function remarkNegolint(this: Processor, options?: RemarkNegolintOptions): void {
  const config = resolveRemarkOptions(options);
  this.use(negolintSyntax);
  const byCwd = new Map<string, (filePath: string | undefined) => boolean | undefined>();
  const planByConfig =
    config.plans === 'auto'
      ? undefined
      : (file: VFile) => {
          let match = byCwd.get(file.cwd);
          if (!match) byCwd.set(file.cwd, (match = planMatcher(config.plans, file.cwd)));
          return match(file.path);
        };
  this.use(negolintPipeline, { catalog: allRules, rules: config.rules, vocabulary: config.vocabulary, side: config.side, planByConfig });
}

export { remarkNegolint };
