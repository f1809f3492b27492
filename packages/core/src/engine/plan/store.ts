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

/** unified plugin: extracts the plan model once, before any rule runs. */
export function remarkNegolintPlan(options: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    file.data.negolintPlan = extractPlan(tree, String(file.value), options);
  };
}
