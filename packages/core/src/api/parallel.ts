/**
 * Worker threads for large runs. Each worker (lint-worker.ts, its own entry)
 * lints an interleaved share of the files with the same code path as the main
 * thread (`lintFileList`) and sends back plain results; the main thread merges
 * them in discovery order.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../engine/config/config.js';
import type { FileResult, LintFilesOptions, LintFilesReport } from './lint-files-types.js';

/** What a worker is given. */
export interface WorkerInput {
  files: string[];
  cwd: string;
  options: Pick<LintFilesOptions, 'configFile' | 'noConfig' | 'overrides' | 'fix' | 'keepSource' | 'summarize'>;
}

/** A config error as it crosses threads (an Error's own fields do not). */
export interface SerializedConfigError {
  reason: string;
  file?: string;
  line?: number;
  column?: number;
  key?: string;
}

/** What a worker sends back: progress now and then, its report once. */
export type WorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'done'; report: Omit<LintFilesReport, 'configErrors'> & { configErrors: SerializedConfigError[] } };

/** Below this many files a single thread is faster than starting workers. */
const PARALLEL_THRESHOLD = 400;
/** The most workers `auto` starts. */
const AUTO_MAX_WORKERS = 8;

/**
 * The worker's entry file. A bundle that inlines this module (the CLI's, the editor
 * extension's server) builds lint-worker.ts as a file of its own beside it and names it here
 * with esbuild's `define`; the tsc output finds lint-worker.js next to this file.
 */
declare const __NEGOLINT_WORKER_FILE__: string | undefined;
const WORKER_URL = new URL(typeof __NEGOLINT_WORKER_FILE__ === 'string' ? __NEGOLINT_WORKER_FILE__ : './lint-worker.js', import.meta.url);

export function workerCount(files: number, options: LintFilesOptions): number {
  if (options.concurrency === 'off' || options.cache) return 1;
  // Workers load compiled JavaScript; from TypeScript sources (tests) stay on one thread.
  if (!/\.m?js$/.test(WORKER_URL.pathname)) return 1;
  // More threads than cores only costs memory: `--concurrency 1000` started 1,000 and ran out of it.
  if (typeof options.concurrency === 'number') return Math.max(1, Math.min(options.concurrency, files, availableParallelism()));
  if (files < PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), AUTO_MAX_WORKERS));
}

export async function lintInWorkers(files: string[], options: LintFilesOptions, cwd: string, count: number): Promise<LintFilesReport> {
  const shares: string[][] = Array.from({ length: count }, () => []);
  files.forEach((f, i) => shares[i % count]!.push(f));
  let done = 0;
  const reports = await Promise.all(
    shares.map(
      (share) =>
        new Promise<WorkerMessage & { type: 'done' }>((resolve, reject) => {
          const input: WorkerInput = {
            files: share,
            cwd,
            options: { configFile: options.configFile, noConfig: options.noConfig, overrides: options.overrides, fix: options.fix, keepSource: options.keepSource, summarize: options.summarize },
          };
          const worker = new Worker(WORKER_URL, { workerData: input });
          worker.on('message', (msg: WorkerMessage) => {
            if (msg.type === 'progress') {
              done += msg.done;
              options.onFile?.(done, files.length);
            } else resolve(msg);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`lint worker exited with code ${code}`));
          });
        }),
    ),
  );
  // Put results back in discovery order.
  const order = new Map(files.map((f, i) => [f, i]));
  const merged: LintFilesReport = { results: [], problems: [], configErrors: [], filesLinted: 0, plansFound: 0, fixedFiles: 0 };
  const seen = new Set<string>();
  for (const { report } of reports) {
    merged.results.push(...report.results);
    merged.problems.push(...report.problems);
    merged.filesLinted += report.filesLinted;
    merged.plansFound += report.plansFound;
    merged.fixedFiles += report.fixedFiles;
    for (const e of report.configErrors) {
      const err = new ConfigError(e.reason, e.file, e.line, e.column, e.key);
      if (!seen.has(err.message)) merged.configErrors.push(err);
      seen.add(err.message);
    }
  }
  const pos = (r: FileResult) => order.get(path.resolve(cwd, r.filePath)) ?? 0;
  merged.results.sort((a, b) => pos(a) - pos(b));
  return merged;
}
