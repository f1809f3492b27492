/**
 * Linting files already discovered, on this thread: safe reading (unreadable,
 * binary and invalid UTF-8 files are reported and skipped), one config per
 * directory, fixes and the result cache. The main thread and each worker
 * (lint-worker.ts) run the same code.
 */
import path from 'node:path';
import { ConfigError, findConfigFile, loadConfigFile, mergeConfigs, type ResolvedConfig } from '../engine/config/config.js';
import { MAX_PLAN_BYTES, readRegularFile } from '../engine/read-file.js';
import { rules as allRules } from '../rules/index.js';
import { fixText, writeAtomic } from './fix.js';
import { lintText, type LintResult } from './lint.js';
import type { FileProblem, LintFilesOptions, LintFilesReport } from './lint-files-types.js';

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

/** Resolves and caches the config of each directory; config errors are kept, once each. */
export class ConfigState {
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
      resolved = configPath ? loadConfigFile(configPath, { root: options.configFile ? path.dirname(configPath) : cwd, named: Boolean(options.configFile), rules: allRules }) : mergeConfigs(undefined, [], allRules, [], cwd);
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
