/**
 * `defineRule`: the one way to write a negolint rule. A rule is metadata
 * (id, default severity, description, principle, options schema, examples)
 * plus a `check` that reads the plan model and reports. The helper turns it
 * into a remark-lint rule (`unified-lint-rule`), so messages carry
 * `source: "negolint"`, the rule id and the docs URL.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { boundMessage } from './excerpt.js';
import type { Span } from './text.js';
import type { PlanModel, Side } from './plan/model.js';
import { getPlan } from './plan/store.js';
import type { Schema } from './schema.js';
import type { SourceKey } from './sources.js';

export type SeverityName = 'off' | 'warn' | 'error';

export const DOCS_BASE = 'https://github.com/negolint/negolint/blob/main/packages/core/docs/rules/';

export interface RuleExample {
  /** What the example shows. */
  title: string;
  /** A plan (or part of one); examples are linted as plans. */
  code: string;
  options?: Record<string, unknown>;
}

export interface RuleMeta<Options extends object> {
  id: string;
  /** Severity in the `recommended` preset (`strict` turns every rule on as `error`). */
  severity: SeverityName;
  /** One line, shown in `negolint rules` and in hovers. */
  description: string;
  /** The negotiation principle behind the rule, in our own words. */
  principle: string;
  /**
   * The published articles the principle comes from, by their keys in `engine/sources.ts`
   * (`[]` for a principle of negolint itself). The docs print each one's title and author.
   */
  sources: SourceKey[];
  /** How to fix a finding. */
  fix: string;
  /** Extra notes for the docs (how the rule decides, limits). */
  details?: string;
  /**
   * The rule's findings depend on which side we are on (ordering, wording). When the plan does
   * not state its side, its messages say which side was assumed and how to set it.
   */
  sideDependent?: boolean;
  /** JSON Schema of the options object; every property has a description and default. */
  options: Schema & { type: 'object'; properties: Record<string, Schema> };
  defaultOptions: Options;
  examples: { invalid: RuleExample[]; valid: RuleExample[] };
}

/** A text edit with absolute offsets. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  /**
   * The same text as an editor snippet (`${1:[fill in: price]}`: each field a tab stop that
   * selects it), for editors that can insert one; `text` is what is written otherwise.
   */
  snippet?: string;
}

/** A suggested fix; `safe` fixes are applied by `--fix`. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  safe: boolean;
}

export interface ReportExtra {
  fix?: Fix;
  /** Report as a warning even when the rule is configured as an error. */
  warningOnly?: boolean;
}

export interface RuleContext<Options> {
  plan: PlanModel;
  file: VFile;
  options: Options;
  side: Side;
  /** Report at a span, or at the document's anchor (title heading) when `at` is omitted. */
  report(message: string, at?: Span, extra?: ReportExtra): void;
}

/** What {@link NegolintRule.applies} is asked with. */
export interface AppliesContext<Options> {
  plan: PlanModel;
  options: Options;
  side: Side;
}

export interface NegolintRule<Options extends object = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  url: string;
  plugin: Plugin<[unknown?], Root>;
  check(ctx: RuleContext<Options>): void;
  /**
   * Whether the rule has anything to judge in this plan, for readiness in the plan summary:
   * a rule about concessions has nothing to say about a plan that plans none. A rule without
   * it always applies. A rule that reports applies, whatever this says.
   */
  applies?(ctx: AppliesContext<Options>): boolean;
}

/** Properties negolint adds to vfile messages. */
export interface MessageExtras {
  negolintFix?: Fix;
  negolintWarningOnly?: boolean;
  negolintOffsets?: Span;
}

/** What a side-dependent message adds when the side was not stated. */
export function sideNote(plan: PlanModel): string {
  if (plan.sideSource === 'inferred') {
    return ` (read as a ${plan.side} plan from its wording; state \`side: ${plan.side}\` in the frontmatter or a \`Side:\` line to be sure)`;
  }
  if (plan.sideSource === 'default') {
    return ` (read as a seller plan, the default: if we are buying, add \`side: buyer\` to the frontmatter or a \`Side: buyer\` line)`;
  }
  return '';
}

export function defineRule<Options extends object>(def: {
  meta: RuleMeta<Options>;
  check(ctx: RuleContext<Options>): void;
  applies?(ctx: AppliesContext<Options>): boolean;
}): NegolintRule<Options> {
  const url = `${DOCS_BASE}${def.meta.id}.md`;
  const plugin = lintRule<Root, Partial<Options>>({ origin: `negolint:${def.meta.id}`, url }, (_tree, file, options) => {
    const plan = getPlan(file);
    if (!plan || !plan.isPlan) return;
    const merged = { ...def.meta.defaultOptions, ...(options ?? {}) } as Options;
    def.check({
      plan,
      file,
      options: merged,
      side: plan.side,
      report(message, at, extra) {
        const span = at ?? plan.anchor;
        // Quotes of the document are bounded here, once for every rule (see excerpt.ts).
        const msg = file.message(boundMessage(def.meta.sideDependent ? message + sideNote(plan) : message), {
          place: { start: plan.lines.point(span.start), end: plan.lines.point(Math.max(span.start, span.end)) },
        }) as ReturnType<VFile['message']> & MessageExtras;
        msg.negolintOffsets = { start: span.start, end: Math.max(span.start, span.end) };
        if (extra?.fix) msg.negolintFix = { ...extra.fix, title: boundMessage(extra.fix.title) };
        if (extra?.warningOnly) msg.negolintWarningOnly = true;
      },
    });
  }) as unknown as Plugin<[unknown?], Root>;
  return { meta: def.meta, url, plugin, check: def.check, ...(def.applies ? { applies: def.applies } : {}) };
}
