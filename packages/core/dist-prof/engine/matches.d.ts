/** Regex matching helpers shared by the plan model and the rules. */
/**
 * Every match of `re` in `text`, like `text.matchAll(re)` for a global regex. Rules run
 * hundreds of phrase regexes over every sentence; an `exec` loop on one cached global
 * twin per regex avoids the iterator and the regex clone `matchAll` makes on every call.
 */
export declare function allMatches(text: string, re: RegExp): RegExpExecArray[];
