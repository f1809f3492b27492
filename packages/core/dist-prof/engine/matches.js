const globalTwins = new WeakMap();
export const __stats = new Map();
export function allMatches(text, re) {
  let g = globalTwins.get(re);
  if (!g) globalTwins.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  const t = performance.now();
  const out = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(m);
    if (m[0] === '') g.lastIndex = m.index + (g.unicode && text.codePointAt(m.index) > 0xffff ? 2 : 1);
  }
  g.lastIndex = 0;
  const dt = performance.now() - t;
  const k = re.source.slice(0, 90) + ' /' + g.flags;
  const s = __stats.get(k) ?? { first: dt, total: 0, calls: 0, chars: 0 };
  s.total += dt; s.calls++; s.chars += text.length;
  __stats.set(k, s);
  return out;
}
