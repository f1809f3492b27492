import { type NegolintConfig, type PresetName, type ResolvedConfig, type RuleSetting } from '../engine/config/config.js';
import type { PlanModel } from '../engine/plan/model.js';
import type { Fix } from '../engine/rule.js';
export type Severity = 1 | 2;
/** One finding. Lines and columns are 1-based; offsets are 0-based into the linted text. */
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
}
export interface LintTextOptions {
    filePath?: string;
    /** A resolved config, a config object as written, or omitted to look one up from `filePath`. */
    config?: ResolvedConfig | NegolintConfig;
    /** Workspace root for config lookup and `extends`. */
    cwd?: string;
    /** Overrides applied on top of the config (CLI flags, editor settings). */
    overrides?: {
        preset?: PresetName;
        rules?: Record<string, RuleSetting>;
        plans?: ResolvedConfig['plans'];
    };
}
/** Resolves the config that applies to a file (nearest config file, or the recommended preset). */
export declare function resolveConfigFor(filePath: string | undefined, options?: {
    cwd?: string;
    configFile?: string;
    noConfig?: boolean;
}): ResolvedConfig;
/** Turns a config object as written (e.g. from editor settings) into an effective config. */
export declare function resolveConfigObject(config: NegolintConfig, baseDir?: string): ResolvedConfig;
export declare function flattenDeepLists(text: string): string;
/** Lints one document. Never throws for any text; config problems throw `ConfigError`. */
export declare function lintText(text: string, options?: LintTextOptions): LintResult;
/** Applies non-overlapping fixes to a text (later edits first, so offsets stay valid). */
export declare function applyFixes(text: string, fixes: Fix[]): {
    text: string;
    applied: number;
};
