/**
 * The one unified pipeline: remark-parse + GFM tables + frontmatter, the plan model,
 * the enabled rules, then inline control comments. Processors are cached per
 * effective configuration, so linting many files builds one.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { remarkGfmTables } from './gfm-tables.js';
import type { VocabularyKey } from './config/vocabulary-keys.js';
import type { Side } from './plan/model.js';
import { negolintPipeline } from './pipeline.js';
import type { NegolintRule } from './rule.js';
import type { ResolvedRule } from './config/config.js';

export interface ProcessorSettings {
  rules: Record<string, ResolvedRule>;
  vocabulary: Partial<Record<VocabularyKey, string[]>>;
  side?: Side;
  force: boolean;
}

type AnyProcessor = Processor<Root, Root, Root, undefined, undefined>;

const cache = new Map<string, AnyProcessor>();

/**
 * The parser alone, as the benchmark's floor and for tools that need the tree. Without
 * `frontmatter`, for text that does not start a document (incremental parsing).
 */
export function createParser({ frontmatter = true }: { frontmatter?: boolean } = {}) {
  const parser = unified().use(remarkParse).use(remarkGfmTables);
  return frontmatter ? parser.use(remarkFrontmatter, ['yaml']) : parser;
}

export function getProcessor(settings: ProcessorSettings, allRules: readonly NegolintRule<object>[]): AnyProcessor {
  const key = JSON.stringify(settings);
  const hit = cache.get(key);
  if (hit) return hit;
  const processor = createParser().use(negolintPipeline, {
    catalog: allRules,
    rules: settings.rules,
    vocabulary: settings.vocabulary,
    side: settings.side,
    planByConfig: settings.force || undefined,
  });
  const frozen = processor.freeze() as unknown as AnyProcessor;
  if (cache.size > 50) cache.clear();
  cache.set(key, frozen);
  return frozen;
}
