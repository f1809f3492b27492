interface Options {
    extraRelationshipPhrases: string[];
    extraConcessionPhrases: string[];
}
declare const _default: import("../engine/rule.js").NegolintRule<Options>;
export default _default;
