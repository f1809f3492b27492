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
import { Commands, LintWorkspaceRequest, PlanStatusNotification, SETTINGS_SECTION, SOURCE, type InitializationOptions, type PlanStatusParams } from '@negolint/lsp/protocol';
import { EXTENSION_COMMANDS } from './commands';
import { planFileName } from './new-plan';
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

  client.onDidChangeState((e) => {
    if (e.newState === State.Running) refresh();
  });
  await client.start();
  client.onNotification(PlanStatusNotification, (p: PlanStatusParams) => {
    planStatus.set(p.uri, p.isPlan);
    refresh();
  });
  refresh();
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
