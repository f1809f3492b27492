/**
 * Linting files and folders: discovery (globs, ignore files, symlink loops),
 * safe reading (unreadable, binary and invalid UTF-8 files are reported and
 * skipped), and one config per directory.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { ConfigError, findConfigFile, loadConfigFile, mergeConfigs, type PresetName, type ResolvedConfig, type RuleSetting } from '../engine/config/config.js';
import { isInside, notRegularFile, MAX_CONFIG_BYTES, MAX_PLAN_BYTES, readRegularFile, readRegularTextFile } from '../engine/read-file.js';
import { rules as allRules } from '../rules/index.js';
import { fixText, writeAtomic } from './fix.js';
import { lintText, type LintResult } from './lint.js';
import { lintInWorkers, workerCount } from './parallel.js';

export interface LintFilesOptions {
  cwd?: string;
  configFile?: string;
  noConfig?: boolean;
  overrides?: { preset?: PresetName; rules?: Record<string, RuleSetting>; plans?: ResolvedConfig['plans'] };
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

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);
const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * Reads a file as UTF-8 text: only a regular file of at most {@link MAX_PLAN_BYTES} (a FIFO or a
 * link to `/dev/zero` would hang the run), refusing binary files and invalid encodings.
 */
export function readTextFile(filePath: string): { text: string } | { problem: FileProblem } {
  const read = readRegularFile(filePath, MAX_PLAN_BYTES);
  if ('refused' in read) {
    const { code, message } = read.refused;
    if (code === 'missing') return { problem: { filePath, code: 'missing', message: 'file not found (deleted while linting?)' } };
    if (code === 'special' || code === 'too-large' || code === 'directory') return { problem: { filePath, code: 'unreadable', message: `${message}, skipped` } };
    return { problem: { filePath, code: 'unreadable', message: message.replace(/^cannot be read/, 'cannot read file') } };
  }
  const decoded = decodeText(read.bytes);
  return 'text' in decoded ? decoded : { problem: { filePath, ...decoded.problem } };
}

/**
 * Bytes as UTF-8 text, as files and standard input are both read: a NUL byte anywhere means a
 * binary file (not only in the first 8,000 bytes, which a crafted file could pad), and invalid
 * UTF-8 is refused rather than replaced.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: Omit<FileProblem, 'filePath'> } {
  if (bytes.includes(0)) return { problem: { code: 'binary', message: 'binary file (contains NUL bytes), skipped' } };
  try {
    // ignoreBOM keeps a byte-order mark in the text, so `--fix` can write it back.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { problem: { code: 'encoding', message: 'not valid UTF-8, skipped' } };
  }
}

/** Expands paths, folders and globs into Markdown files, honouring ignore files. */
export function discoverFiles(
  inputs: string[],
  options: Pick<LintFilesOptions, 'cwd' | 'ignorePatterns' | 'useIgnoreFiles'> & { configIgnores?: string[] } = {},
): { files: string[]; missing: string[]; problems: FileProblem[] } {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const useIgnoreFiles = options.useIgnoreFiles !== false;
  const extra = ignore().add([...(options.ignorePatterns ?? []), ...(options.configIgnores ?? [])]);
  const ignoreCache = new Map<string, Ignore | null>();
  const files = new Set<string>();
  const missing: string[] = [];
  /** Ignore files and named paths that cannot be read (a FIFO, a device, a huge file). */
  const problems: FileProblem[] = [];
  const seenDirs = new Set<string>();

  const ignoreFor = (dir: string): Ignore | null => {
    if (!useIgnoreFiles) return null;
    const hit = ignoreCache.get(dir);
    if (hit !== undefined) return hit;
    let ig: Ignore | null = null;
    for (const name of ['.gitignore', '.negolintignore']) {
      const file = path.join(dir, name);
      const read = readRegularTextFile(file, MAX_CONFIG_BYTES);
      if ('text' in read) ig = (ig ?? ignore()).add(read.text);
      // Not there is the usual case. A FIFO, a device or a huge file is said, not read: its
      // patterns are lost, so what it would ignore is linted.
      else if (read.refused.code === 'special' || read.refused.code === 'too-large') {
        problems.push({ filePath: path.relative(cwd, file) || file, code: 'unreadable', message: `ignore file not read: ${read.refused.message}` });
      }
    }
    ignoreCache.set(dir, ig);
    return ig;
  };

  // An ignore file applies to paths below its own directory, as git does it.
  const isIgnored = (abs: string, isDir: boolean): boolean => {
    const relCwd = path.relative(cwd, abs).split(path.sep).join('/');
    // `..draft.md` is inside the working folder; only `..` and `../x` are outside.
    if (relCwd && isInside(cwd, abs) && extra.ignores(isDir ? `${relCwd}/` : relCwd)) return true;
    if (!useIgnoreFiles) return false;
    let dir = path.dirname(abs);
    for (;;) {
      const ig = ignoreFor(dir);
      if (ig) {
        const rel = path.relative(dir, abs).split(path.sep).join('/');
        if (rel && ig.ignores(isDir ? `${rel}/` : rel)) return true;
      }
      if (dir === cwd || path.dirname(dir) === dir || !isInside(cwd, abs)) break;
      dir = path.dirname(dir);
    }
    return false;
  };

  const walk = (dir: string, filter?: (rel: string) => boolean, base = dir): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return; // symlink loop or a folder reached twice
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const abs = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (!isIgnored(abs, true)) walk(abs, filter, base);
      } else if (isFile && MARKDOWN.test(entry.name) && !isIgnored(abs, false)) {
        const rel = path.relative(base, abs).split(path.sep).join('/');
        if (!filter || filter(rel)) files.add(abs);
      }
    }
  };

  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) walk(abs);
    // Named explicitly: linted even if it is not .md, but ignore files and patterns still
    // apply, so a pre-commit hook that passes every staged file honours .negolintignore.
    else if (st?.isFile()) {
      if (!isIgnored(abs, false)) files.add(abs);
    }
    // A FIFO or a device named on the command line is said to be one, not "no such file".
    else if (st) problems.push({ filePath: input, code: 'unreadable', message: `${notRegularFile(st)}; skipped` });
    else if (GLOB_CHARS.test(input)) {
      const scan = picomatch.scan(input);
      const base = path.resolve(cwd, scan.base || '.');
      const match = picomatch(scan.glob || '**/*', { dot: false });
      walk(base, match, base);
    } else missing.push(input);
  }
  return { files: [...files], missing, problems };
}

/** Lints files, folders and globs. Never throws for a bad file: it is reported in `problems`. */
/** Below this many files a single thread is faster than starting workers. */
const PARALLEL_THRESHOLD = 400;

/** Lints files, folders and globs. Never throws for a bad file: it is reported in `problems`. */
export async function lintFiles(inputs: string[], options: LintFilesOptions = {}): Promise<LintFilesReport> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const state = new ConfigState(options, cwd);
  // Config-level ignore patterns from the config governing the working directory.
  const rootConfig = state.configFor(cwd);
  const configIgnores = rootConfig instanceof ConfigError ? [] : rootConfig.ignorePatterns;
  const { files, missing, problems } = discoverFiles(inputs, { cwd, ignorePatterns: options.ignorePatterns, useIgnoreFiles: options.useIgnoreFiles, configIgnores });

  const workers = workerCount(files.length, options);
  const report =
    workers > 1 ? await lintInWorkers(files, options, cwd, workers) : await lintFileList(files, options, cwd, state);
  for (const e of state.errors) if (!report.configErrors.some((x) => x.message === e.message)) report.configErrors.unshift(e);
  report.problems.unshift(...missing.map((m): FileProblem => ({ filePath: m, code: 'missing', message: 'no such file, folder or matching glob' })), ...problems);
  return report;
}

/** Resolves and caches the config of each directory; config errors are kept, once each. */
class ConfigState {
  private readonly cache = new Map<string, ResolvedConfig | ConfigError>();
  private readonly dirCache = new Map<string, string | null>();
  readonly errors: ConfigError[] = [];

  constructor(
    private readonly options: LintFilesOptions,
    private readonly cwd: string,
  ) {}

  configFor(file: string): ResolvedConfig | ConfigError {
    const { options, cwd } = this;
    const configPath = options.noConfig ? undefined : options.configFile ? path.resolve(cwd, options.configFile) : findConfigFile(file, this.dirCache);
    const key = configPath ?? '<none>';
    const hit = this.cache.get(key);
    if (hit) return hit;
    let resolved: ResolvedConfig | ConfigError;
    try {
      resolved = configPath ? loadConfigFile(configPath, { root: options.configFile ? path.dirname(configPath) : cwd, named: Boolean(options.configFile), rules: allRules }) : mergeConfigs('recommended', [], allRules, [], cwd);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      resolved = error;
      this.errors.push(error);
    }
    this.cache.set(key, resolved);
    return resolved;
  }
}

/** Lints already-discovered files on this thread. */
export async function lintFileList(files: string[], options: LintFilesOptions, cwd: string, state = new ConfigState(options, cwd)): Promise<LintFilesReport> {
  const report: LintFilesReport = { results: [], problems: [], configErrors: [], filesLinted: 0, plansFound: 0, fixedFiles: 0 };
  let done = 0;
  for (const file of files) {
    const rel = path.relative(cwd, file) || file;
    const config = state.configFor(file);
    done++;
    if (config instanceof ConfigError) {
      options.onFile?.(done, files.length);
      continue;
    }
    const read = readTextFile(file);
    if ('problem' in read) {
      report.problems.push({ ...read.problem, filePath: rel });
      options.onFile?.(done, files.length);
      continue;
    }
    const lintOptions = { filePath: file, config, overrides: options.overrides, cwd };
    let text = read.text;
    let output: string | undefined;
    if (options.fix) {
      const fixed = fixText(text, lintOptions);
      if (fixed.changed) {
        let written = true;
        if (options.fix === 'write') {
          try {
            // Only over the text that was linted (an edit made meanwhile wins), and a symlink only to a target inside the working folder.
            writeAtomic(file, fixed.output, { expected: text, root: cwd });
          } catch (error) {
            written = false;
            report.problems.push({ filePath: rel, code: 'unreadable', message: `cannot write fixes (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
          }
        }
        // A fix that could not be written leaves the file as it was: report on that text.
        if (written) {
          output = fixed.output;
          report.fixedFiles++;
          text = fixed.output;
        }
      }
    }
    const configKey = options.cache ? JSON.stringify([config.rules, config.vocabulary, config.side, config.plans, options.overrides ?? null]) : '';
    // A cached result has no plan model to summarize.
    const cached = options.summarize ? undefined : options.cache?.get(file, text, configKey);
    const result: LintResult = cached
      ? { ...cached, filePath: file, errorCount: cached.messages.filter((m) => m.severity === 2).length, warningCount: cached.messages.filter((m) => m.severity === 1).length }
      : lintText(text, { ...lintOptions, summary: options.summarize });
    if (!cached) options.cache?.set(file, text, configKey, { messages: result.messages, isPlan: result.isPlan });
    report.filesLinted++;
    if (result.isPlan) report.plansFound++;
    // The plan model is large; results for thousands of files must not keep it.
    report.results.push({ ...result, plan: undefined, filePath: rel, source: options.keepSource ? read.text : undefined, output });
    options.onFile?.(done, files.length);
    if (done % 200 === 0) await new Promise((r) => setImmediate(r));
  }
  report.configErrors.push(...state.errors);
  return report;
}
