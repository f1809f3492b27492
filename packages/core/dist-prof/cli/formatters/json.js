/**
 * ESLint's JSON shape, stable and documented in the README: an array of
 * `{filePath, messages, errorCount, warningCount, fatalErrorCount, fixableErrorCount, fixableWarningCount}`.
 * Files that could not be read, and config errors, appear with one message with
 * `fatal: true` and `ruleId: null`. With `--fix-dry-run`, fixed files carry `output`.
 */
import path from 'node:path';
export const json = (input) => {
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
        ...(f.output !== undefined ? { output: f.output } : {}),
    }));
    for (const p of input.problems) {
        const line = p.line ?? 1;
        const column = p.column ?? 1;
        out.push({
            filePath: path.resolve(input.cwd, p.filePath),
            messages: [{ ruleId: null, fatal: true, severity: 2, message: p.message, line, column, endLine: line, endColumn: column }],
            errorCount: 1,
            warningCount: 0,
            fatalErrorCount: 1,
            fixableErrorCount: 0,
            fixableWarningCount: 0,
        });
    }
    return `${JSON.stringify(out)}\n`;
};
//# sourceMappingURL=json.js.map