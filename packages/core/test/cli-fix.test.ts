/** `negolint --fix`, `--fix-dry-run` and `--cache`, run as a process. */
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileCache } from '../src/cli/cache.js';
import { BAD_PLAN, BAD_PLAN_MESSAGE, GOOD_PLAN, NOT_A_PLAN, PARALLEL, cleanup, ensureBuilt, permissionRunner, negolint, onlyRule, project } from './cli-helpers.js';

beforeAll(ensureBuilt);
afterAll(cleanup);

/** As root, permission tests run the CLI as `nobody`; see permissionRunner. */
const asUser = permissionRunner();
if (typeof asUser === 'string') console.warn(`Skipping the file permission test: ${asUser}`);

const CONFIG = { '.negolintrc.yaml': onlyRule() };
const OLD = new Date('2020-01-02T03:04:05Z');
const read = (dir: string, name: string) => readFileSync(path.join(dir, name));

describe('--fix', PARALLEL, () => {
  it('inserts the walk-away point skeleton, reports what is left and exits by what is left', async () => {
    const dir = project({ ...CONFIG, 'plan.md': BAD_PLAN });
    const r = await negolint(['--fix'], { cwd: dir });
    const fixed = read(dir, 'plan.md').toString('utf8');
    expect(fixed).toMatch(/^# Acme renewal\n\n## Walk-away point\n\nWe walk away below \[fill in: lowest price we accept\] or if \[fill in: condition we cannot accept\]\.\n\n## Target\n/);
    expect(fixed.endsWith('$600k per year.\n')).toBe(true);
    // The skeleton is not a walk-away point yet: still an error, so a commit gate still fails.
    expect(r.stdout).toMatch(/5:20 {2}error {2}Walk-away point is not filled in yet/);
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
    expect(r.code).toBe(1);
    // With every rule on, the fields are placeholders too.
    const all = project({ 'plan.md': BAD_PLAN });
    const left = await negolint(['--fix', '--format', 'json'], { cwd: all });
    const out = JSON.parse(left.stdout)[0];
    const at = (rule: string) => out.messages.filter((m: { ruleId: string }) => m.ruleId === rule).map((m: { message: string; severity: number }) => [m.message.slice(0, 30), m.severity]);
    expect(at('walk-away-point')).toEqual([['Walk-away point is not filled ', 2]]);
    const fields = out.messages.filter((m: { ruleId: string; message: string }) => m.ruleId === 'placeholder' && /\[fill in: (?:lowest price|condition)/.test(m.message));
    expect(fields.map((m: { severity: number }) => m.severity)).toEqual([1, 1]);
    expect(read(all, 'plan.md').toString('utf8')).toContain('## Walk-away point');
    // Once filled in, nothing is left.
    writeFileSync(path.join(dir, 'plan.md'), fixed.replace(/\[fill in: lowest price we accept\]/, '$450k per year').replace(/\[fill in: condition we cannot accept\]/, 'they want a three-year price lock'));
    expect((await negolint(['--fix'], { cwd: dir })).stdout).toBe('✔ No problems (1 file linted, 1 plan found)\n');
    // A second run has nothing left to fix and leaves the file alone.
    const before = statSync(path.join(dir, 'plan.md'));
    const again = await negolint(['--fix'], { cwd: dir });
    expect(again.stdout).toBe('✔ No problems (1 file linted, 1 plan found)\n');
    expect(statSync(path.join(dir, 'plan.md')).mtimeMs).toBe(before.mtimeMs);
  });

  it('applies each fix once, even when a rule still reports its finding after the fix (all rules on)', async () => {
    const dir = project({ 'plan.md': BAD_PLAN });
    await negolint(['--fix'], { cwd: dir });
    const headings = read(dir, 'plan.md').toString('utf8').match(/^#+ .*$/gm)!;
    expect(headings.length).toBeGreaterThan(3);
    expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
    expect(headings).toContain('## Walk-away point');
  });

  it('keeps CRLF line endings and a byte-order mark', async () => {
    const crlf = BAD_PLAN.replace(/\n/g, '\r\n');
    const dir = project({ ...CONFIG, 'crlf.md': crlf, 'bom.md': `\ufeff${BAD_PLAN}`, 'both.md': `\ufeff${crlf}` });
    const r = await negolint(['--fix'], { cwd: dir });
    // Fixed, and still failing: the inserted walk-away point is a skeleton to fill in.
    expect(r.code).toBe(1);
    const c = read(dir, 'crlf.md').toString('utf8');
    expect(c).toContain('\r\n## Walk-away point\r\n');
    expect(c.replace(/\r\n/g, '')).not.toContain('\n');
    expect(c.charCodeAt(0)).not.toBe(0xfeff);
    const b = read(dir, 'bom.md');
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(b.toString('utf8')).toContain('\n## Walk-away point\n');
    expect(b.toString('utf8')).not.toContain('\r');
    const both = read(dir, 'both.md');
    expect([...both.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(both.toString('utf8').slice(1).replace(/\r\n/g, '')).not.toContain('\n');
    expect(both.toString('utf8')).toContain('## Walk-away point\r\n');
  });

  it('never touches a file with nothing to fix, and writes atomically (new inode, same mode, no temp files left)', async () => {
    const dir = project({ ...CONFIG, 'bad.md': BAD_PLAN, 'good.md': GOOD_PLAN, 'notes.md': NOT_A_PLAN });
    for (const n of ['bad.md', 'good.md', 'notes.md']) utimesSync(path.join(dir, n), OLD, OLD);
    chmodSync(path.join(dir, 'bad.md'), 0o640);
    const inode = statSync(path.join(dir, 'bad.md')).ino;
    const r = await negolint(['--fix'], { cwd: dir });
    expect(r.stdout).toContain('3 files linted, 2 plans found, 1 not a plan, 1 fixed');
    for (const n of ['good.md', 'notes.md']) expect(statSync(path.join(dir, n)).mtime.getTime()).toBe(OLD.getTime());
    expect(read(dir, 'good.md').toString('utf8')).toBe(GOOD_PLAN);
    const st = statSync(path.join(dir, 'bad.md'));
    expect(st.mtime.getTime()).not.toBe(OLD.getTime());
    expect(st.ino).not.toBe(inode); // written to a temp file, then renamed over the plan
    expect(st.mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['.negolintrc.yaml', 'bad.md', 'good.md', 'notes.md']);
  });

  it.skipIf(typeof asUser === 'string')('a plan that cannot be written is reported, left as it was, and exits 2', async () => {
    // Root may write anywhere, so as root the command runs as `nobody` in a folder it cannot write to.
    const dir = project({ ...CONFIG, 'ro/plan.md': BAD_PLAN });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'ro'), 0o555);
    chmodSync(path.join(dir, 'ro/plan.md'), 0o666);
    const r = await negolint(['--fix'], { cwd: dir, ...(asUser as object) });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/ro\/plan\.md\n\s+1:1\s+error\s+No walk-away point/);
    expect(r.stdout).toContain('error  cannot write fixes (EACCES)');
    expect(r.stdout).not.toContain('1 fixed');
    expect(read(dir, 'ro/plan.md').toString('utf8')).toBe(BAD_PLAN);
    expect(readdirSync(path.join(dir, 'ro'))).toEqual(['plan.md']);
  });
});

describe('--fix-dry-run', PARALLEL, () => {
  it('prints the fixes as a unified diff and writes nothing', async () => {
    const dir = project({ ...CONFIG, 'plans/acme.md': BAD_PLAN, 'plans/good.md': GOOD_PLAN });
    utimesSync(path.join(dir, 'plans/acme.md'), OLD, OLD);
    const r = await negolint(['--fix-dry-run'], { cwd: dir });
    expect(r.stdout).toMatch(/^--- a\/plans\/acme\.md\n\+\+\+ b\/plans\/acme\.md\n@@ -1,\d+ \+1,\d+ @@\n # Acme renewal\n \n\+## Walk-away point\n\+\n\+.+\n\+\n ## Target\n/);
    expect(r.stdout).not.toContain('good.md');
    expect(r.stdout).toMatch(/error +Walk-away point is not filled in yet/);
    expect(read(dir, 'plans/acme.md').toString('utf8')).toBe(BAD_PLAN);
    expect(statSync(path.join(dir, 'plans/acme.md')).mtime.getTime()).toBe(OLD.getTime());
    // JSON stays JSON: the fixed text is in `output`, as with ESLint.
    const json = await negolint(['--fix-dry-run', '--format', 'json'], { cwd: dir });
    const [acme, good] = JSON.parse(json.stdout);
    expect(acme.output).toContain('## Walk-away point');
    expect(acme.messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity])).toEqual([['walk-away-point', 2]]);
    expect(good.output).toBeUndefined();
    expect(read(dir, 'plans/acme.md').toString('utf8')).toBe(BAD_PLAN);
  });

  it('gives each group of changes its own hunk, with three lines of context', async () => {
    // Two fixes far apart: the walk-away point goes before the target, the paper process at the end.
    const notes = Array.from({ length: 10 }, (_, i) => `- Note ${i + 1}.`).join('\n');
    const plan = `${BAD_PLAN}\n## Notes\n\n${notes}\n`;
    const config = onlyRule().replace('  paper-process: off\n', '  paper-process: error\n');
    expect(config).toContain('paper-process: error');
    const dir = project({ '.negolintrc.yaml': config, 'plans/acme.md': plan });
    const r = await negolint(['--fix-dry-run'], { cwd: dir });
    const diff = r.stdout.slice(0, r.stdout.indexOf('\n✔') + 1 || undefined);
    const hunks = diff.split('\n').filter((l) => l.startsWith('@@'));
    expect(hunks).toEqual(['@@ -1,5 +1,9 @@', expect.stringMatching(/^@@ -20,3 \+24,\d+ @@$/)]);
    expect(diff).toMatch(/^--- a\/plans\/acme\.md\n\+\+\+ b\/plans\/acme\.md\n@@ -1,5 \+1,9 @@\n # Acme renewal\n \n\+## Walk-away point\n\+\n\+.+\n\+\n ## Target\n \n \$500k per year\.\n@@ -20,3 \+24,\d+ @@\n - Note 8\.\n - Note 9\.\n - Note 10\.\n\+\n\+## Paper process\n/);
    // The lines between the hunks are not printed.
    expect(diff).not.toContain('Note 1.');
    expect(diff).not.toContain('$600k');
    expect(read(dir, 'plans/acme.md').toString('utf8')).toBe(plan);
  });
});

describe('--cache', PARALLEL, () => {
  /**
   * Marks every stored message, so a reused result is visible in the output; the entries are
   * sealed again, as negolint would (an entry edited without that is discarded: cli-hostile.test.ts).
   */
  function poison(cacheFile: string): void {
    const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
    for (const e of Object.values(data.entries) as { hash: string; sum: string; result: { isPlan: boolean; messages: { message: string }[] } }[]) {
      for (const m of e.result.messages) m.message = `FROM CACHE ${m.message}`;
      e.sum = FileCache.seal(e.hash, e.result as never);
    }
    writeFileSync(cacheFile, JSON.stringify(data));
  }

  it('reuses results of unchanged files; re-lints a file whose content, config or negolint version changed', async () => {
    const dir = project({ ...CONFIG, 'a.md': BAD_PLAN, 'b.md': BAD_PLAN });
    const cacheFile = path.join(dir, '.cache/negolint/results.json');
    const args = ['--cache', '--cache-location', '.cache/negolint/results.json', '--format', 'compact'];
    const first = await negolint(args, { cwd: dir });
    expect(first.code).toBe(1);
    expect(first.stdout).not.toContain('FROM CACHE');
    expect(existsSync(cacheFile)).toBe(true);
    poison(cacheFile);

    const second = await negolint(args, { cwd: dir });
    expect(second.stdout.trim().split('\n')).toEqual([
      `a.md:1:1: error FROM CACHE ${BAD_PLAN_MESSAGE} (walk-away-point)`,
      `b.md:1:1: error FROM CACHE ${BAD_PLAN_MESSAGE} (walk-away-point)`,
    ]);
    expect(second.code).toBe(1);

    // Content changed: that file is linted again, the other still comes from the cache.
    writeFileSync(path.join(dir, 'a.md'), `${BAD_PLAN}\nOne more line.\n`);
    const third = await negolint(args, { cwd: dir });
    expect(third.stdout).toMatch(/^a\.md:1:1: error No walk-away point/m);
    expect(third.stdout).toMatch(/^b\.md:1:1: error FROM CACHE/m);

    // Config changed (a rule's severity): everything is linted again.
    poison(cacheFile);
    writeFileSync(path.join(dir, '.negolintrc.yaml'), onlyRule('walk-away-point', 'warn'));
    const fourth = await negolint(args, { cwd: dir });
    expect(fourth.stdout).not.toContain('FROM CACHE');
    expect(fourth.stdout).toMatch(/^b\.md:1:1: warning No walk-away point/m);
    expect(fourth.code).toBe(0);

    // Command-line overrides are part of the key too.
    poison(cacheFile);
    const fifth = await negolint([...args, '--rule', 'walk-away-point:error'], { cwd: dir });
    expect(fifth.stdout).not.toContain('FROM CACHE');

    // Another negolint version: the whole cache is dropped.
    poison(cacheFile);
    const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
    writeFileSync(cacheFile, JSON.stringify({ ...data, version: '0.0.0-old' }));
    const sixth = await negolint([...args, '--rule', 'walk-away-point:error'], { cwd: dir });
    expect(sixth.stdout).not.toContain('FROM CACHE');
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).version).not.toBe('0.0.0-old');

    // Without --cache the cache is neither read nor written.
    poison(cacheFile);
    const seventh = await negolint(['--format', 'compact'], { cwd: dir });
    expect(seventh.stdout).not.toContain('FROM CACHE');
  });

  it('defaults to .negolintcache; a folder as --cache-location holds .negolintcache; a cache that cannot be written is a warning', async () => {
    const dir = project({ ...CONFIG, 'a.md': BAD_PLAN, blocker: 'a file, not a folder\n' });
    const r = await negolint(['--cache'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, '.negolintcache'))).toBe(true);
    await negolint(['--cache', '--cache-location', 'tmp/'], { cwd: dir });
    expect(existsSync(path.join(dir, 'tmp/.negolintcache'))).toBe(true);
    const blocked = await negolint(['--cache', '--cache-location', 'blocker/cache.json'], { cwd: dir });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/^negolint: warning: cannot write the cache blocker\/cache\.json \((ENOTDIR|EEXIST)\)\n$/);
    expect(blocked.stdout).toContain('No walk-away point');
  });

  it('works with --fix: the fixed text is cached, the next run reports the same', async () => {
    const dir = project({ ...CONFIG, 'a.md': BAD_PLAN });
    const r = await negolint(['--cache', '--fix'], { cwd: dir });
    expect(r.code).toBe(1);
    const again = await negolint(['--cache'], { cwd: dir });
    expect(again.stdout).toBe(r.stdout.replace(', 1 fixed', ''));
    expect(again.code).toBe(1);
  });
});
