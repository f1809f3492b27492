const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
export const github = (input) => {
    const lines = [];
    for (const f of input.files) {
        for (const m of f.messages) {
            const kind = m.severity === 2 ? 'error' : 'warning';
            lines.push(`::${kind} file=${escapeProp(f.filePath)},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProp(`negolint(${m.ruleId})`)}::${escapeData(m.message)}`);
        }
    }
    for (const p of input.problems)
        lines.push(`::error file=${escapeProp(p.filePath)}${p.line ? `,line=${p.line}` : ''}${p.column ? `,col=${p.column}` : ''},title=negolint::${escapeData(p.message)}`);
    return lines.length ? `${lines.join('\n')}\n` : '';
};
//# sourceMappingURL=github.js.map