// Cost against input size: a plan and a document ten times its size, lint and bare
// parse, in interleaved rounds (best of each), so the growth of the two can be compared.
import { readFileSync } from 'node:fs';
import { createParser, lintText } from '../../packages/core/dist/index.js';

const small = readFileSync(process.argv[2], 'utf8');
const big = readFileSync(process.argv[3], 'utf8');
const rounds = Number(process.argv[4] ?? 5);
const parser = createParser();
const lint = (text) => lintText(text, { config: { plans: 'all' } });
const time = (f) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
for (let i = 0; i < 5; i++) lint(small);
const best = { lintSmall: Infinity, lintBig: Infinity, parseSmall: Infinity, parseBig: Infinity };
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < 5; i++) best.lintSmall = Math.min(best.lintSmall, time(() => lint(small)));
  best.lintBig = Math.min(best.lintBig, time(() => lint(big)));
  for (let i = 0; i < 5; i++) best.parseSmall = Math.min(best.parseSmall, time(() => parser.parse(small)));
  best.parseBig = Math.min(best.parseBig, time(() => parser.parse(big)));
}
console.log(JSON.stringify({ ...best, sizeRatio: big.length / small.length }));
