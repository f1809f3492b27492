/**
 * Inline control comments, in the spelling markdownlint and ESLint users know:
 * `<!-- negolint-disable [ids] -->`, `<!-- negolint-enable [ids] -->`,
 * `<!-- negolint-disable-next-line [ids] -->`, `<!-- negolint-disable-line [ids] -->`,
 * and in remark-lint's: `<!--lint disable [ids]-->`, `<!--lint enable [ids]-->`,
 * `<!--lint ignore [ids]-->`, so a file gets the same findings from negolint and from
 * remark with the preset. Ranges are handled by unified-message-control (the engine behind
 * remark-message-control) with markers that read these spellings; the line forms are
 * filtered here. This module owns the syntax: tools that write
 * control comments (the language server's quick fixes) use
 * {@link controlComment} and {@link controlCommentsIn}.
 */
import type { Html, Root } from 'mdast';
import { messageControl } from 'unified-message-control';
import type { VFile } from 'vfile';
import type { MessageExtras } from './rule.js';

/** What a control comment does: range markers (`disable`, `enable`, `ignore`) and the line forms. */
export type ControlDirective = 'disable' | 'enable' | 'ignore' | 'disable-next-line' | 'disable-line';

/** A control comment found in a text, with the offsets it spans there. */
export interface ControlComment {
  directive: ControlDirective;
  /** The rule ids it names; empty for every rule. */
  ids: string[];
  start: number;
  end: number;
}

/** `<!-- negolint-<directive> <ids> -->`, as negolint reads it. */
export function controlComment(directive: ControlDirective, ids: readonly string[] = []): string {
  return `<!-- negolint-${directive}${ids.length > 0 ? ` ${ids.join(' ')}` : ''} -->`;
}

// A range marker is a whole HTML node; its attributes go to message-control, which reports unknown ids.
const MARKER = /^<!--\s*negolint-(disable|enable|ignore)(?:\s+([\s\S]*?))?\s*-->$/;
// remark-lint's own comments control only its `remark-lint` messages; this reading of them
// controls negolint's. Ids are not checked against negolint's: they may name remark-lint rules.
const LINT_MARKER = /^<!--\s*lint\s+(disable|enable|ignore)(?:\s+([\s\S]*?))?\s*-->$/;
// Control comments whose ids are rule ids, wherever they stand (a line form may end a table row).
const COMMENT = /<!--\s*negolint-(disable-next-line|disable-line|disable|enable|ignore)((?:\s+[a-z][a-z0-9-]*)*)\s*-->/g;

/** The control comments in a text whose ids are all rule ids, in order. */
export function controlCommentsIn(text: string): ControlComment[] {
  if (!text.includes('negolint-')) return [];
  return [...text.matchAll(COMMENT)].map((m) => ({
    directive: m[1] as ControlDirective,
    ids: m[2]!.trim().split(/\s+/).filter(Boolean),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

interface Marker {
  name: string;
  attributes: string;
  parameters: Record<string, never>;
  node: Html;
}

function marker(node: unknown): Marker | null {
  const n = node as Html;
  if (n.type !== 'html') return null;
  const m = MARKER.exec(n.value.trim());
  if (!m) return null;
  return { name: 'negolint', attributes: `${m[1]} ${m[2] ?? ''}`.trim(), parameters: {}, node: n };
}

function lintMarker(node: unknown): Marker | null {
  const n = node as Html;
  if (n.type !== 'html') return null;
  const m = LINT_MARKER.exec(n.value.trim());
  if (!m) return null;
  return { name: 'lint', attributes: `${m[1]} ${m[2] ?? ''}`.trim(), parameters: {}, node: n };
}

export function negolintMessageControl(known: string[]) {
  return (tree: Root, file: VFile): void => {
    // A finding a rule reports as a warning whatever the rule's severity counts as one in any
    // reporter (remark's count `fatal` messages as errors).
    for (const m of file.messages) if ((m as typeof m & MessageExtras).negolintWarningOnly) m.fatal = false;
    const text = String(file);
    if (/<!--\s*lint\s/.test(text)) {
      messageControl(tree, { file, name: 'lint', source: 'negolint', marker: lintMarker as never, test: 'html' });
    }
    // Without a marker there is nothing to control, and message-control would walk the whole tree.
    if (!text.includes('negolint-')) return;
    // An unknown id in a marker makes message-control add a message of its own (source
    // `unified-message-control`), which lintText does not report: the marker is simply ignored.
    messageControl(tree, { file, name: 'negolint', source: 'negolint', known, marker: marker as never, test: 'html' });

    const disabled: { line: number; ids: string[] }[] = [];
    const visit = (node: Root | Root['children'][number]): void => {
      if (node.type === 'html') {
        for (const c of controlCommentsIn(node.value)) {
          if (c.directive === 'disable-line' || c.directive === 'disable-next-line') {
            disabled.push({ line: (node.position?.end.line ?? 0) + (c.directive === 'disable-next-line' ? 1 : 0), ids: c.ids });
          }
        }
      }
      if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
    };
    visit(tree);
    if (disabled.length === 0) return;
    file.messages = file.messages.filter(
      (m) => m.source !== 'negolint' || !disabled.some((d) => d.line === m.line && (d.ids.length === 0 || d.ids.includes(m.ruleId ?? ''))),
    );
  };
}
