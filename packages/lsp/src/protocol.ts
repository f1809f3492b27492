/**
 * Every name the negolint server and its clients agree on, in one place:
 * custom requests and notifications, commands, the settings section and the
 * diagnostic source. Clients (the VS Code extension, editor recipes, tests)
 * import these instead of repeating string literals.
 */

/** `source` of every diagnostic the server publishes. */
export const SOURCE = 'negolint';

/** The settings section read through `workspace/configuration`. */
export const SETTINGS_SECTION = 'negolint';

/** `code` of a diagnostic placed in a broken config file. */
export const CONFIG_ERROR_CODE = 'config-error';

/** Diagnostic provider identifier for pull diagnostics. */
export const DIAGNOSTIC_PROVIDER_ID = 'negolint';

/** Commands the server puts into code actions. */
export const Commands = {
  /**
   * Opens a rule's documentation. Arguments: `[url]` (a string). The VS Code
   * extension registers it client side; other clients send it back as
   * `workspace/executeCommand`, and the server answers with `window/showDocument`
   * (or a `window/showMessage` with the link when the client cannot show documents).
   */
  openRuleDocs: 'negolint.openRuleDocs',
  /**
   * Inserts a fix as a snippet, each field to fill in a tab stop. Arguments:
   * `[uri, version, range, snippet]`. Put into quick fixes, instead of their edit, only for
   * clients that set `snippetFixes` (the VS Code extension registers it); LSP has no snippet
   * edit that every client applies.
   */
  insertSnippet: 'negolint.insertSnippet',
} as const;

/** Code action kind of "fix all safe problems" (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.negolint';

/** Request `negolint/lintWorkspace`: lint every plan in the workspace folders now. */
export const LintWorkspaceRequest = 'negolint/lintWorkspace';
export interface LintWorkspaceResult {
  filesLinted: number;
  plansFound: number;
  problems: number;
}

/** Notification `negolint/planStatus` (server → client) after a document is linted. */
export const PlanStatusNotification = 'negolint/planStatus';
export interface PlanStatusParams {
  uri: string;
  /** Whether the document is recognised as a negotiation plan. */
  isPlan: boolean;
  /** The document version the status belongs to. */
  version: number;
}

/**
 * Request `negolint/planSummary` (client → server): the plan summary of an open document, as the
 * core builds it (`PlanSummary` of `@negolint/core`, documented in docs/plan-summary.md): side,
 * our and their numbers, the zone of agreement, the room between our numbers and readiness per
 * enabled rule. `null` when the document is not open, not Markdown, not a plan, or negolint is
 * disabled for it. The answer follows the document's current text (unsaved edits included).
 */
export const PlanSummaryRequest = 'negolint/planSummary';
export interface PlanSummaryParams {
  textDocument: { uri: string };
}

/** `initializationOptions` the server understands; all optional. */
export interface InitializationOptions {
  /** Delay between the last keystroke and linting, in ms (default 150; 0 lints on every change). */
  debounceMs?: number;
  /** Force push diagnostics even when the client supports pull diagnostics. */
  pushDiagnostics?: boolean;
  /**
   * Advertise the server's commands (`executeCommandProvider`). Off by default because
   * VS Code clients register advertised commands themselves, which would collide with
   * the extension's own `negolint.openRuleDocs`; turn it on for clients such as Helix
   * that only run commands the server advertises.
   */
  advertiseCommands?: boolean;
  /**
   * The client runs {@link Commands.insertSnippet}: quick fixes that insert a skeleton come as
   * that command (fields as tab stops) instead of a plain text edit.
   */
  snippetFixes?: boolean;
  /**
   * Offer the plan outline as document symbols (default true). The VS Code extension turns it
   * off: VS Code's own Markdown outline already lists the headings, and two symbol providers
   * show two outlines and two breadcrumb groups. Editors without a Markdown outline keep it.
   */
  documentSymbols?: boolean;
  /** Settings for clients that cannot answer `workspace/configuration`. */
  settings?: Record<string, unknown>;
  /**
   * How long config files must stay unchanged before their errors are shown, in ms (default 100):
   * an editor saving a config file may be caught half-way through writing it.
   */
  configSettleMs?: number;
}

export const DEFAULT_DEBOUNCE_MS = 150;
