/** Grouped by file, aligned columns, a summary line — like ESLint's stylish. */
import { colors } from '../color.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';

export const stylish: Formatter = (input) => {
  const c = colors(input.color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of input.files) {
    if (file.messages.length === 0) continue;
    out.push(c.underline(printable(file.filePath)));
    const rows = file.messages.map((m) => [`${m.line}:${m.column}`, m.severity === 2 ? 'error' : 'warning', printable(m.message), printable(m.ruleId)]);
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
    const pos = p.line ? `${p.line}:${p.column ?? 1}  ` : '';
    out.push(`${c.underline(printable(p.filePath))}`, `  ${c.dim(pos)}${c.red('error')}  ${printable(p.message)}`, '');
    errors++;
  }
  const total = errors + warnings;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const others = input.filesLinted - input.plansFound;
  const unreadable = input.problems.filter((p) => p.code !== 'config').length;
  const configErrors = input.problems.length - unreadable;
  const counts = [
    `${plural(input.filesLinted, 'file')} linted`,
    `${plural(input.plansFound, 'plan')} found`,
    ...(others > 0 ? [`${others} not ${others === 1 ? 'a plan' : 'plans'}`] : []),
    ...(unreadable ? [`${unreadable} could not be read`] : []),
    ...(configErrors ? [plural(configErrors, 'config error')] : []),
    ...(input.fixedFiles ? [`${input.fixedFiles} fixed`] : []),
  ].join(', ');
  if (total === 0) {
    out.push(c.green(`✔ No problems`) + c.dim(` (${counts})`));
  } else {
    const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    out.push((errors ? c.red : c.yellow)(c.bold(summary)), c.dim(counts));
  }
  return `${out.join('\n')}\n`;
};
