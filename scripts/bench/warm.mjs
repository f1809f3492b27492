// Warm single-file timings of one plan, N rounds: a full lint and a bare parse of the plan, and
// (for builds that have it) the incremental re-lint an editor runs after a one-line edit: each
// round types or deletes one character at the end of a line, walking down the plan, and times
// `lintText` given the previous result against a full lint of the same text.
//   node warm.mjs <plan.md> [rounds] [root of a build, default this repository]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, rounds = '500', root = path.resolve(import.meta.dirname, '../..')] = process.argv.slice(2);
const { createParser, lintText } = await import(pathToFileURL(path.join(root, 'packages/core/dist/index.js')).href);
const text = readFileSync(file, 'utf8');
const n = Number(rounds);
const parser = createParser();
const config = {};
for (let i = 0; i < 30; i++) lintText(text, { config });

/** The text after edit `i`: a character typed at the end of a line, then deleted. */
const lines = text.split('\n');
const edited = (i) => {
  const line = (Math.floor(i / 2) * 7) % lines.length;
  if (i % 2 === 0) lines[line] += 'x';
  else lines[line] = lines[line].slice(0, -1);
  return lines.join('\n');
};
// Builds from before incremental re-lint ignore `previous`; they have no engine/incremental.
const supportsPrevious = existsSync(path.join(root, 'packages/core/dist/engine/incremental/index.js'));
let previous = lintText(text, { config, previous: null });
const lint = [];
const parse = [];
const incremental = [];
const fresh = [];
for (let i = 0; i < n; i++) {
  let t = performance.now();
  lintText(text, { config });
  lint.push(performance.now() - t);
  t = performance.now();
  parser.parse(text);
  parse.push(performance.now() - t);
  if (!supportsPrevious) continue;
  const next = edited(i);
  t = performance.now();
  previous = lintText(next, { config, previous });
  incremental.push(performance.now() - t);
  t = performance.now();
  lintText(next, { config });
  fresh.push(performance.now() - t);
}
console.log(JSON.stringify({ lint, parse, ...(supportsPrevious ? { incremental, fresh } : {}) }));
