/**
 * `@negolint/core/remark`, the remark plugin: in process against `lintText` (the same
 * findings, options, control comments, other plugins beside it), and as users run it —
 * `remark-cli` as a process with a `.remarkrc.json` from the README over a copy of the
 * fixtures, compared with the `negolint` CLI on the same files, exit codes included.
 */
import { cpSync, mkdirSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintText, rules, type LintMessage, type NegolintConfig } from '../src/index.js';
import remarkNegolint, { resolveRemarkOptions, type RemarkNegolintOptions } from '../src/remark.js';
import { CORE, PARALLEL, ROOT, cleanup, ensureBuilt, ensureLibraryBuilt, negolint, project, readmeBlocks, runProcess, writeFiles } from './cli-helpers.js';
import { FIXTURES, listMarkdown, read } from './helpers.js';

afterAll(cleanup);

/** One finding as both tools can state it. */
interface Finding {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning';
  message: string;
}

const order = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);

function fromLintText(messages: LintMessage[]): Finding[] {
  return messages
    .map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, severity: m.severity === 2 ? 'error' : 'warning', message: m.message }) as Finding)
    .sort(order);
}

function fromVFile(file: VFile): Finding[] {
  return file.messages
    .filter((m) => m.source === 'negolint')
    .map((m) => {
      const place = m.place && 'start' in m.place ? m.place : { start: m.place ?? { line: 0, column: 0 }, end: m.place ?? { line: 0, column: 0 } };
      return {
        ruleId: m.ruleId ?? '',
        line: place.start.line,
        column: place.start.column,
        endLine: place.end.line,
        endColumn: place.end.column,
        severity: m.fatal ? 'error' : 'warning',
        message: m.reason,
      } as Finding;
    })
    .sort(order);
}

/** Runs remark with these plugins (frontmatter first, as the README shows) over a text. */
async function viaRemark(text: string, options?: RemarkNegolintOptions, plugins: PluggableList = [remarkFrontmatter], filePath?: string, cwd?: string): Promise<VFile> {
  return remark()
    .use(plugins)
    .use(remarkNegolint, options)
    .process(new VFile({ value: text, path: filePath, cwd }));
}

/** The first firing fixture of every rule, a good plan of each side and two non-plans. */
const SAMPLE = [
  ...listMarkdown(path.join(FIXTURES, 'rules')).filter((f, i, all) => path.basename(f).startsWith('fires-') && all.findIndex((g) => path.dirname(g) === path.dirname(f) && path.basename(g).startsWith('fires-')) === i),
  path.join(FIXTURES, 'plans/good/buyer-procurement.md'),
  path.join(FIXTURES, 'plans/good/seller-table-plan.md'),
  path.join(FIXTURES, 'not-plans/readme-like.md'),
  path.join(FIXTURES, 'not-plans/negotiation-guide.md'),
];

const PLAN = read(path.join(FIXTURES, 'rules/walk-away-margin/fires-thin-margin.md'));

describe('the remark plugin, in process', () => {
  it('gives every rule the findings negolint gives it: rule, range, severity, message', async () => {
    expect(SAMPLE.length).toBeGreaterThan(20);
    for (const file of SAMPLE) {
      for (const options of [{}, { extends: 'strict' as const }]) {
        const expected = fromLintText(lintText(read(file), { filePath: file, config: options }).messages);
        expect(fromVFile(await viaRemark(read(file), options)), `${path.relative(FIXTURES, file)} ${JSON.stringify(options)}`).toEqual(expected);
      }
    }
  });

  it('marks its messages with source "negolint", the rule id and the docs URL, errors as fatal', async () => {
    const file = await viaRemark(PLAN);
    const ours = file.messages.filter((m) => m.source === 'negolint');
    expect(ours.length).toBeGreaterThan(1);
    for (const m of ours) {
      expect(m.ruleId).toMatch(/^[a-z-]+$/);
      expect(m.url).toBe(`https://github.com/negolint/negolint/blob/main/packages/core/docs/rules/${m.ruleId}.md`);
    }
    // walk-away-margin is an error, but a thin margin is reported as a warning whatever its severity.
    const margin = ours.find((m) => m.ruleId === 'walk-away-margin')!;
    expect(margin.reason).toContain('only 4.4% above the walk-away point');
    expect(margin.fatal).toBe(false);
    const inverted = (await viaRemark(read(path.join(FIXTURES, 'rules/walk-away-margin/fires-target-below-floor.md')))).messages.find((m) => m.ruleId === 'walk-away-margin')!;
    expect(inverted.fatal).toBe(true);
  });

  it('leaves documents that are not plans alone', async () => {
    for (const file of listMarkdown(path.join(FIXTURES, 'not-plans'))) {
      expect((await viaRemark(read(file), { extends: 'strict' })).messages, path.basename(file)).toEqual([]);
    }
  });

  it('takes a config file\'s rules (in remark-lint\'s form), side, vocabulary, plans and extends as options', async () => {
    const same = async (options: RemarkNegolintOptions, text = PLAN) => {
      expect(fromVFile(await viaRemark(text, options)), JSON.stringify(options)).toEqual(fromLintText(lintText(text, { config: options as NegolintConfig }).messages));
    };
    await same({ rules: { 'walk-away-margin': ['warn', { minGapPercent: 2 }], 'paper-process': 'error', 'ask-for-the-no': 0 } });
    await same({ rules: { 'qualification': 'off', 'common-ground': ['error'] } });
    await same({ side: 'buyer' });
    await same({ extends: ['strict'] });

    const byRule = async (options: RemarkNegolintOptions, text = PLAN) => (await viaRemark(text, options)).messages.map((m) => m.ruleId);
    expect(await byRule({ rules: { qualification: false } })).not.toContain('qualification');
    expect(await byRule({ rules: { 'paper-process': true } })).toContain('paper-process');
    expect((await viaRemark(PLAN, { rules: { 'walk-away-margin': ['error', { minGapPercent: 2 }] } })).messages.map((m) => m.ruleId)).not.toContain('walk-away-margin');

    const team = '# Acme renewal\n\n## Plimsoll line\n\n$310k ARR\n\n## Target\n\n$420k ARR\n\n## Opening\n\n$480k ARR, the list price.\n';
    expect(await byRule({})).toContain('walk-away-alternative');
    expect(await byRule({}, team)).toContain('walk-away-point');
    expect(await byRule({ vocabulary: { 'walk-away': ['Plimsoll line'] } }, team)).not.toContain('walk-away-point');

    // `plans` globs are relative to the working folder of the file.
    const notes = read(path.join(FIXTURES, 'not-plans/meeting-notes.md'));
    const at = async (options: RemarkNegolintOptions, text: string, rel: string) =>
      (await viaRemark(text, options, [remarkFrontmatter], path.join('/work/deals', rel), '/work/deals')).messages.length;
    expect(await at({ plans: 'all' }, notes, 'notes/meeting.md')).toBeGreaterThan(0);
    expect(await at({ plans: ['plans/**/*.md'] }, notes, 'plans/meeting.md')).toBeGreaterThan(0);
    expect(await at({ plans: ['plans/**/*.md'] }, PLAN, 'notes/acme.md')).toBe(0);
    expect(await at({ plans: ['plans/**/*.md'] }, PLAN, 'plans/acme.md')).toBeGreaterThan(0);
  });

  it('stops with a message naming the key when an option is wrong', async () => {
    const fails = (options: unknown) => expect(viaRemark(PLAN, options as RemarkNegolintOptions)).rejects;
    await fails({ rules: { 'walk-away-margin': ['warn', { minGapPercent: 'ten' }] } }).toThrow(
      '@negolint/core/remark: invalid options: rules.walk-away-margin[1].minGapPercent: expected a number, got string "ten"',
    );
    await fails({ rules: { 'walk-away-pont': 'warn' } }).toThrow(/rules\.walk-away-pont: unknown rule `walk-away-pont`; did you mean `walk-away-point`/);
    await fails({ rules: { 'walk-away-point': 'loud' } }).toThrow(/rules\.walk-away-point: expected a severity/);
    await fails({ side: 'both' }).toThrow(/side: expected/);
    await fails({ vocabulary: { floor: ['Boden'] } }).toThrow(/vocabulary\.floor: expected one of the options .*got unknown option `floor`/);
    await fails({ ignorePatterns: ['drafts/**'] }).toThrow(/`ignorePatterns`: .*\.remarkignore/);
    await fails({ extends: '../.negolintrc.json' }).toThrow(/`extends`: expected a preset, `recommended` or `strict`/);
    await fails('error').toThrow(/invalid options: expected an object/);
  });

  it('accepts the `.remarkrc.json` shown in each rule\'s docs, with the rule set as shown', () => {
    let shown = 0;
    for (const rule of rules) {
      const doc = read(path.join(CORE, 'docs/rules', `${rule.meta.id}.md`));
      for (const [, code] of doc.matchAll(/```json\n([\s\S]*?)```/g)) {
        if (!code!.includes('@negolint/core/remark')) continue;
        const entry = (JSON.parse(code!) as { plugins: unknown[] }).plugins.find((p): p is [string, RemarkNegolintOptions] => Array.isArray(p) && p[0] === '@negolint/core/remark')!;
        expect(resolveRemarkOptions(entry[1]).rules[rule.meta.id], rule.meta.id).toEqual({ severity: 'warn', options: rule.meta.defaultOptions });
        shown++;
      }
    }
    expect(shown).toBe(rules.filter((r) => Object.keys(r.meta.options.properties).length > 0).length);
  });

  it('runs beside remark-gfm and remark-preset-lint-recommended, in either order, with the same findings', async () => {
    // A table, task items (GFM moves their paragraphs past the box) and remark-lint findings.
    const files = [
      path.join(FIXTURES, 'plans/good/seller-table-plan.md'),
      path.join(FIXTURES, 'corpus/plans/b-02-iv-admin-sets-medivance.md'),
      path.join(FIXTURES, 'rules/walk-away-margin/fires-thin-margin.md'),
    ];
    for (const file of files) {
      const text = read(file);
      const expected = fromLintText(lintText(text, { filePath: file }).messages);
      const before = await remark().use(remarkFrontmatter).use(remarkGfm).use(remarkPresetLintRecommended).use(remarkNegolint).process(text);
      const after = await remark().use(remarkNegolint).use(remarkPresetLintRecommended).use(remarkGfm).use(remarkFrontmatter).process(text);
      const alone = await remark().use(remarkNegolint).process(text);
      for (const f of [before, after, alone]) expect(fromVFile(f), path.basename(file)).toEqual(expected);
      expect(before.messages.filter((m) => m.source === 'remark-lint').map(String)).toEqual(after.messages.filter((m) => m.source === 'remark-lint').map(String));
    }
    const withLint = await remark().use(remarkGfm).use(remarkPresetLintRecommended).use(remarkNegolint).process(`${PLAN}\n1) A www.example.com link\n`);
    expect(new Set(withLint.messages.map((m) => m.source))).toEqual(new Set(['negolint', 'remark-lint']));
  });

  it('writes a plan back with its frontmatter and tables, with or without remark-frontmatter and remark-gfm', async () => {
    const text = read(path.join(FIXTURES, 'rules/walk-away-margin/fires-buyer-inverted.md'));
    const table = '\n| Position | Value |\n| --- | --- |\n| Floor | €900.000 |\n';
    for (const plugins of [[], [remarkFrontmatter, remarkGfm]] as PluggableList[]) {
      const out = String(await remark().use(plugins).use(remarkNegolint).process(text + table));
      expect(out.startsWith('---\nside: buyer\n')).toBe(true);
      expect(out).toContain('| Floor    | €900.000 |');
    }
  });

  it('obeys remark-lint\'s <!--lint …--> comments and negolint\'s own, and so does negolint', async () => {
    const ids = async (text: string) => {
      const viaRemarkIds = (await remark().use(remarkFrontmatter).use(remarkPresetLintRecommended).use(remarkNegolint).process(text)).messages.map((m) => `${m.source}:${m.ruleId}`);
      const negolintIds = lintText(text).messages.map((m) => `negolint:${m.ruleId}`);
      expect(viaRemarkIds.filter((id) => id.startsWith('negolint:')).sort()).toEqual(negolintIds.sort());
      return viaRemarkIds;
    };
    const all = await ids(PLAN);
    expect(all).toContain('negolint:walk-away-margin');
    expect(all.filter((id) => id === 'negolint:qualification')).toHaveLength(4);

    // The range forms, from the comment on (the title's findings are above a comment at the end).
    const marginTable = PLAN.replace(/(\n\| Position)/, '\n<!--lint disable walk-away-margin-->\n$1');
    expect(await ids(marginTable)).not.toContain('negolint:walk-away-margin');
    expect(await ids(`<!--lint disable qualification common-ground-->\n\n${PLAN.replace(/^---[\s\S]*?---\n/, '')}`)).not.toContain('negolint:qualification');
    const ignored = await ids(PLAN.replace(/(\n\| Position)/, '\n<!--lint ignore walk-away-margin-->\n$1'));
    expect(ignored).not.toContain('negolint:walk-away-margin');
    expect(ignored).toContain('negolint:qualification');
    const reEnabled = await ids(PLAN.replace(/(\n\| Position)/, '\n<!--lint disable walk-away-margin-->\n<!--lint enable walk-away-margin-->\n$1'));
    expect(reEnabled).toContain('negolint:walk-away-margin');
    // Without ids: every rule, remark-lint's and negolint's alike.
    const none = await ids(`<!--lint disable-->\n${PLAN.replace(/^---[\s\S]*?---\n/, '')}\n1) A www.example.com link\n`);
    expect(none).toEqual([]);
    // remark-lint's own rule ids are not "unknown" to negolint, and still switch remark-lint's rules.
    const remarkIds = await ids(`${PLAN}\n<!--lint disable ordered-list-marker-style-->\n\n1) item\n`);
    expect(remarkIds).not.toContain('remark-lint:ordered-list-marker-style');
    expect(remarkIds.filter((id) => !id.startsWith('negolint:') && !id.startsWith('remark-lint:'))).toEqual([]);
    // negolint's spelling works inside remark too.
    expect(await ids(PLAN.replace(/(\n\| Position)/, '\n<!-- negolint-disable walk-away-margin -->\n$1'))).not.toContain('negolint:walk-away-margin');
  });
});

const REMARK_CLI = path.join(ROOT, 'node_modules/remark-cli/cli.js');

/** Makes the packages resolvable from `dir` as after `npm install` (links into this checkout). */
function install(dir: string, names: string[]): void {
  mkdirSync(path.join(dir, 'node_modules/@negolint'), { recursive: true });
  symlinkSync(CORE, path.join(dir, 'node_modules/@negolint/core'));
  for (const name of names) {
    const from = [CORE, ROOT].map((d) => path.join(d, 'node_modules', name)).find((p) => {
      try {
        return Boolean(realpathSync(p));
      } catch {
        return false;
      }
    });
    if (!from) throw new Error(`${name} is not installed in this checkout`);
    symlinkSync(realpathSync(from), path.join(dir, 'node_modules', name));
  }
}

const REMARK_PACKAGES = ['remark-frontmatter', 'remark-gfm', 'remark-preset-lint-recommended', 'vfile-reporter-json'];

/** remark-cli's findings by file (absolute path), from its JSON report. */
async function remarkCli(dir: string, args: string[] = ['.']): Promise<{ code: number | null; byFile: Map<string, Finding[]>; other: number }> {
  const r = await runProcess(process.execPath, [REMARK_CLI, ...args, '--no-stdout', '--report', 'json'], { cwd: dir });
  const report = JSON.parse(r.stderr) as { path: string; cwd: string; messages: (Finding & { source?: string; fatal?: boolean; reason: string; place?: { start: { line: number; column: number }; end: { line: number; column: number } } })[] }[];
  const byFile = new Map<string, Finding[]>();
  let other = 0;
  for (const file of report) {
    const ours = file.messages.filter((m) => m.source === 'negolint');
    other += file.messages.length - ours.length;
    if (ours.length === 0) continue;
    byFile.set(
      path.resolve(dir, file.path),
      ours
        .map((m) => ({ ruleId: m.ruleId, line: m.place!.start.line, column: m.place!.start.column, endLine: m.place!.end.line, endColumn: m.place!.end.column, severity: m.fatal ? 'error' : 'warning', message: m.reason }) as Finding)
        .sort(order),
    );
  }
  return { code: r.code, byFile, other };
}

/** The negolint CLI's findings by file (absolute path), from `--format json`. */
async function negolintCli(dir: string, args: string[] = ['.']): Promise<{ code: number | null; byFile: Map<string, Finding[]> }> {
  const r = await negolint(['--format', 'json', ...args], { cwd: dir });
  const report = JSON.parse(r.stdout) as { filePath: string; messages: LintMessage[] }[];
  const byFile = new Map<string, Finding[]>();
  for (const file of report) if (file.messages.length > 0) byFile.set(file.filePath, fromLintText(file.messages));
  return { code: r.code, byFile };
}

function count(byFile: Map<string, Finding[]>): number {
  return [...byFile.values()].reduce((n, list) => n + list.length, 0);
}

describe('remark-cli with the plugin in .remarkrc.json, as a process', PARALLEL, () => {
  beforeAll(() => {
    ensureBuilt();
    ensureLibraryBuilt();
  });
  const [plain, withSettings] = readmeBlocks('Already using remark?').filter((b) => b.title === '.remarkrc.json');

  it('gives the fixtures the findings negolint gives them (rule, line, column, message, severity), and the same exit code', async () => {
    const dir = project({ '.remarkrc.json': plain!.code }, 'negolint-remark-');
    expect(JSON.parse(plain!.code)).toEqual({ plugins: ['remark-frontmatter', '@negolint/core/remark'] });
    install(dir, REMARK_PACKAGES);
    cpSync(FIXTURES, path.join(dir, 'fixtures'), { recursive: true });
    const [viaRemarkCli, viaNegolint] = await Promise.all([remarkCli(dir), negolintCli(dir)]);
    expect(count(viaNegolint.byFile)).toBeGreaterThan(1000);
    expect(viaRemarkCli.other).toBe(0);
    expect([...viaRemarkCli.byFile.keys()].sort()).toEqual([...viaNegolint.byFile.keys()].sort());
    for (const [file, findings] of viaNegolint.byFile) expect(viaRemarkCli.byFile.get(file), path.relative(dir, file)).toEqual(findings);
    expect(viaRemarkCli.code).toBe(1);
    expect(viaNegolint.code).toBe(1);
    // It lints every fixture and corpus document through remark-cli in one process (about 85 s alone on 2 cores), and the
    // corpus grows with each round that joins.
  }, 360_000);

  it('with the README\'s settings beside remark-gfm and remark-preset-lint-recommended: the findings of negolint with the same settings in .negolintrc.json', async () => {
    const settings = (JSON.parse(withSettings!.code) as { plugins: unknown[] }).plugins.find((p): p is [string, NegolintConfig] => Array.isArray(p) && p[0] === '@negolint/core/remark')![1];
    const dir = project({ '.remarkrc.json': withSettings!.code, '.negolintrc.json': JSON.stringify(settings) }, 'negolint-remark-');
    install(dir, REMARK_PACKAGES);
    for (const sub of ['rules', 'plans', 'not-plans']) cpSync(path.join(FIXTURES, sub), path.join(dir, 'fixtures', sub), { recursive: true });
    const [viaRemarkCli, viaNegolint] = await Promise.all([remarkCli(dir), negolintCli(dir)]);
    expect(count(viaNegolint.byFile)).toBeGreaterThan(300);
    // remark-lint's findings are there too, and do not disturb negolint's.
    expect(viaRemarkCli.other).toBeGreaterThan(0);
    expect([...viaRemarkCli.byFile.keys()].sort()).toEqual([...viaNegolint.byFile.keys()].sort());
    for (const [file, findings] of viaNegolint.byFile) expect(viaRemarkCli.byFile.get(file), path.relative(dir, file)).toEqual(findings);
    const rules = new Set([...viaRemarkCli.byFile.values()].flat().map((f) => f.ruleId));
    expect(rules.has('paper-process')).toBe(true);
    expect(rules.has('ask-for-the-no')).toBe(false);
  });

  it('exits as negolint does: 1 on errors, 0 on warnings only; with --frail 1 on warnings too (negolint --max-warnings 0)', async () => {
    const warningsOnly = read(path.join(FIXTURES, 'rules/walk-away-margin/fires-thin-margin.md'));
    const withError = read(path.join(FIXTURES, 'rules/walk-away-margin/fires-target-below-floor.md'));
    const clean = read(path.join(FIXTURES, 'plans/good/seller-table-plan.md'));
    const notPlan = read(path.join(FIXTURES, 'not-plans/meeting-notes.md'));
    const dir = project({ '.remarkrc.json': plain!.code }, 'negolint-remark-');
    install(dir, REMARK_PACKAGES);
    writeFiles(dir, { 'warnings/plan.md': warningsOnly, 'errors/plan.md': withError, 'clean/plan.md': clean, 'clean/notes.md': notPlan });
    const cases: [string[], string[], number][] = [
      [['warnings'], ['warnings'], 0],
      [['warnings', '--frail'], ['warnings', '--max-warnings', '0'], 1],
      [['errors'], ['errors'], 1],
      [['errors', '--frail'], ['errors', '--max-warnings', '0'], 1],
      [['clean', '--frail'], ['clean', '--max-warnings', '0'], 0],
    ];
    const runs = [];
    for (const [remarkArgs, negolintArgs, code] of cases) {
      const [r, n] = await Promise.all([remarkCli(dir, remarkArgs), negolintCli(dir, negolintArgs)]);
      runs.push({ code, args: remarkArgs, r, n });
    }
    for (const { code, args, r, n } of runs) {
      expect(r.code, `remark ${args.join(' ')}`).toBe(code);
      expect(n.code, `negolint ${args.join(' ')}`).toBe(code);
      expect([...r.byFile.entries()], args.join(' ')).toEqual([...n.byFile.entries()]);
    }
    expect(count(runs[0]!.r.byFile)).toBeGreaterThan(0);
  });
});

describe('the README example in code', () => {
  it('runs and prints the findings with their docs URLs', async () => {
    const example = readmeBlocks('Already using remark?').find((b) => b.lang === 'js')!.code;
    const logged: string[] = [];
    const body = example
      .replace(/^import .*$/gm, '')
      .replace('console.log', 'log');
    const run = new Function('remark', 'remarkFrontmatter', 'remarkNegolint', 'plan', 'log', `return (async () => {${body}})();`) as (...args: unknown[]) => Promise<void>;
    await run(remark, remarkFrontmatter, remarkNegolint, read(path.join(FIXTURES, 'rules/walk-away-margin/fires-buyer-inverted.md')), (line: string) => logged.push(line));
    expect(logged).toContain('17:1 walk-away-margin Opening `£165k per year` is above the target `£150k per year`: a buyer opens at or below the target, or there is nothing left to trade. https://github.com/negolint/negolint/blob/main/packages/core/docs/rules/walk-away-margin.md');
    expect(readFileSync(path.join(CORE, 'package.json'), 'utf8')).toContain('"./remark"');
  });
});
