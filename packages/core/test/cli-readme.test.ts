/**
 * The README's CLI sections, checked against the CLI: every documented command is
 * run (in a demo project, with `negolint` on the PATH), every documented config is
 * loaded, every option in `--help` is documented, and the output examples have
 * the shape the CLI prints. The pre-commit recipes run in cli-precommit.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP } from '../src/cli/args.js';
import { BAD_PLAN, CORE, GOOD_PLAN, NOT_A_PLAN, ROOT, binDir, PARALLEL, cleanup, ensureBuilt, negolint, onlyRule, project, readmeBlocks, readmeSection, sh, type RunResult } from './cli-helpers.js';

beforeAll(ensureBuilt);
afterAll(cleanup);

const OWN_SECTIONS = ['Usage', 'Options', 'Exit codes', 'Configuration', 'Ignoring files', 'Pre-commit'];

/** The folder of plans the documented commands run in. */
const DEMO = {
  'plans/acme.md': BAD_PLAN,
  'plans/globex.md': GOOD_PLAN,
  'deals/acme-renewal.md': BAD_PLAN,
  'notes/meeting.md': NOT_A_PLAN,
  'drafts/wip.md': BAD_PLAN,
  'drafts/notes.tmp.md': BAD_PLAN,
  '.gitignore': 'drafts/\n',
};

type Check = (r: RunResult, dir: string) => void;
const lintsWithErrors = (r: RunResult) => expect(r.code).toBe(1);

/** What each documented command must do. A command without an entry here fails the test. */
const EXPECT: Record<string, Check> = {
  negolint: (r) => {
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^plans\/acme\.md$/m);
    expect(r.stdout).toMatch(/^deals\/acme-renewal\.md$/m);
    expect(r.stdout).toContain('4 files linted, 3 plans found, 1 not a plan');
  },
  'negolint plans/ deals/acme-renewal.md': (r) => {
    expect(r.stdout).toContain('3 files linted, 3 plans found');
    lintsWithErrors(r);
  },
  "negolint 'plans/**/*.md'": (r) => {
    expect(r.stdout).toContain('2 files linted, 2 plans found');
    lintsWithErrors(r);
  },
  'negolint --fix plans/': (r, dir) => {
    expect(readFileSync(path.join(dir, 'plans/acme.md'), 'utf8')).toContain('## Walk-away point');
    expect(r.stdout).toContain('fixed');
    expect(r.stdout).not.toContain('No walk-away point');
  },
  'negolint --fix-dry-run plans/': (r, dir) => {
    expect(r.stdout).toMatch(/^--- a\/plans\/acme\.md\n\+\+\+ b\/plans\/acme\.md\n/);
    expect(readFileSync(path.join(dir, 'plans/acme.md'), 'utf8')).toBe(BAD_PLAN);
  },
  'negolint --format json --output-file negolint.json .': (r, dir) => {
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'negolint.json'), 'utf8'))).toHaveLength(4);
    lintsWithErrors(r);
  },
  'cat plans/acme.md | negolint --stdin --stdin-filename plans/acme.md': (r) => {
    expect(r.stdout).toMatch(/^plans\/acme\.md\n/);
    expect(r.stdout).toContain('No walk-away point');
    lintsWithErrors(r);
  },
  'negolint rules': (r) => {
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^walk-away-point\s+error/m);
  },
  'negolint explain walk-away-point': (r) => {
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('walk-away-point');
  },
  'negolint init': (r, dir) => {
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, '.negolintrc.yaml'))).toBe(true);
    expect(existsSync(path.join(dir, 'negotiation-plan.example.md'))).toBe(true);
  },
  'negolint --format github .': (r) => {
    expect(r.stdout).toMatch(/^::error file=plans\/acme\.md,line=1,col=1,.*title=negolint\(walk-away-point\)::No walk-away point/m);
    lintsWithErrors(r);
  },
  'negolint --format sarif --output-file negolint.sarif .': (r, dir) => {
    expect(JSON.parse(readFileSync(path.join(dir, 'negolint.sarif'), 'utf8')).version).toBe('2.1.0');
    lintsWithErrors(r);
  },
  'negolint --max-warnings 0 .': (r) => expect(r.code).toBe(1),
  'negolint report plans/ -o readiness.html': (r, dir) => {
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'readiness.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(readFileSync(path.join(dir, 'readiness.html'), 'utf8')).toContain('<strong>2</strong> plans');
  },
  'negolint report --format md . > readiness.md': (r, dir) => {
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'readiness.md'), 'utf8')).toMatch(/^## Deal readiness\n\n3 plans · /);
  },
  'negolint --cache .': (r, dir) => {
    expect(existsSync(path.join(dir, '.negolintcache'))).toBe(true);
    lintsWithErrors(r);
  },
  "negolint --ignore-pattern 'drafts/**' --ignore-pattern '*.tmp.md' .": (r) => {
    expect(r.stdout).not.toContain('drafts/');
    lintsWithErrors(r);
  },
  'negolint --no-ignore .': (r) => {
    expect(r.stdout).toMatch(/^drafts\/wip\.md$/m);
    expect(r.stdout).toMatch(/^drafts\/notes\.tmp\.md$/m);
    lintsWithErrors(r);
  },
};

/** The command lines of the untitled `sh` blocks of a section (comments dropped). */
function commands(section: string): string[] {
  return readmeBlocks(section)
    .filter((b) => b.lang === 'sh' && !b.title)
    .flatMap((b) => b.code.split('\n'))
    .map((l) => l.replace(/\s+#\s.*$/, '').trim())
    .filter((l) => l && !l.startsWith('#'));
}

describe('README', PARALLEL, () => {
  it('has the CLI sections, each with content', () => {
    for (const name of OWN_SECTIONS) expect(readmeSection(name).trim().length, name).toBeGreaterThan(200);
  });

  it('documents every option of `negolint --help`, and no option that does not exist', () => {
    const helpFlags = new Set(HELP.match(/--[a-z][a-z-]*/g));
    const table = readmeSection('Options');
    const documented = new Set([...table.matchAll(/^\|((?:[^|\\]|\\.)*)\|/gm)].flatMap((m) => m[1]!.match(/--[a-z][a-z-]*/g) ?? []));
    expect([...helpFlags].filter((f) => !documented.has(f))).toEqual([]);
    expect([...documented].filter((f) => !helpFlags.has(f))).toEqual([]);
    for (const short of HELP.match(/^\s+(-[a-z]),/gm)!.map((s) => s.trim().slice(0, 2))) expect(table).toContain(`\`${short}, --`);
  });

  it('documents the exit codes that --help lists', () => {
    const rows = [...readmeSection('Exit codes').matchAll(/^\| `(\d)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(['0', '1', '2']);
    expect(HELP).toMatch(/Exit codes:\n\s+0 .*\n\s+1 .*\n\s+2 /);
  });

  it('every documented command runs and does what the README says', async () => {
    const bin = binDir();
    const cmds = [...commands('Usage'), ...commands('Ignoring files')];
    const install = cmds.filter((c) => c.startsWith('npm install'));
    const pkg = JSON.parse(readFileSync(path.join(CORE, 'package.json'), 'utf8'));
    for (const c of install) expect(c).toContain(pkg.name);
    const runnable = cmds.filter((c) => !install.includes(c));
    expect(runnable.filter((c) => !EXPECT[c]), 'README commands without an expectation in this test').toEqual([]);
    expect(Object.keys(EXPECT).filter((c) => !runnable.includes(c)), 'expectations for commands no longer in the README').toEqual([]);
    // Two at a time: the machine has two cores.
    for (let i = 0; i < runnable.length; i += 2) {
      await Promise.all(
        runnable.slice(i, i + 2).map(async (c) => {
          const dir = project(DEMO);
          const r = await sh(c, { cwd: dir, env: { PATH: `${bin}:${process.env['PATH']}` } });
          expect(r.stderr.replace(/^negolint: too many warnings.*\n/m, ''), c).toBe('');
          EXPECT[c]!(r, dir);
        }),
      );
    }
  });

  it('the stylish example has the shape the CLI prints', async () => {
    const example = readmeBlocks('Usage').find((b) => b.lang === 'text')!.code;
    const justified = GOOD_PLAN.replace('$600k per year.', '$600k per year: the list price, justified by the pilot results.');
    const dir = project({ '.negolintrc.yaml': onlyRule(), 'plans/acme.md': BAD_PLAN, 'plans/globex.md': justified, 'notes.md': NOT_A_PLAN });
    const actual = (await negolint(['--rule', 'opening-number:warn', 'plans/acme.md', 'plans/globex.md', 'notes.md'], { cwd: dir })).stdout;
    const shape = (text: string) =>
      text
        .trimEnd()
        .split('\n')
        .map((l) => (/^\s+\d+:\d+\s+(error|warning)\s+\S.*\s\s[a-z-]+$/.test(l) ? 'finding' : l.replace(/\d+/g, 'N')))
        .filter((l, i, all) => l !== 'finding' || all[i - 1] !== 'finding');
    expect(shape(example)).toEqual(shape(actual));
  });

  it('the JSON example has the keys the CLI prints', async () => {
    const example = JSON.parse(readmeBlocks('Usage').find((b) => b.lang === 'json')!.code);
    const dir = project({ 'plans/acme.md': BAD_PLAN });
    const actual = JSON.parse((await negolint(['--format', 'json', '--rule', 'walk-away-point:error'], { cwd: dir })).stdout);
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(example[0])).toEqual(keys(actual[0]));
    const message = actual[0].messages.find((m: { ruleId: string }) => m.ruleId === 'walk-away-point');
    expect(keys(example[0].messages[0])).toEqual(keys(message));
    expect(keys(example[0].messages[0].fix)).toEqual(keys(message.fix));
    expect(keys(example[0].messages[0].fix.edits[0])).toEqual(keys(message.fix.edits[0]));
    expect(example[0].messages[0].message).toBe(message.message);
  });

  it('the fix shown under Options is the one --fix inserts', async () => {
    const skeleton = readmeBlocks('Options').find((b) => b.lang === 'markdown')!.code;
    const dir = project({ 'plan.md': BAD_PLAN });
    await negolint(['--fix', '--no-config', '--rule', 'walk-away-point:error'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'plan.md'), 'utf8')).toContain(skeleton.trim());
  });

  it('every documented config file is valid and does what the table says', async () => {
    const blocks = readmeBlocks('Configuration').filter((b) => b.title);
    expect(blocks.map((b) => b.title)).toEqual(['.negolintrc.yaml', 'plans/enterprise/.negolintrc.yaml', '.negolintrc.json', 'package.json']);
    const files = (titles: string[]) => Object.fromEntries(blocks.filter((b) => titles.includes(b.title!)).map((b) => [b.title!, b.code]));
    const plans = { 'plans/acme.md': BAD_PLAN, 'plans/enterprise/initech.md': BAD_PLAN, 'templates/plan.md': BAD_PLAN, 'deals/x.md': BAD_PLAN, 'notes/y.md': BAD_PLAN };

    const yaml = project({ ...plans, ...files(['.negolintrc.yaml', 'plans/enterprise/.negolintrc.yaml']) });
    const root = await negolint(['--print-config', 'plans/acme.md'], { cwd: yaml });
    expect(root.code).toBe(0);
    const rc = JSON.parse(root.stdout);
    expect(rc.rules['walk-away-margin']).toEqual({ severity: 'error', options: { minGapPercent: 15 } });
    expect(rc.rules['ask-for-the-no'].severity).toBe('off');
    expect(rc.vocabulary['walk-away']).toEqual(['Schmerzgrenze', 'Red line']);
    const ent = JSON.parse((await negolint(['--print-config', 'plans/enterprise/initech.md'], { cwd: yaml })).stdout);
    expect(ent.files).toEqual(['plans/enterprise/.negolintrc.yaml', '.negolintrc.yaml']);
    expect(ent.rules['target-outcome'].severity).toBe('error'); // strict
    expect(ent.rules['paper-process'].severity).toBe('warn'); // the team's setting on top
    expect(ent.rules['counterpart-alternative'].severity).toBe('error');
    const lint = await negolint(['--format', 'compact'], { cwd: yaml });
    expect(lint.code).toBe(1);
    expect(lint.stdout).not.toContain('templates/'); // ignorePatterns
    const vocab = project({ ...files(['.negolintrc.yaml']), 'plan.md': BAD_PLAN.replace('## Target', '## Schmerzgrenze\n\nWe walk away below $450k.\n\n## Target') });
    expect((await negolint(['--format', 'compact'], { cwd: vocab })).stdout).not.toContain('walk-away-point');

    const json = project({ ...plans, ...files(['.negolintrc.json']) });
    const jr = await negolint(['--format', 'compact', '--all'], { cwd: json });
    expect(jr.stderr).toBe('');
    const jplans = await negolint(['--format', 'json'], { cwd: json });
    const linted = JSON.parse(jplans.stdout).filter((f: { messages: unknown[] }) => f.messages.length).map((f: { filePath: string }) => path.relative(json, f.filePath));
    expect(linted.sort()).toEqual(['deals/x.md', 'plans/acme.md', 'plans/enterprise/initech.md']); // not notes/ nor templates/: `plans` globs

    const pkg = project({ ...plans, ...files(['package.json']) });
    const pr = JSON.parse((await negolint(['--print-config', 'plans/acme.md'], { cwd: pkg })).stdout);
    expect(pr.files).toEqual(['package.json']);
    expect(pr.side).toBe('buyer');
  });

  it('the $schema path exists, and the config error example has the CLI\'s format', async () => {
    expect(existsSync(path.join(ROOT, 'packages/core/schema/negolintrc.schema.json'))).toBe(true);
    expect(readmeSection('Configuration')).toContain('node_modules/@negolint/core/schema/negolintrc.schema.json');
    const example = readmeBlocks('Configuration').find((b) => b.lang === 'text')!.code.trim();
    const dir = project({ '.negolintrc.yaml': 'extends: recommended\nside: seller\nplans: auto\nrules:\n  walk-away-margin: [error, { minGapPercent: ten }]\n', 'a.md': BAD_PLAN });
    const r = await negolint([], { cwd: dir });
    expect(r.code).toBe(2);
    // The column may be refined by the config loader; file, line, key and message are the contract.
    const norm = (t: string) => t.replace(/(\.negolintrc\.yaml:\d+):\d+:/, '$1:C:');
    expect(norm(r.stderr.trim().replace(dir, '/home/me/deals'))).toBe(norm(example));
  });

  it('the .negolintignore example ignores what it says', async () => {
    const ignoreFile = readmeBlocks('Ignoring files').find((b) => b.title === '.negolintignore')!.code;
    const dir = project({
      '.negolintignore': ignoreFile,
      'templates/plan.md': BAD_PLAN,
      'archive/2024/old.md': BAD_PLAN,
      'archive/2025-q4/kept.md': BAD_PLAN,
      'plans/live.md': BAD_PLAN,
    });
    const r = await negolint(['--format', 'compact', '--rule', 'walk-away-point:error'], { cwd: dir });
    const files = [...new Set(r.stdout.trim().split('\n').map((l) => l.split(':')[0]))];
    expect(files).toEqual(['archive/2025-q4/kept.md', 'plans/live.md']);
  });
});
