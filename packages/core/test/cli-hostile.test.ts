/**
 * A hostile or broken workspace, run through the `negolint` command as a process: special files
 * (symbolic links to /dev/zero, FIFOs) where configs, package.json, ignore files, `extends`
 * targets, plans and the cache are expected; `extends` through a symbolic link out of the
 * workspace; an edited cache; `--concurrency 1000`; a full disk; control characters; odd option
 * values and odd input. Each case is one found by an attack run on the CLI (issue 12).
 *
 * Cases that hung or ate memory before run under `ulimit -d` (1 GB of data) and `timeout`, so
 * a regression fails the test instead of the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_PLAN, BIN, GOOD_PLAN, PARALLEL, cleanup, ensureBuilt, negolint, onlyRule, project, runProcess, sh, type RunOptions, type RunResult, findings } from './cli-helpers.js';

beforeAll(ensureBuilt);
afterAll(cleanup);

const CONFIG = { '.negolintrc.yaml': onlyRule() };

/** `negolint ...args` with at most 1 GB of data and 30 s: a hang or a runaway read fails, it does not wait. */
function bounded(args: string[], options: RunOptions): Promise<RunResult> {
  return runProcess('/bin/sh', ['-c', 'ulimit -d 1000000; exec timeout -s KILL 30 "$@"', 'sh', process.execPath, BIN, ...args], options);
}

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);


/** Puts a special file at `name`: a symbolic link to /dev/zero, or a FIFO. */
function plant(dir: string, name: string, kind: 'zero' | 'fifo'): void {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  if (kind === 'zero') symlinkSync('/dev/zero', file);
  else mkfifo(file);
}

const WHAT = { zero: 'a character device, not a regular file', fifo: 'a FIFO (named pipe), not a regular file' } as const;

describe('special files are never read (issue 12, point 1)', PARALLEL, () => {
  for (const kind of ['zero', 'fifo'] as const) {
    it(`a ${kind === 'zero' ? 'symbolic link to /dev/zero' : 'FIFO'} as .negolintrc.yaml, package.json or an \`extends\` target: exit 2 naming the file`, async () => {
      const cases: [Record<string, string>, string][] = [
        [{}, '.negolintrc.yaml'],
        [{}, 'package.json'],
        [{ '.negolintrc.yaml': 'extends: ./shared/base.yaml\n' }, 'shared/base.yaml'],
      ];
      await Promise.all(
        cases.map(async ([files, special]) => {
          const dir = project({ ...files, 'plan.md': BAD_PLAN });
          plant(dir, special, kind);
          const r = await bounded(['--format', 'json'], { cwd: dir });
          expect(r.stderr, special).toContain(`negolint: invalid config: ${path.join(dir, special)}: cannot read config file: ${WHAT[kind]}`);
          expect(r.code, special).toBe(2);
        }),
      );
    });

    it(`a ${kind === 'zero' ? 'symbolic link to /dev/zero' : 'FIFO'} as .gitignore or .negolintignore is reported; the plans are still linted`, async () => {
      await Promise.all(
        ['.gitignore', 'sub/.negolintignore'].map(async (special) => {
          const dir = project({ ...CONFIG, 'plan.md': BAD_PLAN, 'sub/other.md': BAD_PLAN });
          plant(dir, special, kind);
          const r = await bounded(['--format', 'compact'], { cwd: dir });
          expect(r.stdout, special).toContain(`${special}:1:1: error ignore file not read: ${WHAT[kind]} (unreadable)`);
          expect(r.stdout, special).toContain('plan.md:1:1: error No walk-away point');
          expect(r.stdout, special).toContain('sub/other.md:1:1: error No walk-away point');
          expect(r.code, special).toBe(2);
        }),
      );
    });
  }

  it('a config file over 1 MiB is refused with its size; a plan that is a FIFO inside a folder is skipped, not opened', async () => {
    const dir = project({ '.negolintrc.yaml': `${onlyRule()}${'# padding padding padding padding\n'.repeat(64 * 1024)}`, 'plan.md': BAD_PLAN });
    const r = await bounded(['--format', 'json'], { cwd: dir });
    expect(r.stderr).toMatch(/\.negolintrc\.yaml: cannot read config file: too large \([\d,]+ bytes; the limit is 1 MiB\)\n$/);
    expect(r.code).toBe(2);
    const fifo = project({ ...CONFIG, 'plan.md': BAD_PLAN });
    plant(fifo, 'waiting.md', 'fifo');
    plant(fifo, 'zero.md', 'zero');
    const walked = await bounded(['--format', 'compact'], { cwd: fifo });
    expect(findings(walked.stdout)).toEqual(['plan.md error walk-away-point']);
    expect(walked.code).toBe(1);
  });
});

describe('`extends` and the workspace (points 6 and 8)', PARALLEL, () => {
  it('a symbolic link out of the workspace is refused without reading it: nothing of the outside file is echoed', async () => {
    const outside = project({ 'secret.json': '{"rules": {"SECRET-TOKEN-4711": "error"}, "side": "SECRET-SIDE"}\n' });
    const dir = project({ '.negolintrc.yaml': 'extends: ./base.json\n', 'plan.md': BAD_PLAN });
    symlinkSync(path.join(outside, 'secret.json'), path.join(dir, 'base.json'));
    const r = await negolint(['--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('extends: `extends` may not point outside the workspace');
    expect(r.stderr).toContain('"./base.json" is a symbolic link to a file outside it; not read');
    expect(r.stderr + r.stdout).not.toContain('SECRET');
    // The same for a link to a folder outside, and for a config file that is itself such a link.
    const viaFolder = project({ '.negolintrc.yaml': 'extends: ./linked/secret.json\n', 'plan.md': BAD_PLAN });
    symlinkSync(outside, path.join(viaFolder, 'linked'));
    const folder = await negolint(['--format', 'json'], { cwd: viaFolder });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('is a symbolic link to a file outside it; not read');
    expect(folder.stderr + folder.stdout).not.toContain('SECRET');
    const linkedConfig = project({ 'plan.md': BAD_PLAN });
    symlinkSync(path.join(outside, 'secret.json'), path.join(linkedConfig, '.negolintrc.json'));
    const config = await negolint(['--format', 'json'], { cwd: linkedConfig });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('.negolintrc.json: config file is a symbolic link to a file outside the workspace');
    expect(config.stderr + config.stdout).not.toContain('SECRET');
    // A link that stays inside is followed as before.
    const inside = project({ ...CONFIG, 'shared/base.yaml': onlyRule('walk-away-point', 'warn'), 'plans/.negolintrc.yaml': 'extends: ./base.yaml\n', 'plans/a.md': BAD_PLAN });
    symlinkSync('../shared/base.yaml', path.join(inside, 'plans/base.yaml'));
    const ok = await negolint(['--format', 'compact'], { cwd: inside });
    expect(findings(ok.stdout)).toEqual(['plans/a.md warning walk-away-point']);
    expect(ok.code).toBe(0);
  });

  it("a parent folder's config that extends a sibling works when run from a subfolder; beyond its own folder it is refused", async () => {
    const dir = project({ '.negolintrc.yaml': 'extends: ./shared/base.yaml\n', 'shared/base.yaml': onlyRule('walk-away-point', 'warn'), 'sub/a.md': BAD_PLAN });
    const r = await negolint(['--format', 'compact'], { cwd: path.join(dir, 'sub') });
    expect(r.stderr).toBe('');
    expect(findings(r.stdout)).toEqual(['a.md warning walk-away-point']);
    expect(r.code).toBe(0);
    const print = await negolint(['--print-config', 'a.md'], { cwd: path.join(dir, 'sub') });
    expect(JSON.parse(print.stdout).files).toEqual(['../.negolintrc.yaml', '../shared/base.yaml']);
    const escape = project({ 'repo/.negolintrc.yaml': 'extends: ../outside.yaml\n', 'outside.yaml': onlyRule(), 'repo/sub/a.md': BAD_PLAN });
    const refused = await negolint(['--format', 'json'], { cwd: path.join(escape, 'repo/sub') });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`may not point outside the workspace (${path.join(escape, 'repo')}): "../outside.yaml"`);
  });
});

describe('the cache is checked, not believed (point 11)', PARALLEL, () => {
  it('an edited entry (messages removed) or a malformed one discards the cache: the plan fails again, with a warning', async () => {
    const dir = project({ ...CONFIG, 'a.md': BAD_PLAN });
    const cacheFile = path.join(dir, '.negolintcache');
    expect((await negolint(['--cache'], { cwd: dir })).code).toBe(1);
    const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const [file] = Object.keys(data.entries);
    data.entries[file!].result.messages = [];
    writeFileSync(cacheFile, JSON.stringify(data));
    const edited = await negolint(['--cache', '--format', 'compact'], { cwd: dir });
    expect(edited.stdout).toMatch(/^a\.md:1:1: error No walk-away point/);
    expect(edited.stderr).toBe(`negolint: warning: the cache .negolintcache was not used (the entry for ${JSON.stringify(file)} is malformed or was edited); every file is linted again\n`);
    expect(edited.code).toBe(1);
    // The cache was rebuilt: the next run uses it again, silently.
    const again = await negolint(['--cache'], { cwd: dir });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(1);

    const malformed: unknown[] = [
      { ...data, entries: { [file!]: { hash: 5, result: null } } },
      { ...data, entries: { [file!]: { ...data.entries[file!], result: { isPlan: true, messages: 'none' } } } },
      { ...data, entries: [] },
      [],
    ];
    for (const bad of malformed) {
      writeFileSync(cacheFile, JSON.stringify(bad));
      const r = await negolint(['--cache', '--format', 'compact'], { cwd: dir });
      expect(r.stdout, JSON.stringify(bad)).toMatch(/^a\.md:1:1: error No walk-away point/);
      expect(r.stderr, JSON.stringify(bad)).toMatch(/^negolint: warning: the cache \.negolintcache was not used \(.+\); every file is linted again\n$/);
      expect(r.code, JSON.stringify(bad)).toBe(1);
    }
  });

  it('a cache file that is a symbolic link to /dev/zero or a FIFO is not read', async () => {
    for (const kind of ['zero', 'fifo'] as const) {
      const dir = project({ ...CONFIG, 'a.md': BAD_PLAN });
      plant(dir, 'cache/results.json', kind);
      const r = await bounded(['--cache', '--cache-location', 'cache/results.json', '--format', 'compact'], { cwd: dir });
      expect(r.stderr, kind).toContain(`negolint: warning: the cache cache/results.json was not used (${WHAT[kind]})`);
      expect(r.stdout, kind).toMatch(/^a\.md:1:1: error No walk-away point/);
      expect(r.code, kind).toBe(1);
    }
  });
});

describe('--concurrency (point 12)', PARALLEL, () => {
  // Counts the worker threads the command starts, from inside the process.
  const HOOK = String.raw`
import fs from 'node:fs';
import wt from 'node:worker_threads';
import { syncBuiltinESMExports } from 'node:module';
const Original = wt.Worker;
wt.Worker = class extends Original {
  constructor(...args) {
    super(...args);
    fs.appendFileSync(process.env.NEGOLINT_WORKER_LOG, 'worker\n');
  }
};
syncBuiltinESMExports();
`;

  it('starts at most one worker per core, whatever number is asked for, with the same results', async () => {
    const files: Record<string, string> = { ...CONFIG };
    const count = availableParallelism() + 6;
    for (let i = 0; i < count; i++) files[`p${String(i).padStart(2, '0')}.md`] = i % 3 ? GOOD_PLAN : BAD_PLAN;
    const dir = project(files);
    const hook = path.join(dir, '..', `${path.basename(dir)}-hook.mjs`);
    const log = path.join(dir, '..', `${path.basename(dir)}-workers.log`);
    writeFileSync(hook, HOOK);
    writeFileSync(log, '');
    const many = await negolint(['-f', 'json', '--concurrency', '1000'], { cwd: dir, env: { NODE_OPTIONS: `--import ${hook}`, NEGOLINT_WORKER_LOG: log } });
    const started = readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
    expect(started).toBe(Math.min(availableParallelism(), count));
    const off = await negolint(['-f', 'json', '--concurrency', 'off'], { cwd: dir });
    expect(many.stdout).toBe(off.stdout);
    expect(many.code).toBe(1);
  });
});

describe('writing the report (point 13)', PARALLEL, () => {
  it('a full disk (> /dev/full, -o /dev/full) is exit 2 with one line', async () => {
    const dir = project({ ...CONFIG, 'a.md': BAD_PLAN });
    for (const format of ['stylish', 'json']) {
      const r = await sh(`exec "${process.execPath}" "${BIN}" --format ${format} > /dev/full`, { cwd: dir });
      expect(r.stderr, format).toBe('negolint: cannot write the report to standard output (ENOSPC)\n');
      expect(r.code, format).toBe(2);
    }
    const file = await negolint(['-o', '/dev/full'], { cwd: dir });
    expect(file.stderr).toBe('negolint: cannot write the report to /dev/full (ENOSPC)\n');
    expect(file.code).toBe(2);
  });
});

describe('lower-severity findings (point 14)', PARALLEL, () => {
  it('control characters from a plan or a file name are shown as escapes in stylish, compact and github output', async () => {
    const plan = '---\nnegolint: true\nside: "\\e]0;pwned\\a\\e[2J\\e[31mevil"\n---\n\n# Acme renewal\n\n## Target\n\n$500k.\n';
    const dir = project({ '.negolintrc.yaml': onlyRule('frontmatter'), 'plan.md': plan, 'x\nforged.md:1:1: error fake (walk-away-point).md': plan });
    for (const format of ['stylish', 'compact', 'github']) {
      const r = await negolint(['--format', format, '--no-color'], { cwd: dir });
      // eslint-style check: no ESC, BEL or other C0 control but newline anywhere in the output.
      expect(r.stdout, format).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(r.stdout, format).toContain('\\x1b]0;pwned\\x07\\x1b[2J\\x1b[31mevil');
      expect(r.stdout.split('\n').some((l) => l.startsWith('forged')), format).toBe(false);
      expect(r.code, format).toBe(1);
    }
    const compact = await negolint(['--format', 'compact'], { cwd: dir });
    expect(compact.stdout.trim().split('\n')).toHaveLength(2);
    expect(compact.stdout).toMatch(/^x\\nforged\.md:1:1: error fake \(walk-away-point\)\.md:\d+:1: error `side: /m);
    // JSON and SARIF escape control characters themselves and keep the text exact.
    const json = JSON.parse((await negolint(['--format', 'json'], { cwd: dir })).stdout);
    expect(json[0].messages[0].message).toContain('\u001b]0;pwned\u0007');
  });

  it('--ignore-pattern matches names that start with two dots', async () => {
    const dir = project({ ...CONFIG, '..draft.md': BAD_PLAN, 'draft-2.md': BAD_PLAN, 'plan.md': BAD_PLAN });
    const r = await negolint(['--format', 'compact', '--ignore-pattern', '*draft*'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(['plan.md error walk-away-point']);
  });

  it('--max-warnings and --concurrency take whole numbers in decimal digits only', async () => {
    const dir = project({ '.negolintrc.yaml': onlyRule('walk-away-point', 'warn'), 'a.md': BAD_PLAN });
    for (const value of ['', '0x10', '1e1', ' 5', '5 ', '1.0', '+3', '99999999999999999999']) {
      const r = await negolint([`--max-warnings=${value}`], { cwd: dir });
      expect(r.stderr, JSON.stringify(value)).toBe(`negolint: --max-warnings expects a whole number, got "${value}"\nRun \`negolint --help\` for usage.\n`);
      expect(r.code, JSON.stringify(value)).toBe(2);
    }
    for (const value of ['0x2', '1e1', '']) {
      const r = await negolint([`--concurrency=${value}`], { cwd: dir });
      expect(r.code, JSON.stringify(value)).toBe(2);
    }
    expect((await negolint(['--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    expect((await negolint(['--max-warnings', '1'], { cwd: dir })).code).toBe(0);
  });

  it('--stdin refuses NUL bytes and invalid UTF-8 as it does in files (exit 2)', async () => {
    const dir = project(CONFIG);
    const nul = await negolint(['--stdin', '--format', 'compact'], { cwd: dir, input: Buffer.concat([Buffer.from(BAD_PLAN), Buffer.from([0])]) });
    expect(nul.stdout).toBe('<stdin>:1:1: error binary file (contains NUL bytes), skipped (binary)\n');
    expect(nul.code).toBe(2);
    const latin1 = await negolint(['--stdin', '--stdin-filename', 'plans/p.md', '--format', 'compact'], { cwd: dir, input: Buffer.from(`${BAD_PLAN}Pläne\n`, 'latin1') });
    expect(latin1.stdout).toBe('plans/p.md:1:1: error not valid UTF-8, skipped (encoding)\n');
    expect(latin1.code).toBe(2);
  });

  it('naming a FIFO or a device says what it is; NUL bytes after the first 8,000 still mean a binary file', async () => {
    const dir = project({ ...CONFIG, 'late-nul.md': Buffer.concat([Buffer.from(BAD_PLAN), Buffer.from('x'.repeat(9000)), Buffer.from([0, 1, 2])]) });
    mkfifo(path.join(dir, 'pipe.md'));
    const r = await bounded(['--format', 'compact', 'pipe.md', '/dev/null', 'late-nul.md'], { cwd: dir });
    expect(r.stdout.split('\n').sort().filter(Boolean)).toEqual([
      '/dev/null:1:1: error a character device, not a regular file; skipped (unreadable)',
      'late-nul.md:1:1: error binary file (contains NUL bytes), skipped (binary)',
      'pipe.md:1:1: error a FIFO (named pipe), not a regular file; skipped (unreadable)',
    ]);
    expect(r.code).toBe(2);
  });
});
