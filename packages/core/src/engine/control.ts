/**
 * Inline control comments. `negolint-disable`, `negolint-enable` and
 * `negolint-ignore` are remark-message-control's; `negolint-disable-next-line`
 * and `negolint-disable-line` (which markdownlint and ESLint users expect) are
 * handled here, after the rules ran.
 */
import type { Html, Root } from 'mdast';
import remarkMessageControl from 'remark-message-control';
import type { VFile } from 'vfile';

const LINE_MARKER = /<!--\s*negolint-disable-(next-line|line)((?:\s+[a-z][a-z0-9-]*)*)\s*-->/g;

export function negolintMessageControl(known: string[]) {
  const transform = remarkMessageControl({ name: 'negolint', source: 'negolint', known }) as unknown as (tree: Root, file: VFile) => void;
  return (tree: Root, file: VFile): void => {
    const before = file.messages.slice();
    try {
      transform(tree, file);
    } catch (error) {
      // A malformed marker (`<!-- negolint foo -->`) must not cost the user their findings.
      file.messages = before;
      const reason = error instanceof Error ? error.message : String(error);
      const msg = file.message(`Unexpected control comment: ${reason}`, { ruleId: 'control-comment', source: 'negolint' });
      msg.fatal = false;
    }
    const disabled: { line: number; ids: string[] }[] = [];
    const visit = (node: Root | Root['children'][number]): void => {
      if (node.type === 'html') collect(node);
      if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
    };
    const collect = (node: Html): void => {
      for (const m of node.value.matchAll(LINE_MARKER)) {
        const ids = m[2]!.trim().split(/\s+/).filter(Boolean);
        const line = (node.position?.end.line ?? 0) + (m[1] === 'next-line' ? 1 : 0);
        disabled.push({ line, ids });
      }
    };
    visit(tree);
    if (disabled.length === 0) return;
    file.messages = file.messages.filter((m) => {
      if (m.source !== 'negolint') return true;
      return !disabled.some((d) => d.line === m.line && (d.ids.length === 0 || d.ids.includes(m.ruleId ?? '')));
    });
  };
}
