/** Grouped by file, aligned columns, a summary line — like ESLint's stylish. */
import { colors } from '../color.js';
import type { Formatter } from './types.js';

export const stylish: Formatter = (input) => {
  const c = colors(input.color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of input.files) {
    if (file.messages.length === 0) continue;
    out.push(c.underline(file.filePath));
    const rows = file.messages.map((m) => [`${m.line}:${m.column}`, m.severity === 2 ? 'error' : 'warning', m.message, m.ruleId]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...rows.map((r) => r[1]!.length));
    const w2 = Math.max(...rows.map((r) => r[2]!.length));
    for (const [pos, sev, msg, rule] of rows) {
      const sevText = sev === 'error' ? c.red(sev.padEnd(w1)) : c.yellow(sev!.padEnd(w1));
      out.push(`  ${c.dim(pos!.padStart(w0))}  ${sevText}  ${msg!.padEnd(w2)}  ${c.dim(rule!)}`);
    }
    out.push('');
    errors += file.errorCount;
    warnings += file.warningCount;
  }
  for (const p of input.problems) {
    out.push(`${c.underline(p.filePath)}`, `  ${c.red('error')}  ${p.message}`, '');
    errors++;
  }
  const total = errors + warnings;
  const counts = `${input.filesLinted} file${input.filesLinted === 1 ? '' : 's'} linted, ${input.plansFound} plan${input.plansFound === 1 ? '' : 's'} found${input.problems.length ? `, ${input.problems.length} skipped` : ''}${input.fixedFiles ? `, ${input.fixedFiles} fixed` : ''}`;
  if (total === 0) {
    out.push(c.green(`✔ No problems`) + c.dim(` (${counts})`));
  } else {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
    out.push((errors ? c.red : c.yellow)(c.bold(summary)), c.dim(counts));
  }
  return `${out.join('\n')}\n`;
};
