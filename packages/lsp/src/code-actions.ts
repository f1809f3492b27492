/**
 * Code actions for findings under the cursor: the core's suggested fixes as
 * quick fixes, control comments that disable a rule for one line or the whole
 * file, a link to the rule's docs, and "fix all safe problems" as a source
 * action. No rule knowledge here: fixes come from the core, and control
 * comments are read and written with the core's `controlComment` and
 * `controlCommentsIn`, so the syntax has one owner.
 */
import { applyFixes, controlComment, controlCommentsIn, type ControlComment, type ControlDirective, type Fix, type LintMessage, type LintResult } from '@negolint/core';
import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { bomShift, offsetToPosition, rangesTouch, toDiagnostic, toRange } from './diagnostics.js';
import { Commands, FIX_ALL_KIND } from './protocol.js';

export interface CodeActionOptions {
  /** The client accepts versioned `documentChanges` (edits are then refused on a stale document). */
  documentChanges: boolean;
  /** The client runs `negolint.insertSnippet`: a fix with a snippet comes as that command. */
  snippetFixes?: boolean;
}

/** Indentation and blockquote markers: what may stand before a comment on a line of its own. */
const LINE_PREFIX = /^[ \t]*(?:>[ \t]*)*/;

/** The first control comment with this directive on a line (anywhere, or alone on it after the prefix). */
function commentOn(text: string, directive: ControlDirective, alone: boolean): ControlComment | undefined {
  return controlCommentsIn(text).find(
    (c) => c.directive === directive && (!alone || (LINE_PREFIX.exec(text)![0].length >= c.start && text.slice(c.end).trim() === '')),
  );
}

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

function eol(doc: TextDocument): string {
  return doc.getText().includes('\r\n') ? '\r\n' : '\n';
}

function workspaceEdit(doc: TextDocument, edits: TextEdit[], options: CodeActionOptions): WorkspaceEdit {
  return options.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] }
    : { changes: { [doc.uri]: edits } };
}

function fixEdits(doc: TextDocument, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => ({ range: { start: offsetToPosition(doc, e.start), end: offsetToPosition(doc, e.end) }, newText: e.text }));
}

function within(offset: number, span: { start: number; end: number } | undefined): boolean {
  return span !== undefined && offset >= span.start && offset <= span.end;
}

/** `<!-- negolint-disable-next-line <id> -->` above the finding's line (or merged into one already there). */
function disableLineEdit(doc: TextDocument, result: LintResult, message: LintMessage): TextEdit | undefined {
  const plan = result.plan;
  // Frontmatter is YAML: an HTML comment there would break it, and the core has no YAML control comment.
  if (within(message.offset, plan?.frontmatter)) return undefined;
  const line = toRange(message, doc).start.line;
  const text = lineText(doc, line);
  const row = plan?.rows.find((r) => within(message.offset, r));
  if (row) {
    // A comment line would end the table; a trailing comment on a body row is an ignored extra cell.
    if (row.isHeader) return undefined;
    const existing = commentOn(text, 'disable-line', false);
    if (existing) {
      return {
        range: { start: { line, character: existing.start }, end: { line, character: existing.end } },
        newText: controlComment('disable-line', [...existing.ids, message.ruleId]),
      };
    }
    const end = text.replace(/\s+$/, '').length;
    return { range: { start: { line, character: end }, end: { line, character: text.length } }, newText: ` ${controlComment('disable-line', [message.ruleId])}` };
  }
  if (line > 0) {
    const previous = lineText(doc, line - 1);
    const existing = commentOn(previous, 'disable-next-line', true);
    if (existing) {
      return {
        range: { start: { line: line - 1, character: existing.start }, end: { line: line - 1, character: previous.length } },
        newText: controlComment('disable-next-line', [...existing.ids, message.ruleId]),
      };
    }
  }
  // Keep the line's indentation and blockquote markers, so the comment stays in the same list item or quote.
  const prefix = LINE_PREFIX.exec(text)![0];
  const character = line === 0 ? bomShift(doc) : 0;
  return { range: { start: { line, character }, end: { line, character } }, newText: `${prefix}${controlComment('disable-next-line', [message.ruleId])}${eol(doc)}` };
}

/** `<!-- negolint-disable <id> -->` at the top, after the frontmatter (or merged into one already there). */
function disableFileEdit(doc: TextDocument, result: LintResult, message: LintMessage): TextEdit | undefined {
  const frontmatter = result.plan?.frontmatter;
  // A comment after the frontmatter cannot reach findings inside it.
  if (within(message.offset, frontmatter)) return undefined;
  let line = 0;
  if (frontmatter) {
    line = offsetToPosition(doc, frontmatter.end).line + 1;
    if (line >= doc.lineCount) {
      const end = doc.positionAt(doc.getText().length);
      return { range: { start: end, end }, newText: `${eol(doc)}${controlComment('disable', [message.ruleId])}${eol(doc)}` };
    }
  }
  const character = line === 0 ? bomShift(doc) : 0;
  const text = lineText(doc, line).slice(character);
  // Only a comment that starts the line and names rules: one without ids already disables everything.
  const existing = controlCommentsIn(text).find((c) => c.directive === 'disable' && c.start === 0 && c.ids.length > 0 && text.slice(c.end).trim() === '');
  if (existing) {
    return {
      range: { start: { line, character }, end: { line, character: character + text.length } },
      newText: controlComment('disable', [...existing.ids, message.ruleId]),
    };
  }
  return { range: { start: { line, character }, end: { line, character } }, newText: `${controlComment('disable', [message.ruleId])}${eol(doc)}` };
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** The code actions for a range of a linted document. */
export function codeActions(doc: TextDocument, result: LintResult, params: Pick<CodeActionParams, 'range' | 'context'>, options: CodeActionOptions): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const hits = result.messages.filter((m) => rangesTouch(toRange(m, doc), params.range));

  if (wants(only, CodeActionKind.QuickFix)) {
    const seenFixes = new Set<string>();
    for (const m of hits) {
      if (!m.fix) continue;
      const key = JSON.stringify(m.fix.edits);
      if (seenFixes.has(key)) continue;
      seenFixes.add(key);
      const [only] = m.fix.edits;
      const snippet = options.snippetFixes && m.fix.edits.length === 1 && only?.snippet !== undefined;
      actions.push({
        title: m.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(m, doc)],
        isPreferred: m.fix.safe,
        ...(snippet
          ? {
              // The cursor lands on the first field, and Tab moves to the next one.
              command: {
                title: m.fix.title,
                command: Commands.insertSnippet,
                arguments: [doc.uri, doc.version, fixEdits(doc, m.fix)[0]!.range, eol(doc) === '\r\n' ? only!.snippet!.replace(/\r?\n/g, '\r\n') : only!.snippet!],
              },
            }
          : { edit: workspaceEdit(doc, fixEdits(doc, m.fix), options) }),
      });
    }
    const byRule = new Map<string, LintMessage[]>();
    for (const m of hits) byRule.set(m.ruleId, [...(byRule.get(m.ruleId) ?? []), m]);
    for (const [ruleId, messages] of byRule) {
      const first = messages[0]!;
      const diagnostics = messages.map((m) => toDiagnostic(m, doc));
      const lineEdit = disableLineEdit(doc, result, first);
      if (lineEdit) {
        actions.push({ title: `Disable ${ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(doc, [lineEdit], options) });
      }
      const fileEdit = disableFileEdit(doc, result, first);
      if (fileEdit) {
        actions.push({ title: `Disable ${ruleId} for this file`, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(doc, [fileEdit], options) });
      }
      if (first.url) {
        actions.push({
          title: `Show documentation for ${ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          command: { title: `Show documentation for ${ruleId}`, command: Commands.openRuleDocs, arguments: [first.url] },
        });
      }
    }
  }

  // Offered only on request (`only`), as editors do for source actions (e.g. on save).
  if (only && wants(only, FIX_ALL_KIND)) {
    const safe = result.messages.flatMap((m) => (m.fix?.safe ? [m.fix] : []));
    if (safe.length > 0) {
      const text = doc.getText();
      const shift = bomShift(doc);
      const fixed = applyFixes(text.slice(shift), safe);
      if (fixed.applied > 0) {
        const range: Range = { start: doc.positionAt(shift), end: doc.positionAt(text.length) };
        actions.push({ title: 'Fix all safe negolint problems', kind: FIX_ALL_KIND, edit: workspaceEdit(doc, [{ range, newText: fixed.text }], options) });
      }
    }
  }
  return actions;
}
