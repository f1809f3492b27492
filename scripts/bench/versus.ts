/**
 * `pnpm bench:versus [--ref <git ref>] [--size 1000] [--runs 7]`: the library on the bench
 * corpus, this working tree's build against a build of another commit (default: the
 * last commit before the lexicon), measured alternately in the same run. Prints the
 * median of each and their ratio; only the ratio means anything.
 *
 * The other commit is checked out into a git worktree under the system's temp folder and
 * built there once (pnpm install from the same lockfile), then reused.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { buildAt } from './build-at.js';
import { writeCorpus } from './corpus.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
// The commit before the lexicon and tag index landed.
const REF = opt('ref', '0ff55ca');
const SIZE = Number(opt('size', '1000'));
const RUNS = Number(opt('runs', '7'));

const { dir: other, sha } = buildAt(ROOT, REF);
const corpus = writeCorpus(path.join(os.tmpdir(), 'negolint-bench', `corpus-${SIZE}`), SIZE);

const run = (root: string): number => {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/bench/library-at.mjs'), root, corpus], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return (JSON.parse(out.trim().split('\n').pop()!) as { ms: number }).ms;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const now: number[] = [];
const before: number[] = [];
run(ROOT);
run(other);
for (let i = 0; i < RUNS; i++) {
  // Alternate, so a busy moment on the machine hits both alike.
  if (i % 2 === 0) {
    now.push(run(ROOT));
    before.push(run(other));
  } else {
    before.push(run(other));
    now.push(run(ROOT));
  }
}
console.log(`library, ${SIZE} files, ${RUNS} runs each (medians):`);
console.log(`  ${sha} (before): ${median(before).toFixed(0)} ms`);
console.log(`  working tree:    ${median(now).toFixed(0)} ms`);
console.log(`  ratio: ${(median(now) / median(before)).toFixed(2)}×`);
