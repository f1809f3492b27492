// (a) The floor: read every Markdown file and parse it to mdast with the same
// remark-parse + gfm + frontmatter setup negolint uses, nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createParser } from '../../packages/core/dist/index.js';

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}
const parser = createParser();
const t = performance.now();
for (const file of walk(process.argv[2])) parser.parse(readFileSync(file, 'utf8'));
console.log(JSON.stringify({ ms: performance.now() - t }));
