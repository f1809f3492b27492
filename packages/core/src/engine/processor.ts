/**
 * The one unified pipeline: remark-parse + GFM tables + frontmatter, the plan model,
 * the enabled rules, then inline control comments. Processors are cached per
 * effective configuration, so linting many files builds one.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { negolintMessageControl } from './control.js';
import { remarkGfmTables } from './gfm-tables.js';
import { Vocabulary } from './plan/concepts.js';
import { Lexicon } from './lexicon/index.js';
import type { VocabularyKey } from './config/vocabulary-keys.js';
import type { Side } from './plan/model.js';
import { remarkNegolintPlan } from './plan/store.js';
import type { NegolintRule } from './rule.js';
import type { ResolvedRule } from './config/config.js';
import type { Concept } from './plan/concepts.js';

export interface ProcessorSettings {
  rules: Record<string, ResolvedRule>;
  vocabulary: Partial<Record<VocabularyKey, string[]>>;
  side?: Side;
  force: boolean;
}

type AnyProcessor = Processor<Root, Root, Root, undefined, undefined>;

const cache = new Map<string, AnyProcessor>();

/** The parser alone, as the benchmark's floor and for tools that need the tree. */
export function createParser() {
  return unified().use(remarkParse).use(remarkGfmTables).use(remarkFrontmatter, ['yaml']);
}

export function getProcessor(settings: ProcessorSettings, allRules: readonly NegolintRule<object>[]): AnyProcessor {
  const key = JSON.stringify(settings);
  const hit = cache.get(key);
  if (hit) return hit;
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfmTables)
    .use(remarkFrontmatter, ['yaml'])
    .use(() =>
      remarkNegolintPlan({
        vocabulary: new Vocabulary(settings.vocabulary as Partial<Record<Concept, string[]>>),
        lexicon: new Lexicon(settings.vocabulary),
        side: settings.side,
        force: settings.force,
      }),
    );
  for (const rule of allRules) {
    const setting = settings.rules[rule.meta.id];
    if (!setting || setting.severity === 'off') continue;
    processor.use(rule.plugin, [setting.severity, setting.options]);
  }
  processor.use(() => negolintMessageControl(allRules.map((r) => r.meta.id)));
  const frozen = processor.freeze() as unknown as AnyProcessor;
  if (cache.size > 50) cache.clear();
  cache.set(key, frozen);
  return frozen;
}
