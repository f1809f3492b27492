type Step = 'legal' | 'procurement' | 'security' | 'signer';
interface Options {
    requiredSteps: Step[];
    stepPhrases: Partial<Record<Step, string[]>>;
}
declare const _default: import("../engine/rule.js").NegolintRule<Options>;
export default _default;
