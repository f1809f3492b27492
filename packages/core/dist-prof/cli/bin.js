#!/usr/bin/env node
/** Entry point of the `negolint` command. */
import { isMainThread } from 'node:worker_threads';
import { main } from './main.js';
// `negolint . | head`: a reader that stops early is not an error; finish with the real exit code.
const ignoreEpipe = (error) => {
    if (error.code !== 'EPIPE')
        throw error;
};
// Lint workers load this same file (in the bundled CLI); only the main thread runs the command.
if (isMainThread)
    process.stdout.on('error', ignoreEpipe);
if (isMainThread)
    main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`negolint: fatal error: ${error instanceof Error ? error.stack : String(error)}\n`);
        process.exitCode = 2;
    });
//# sourceMappingURL=bin.js.map