/**
 * The server as a process: what `negolint-lsp` does with its arguments. The
 * transport comes from them (`--stdio`, `--node-ipc`, `--socket=<port>`,
 * `--pipe=<name>`); with none, stdio, which is what editors other than VS Code
 * expect.
 */
import { VERSION } from '@negolint/core';
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader } from 'vscode-languageserver/node.js';
import { BoundedMessageWriter, GatedMessageReader } from './output.js';
import { startServer, type ServerOptions } from './server.js';

const OTHER_TRANSPORTS = /^--(?:node-ipc|socket|pipe)(?:=|$)/;

/** Runs the server in this process as `negolint-lsp <args>` does (`options` for embedders and tests). */
export function runFromCommandLine(args: string[], options: ServerOptions = {}): void {
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

  // A failure outside a request handler is logged, never fatal: editors would lose every diagnostic.
  process.on('uncaughtException', (error) => {
    process.stderr.write(`negolint-lsp: uncaught exception: ${error.stack ?? error.message}\n`);
  });
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`negolint-lsp: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
  });

  if (args.some((a) => OTHER_TRANSPORTS.test(a))) startServer(undefined, options);
  else {
    // stdio (also the default): output with a bound; while the client is not reading, incoming
    // messages wait unhandled and stdin is not read (see output.ts).
    let shutdown = false;
    const reader = new GatedMessageReader(new StreamMessageReader(process.stdin), (msg) => {
      if ((msg as { method?: unknown } | null)?.method === 'shutdown') shutdown = true;
    });
    const writer: BoundedMessageWriter = new BoundedMessageWriter(process.stdout, (blocked) => {
      if (process.env['NEGOLINT_LSP_LOG'] === '1') {
        process.stderr.write(`[negolint-lsp] output ${blocked ? 'blocked' : 'flowing'}: ${writer.queuedBytes} bytes queued, ${reader.heldCount} messages held, dropped ${JSON.stringify(writer.dropped)}\n`);
      }
      reader.setBlocked(blocked);
      if (blocked) process.stdin.pause();
      else process.stdin.resume();
    });
    // What the library does for --stdio when it owns the streams: exit when the client closes
    // stdin (0 after a shutdown request), and never let console output reach stdout.
    reader.onClose(() => process.exit(shutdown ? 0 : 1));
    const connection = createConnection(ProposedFeatures.all, reader, writer);
    const toStderr = (...parts: unknown[]) => process.stderr.write(`${format(...parts)}\n`);
    for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir'] as const) console[name] = toStderr;
    startServer(connection, options);
  }
}
