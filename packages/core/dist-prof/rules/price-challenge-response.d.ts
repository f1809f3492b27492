interface Options {
    extraChallengePhrases: string[];
    extraValuePhrases: string[];
    extraCutPhrases: string[];
}
declare const _default: import("../engine/rule.js").NegolintRule<Options>;
export default _default;
