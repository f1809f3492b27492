/**
 * Core findings → LSP diagnostics. The one place that maps positions, so
 * diagnostics, code actions and hovers agree on every range.
 */
import type { ConfigError, LintMessage } from '@negolint/core';
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_ERROR_CODE, SOURCE } from './protocol.js';

/**
 * The core lints the text without a leading byte-order mark, so its offsets are one
 * short of the document's when the document keeps one.
 */
export function bomShift(doc: TextDocument): number {
  return doc.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** Converts a core offset (0-based, into the linted text) to a document position. */
export function offsetToPosition(doc: TextDocument, offset: number): Position {
  return doc.positionAt(offset + bomShift(doc));
}

/** The range a finding covers in the document. */
export function toRange(message: LintMessage, doc: TextDocument): Range {
  return { start: offsetToPosition(doc, message.offset), end: offsetToPosition(doc, Math.max(message.offset, message.endOffset)) };
}

/** One core finding as an LSP diagnostic: `source` negolint, `code` the rule id, a link to its docs. */
export function toDiagnostic(message: LintMessage, doc: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(message, doc),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: message.ruleId,
    message: message.message,
  };
  if (message.url) diagnostic.codeDescription = { href: message.url };
  return diagnostic;
}

/**
 * A broken config file as a diagnostic in that file, on the line the error names
 * (from its column, or its first non-blank character, to the end of the line), or on
 * the first line when it names none.
 */
export function configErrorDiagnostic(error: ConfigError, text: string | undefined): Diagnostic {
  const line = Math.max(0, (error.line ?? 1) - 1);
  const lineText = text?.split(/\r?\n/)[line] ?? '';
  // Without a column, start at the line's first non-blank character (the key, in JSON and YAML).
  const column = error.column !== undefined ? error.column - 1 : lineText.length - lineText.trimStart().length;
  const start = Math.max(0, Math.min(column, lineText.length));
  const end = lineText.length > start ? lineText.length : start;
  return {
    range: { start: { line, character: start }, end: { line, character: end } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: CONFIG_ERROR_CODE,
    message: `${error.key ? `${error.key}: ` : ''}${error.reason}`,
  };
}

/** Whether two ranges overlap or touch (an empty range at a finding's edge counts). */
export function rangesTouch(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Whether a position lies inside a range (ends included). */
export function rangeContains(range: Range, p: Position): boolean {
  return rangesTouch(range, { start: p, end: p });
}
