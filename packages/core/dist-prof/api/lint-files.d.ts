import { ConfigError, type PresetName, type ResolvedConfig, type RuleSetting } from '../engine/config/config.js';
import { type LintResult } from './lint.js';
export interface LintFilesOptions {
    cwd?: string;
    configFile?: string;
    noConfig?: boolean;
    overrides?: {
        preset?: PresetName;
        rules?: Record<string, RuleSetting>;
        plans?: ResolvedConfig['plans'];
    };
    /** Extra ignore globs (`--ignore-pattern`). */
    ignorePatterns?: string[];
    /** Honour `.gitignore` and `.negolintignore` (default true). */
    useIgnoreFiles?: boolean;
    /** Called after each file, e.g. for progress. */
    onFile?: (done: number, total: number) => void;
    /** Keep the source text on results. */
    keepSource?: boolean;
    /** Apply safe fixes first: `write` them to disk, or only compute them (`dry-run`). */
    fix?: 'write' | 'dry-run';
    /** Reuse results of unchanged files (`--cache`). */
    cache?: ResultCache;
    /** Worker threads for large runs: `auto` (default: one per core for 400+ files), `off`, or a number. */
    concurrency?: 'auto' | 'off' | number;
}
/** A store of earlier results keyed by file, content and config. */
export interface ResultCache {
    get(filePath: string, text: string, configKey: string): Pick<LintResult, 'messages' | 'isPlan'> | undefined;
    set(filePath: string, text: string, configKey: string, result: Pick<LintResult, 'messages' | 'isPlan'>): void;
}
export interface FileResult extends LintResult {
    filePath: string;
    source?: string;
    /** With `fix`: the fixed text, when it differs from the source. */
    output?: string;
}
/** A file that could not be linted, and why. */
export interface FileProblem {
    filePath: string;
    code: 'unreadable' | 'binary' | 'encoding' | 'missing' | 'config';
    message: string;
}
export interface LintFilesReport {
    results: FileResult[];
    problems: FileProblem[];
    /** Config problems are fatal for the files they govern. */
    configErrors: ConfigError[];
    filesLinted: number;
    plansFound: number;
    fixedFiles: number;
}
/** Reads a file as UTF-8 text, refusing binary files and invalid encodings. */
export declare function readTextFile(filePath: string): {
    text: string;
} | {
    problem: FileProblem;
};
/** Expands paths, folders and globs into Markdown files, honouring ignore files. */
export declare function discoverFiles(inputs: string[], options?: Pick<LintFilesOptions, 'cwd' | 'ignorePatterns' | 'useIgnoreFiles'> & {
    configIgnores?: string[];
}): {
    files: string[];
    missing: string[];
};
/** Lints files, folders and globs. Never throws for a bad file: it is reported in `problems`. */
export declare function lintFiles(inputs: string[], options?: LintFilesOptions): Promise<LintFilesReport>;
/** Resolves and caches the config of each directory; config errors are kept, once each. */
declare class ConfigState {
    private readonly options;
    private readonly cwd;
    private readonly cache;
    private readonly dirCache;
    readonly errors: ConfigError[];
    constructor(options: LintFilesOptions, cwd: string);
    configFor(file: string): ResolvedConfig | ConfigError;
}
/** Lints already-discovered files on this thread. */
export declare function lintFileList(files: string[], options: LintFilesOptions, cwd: string, state?: ConfigState): Promise<LintFilesReport>;
export {};
