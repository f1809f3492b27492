/** The plan model lives on `file.data` so every rule reads the same extraction. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { extractPlan, type ExtractOptions } from './extract.js';
import type { PlanModel } from './model.js';
import type { StatementMemo } from '../incremental/memo.js';

declare module 'vfile' {
  interface DataMap {
    negolintPlan: PlanModel;
    /** Set by `lintText` when linting a new version of a document it linted before. */
    negolintMemo: StatementMemo;
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
    // The text as the parser read it: `String(file)` decodes bytes, and micromark counts its
    // offsets after a byte-order mark (negolint's own API strips one before parsing).
    const text = String(file);
    file.data.negolintPlan = extractPlan(tree, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
      ...options,
      force: byConfig === true,
      memo: file.data.negolintMemo,
    });
  };
}
