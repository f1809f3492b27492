#!/usr/bin/env node
/** Entry point of the `negolint` command. */
import { isMainThread } from 'node:worker_threads';
import '../engine/warm-start.js';
import { main } from './main.js';

// Regexes tier up as V8 decides: compiling them straight to machine code (--no-regexp-tier-up) saved
// ~130 ms of cold start but crashed the process (SIGSEGV) about once in ten runs on large plans.

// `negolint . | head`: a reader that stops early is not an error; finish with the real exit code.
// Other write errors (a full disk) are reported by `main` while it runs (exit 2, one line);
// an error that only surfaces after it returned is reported here the same way. Rethrowing it
// made an uncaught exception, exit 1 — the code for lint errors.
let finished = false;
const onStdoutError = (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || !finished) return;
  process.stderr.write(`negolint: cannot write the report to standard output (${error.code ?? error.message})\n`);
  process.exitCode = 2;
};

// Lint workers load this same file (in the bundled CLI); only the main thread runs the command.
if (isMainThread) process.stdout.on('error', onStdoutError);
if (isMainThread) main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then(
  (code) => {
    finished = true;
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`negolint: fatal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
