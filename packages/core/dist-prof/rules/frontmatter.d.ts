declare const _default: import("../engine/rule.js").NegolintRule<{}>;
export default _default;
