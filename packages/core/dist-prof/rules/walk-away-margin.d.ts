interface Options {
    minGapPercent: number;
}
declare const _default: import("../engine/rule.js").NegolintRule<Options>;
export default _default;
