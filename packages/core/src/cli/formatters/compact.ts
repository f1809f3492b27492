/** One line per finding: `file:line:column: severity message (rule)` — for grep and editors' problem matchers. */
import { printable } from './printable.js';
import type { Formatter } from './types.js';

export const compact: Formatter = (input) => {
  const lines: string[] = [];
  for (const f of input.files) {
    // A newline in a file name or message must not start a line of its own.
    for (const m of f.messages) lines.push(`${printable(f.filePath)}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${printable(m.message)} (${printable(m.ruleId)})`);
  }
  for (const p of input.problems) lines.push(`${printable(p.filePath)}:${p.line ?? 1}:${p.column ?? 1}: error ${printable(p.message)} (${p.code})`);
  return lines.length ? `${lines.join('\n')}\n` : '';
};
