/**
 * Whether a plan has something for a rule to judge, for readiness in the plan summary
 * (`NegolintRule.applies`): a plan that plans no concession has no concession to trade.
 */
import type { Tag } from '../lexicon/index.js';
import type { Concept } from './concepts.js';
import type { PlanModel } from './model.js';

/** A fact of `concept`, or an affirmed statement tagged `tag`. */
export function mentions(plan: PlanModel, concept: Concept, tag: Tag): boolean {
  return plan.has(concept) || plan.tagged(tag).some((t) => !t.hit.negated);
}

/** The plan plans concessions: a section or label for them, or a sentence that gives something. */
export const plansConcessions = (plan: PlanModel): boolean => mentions(plan, 'concessions', 'give') || plan.tagged('price-cut').some((t) => !t.hit.negated);
