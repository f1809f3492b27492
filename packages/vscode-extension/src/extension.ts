/**
 * The VS Code client: starts the bundled negolint language server over IPC and
 * adds commands, a status bar item and nothing else — all linting happens in
 * the server, which calls @negolint/core. The server also registers the
 * watchers for config files (their names are the core's), so the client
 * keeps no list of its own; the names it shares with the server come from
 * `@negolint/lsp/protocol`.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { PlanSummary } from '@negolint/core';
import { Commands, LintWorkspaceRequest, PlanStatusNotification, PlanSummaryRequest, SETTINGS_SECTION, SOURCE, type InitializationOptions, type PlanStatusParams, type PlanSummaryParams } from '@negolint/lsp/protocol';
import { EXTENSION_COMMANDS } from './commands';
import { planFileName } from './new-plan';
import { lensTitle, nonce, panelHtml } from './range';
import { statusView } from './status';

// The example plan of `negolint init`, inlined from @negolint/core at build time (scripts/build.mjs).
declare const __NEGOLINT_PLAN_TEMPLATE__: string;
const PLAN_TEMPLATE = __NEGOLINT_PLAN_TEMPLATE__;

/** How many times the client restarts a server that stopped before it gives up. */
const MAX_RESTARTS = 5;

let client: LanguageClient | undefined;
const planStatus = new Map<string, boolean>();

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const output = vscode.window.createOutputChannel('negolint');
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.mjs'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  let restarts = 0;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: SETTINGS_SECTION },
    outputChannel: output,
    traceOutputChannel: output,
    // Quick fixes that insert a skeleton come as negolint.insertSnippet: the cursor lands on the first field.
    // No document symbols: VS Code's Markdown outline is the one outline (two would duplicate every heading).
    initializationOptions: { snippetFixes: true, documentSymbols: false } satisfies InitializationOptions,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        restarts++;
        // The client's own restart policy, reported once so a crash is never silent.
        if (restarts === 1) void vscode.window.showWarningMessage('The negolint server stopped and is being restarted. See "negolint: Show output" for details.');
        return { action: restarts <= MAX_RESTARTS ? CloseAction.Restart : CloseAction.DoNotRestart };
      },
    },
  };
  client = new LanguageClient('negolint', 'negolint', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.command = 'workbench.actions.view.problems';
  status.name = 'negolint';
  const refresh = () => {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    const diags = doc ? vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE) : [];
    const view = statusView({
      enabled: vscode.workspace.getConfiguration(SETTINGS_SECTION, doc?.uri).get<boolean>('enable', true),
      isMarkdown: doc?.languageId === 'markdown',
      errors: diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
      warnings: diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
      isPlan: doc ? (planStatus.get(doc.uri.toString()) ?? (diags.length > 0 ? true : undefined)) : undefined,
    });
    status.text = view.text;
    status.tooltip = view.tooltip;
    if (view.visible) status.show();
    else status.hide();
  };

  context.subscriptions.push(
    output,
    status,
    vscode.languages.onDidChangeDiagnostics(refresh),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTINGS_SECTION) && refresh()),
    vscode.commands.registerCommand(
      Commands.insertSnippet,
      async (uri: string, version: number, range: { start: { line: number; character: number }; end: { line: number; character: number } }, snippet: string) => {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
        // A fix computed for an older text would land in the wrong place.
        if (doc.version !== version) return;
        const editor = await vscode.window.showTextDocument(doc);
        const at = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
        await editor.insertSnippet(new vscode.SnippetString(snippet), at, { undoStopBefore: true, undoStopAfter: true });
      },
    ),
    vscode.commands.registerCommand(EXTENSION_COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(EXTENSION_COMMANDS.restartServer, async () => {
      await client?.restart();
      void vscode.window.showInformationMessage('negolint server restarted.');
    }),
    vscode.commands.registerCommand(EXTENSION_COMMANDS.lintWorkspace, async () => {
      await client?.sendRequest(LintWorkspaceRequest);
      // Focus Problems: 'workbench.actions.view.problems' toggles, and closed the panel when it was open.
      await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
    }),
    vscode.commands.registerCommand(EXTENSION_COMMANDS.openRuleDocs, async (arg?: string | { url?: string; ruleId?: string }) => {
      let url = typeof arg === 'string' ? arg : arg?.url;
      if (!url) {
        const rules = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(context.asAbsolutePath('dist/rules.json')))).toString('utf8')) as { id: string; description: string; url: string }[];
        const pick = await vscode.window.showQuickPick(rules.map((r) => ({ label: r.id, description: r.description, url: r.url })), { placeHolder: 'Rule' });
        url = pick?.url;
      }
      if (url) await vscode.env.openExternal(vscode.Uri.parse(url));
    }),
    vscode.commands.registerCommand(EXTENSION_COMMANDS.newPlan, async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: PLAN_TEMPLATE });
        await vscode.window.showTextDocument(doc);
        return;
      }
      const entries = await vscode.workspace.fs.readDirectory(folder.uri);
      const name = planFileName(new Set(entries.map(([n]) => n)));
      const uri = vscode.Uri.joinPath(folder.uri, name);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(PLAN_TEMPLATE));
      await vscode.window.showTextDocument(uri);
    }),
  );

  // ---- negotiation range: a panel beside the plan and a CodeLens on its title -----------------
  const summaryOf = async (uri: vscode.Uri): Promise<PlanSummary | null> => {
    if (!client || client.state !== State.Running) return null;
    try {
      return await client.sendRequest<PlanSummary | null>(PlanSummaryRequest, { textDocument: { uri: uri.toString() } } satisfies PlanSummaryParams);
    } catch (error) {
      output.appendLine(`negolint: plan summary of ${uri.toString()} failed: ${String(error)}`);
      return null;
    }
  };
  let panel: vscode.WebviewPanel | undefined;
  let panelUri: vscode.Uri | undefined;
  let panelTimer: ReturnType<typeof setTimeout> | undefined;
  const renderPanel = async () => {
    if (!panel || !panelUri) return;
    const uri = panelUri;
    const summary = await summaryOf(uri);
    // Another plan may have been chosen meanwhile.
    if (!panel || panelUri?.toString() !== uri.toString()) return;
    panel.title = `Range: ${path.basename(uri.fsPath || uri.path)}`;
    panel.webview.html = panelHtml(summary, { nonce: nonce(), fileName: vscode.workspace.asRelativePath(uri) });
  };
  const lensChanged = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    lensChanged,
    vscode.commands.registerCommand(EXTENSION_COMMANDS.showRange, async (arg?: vscode.Uri | string) => {
      const uri = typeof arg === 'string' ? vscode.Uri.parse(arg) : (arg ?? vscode.window.activeTextEditor?.document.uri);
      if (!uri) {
        void vscode.window.showInformationMessage('Open a negotiation plan to show its range.');
        return;
      }
      panelUri = uri;
      if (!panel) {
        // No scripts: the panel is redrawn from the server's summary whenever the plan changes.
        panel = vscode.window.createWebviewPanel('negolint.range', 'Negotiation range', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, enableFindWidget: true, localResourceRoots: [] });
        panel.onDidDispose(() => {
          panel = undefined;
          panelUri = undefined;
        });
      } else panel.reveal(vscode.ViewColumn.Beside, true);
      await renderPanel();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!panel || e.document.uri.toString() !== panelUri?.toString()) return;
      // Updated as you type, after the same pause the server waits before linting.
      clearTimeout(panelTimer);
      panelTimer = setTimeout(() => void renderPanel(), 300);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTINGS_SECTION)) {
        lensChanged.fire();
        void renderPanel();
      }
    }),
    vscode.languages.onDidChangeDiagnostics(() => lensChanged.fire()),
    vscode.languages.registerCodeLensProvider(
      { language: 'markdown' },
      {
        onDidChangeCodeLenses: lensChanged.event,
        async provideCodeLenses(document) {
          if (!vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri).get<boolean>('codeLens', true)) return [];
          if (planStatus.get(document.uri.toString()) === false) return [];
          const summary = await summaryOf(document.uri);
          if (!summary) return [];
          // On the title: the first heading, else the first line after the frontmatter.
          const lines = document.getText().split(/\r?\n/);
          let line = lines.findIndex((l) => /^#{1,6}\s/.test(l));
          if (line < 0) line = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
          const range = new vscode.Range(line, 0, line, 0);
          return [new vscode.CodeLens(range, { title: lensTitle(summary), command: EXTENSION_COMMANDS.showRange, arguments: [document.uri], tooltip: 'negolint: show the negotiation range and the readiness checklist' })];
        },
      },
    ),
  );

  client.onDidChangeState((e) => {
    if (e.newState === State.Running) refresh();
  });
  await client.start();
  client.onNotification(PlanStatusNotification, (p: PlanStatusParams) => {
    planStatus.set(p.uri, p.isPlan);
    refresh();
    lensChanged.fire();
  });
  refresh();
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
