#!/usr/bin/env node
/**
 * `negolint-lsp`: starts the language server. The transport comes from argv
 * (`--stdio`, `--node-ipc`, `--socket=<port>`, `--pipe=<name>`); with none,
 * stdio, which is what editors other than VS Code expect.
 */
import { runFromCommandLine } from './command-line.js';

runFromCommandLine(process.argv.slice(2));
