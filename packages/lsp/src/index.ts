/**
 * @negolint/lsp: the negolint language server.
 *
 * @example Start it on a connection of your own (tests, embedding):
 * ```ts
 * import { startServer } from '@negolint/lsp';
 * startServer(createConnection(reader, writer));
 * ```
 * From a shell: `negolint-lsp --stdio`. The VS Code extension bundles `@negolint/lsp/server`.
 */
export { startServer } from './server.js';
export type { ServerOptions } from './server.js';
export { runFromCommandLine } from './command-line.js';
export { toDiagnostic, toRange, configErrorDiagnostic } from './diagnostics.js';
export { codeActions } from './code-actions.js';
export { hover } from './hover.js';
export { documentSymbols } from './symbols.js';
export { normalizeSettings, DEFAULT_SETTINGS, SettingsStore } from './settings.js';
export type { Settings } from './settings.js';
export { ConfigStore, applySettings, CONFIG_WATCH_GLOBS } from './config-watch.js';
export * from './protocol.js';
