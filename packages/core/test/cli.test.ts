/**
 * The `negolint` command, run as a process: finding files, every option, the
 * subcommands, output, exit codes and files that cannot be linted.
 * Fixes and the cache: cli-fix.test.ts; SARIF: cli-sarif.test.ts; hooks:
 * cli-precommit.test.ts; the README's examples: cli-readme.test.ts.
 */
import { chmodSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP } from '../src/cli/args.js';
import { BAD_PLAN, BAD_PLAN_MESSAGE, BIN, CORE, GOOD_PLAN, NOT_A_PLAN, PARALLEL, cleanup, ensureBuilt, permissionRunner, negolint, onlyRule, plain, project, ruleIds, runProcess, sh, type RunResult, findings } from './cli-helpers.js';

beforeAll(ensureBuilt);
afterAll(cleanup);

/** As root, permission tests run the CLI as `nobody`; see permissionRunner. */
const asUser = permissionRunner();
if (typeof asUser === 'string') console.warn(`Skipping the file permission test: ${asUser}`);

const CONFIG = { '.negolintrc.yaml': onlyRule() };
const WAP = /No walk-away point/;


describe('finding files', PARALLEL, () => {
  it('lints `.` by default: *.md and *.markdown recursively, skipping node_modules, .git, other extensions and non-plans (counted)', async () => {
    const dir = project({
      ...CONFIG,
      'plans/acme.md': BAD_PLAN,
      'plans/deep/globex.markdown': BAD_PLAN,
      'plans/good.md': GOOD_PLAN,
      'notes.md': NOT_A_PLAN,
      'plans/acme.txt': BAD_PLAN,
      'node_modules/pkg/plan.md': BAD_PLAN,
      '.git/plan.md': BAD_PLAN,
      'sub/node_modules/plan.md': BAD_PLAN,
    });
    const compact = await negolint(['--format', 'compact'], { cwd: dir });
    expect(findings(compact.stdout)).toEqual(['plans/acme.md error walk-away-point', 'plans/deep/globex.markdown error walk-away-point']);
    expect(compact.code).toBe(1);
    const stylish = await negolint([], { cwd: dir });
    expect(stylish.stdout).toContain('4 files linted, 3 plans found, 1 not a plan');
    expect(stylish.stdout).toMatch(/✖ 2 problems \(2 errors, 0 warnings\)/);
    expect(stylish.stdout).not.toContain('notes.md');
    expect(stylish.code).toBe(1);
  });

  it('takes files, folders and globs; a file named explicitly is linted whatever its extension', async () => {
    const dir = project({ ...CONFIG, 'a/one.md': BAD_PLAN, 'a/b/two.md': BAD_PLAN, 'c/three.md': BAD_PLAN, 'd/four.md': BAD_PLAN, 'e/plan.txt': BAD_PLAN, 'e/five.md': BAD_PLAN });
    const r = await negolint(['--format', 'compact', 'a/b', 'c/three.md', 'd/*.md', 'e/plan.txt'], { cwd: dir });
    expect(findings(r.stdout).sort()).toEqual(['a/b/two.md error walk-away-point', 'c/three.md error walk-away-point', 'd/four.md error walk-away-point', 'e/plan.txt error walk-away-point']);
    const glob = await negolint(['--format', 'compact', '**/t*.md'], { cwd: dir });
    expect(findings(glob.stdout).sort()).toEqual(['a/b/two.md error walk-away-point', 'c/three.md error walk-away-point']);
    const missing = await negolint(['a', 'nothere.md'], { cwd: dir });
    expect(missing.stdout).toMatch(/nothere\.md\n\s+error\s+no such file, folder or matching glob/);
    expect(missing.stdout).toContain('a/one.md');
    expect(missing.code).toBe(2);
  });

  it('passing only some files (staged files in a hook) lints only those', async () => {
    const dir = project({ ...CONFIG, 'a.md': BAD_PLAN, 'b.md': GOOD_PLAN, 'c.md': BAD_PLAN, 'd.md': BAD_PLAN });
    const r = await negolint(['--format', 'compact', 'a.md', 'b.md'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(['a.md error walk-away-point']);
    const stylish = await negolint(['a.md', 'b.md'], { cwd: dir });
    expect(stylish.stdout).toContain('2 files linted, 2 plans found');
    // `--` ends the options, for file names that start with a dash.
    const dash = project({ ...CONFIG, '-odd.md': BAD_PLAN });
    const r2 = await negolint(['--format', 'compact', '--', '-odd.md'], { cwd: dash });
    expect(findings(r2.stdout)).toEqual(['-odd.md error walk-away-point']);
  });

  it('honours .gitignore and .negolintignore (nested ones below their folder), --ignore-pattern, config ignorePatterns; --no-ignore turns the files off', async () => {
    const dir = project({
      '.negolintrc.yaml': `${onlyRule()}ignorePatterns:\n  - "archive/**"\n`,
      '.gitignore': 'build/\n',
      '.negolintignore': 'drafts/*.md\n!drafts/keep.md\n',
      'sub/.gitignore': 'local.md\n',
      'build/plan.md': BAD_PLAN,
      'drafts/x.md': BAD_PLAN,
      'drafts/keep.md': BAD_PLAN,
      'sub/local.md': BAD_PLAN,
      'local.md': BAD_PLAN,
      'archive/old.md': BAD_PLAN,
      'tmp/scratch.md': BAD_PLAN,
      'plan.md': BAD_PLAN,
    });
    const r = await negolint(['--format', 'compact'], { cwd: dir });
    expect(findings(r.stdout).map((l) => l.split(' ')[0])).toEqual(['drafts/keep.md', 'local.md', 'plan.md', 'tmp/scratch.md']);
    const pattern = await negolint(['--format', 'compact', '--ignore-pattern', 'tmp/', '--ignore-pattern', '*.md', '--ignore-pattern', '!plan.md'], { cwd: dir });
    expect(findings(pattern.stdout).map((l) => l.split(' ')[0])).toEqual(['plan.md']);
    const all = await negolint(['--format', 'compact', '--no-ignore'], { cwd: dir });
    // --no-ignore drops .gitignore/.negolintignore; config ignorePatterns still apply.
    expect(findings(all.stdout).map((l) => l.split(' ')[0])).toEqual(['build/plan.md', 'drafts/keep.md', 'drafts/x.md', 'local.md', 'plan.md', 'sub/local.md', 'tmp/scratch.md']);
    // A hook passes staged files by name: ignored ones are still skipped.
    const named = await negolint(['--format', 'compact', 'drafts/x.md', 'build/plan.md', 'archive/old.md', 'plan.md'], { cwd: dir });
    expect(findings(named.stdout).map((l) => l.split(' ')[0])).toEqual(['plan.md']);
  });

  it('does not follow symlink loops and lints a file reached twice once', async () => {
    const dir = project({ ...CONFIG, 'plans/a.md': BAD_PLAN, 'plans/deep/b.md': BAD_PLAN });
    symlinkSync('..', path.join(dir, 'plans/deep/up'));
    symlinkSync('.', path.join(dir, 'plans/self'));
    symlinkSync(path.join(dir, 'plans'), path.join(dir, 'again'));
    symlinkSync('nowhere.md', path.join(dir, 'plans/dangling.md'));
    const r = await negolint(['--format', 'compact'], { cwd: dir });
    expect(r.code).toBe(1);
    const files = findings(r.stdout).map((l) => l.split(' ')[0]!);
    expect(files).toHaveLength(2);
    expect(new Set(files.map((f) => path.basename(f)))).toEqual(new Set(['a.md', 'b.md']));
  });

  it('handles paths with spaces and non-ASCII names in every format', async () => {
    const name = 'Deals 2025/Ünïcödé plan, v2: final.md';
    const dir = project({ ...CONFIG, [name]: BAD_PLAN });
    const [stylish, compact, json, github] = (await Promise.all(['stylish', 'compact', 'json', 'github'].map((f) => negolint(['--format', f], { cwd: dir })))) as [RunResult, RunResult, RunResult, RunResult];
    expect(stylish.stdout.split('\n')[0]).toBe(name);
    expect(compact.stdout).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: error`));
    expect(JSON.parse(json.stdout)[0].filePath).toBe(path.join(dir, name));
    // Workflow command properties escape "," and ":".
    expect(github.stdout).toContain('file=Deals 2025/Ünïcödé plan%2C v2%3A final.md,line=1,col=1');
    for (const r of [stylish, compact, json, github]) expect(r.code).toBe(1);
    const byName = await negolint(['--format', 'compact', name], { cwd: dir });
    expect(findings(byName.stdout)).toEqual([`${name} error walk-away-point`]);
  });

  it('recognises plans by sections or `negolint: true` frontmatter; --all lints every file as a plan', async () => {
    const dir = project({ ...CONFIG, 'notes.md': NOT_A_PLAN, 'flagged.md': '---\nnegolint: true\n---\n\n# Acme\n\nSome notes.\n', 'optout.md': `---\nnegolint: false\n---\n\n${BAD_PLAN}` });
    const r = await negolint(['--format', 'compact'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(['flagged.md error walk-away-point']);
    const all = await negolint(['--format', 'compact', '--all'], { cwd: dir });
    // --all makes every file a plan, except one that opts out in its frontmatter.
    expect(findings(all.stdout)).toEqual(['flagged.md error walk-away-point', 'notes.md error walk-away-point']);
    const stylish = await negolint(['--all'], { cwd: dir });
    expect(stylish.stdout).toContain('3 files linted, 2 plans found, 1 not a plan');
  });
});

describe('options', PARALLEL, () => {
  it('--config uses that file, --no-config ignores config files, and the two together are a usage error', async () => {
    const dir = project({ '.negolintrc.yaml': 'rules:\n  walk-away-point: off\n', 'ci/only.yaml': onlyRule(), 'plan.md': BAD_PLAN });
    const nearest = await negolint(['--format', 'compact', '--rule', 'walk-away-point:error', '--config', 'ci/only.yaml', 'plan.md'], { cwd: dir });
    expect(findings(nearest.stdout)).toEqual(['plan.md error walk-away-point']);
    const off = await negolint(['--format', 'json', 'plan.md'], { cwd: dir });
    expect(JSON.parse(off.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('walk-away-point');
    const none = await negolint(['--format', 'json', '--no-config', 'plan.md'], { cwd: dir });
    expect(JSON.parse(none.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('walk-away-point');
    expect(none.code).toBe(1);
    const both = await negolint(['--config', 'ci/only.yaml', '--no-config'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--config and --no-config cannot be used together');
    const missing = await negolint(['-c', 'nope.yaml', 'plan.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.yaml: cannot read config file: no such file \(ENOENT\)/);
  });

  it('--rule sets severities (names, numbers, JSON with options) and rejects unknown ids, severities and options', async () => {
    const dir = project({ ...CONFIG, 'plan.md': BAD_PLAN });
    const warn = await negolint(['--format', 'compact', '--rule', 'walk-away-point:warn'], { cwd: dir });
    expect(findings(warn.stdout)).toEqual(['plan.md warning walk-away-point']);
    expect(warn.code).toBe(0);
    const off = await negolint(['--rule', 'walk-away-point:off'], { cwd: dir });
    expect(off.code).toBe(0);
    expect(off.stdout).toContain('✔ No problems');
    const numeric = await negolint(['--format', 'compact', '--rule', 'walk-away-point:1'], { cwd: dir });
    expect(findings(numeric.stdout)).toEqual(['plan.md warning walk-away-point']);
    const jsonForm = await negolint(['--format', 'compact', '--rule', 'walk-away-point:["error", {}]', '--rule', 'walk-away-margin:["warn", {"minGapPercent": 15}]'], { cwd: dir });
    expect(findings(jsonForm.stdout)).toEqual(['plan.md error walk-away-point']);
    const bad: [string, RegExp][] = [
      ['no-such-rule:error', /unknown rule `no-such-rule`/],
      ['walk-away-pint:error', /did you mean .*`walk-away-point`/],
      ['walk-away-point:fatal', /expected a severity .* got "fatal"/],
      ['walk-away-point', /--rule expects <id>:<severity>/],
      ['walk-away-point:[error', /invalid JSON/],
      ['walk-away-margin:["error", {"minGapPercent": "ten"}]', /minGapPercent: expected a number, got string "ten"|expected a number, got string "ten"/],
    ];
    for (const [value, message] of bad) {
      const r = await negolint(['--rule', value], { cwd: dir });
      expect(r.code, value).toBe(2);
      expect(r.stderr, value).toMatch(message);
      expect(r.stderr).toContain('Run `negolint --help` for usage.');
      expect(r.stdout).toBe('');
    }
  });

  it('--preset strict makes every rule an error; recommended keeps defaults; others are usage errors', async () => {
    const dir = project({ '.negolintrc.yaml': onlyRule('walk-away-point', 'warn'), 'plan.md': BAD_PLAN });
    const rec = await negolint(['--format', 'compact', '--preset', 'recommended'], { cwd: dir });
    // The preset sets severities; the config's "off" rules come back from the preset.
    expect(findings(rec.stdout)).toContain('plan.md error walk-away-point');
    const strict = await negolint(['--format', 'json', '--preset', 'strict'], { cwd: dir });
    const messages = JSON.parse(strict.stdout)[0].messages as { severity: number; ruleId: string }[];
    // Rules turned off in the config are back, as errors (a rule may still mark a finding as a mere warning).
    expect(messages.filter((m) => m.severity === 2).length).toBeGreaterThan(1);
    expect(messages.find((m) => m.ruleId === 'walk-away-point')?.severity).toBe(2);
    expect(strict.code).toBe(1);
    const strictOne = await negolint(['--format', 'compact', '--preset', 'strict', ...ruleIds().filter((id) => id !== 'walk-away-point').map((id) => `--rule=${id}:off`)], { cwd: dir });
    expect(findings(strictOne.stdout)).toEqual(['plan.md error walk-away-point']);
    const bogus = await negolint(['--preset', 'lenient'], { cwd: dir });
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('unknown --preset "lenient", expected recommended or strict');
  });

  it('--format stylish (default) groups by file with line:column, severity, message, rule and a summary', async () => {
    const dir = project({ '.negolintrc.yaml': onlyRule('walk-away-point', 'warn'), 'a.md': BAD_PLAN, 'b.md': GOOD_PLAN, 'n.md': NOT_A_PLAN });
    const r = await negolint(['--rule', 'walk-away-point:error', 'a.md', 'b.md', 'n.md'], { cwd: dir });
    expect(r.stdout).toBe(
      [
        'a.md',
        `  1:1  error  ${BAD_PLAN_MESSAGE}  walk-away-point`,
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '3 files linted, 2 plans found, 1 not a plan',
        '',
      ].join('\n'),
    );
    const clean = await negolint(['b.md'], { cwd: dir });
    expect(clean.stdout).toBe('✔ No problems (1 file linted, 1 plan found)\n');
    expect(clean.code).toBe(0);
    const bogus = await negolint(['--format', 'xml'], { cwd: dir });
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('unknown --format "xml", expected one of stylish, json, sarif, github, compact');
  });

  it('--format json is ESLint\'s shape, with absolute paths and fixes', async () => {
    const dir = project({ ...CONFIG, 'a.md': BAD_PLAN, 'b.md': GOOD_PLAN, 'n.md': NOT_A_PLAN });
    const r = await negolint(['-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.map((f: { filePath: string }) => f.filePath)).toEqual(['a.md', 'b.md', 'n.md'].map((n) => path.join(dir, n)));
    const [a, b] = out;
    expect(Object.keys(a).sort()).toEqual(['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'warningCount']);
    expect(a).toMatchObject({ errorCount: 1, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 1, fixableWarningCount: 0 });
    expect(a.messages).toHaveLength(1);
    const m = a.messages[0];
    expect(m).toMatchObject({ ruleId: 'walk-away-point', severity: 2, line: 1, column: 1, message: expect.stringMatching(WAP) });
    expect(m.endLine).toBeGreaterThanOrEqual(1);
    expect(m.endColumn).toBeGreaterThanOrEqual(1);
    expect(m.fix.title).toMatch(/Walk-away point/);
    expect(m.fix.edits[0]).toEqual({ start: expect.any(Number), end: expect.any(Number), text: expect.stringContaining('## Walk-away point'), snippet: expect.stringContaining('${1:[fill in: lowest price we accept]}') });
    expect(b).toMatchObject({ messages: [], errorCount: 0 });
  });

  it('--format github prints workflow annotations; --format compact one line per finding', async () => {
    const dir = project({ '.negolintrc.yaml': onlyRule('walk-away-point', 'warn'), 'a.md': BAD_PLAN, 'b.md': '# B\n\n## Target\n\n100% of $5k\n\n## Opening offer\n\n$6k\n' });
    const gh = await negolint(['--format', 'github'], { cwd: dir });
    const lines = gh.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::warning file=a\.md,line=1,col=1,endLine=\d+,endColumn=\d+,title=negolint\(walk-away-point\)::No walk-away point/);
    expect(gh.code).toBe(0);
    const compact = await negolint(['--format', 'compact'], { cwd: dir });
    expect(compact.stdout.trim().split('\n')[0]).toMatch(/^a\.md:1:1: warning No walk-away point.* \(walk-away-point\)$/);
    const clean = await negolint(['--format', 'github', '--rule', 'walk-away-point:off'], { cwd: dir });
    expect(clean.stdout).toBe('');
    expect(clean.code).toBe(0);
  });

  it('--output-file writes the report (creating folders, without colour) instead of stdout', async () => {
    const dir = project({ ...CONFIG, 'a.md': BAD_PLAN });
    const r = await negolint(['--output-file', 'reports/lint/negolint.json', '--format', 'json', '--color'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'reports/lint/negolint.json'), 'utf8'))[0].errorCount).toBe(1);
    const s = await negolint(['-o', 'out.txt', '--color'], { cwd: dir });
    expect(s.stdout).toBe('');
    const text = readFileSync(path.join(dir, 'out.txt'), 'utf8');
    expect(text).toContain('No walk-away point');
    expect(text).not.toContain('\u001b[');
  });

  it('--max-warnings: more warnings than n exit 1; -1 means no limit; --quiet hides warnings but keeps the gate', async () => {
    const dir = project({ '.negolintrc.yaml': onlyRule('walk-away-point', 'warn'), 'a.md': BAD_PLAN, 'b.md': BAD_PLAN });
    const [over, at, unlimited, quiet, bad] = await Promise.all([
      negolint(['--max-warnings', '1'], { cwd: dir }),
      negolint(['--max-warnings', '2'], { cwd: dir }),
      negolint(['--max-warnings=-1'], { cwd: dir }),
      negolint(['--quiet', '--max-warnings', '0'], { cwd: dir }),
      negolint(['--max-warnings', 'some'], { cwd: dir }),
    ]);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('negolint: too many warnings (2); the maximum is 1.\n');
    expect(over.stdout).toContain('✖ 2 problems (0 errors, 2 warnings)');
    expect(at.code).toBe(0);
    expect(unlimited.code).toBe(0);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toContain('too many warnings (2, not shown because of --quiet)');
    expect(quiet.stdout).not.toContain('No walk-away point');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings expects a whole number, got "some"');
  });

  it('--quiet reports errors only', async () => {
    const dir = project({ '.negolintrc.yaml': `${onlyRule('walk-away-point', 'warn')}`, 'a.md': BAD_PLAN, 'e.md': BAD_PLAN, 'sub/.negolintrc.yaml': onlyRule(), 'sub/e.md': BAD_PLAN });
    const r = await negolint(['--quiet', '--format', 'compact'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(['sub/e.md error walk-away-point']);
    expect(r.code).toBe(1);
    const q = await negolint(['-q', 'a.md'], { cwd: dir });
    expect(q.stdout).toContain('✔ No problems');
    expect(q.code).toBe(0);
  });

  it('colour: off when piped, --color / FORCE_COLOR turn it on, --no-color / NO_COLOR / FORCE_COLOR=0 turn it off, on for a TTY', async () => {
    const dir = project({ ...CONFIG, 'a.md': BAD_PLAN });
    const ansi = /\u001b\[\d+m/;
    const cases: [string[], Record<string, string>, boolean][] = [
      [[], {}, false],
      [['--color'], {}, true],
      [[], { FORCE_COLOR: '1' }, true],
      [[], { FORCE_COLOR: '0' }, false],
      [['--no-color'], { FORCE_COLOR: '1' }, false],
      [[], { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
      [['--color'], { NO_COLOR: '1' }, true],
    ];
    const results = await Promise.all(cases.map(([args, env]) => negolint(args, { cwd: dir, env })));
    results.forEach((r, i) => {
      expect(ansi.test(r.stdout), JSON.stringify(cases[i])).toBe(cases[i]![2]);
      expect(plain(r.stdout)).toContain('No walk-away point');
    });
    // A real terminal (util-linux `script` gives the command a pseudo-terminal).
    const tty = await sh(`script -qec '"${process.execPath}" "${BIN}" a.md' /dev/null`, { cwd: dir });
    expect(tty.stdout).toMatch(ansi);
    const ttyNoColor = await sh(`script -qec '"${process.execPath}" "${BIN}" a.md' /dev/null`, { cwd: dir, env: { NO_COLOR: '1' } });
    expect(ttyNoColor.stdout).not.toMatch(ansi);
    expect(ttyNoColor.stdout).toContain('No walk-away point');
  });

  it('--stdin lints standard input; --stdin-filename names it and picks its config', async () => {
    const dir = project({ ...CONFIG, 'plans/.negolintrc.yaml': onlyRule('walk-away-point', 'warn') });
    const named = await negolint(['--stdin', '--stdin-filename', 'plans/acme.md', '--format', 'compact'], { cwd: dir, input: BAD_PLAN });
    expect(findings(named.stdout)).toEqual(['plans/acme.md warning walk-away-point']);
    expect(named.code).toBe(0);
    const root = await negolint(['--stdin', '--format', 'compact'], { cwd: dir, input: BAD_PLAN });
    expect(findings(root.stdout)).toEqual(['<stdin> error walk-away-point']);
    expect(root.code).toBe(1);
    const notPlan = await negolint(['--stdin'], { cwd: dir, input: NOT_A_PLAN });
    expect(notPlan.stdout).toContain('1 file linted, 0 plans found, 1 not a plan');
    const errors: [string[], string][] = [
      [['--stdin', 'a.md'], '--stdin lints standard input: do not pass files as well'],
      [['--stdin-filename', 'a.md'], '--stdin-filename requires --stdin'],
      [['--stdin', '--fix'], '--fix cannot write to stdin'],
    ];
    for (const [args, message] of errors) {
      const r = await negolint(args, { cwd: dir, input: BAD_PLAN });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });

  it('--print-config prints the effective config for a file (nearest config file, overrides) and exits 0', async () => {
    const dir = project({ ...CONFIG, 'plans/.negolintrc.json': '{"extends": "strict", "side": "buyer", "vocabulary": {"walk-away": ["Schmerzgrenze"]}}', 'plans/a.md': BAD_PLAN });
    const r = await negolint(['--print-config', 'plans/a.md', '--rule', 'walk-away-margin:off'], { cwd: dir });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.files).toEqual(['plans/.negolintrc.json']);
    expect(config.side).toBe('buyer');
    expect(config.vocabulary).toEqual({ 'walk-away': ['Schmerzgrenze'] });
    expect(config.rules['walk-away-point']).toEqual({ severity: 'error', options: {} });
    expect(config.rules['walk-away-margin'].severity).toBe('off');
    expect(Object.keys(config.rules).sort()).toEqual([...ruleIds()].sort());
    const top = JSON.parse((await negolint(['--print-config', 'x.md'], { cwd: dir })).stdout);
    expect(top.files).toEqual(['.negolintrc.yaml']);
    expect(top.rules['ask-for-the-no']?.severity ?? 'off').toBe('off');
    const none = JSON.parse((await negolint(['--print-config', 'plans/a.md', '--no-config'], { cwd: dir })).stdout);
    expect(none.files).toEqual([]);
  });

  it('--version, -v, --help and -h print and exit 0; unknown options exit 2', async () => {
    const dir = project();
    const pkg = JSON.parse(readFileSync(path.join(CORE, 'package.json'), 'utf8'));
    const [v, short, help, h, unknown] = await Promise.all([
      negolint(['--version'], { cwd: dir }),
      negolint(['-v'], { cwd: dir }),
      negolint(['--help'], { cwd: dir }),
      negolint(['-h'], { cwd: dir }),
      negolint(['--frobnicate'], { cwd: dir }),
    ]);
    expect(v.stdout).toBe(`${pkg.version}\n`);
    expect(short.stdout).toBe(v.stdout);
    expect(help.stdout).toBe(HELP);
    expect(h.stdout).toBe(HELP);
    for (const r of [v, short, help, h]) expect(r.code).toBe(0);
    for (const flag of ['--config', '--no-config', '--rule', '--preset', '--all', '--format', '--output-file', '--max-warnings', '--quiet', '--no-color', '--stdin', '--stdin-filename', '--print-config', '--fix', '--fix-dry-run', '--cache', '--cache-location', '--ignore-pattern', '--no-ignore', '--version', '--help']) {
      expect(help.stdout).toContain(flag);
    }
    expect(help.stdout).toMatch(/negolint rules/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("negolint: Unknown option '--frobnicate'\nRun `negolint --help` for usage.\n");
    expect(unknown.stdout).toBe('');
  });

  it('--concurrency spreads files over worker threads with the same results', async () => {
    const files: Record<string, string> = { ...CONFIG };
    for (let i = 0; i < 12; i++) files[`p${String(i).padStart(2, '0')}.md`] = i % 3 ? GOOD_PLAN : BAD_PLAN;
    const dir = project(files);
    const [off, two] = await Promise.all([negolint(['-f', 'json', '--concurrency', 'off'], { cwd: dir }), negolint(['-f', 'json', '--concurrency', '2'], { cwd: dir })]);
    expect(two.stdout).toBe(off.stdout);
    expect(JSON.parse(two.stdout).filter((f: { errorCount: number }) => f.errorCount).length).toBe(4);
    expect(two.code).toBe(1);
    const bad = await negolint(['--concurrency', '0'], { cwd: dir });
    expect(bad.code).toBe(2);
  });
});

describe('subcommands', PARALLEL, () => {
  it('`negolint rules` lists every rule with its default and effective severity', async () => {
    const dir = project({ '.negolintrc.yaml': 'rules:\n  walk-away-point: warn\n' });
    const r = await negolint(['rules'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^rule\s+default\s+effective\s+description$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(ruleIds());
    expect(ruleIds()).toContain('walk-away-point');
    expect(lines.find((l) => l.startsWith('walk-away-point '))).toMatch(/^walk-away-point\s+error\s+warning\s+The plan states a walk-away point/);
    const strict = await negolint(['rules', '--preset', 'strict'], { cwd: dir });
    expect(strict.stdout.split('\n').filter((l) => /^[a-z-]+\s/.test(l) && !l.startsWith('rule ')).every((l) => l.split(/\s+/)[2] === 'error')).toBe(true);
  });

  it('`negolint explain <id>` prints the rule\'s docs; an unknown id exits 2', async () => {
    const dir = project();
    const r = await negolint(['explain', 'walk-away-point'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('walk-away-point');
    expect(lines[1]).toBe('The plan states a walk-away point with a concrete value or condition.');
    for (const part of ['Why', 'What it checks', 'How to fix', 'Docs: https://github.com/negolint/negolint/blob/main/packages/core/docs/rules/walk-away-point.md']) expect(r.stdout).toContain(part);
    expect(existsSync(path.join(CORE, 'docs/rules/walk-away-point.md'))).toBe(true);
    const unknown = await negolint(['explain', 'walk-away'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule "walk-away"');
    const none = await negolint(['explain'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('usage: negolint explain <rule-id>');
  });

  it('`negolint init` writes a valid commented config and an example plan that lints clean, and refuses to overwrite', async () => {
    const dir = project();
    const r = await negolint(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote .negolintrc.yaml and negotiation-plan.example.md.');
    const config = readFileSync(path.join(dir, '.negolintrc.yaml'), 'utf8');
    expect(config).toMatch(/^# /m);
    const printed = await negolint(['--print-config', 'negotiation-plan.example.md'], { cwd: dir });
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout).files).toEqual(['.negolintrc.yaml']);
    // With the written config, and with every rule on as an error: the template shows what a complete plan looks like.
    for (const extra of [['--max-warnings', '0'], ['--no-config', '--preset', 'strict', '--max-warnings', '0']]) {
      const lint = await negolint(['negotiation-plan.example.md', ...extra], { cwd: dir });
      expect(lint.stdout, extra.join(' ')).toBe('✔ No problems (1 file linted, 1 plan found)\n');
      expect(lint.code).toBe(0);
    }
    const again = await negolint(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('.negolintrc.yaml and negotiation-plan.example.md already exist; nothing was written.');
    expect(readFileSync(path.join(dir, '.negolintrc.yaml'), 'utf8')).toBe(config);
    const half = project({ 'negotiation-plan.example.md': 'mine\n' });
    const partial = await negolint(['init'], { cwd: half });
    expect(partial.code).toBe(2);
    expect(existsSync(path.join(half, '.negolintrc.yaml'))).toBe(false);
    expect(readFileSync(path.join(half, 'negotiation-plan.example.md'), 'utf8')).toBe('mine\n');
  });
});

describe('exit codes and files that cannot be linted', PARALLEL, () => {
  it('0 when clean (warnings allowed), 1 on errors, 2 on usage errors', async () => {
    const dir = project({ '.negolintrc.yaml': onlyRule('walk-away-point', 'warn'), 'a.md': BAD_PLAN });
    expect((await negolint([], { cwd: dir })).code).toBe(0);
    expect((await negolint(['--rule', 'walk-away-point:error'], { cwd: dir })).code).toBe(1);
    expect((await negolint(['--format'], { cwd: dir })).code).toBe(2);
    const empty = project();
    const none = await negolint([], { cwd: empty });
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('✔ No problems (0 files linted, 0 plans found)\n');
  });

  it('binary and invalid UTF-8 files are reported with their path and skipped; the rest is linted; exit 2', async () => {
    const dir = project({
      ...CONFIG,
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'latin1.md': Buffer.from('# Pläne\n\n## Target\n\n500 k\u00e4\n', 'latin1'),
      'plan.md': BAD_PLAN,
      'good.md': GOOD_PLAN,
    });
    const r = await negolint([], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('binary.md\n  error  binary file (contains NUL bytes), skipped');
    expect(r.stdout).toContain('latin1.md\n  error  not valid UTF-8, skipped');
    expect(r.stdout).toContain('plan.md\n  1:1  error  No walk-away point');
    expect(r.stdout).toContain('2 files linted, 2 plans found, 2 could not be read');
    const compact = await negolint(['--format', 'compact', 'binary.md'], { cwd: dir });
    expect(compact.stdout).toBe('binary.md:1:1: error binary file (contains NUL bytes), skipped (binary)\n');
    const json = JSON.parse((await negolint(['--format', 'json', 'latin1.md'], { cwd: dir })).stdout);
    expect(json).toEqual([
      {
        filePath: path.join(dir, 'latin1.md'),
        messages: [{ ruleId: null, fatal: true, severity: 2, message: 'not valid UTF-8, skipped', line: 1, column: 1, endLine: 1, endColumn: 1 }],
        errorCount: 1,
        warningCount: 0,
        fatalErrorCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ]);
  });

  it.skipIf(typeof asUser === 'string')('a file without read permission is reported (EACCES) and the rest still linted', async () => {
    // Root reads everything, so as root the command runs as `nobody`.
    const dir = project({ ...CONFIG, 'locked.md': BAD_PLAN, 'open.md': BAD_PLAN });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'locked.md'), 0o000);
    const r = await negolint([], { cwd: dir, ...(asUser as object) });
    expect(r.stdout).toContain('locked.md\n  error  cannot read file (EACCES)');
    expect(r.stdout).toContain('open.md\n  1:1  error  No walk-away point');
    expect(r.code).toBe(2);
  });

  it('broken configs exit 2 and name the file, line and key', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ '.negolintrc.json': '{\n  "rules": {\n    "walk-away-point": "error",\n  }\n}\n' }, /\.negolintrc\.json:4:\d+: invalid JSON/],
      [{ '.negolintrc.yaml': 'rules:\n  walk-away-point: [error\n' }, /\.negolintrc\.yaml:\d+:\d+: invalid YAML/],
      [{ '.negolintrc.yml': 'extends: recommended\nrules:\n  walk-away-pont: error\n' }, /\.negolintrc\.yml:3:\d+: rules\.walk-away-pont: unknown rule `walk-away-pont`; did you mean .*`walk-away-point`/],
      [{ '.negolintrc.yaml': 'rules:\n  walk-away-point: fatal\n' }, /\.negolintrc\.yaml:2:\d+: rules\.walk-away-point: expected a severity/],
      [{ '.negolintrc.yaml': 'rules:\n  walk-away-margin:\n    - error\n    - minGapPercent: ten\n' }, /\.negolintrc\.yaml:4:\d+: rules\.walk-away-margin\[1\]\.minGapPercent: expected a number, got string "ten"/],
      [{ '.negolintrc.yaml': 'side: both\n' }, /\.negolintrc\.yaml:1:\d+: side: expected one of "seller", "buyer"/],
      [{ '.negolintrc.yaml': 'rule:\n  walk-away-point: off\n' }, /\.negolintrc\.yaml:1:\d+: rule: unknown key/],
      [{ 'package.json': '{\n  "name": "deals",\n  "negolint": {\n    "rules": { "walk-away-point": "loud" }\n  }\n}\n' }, /package\.json:4:\d+: rules\.walk-away-point: expected a severity/],
    ];
    for (const [files, message] of cases) {
      const dir = project({ ...files, 'plan.md': BAD_PLAN });
      const r = await negolint([], { cwd: dir });
      expect(r.code, Object.keys(files)[0]).toBe(2);
      expect(r.stderr, r.stderr).toMatch(new RegExp(`^negolint: invalid config: ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/${message.source}`));
      // The report says so too, instead of "No problems".
      expect(r.stdout).toMatch(/1 config error/);
      expect(r.stdout).not.toContain('No problems');
    }
  });

  it('a broken config in one folder does not stop the others from being linted', async () => {
    const dir = project({ ...CONFIG, 'a.md': BAD_PLAN, 'team/.negolintrc.yaml': 'rules:\n  walk-away-point: loud\n', 'team/b.md': BAD_PLAN });
    const r = await negolint(['--format', 'github'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error file=a.md,line=1,col=1');
    expect(r.stdout).toMatch(/::error file=team\/\.negolintrc\.yaml,line=2(,col=\d+)?,title=negolint::invalid config: rules\.walk-away-point: expected a severity/);
    expect(r.stdout).not.toContain('team/b.md');
  });
});

describe('progress', PARALLEL, () => {
  const many = () => {
    const files: Record<string, string> = { ...CONFIG };
    for (let i = 0; i < 210; i++) files[`notes/n${i}.md`] = NOT_A_PLAN;
    return project(files);
  };
  const bin = BIN;

  it('is not shown when stderr is piped, nor on a terminal in CI; is shown on a terminal otherwise', async () => {
    const dir = many();
    const piped = await negolint([], { cwd: dir });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe('✔ No problems (210 files linted, 0 plans found, 210 not plans)\n');
    const cmd = `script -qec '"${process.execPath}" "${bin}"' /dev/null`;
    const [tty, ci] = await Promise.all([sh(cmd, { cwd: dir }), sh(cmd, { cwd: dir, env: { CI: 'true' } })]);
    expect(tty.stdout).toContain('negolint: 210/210 files');
    expect(ci.stdout).not.toContain('files\r');
    expect(ci.stdout).not.toContain('210/210');
    // Only stderr gets progress: stdout piped from a terminal session stays clean.
    const split = await sh(`script -qec '"${process.execPath}" "${bin}" > out.txt' /dev/null`, { cwd: dir });
    expect(split.stdout).toContain('210/210');
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).not.toContain('210/210');
  });
});

// Sanity: the test helper drives the real bin from package.json.
it('tests run the command package.json declares', () => {
  const pkg = JSON.parse(readFileSync(path.join(CORE, 'package.json'), 'utf8'));
  expect(path.join(CORE, pkg.bin.negolint)).toBe(path.join(CORE, 'dist/negolint.mjs'));
  return runProcess(process.execPath, [path.join(CORE, pkg.bin.negolint), '--version'], { cwd: CORE }).then((r) => expect(r.code).toBe(0));
});
