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
  /** `unmatched`: a glob or folder that gave no file to lint (the CLI reports it; `lintFiles` lists it in `unmatchedPatterns`). */
  code: 'unreadable' | 'binary' | 'encoding' | 'missing' | 'config' | 'unmatched';
  message: string;
}

/** A file named among the inputs that an ignore file or pattern excludes: not linted. */
export interface IgnoredFile {
  filePath: string;
  /** The rule that excludes it and where it is written: "`drafts/` in .gitignore". */
  reason: string;
  /** Excluded by a .gitignore or .negolintignore (which `--no-ignore` turns off), not by an ignore pattern. */
  byIgnoreFile: boolean;
}

/** A glob or folder among the inputs that gave no file to lint. */
export interface UnmatchedPattern {
  pattern: string;
  kind: 'glob' | 'folder';
  /** Markdown files or folders it reached that ignore rules exclude (0: it matched nothing at all). */
  ignored: number;
}

export interface LintFilesReport {
  results: FileResult[];
  problems: FileProblem[];
  /** Config problems are fatal for the files they govern. */
  configErrors: ConfigError[];
  filesLinted: number;
  plansFound: number;
  fixedFiles: number;
  /** Files named among the inputs that ignore rules exclude (`lintFiles` only). */
  ignoredFiles?: IgnoredFile[];
  /** Globs and folders among the inputs that gave no file to lint (`lintFiles` only). */
  unmatchedPatterns?: UnmatchedPattern[];
}
