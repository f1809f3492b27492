import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { negolintMessageControl } from './control.js';
import { remarkGfmTables } from './gfm-tables.js';
import { Vocabulary } from './plan/concepts.js';
import { remarkNegolintPlan } from './plan/store.js';
const cache = new Map();
/** The parser alone, as the benchmark's floor and for tools that need the tree. */
export function createParser() {
    return unified().use(remarkParse).use(remarkGfmTables).use(remarkFrontmatter, ['yaml']);
}
export function getProcessor(settings, allRules) {
    const key = JSON.stringify(settings);
    const hit = cache.get(key);
    if (hit)
        return hit;
    const processor = unified()
        .use(remarkParse)
        .use(remarkGfmTables)
        .use(remarkFrontmatter, ['yaml'])
        .use(() => remarkNegolintPlan({ vocabulary: new Vocabulary(settings.vocabulary), side: settings.side, force: settings.force }));
    for (const rule of allRules) {
        const setting = settings.rules[rule.meta.id];
        if (!setting || setting.severity === 'off')
            continue;
        processor.use(rule.plugin, [setting.severity, setting.options]);
    }
    processor.use(() => negolintMessageControl(allRules.map((r) => r.meta.id)));
    const frozen = processor.freeze();
    if (cache.size > 50)
        cache.clear();
    cache.set(key, frozen);
    return frozen;
}
//# sourceMappingURL=processor.js.map