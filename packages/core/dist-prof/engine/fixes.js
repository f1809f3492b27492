/** The heading depth plan sections use in this document (the most common below the title). */
function sectionDepth(plan) {
    const counts = new Map();
    const titleDepth = plan.sections[0]?.depth ?? 1;
    for (const s of plan.sections)
        if (s.depth > titleDepth || plan.sections.length === 1)
            counts.set(s.depth, (counts.get(s.depth) ?? 0) + 1);
    let best = Math.min(titleDepth + 1, 6);
    let bestCount = 0;
    for (const [depth, n] of counts)
        if (n > bestCount || (n === bestCount && depth < best))
            [best, bestCount] = [depth, n];
    return plan.sections.length === 0 ? 2 : best;
}
/**
 * A fix that inserts a new section. It goes before the first heading section
 * of `before` (so a walk-away point lands above the target), else at the end.
 */
export function insertSectionFix(plan, title, heading, body, before = []) {
    const depth = sectionDepth(plan);
    const hashes = '#'.repeat(depth);
    const block = `${hashes} ${heading}\n\n${body.trimEnd()}\n`;
    const target = plan.sections.find((s) => s.depth <= depth && s.index > 0 && s.concepts.some((c) => before.includes(c)));
    if (target) {
        return { title, safe: true, edits: [{ start: target.start, end: target.start, text: `${block}\n` }] };
    }
    const text = plan.text;
    const trailing = text.length - text.trimEnd().length;
    const end = text.length - trailing;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const insert = `${eol}${eol}${block}`.replace(/\r?\n/g, eol);
    return { title, safe: true, edits: [{ start: end, end: text.length, text: insert }] };
}
//# sourceMappingURL=fixes.js.map