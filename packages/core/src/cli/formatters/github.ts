/** GitHub Actions workflow commands: annotations on the pull request's changed lines. */
import { printableKeepingNewlines } from './printable.js';
import type { Formatter } from './types.js';

// Workflow logs render escape sequences too: control characters become visible escapes first.
const escapeData = (s: string) => printableKeepingNewlines(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (input) => {
  const lines: string[] = [];
  for (const f of input.files) {
    for (const m of f.messages) {
      const kind = m.severity === 2 ? 'error' : 'warning';
      lines.push(
        `::${kind} file=${escapeProp(f.filePath)},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProp(`negolint(${m.ruleId})`)}::${escapeData(m.message)}`,
      );
    }
  }
  for (const p of input.problems) lines.push(`::error file=${escapeProp(p.filePath)}${p.line ? `,line=${p.line}` : ''}${p.column ? `,col=${p.column}` : ''},title=negolint::${escapeData(p.message)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
};
