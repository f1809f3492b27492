/**
 * Linting open documents. In push mode a change schedules a lint after
 * `debounceMs`; a newer change cancels the scheduled one, and a result is
 * published only if the document has not changed meanwhile, with its version.
 * In pull mode the client asks (`textDocument/diagnostic`) and cancels requests
 * itself. Results are cached per document for code actions, hovers and symbols.
 */
import { rules as allRules, summarizePlan, type LintResult, type PlanSummary, type ResolvedConfig } from '@negolint/core';
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applySettings } from './config-watch.js';
import type { ConfigErrors } from './config-errors.js';
import { letConnectionCatchUp, uriToPath, type ServerContext } from './context.js';
import { toDiagnostic } from './diagnostics.js';
import { PlanStatusNotification, type PlanStatusParams } from './protocol.js';
import { LintScheduler } from './scheduler.js';
import type { Settings } from './settings.js';

/** A lint result and what it was computed from. */
interface Linted {
  version: number;
  /** The text linted: a client may send a version number again (going backwards) with other text. */
  text: string;
  settings: Settings;
  configGeneration: number;
  result: LintResult;
  /** The rule settings it was linted with, for the plan summary. */
  rules: ResolvedConfig['rules'];
  /** The plan summary, built on the first `negolint/planSummary` request for this result. */
  summary?: PlanSummary | null;
}

export class DocumentLinter {
  private readonly linted = new Map<string, Linted>();
  private readonly openVersions = new Map<string, number>();
  private readonly planStatus = new Map<string, boolean>();
  /** Pull mode with `run: onSave`: the report of the last save, answered until the next one. */
  private readonly savedReports = new Map<string, DocumentDiagnosticReport>();
  private readonly unknownRulesReported = new Set<string>();
  /** Push mode: lint after the delay unless a newer change comes first; publish only for the current version. */
  private readonly scheduler = new LintScheduler((uri, isCurrent) => this.lintAndPublish(uri, isCurrent));

  constructor(
    private readonly ctx: ServerContext,
    private readonly configErrors: ConfigErrors,
  ) {}

  /** Follows the open documents: lint on open, on change (while typing) or on save. */
  listen(): void {
    const { documents } = this.ctx;
    documents.onDidOpen(({ document }) => this.openVersions.set(document.uri, document.version));

    documents.onDidChangeContent(({ document }) => {
      if (this.ctx.client.pull || !this.ctx.isMarkdown(document)) return;
      const first = this.openVersions.get(document.uri) === document.version && !this.linted.has(document.uri);
      void this.ctx.settings.get(document.uri).then((s) => {
        // Lint on open in every mode; later changes only while typing counts.
        if (first) this.scheduler.schedule(document.uri, 0);
        else if (s.run === 'onType') this.scheduler.schedule(document.uri, this.ctx.debounceMs);
      });
    });

    documents.onDidSave(({ document }) => {
      void this.ctx.settings.get(document.uri).then((s) => {
        if (s.run !== 'onSave') return;
        if (this.ctx.client.pull) {
          this.savedReports.delete(document.uri);
          if (this.ctx.client.refreshSupport) void this.ctx.connection.languages.diagnostics.refresh();
        } else this.scheduler.schedule(document.uri, 0);
      });
    });

    documents.onDidClose(({ document }) => {
      const uri = document.uri;
      this.scheduler.cancel(uri);
      this.linted.delete(uri);
      this.openVersions.delete(uri);
      this.planStatus.delete(uri);
      this.savedReports.delete(uri);
      this.ctx.settings.forget(uri);
      this.ctx.publish(uri, []);
    });
  }

  /** Re-lints every open document (settings or config changed). */
  relintAll(): void {
    if (this.ctx.client.pull) {
      this.savedReports.clear();
      if (this.ctx.client.refreshSupport) void this.ctx.connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of this.ctx.documents.all()) if (this.ctx.isMarkdown(doc)) this.scheduler.schedule(doc.uri, 0);
  }

  /** The current lint result of an open document (for code actions, hovers, symbols). */
  async current(uri: string): Promise<{ doc: TextDocument; result: LintResult } | undefined> {
    const linted = await this.currentEntry(uri);
    return linted ? { doc: linted.doc, result: linted.entry.result } : undefined;
  }

  /**
   * The plan summary of an open document's current text (`negolint/planSummary`), built once per
   * lint result; null when the document is not open, not Markdown, not a plan, or negolint is off for it.
   */
  async summary(uri: string): Promise<PlanSummary | null> {
    const linted = await this.currentEntry(uri);
    if (!linted) return null;
    // The entry of this very lint, even when another request has linted a newer text since.
    const { entry } = linted;
    if (entry.summary === undefined) {
      const { plan, messages } = entry.result;
      entry.summary = plan?.isPlan ? summarizePlan({ plan, messages, rules: entry.rules, allRules, filePath: uriToPath(uri) }) : null;
    }
    return entry.summary;
  }

  private async currentEntry(uri: string): Promise<{ doc: TextDocument; entry: Linted } | undefined> {
    const doc = this.ctx.documents.get(uri);
    if (!doc || !this.ctx.isMarkdown(doc)) return undefined;
    const s = await this.ctx.settings.get(uri);
    if (!s.enable) return undefined;
    const latest = this.ctx.documents.get(uri);
    if (!latest) return undefined;
    const entry = this.lintNow(latest, s);
    return entry ? { doc: latest, entry } : undefined;
  }

  /** Pull mode: the report for `textDocument/diagnostic`. */
  async pullReport(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const { documents, configs } = this.ctx;
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    let doc = documents.get(uri);
    if (!doc || !this.ctx.isMarkdown(doc)) return empty;
    const s = await this.ctx.settings.get(uri);
    if (!s.enable) return empty;
    if (s.run === 'onSave') {
      const saved = this.savedReports.get(uri);
      if (saved) return saved;
    } else if (this.ctx.debounceMs > 0 && doc.version !== this.openVersions.get(uri)) {
      await new Promise((resolve) => setTimeout(resolve, this.ctx.debounceMs));
    }
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer change', { retriggerRequest: true });
    doc = documents.get(uri);
    if (!doc) return empty;
    const resultId = `${doc.version}:${configs.generation}`;
    const cached = this.linted.get(uri);
    if (previousResultId === resultId && cached?.version === doc.version && cached.text === doc.getText() && cached.settings === s) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    }
    const result = this.lintNow(doc, s)?.result;
    if (!result) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'linting failed (see the server log)', { retriggerRequest: false });
    await letConnectionCatchUp();
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer change', { retriggerRequest: true });
    const current = doc;
    const report: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, resultId, items: result.messages.map((m) => toDiagnostic(m, current)) };
    if (s.run === 'onSave') this.savedReports.set(uri, report);
    return report;
  }

  dispose(): void {
    this.scheduler.dispose();
  }

  private async lintAndPublish(uri: string, isCurrent: () => boolean): Promise<void> {
    const s = await this.ctx.settings.get(uri);
    // A change that has already arrived supersedes this run.
    await letConnectionCatchUp();
    if (!isCurrent()) return;
    const doc = this.ctx.documents.get(uri);
    if (!doc || !this.ctx.isMarkdown(doc)) return;
    if (!s.enable) {
      this.ctx.publish(uri, [], doc.version);
      return;
    }
    const result = this.lintNow(doc, s)?.result;
    if (!result) return;
    // A change that arrived while linting makes this result stale: never publish it.
    await letConnectionCatchUp();
    if (!isCurrent() || this.ctx.documents.get(uri)?.version !== doc.version) return;
    this.ctx.publish(uri, result.messages.map((m) => toDiagnostic(m, doc)), doc.version);
  }

  /** Lints a document now, with its settings (or reuses the last lint of the same text); undefined when linting failed (logged). */
  private lintNow(doc: TextDocument, s: Settings): Linted | undefined {
    const { configs, connection } = this.ctx;
    const cached = this.linted.get(doc.uri);
    if (cached && cached.version === doc.version && cached.text === doc.getText() && cached.settings === s && cached.configGeneration === configs.generation) {
      return cached;
    }
    const filePath = uriToPath(doc.uri);
    const root = this.ctx.rootFor(filePath);
    let result: LintResult;
    let ruleSettings: ResolvedConfig['rules'];
    try {
      const generation = configs.generation;
      let { entry } = configs.resolve(filePath, root);
      if (configs.generation !== generation) {
        // A config file changed on disk and no watcher told us: the same as a watched change.
        this.configErrors.changed([]);
        entry = configs.resolve(filePath, root).entry;
      } else this.configErrors.checkSoon();
      const { config, unknownRules } = applySettings(entry, s);
      ruleSettings = config.rules;
      for (const id of unknownRules) {
        if (this.unknownRulesReported.has(id)) continue;
        this.unknownRulesReported.add(id);
        connection.console.warn(`negolint: unknown rule \`${id}\` in the negolint.rules setting, ignored`);
      }
      const started = performance.now();
      const cpu = this.ctx.verbose ? process.cpuUsage() : undefined;
      // The last result of this document lets the core parse again only what the edit touched.
      result = this.ctx.lintText(doc.getText(), { filePath, config, cwd: root, previous: cached?.result ?? null });
      if (cpu) {
        const used = process.cpuUsage(cpu);
        this.ctx.log(`linted ${filePath ?? doc.uri} v${doc.version} in ${(performance.now() - started).toFixed(1)} ms (CPU ${((used.user + used.system) / 1000).toFixed(1)} ms): ${result.messages.length} findings`);
      }
    } catch (error) {
      this.ctx.error(`linting ${filePath ?? doc.uri}`, error);
      return undefined;
    }
    const entry: Linted = { version: doc.version, text: doc.getText(), settings: s, configGeneration: configs.generation, result, rules: ruleSettings };
    this.linted.set(doc.uri, entry);
    if (this.planStatus.get(doc.uri) !== result.isPlan) {
      this.planStatus.set(doc.uri, result.isPlan);
      void connection.sendNotification(PlanStatusNotification, { uri: doc.uri, isPlan: result.isPlan, version: doc.version } satisfies PlanStatusParams);
    }
    return entry;
  }
}
