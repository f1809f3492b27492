import { LineCounter, type Document } from 'yaml';
import { type Concept } from '../plan/concepts.js';
import type { Side } from '../plan/model.js';
import type { NegolintRule, SeverityName } from '../rule.js';
import { describeSchema } from '../schema.js';
export declare const CONFIG_FILES: readonly [".negolintrc.json", ".negolintrc.yaml", ".negolintrc.yml", "package.json"];
export declare const PRESETS: readonly ["recommended", "strict"];
export type PresetName = (typeof PRESETS)[number];
export type RuleSetting = SeverityName | 'warning' | 0 | 1 | 2 | [SeverityName | 'warning' | 0 | 1 | 2, Record<string, unknown>?];
/** The config as written. */
export interface NegolintConfig {
    $schema?: string;
    extends?: string | string[];
    rules?: Record<string, RuleSetting>;
    vocabulary?: Partial<Record<Concept, string[]>>;
    side?: Side;
    plans?: 'all' | 'auto' | string[];
    ignorePatterns?: string[];
}
/** One rule's effective setting. */
export interface ResolvedRule {
    severity: SeverityName;
    options: Record<string, unknown>;
}
/** The config after `extends`, presets and overrides are merged. */
export interface ResolvedConfig {
    rules: Record<string, ResolvedRule>;
    vocabulary: Partial<Record<Concept, string[]>>;
    side?: Side;
    plans: 'all' | 'auto' | string[];
    ignorePatterns: string[];
    /** The config files that contributed, nearest first. */
    files: string[];
    /** Directory `plans` globs and `ignorePatterns` are relative to. */
    baseDir: string;
}
/** A config problem, with the file, line, column and key that caused it. */
export declare class ConfigError extends Error {
    readonly reason: string;
    readonly file?: string | undefined;
    readonly line?: number | undefined;
    readonly column?: number | undefined;
    readonly key?: string | undefined;
    constructor(reason: string, file?: string | undefined, line?: number | undefined, column?: number | undefined, key?: string | undefined);
}
export declare function normalizeSeverity(value: unknown): SeverityName | undefined;
export declare function presetRules(preset: PresetName, rules: readonly NegolintRule<object>[]): Record<string, ResolvedRule>;
interface Located {
    file?: string;
    doc?: Document;
    lineCounter?: LineCounter;
    /** Offset of the config object inside the file (package.json's "negolint"). */
    keyPrefix: (string | number)[];
}
/** Checks a config object against the rules' schemas and our own shape. */
export declare function validateConfig(config: unknown, rules: readonly NegolintRule<object>[], loc: Located): NegolintConfig;
/** Parses a config file's text; JSON and YAML errors name the line. */
export declare function parseConfigText(text: string, file: string, rules: readonly NegolintRule<object>[]): NegolintConfig;
export interface LoadOptions {
    /** Use this config file instead of searching. */
    configFile?: string;
    /** Ignore config files altogether. */
    noConfig?: boolean;
    /** The workspace root: `extends` may not reach outside it. Defaults to the process cwd. */
    root?: string;
    rules: readonly NegolintRule<object>[];
}
/** Finds the nearest config file for a path (file or directory), or undefined. */
export declare function findConfigFile(fromPath: string, cache?: Map<string, string | null>): string | undefined;
/** Reads a config file and everything it extends, and merges them over the base preset. */
export declare function loadConfigFile(file: string, options: LoadOptions): ResolvedConfig;
/** Merges configs (parents first) over a preset into the effective config. */
export declare function mergeConfigs(preset: PresetName, chain: NegolintConfig[], rules: readonly NegolintRule<object>[], files?: string[], baseDir?: string): ResolvedConfig;
/** Applies overrides given on the command line or by an editor (`--rule`, `--preset`, settings). */
export declare function applyOverrides(base: ResolvedConfig, overrides: {
    preset?: PresetName;
    rules?: Record<string, RuleSetting>;
    plans?: ResolvedConfig['plans'];
}, rules: readonly NegolintRule<object>[]): ResolvedConfig;
export { describeSchema };
