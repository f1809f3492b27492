/**
 * Builds the plan model from an mdast tree in one walk. Rules never re-parse:
 * they read sections, list items, table rows, labelled facts and sentences
 * from here, all with absolute offsets into the source.
 */
import type { Root } from 'mdast';
import { type Vocabulary } from './concepts.js';
import type { PlanModel, Side } from './model.js';
export interface ExtractOptions {
    vocabulary: Vocabulary;
    /** Side to assume when the plan does not say. */
    side?: Side;
    /** `true`: treat the document as a plan whatever it looks like (config `plans`, `--all`). */
    force?: boolean;
}
export declare function extractPlan(tree: Root, text: string, options: ExtractOptions): PlanModel;
export declare const BUYER_RE: RegExp;
export declare const SELLER_RE: RegExp;
