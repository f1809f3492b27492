/**
 * What every part of the server shares: the connection, the open documents,
 * the config files, the settings, the workspace roots and what the client can
 * do. Set up in `onInitialize`; the modules (document linting, config errors,
 * workspace linting, features) each keep their own state.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintText } from '@negolint/core';
import {
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type Position,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigStore } from './config-watch.js';
import { DEFAULT_DEBOUNCE_MS, type InitializationOptions } from './protocol.js';
import { SettingsStore } from './settings.js';

const MARKDOWN_FILE = /\.(?:md|markdown|mdown|mkd)$/i;

/** How the server lints one text: the core's `lintText`, unless the embedder passes another. */
export type LintTextFunction = typeof lintText;

/** Options of `startServer`, for embedders and tests; a server started from the command line uses none. */
export interface ServerOptions {
  /** Replaces the core's `lintText` (e.g. a test that makes one lint fail). */
  lintText?: LintTextFunction;
}

/** What the client can do, read once from its capabilities and `initializationOptions`. */
export interface ClientFeatures {
  /** Pull diagnostics (`textDocument/diagnostic`) rather than `publishDiagnostics`. */
  pull: boolean;
  refreshSupport: boolean;
  documentChanges: boolean;
  hierarchicalSymbols: boolean;
  hoverMarkdown: boolean;
  showDocument: boolean;
  watchRegistration: boolean;
  configRegistration: boolean;
  folderEvents: boolean;
  workspaceConfiguration: boolean;
  /** The client runs `negolint.insertSnippet` (initialization option `snippetFixes`). */
  snippetFixes: boolean;
}

export function clientFeatures(c: ClientCapabilities, options: InitializationOptions): ClientFeatures {
  return {
    pull: !!c.textDocument?.diagnostic && options.pushDiagnostics !== true,
    refreshSupport: !!c.workspace?.diagnostics?.refreshSupport,
    documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
    hierarchicalSymbols: !!c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    hoverMarkdown: c.textDocument?.hover?.contentFormat?.includes('markdown') ?? false,
    showDocument: !!c.window?.showDocument?.support,
    watchRegistration: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    configRegistration: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
    folderEvents: !!c.workspace?.workspaceFolders,
    workspaceConfiguration: !!c.workspace?.configuration,
    snippetFixes: options.snippetFixes === true,
  };
}

/** The path of a `file:` URI; undefined for other schemes and malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  // A didOpen with a malformed uri (a number, an object) still lands in `documents`; throwing
  // here on it broke every loop over the open documents (re-lint, config errors, workspace lint).
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export const pathToUri = (file: string): string => pathToFileURL(file).href;

/**
 * The document a request names, for error messages. Read defensively: reading
 * `params.textDocument.uri` in a catch threw again on params without a document, and the
 * client got an internal error instead of the empty answer.
 */
export const paramsUri = (params: unknown): unknown => (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;

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
export async function letConnectionCatchUp(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

export class ServerContext {
  readonly documents = new TextDocuments({ create: TextDocument.create, update: updateDocument });
  readonly configs = new ConfigStore();
  readonly verbose = process.env['NEGOLINT_LSP_LOG'] === '1';
  readonly lintText: LintTextFunction;
  settings = new SettingsStore(undefined, undefined);
  roots: string[] = [];
  debounceMs = DEFAULT_DEBOUNCE_MS;
  client: ClientFeatures = clientFeatures({}, {});
  /** After `shutdown`, requests are answered with InvalidRequest, as the LSP specification says. */
  shutDown = false;

  constructor(
    readonly connection: Connection,
    options: ServerOptions,
  ) {
    this.lintText = options.lintText ?? lintText;
  }

  log(message: string): void {
    if (this.verbose) process.stderr.write(`[negolint-lsp] ${message}\n`);
  }

  refuseAfterShutdown(): void {
    if (this.shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'negolint: the server is shutting down');
  }

  /** The workspace folder a file is in (the innermost), else its own folder; the first root for untitled documents. */
  rootFor(file: string | undefined): string {
    if (!file) return this.roots[0] ?? process.cwd();
    return this.workspaceFolderOf(file) ?? path.dirname(file);
  }

  /** The innermost workspace folder that holds a file; undefined outside them all. */
  workspaceFolderOf(file: string): string | undefined {
    return this.roots.filter((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep)).sort((a, b) => b.length - a.length)[0];
  }

  isMarkdown(doc: TextDocument): boolean {
    if (typeof doc.uri !== 'string') return false; // malformed didOpen: never lint or publish for it
    const file = uriToPath(doc.uri) ?? doc.uri;
    return doc.languageId === 'markdown' || MARKDOWN_FILE.test(file);
  }

  /** A `window/showMessage` notification (the `connection.window.show*Message` helpers send requests that wait for an answer). */
  showMessage(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
    void this.connection.sendDiagnostics({ uri, diagnostics, ...(version === undefined ? {} : { version }) });
  }

  /** Logs an error with its stack. */
  error(what: string, error: unknown): void {
    this.connection.console.error(`negolint: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
