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
import type { FileProblem, IgnoredFile, LintFilesOptions, LintFilesReport, UnmatchedPattern } from './lint-files-types.js';
import { lintInWorkers, workerCount } from './parallel.js';

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);
const GLOB_CHARS = /[*?[\]{}!]/;

/** Expands paths, folders and globs into Markdown files, honouring ignore files. */
export function discoverFiles(
  inputs: string[],
  options: Pick<LintFilesOptions, 'cwd' | 'ignorePatterns' | 'useIgnoreFiles'> & { configIgnores?: string[] } = {},
): { files: string[]; missing: string[]; problems: FileProblem[]; ignored: IgnoredFile[]; unmatched: UnmatchedPattern[] } {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const useIgnoreFiles = options.useIgnoreFiles !== false;
  // Each pattern is marked with where it comes from, so a file named on the command line can be told why it is skipped.
  const extra = ignore().add([
    ...(options.ignorePatterns ?? []).map((pattern) => ({ pattern, mark: '--ignore-pattern' })),
    ...(options.configIgnores ?? []).map((pattern) => ({ pattern, mark: "the config's ignorePatterns" })),
  ]);
  const ignoreCache = new Map<string, Ignore | null>();
  const files = new Set<string>();
  const missing: string[] = [];
  /** Ignore files and named paths that cannot be read (a FIFO, a device, a huge file). */
  const problems: FileProblem[] = [];
  /** Files named on the command line that ignore rules exclude. */
  const ignored: IgnoredFile[] = [];
  /** Globs and folders named on the command line that give no file to lint. */
  const unmatched: UnmatchedPattern[] = [];
  // Per input: a folder reached twice within one walk is a symlink loop; two inputs may share folders.
  let seenDirs = new Set<string>();
  /** Files the current input matched, and files or folders its walk skipped as ignored. */
  let matched = 0;
  let skipped = 0;

  const ignoreFor = (dir: string): Ignore | null => {
    if (!useIgnoreFiles) return null;
    const hit = ignoreCache.get(dir);
    if (hit !== undefined) return hit;
    let ig: Ignore | null = null;
    for (const name of ['.gitignore', '.negolintignore']) {
      const file = path.join(dir, name);
      const read = readRegularTextFile(file, MAX_CONFIG_BYTES);
      // One pattern per line, marked with its file (for the notice when a named file is ignored).
      if ('text' in read) ig = (ig ?? ignore()).add(read.text.split(/\r?\n/).map((pattern) => ({ pattern, mark: file })));
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

  /** Why a file is ignored, for the notice: "`drafts/` in .gitignore", "`*.tmp.md` from --ignore-pattern". */
  const whyIgnored = (abs: string, input: string): IgnoredFile => {
    const relCwd = path.relative(cwd, abs).split(path.sep).join('/');
    const direct = relCwd && isInside(cwd, abs) ? extra.test(relCwd).rule : undefined;
    if (direct) return { filePath: input, reason: `\`${direct.pattern}\` from ${direct.mark}`, byIgnoreFile: false };
    for (let dir = path.dirname(abs); ; dir = path.dirname(dir)) {
      const rule = ignoreFor(dir)?.test(path.relative(dir, abs).split(path.sep).join('/')).rule;
      if (rule) return { filePath: input, reason: `\`${rule.pattern}\` in ${path.relative(cwd, rule.mark ?? dir) || rule.mark}`, byIgnoreFile: true };
      if (dir === cwd || path.dirname(dir) === dir || !isInside(cwd, abs)) return { filePath: input, reason: 'an ignore file', byIgnoreFile: true };
    }
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
        else skipped++;
      } else if (isFile && MARKDOWN.test(entry.name)) {
        const rel = path.relative(base, abs).split(path.sep).join('/');
        if (filter && !filter(rel)) continue;
        if (isIgnored(abs, false)) skipped++;
        else {
          files.add(abs);
          matched++;
        }
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
    seenDirs = new Set();
    matched = 0;
    skipped = 0;
    if (st?.isDirectory()) {
      walk(abs);
      if (matched === 0) unmatched.push({ pattern: input, kind: 'folder', ignored: skipped });
    }
    // Named explicitly: linted even if it is not .md, but ignore files and patterns still
    // apply, so a pre-commit hook that passes every staged file honours .negolintignore.
    else if (st?.isFile()) {
      if (!isIgnored(abs, false)) files.add(abs);
      else ignored.push(whyIgnored(abs, input));
    }
    // A FIFO or a device named on the command line is said to be one, not "no such file".
    else if (st) problems.push({ filePath: input, code: 'unreadable', message: `${notRegularFile(st)}; skipped` });
    else if (GLOB_CHARS.test(input)) {
      const scan = picomatch.scan(input);
      const base = path.resolve(cwd, scan.base || '.');
      const match = picomatch(scan.glob || '**/*', { dot: false });
      walk(base, match, base);
      if (matched === 0) unmatched.push({ pattern: input, kind: 'glob', ignored: skipped });
    } else missing.push(input);
  }
  return { files: [...files], missing, problems, ignored, unmatched };
}

/** Lints files, folders and globs. Never throws for a bad file: it is reported in `problems`. */
export async function lintFiles(inputs: string[], options: LintFilesOptions = {}): Promise<LintFilesReport> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const state = new ConfigState(options, cwd);
  // Config-level ignore patterns from the config governing the working directory.
  const rootConfig = state.configFor(cwd);
  const configIgnores = rootConfig instanceof ConfigError ? [] : rootConfig.ignorePatterns;
  const { files, missing, problems, ignored, unmatched } = discoverFiles(inputs, { cwd, ignorePatterns: options.ignorePatterns, useIgnoreFiles: options.useIgnoreFiles, configIgnores });

  const workers = workerCount(files.length, options);
  const report =
    workers > 1 ? await lintInWorkers(files, options, cwd, workers) : await lintFileList(files, options, cwd, state);
  for (const e of state.errors) if (!report.configErrors.some((x) => x.message === e.message)) report.configErrors.unshift(e);
  report.problems.unshift(...missing.map((m): FileProblem => ({ filePath: m, code: 'missing', message: 'no such file, folder or matching glob' })), ...problems);
  report.ignoredFiles = ignored;
  report.unmatchedPatterns = unmatched;
  return report;
}
