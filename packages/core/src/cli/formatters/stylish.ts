/**
 * Grouped by file, aligned columns, a summary line — like ESLint's stylish. Given the terminal's
 * width, long messages wrap onto lines of their own under the message column; without one (piped,
 * written to a file) each finding stays on one line. The JSON formats always keep the full text.
 */
import { colors } from '../color.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';

/** Below this many columns for the message, the rule id moves under the message. */
const MIN_MESSAGE_COLUMNS = 30;
/** Never wrap narrower than this, however narrow the terminal. */
const MIN_WRAP = 20;

const columnsOf = (s: string): number => Array.from(s).length;

/** `text` in lines of at most `width` columns, broken at spaces (a longer word is cut). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let rest = word;
    while (columnsOf(rest) > width) {
      // A word wider than the line (a long path or URL): finish the line, then cut the word.
      if (line) lines.push(line);
      const chars = Array.from(rest);
      lines.push(chars.slice(0, width).join(''));
      rest = chars.slice(width).join('');
      line = '';
    }
    if (!line) line = rest;
    else if (columnsOf(line) + 1 + columnsOf(rest) <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  lines.push(line);
  return lines;
}

export const stylish: Formatter = (input) => {
  const c = colors(input.color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  const width = input.width && input.width > 0 ? input.width : undefined;
  for (const file of input.files) {
    if (file.messages.length === 0) continue;
    out.push(c.underline(printable(file.filePath)));
    const rows = file.messages.map((m) => [`${m.line}:${m.column}`, m.severity === 2 ? 'error' : 'warning', printable(m.message), printable(m.ruleId)]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...rows.map((r) => r[1]!.length));
    const w2 = Math.max(...rows.map((r) => columnsOf(r[2]!)));
    const wr = Math.max(...rows.map((r) => r[3]!.length));
    const indent = 2 + w0 + 2 + w1 + 2;
    // The message column: as wide as the longest message, or what the terminal leaves beside the rule id.
    let messageColumns = w2;
    let ruleBelow = false;
    if (width && indent + w2 + 2 + wr > width) {
      messageColumns = width - indent - 2 - wr;
      if (messageColumns < MIN_MESSAGE_COLUMNS) {
        ruleBelow = true;
        messageColumns = Math.max(MIN_WRAP, width - indent);
      }
    }
    for (const [pos, sev, msg, rule] of rows) {
      const sevText = sev === 'error' ? c.red(sev.padEnd(w1)) : c.yellow(sev!.padEnd(w1));
      const lines = columnsOf(msg!) > messageColumns ? wrapText(msg!, messageColumns) : [msg!];
      const head = `  ${c.dim(pos!.padStart(w0))}  ${sevText}  `;
      if (ruleBelow) {
        out.push(`${head}${lines[0]}`, ...lines.slice(1).map((l) => `${' '.repeat(indent)}${l}`), `${' '.repeat(indent)}${c.dim(rule!)}`);
      } else {
        const first = lines[0]!;
        out.push(`${head}${first}${' '.repeat(Math.max(0, messageColumns - columnsOf(first)))}  ${c.dim(rule!)}`, ...lines.slice(1).map((l) => `${' '.repeat(indent)}${l}`));
      }
    }
    out.push('');
    errors += file.errorCount;
    warnings += file.warningCount;
  }
  for (const p of input.problems) {
    const pos = p.line ? `${p.line}:${p.column ?? 1}  ` : '';
    const indent = 2 + pos.length + 'error'.length + 2;
    const message = printable(p.message);
    const lines = width && indent + columnsOf(message) > width ? wrapText(message, Math.max(MIN_WRAP, width - indent)) : [message];
    out.push(`${c.underline(printable(p.filePath))}`, `  ${c.dim(pos)}${c.red('error')}  ${lines[0]}`, ...lines.slice(1).map((l) => `${' '.repeat(indent)}${l}`), '');
    errors++;
  }
  const total = errors + warnings;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const others = input.filesLinted - input.plansFound;
  const unmatched = input.problems.filter((p) => p.code === 'unmatched').length;
  const configErrors = input.problems.filter((p) => p.code === 'config').length;
  const unreadable = input.problems.length - unmatched - configErrors;
  const counts = [
    `${plural(input.filesLinted, 'file')} linted`,
    `${plural(input.plansFound, 'plan')} found`,
    ...(others > 0 ? [`${others} not ${others === 1 ? 'a plan' : 'plans'}`] : []),
    ...(unreadable ? [`${unreadable} could not be read`] : []),
    ...(unmatched ? [`${unmatched} ${unmatched === 1 ? 'pattern' : 'patterns'} matched no file`] : []),
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
