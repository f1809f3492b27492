export const compact = (input) => {
    const lines = [];
    for (const f of input.files) {
        for (const m of f.messages)
            lines.push(`${f.filePath}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${m.message} (${m.ruleId})`);
    }
    for (const p of input.problems)
        lines.push(`${p.filePath}:${p.line ?? 1}:${p.column ?? 1}: error ${p.message} (${p.code})`);
    return lines.length ? `${lines.join('\n')}\n` : '';
};
//# sourceMappingURL=compact.js.map