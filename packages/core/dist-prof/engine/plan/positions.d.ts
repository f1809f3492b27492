/** The numbers behind the positions (walk-away, target, opening) that several rules compare. */
import type { Amount } from '../numbers.js';
import type { Fact, PlanModel } from './model.js';
/** Money first, then bare figures large enough to be prices; percentages are not positions. */
export declare function positionAmounts(plan: PlanModel, facts: readonly Fact[]): Amount[];
/** The facts that state our limit. */
export declare function walkAwayFacts(plan: PlanModel): Fact[];
