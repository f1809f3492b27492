type Element = 'decision-maker' | 'timeline' | 'budget' | 'needs';
interface Options {
    requiredElements: Element[];
    extraPhrases: {
        decisionMaker?: string[];
        timeline?: string[];
        budget?: string[];
        needs?: string[];
    };
}
declare const _default: import("../engine/rule.js").NegolintRule<Options>;
export default _default;
