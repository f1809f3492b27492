import type { NegolintRule } from '../rule.js';
import type { Schema } from '../schema.js';
export declare function ruleSettingSchema(rule: NegolintRule<object>): Schema;
export declare function configSchema(rules: readonly NegolintRule<object>[]): Schema & {
    properties: Record<string, Schema>;
};
