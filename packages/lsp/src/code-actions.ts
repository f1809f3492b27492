/**
 * Code actions for findings under the cursor: the core's suggested fixes as
 * quick fixes, control comments that disable a rule for one line or the whole
 * file, a link to the rule's docs, and "fix all safe problems" as a source
 * action. No rule knowledge here: fixes come from the core, control comments
 * use the core's documented syntax.
 */
import { applyFixes, type Fix, type LintMessage, type LintResult } from '@negolint/core';
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
}

const NEXT_LINE = /^(\s*(?:>\s*)*)<!--\s*negolint-disable-next-line((?:\s+[a-z][a-z0-9-]*)*)\s*-->\s*$/;
const SAME_LINE = /<!--\s*negolint-disable-line((?:\s+[a-z][a-z0-9-]*)*)\s*-->/;
const FILE_LEVEL = /^<!--\s*negolint-disable((?:\s+[a-z][a-z0-9-]*)+)\s*-->\s*$/;

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

function eol(doc: TextDocument): string {
  return doc.getText().includes('\r\n') ? '\r\n' : '\n';
}

function withId(idsText: string, id: string): string {
  const ids = idsText.trim().split(/\s+/).filter(Boolean);
  return [...ids, id].join(' ');
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
    const existing = SAME_LINE.exec(text);
    if (existing) {
      const start = existing.index;
      return {
        range: { start: { line, character: start }, end: { line, character: start + existing[0].length } },
        newText: `<!-- negolint-disable-line ${withId(existing[1] ?? '', message.ruleId)} -->`,
      };
    }
    const end = text.replace(/\s+$/, '').length;
    return { range: { start: { line, character: end }, end: { line, character: text.length } }, newText: ` <!-- negolint-disable-line ${message.ruleId} -->` };
  }
  if (line > 0) {
    const previous = lineText(doc, line - 1);
    const m = NEXT_LINE.exec(previous);
    if (m) {
      return {
        range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: previous.length } },
        newText: `${m[1]}<!-- negolint-disable-next-line ${withId(m[2] ?? '', message.ruleId)} -->`,
      };
    }
  }
  // Keep the line's indentation and blockquote markers, so the comment stays in the same list item or quote.
  const prefix = /^(?:[ \t]*>)*[ \t]*/.exec(text)?.[0] ?? '';
  const character = line === 0 ? bomShift(doc) : 0;
  return { range: { start: { line, character }, end: { line, character } }, newText: `${prefix}<!-- negolint-disable-next-line ${message.ruleId} -->${eol(doc)}` };
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
      return { range: { start: end, end }, newText: `${eol(doc)}<!-- negolint-disable ${message.ruleId} -->${eol(doc)}` };
    }
  }
  const text = lineText(doc, line);
  const existing = FILE_LEVEL.exec(text.replace(/^\uFEFF/, ''));
  const character = line === 0 ? bomShift(doc) : 0;
  if (existing) {
    return {
      range: { start: { line, character }, end: { line, character: text.length } },
      newText: `<!-- negolint-disable ${withId(existing[1] ?? '', message.ruleId)} -->`,
    };
  }
  return { range: { start: { line, character }, end: { line, character } }, newText: `<!-- negolint-disable ${message.ruleId} -->${eol(doc)}` };
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
      actions.push({
        title: m.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(m, doc)],
        isPreferred: m.fix.safe,
        edit: workspaceEdit(doc, fixEdits(doc, m.fix), options),
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
