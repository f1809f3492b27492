/** Regex matching helpers shared by the plan model and the rules. */

const globalTwins = new WeakMap<RegExp, RegExp>();

/**
 * Every match of `re` in `text`, like `text.matchAll(re)` for a global regex. Rules run
 * hundreds of phrase regexes over every sentence; an `exec` loop on one cached global
 * twin per regex avoids the iterator and the regex clone `matchAll` makes on every call.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  let g = globalTwins.get(re);
  if (!g) globalTwins.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  const out: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(m);
    // An empty match would match again at the same place: step over one character, as matchAll does.
    if (m[0] === '') g.lastIndex = m.index + (g.unicode && text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  g.lastIndex = 0;
  return out;
}
