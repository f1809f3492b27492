/**
 * The negolint language server: wiring only. Documents are linted with the
 * core's `lintText`; everything else (positions, code actions, hovers,
 * symbols, settings, config files) lives in its own small module.
 *
 * Linting in push mode: a change schedules a lint after `debounceMs`; a newer
 * change cancels the scheduled one, and a result is published only if the
 * document has not changed meanwhile, with its version. In pull mode the
 * client asks (`textDocument/diagnostic`) and cancels requests itself.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintText, MAX_CONFIG_BYTES, readRegularTextFile, rules as allRules, type LintResult, VERSION } from '@negolint/core';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type Position,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from './code-actions.js';
import { applySettings, CONFIG_WATCH_GLOBS, ConfigStore, isConfigFileName } from './config-watch.js';
import { configErrorDiagnostic, toDiagnostic } from './diagnostics.js';
import { hover, type RuleInfo } from './hover.js';
import {
  Commands,
  DEFAULT_DEBOUNCE_MS,
  DIAGNOSTIC_PROVIDER_ID,
  FIX_ALL_KIND,
  LintWorkspaceRequest,
  PlanStatusNotification,
  SETTINGS_SECTION,
  type InitializationOptions,
  type LintWorkspaceResult,
  type PlanStatusParams,
} from './protocol.js';
import { LintScheduler } from './scheduler.js';
import { SettingsStore, type Settings } from './settings.js';
import { documentSymbols, flattenSymbols } from './symbols.js';
import { lintFolder } from './workspace.js';

const MARKDOWN_FILE = /\.(?:md|markdown|mdown|mkd)$/i;
/** How long config files must stay unchanged before their errors are shown. */
const CONFIG_SETTLE_MS = 100;
const RULES: ReadonlyMap<string, RuleInfo> = new Map(
  allRules.map((r) => [r.meta.id, { id: r.meta.id, description: r.meta.description, principle: r.meta.principle, url: r.url }]),
);

function uriToPath(uri: string): string | undefined {
  // A didOpen with a malformed uri (a number, an object) still lands in `documents`; throwing
  // here on it broke every loop over the open documents (re-lint, config errors, workspace lint).
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

const pathToUri = (file: string): string => pathToFileURL(file).href;

/**
 * The document a request names, for error messages. Read defensively: reading
 * `params.textDocument.uri` in a catch threw again on params without a document, and the
 * client got an internal error instead of the empty answer.
 */
const paramsUri = (params: unknown): unknown => (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;

const isPosition = (p: unknown): p is Position =>
  typeof (p as Position | undefined)?.line === 'number' && typeof (p as Position).character === 'number';

/**
 * `TextDocument.update`, with each change's range clamped to the document first. The text comes
 * out the same (offsets are clamped anyway), but the line index trusts the range's line numbers:
 * a change on line 10^9 (a buggy client, a malformed message) left a sparse index of 10^9
 * entries, and the next ordinary edit ran the server out of memory.
 */
function updateDocument(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  for (const change of changes) {
    const range = (change as { range?: unknown }).range as { start?: unknown; end?: unknown } | undefined;
    if (range && isPosition(range.start) && isPosition(range.end)) {
      const clamp = (p: Position) => doc.positionAt(doc.offsetAt({ line: Math.trunc(p.line), character: Math.trunc(p.character) }));
      TextDocument.update(doc, [{ ...change, range: { start: clamp(range.start), end: clamp(range.end) } }], version);
    } else TextDocument.update(doc, [change], version);
  }
  return doc;
}

/**
 * Lets the connection read and handle what has already arrived. Incoming messages are
 * queued and handled one per `setImmediate`; an immediate queued now runs before the
 * connection's, so it takes two turns for a change already in the pipe to be applied.
 */
async function letConnectionCatchUp(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

/** A lint result and what it was computed from. */
interface Linted {
  version: number;
  /** The text linted: a client may send a version number again (going backwards) with other text. */
  text: string;
  settings: Settings;
  configGeneration: number;
  result: LintResult;
}

/** Starts the server on a connection (by default the transport named in argv: --stdio, --node-ipc, --socket, --pipe). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments({ create: TextDocument.create, update: updateDocument });
  const configs = new ConfigStore();
  const linted = new Map<string, Linted>();
  const openVersions = new Map<string, number>();
  const planStatus = new Map<string, boolean>();
  const savedReports = new Map<string, DocumentDiagnosticReport>();
  /** Config files with a published error, and the message shown. */
  const configErrorsShown = new Map<string, string>();
  /** Files published by a workspace lint (not open in the editor). */
  const workspacePublished = new Set<string>();
  const unknownRulesReported = new Set<string>();
  const verbose = process.env['NEGOLINT_LSP_LOG'] === '1';

  let settings = new SettingsStore(undefined, undefined);
  let roots: string[] = [];
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let pull = false;
  let refreshSupport = false;
  let documentChanges = false;
  let hierarchicalSymbols = true;
  let hoverMarkdown = true;
  let showDocument = false;
  let watchRegistration = false;
  let configRegistration = false;
  let folderEvents = false;
  let workspaceLintRequested = false;

  const log = (message: string) => {
    if (verbose) process.stderr.write(`[negolint-lsp] ${message}\n`);
  };

  const rootFor = (file: string | undefined): string => {
    if (!file) return roots[0] ?? process.cwd();
    const hit = roots.filter((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep)).sort((a, b) => b.length - a.length)[0];
    return hit ?? path.dirname(file);
  };

  const isMarkdown = (doc: TextDocument): boolean => {
    if (typeof doc.uri !== 'string') return false; // malformed didOpen: never lint or publish for it
    const file = uriToPath(doc.uri) ?? doc.uri;
    return doc.languageId === 'markdown' || MARKDOWN_FILE.test(file);
  };

  /** A `window/showMessage` notification (the `connection.window.show*Message` helpers send requests that wait for an answer). */
  const showMessage = (type: MessageType, message: string) => {
    void connection.sendNotification(ShowMessageNotification.type, { type, message });
  };

  const publish = (uri: string, diagnostics: Diagnostic[], version?: number) => {
    void connection.sendDiagnostics({ uri, diagnostics, ...(version === undefined ? {} : { version }) });
  };

  // ---- config files ---------------------------------------------------------------------------

  /**
   * Config errors are shown after the files settle: an editor saving a config file may be
   * caught half-way through writing it, and a half-written file is not worth a message.
   */
  let configReportTimer: NodeJS.Timeout | undefined;
  const scheduleConfigReport = () => {
    if (configReportTimer) return;
    configReportTimer = setTimeout(() => {
      configReportTimer = undefined;
      try {
        reportConfigErrors();
      } catch (error) {
        connection.console.error(`negolint: checking config files failed: ${String(error)}`);
      }
    }, CONFIG_SETTLE_MS);
  };

  /** The config errors as shown, to tell cheaply whether a report is due. */
  const configErrorsKey = (errors: Map<string, { message: string }>) => [...errors].map(([file, e]) => `${file}\0${e.message}`).join('\n');
  let shownKey = '';

  /**
   * Shows each config error as a diagnostic in its file and once in a message, and clears the
   * files whose errors are gone. Every open document's config (and every file shown as broken)
   * is resolved first, so the set of errors is complete.
   */
  const reportConfigErrors = () => {
    if (configs.stale()) {
      configsChanged([]);
      return;
    }
    for (const doc of documents.all()) {
      const file = uriToPath(doc.uri);
      configs.resolve(file, rootFor(file));
    }
    // Files shown as broken are checked again even when no open plan uses them.
    for (const file of configErrorsShown.keys()) configs.resolve(file, rootFor(file));
    const errors = configs.errors();
    for (const [file, error] of errors) {
      if (configErrorsShown.get(file) === error.message) continue;
      // Only a regular file of bounded size (a config that is a FIFO would block the server
      // here), and only one that was parsed (its error has a line or a key): a file refused
      // unread, such as a link out of the workspace, is not opened for a range either.
      const read = error.line === undefined && error.key === undefined ? undefined : readRegularTextFile(file, MAX_CONFIG_BYTES);
      const text = read && 'text' in read ? read.text : undefined;
      publish(pathToUri(file), [configErrorDiagnostic(error, text)]);
      configErrorsShown.set(file, error.message);
      showMessage(MessageType.Error, `negolint: ${error.message} — open plans keep using the last valid config.`);
      connection.console.error(`negolint: config error: ${error.message}`);
    }
    for (const file of [...configErrorsShown.keys()]) {
      if (errors.has(file)) continue;
      publish(pathToUri(file), []);
      configErrorsShown.delete(file);
    }
    shownKey = configErrorsKey(errors);
  };

  /**
   * Config files changed: forget every loaded config, load the changed files (so their errors
   * are known even when no open plan uses them), re-lint, and report errors once settled.
   */
  const configsChanged = (changedFiles: string[]) => {
    configs.invalidate();
    for (const file of changedFiles) configs.resolve(file, rootFor(file));
    scheduleConfigReport();
    relintAll();
    if (workspaceLintRequested) void lintWorkspace(true);
  };

  // ---- linting ------------------------------------------------------------------------------

  /** Lints a document now, with its settings; undefined when linting failed (logged). */
  const lintNow = (doc: TextDocument, s: Settings): LintResult | undefined => {
    const cached = linted.get(doc.uri);
    if (cached && cached.version === doc.version && cached.text === doc.getText() && cached.settings === s && cached.configGeneration === configs.generation) {
      return cached.result;
    }
    const filePath = uriToPath(doc.uri);
    const root = rootFor(filePath);
    let result: LintResult;
    try {
      const generation = configs.generation;
      let { entry } = configs.resolve(filePath, root);
      if (configs.generation !== generation) {
        // A config file changed on disk and no watcher told us: the same as a watched change.
        configsChanged([]);
        entry = configs.resolve(filePath, root).entry;
      } else if (configErrorsKey(configs.errors()) !== shownKey) scheduleConfigReport();
      const { config, unknownRules } = applySettings(entry, s);
      for (const id of unknownRules) {
        if (unknownRulesReported.has(id)) continue;
        unknownRulesReported.add(id);
        connection.console.warn(`negolint: unknown rule \`${id}\` in the negolint.rules setting, ignored`);
      }
      const text = doc.getText();
      // A fault-injection hook for the process-level robustness test; inert unless the variable is set.
      const fault = process.env['NEGOLINT_LSP_TEST_THROW_ON'];
      if (fault && text.includes(fault)) throw new Error('injected failure (NEGOLINT_LSP_TEST_THROW_ON)');
      const started = performance.now();
      const cpu = verbose ? process.cpuUsage() : undefined;
      // The last result of this document lets the core parse again only what the edit touched.
      result = lintText(text, { filePath, config, cwd: root, previous: cached?.result ?? null });
      if (cpu) {
        const used = process.cpuUsage(cpu);
        log(`linted ${filePath ?? doc.uri} v${doc.version} in ${(performance.now() - started).toFixed(1)} ms (CPU ${((used.user + used.system) / 1000).toFixed(1)} ms): ${result.messages.length} findings`);
      }
    } catch (error) {
      connection.console.error(`negolint: linting ${filePath ?? doc.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
    linted.set(doc.uri, { version: doc.version, text: doc.getText(), settings: s, configGeneration: configs.generation, result });
    if (planStatus.get(doc.uri) !== result.isPlan) {
      planStatus.set(doc.uri, result.isPlan);
      void connection.sendNotification(PlanStatusNotification, { uri: doc.uri, isPlan: result.isPlan, version: doc.version } satisfies PlanStatusParams);
    }
    return result;
  };

  /** The current lint result of an open document (for code actions, hovers, symbols). */
  const currentResult = async (uri: string): Promise<{ doc: TextDocument; result: LintResult } | undefined> => {
    const doc = documents.get(uri);
    if (!doc || !isMarkdown(doc)) return undefined;
    const s = await settings.get(uri);
    if (!s.enable) return undefined;
    const latest = documents.get(uri);
    if (!latest) return undefined;
    const result = lintNow(latest, s);
    return result ? { doc: latest, result } : undefined;
  };

  /** Push mode: lint after the delay unless a newer change comes first; publish only for the current version. */
  const scheduler = new LintScheduler(async (uri, isCurrent) => {
    const s = await settings.get(uri);
    // A change that has already arrived supersedes this run.
    await letConnectionCatchUp();
    if (!isCurrent()) return;
    const doc = documents.get(uri);
    if (!doc || !isMarkdown(doc)) return;
    if (!s.enable) {
      publish(uri, [], doc.version);
      return;
    }
    const result = lintNow(doc, s);
    if (!result) return;
    // A change that arrived while linting makes this result stale: never publish it.
    await letConnectionCatchUp();
    if (!isCurrent() || documents.get(uri)?.version !== doc.version) return;
    publish(uri, result.messages.map((m) => toDiagnostic(m, doc)), doc.version);
  });

  /** Re-lints every open document (settings or config changed). */
  const relintAll = () => {
    if (pull) {
      savedReports.clear();
      if (refreshSupport) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of documents.all()) if (isMarkdown(doc)) scheduler.schedule(doc.uri, 0);
  };

  const pullReport = async (uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> => {
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    let doc = documents.get(uri);
    if (!doc || !isMarkdown(doc)) return empty;
    const s = await settings.get(uri);
    if (!s.enable) return empty;
    if (s.run === 'onSave') {
      const saved = savedReports.get(uri);
      if (saved) return saved;
    } else if (debounceMs > 0 && doc.version !== openVersions.get(uri)) {
      await new Promise((resolve) => setTimeout(resolve, debounceMs));
    }
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer change', { retriggerRequest: true });
    doc = documents.get(uri);
    if (!doc) return empty;
    const resultId = `${doc.version}:${configs.generation}`;
    const cached = linted.get(uri);
    if (previousResultId === resultId && cached?.version === doc.version && cached.text === doc.getText() && cached.settings === s) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    }
    const result = lintNow(doc, s);
    if (!result) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'linting failed (see the server log)', { retriggerRequest: false });
    await letConnectionCatchUp();
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer change', { retriggerRequest: true });
    const current = doc;
    const report: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, resultId, items: result.messages.map((m) => toDiagnostic(m, current)) };
    if (s.run === 'onSave') savedReports.set(uri, report);
    return report;
  };

  // ---- workspace ----------------------------------------------------------------------------

  const lintWorkspace = async (force: boolean): Promise<LintWorkspaceResult> => {
    const summary: LintWorkspaceResult = { filesLinted: 0, plansFound: 0, problems: 0 };
    for (const root of roots) {
      const s = await settings.get(pathToUri(root));
      if (!s.enable || (!force && !s.lintWorkspaceOnStartup)) continue;
      workspaceLintRequested = true;
      const known = Object.fromEntries(Object.entries(s.rules).filter(([id]) => RULES.has(id)));
      try {
        // Open documents are linted from the editor's text, not from disk.
        const open = new Set(documents.all().map((d) => uriToPath(d.uri)));
        const report = await lintFolder(root, known, (file) => open.has(file) || documents.get(pathToUri(file)) !== undefined);
        summary.filesLinted += report.filesLinted;
        summary.plansFound += report.plansFound;
        summary.problems += report.problems;
        for (const { uri, diagnostics } of report.files) {
          if (documents.get(uri)) continue; // opened meanwhile
          if (diagnostics.length === 0 && !workspacePublished.has(uri)) continue;
          publish(uri, diagnostics);
          if (diagnostics.length > 0) workspacePublished.add(uri);
          else workspacePublished.delete(uri);
        }
        for (const error of report.configErrors) if (error.file) configs.resolve(error.file, root);
        if (report.configErrors.length > 0) scheduleConfigReport();
      } catch (error) {
        connection.console.error(`negolint: linting the workspace ${root} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
    return summary;
  };

  // ---- protocol -----------------------------------------------------------------------------

  connection.onInitialize((params): InitializeResult => {
    const c = params.capabilities;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    pull = !!c.textDocument?.diagnostic && options.pushDiagnostics !== true;
    refreshSupport = !!c.workspace?.diagnostics?.refreshSupport;
    documentChanges = !!c.workspace?.workspaceEdit?.documentChanges;
    hierarchicalSymbols = !!c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    hoverMarkdown = c.textDocument?.hover?.contentFormat?.includes('markdown') ?? false;
    showDocument = !!c.window?.showDocument?.support;
    watchRegistration = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    configRegistration = !!c.workspace?.didChangeConfiguration?.dynamicRegistration;
    folderEvents = !!c.workspace?.workspaceFolders;
    const fetch = c.workspace?.configuration
      ? (scopeUri: string) => connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }) as Promise<unknown>
      : undefined;
    settings = new SettingsStore(fetch, options.settings, (error) => connection.console.warn(`negolint: cannot read settings: ${String(error)}`));
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    roots = folders?.length ? folders : params.rootUri ? [uriToPath(params.rootUri)].filter((p): p is string => !!p) : params.rootPath ? [params.rootPath] : [];
    log(`initialize: ${pull ? 'pull' : 'push'} diagnostics, debounce ${debounceMs} ms, roots ${roots.join(', ') || '(none)'}`);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'negolint' },
        ...(pull ? { diagnosticProvider: { identifier: DIAGNOSTIC_PROVIDER_ID, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        ...(options.advertiseCommands ? { executeCommandProvider: { commands: [Commands.openRuleDocs] } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'negolint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (configRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_WATCH_GLOBS.map((globPattern) => ({ globPattern })) });
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        roots = [...roots.filter((r) => !removed.has(r)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        configs.invalidate();
        relintAll();
      });
    }
    void lintWorkspace(false);
  });

  documents.onDidOpen(({ document }) => {
    openVersions.set(document.uri, document.version);
    // Pull clients show pulled diagnostics for open files; drop what the workspace lint pushed.
    if (pull && workspacePublished.delete(document.uri)) publish(document.uri, []);
  });

  documents.onDidChangeContent(({ document }) => {
    if (pull || !isMarkdown(document)) return;
    const first = openVersions.get(document.uri) === document.version && !linted.has(document.uri);
    void settings.get(document.uri).then((s) => {
      // Lint on open in every mode; later changes only while typing counts.
      if (first) scheduler.schedule(document.uri, 0);
      else if (s.run === 'onType') scheduler.schedule(document.uri, debounceMs);
    });
  });

  documents.onDidSave(({ document }) => {
    void settings.get(document.uri).then((s) => {
      if (s.run !== 'onSave') return;
      if (pull) {
        savedReports.delete(document.uri);
        if (refreshSupport) void connection.languages.diagnostics.refresh();
      } else scheduler.schedule(document.uri, 0);
    });
  });

  documents.onDidClose(({ document }) => {
    const uri = document.uri;
    scheduler.cancel(uri);
    linted.delete(uri);
    openVersions.delete(uri);
    planStatus.delete(uri);
    savedReports.delete(uri);
    settings.forget(uri);
    workspacePublished.delete(uri);
    publish(uri, []);
  });

  /** After `shutdown`, requests are answered with InvalidRequest, as the LSP specification says. */
  let shutDown = false;
  const refuseAfterShutdown = () => {
    if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'negolint: the server is shutting down');
  };

  connection.languages.diagnostics.on(async (params, token) => {
    refuseAfterShutdown();
    try {
      return await pullReport(params.textDocument.uri, params.previousResultId, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`negolint: diagnostics for ${paramsUri(params)} failed: ${String(error)}`);
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const raw = (change.settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
    if (raw !== undefined) settings.setGlobal(raw);
    settings.clear();
    relintAll();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const configFiles = changes.flatMap((c) => {
      const file = uriToPath(c.uri);
      return file !== undefined && isConfigFileName(file) ? [{ file, deleted: c.type === FileChangeType.Deleted }] : [];
    });
    if (configFiles.length > 0) configsChanged(configFiles.filter((c) => !c.deleted).map((c) => c.file));
  });

  connection.onCodeAction(async (params) => {
    refuseAfterShutdown();
    try {
      const current = await currentResult(params.textDocument.uri);
      return current ? codeActions(current.doc, current.result, params, { documentChanges }) : [];
    } catch (error) {
      connection.console.error(`negolint: code actions for ${paramsUri(params)} failed: ${String(error)}`);
      return [];
    }
  });

  connection.onHover(async (params) => {
    refuseAfterShutdown();
    try {
      const current = await currentResult(params.textDocument.uri);
      return current ? hover(current.doc, current.result, params.position, RULES, hoverMarkdown) : null;
    } catch (error) {
      connection.console.error(`negolint: hover for ${paramsUri(params)} failed: ${String(error)}`);
      return null;
    }
  });

  connection.onDocumentSymbol(async (params) => {
    refuseAfterShutdown();
    try {
      const current = await currentResult(params.textDocument.uri);
      if (!current) return [];
      const symbols = documentSymbols(current.doc, current.result.plan);
      return hierarchicalSymbols ? symbols : flattenSymbols(current.doc.uri, symbols);
    } catch (error) {
      connection.console.error(`negolint: symbols for ${paramsUri(params)} failed: ${String(error)}`);
      return [];
    }
  });

  connection.onExecuteCommand(async (params) => {
    refuseAfterShutdown();
    if (params.command !== Commands.openRuleDocs) return null;
    const arg = params.arguments?.[0] as string | { url?: string } | undefined;
    const url = typeof arg === 'string' ? arg : arg?.url;
    if (!url) return null;
    if (showDocument) {
      try {
        if ((await connection.window.showDocument({ uri: url, external: true })).success) return null;
      } catch (error) {
        connection.console.warn(`negolint: the client could not open ${url}: ${String(error)}`);
      }
    }
    showMessage(MessageType.Info, `negolint rule documentation: ${url}`);
    return null;
  });

  connection.onRequest(LintWorkspaceRequest, () => {
    refuseAfterShutdown();
    return lintWorkspace(true);
  });

  connection.onShutdown(() => {
    shutDown = true;
    scheduler.dispose();
    clearTimeout(configReportTimer);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
