/**
 * Broken config files, shown where they are: a diagnostic in the config file at
 * the line the error names, and one `window/showMessage` per distinct error.
 * Errors are shown once the files have settled: an editor saving a config file
 * may be caught half-way through writing it, and a half-written file is not
 * worth a message.
 */
import { MAX_CONFIG_BYTES, readRegularTextFile, type ConfigError } from '@negolint/core';
import { MessageType } from 'vscode-languageserver/node.js';
import { pathToUri, uriToPath, type ServerContext } from './context.js';
import { configErrorDiagnostic } from './diagnostics.js';

/** How long config files must stay unchanged before their errors are shown, by default. */
export const DEFAULT_CONFIG_SETTLE_MS = 100;

/** The config errors as shown, to tell cheaply whether a report is due. */
const errorsKey = (errors: Map<string, ConfigError>) => [...errors].map(([file, e]) => `${file}\0${e.message}`).join('\n');

export class ConfigErrors {
  /** Config files with a published error, and the message shown. */
  private readonly shown = new Map<string, string>();
  private shownKey = '';
  private timer: NodeJS.Timeout | undefined;
  settleMs = DEFAULT_CONFIG_SETTLE_MS;

  constructor(
    private readonly ctx: ServerContext,
    /** Every loaded config was forgotten: re-lint what depends on them. */
    private readonly onConfigsChanged: () => void,
  ) {}

  /**
   * Config files changed: forget every loaded config, load the changed files (so their errors
   * are known even when no open plan uses them), re-lint, and report errors once settled.
   */
  changed(changedFiles: string[]): void {
    const { configs } = this.ctx;
    configs.invalidate();
    for (const file of changedFiles) configs.resolve(file, this.ctx.rootFor(file));
    this.schedule();
    this.onConfigsChanged();
  }

  /** Reports once settled if the config errors known now differ from the ones shown. */
  checkSoon(): void {
    if (errorsKey(this.ctx.configs.errors()) !== this.shownKey) this.schedule();
  }

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      try {
        this.report();
      } catch (error) {
        this.ctx.connection.console.error(`negolint: checking config files failed: ${String(error)}`);
      }
    }, this.settleMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  /**
   * Shows each config error as a diagnostic in its file and once in a message, and clears the
   * files whose errors are gone. Every open document's config (and every file shown as broken)
   * is resolved first, so the set of errors is complete.
   */
  private report(): void {
    const { configs, connection } = this.ctx;
    if (configs.stale()) {
      this.changed([]);
      return;
    }
    for (const doc of this.ctx.documents.all()) {
      const file = uriToPath(doc.uri);
      configs.resolve(file, this.ctx.rootFor(file));
    }
    // Files shown as broken are checked again even when no open plan uses them.
    for (const file of this.shown.keys()) configs.resolve(file, this.ctx.rootFor(file));
    const errors = configs.errors();
    for (const [file, error] of errors) {
      if (this.shown.get(file) === error.message) continue;
      // Only a regular file of bounded size (a config that is a FIFO would block the server
      // here), and only one that was parsed (its error has a line or a key): a file refused
      // unread, such as a link out of the workspace, is not opened for a range either.
      const read = error.line === undefined && error.key === undefined ? undefined : readRegularTextFile(file, MAX_CONFIG_BYTES);
      const text = read && 'text' in read ? read.text : undefined;
      this.ctx.publish(pathToUri(file), [configErrorDiagnostic(error, text)]);
      this.shown.set(file, error.message);
      this.ctx.showMessage(MessageType.Error, `negolint: ${error.message} — open plans keep using the last valid config.`);
      connection.console.error(`negolint: config error: ${error.message}`);
    }
    for (const file of [...this.shown.keys()]) {
      if (errors.has(file)) continue;
      this.ctx.publish(pathToUri(file), []);
      this.shown.delete(file);
    }
    this.shownKey = errorsKey(errors);
  }
}
