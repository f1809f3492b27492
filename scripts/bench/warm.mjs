// Warm single-file timings: lint and bare parse of one plan, N times each.
import { readFileSync } from 'node:fs';
import { createParser, lintText } from '../../packages/core/dist/index.js';

const text = readFileSync(process.argv[2], 'utf8');
const n = Number(process.argv[3] ?? 500);
const parser = createParser();
for (let i = 0; i < 30; i++) lintText(text, { config: {} });
const lint = [];
const parse = [];
for (let i = 0; i < n; i++) {
  let t = performance.now();
  lintText(text, { config: {} });
  lint.push(performance.now() - t);
  t = performance.now();
  parser.parse(text);
  parse.push(performance.now() - t);
}
console.log(JSON.stringify({ lint, parse }));
