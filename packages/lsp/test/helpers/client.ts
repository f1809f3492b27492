/**
 * A small LSP client for process-level tests: starts the BUILT server
 * (dist/bin.js), or another language server, as a child process, speaks LSP
 * over its stdio, keeps the documents it opened in sync (incremental changes),
 * answers the server's requests the way editors do, and records what the
 * server sends.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach } from 'vitest';
import type { InitializationOptions, PlanStatusParams } from '../../src/protocol.js';

export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built server; `NEGOLINT_LSP_BIN` tests another build (e.g. an older one, to see a test fail without a fix). */
export const SERVER = process.env['NEGOLINT_LSP_BIN'] ?? path.join(PACKAGE_DIR, 'dist/bin.js');
/** The built server with a lint that throws on texts containing `CRASH-ME` (a test-only entry). */
export const FAILING_SERVER = path.join(PACKAGE_DIR, 'test/helpers/failing-server.mjs');

export const uriOf = (file: string) => pathToFileURL(file).href;

const workspaces: string[] = [];

/** Removes the workspaces `makeWorkspace` created (call it in `afterAll`). */
export function removeWorkspaces(): void {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temporary workspace folder with the given files (paths relative to it); see `removeWorkspaces`. */
export function makeWorkspace(files: Record<string, string> = {}): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'negolint-lsp-')));
  workspaces.push(dir);
  for (const [rel, text] of Object.entries(files)) writeFile(dir, rel, text);
  return dir;
}

export function writeFile(dir: string, rel: string, text: string): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

let ruleIdCache: { stamp: number; ids: string[] } | undefined;

/**
 * The core's rule ids as the server will load them: read in a fresh process, so a core
 * rebuilt while the tests run (rules are added all the time) is seen; cached by mtime.
 */
export function ruleIds(): string[] {
  const index = createRequire(import.meta.url).resolve('@negolint/core/package.json').replace(/package\.json$/, 'dist/rules/index.js');
  const stamp = statSync(index).mtimeMs;
  if (ruleIdCache?.stamp !== stamp) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', "const { rules } = await import('@negolint/core'); console.log(JSON.stringify(rules.map((r) => r.meta.id)))"], {
      cwd: PACKAGE_DIR,
      encoding: 'utf8',
    });
    ruleIdCache = { stamp, ids: JSON.parse(out) as string[] };
  }
  return ruleIdCache.ids;
}

/** A config that turns every rule off except the given ones, so tests do not depend on rules others are writing. */
export function onlyRules(...ids: string[]): string {
  return `${JSON.stringify({ rules: Object.fromEntries(ruleIds().map((id) => [id, ids.includes(id) ? 'error' : 'off'])) }, null, 2)}\n`;
}

export interface StartOptions {
  rootDir: string;
  /** The `negolint` settings section the client answers with. */
  settings?: Record<string, unknown>;
  initializationOptions?: InitializationOptions;
  /** Declare pull-diagnostic support. */
  pull?: boolean;
  /** Declare `window/showDocument` support. */
  showDocument?: boolean;
  env?: Record<string, string>;
  /** Another language server to start instead of negolint's: its script and arguments, run with this Node. */
  command?: string[];
  /** What the client answers to `workspace/configuration` for sections other than `negolint`. */
  sections?: Record<string, unknown>;
  /** The server entry to start (default {@link SERVER}). */
  server?: string;
  /** Node options placed before the server script (e.g. `--expose-gc`). */
  nodeArgs?: string[];
}

const DEFAULT_TIMEOUT = 15_000;

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly shown: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly planStatus: PlanStatusParams[] = [];
  readonly showDocuments: { uri: string; external?: boolean }[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private readonly docs = new Map<string, TextDocument>();
  private listeners = new Set<() => void>();
  private exited: Promise<number | null>;

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    /** The connection's writer, for messages the connection refuses to build (e.g. a string as `params`); same queue, so frames never interleave. */
    readonly writer: StreamMessageWriter,
    readonly options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  }

  static async start(options: StartOptions): Promise<TestClient> {
    const command = options.command ?? [options.server ?? SERVER, '--stdio'];
    if (!existsSync(command[0]!)) throw new Error(`${command[0]} is missing: build the package first (pnpm --filter @negolint/lsp build)`);
    const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), ...command], { cwd: options.rootDir, env: { ...process.env, ...options.env } });
    const writer = new StreamMessageWriter(proc.stdin);
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), writer);
    const client = new TestClient(proc, connection, writer, options);
    proc.stderr.on('data', (chunk: Buffer) => client.stderr.push(chunk.toString()));
    client.wire();
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true },
        workspaceFolders: true,
        ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
      },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, relatedInformation: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      window: { showDocument: { support: options.showDocument ?? false } },
    };
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(options.rootDir),
      workspaceFolders: [{ uri: uriOf(options.rootDir), name: path.basename(options.rootDir) }],
      capabilities,
      initializationOptions: { debounceMs: 0, ...options.initializationOptions },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wire(): void {
    const c = this.connection;
    const notify = () => {
      for (const listener of [...this.listeners]) listener();
    };
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      notify();
    });
    c.onNotification('window/showMessage', (p: ShowMessageParams) => {
      this.shown.push(p);
      notify();
    });
    c.onNotification('window/logMessage', (p: LogMessageParams) => {
      this.logs.push(p);
      notify();
    });
    c.onNotification('negolint/planStatus', (p: PlanStatusParams) => {
      this.planStatus.push(p);
      notify();
    });
    c.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((item) => (item.section === 'negolint' ? this.settings : (this.options.sections?.[item.section ?? ''] ?? null))),
    );
    c.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      notify();
      return null;
    });
    c.onRequest('workspace/diagnostic/refresh', () => {
      notify();
      return null;
    });
    c.onRequest('window/showDocument', (p: { uri: string; external?: boolean }) => {
      this.showDocuments.push(p);
      notify();
      return { success: true };
    });
    c.onRequest('window/workDoneProgress/create', () => null);
  }

  /** Resolves when `check` returns a value other than undefined (re-checked on every message from the server). */
  waitFor<T>(check: () => T | undefined, what: string, timeout = DEFAULT_TIMEOUT): Promise<T> {
    return new Promise((resolve, reject) => {
      const first = check();
      if (first !== undefined) return resolve(first);
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`timed out after ${timeout} ms waiting for ${what}; stderr: ${this.stderr.join('').slice(-2000)}`));
      }, timeout);
      const listener = () => {
        const value = check();
        if (value === undefined) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(value);
      };
      this.listeners.add(listener);
    });
  }

  /** No message from the server for `ms` milliseconds. */
  async quiet(ms = 300): Promise<void> {
    for (;;) {
      const before = this.published.length + this.logs.length + this.shown.length + this.planStatus.length;
      await new Promise((r) => setTimeout(r, ms));
      if (this.published.length + this.logs.length + this.shown.length + this.planStatus.length === before) return;
    }
  }

  text(uri: string): string {
    return this.doc(uri).getText();
  }

  version(uri: string): number {
    return this.doc(uri).version;
  }

  private doc(uri: string): TextDocument {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    return doc;
  }

  /** Opens a file (its text from disk unless given). */
  async open(file: string, text: string, languageId = 'markdown'): Promise<string> {
    const uri = uriOf(file);
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Sends edits (ranges relative to the current text) as one incremental didChange; returns the new version. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const doc = this.doc(uri);
    const ordered = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    // Later edits first, so each change's range is still valid when it is applied.
    const contentChanges: TextDocumentContentChangeEvent[] = ordered.map((e) => ({ range: e.range, text: e.newText }));
    const next = TextDocument.update(TextDocument.create(uri, doc.languageId, doc.version, doc.getText()), contentChanges, doc.version + 1);
    this.docs.set(uri, next);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges });
    return next.version;
  }

  /** Replaces the first occurrence of `search` (incrementally). */
  replace(uri: string, search: string, replacement: string): Promise<number> {
    const doc = this.doc(uri);
    const at = doc.getText().indexOf(search);
    if (at < 0) throw new Error(`${JSON.stringify(search)} not in ${uri}`);
    return this.edit(uri, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + search.length) }, newText: replacement }]);
  }

  /** Replaces the whole text (one incremental change covering everything). */
  setText(uri: string, text: string): Promise<number> {
    const doc = this.doc(uri);
    return this.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) }, newText: text }]);
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Applies a workspace edit the way an editor does, as one didChange per document. */
  async applyEdit(edit: WorkspaceEdit): Promise<void> {
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change)) throw new Error('only text edits expected');
      const current = this.version(change.textDocument.uri);
      if (change.textDocument.version !== null && change.textDocument.version !== current) {
        throw new Error(`edit for version ${change.textDocument.version}, document is at ${current}`);
      }
      await this.edit(change.textDocument.uri, change.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) await this.edit(uri, edits);
  }

  /** The latest diagnostics published for a URI (undefined if none yet). */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.filter((p) => p.uri === uri).at(-1);
  }

  /** Waits for diagnostics published for the document's current version. */
  diagnostics(uri: string, timeout?: number): Promise<Diagnostic[]> {
    const version = this.version(uri);
    return this.waitFor(() => {
      const p = this.published.filter((x) => x.uri === uri && x.version === version).at(-1);
      return p?.diagnostics;
    }, `diagnostics for ${uri} v${version}`, timeout);
  }

  /** Waits for any (possibly unversioned) publication for a URI after `since` publications. */
  nextPublished(uri: string, since: number, timeout?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.published.slice(since).filter((x) => x.uri === uri).at(-1), `a publication for ${uri}`, timeout);
  }

  /** Waits until the latest publication for a URI satisfies `test`. */
  until(uri: string, test: (diagnostics: Diagnostic[]) => boolean, what: string, timeout?: number): Promise<Diagnostic[]> {
    return this.waitFor(() => {
      const latest = this.latest(uri);
      return latest && test(latest.diagnostics) ? latest.diagnostics : undefined;
    }, what, timeout);
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { negolint: settings } });
  }

  watchedFilesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /** shutdown + exit; resolves to the server's exit code. */
  async shutdown(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
    if (code === 'timeout') {
      this.proc.kill();
      throw new Error('server did not exit after shutdown/exit');
    }
    this.connection.dispose();
    return code;
  }

  /** Kills the server if a test left it running. */
  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
    this.connection.dispose();
  }
}

/** A `start` for one test file: every client it starts is killed after each test. */
export function clientsKilledAfterEach(): (options: Parameters<typeof TestClient.start>[0]) => Promise<TestClient> {
  let clients: TestClient[] = [];
  afterEach(() => {
    for (const c of clients) c.kill();
    clients = [];
  });
  return async (options) => {
    const client = await TestClient.start(options);
    clients.push(client);
    return client;
  };
}
