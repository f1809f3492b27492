/** `negolint init`: a commented config and an example plan; never overwrites. */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_TEMPLATE, PLAN_TEMPLATE } from './templates.js';
export const INIT_FILES = { config: '.negolintrc.yaml', plan: 'negotiation-plan.example.md' };
export function runInit(cwd) {
    const targets = [
        [INIT_FILES.config, CONFIG_TEMPLATE],
        [INIT_FILES.plan, PLAN_TEMPLATE],
    ];
    const refused = targets.filter(([name]) => existsSync(path.join(cwd, name))).map(([name]) => name);
    if (refused.length > 0)
        return { written: [], refused };
    for (const [name, content] of targets)
        writeFileSync(path.join(cwd, name), content, { flag: 'wx' });
    return { written: targets.map(([name]) => name), refused };
}
//# sourceMappingURL=init.js.map