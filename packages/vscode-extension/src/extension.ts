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
import { planSkeleton } from '@negolint/core/templates';
import { EXTENSION_COMMANDS } from './commands';
import { localDocsLinks, docsCommandUri, ruleIdOf } from './docs';
import { SIDE_PICKS, sideOf } from './new-plan';
import { lensTitle, nonce, panelHtml } from './range';
import { statusView } from './status';

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
  // A finding's rule link (Problems panel, hover) opens the page bundled in dist/docs, not the web.
  const localDocs = (d: vscode.Diagnostic): vscode.Diagnostic => {
    if (d.source === SOURCE && typeof d.code === 'object' && d.code.target) {
      const id = ruleIdOf(d.code.target.toString(true));
      if (id) d.code = { value: d.code.value, target: vscode.Uri.parse(docsCommandUri(id)) };
    }
    return d;
  };
  const trustedDocsLinks = { enabledCommands: [EXTENSION_COMMANDS.openRuleDocs] };
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
    // Hovers may run one command: opening a rule's bundled page.
    markdown: { isTrusted: trustedDocsLinks },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(localDocs)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && report.kind === 'full') report.items = report.items.map(localDocs);
        return report;
      },
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        if (!hover) return hover;
        const contents = hover.contents.map((c) => {
          if (!(c instanceof vscode.MarkdownString)) return c;
          const local = new vscode.MarkdownString(localDocsLinks(c.value));
          local.isTrusted = trustedDocsLinks;
          return local;
        });
        return new vscode.Hover(contents, hover.range);
      },
    },
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
    // A rule's page, bundled with the extension, in VS Code's Markdown preview: from the quick fix
    // (the page's URL), a hover or Problems link (the rule id), or the command palette (a pick).
    vscode.commands.registerCommand(EXTENSION_COMMANDS.openRuleDocs, async (arg?: string | { url?: string; ruleId?: string }) => {
      let id = ruleIdOf(arg);
      if (!id) {
        const rules = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(context.asAbsolutePath('dist/rules.json')))).toString('utf8')) as { id: string; description: string }[];
        id = (await vscode.window.showQuickPick(rules.map((r) => ({ label: r.id, description: r.description })), { placeHolder: 'Rule' }))?.label;
      }
      if (!id) return;
      const page = vscode.Uri.file(context.asAbsolutePath(path.join('dist', 'docs', 'rules', `${id}.md`)));
      try {
        await vscode.workspace.fs.stat(page);
      } catch {
        void vscode.window.showWarningMessage(`negolint has no documentation for "${id}".`);
        return;
      }
      try {
        await vscode.commands.executeCommand('markdown.showPreview', page);
      } catch {
        // Without VS Code's Markdown extension: the page as text.
        await vscode.window.showTextDocument(page, { preview: true });
      }
    }),
    // An untitled plan with every section, its fields as tab stops: negolint flags each until it is filled in.
    vscode.commands.registerCommand(EXTENSION_COMMANDS.newPlan, async (arg?: unknown) => {
      const side = sideOf(arg) ?? (await vscode.window.showQuickPick(SIDE_PICKS, { placeHolder: 'Which side does the plan negotiate from?' }))?.side;
      if (!side) return;
      const plan = planSkeleton(side);
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      if (!(await editor.insertSnippet(new vscode.SnippetString(plan.snippet), new vscode.Position(0, 0)))) {
        // Not inserted as a snippet (the editor went away meanwhile): the same plan, fields as text.
        output.appendLine('negolint: New negotiation plan: the snippet was not inserted; inserting the plan as text');
        await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), plan.text));
      }
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
    panel.webview.html = panelHtml(summary, { nonce: nonce(), fileName: vscode.workspace.asRelativePath(uri), docsHref: (id) => docsCommandUri(id) });
  };
  const lensChanged = new vscode.EventEmitter<void>();
  // VS Code restarts its CodeLens timer on every change event: diagnostics change many times a
  // second while a plan is edited, so the refreshes are coalesced and only those of open plans count.
  let lensTimer: ReturnType<typeof setTimeout> | undefined;
  const lensSoon = () => {
    clearTimeout(lensTimer);
    lensTimer = setTimeout(() => lensChanged.fire(), 500);
  };
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
        // No scripts: the panel is redrawn from the server's summary whenever the plan changes. Its one
        // command link opens a rule's bundled page.
        panel = vscode.window.createWebviewPanel('negolint.range', 'Negotiation range', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, enableFindWidget: true, localResourceRoots: [], enableCommandUris: [EXTENSION_COMMANDS.openRuleDocs] });
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
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((uri) => planStatus.get(uri.toString()) === true)) lensSoon();
    }),
    { dispose: () => clearTimeout(lensTimer) },
    vscode.languages.registerCodeLensProvider(
      { language: 'markdown' },
      {
        onDidChangeCodeLenses: lensChanged.event,
        async provideCodeLenses(document) {
          const why = (reason: string) => {
            if (vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>('trace.server', 'off') !== 'off') output.appendLine(`negolint: no CodeLens for ${document.uri.toString()}: ${reason}`);
            return [];
          };
          if (!vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri).get<boolean>('codeLens', true)) return why('negolint.codeLens is off');
          if (planStatus.get(document.uri.toString()) === false) return why('not a plan');
          // Asked while the server starts: nothing now (a slow answer would slow every later
          // refresh, as VS Code spaces them by how long answers took); asked again once it runs.
          if (!client || client.state !== State.Running) return why('the server is not running yet');
          const summary = await summaryOf(document.uri);
          if (!summary) return why('no plan summary');
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
    if (e.newState !== State.Running) return;
    refresh();
    // Lenses asked for while the server was starting (or restarting) came back empty.
    lensChanged.fire();
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
