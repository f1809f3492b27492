/**
 * The JSON Schema of `.negolintrc.json`, built from the rules' own option
 * schemas. The same object validates configs and is written (generated) to
 * `packages/core/schema/negolintrc.schema.json` for editors.
 */
import { VOCABULARY_KEYS } from './vocabulary-keys.js';
import { CONCEPTS } from '../plan/concepts.js';
import type { NegolintRule } from '../rule.js';
import type { Schema } from '../schema.js';

const SEVERITY: Schema = {
  enum: ['off', 'warn', 'warning', 'error', 0, 1, 2],
  description: '"off" (0), "warn" (1) or "error" (2).',
};

export function ruleSettingSchema(rule: NegolintRule<object>): Schema {
  return {
    description: `${rule.meta.description} Default: ${rule.meta.severity}. Docs: ${rule.url}`,
    anyOf: [
      SEVERITY,
      { type: 'array', description: '[severity, options]', items: { anyOf: [SEVERITY, rule.meta.options] } },
    ],
  };
}

export function configSchema(rules: readonly NegolintRule<object>[]): Schema & { properties: Record<string, Schema> } {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'Path or URL of this schema, for editors.' },
      extends: {
        description: 'A preset ("recommended", "strict") or a relative path to another config file inside the workspace, or a list of them.',
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      rules: {
        type: 'object',
        description: 'Rule severities and options: "off" | "warn" | "error" | [severity, options].',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((r) => [r.meta.id, ruleSettingSchema(r)])),
      },
      vocabulary: {
        type: 'object',
        description:
          'Your team\'s words, per concept: headings and labels (e.g. {"walk-away": ["Schmerzgrenze"]}) and, for sentence concepts, phrases in sentences (e.g. {"price-cut": ["Nachlass"], "alternative": ["second source"]}).',
        additionalProperties: false,
        properties: Object.fromEntries(
          VOCABULARY_KEYS.map((c) => [c, { type: 'array', items: { type: 'string' }, description: `Extra words for ${c}.` }]),
        ),
      },
      side: { enum: ['seller', 'buyer'], description: 'Side to assume when a plan does not say (default "seller").' },
      plans: {
        description: '"auto" (recognise plans by their sections, the default), "all" (lint every Markdown file as a plan) or a list of globs of plan files.',
        anyOf: [{ enum: ['auto', 'all'] }, { type: 'array', items: { type: 'string' } }],
      },
      ignorePatterns: { type: 'array', items: { type: 'string' }, description: 'Globs of files never to lint (like .negolintignore).' },
    },
  };
}
