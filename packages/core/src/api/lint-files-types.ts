/** What `lintFiles` takes and gives back, shared by the thread that discovers files and the workers that lint them. */
import type { ConfigError, ConfigOverrides } from '../engine/config/config.js';
import type { LintResult } from './lint.js';

export interface LintFilesOptions {
  cwd?: string;
  configFile?: string;
  noConfig?: boolean;
  overrides?: ConfigOverrides;
  /** Extra ignore globs (`--ignore-pattern`). */
  ignorePatterns?: string[];
  /** Honour `.gitignore` and `.negolintignore` (default true). */
  useIgnoreFiles?: boolean;
  /** Called after each file, e.g. for progress. */
  onFile?: (done: number, total: number) => void;
  /** Keep the source text on results. */
  keepSource?: boolean;
  /** Build each plan's summary (`result.summary`), e.g. for `negolint report`. */
  summarize?: boolean;
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
