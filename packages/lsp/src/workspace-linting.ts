/**
 * Linting the plans of the workspace folders that are not open: at start-up
 * with `negolint.lintWorkspaceOnStartup`, on `negolint/lintWorkspace`, and again
 * when config files change once either has happened. Files are published
 * without a version; an open document's own diagnostics replace them.
 */
import type { ConfigErrors } from './config-errors.js';
import { knownRuleSettings } from './config-watch.js';
import { pathToUri, uriToPath, type ServerContext } from './context.js';
import type { LintWorkspaceResult } from './protocol.js';
import { lintFolder } from './workspace.js';

export class WorkspaceLinter {
  /** Files published by a workspace lint (not open in the editor). */
  private readonly published = new Set<string>();
  /** A workspace lint has run: config changes lint the workspace again. */
  private requested = false;

  constructor(
    private readonly ctx: ServerContext,
    private readonly configErrors: ConfigErrors,
  ) {}

  listen(): void {
    const { documents } = this.ctx;
    documents.onDidOpen(({ document }) => {
      // Pull clients show pulled diagnostics for open files; drop what the workspace lint pushed.
      if (this.ctx.client.pull && this.published.delete(document.uri)) this.ctx.publish(document.uri, []);
    });
    documents.onDidClose(({ document }) => {
      this.published.delete(document.uri);
      // After a workspace lint the Problems panel lists the workspace: a plan closed in the editor stays
      // there with the findings of its text on disk, as the files never opened do.
      if (this.requested) void this.lintClosed(document.uri);
    });
  }

  private async lintClosed(uri: string): Promise<void> {
    const file = uriToPath(uri);
    const root = file ? this.ctx.workspaceFolderOf(file) : undefined;
    if (!file || !root) return;
    const s = await this.ctx.settings.get(pathToUri(root));
    if (!s.enable) return;
    try {
      const report = await lintFolder(root, knownRuleSettings(s.rules), () => false, [file]);
      for (const { uri: linted, diagnostics } of report.files) {
        // Opened again meanwhile: the editor's text wins.
        if (linted !== uri || this.ctx.documents.get(uri) || diagnostics.length === 0) continue;
        this.ctx.publish(uri, diagnostics);
        this.published.add(uri);
      }
    } catch (error) {
      this.ctx.error(`linting ${file}`, error);
    }
  }

  /** Config files changed: lint the workspace again if it was linted before. */
  configsChanged(): void {
    if (this.requested) void this.lint(true);
  }

  /** Lints every workspace folder (`force`), or those whose settings ask for it at start-up. */
  async lint(force: boolean): Promise<LintWorkspaceResult> {
    const { documents, configs } = this.ctx;
    const summary: LintWorkspaceResult = { filesLinted: 0, plansFound: 0, problems: 0 };
    for (const root of this.ctx.roots) {
      const s = await this.ctx.settings.get(pathToUri(root));
      if (!s.enable || (!force && !s.lintWorkspaceOnStartup)) continue;
      this.requested = true;
      try {
        // Open documents are linted from the editor's text, not from disk.
        const open = new Set(documents.all().map((d) => uriToPath(d.uri)));
        const report = await lintFolder(root, knownRuleSettings(s.rules), (file) => open.has(file) || documents.get(pathToUri(file)) !== undefined);
        summary.filesLinted += report.filesLinted;
        summary.plansFound += report.plansFound;
        summary.problems += report.problems;
        for (const { uri, diagnostics } of report.files) {
          if (documents.get(uri)) continue; // opened meanwhile
          if (diagnostics.length === 0 && !this.published.has(uri)) continue;
          this.ctx.publish(uri, diagnostics);
          if (diagnostics.length > 0) this.published.add(uri);
          else this.published.delete(uri);
        }
        for (const error of report.configErrors) if (error.file) configs.resolve(error.file, root);
        if (report.configErrors.length > 0) this.configErrors.schedule();
      } catch (error) {
        this.ctx.error(`linting the workspace ${root}`, error);
      }
    }
    return summary;
  }
}
