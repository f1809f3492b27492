/** The plan model lives on `file.data` so every rule reads the same extraction. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type ExtractOptions } from './extract.js';
import type { PlanModel } from './model.js';
declare module 'vfile' {
    interface DataMap {
        negolintPlan: PlanModel;
    }
}
export declare function getPlan(file: VFile): PlanModel | undefined;
/** unified plugin: extracts the plan model once, before any rule runs. */
export declare function remarkNegolintPlan(options: ExtractOptions): (tree: Root, file: VFile) => void;
