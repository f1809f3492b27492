/**
 * negolint in Git hooks, for real: the pre-commit framework with this repository's
 * .pre-commit-hooks.yaml (`pre-commit try-repo` and an installed hook), and the
 * README's husky + lint-staged and plain `.git/hooks/pre-commit` recipes. Each
 * blocks a commit with a bad plan and lets it through once the plan is fixed, and
 * only staged files are linted.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BAD_PLAN, CORE, GOOD_PLAN, NOT_A_PLAN, ROOT, PARALLEL, cleanup, ensureBuilt, installLocally, project, readmeBlocks, readmeSection, runProcess, sh, type RunResult } from './cli-helpers.js';

const HOOK_SCRIPT = 'packages/core/src/cli/pre-commit-hook.sh';

/**
 * Why the pre-commit framework tests cannot run here, if they cannot. pre-commit is a system
 * package: scripts/setup-test-tools.sh installs it (as root); no test installs it.
 */
function preCommitMissing(): string | undefined {
  if (spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0) return undefined;
  const why = 'pre-commit is not installed; scripts/setup-test-tools.sh installs it (as root)';
  if (process.env['NEGOLINT_REQUIRE_TEST_TOOLS'] === '1') throw new Error(`NEGOLINT_REQUIRE_TEST_TOOLS=1, but ${why}`);
  return why;
}

const skipPreCommit = preCommitMissing();
if (skipPreCommit) console.warn(`Skipping the pre-commit framework tests: ${skipPreCommit}`);

let home: string;
let env: Record<string, string>;

/** git and pre-commit with a throwaway HOME and cache, and a fixed identity. */
function git(args: string[], cwd: string): Promise<RunResult> {
  return runProcess('git', args, { cwd, env });
}
async function ok(p: Promise<RunResult>): Promise<RunResult> {
  const r = await p;
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

async function userRepo(files: Record<string, string>): Promise<string> {
  const dir = project(files, 'negolint-user-repo-');
  await ok(git(['init', '-q', '-b', 'main'], dir));
  return dir;
}

/**
 * A clone-able copy of this repository as pre-commit sees it: the hook manifest, the
 * hook script and the CLI's sources, with `node_modules` linked to this checkout's (the
 * script's dependency install is then skipped; its bundling step runs for real).
 */
let hookRepo: string;
let hookRev: string;

beforeAll(async () => {
  ensureBuilt();
  home = project({}, 'negolint-home-');
  env = {
    HOME: home,
    PRE_COMMIT_HOME: path.join(home, 'pre-commit-cache'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    npm_config_update_notifier: 'false',
  };
  hookRepo = project({}, 'negolint-hook-repo-');
  cpSync(path.join(ROOT, '.pre-commit-hooks.yaml'), path.join(hookRepo, '.pre-commit-hooks.yaml'));
  for (const rel of ['package.json', 'scripts/bundle.mjs', 'scripts/lazy-yaml.mjs', 'scripts/launcher.mjs', 'src']) cpSync(path.join(CORE, rel), path.join(hookRepo, 'packages/core', rel), { recursive: true });
  symlinkSync(path.join(CORE, 'node_modules'), path.join(hookRepo, 'packages/core/node_modules'));
  await ok(git(['init', '-q', '-b', 'main'], hookRepo));
  await ok(git(['add', '-A'], hookRepo));
  await ok(git(['commit', '-q', '-m', 'negolint'], hookRepo));
  hookRev = (await ok(git(['rev-parse', 'HEAD'], hookRepo))).stdout.trim();
});
afterAll(cleanup);

describe('.pre-commit-hooks.yaml', PARALLEL, () => {
  it('declares the negolint hook for Markdown files, with an executable entry', async () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'negolint', name: 'negolint', language: 'script', entry: HOOK_SCRIPT, types: ['markdown'], require_serial: true });
    expect(statSync(path.join(ROOT, HOOK_SCRIPT)).mode & 0o111).toBe(0o111);
    // Git records the executable bit, and pre-commit's clone needs it.
    expect((await ok(git(['ls-files', '-s', HOOK_SCRIPT], hookRepo))).stdout).toMatch(/^100755 /);
  });
});

describe.skipIf(Boolean(skipPreCommit))('pre-commit framework', PARALLEL, () => {
  it('`pre-commit try-repo` blocks a plan without a walk-away point, passes it once fixed, and lints only the given files', async () => {
    const dir = await userRepo({ 'plans/acme.md': BAD_PLAN, 'plans/other.md': BAD_PLAN, 'notes.md': NOT_A_PLAN, 'data.txt': BAD_PLAN });
    await ok(git(['add', '-A'], dir));
    const bad = await runProcess('pre-commit', ['try-repo', hookRepo, 'negolint', '--files', 'plans/acme.md', 'notes.md', 'data.txt'], { cwd: dir, env });
    expect(bad.code, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/negolint\.+Failed/);
    expect(bad.stdout).toContain('plans/acme.md');
    expect(bad.stdout).toContain('No walk-away point');
    expect(bad.stdout).not.toContain('plans/other.md'); // not passed
    expect(bad.stdout).not.toContain('data.txt'); // not Markdown (types: [markdown])
    expect(bad.stdout).toMatch(/2 files linted, 1 plan found, 1 not a plan/);

    writeFileSync(path.join(dir, 'plans/acme.md'), GOOD_PLAN);
    await ok(git(['add', '-A'], dir));
    const good = await runProcess('pre-commit', ['try-repo', hookRepo, 'negolint', '--files', 'plans/acme.md', 'notes.md'], { cwd: dir, env });
    expect(good.code, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toMatch(/negolint\.+Passed/);
  });

  it('the README\'s `repo: local` hook, with negolint installed in the project, blocks the commit and lets the fixed plan through', async () => {
    const section = readmeBlocks('Pre-commit');
    const config = section.find((b) => b.title === '.pre-commit-config.yaml')!.code;
    expect(config).toContain('repo: local');
    const dir = await userRepo({ '.pre-commit-config.yaml': config, 'plans/acme.md': BAD_PLAN, 'notes.txt': BAD_PLAN });
    // What `npm install --save-dev <the core tarball>` leaves (cli-install.test.ts installs the real tarball).
    installLocally(dir);
    await ok(git(['add', '-A'], dir));
    const cmds = section.filter((b) => b.lang === 'sh' && !b.title && b.code.trim().startsWith('pre-commit ')).flatMap((b) => b.code.trim().split('\n'));
    expect(cmds).toEqual(['pre-commit install', 'pre-commit run negolint --all-files']);
    expect((await sh(cmds[0]!, { cwd: dir, env })).code).toBe(0);
    const runAll = await sh(cmds[1]!, { cwd: dir, env });
    expect(runAll.code).toBe(1);
    expect(runAll.stdout).toContain('No walk-away point');
    expect(runAll.stdout).not.toContain('notes.txt');
    const blocked = await git(['commit', '-m', 'plan'], dir);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout + blocked.stderr).toMatch(/negolint\.+Failed/);
    writeFileSync(path.join(dir, 'plans/acme.md'), GOOD_PLAN);
    await ok(git(['add', '-A'], dir));
    const passed = await git(['commit', '-m', 'plan'], dir);
    expect(passed.code, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout + passed.stderr).toMatch(/negolint\.+Passed/);
  });

  it('the README\'s config for after the first release (this repository\'s hook at a rev), installed as a hook, blocks the commit and lets the fixed plan through', async () => {
    const section = readmeBlocks('Pre-commit');
    const config = section.find((b) => b.title === '.pre-commit-config.yaml, after the first release')!.code;
    expect(config).toContain('repo: https://github.com/negolint/negolint');
    const local = config.replace('https://github.com/negolint/negolint', hookRepo).replace(/rev: \S+/, `rev: ${hookRev}`);
    const dir = await userRepo({ '.pre-commit-config.yaml': local, 'plans/acme.md': BAD_PLAN });
    // The README's commands, in order.
    const cmds = section.filter((b) => b.lang === 'sh' && !b.title && b.code.trim().startsWith('pre-commit ')).flatMap((b) => b.code.trim().split('\n'));
    expect(cmds).toEqual(['pre-commit install', 'pre-commit run negolint --all-files']);
    await ok(git(['add', '-A'], dir));
    const install = await sh(cmds[0]!, { cwd: dir, env });
    expect(install.code, install.stderr).toBe(0);
    const runAll = await sh(cmds[1]!, { cwd: dir, env });
    expect(runAll.code).toBe(1);
    expect(runAll.stdout).toContain('No walk-away point');

    const blocked = await git(['commit', '-m', 'plan'], dir);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout + blocked.stderr).toMatch(/negolint\.+Failed/);
    expect((await git(['rev-list', '--all', '--count'], dir)).stdout.trim()).toBe('0');

    // A bad plan that is not staged does not block the commit of a good one.
    writeFileSync(path.join(dir, 'plans/acme.md'), GOOD_PLAN);
    writeFileSync(path.join(dir, 'plans/draft.md'), BAD_PLAN);
    await ok(git(['add', 'plans/acme.md', '.pre-commit-config.yaml'], dir));
    const passed = await git(['commit', '-m', 'plan'], dir);
    expect(passed.code, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout + passed.stderr).toMatch(/negolint\.+Passed/);
  });
});

/**
 * The hook's first run on a fresh clone: the script installs the CLI's dependencies with
 * pnpm and builds the bundle. Needs the npm registry and about half a minute, so it runs
 * only on request: NEGOLINT_TEST_HOOK_BUILD=1 npx vitest run packages/core/test/cli-precommit.
 */
describe.runIf(!skipPreCommit && process.env['NEGOLINT_TEST_HOOK_BUILD'] === '1')('pre-commit framework, first run from a fresh clone', { timeout: 600_000 }, () => {
  it('installs, builds and lints', async () => {
    const fresh = project({}, 'negolint-fresh-clone-');
    const skip = new Set(['node_modules', 'dist', '.git', 'corpus']);
    cpSync(ROOT, fresh, { recursive: true, filter: (src) => !skip.has(path.basename(src)) });
    await ok(git(['init', '-q', '-b', 'main'], fresh));
    await ok(git(['add', '-A'], fresh));
    await ok(git(['commit', '-q', '-m', 'negolint'], fresh));
    const dir = await userRepo({ 'plan.md': BAD_PLAN });
    await ok(git(['add', '-A'], dir));
    const r = await runProcess('pre-commit', ['try-repo', fresh, 'negolint', '--files', 'plan.md'], { cwd: dir, env: { ...env, PATH: process.env['PATH']! } });
    expect(r.stdout).toContain('first run in this clone: building the CLI');
    expect(r.stdout).toContain('No walk-away point');
    expect(r.code).toBe(1);
  });
});

describe('husky and lint-staged (README recipe)', PARALLEL, () => {
  it('blocks a commit with a bad staged plan and lets the fixed one through', async () => {
    const blocks = readmeBlocks('Pre-commit');
    const start = blocks.findIndex((b) => b.lang === 'sh' && b.code.includes('husky'));
    const cmds = blocks[start]!.code.trim().split('\n');
    const pkgBlock = blocks.find((b, i) => i > start && b.title === 'package.json')!;
    expect(cmds[0]).toBe('npm install --save-dev husky lint-staged');
    const dir = await userRepo({
      'package.json': JSON.stringify({ name: 'deals', private: true, devDependencies: { '@negolint/core': '*', husky: '*', 'lint-staged': '*' }, ...JSON.parse(pkgBlock.code) }, null, 2),
      'plans/acme.md': BAD_PLAN,
      'plans/draft.md': BAD_PLAN,
    });
    // What `npm install` would do, from this checkout and offline.
    installLocally(dir);
    for (const name of ['husky', 'lint-staged']) symlinkSync(path.join(CORE, 'node_modules', name), path.join(dir, 'node_modules', name));
    symlinkSync('../husky/bin.js', path.join(dir, 'node_modules/.bin/husky'));
    symlinkSync('../lint-staged/bin/lint-staged.js', path.join(dir, 'node_modules/.bin/lint-staged'));
    for (const cmd of cmds.slice(1)) await ok(sh(cmd, { cwd: dir, env }));
    expect(readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8').trim()).toBe('npx lint-staged');

    await ok(git(['add', 'package.json', 'plans/acme.md'], dir));
    const blocked = await git(['commit', '-m', 'plan'], dir);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('No walk-away point');
    expect(blocked.stdout + blocked.stderr).not.toContain('draft.md');

    writeFileSync(path.join(dir, 'plans/acme.md'), GOOD_PLAN);
    await ok(git(['add', 'plans/acme.md'], dir));
    const passed = await git(['commit', '-m', 'plan'], dir);
    expect(passed.code, passed.stdout + passed.stderr).toBe(0);
  });
});

describe('plain .git/hooks/pre-commit (README recipe)', PARALLEL, () => {
  it('lints only staged Markdown files, blocks on errors, handles odd file names', async () => {
    const hook = readmeBlocks('Pre-commit').find((b) => b.title === '.git/hooks/pre-commit')!.code;
    const chmod = readmeChmod();
    const dir = await userRepo({ 'plans/acme.md': BAD_PLAN, 'plans/Q3 Ünïcödé plan.md': GOOD_PLAN, 'plans/draft.md': BAD_PLAN, 'README.txt': 'x\n' });
    installLocally(dir);
    writeFileSync(path.join(dir, '.git/hooks/pre-commit'), hook);
    await ok(sh(chmod, { cwd: dir, env }));
    expect(statSync(path.join(dir, '.git/hooks/pre-commit')).mode & 0o100).toBe(0o100);
    // PATH without negolint: the hook finds the local install through npx.
    const hookEnv = { ...env, PATH: process.env['PATH']! };

    // No Markdown staged: nothing to lint.
    await ok(git(['add', 'README.txt'], dir));
    expect((await runProcess('git', ['commit', '-q', '-m', 'readme'], { cwd: dir, env: hookEnv })).code).toBe(0);

    await ok(git(['add', 'plans/acme.md', 'plans/Q3 Ünïcödé plan.md'], dir));
    const blocked = await runProcess('git', ['commit', '-m', 'plans'], { cwd: dir, env: hookEnv });
    // Git shows a hook's output on stderr.
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('plans/acme.md');
    expect(blocked.stderr).toContain('2 files linted, 2 plans found');
    expect(blocked.stderr).not.toContain('draft.md');

    writeFileSync(path.join(dir, 'plans/acme.md'), GOOD_PLAN);
    await ok(git(['add', 'plans/acme.md'], dir));
    const passed = await runProcess('git', ['commit', '-m', 'plans'], { cwd: dir, env: hookEnv });
    expect(passed.code, passed.stdout + passed.stderr).toBe(0);
    // Warnings (the other rules) do not block a commit.
    expect(passed.stderr).toMatch(/\(0 errors, \d+ warnings\)\n2 files linted, 2 plans found\n/);
  });
});

/** The README's "make it executable" command for the plain hook. */
function readmeChmod(): string {
  const m = /\(`(chmod \+x \.git\/hooks\/pre-commit)`\)/.exec(readmeSection('Pre-commit'));
  if (!m) throw new Error('README: the chmod command for .git/hooks/pre-commit is missing');
  return m[1]!;
}
