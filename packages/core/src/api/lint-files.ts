/**
 * Linting files and folders: discovery (globs, ignore files, symlink loops),
 * then the files on this thread (lint-file-list.ts) or, for large runs, on
 * worker threads (parallel.ts).
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { ConfigError } from '../engine/config/config.js';
import { isInside, notRegularFile, MAX_CONFIG_BYTES, readRegularTextFile } from '../engine/read-file.js';
import { ConfigState, lintFileList } from './lint-file-list.js';
import type { FileProblem, LintFilesOptions, LintFilesReport } from './lint-files-types.js';
import { lintInWorkers, workerCount } from './parallel.js';

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);
const GLOB_CHARS = /[*?[\]{}!]/;

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
