/**
 * Building blocks for suggested fixes: where a missing section belongs, and
 * the edit that inserts it.
 */
import type { Concept } from './plan/concepts.js';
import type { PlanModel } from './plan/model.js';
import type { Fix } from './rule.js';
/**
 * A fix that inserts a new section. It goes before the first heading section
 * of `before` (so a walk-away point lands above the target), else at the end.
 */
export declare function insertSectionFix(plan: PlanModel, title: string, heading: string, body: string, before?: Concept[]): Fix;
