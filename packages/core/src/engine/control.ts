/**
 * Inline control comments, in the spelling markdownlint and ESLint users know:
 * `<!-- negolint-disable [ids] -->`, `<!-- negolint-enable [ids] -->`,
 * `<!-- negolint-disable-next-line [ids] -->`, `<!-- negolint-disable-line [ids] -->`,
 * and in remark-lint's: `<!--lint disable [ids]-->`, `<!--lint enable [ids]-->`,
 * `<!--lint ignore [ids]-->`, so a file gets the same findings from negolint and from
 * remark with the preset. Ranges are handled by unified-message-control (the engine behind
 * remark-message-control) with markers that read these spellings; the line forms are
 * filtered here.
 */
import type { Html, Root } from 'mdast';
import { messageControl } from 'unified-message-control';
import type { VFile } from 'vfile';
import type { MessageExtras } from './rule.js';

const MARKER = /^<!--\s*negolint-(disable|enable|ignore)(?:\s+([\s\S]*?))?\s*-->$/;
// remark-lint's own comments control only its `remark-lint` messages; this reading of them
// controls negolint's. Ids are not checked against negolint's: they may name remark-lint rules.
const LINT_MARKER = /^<!--\s*lint\s+(disable|enable|ignore)(?:\s+([\s\S]*?))?\s*-->$/;
const LINE_MARKER = /<!--\s*negolint-disable-(next-line|line)((?:\s+[a-z][a-z0-9-]*)*)\s*-->/g;

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
    // Without a marker there is nothing to control, and message-control would walk the whole tree.
    if (/<!--\s*lint\s/.test(text)) {
      messageControl(tree, { file, name: 'lint', source: 'negolint', marker: lintMarker as never, test: 'html' });
    }
    if (!text.includes('negolint-')) return;
    messageControl(tree, { file, name: 'negolint', source: 'negolint', known, marker: marker as never, test: 'html' });
    // Unknown ids in a marker are reported by message-control as messages of its own; keep them as warnings.
    for (const m of file.messages) if (m.source === 'negolint' && !m.ruleId) m.ruleId = 'control-comment';

    const disabled: { line: number; ids: string[] }[] = [];
    const visit = (node: Root | Root['children'][number]): void => {
      if (node.type === 'html') {
        for (const m of node.value.matchAll(LINE_MARKER)) {
          const ids = m[2]!.trim().split(/\s+/).filter(Boolean);
          disabled.push({ line: (node.position?.end.line ?? 0) + (m[1] === 'next-line' ? 1 : 0), ids });
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
