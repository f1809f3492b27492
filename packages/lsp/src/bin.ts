#!/usr/bin/env node
/**
 * `negolint-lsp`: starts the language server. The transport comes from argv
 * (`--stdio`, `--node-ipc`, `--socket=<port>`, `--pipe=<name>`); with none,
 * stdio, which is what editors other than VS Code expect.
 */
import { compileRegexesDirectly, VERSION } from '@negolint/core';
import { startServer } from './server.js';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: negolint-lsp [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]\n\n' +
      'The negolint language server. Editors start it; see packages/lsp/README.md for recipes.\n' +
      'NEGOLINT_LSP_LOG=1 logs to stderr.\n',
  );
  process.exit(0);
}
compileRegexesDirectly();
const TRANSPORTS = /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/;
if (!args.some((a) => TRANSPORTS.test(a))) process.argv.push('--stdio');

// A failure outside a request handler is logged, never fatal: editors would lose every diagnostic.
process.on('uncaughtException', (error) => {
  process.stderr.write(`negolint-lsp: uncaught exception: ${error.stack ?? error.message}\n`);
});
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`negolint-lsp: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
});

startServer();
