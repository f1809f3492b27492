/**
 * Hover on a flagged range: for each rule that flagged it, the rule's one-line
 * description, the negotiation principle behind it and a link to its docs.
 */
import type { LintResult, RuleMeta } from '@negolint/core';
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeContains, toRange } from './diagnostics.js';

export type RuleInfo = Pick<RuleMeta<object>, 'id' | 'description' | 'principle'> & { url: string };

export function hover(doc: TextDocument, result: LintResult, position: Position, rules: ReadonlyMap<string, RuleInfo>, markdown: boolean): Hover | null {
  const seen = new Set<string>();
  const parts: string[] = [];
  let range: Range | undefined;
  for (const m of result.messages) {
    const r = toRange(m, doc);
    if (!rangeContains(r, position) || seen.has(m.ruleId)) continue;
    seen.add(m.ruleId);
    range ??= r;
    const rule = rules.get(m.ruleId);
    const url = rule?.url ?? m.url;
    if (markdown) {
      parts.push(
        [
          `**negolint: \`${m.ruleId}\`** — ${rule?.description ?? m.message}`,
          ...(rule ? [rule.principle] : []),
          ...(url ? [`[Documentation for ${m.ruleId}](${url})`] : []),
        ].join('\n\n'),
      );
    } else {
      parts.push([`negolint: ${m.ruleId} — ${rule?.description ?? m.message}`, ...(rule ? [rule.principle] : []), ...(url ? [url] : [])].join('\n\n'));
    }
  }
  if (parts.length === 0) return null;
  return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: parts.join(markdown ? '\n\n---\n\n' : '\n\n') }, range };
}
