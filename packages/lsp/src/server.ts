/**
 * The negolint language server: wiring only. The parts, each with its own
 * state, follow vscode-eslint's split:
 *
 * - document-linting.ts: lint open documents (push with debounce, or pull)
 * - config-errors.ts:    show broken config files where they are
 * - workspace-linting.ts: lint the plans of the workspace folders
 * - features.ts:          code actions, hover, symbols, the plan summary, commands
 *
 * context.ts holds what they share: the connection, the open documents, config
 * files, settings, workspace roots and what the client can do.
 */
import { findConfigFile, VERSION } from '@negolint/core';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { ConfigErrors } from './config-errors.js';
import { CONFIG_WATCH_GLOBS, isConfigFileName } from './config-watch.js';
import { clientFeatures, paramsUri, ServerContext, uriToPath, type ServerOptions } from './context.js';
import { DocumentLinter } from './document-linting.js';
import { registerFeatures } from './features.js';
import { Commands, DIAGNOSTIC_PROVIDER_ID, FIX_ALL_KIND, LintWorkspaceRequest, SETTINGS_SECTION, type InitializationOptions } from './protocol.js';
import { SettingsStore } from './settings.js';
import { WorkspaceLinter } from './workspace-linting.js';

export type { ServerOptions } from './context.js';

/** Starts the server on a connection (by default the transport named in argv: --stdio, --node-ipc, --socket, --pipe). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all), options: ServerOptions = {}): Connection {
  const ctx = new ServerContext(connection, options);
  const configErrors = new ConfigErrors(ctx, () => {
    documents.relintAll();
    workspace.configsChanged();
  });
  const documents = new DocumentLinter(ctx, configErrors);
  const workspace = new WorkspaceLinter(ctx, configErrors);

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const client = clientFeatures(params.capabilities, options);
    ctx.client = client;
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) ctx.debounceMs = options.debounceMs;
    if (typeof options.configSettleMs === 'number' && options.configSettleMs >= 0) configErrors.settleMs = options.configSettleMs;
    const fetch = client.workspaceConfiguration
      ? (scopeUri: string) => connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }) as Promise<unknown>
      : undefined;
    ctx.settings = new SettingsStore(fetch, options.settings, (error) => connection.console.warn(`negolint: cannot read settings: ${String(error)}`));
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    ctx.roots = folders?.length ? folders : params.rootUri ? [uriToPath(params.rootUri)].filter((p): p is string => !!p) : params.rootPath ? [params.rootPath] : [];
    ctx.log(`initialize: ${client.pull ? 'pull' : 'push'} diagnostics, debounce ${ctx.debounceMs} ms, roots ${ctx.roots.join(', ') || '(none)'}`);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        ...(options.documentSymbols === false ? {} : { documentSymbolProvider: { label: 'negolint' } }),
        ...(client.pull ? { diagnosticProvider: { identifier: DIAGNOSTIC_PROVIDER_ID, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        ...(options.advertiseCommands ? { executeCommandProvider: { commands: [Commands.openRuleDocs] } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'negolint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    const { client } = ctx;
    // The first lines of the client's output: which server runs, and which config each folder uses.
    connection.console.info(`negolint language server ${VERSION} started (Node ${process.version}).`);
    for (const root of ctx.roots) {
      let config: string | undefined;
      try {
        config = findConfigFile(root);
      } catch {
        config = undefined;
      }
      connection.console.info(`negolint: ${root}: ${config ? `config ${config}` : 'no config file, the recommended preset'} (a plan in a subfolder uses its nearest config file).`);
    }
    if (client.configRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    if (client.watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_WATCH_GLOBS.map((globPattern) => ({ globPattern })) });
    }
    if (client.folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        ctx.roots = [...ctx.roots.filter((r) => !removed.has(r)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        ctx.configs.invalidate();
        documents.relintAll();
      });
    }
    void workspace.lint(false);
  });

  documents.listen();
  workspace.listen();
  registerFeatures(ctx, documents);

  connection.languages.diagnostics.on(async (params, token) => {
    ctx.refuseAfterShutdown();
    try {
      return await documents.pullReport(params.textDocument.uri, params.previousResultId, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`negolint: diagnostics for ${paramsUri(params)} failed: ${String(error)}`);
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const raw = (change.settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
    if (raw !== undefined) ctx.settings.setGlobal(raw);
    ctx.settings.clear();
    documents.relintAll();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const configFiles = changes.flatMap((c) => {
      const file = uriToPath(c.uri);
      return file !== undefined && isConfigFileName(file) ? [{ file, deleted: c.type === FileChangeType.Deleted }] : [];
    });
    if (configFiles.length > 0) configErrors.changed(configFiles.filter((c) => !c.deleted).map((c) => c.file));
  });

  connection.onRequest(LintWorkspaceRequest, () => {
    ctx.refuseAfterShutdown();
    return workspace.lint(true);
  });

  connection.onShutdown(() => {
    ctx.shutDown = true;
    documents.dispose();
    configErrors.dispose();
  });

  ctx.documents.listen(connection);
  connection.listen();
  return connection;
}
