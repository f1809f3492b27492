import { extractPlan } from './extract.js';
export function getPlan(file) {
    return file.data.negolintPlan;
}
/** unified plugin: extracts the plan model once, before any rule runs. */
export function remarkNegolintPlan(options) {
    return (tree, file) => {
        file.data.negolintPlan = extractPlan(tree, String(file.value), options);
    };
}
//# sourceMappingURL=store.js.map