/**
 * Applying fixes to files: repeated until nothing more applies, written
 * atomically (temp file + rename), keeping the file's line endings and BOM.
 */
import { renameSync, statSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { applyFixes, lintText } from './lint.js';
/** Fixes a text with the safe fixes lint offers, up to a few passes (a fix can unlock another). */
export function fixText(text, options) {
    const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    let body = bom ? text.slice(1) : text;
    const crlf = /\r\n/.test(body) && !/(^|[^\r])\n/.test(body);
    // A fix offered again after it was applied did not resolve its finding; applying it
    // once more would only insert the same text again.
    const applied = new Set();
    for (let pass = 0; pass < 5; pass++) {
        const offered = lintText(body, options).messages.flatMap((m) => m.fix?.safe ? [{ key: [m.ruleId, m.fix.title, ...m.fix.edits.map((e) => e.text)].join('\0'), fix: m.fix }] : []);
        // Overlapping fixes wait for the next pass (the text they target changes); the same
        // fix reported twice in one pass (several findings, one fix) is applied once.
        const chosen = [];
        const keys = new Set();
        const taken = [];
        for (const o of offered) {
            const at = `${o.key}\0${o.fix.edits.map((e) => `${e.start}-${e.end}`).join(',')}`;
            if (applied.has(o.key) || keys.has(at))
                continue;
            if (o.fix.edits.some((e) => taken.some(([s, t]) => e.start < t && s < e.end)))
                continue;
            keys.add(at);
            chosen.push(o.fix);
            for (const e of o.fix.edits)
                taken.push([e.start, e.end]);
        }
        for (const k of keys)
            applied.add(k.slice(0, k.lastIndexOf('\0')));
        const fixes = chosen;
        if (fixes.length === 0)
            break;
        const normalized = fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, text: crlf ? e.text.replace(/\r?\n/g, '\r\n') : e.text })) }));
        const { text: next, applied: count } = applyFixes(body, normalized);
        if (count === 0 || next === body)
            break;
        body = next;
    }
    const output = bom + body;
    return { output, changed: output !== text };
}
/** Writes through a temporary file in the same folder, so a crash never leaves half a plan. */
export function writeAtomic(file, content) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.negolint-${process.pid}.tmp`);
    let mode;
    try {
        mode = statSync(file).mode;
    }
    catch {
        mode = undefined;
    }
    try {
        writeFileSync(tmp, content);
        if (mode !== undefined)
            chmodSync(tmp, mode & 0o7777);
        renameSync(tmp, file);
    }
    catch (error) {
        try {
            unlinkSync(tmp);
        }
        catch {
            /* already gone */
        }
        throw error;
    }
}
/** A unified diff of two texts as one hunk around the changed lines. */
export function unifiedDiff(file, before, after, context = 3) {
    if (before === after)
        return '';
    const a = before.split('\n');
    const b = after.split('\n');
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length - 1;
    let endB = b.length - 1;
    while (endA >= start && endB >= start && a[endA] === b[endB]) {
        endA--;
        endB--;
    }
    const from = Math.max(0, start - context);
    const toA = Math.min(a.length - 1, endA + context);
    const toB = Math.min(b.length - 1, endB + context);
    const lines = [`--- a/${file}`, `+++ b/${file}`, `@@ -${from + 1},${toA - from + 1} +${from + 1},${toB - from + 1} @@`];
    for (let i = from; i < start; i++)
        lines.push(` ${a[i]}`);
    for (let i = start; i <= endA; i++)
        lines.push(`-${a[i]}`);
    for (let i = start; i <= endB; i++)
        lines.push(`+${b[i]}`);
    for (let i = endA + 1; i <= toA; i++)
        lines.push(` ${a[i]}`);
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=fix.js.map