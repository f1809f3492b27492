/**
 * ESLint's JSON shape, stable and documented in the README: an array of
 * `{filePath, messages, errorCount, warningCount, fatalErrorCount, fixableErrorCount, fixableWarningCount}`.
 * Files that could not be read appear with one fatal message and `ruleId: null`.
 */
import path from 'node:path';
import type { Formatter } from './types.js';

export const json: Formatter = (input) => {
  const out = input.files.map((f) => ({
    filePath: path.resolve(input.cwd, f.filePath),
    messages: f.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ...(m.fix ? { fix: { title: m.fix.title, edits: m.fix.edits } } : {}),
    })),
    errorCount: f.errorCount,
    warningCount: f.warningCount,
    fatalErrorCount: 0,
    fixableErrorCount: f.messages.filter((m) => m.severity === 2 && m.fix?.safe).length,
    fixableWarningCount: f.messages.filter((m) => m.severity === 1 && m.fix?.safe).length,
  }));
  for (const p of input.problems) {
    out.push({
      filePath: path.resolve(input.cwd, p.filePath),
      messages: [{ ruleId: null as unknown as string, severity: 2, message: p.message, line: 1, column: 1, endLine: 1, endColumn: 1 }],
      errorCount: 1,
      warningCount: 0,
      fatalErrorCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
  }
  return `${JSON.stringify(out)}\n`;
};
