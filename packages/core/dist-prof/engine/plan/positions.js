import { normalizeLabel } from './concepts.js';
/** Money first, then bare figures large enough to be prices; percentages are not positions. */
export function positionAmounts(plan, facts) {
    const all = facts.flatMap((f) => plan.ownAmounts(f));
    return [...all.filter((a) => a.kind === 'money'), ...all.filter((a) => a.kind === 'number' && a.value >= 1000)];
}
/** The facts that state our limit. */
export function walkAwayFacts(plan) {
    const facts = plan.factsOf('walk-away');
    // "BATNA" is our alternative more often than our limit; use it only when nothing else names the limit.
    const named = facts.filter((f) => normalizeLabel(f.label.text) !== 'batna');
    return named.length > 0 ? named : facts;
}
//# sourceMappingURL=positions.js.map