/** The plan model lives on `file.data` so every rule reads the same extraction. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { extractPlan, type ExtractOptions } from './extract.js';
import type { PlanModel } from './model.js';

declare module 'vfile' {
  interface DataMap {
    negolintPlan: PlanModel;
  }
}

export function getPlan(file: VFile): PlanModel | undefined {
  return file.data.negolintPlan;
}

export interface PlanStepOptions extends Omit<ExtractOptions, 'force'> {
  /**
   * Whether the file is a plan whatever its content (`true`), is left alone (`false`: no
   * model, so no rule reports) or is recognised by its content (`undefined`); per file
   * when a function.
   */
  planByConfig?: boolean | ((file: VFile) => boolean | undefined);
}

/** unified plugin: extracts the plan model once, before any rule runs. */
export function remarkNegolintPlan({ planByConfig, ...options }: PlanStepOptions) {
  return (tree: Root, file: VFile): void => {
    const byConfig = typeof planByConfig === 'function' ? planByConfig(file) : planByConfig;
    if (byConfig === false) return;
    // `String(file)` decodes a file read as bytes the way the parser did (UTF-8, without a
    // byte-order mark), so offsets into it match the tree's.
    file.data.negolintPlan = extractPlan(tree, String(file), { ...options, force: byConfig === true });
  };
}
