/**
 * The entry of a lint worker thread (started by parallel.ts): lints its share
 * of the files with `lintFileList`, reports progress every 50 files, then
 * posts its report.
 */
import { parentPort, workerData } from 'node:worker_threads';
import '../engine/warm-start.js';
import { lintFileList } from './lint-file-list.js';
import type { WorkerInput, WorkerMessage } from './parallel.js';

/** Progress is batched: one message per file would cost more than the lint of a small file. */
const PROGRESS_EVERY = 50;

async function run(input: WorkerInput): Promise<void> {
  const port = parentPort!;
  let pending = 0;
  const report = await lintFileList(
    input.files,
    {
      ...input.options,
      onFile: () => {
        pending++;
        if (pending >= PROGRESS_EVERY) {
          port.postMessage({ type: 'progress', done: pending } satisfies WorkerMessage);
          pending = 0;
        }
      },
    },
    input.cwd,
  );
  if (pending) port.postMessage({ type: 'progress', done: pending } satisfies WorkerMessage);
  port.postMessage({
    type: 'done',
    report: {
      ...report,
      configErrors: report.configErrors.map((e) => ({ reason: e.reason, file: e.file, line: e.line, column: e.column, key: e.key })),
    },
  } satisfies WorkerMessage);
}

if (parentPort) void run(workerData as WorkerInput);
