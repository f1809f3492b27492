import type { NegolintRule } from '../engine/rule.js';
/** Every negolint rule, in id order. */
export declare const rules: readonly NegolintRule<object>[];
