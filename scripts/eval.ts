/**
 * `pnpm eval`: how far negolint's findings can be trusted on plans written by
 * other people. Lints the team corpus (`fixtures/corpus/`) under the recommended
 * preset and compares every finding with the gaps its author wrote down.
 *
 *   pnpm eval [--verbose] [--json] [--check] [--corpus <dir>] [--update-readme]
 *
 * `--update-readme` writes the scores into the README between its eval markers;
 * `--check` also fails when that block is stale, as for every generated file.
 *
 * A finding matches an expected gap of the same rule within LINE_SLACK lines
 * (an author may point at the first line of a two-line item). Unmatched findings
 * are false findings; unmatched gaps are misses.
 *
 * `--check` exits 1 when the corpus falls below its gates: every complete plan
 * and every non-plan clean, and recall at least the floor in
 * `fixtures/corpus/gates.json` (the target is 95%; the floor only rises).
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintText } from '../packages/core/src/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
// `--corpus <dir>` scores another set laid out the same way (e.g. plans held back from tuning).
const corpusArg = process.argv.indexOf('--corpus');
const CORPUS = corpusArg >= 0 ? path.resolve(process.argv[corpusArg + 1]!) : path.join(ROOT, 'fixtures/corpus');
const LINE_SLACK = 2;

interface ExpectedFinding {
  rule: string;
  line: number;
  why?: string;
}
interface Expectation {
  kind: 'complete' | 'gaps' | 'not-plan';
  side?: 'seller' | 'buyer';
  persona?: string;
  findings: ExpectedFinding[];
}
interface Gates {
  /** Lowest recall CI accepts, in percent. */
  minRecall: number;
  /** Most complete plans with any finding CI accepts. */
  maxUncleanComplete: number;
  /** Most non-plans with any finding CI accepts. */
  maxUncleanNotPlans: number;
}

export interface FileScore {
  file: string;
  kind: Expectation['kind'];
  matched: ExpectedFinding[];
  missed: ExpectedFinding[];
  falseFindings: { rule: string; line: number; message: string }[];
  isPlan: boolean;
  /** The side the author wrote the plan from, and the side negolint read. */
  side?: { expected?: string; read: string; source: string };
}

function listCorpus(): { file: string; expected: Expectation }[] {
  const out: { file: string; expected: Expectation }[] = [];
  for (const sub of ['plans', 'not-plans']) {
    const dir = path.join(CORPUS, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md')) continue;
      const file = path.join(dir, name);
      const sidecar = file.replace(/\.md$/, '.expected.json');
      if (!existsSync(sidecar)) {
        if (process.argv.includes('--check')) throw new Error(`${path.relative(ROOT, file)} has no .expected.json`);
        console.error(`skipped: ${path.relative(ROOT, file)} has no .expected.json`);
        continue;
      }
      out.push({ file, expected: JSON.parse(readFileSync(sidecar, 'utf8')) as Expectation });
    }
  }
  return out;
}

export function scoreFile(file: string, expected: Expectation): FileScore {
  const result = lintText(readFileSync(file, 'utf8'), { filePath: file, config: { extends: 'recommended' } });
  const found = result.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
  const missed: ExpectedFinding[] = [];
  const matched: ExpectedFinding[] = [];
  const left = [...found];
  // Line 1 is how an author points at the whole document ("nothing in the plan says…"); negolint reports such a gap at
  // the plan's title, which frontmatter may push down a few lines.
  const title = result.plan?.sections[0] ? result.plan.lines.point(result.plan.sections[0].heading.start).line : 1;
  const at = (line: number) => (line === 1 ? title : line);
  // Closest pairs first, so two gaps of one rule on nearby lines each get their own finding.
  const pairs: { e: number; f: number; d: number }[] = [];
  expected.findings.forEach((e, ei) =>
    left.forEach((f, fi) => {
      const d = Math.abs(f.line - at(e.line));
      if (f.rule === e.rule && d <= LINE_SLACK) pairs.push({ e: ei, f: fi, d });
    }),
  );
  pairs.sort((a, b) => a.d - b.d);
  const usedE = new Set<number>();
  const usedF = new Set<number>();
  for (const p of pairs) {
    if (usedE.has(p.e) || usedF.has(p.f)) continue;
    usedE.add(p.e);
    usedF.add(p.f);
  }
  expected.findings.forEach((e, i) => (usedE.has(i) ? matched : missed).push(e));
  const falseFindings = left.filter((_, i) => !usedF.has(i));
  const side = result.plan && expected.kind !== 'not-plan' ? { expected: expected.side, read: result.plan.side, source: result.plan.sideSource } : undefined;
  return { file: path.relative(ROOT, file), kind: expected.kind, matched, missed, falseFindings, isPlan: result.isPlan, side };
}

export function scoreCorpus() {
  const files = listCorpus().map(({ file, expected }) => scoreFile(file, expected));
  const rules = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (rule: string, key: 'tp' | 'fp' | 'fn') => {
    const r = rules.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
    r[key]++;
    rules.set(rule, r);
  };
  for (const f of files) {
    for (const m of f.matched) bump(m.rule, 'tp');
    for (const m of f.missed) bump(m.rule, 'fn');
    for (const m of f.falseFindings) bump(m.rule, 'fp');
  }
  const sum = (k: 'tp' | 'fp' | 'fn') => [...rules.values()].reduce((n, r) => n + r[k], 0);
  const complete = files.filter((f) => f.kind === 'complete');
  const gaps = files.filter((f) => f.kind === 'gaps');
  const notPlans = files.filter((f) => f.kind === 'not-plan');
  const falsePairs = new Set(files.flatMap((f) => f.falseFindings.map((m) => `${f.file}\u0000${m.rule}`)));
  return {
    files,
    rules,
    totals: {
      plans: complete.length + gaps.length,
      complete: complete.length,
      completeClean: complete.filter((f) => f.falseFindings.length === 0).length,
      completeRecognised: complete.filter((f) => f.isPlan).length,
      gapPlans: gaps.length,
      gapPlansRecognised: gaps.filter((f) => f.isPlan).length,
      notPlans: notPlans.length,
      notPlansClean: notPlans.filter((f) => f.falseFindings.length === 0).length,
      gapsExpected: sum('tp') + sum('fn'),
      gapsCaught: sum('tp'),
      falseFindings: sum('fp'),
      falseFilePairs: falsePairs.size,
      sideRight: files.filter((f) => f.side && f.side.expected === f.side.read).length,
      sideWrong: files.filter((f) => f.side && f.side.expected && f.side.expected !== f.side.read).map((f) => `${f.file} (read ${f.side!.read}, ${f.side!.source})`),
      recall: sum('tp') / Math.max(1, sum('tp') + sum('fn')),
      precision: sum('tp') / Math.max(1, sum('tp') + sum('fp')),
    },
  };
}

/** The README block: per-rule precision and recall, and the totals. */
function readmeBlock(rules: Map<string, { tp: number; fp: number; fn: number }>, t: ReturnType<typeof scoreCorpus>['totals']): string {
  const rows = [...rules.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const out = [
    '<!-- eval:start (generated by scripts/eval.ts --update-readme) -->',
    `Complete plans clean: **${t.completeClean}/${t.complete}**; non-plans clean: **${t.notPlansClean}/${t.notPlans}**; gaps caught: **${t.gapsCaught}/${t.gapsExpected}** (recall ${pct(t.recall)}); false findings: **${t.falseFindings}** (precision ${pct(t.precision)}); side read right: ${t.sideRight}/${t.plans}.`,
    '',
    '| rule | gaps caught | missed | false findings |',
    '| --- | --- | --- | --- |',
    ...rows.map(([rule, r]) => `| \`${rule}\` | ${r.tp} | ${r.fn} | ${r.fp} |`),
    '<!-- eval:end -->',
  ];
  return out.join('\n');
}

const README = path.join(ROOT, 'README.md');
const BLOCK_RE = /<!-- eval:start[^>]*-->[\s\S]*?<!-- eval:end -->/;

function pct(n: number): string {
  return `${(100 * n).toFixed(1)}%`;
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const { files, rules, totals } = scoreCorpus();
  if (args.has('--json')) {
    process.stdout.write(`${JSON.stringify({ totals, rules: Object.fromEntries(rules), files }, null, 2)}\n`);
  } else {
    const rows = [...rules.entries()].sort((a, b) => a[0].localeCompare(b[0]));
    const w = Math.max(...rows.map(([r]) => r.length), 4);
    console.log(`${'rule'.padEnd(w)}  caught  missed  false  precision  recall`);
    for (const [rule, r] of rows) {
      const p = r.tp + r.fp ? pct(r.tp / (r.tp + r.fp)) : '—';
      const rc = r.tp + r.fn ? pct(r.tp / (r.tp + r.fn)) : '—';
      console.log(`${rule.padEnd(w)}  ${String(r.tp).padStart(6)}  ${String(r.fn).padStart(6)}  ${String(r.fp).padStart(5)}  ${p.padStart(9)}  ${rc.padStart(6)}`);
    }
    console.log('');
    console.log(`plans: ${totals.plans} (${totals.complete} complete, ${totals.gapPlans} with gaps); non-plans: ${totals.notPlans}`);
    console.log(`complete plans clean: ${totals.completeClean}/${totals.complete} (recognised as plans: ${totals.completeRecognised})`);
    console.log(`plans with gaps recognised: ${totals.gapPlansRecognised}/${totals.gapPlans}`);
    console.log(`non-plans clean: ${totals.notPlansClean}/${totals.notPlans}`);
    console.log(`gaps caught: ${totals.gapsCaught}/${totals.gapsExpected} (recall ${pct(totals.recall)})`);
    console.log(`false findings: ${totals.falseFindings} (${totals.falseFilePairs} file × rule); precision ${pct(totals.precision)}`);
    console.log(`side read right: ${totals.sideRight}/${totals.plans}${totals.sideWrong.length ? `; wrong: ${totals.sideWrong.join(', ')}` : ''}`);
    if (args.has('--verbose')) {
      for (const f of files) {
        if (f.missed.length === 0 && f.falseFindings.length === 0) continue;
        console.log(`\n${f.file} (${f.kind}${f.isPlan ? '' : ', not recognised as a plan'})`);
        for (const m of f.missed) console.log(`  missed  ${m.line}: ${m.rule} — ${m.why ?? ''}`);
        for (const m of f.falseFindings) console.log(`  false   ${m.line}: ${m.rule} — ${m.message}`);
      }
    }
  }
  const corpusIsTeam = CORPUS === path.join(ROOT, 'fixtures/corpus');
  if (args.has('--update-readme') && corpusIsTeam) {
    writeFileSync(README, readFileSync(README, 'utf8').replace(BLOCK_RE, readmeBlock(rules, totals)));
    console.log('README: eval block updated');
  }
  if (args.has('--check')) {
    const readme = readFileSync(README, 'utf8').match(BLOCK_RE)?.[0];
    if (corpusIsTeam && readme !== readmeBlock(rules, totals)) {
      console.error('\neval: the README\'s scores are stale: run `pnpm eval --update-readme` and commit the README');
      process.exitCode = 1;
    }
    const gates = JSON.parse(readFileSync(path.join(CORPUS, 'gates.json'), 'utf8')) as Gates;
    const failures: string[] = [];
    const unclean = totals.complete - totals.completeClean;
    if (unclean > gates.maxUncleanComplete) failures.push(`${unclean} complete plans have findings (gate: ${gates.maxUncleanComplete})`);
    const noisy = totals.notPlans - totals.notPlansClean;
    if (noisy > gates.maxUncleanNotPlans) failures.push(`${noisy} non-plans have findings (gate: ${gates.maxUncleanNotPlans})`);
    if (100 * totals.recall < gates.minRecall) failures.push(`recall ${pct(totals.recall)} is below ${gates.minRecall}%`);
    if (failures.length > 0) {
      console.error(`\neval: FAILED\n- ${failures.join('\n- ')}`);
      process.exitCode = 1;
    } else if (!process.exitCode) console.log('\neval: gates met');
  }
}

// Run as a command, not when another script imports the scorer.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
