import { lintRule } from 'unified-lint-rule';
import { getPlan } from './plan/store.js';
export const DOCS_BASE = 'https://github.com/negolint/negolint/blob/main/docs/rules/';
export function defineRule(def) {
    const url = `${DOCS_BASE}${def.meta.id}.md`;
    const plugin = lintRule({ origin: `negolint:${def.meta.id}`, url }, (_tree, file, options) => {
        const plan = getPlan(file);
        if (!plan || !plan.isPlan)
            return;
        const merged = { ...def.meta.defaultOptions, ...(options ?? {}) };
        def.check({
            plan,
            file,
            options: merged,
            side: plan.side,
            report(message, at, extra) {
                const span = at ?? plan.anchor;
                const msg = file.message(message, {
                    place: { start: plan.lines.point(span.start), end: plan.lines.point(Math.max(span.start, span.end)) },
                });
                msg.negolintOffsets = { start: span.start, end: Math.max(span.start, span.end) };
                if (extra?.fix)
                    msg.negolintFix = extra.fix;
                if (extra?.warningOnly)
                    msg.negolintWarningOnly = true;
            },
        });
    });
    return { meta: def.meta, url, plugin, check: def.check };
}
//# sourceMappingURL=rule.js.map