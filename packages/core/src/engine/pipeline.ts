/**
 * negolint as unified plugins: the plan model, the enabled rules and the control comments,
 * in that order. negolint's own processor (`processor.ts`) and the remark preset
 * (`@negolint/core/remark`) both attach this one plugin, so a plan gets the same findings
 * in the CLI, the language server and any remark pipeline.
 */
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { ResolvedRule } from './config/config.js';
import type { VocabularyKey } from './config/vocabulary-keys.js';
import { negolintMessageControl } from './control.js';
import { Lexicon } from './lexicon/index.js';
import { Vocabulary, type Concept } from './plan/concepts.js';
import type { Side } from './plan/model.js';
import { remarkNegolintPlan } from './plan/store.js';
import type { NegolintRule } from './rule.js';

export interface PipelineOptions {
  /** Every rule negolint has; those set to anything but `off` in `rules` run. */
  catalog: readonly NegolintRule<object>[];
  rules: Record<string, ResolvedRule>;
  vocabulary: Partial<Record<VocabularyKey, string[]>>;
  /** Side to assume when a plan does not say. */
  side?: Side;
  /**
   * Whether a file is a plan whatever its content: `true` (config `plans: all`, a matching
   * glob), `false` (a `plans` glob that does not match: the file is left alone) or
   * `undefined` (decide by its content). A function decides per file.
   */
  planByConfig?: boolean | ((file: VFile) => boolean | undefined);
}

// Compiled phrases live in the lexicon and vocabulary; remark builds a processor per file,
// so they are kept per vocabulary, not per processor.
const words = new Map<string, { vocabulary: Vocabulary; lexicon: Lexicon }>();
function wordsFor(vocabulary: PipelineOptions['vocabulary']): { vocabulary: Vocabulary; lexicon: Lexicon } {
  const key = JSON.stringify(vocabulary);
  let hit = words.get(key);
  if (!hit) {
    hit = { vocabulary: new Vocabulary(vocabulary as Partial<Record<Concept, string[]>>), lexicon: new Lexicon(vocabulary) };
    if (words.size > 20) words.clear();
    words.set(key, hit);
  }
  return hit;
}

/**
 * unified plugin: adds the plan model, the enabled rules (as remark-lint rules, in catalog
 * order) and the control comments to the processor it is used on. It expects a tree parsed
 * with YAML frontmatter and GFM tables.
 */
export function negolintPipeline(this: Processor, options: PipelineOptions): void {
  const { vocabulary, lexicon } = wordsFor(options.vocabulary);
  this.use(remarkNegolintPlan, { vocabulary, lexicon, side: options.side, planByConfig: options.planByConfig });
  for (const rule of options.catalog) {
    const setting = options.rules[rule.meta.id];
    if (!setting || setting.severity === 'off') continue;
    this.use(rule.plugin, [setting.severity, setting.options]);
  }
  const ids = options.catalog.map((r) => r.meta.id);
  this.use(() => negolintMessageControl(ids));
}
