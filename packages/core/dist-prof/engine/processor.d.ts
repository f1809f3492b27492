/**
 * The one unified pipeline: remark-parse + GFM tables + frontmatter, the plan model,
 * the enabled rules, then inline control comments. Processors are cached per
 * effective configuration, so linting many files builds one.
 */
import type { Root } from 'mdast';
import { type Processor } from 'unified';
import type { Side } from './plan/model.js';
import type { NegolintRule } from './rule.js';
import type { ResolvedRule } from './config/config.js';
import type { Concept } from './plan/concepts.js';
export interface ProcessorSettings {
    rules: Record<string, ResolvedRule>;
    vocabulary: Partial<Record<Concept, string[]>>;
    side?: Side;
    force: boolean;
}
type AnyProcessor = Processor<Root, Root, Root, undefined, undefined>;
/** The parser alone, as the benchmark's floor and for tools that need the tree. */
export declare function createParser(): Processor<Root, undefined, undefined, undefined, undefined>;
export declare function getProcessor(settings: ProcessorSettings, allRules: readonly NegolintRule<object>[]): AnyProcessor;
export {};
