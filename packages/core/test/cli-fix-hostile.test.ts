/**
 * `negolint --fix` against a hostile or busy file system, run as a process: a writer appending
 * to the plan while it is fixed, a symbolic link planted at the temporary file's name, a plan
 * that is a symbolic link, a read-only plan, and `--fix` together with `--fix-dry-run`.
 * None of them may lose an edit, write through a link it was not asked to, or ignore a permission.
 */
import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_PLAN, BIN, PARALLEL, cleanup, ensureBuilt, negolint, onlyRule, project, sh } from './cli-helpers.js';

beforeAll(ensureBuilt);
afterAll(cleanup);

const CONFIG = () => ({ '.negolintrc.yaml': onlyRule() });
const read = (file: string) => readFileSync(file, 'utf8');

/** BAD_PLAN (one safe fix) followed by enough notes that linting it takes a few seconds. */
function largePlan(paragraphs = 4000): string {
  let notes = '';
  for (let i = 0; i < paragraphs; i++) notes += `Note ${i}: the customer asked about onboarding and the support hours.\n\n`;
  return `${BAD_PLAN}\n## Notes\n\n${notes}`;
}

describe('--fix and a writer appending to the plan meanwhile', PARALLEL, () => {
  it('loses no appended line: a plan that changed after it was read is left untouched, reported, exit 2', async () => {
    const dir = project({ ...CONFIG(), 'plan.md': largePlan() });
    const plan = path.join(dir, 'plan.md');
    // A separate process, as an editor or a sync client would be: one numbered line every 10 ms.
    const writer = spawn(
      process.execPath,
      ['-e', `const fs = require('fs'); let i = 0; setInterval(() => fs.appendFileSync(${JSON.stringify(plan)}, 'appended ' + i++ + '\\n'), 10);`],
      { stdio: 'ignore' },
    );
    try {
      while (!read(plan).includes('appended 0\n')) await new Promise((r) => setTimeout(r, 10));
      const r = await negolint(['--fix', 'plan.md'], { cwd: dir });
      // Keep appending a little after the fix, so a line lost in the middle shows as a gap.
      await new Promise((r) => setTimeout(r, 100));
      writer.kill();
      await new Promise((r) => writer.once('exit', r));
      const text = read(plan);
      const numbers = [...text.matchAll(/^appended (\d+)$/gm)].map((m) => Number(m[1]));
      expect(numbers.length).toBeGreaterThan(20);
      expect(numbers, 'every appended line is still there, in order').toEqual(numbers.map((_, i) => i));
      expect(text.startsWith(largePlan())).toBe(true);
      expect(r.stdout).toContain('cannot write fixes (the file changed while it was being fixed; left untouched, run --fix again)');
      expect(r.stdout).not.toContain('1 fixed');
      expect(r.code).toBe(2);
      expect(readdirSync(dir).sort()).toEqual(['.negolintrc.yaml', 'plan.md']);
    } finally {
      writer.kill();
    }
  });
});

describe('--fix and its temporary file', PARALLEL, () => {
  it('never follows a symbolic link planted at the temporary name (the old name was .<file>.negolint-<pid>.tmp)', async () => {
    const dir = project({ ...CONFIG(), 'plan.md': BAD_PLAN });
    const outside = project({ 'secret.txt': 'private key material\n' });
    const secret = path.join(outside, 'secret.txt');
    chmodSync(secret, 0o600);
    chmodSync(path.join(dir, 'plan.md'), 0o644);
    // `exec` keeps the shell's pid, so the link is planted at the very name the old code used.
    const r = await sh(`ln -s "${secret}" ".plan.md.negolint-$$.tmp" && exec "${process.execPath}" "${BIN}" --fix`, { cwd: dir });
    expect(read(secret)).toBe('private key material\n');
    expect(statSync(secret).mode & 0o777).toBe(0o600);
    expect(lstatSync(path.join(dir, 'plan.md')).isSymbolicLink()).toBe(false);
    expect(read(path.join(dir, 'plan.md'))).toContain('## Walk-away point');
    // The inserted skeleton still has to be filled in, so the walk-away finding stays an error (exit 1, not 2).
    expect(r.code).toBe(1);
    // The planted link is left alone; no temporary file of ours is left behind.
    const left = readdirSync(dir).filter((n) => n.includes('.negolint-'));
    expect(left).toHaveLength(1);
    expect(readlinkSync(path.join(dir, left[0]!))).toBe(secret);
  });
});

describe('--fix on a symbolic link', PARALLEL, () => {
  it('fixes the target when it lies inside the working folder, and keeps the link', async () => {
    const dir = project({ ...CONFIG(), 'shared/acme.md': BAD_PLAN });
    symlinkSync('shared/acme.md', path.join(dir, 'plan.md'));
    const r = await negolint(['--fix', 'plan.md'], { cwd: dir });
    // Fixed, but the skeleton it inserted is still to be filled in: an error, exit 1.
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 fixed');
    expect(lstatSync(path.join(dir, 'plan.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'plan.md'))).toBe('shared/acme.md');
    expect(read(path.join(dir, 'shared/acme.md'))).toContain('## Walk-away point');
    expect(readdirSync(path.join(dir, 'shared'))).toEqual(['acme.md']);
  });

  it('refuses a link to a file outside the working folder, says so, exits 2 and changes neither', async () => {
    const outside = project({ 'acme.md': BAD_PLAN });
    const dir = project({ ...CONFIG() });
    symlinkSync(path.join(outside, 'acme.md'), path.join(dir, 'plan.md'));
    const r = await negolint(['--fix'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('cannot write fixes (a symbolic link to a file outside the working folder; left untouched, fix its target directly)');
    expect(lstatSync(path.join(dir, 'plan.md')).isSymbolicLink()).toBe(true);
    expect(read(path.join(outside, 'acme.md'))).toBe(BAD_PLAN);
  });
});

describe('--fix on a read-only plan', PARALLEL, () => {
  it('respects 0444 (even as root): reports it, leaves the file and its mode, exits 2', async () => {
    const dir = project({ ...CONFIG(), 'plan.md': BAD_PLAN, 'other.md': BAD_PLAN });
    chmodSync(path.join(dir, 'plan.md'), 0o444);
    const inode = statSync(path.join(dir, 'plan.md')).ino;
    const r = await negolint(['--fix'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('cannot write fixes (read-only file; left untouched)');
    const st = statSync(path.join(dir, 'plan.md'));
    expect(st.ino).toBe(inode);
    expect(st.mode & 0o777).toBe(0o444);
    expect(read(path.join(dir, 'plan.md'))).toBe(BAD_PLAN);
    // The writable plan beside it is still fixed.
    expect(read(path.join(dir, 'other.md'))).toContain('## Walk-away point');
    expect(r.stdout).toContain('1 fixed');
  });
});

describe('--fix with --fix-dry-run', PARALLEL, () => {
  it('is refused as a usage error (exit 2) and writes nothing', async () => {
    const dir = project({ ...CONFIG(), 'plan.md': BAD_PLAN });
    const before = statSync(path.join(dir, 'plan.md'));
    for (const args of [['--fix', '--fix-dry-run'], ['--fix-dry-run', '--fix', 'plan.md']]) {
      const r = await negolint(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('negolint: --fix and --fix-dry-run cannot be used together');
      expect(r.stdout).toBe('');
    }
    expect(read(path.join(dir, 'plan.md'))).toBe(BAD_PLAN);
    expect(statSync(path.join(dir, 'plan.md')).mtimeMs).toBe(before.mtimeMs);
  });
});
