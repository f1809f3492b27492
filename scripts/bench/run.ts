/**
 * `pnpm bench`: negolint against the parse floor and against the linters users
 * already run, measured side by side in one run. Only ratios between numbers
 * of the same run are meaningful; absolute times depend on the machine.
 *
 *   pnpm bench [--sizes 100,1000,10000] [--runs 3] [--big-runs 1] [--versus HEAD~1|none] [--update-readme]
 *
 * `--versus` builds another commit (default: the previous one) in a git worktree under the temp
 * folder and times the library, a warm lint and the cold CLI of both builds alternately, so a
 * change that costs speed elsewhere shows as a ratio.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { buildAt } from './build-at.js';
import { generatePlan, writeCorpus } from './corpus.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const SIZES = opt('sizes', '100,1000,10000').split(',').map(Number);
const RUNS = Number(opt('runs', '3'));
const BIG_RUNS = Number(opt('big-runs', '1'));
const VERSUS = opt('versus', 'HEAD~1');
const CORPUS_ROOT = path.join(os.tmpdir(), 'negolint-bench');
const CLI = path.join(ROOT, 'packages/core/dist/negolint.mjs');
const NODE = process.execPath;

interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}
const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)]!, min: s[0]!, max: s[s.length - 1]!, runs: s.length };
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

/** Wall time of a command in ms; the exit code is ignored (linters exit 1 on findings). */
function wall(cmd: string, argv: string[], cwd = ROOT): number {
  const t = process.hrtime.bigint();
  // Output is not read: a linter reporting on 10,000 files writes more than any buffer should hold.
  const r = spawnSync(cmd, argv, { cwd, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.error) throw r.error;
  return ms;
}

/** Runs a measuring script in a fresh process; it prints `{"ms": …}` for the work alone. */
function inProcess(script: string, argv: string[]): number {
  const out = execFileSync(NODE, [path.join(ROOT, 'scripts/bench', script), ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  return (JSON.parse(out.trim().split('\n').pop()!) as { ms: number }).ms;
}

interface Warm {
  lint: number[];
  parse: number[];
  incremental?: number[];
  fresh?: number[];
}
/** Warm timings of one plan (see warm.mjs) with the build at `root`. */
function warmAt(file: string, rounds: number, root = ROOT): Warm {
  return JSON.parse(execFileSync(NODE, [path.join(ROOT, 'scripts/bench/warm.mjs'), file, String(rounds), root], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim()) as Warm;
}

function peakRssMb(argv: string[]): number {
  // The CLI exits 1 when it finds problems; only a missing report is a failure.
  const r = spawnSync(NODE, [path.join(ROOT, 'scripts/bench/rss.mjs'), CLI, ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const out = r.stdout;
  if (!/MAXRSS \d+/.test(out)) throw new Error(`rss.mjs: ${r.stderr}`);
  return Number(/MAXRSS (\d+)/.exec(out)![1]) / 1024;
}

const REMARK = path.join(ROOT, 'node_modules/remark-cli/cli.js');
const MDL = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
  loadAverageAtStart: os.loadavg(),
  corpus: {},
};

console.log(`negolint benchmark — ${os.cpus().length} cores, ${process.version}`);
const table: string[] = [
  '| files | (a) parse floor | (b) library | (b)/(a) | (c) CLI, 1 thread | (c) CLI, all cores | (d) remark-cli | (e) markdownlint-cli2 | (c)/(d) | (c)/(e) | (f) node -e 0 |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
const fmt = (s: Stat) => `${(s.median / 1000).toFixed(2)} s`;
// `negolint report` reads the same plans and also builds each summary and the page: its cost over linting.
const reportTable: string[] = ['| files | (c) lint, all cores | (g) `negolint report`, HTML | (g)/(c) |', '| ---: | ---: | ---: | ---: |'];

for (const size of SIZES) {
  const dir = writeCorpus(path.join(CORPUS_ROOT, `corpus-${size}`), size);
  const runs = size >= 10000 ? BIG_RUNS : RUNS;
  const m: Record<string, number[]> = { floor: [], library: [], cli1: [], cliN: [], report: [], remark: [], markdownlint: [], node: [] };
  for (let r = 0; r < runs; r++) {
    m.floor!.push(inProcess('floor.mjs', [dir]));
    m.library!.push(inProcess('library.mjs', [dir]));
    m.cli1!.push(wall(NODE, [CLI, '--no-ignore', '--concurrency', 'off', '--format', 'json', '-o', '/dev/null', dir]));
    m.cliN!.push(wall(NODE, [CLI, '--no-ignore', '--concurrency', 'auto', '--format', 'json', '-o', '/dev/null', dir]));
    m.report!.push(wall(NODE, [CLI, 'report', '--no-ignore', '--concurrency', 'auto', '--format', 'html', '-o', '/dev/null', dir]));
    m.remark!.push(wall(NODE, [REMARK, '--no-config', '--no-ignore', '--use', 'remark-preset-lint-recommended', '--quiet', '--no-stdout', dir]));
    m.markdownlint!.push(wall(NODE, [MDL, `${dir}/**/*.md`]));
    m.node!.push(wall(NODE, ['-e', '0']));
  }
  const s = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, stat(v)])) as Record<string, Stat>;
  const ratio = (a: Stat, b: Stat) => `${(a.median / b.median).toFixed(2)}×`;
  table.push(
    `| ${size} | ${fmt(s.floor!)} | ${fmt(s.library!)} | ${ratio(s.library!, s.floor!)} | ${fmt(s.cli1!)} | ${fmt(s.cliN!)} | ${fmt(s.remark!)} | ${fmt(s.markdownlint!)} | ${ratio(s.cliN!, s.remark!)} | ${ratio(s.cliN!, s.markdownlint!)} | ${s.node!.median.toFixed(0)} ms |`,
  );
  (results['corpus'] as Record<string, unknown>)[size] = s;
  console.log(table[table.length - 1]);
  reportTable.push(`| ${size} | ${fmt(s.cliN!)} | ${fmt(s.report!)} | ${ratio(s.report!, s.cliN!)} |`);
  console.log(reportTable[reportTable.length - 1]);
}

// Single file: a 400-line plan, warm, and the CLI cold.
let plan = generatePlan(42);
for (let seed = 43; plan.split('\n').length < 400; seed++) plan = generatePlan(seed);
const oneDir = path.join(CORPUS_ROOT, 'single');
mkdirSync(oneDir, { recursive: true });
const oneFile = path.join(oneDir, 'plan-400.md');
writeFileSync(oneFile, plan);
// Growth: the same kind of plan, ten times over in one document.
const tenfold = Array.from({ length: 10 }, (_, i) => (i === 0 ? plan : plan.replace(/^---\n[\s\S]*?\n---\n/, ''))).join('\n');
const bigFile = path.join(oneDir, 'plan-4000.md');
writeFileSync(bigFile, tenfold);
const growth = JSON.parse(execFileSync(NODE, [path.join(ROOT, 'scripts/bench/growth.mjs'), oneFile, bigFile, '5'], { encoding: 'utf8' }).trim()) as {
  lintSmall: number;
  lintBig: number;
  parseSmall: number;
  parseBig: number;
  sizeRatio: number;
};
const warm = warmAt(oneFile, 500);
// The cold floor: the same parser, bundled alone, in a fresh process.
const coldParse = path.join(CORPUS_ROOT, 'cold-parse.mjs');
buildSync({ entryPoints: [path.join(ROOT, 'scripts/bench/cold-parse.ts')], outfile: coldParse, bundle: true, platform: 'node', format: 'esm', target: 'node20', minify: true, logLevel: 'warning' });
const cold = { cli: [] as number[], parse: [] as number[], node: [] as number[] };
for (let i = 0; i < 15; i++) {
  cold.cli.push(wall(NODE, [CLI, '--no-ignore', oneFile]));
  cold.parse.push(wall(NODE, [coldParse, oneFile]));
  cold.node.push(wall(NODE, ['-e', '0']));
}
const biggest = Math.max(...SIZES);
const rss = peakRssMb(['--no-ignore', '--format', 'json', '-o', '/dev/null', path.join(CORPUS_ROOT, `corpus-${biggest}`)]);

let lsp: { median: number; p95: number; bareMedian: number; bareP95: number; whole?: { median: number; p95: number; bareMedian: number; bareP95: number } } | undefined;
const lspBench = path.join(ROOT, 'packages/lsp/bench/latency.ts');
if (existsSync(lspBench) && existsSync(path.join(ROOT, 'packages/lsp/dist/bin.js'))) {
  try {
    execFileSync(NODE, ['--import', 'tsx', lspBench], { cwd: ROOT, stdio: 'inherit' });
    type S = { median: number; p95: number };
    const j = JSON.parse(readFileSync(path.join(ROOT, 'bench/results/lsp-latency.json'), 'utf8')) as { server: S; core: S; whole?: { server: S; core: S } };
    lsp = { median: j.server.median, p95: j.server.p95, bareMedian: j.core.median, bareP95: j.core.p95 };
    if (j.whole) lsp.whole = { median: j.whole.server.median, p95: j.whole.server.p95, bareMedian: j.whole.core.median, bareP95: j.whole.core.p95 };
  } catch (error) {
    console.error(`LSP latency benchmark failed: ${(error as Error).message}`);
  }
}

const single = {
  lines: plan.split('\n').length,
  warmLint: { median: pct(warm.lint, 50), p95: pct(warm.lint, 95) },
  warmParse: { median: pct(warm.parse, 50), p95: pct(warm.parse, 95) },
  incremental: warm.incremental && warm.fresh ? { median: pct(warm.incremental, 50), p95: pct(warm.incremental, 95), freshMedian: pct(warm.fresh, 50), freshP95: pct(warm.fresh, 95) } : undefined,
  coldCli: stat(cold.cli),
  coldParse: stat(cold.parse),
  coldNode: stat(cold.node),
  peakRssMb: { files: biggest, mb: Math.round(rss) },
  lsp,
  growth,
};
results['single'] = single;
const singleTable = [
  '| measure | value | compared with | ratio |',
  '| --- | ---: | --- | ---: |',
  `| warm lint, ${single.lines}-line plan (p50 / p95) | ${single.warmLint.median.toFixed(1)} / ${single.warmLint.p95.toFixed(1)} ms | parse alone ${single.warmParse.median.toFixed(1)} / ${single.warmParse.p95.toFixed(1)} ms | ${(single.warmLint.median / single.warmParse.median).toFixed(2)}× |`,
  `| ${growth.sizeRatio.toFixed(1)}× larger document: lint time grows | ${(growth.lintBig / growth.lintSmall).toFixed(1)}× | parse alone grows | ${(growth.parseBig / growth.parseSmall).toFixed(1)}× |`,
  ...(single.incremental
    ? [`| re-lint after a one-line edit, given the last result (p50 / p95) | ${single.incremental.median.toFixed(1)} / ${single.incremental.p95.toFixed(1)} ms | full lint ${single.incremental.freshMedian.toFixed(1)} / ${single.incremental.freshP95.toFixed(1)} ms | ${(single.incremental.p95 / single.incremental.freshP95).toFixed(2)}× (p95) |`]
    : []),
  `| cold \`negolint one-file.md\` | ${single.coldCli.median.toFixed(0)} ms | \`node -e 0\` ${single.coldNode.median.toFixed(0)} ms | ${(single.coldCli.median / single.coldNode.median).toFixed(2)}× |`,
  `| cold parse alone (bundled parser, fresh process) | ${single.coldParse.median.toFixed(0)} ms | \`node -e 0\` ${single.coldNode.median.toFixed(0)} ms | ${(single.coldParse.median / single.coldNode.median).toFixed(2)}× |`,
  ...(lsp ? [`| server didChange → diagnostics, one-line edits (p50 / p95, no debounce) | ${lsp.median.toFixed(1)} / ${lsp.p95.toFixed(1)} ms | full lint ${lsp.bareMedian.toFixed(1)} / ${lsp.bareP95.toFixed(1)} ms | ${(lsp.p95 / lsp.bareP95).toFixed(2)}× (p95) |`] : []),
  ...(lsp?.whole ? [`| server didChange → diagnostics, whole-document edits (p50 / p95) | ${lsp.whole.median.toFixed(1)} / ${lsp.whole.p95.toFixed(1)} ms | full lint ${lsp.whole.bareMedian.toFixed(1)} / ${lsp.whole.bareP95.toFixed(1)} ms | ${(lsp.whole.p95 / lsp.whole.bareP95).toFixed(2)}× (p95) |`] : []),
  `| peak RSS, CLI on ${biggest} files | ${single.peakRssMb.mb} MB | | |`,
];
console.log(`\n${singleTable.join('\n')}`);

// Against another build (by default the previous commit): the library, a warm lint and the cold
// CLI, each measured alternately with both builds so a busy moment hits both alike.
let versusTable: string[] = [];
if (VERSUS !== 'none') {
  const { dir: other, sha } = buildAt(ROOT, VERSUS);
  const otherCli = path.join(other, 'packages/core/dist/negolint.mjs');
  const atRoot = (root: string, dir: string) => {
    const out = execFileSync(NODE, [path.join(ROOT, 'scripts/bench/library-at.mjs'), root, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    return (JSON.parse(out.trim().split('\n').pop()!) as { ms: number }).ms;
  };
  const rows: { measure: string; now: number; before: number }[] = [];
  for (const size of SIZES.filter((n) => n <= 1000)) {
    const dir = path.join(CORPUS_ROOT, `corpus-${size}`);
    const now: number[] = [];
    const before: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      now.push(atRoot(ROOT, dir));
      before.push(atRoot(other, dir));
    }
    rows.push({ measure: `library, ${size} files`, now: stat(now).median, before: stat(before).median });
  }
  const warmNow: number[] = [];
  const warmBefore: number[] = [];
  for (let r = 0; r < 3; r++) {
    warmNow.push(pct(warmAt(oneFile, 150).lint, 50));
    warmBefore.push(pct(warmAt(oneFile, 150, other).lint, 50));
  }
  rows.push({ measure: `warm lint, ${single.lines}-line plan (p50)`, now: stat(warmNow).median, before: stat(warmBefore).median });
  const coldNow: number[] = [];
  const coldBefore: number[] = [];
  for (let i = 0; i < 15; i++) {
    coldNow.push(wall(NODE, [CLI, '--no-ignore', oneFile]));
    coldBefore.push(wall(NODE, [otherCli, '--no-ignore', oneFile]));
  }
  rows.push({ measure: 'cold `negolint one-file.md`', now: stat(coldNow).median, before: stat(coldBefore).median });
  const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 100 ? 1 : 0)} ms`);
  versusTable = [`| against ${sha} | ${sha} | this tree | ratio |`, '| --- | ---: | ---: | ---: |', ...rows.map((r) => `| ${r.measure} | ${ms(r.before)} | ${ms(r.now)} | ${(r.now / r.before).toFixed(2)}× |`)];
  results['versus'] = { ref: VERSUS, sha, rows };
  console.log(`\n${versusTable.join('\n')}`);
}

mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
const machine = results['machine'] as { cpus: number; model?: string; memGiB: number; node: string };
const load = os.loadavg().map((x) => x.toFixed(1)).join(' / ');
results['loadAverageAtEnd'] = os.loadavg();
const block = `Measured ${String(results['date']).slice(0, 10)} on ${machine.cpus} cores (${machine.model ?? 'unknown CPU'}), ${machine.memGiB} GiB, Node ${machine.node}; medians of ${RUNS} runs (${BIG_RUNS} at 10,000 files); load average at the end ${load} (1 / 5 / 15 min).\n\n${table.join('\n')}\n\n${reportTable.join('\n')}\n\n${singleTable.join('\n')}\n`;
writeFileSync(path.join(ROOT, 'bench/results/latest.md'), versusTable.length ? `${block}\n${versusTable.join('\n')}\n` : block);
if (args.includes('--update-readme')) {
  const readmePath = path.join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  writeFileSync(readmePath, readme.replace(/(<!-- bench:start[^>]*-->)[\s\S]*?(<!-- bench:end -->)/, `$1\n${block}$2`));
  console.log('README updated');
}
