/**
 * Worker threads for large runs. Each worker lints an interleaved share of
 * the files with the same code path as the main thread (`lintFileList`) and
 * sends back plain results; the main thread merges them in discovery order.
 * The worker re-enters this very module, so the same file works from the
 * tsc output and from the bundled CLI.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../engine/config/config.js';
import type { FileResult, LintFilesOptions, LintFilesReport } from './lint-files.js';

interface WorkerInput {
  negolintWorker: true;
  files: string[];
  cwd: string;
  options: Pick<LintFilesOptions, 'configFile' | 'noConfig' | 'overrides' | 'fix' | 'keepSource' | 'summarize'>;
}

interface SerializedConfigError {
  reason: string;
  file?: string;
  line?: number;
  column?: number;
  key?: string;
}

type WorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'done'; report: Omit<LintFilesReport, 'configErrors'> & { configErrors: SerializedConfigError[] } };

const MODULE_URL = import.meta.url;

export function workerCount(files: number, options: LintFilesOptions): number {
  if (options.concurrency === 'off' || options.cache) return 1;
  // Workers load compiled JavaScript; from TypeScript sources (tests) stay on one thread.
  if (!/\.m?js$/.test(new URL(MODULE_URL).pathname)) return 1;
  // More threads than cores only costs memory: `--concurrency 1000` started 1,000 and ran out of it.
  if (typeof options.concurrency === 'number') return Math.max(1, Math.min(options.concurrency, files, availableParallelism()));
  if (files < 400) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8));
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
            negolintWorker: true,
            files: share,
            cwd,
            options: { configFile: options.configFile, noConfig: options.noConfig, overrides: options.overrides, fix: options.fix, keepSource: options.keepSource, summarize: options.summarize },
          };
          const worker = new Worker(new URL(MODULE_URL), { workerData: input });
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

async function runWorker(input: WorkerInput): Promise<void> {
  const { lintFileList } = await import('./lint-files.js');
  let pending = 0;
  const report = await lintFileList(input.files, {
    ...input.options,
    onFile: () => {
      pending++;
      if (pending >= 50) {
        parentPort!.postMessage({ type: 'progress', done: pending } satisfies WorkerMessage);
        pending = 0;
      }
    },
  }, input.cwd);
  if (pending) parentPort!.postMessage({ type: 'progress', done: pending } satisfies WorkerMessage);
  parentPort!.postMessage({
    type: 'done',
    report: {
      ...report,
      configErrors: report.configErrors.map((e) => ({ reason: e.reason, file: e.file, line: e.line, column: e.column, key: e.key })),
    },
  } satisfies WorkerMessage);
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.negolintWorker) {
  void runWorker(workerData as WorkerInput);
}
