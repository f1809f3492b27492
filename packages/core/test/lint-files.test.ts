/** The file-level API under churn: files that vanish mid-run are reported and skipped, the rest is linted. */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../src/index.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const PLAN = '# Acme renewal\n\n## Target\n\n$420k ARR.\n\n## Opening offer\n\n$480k ARR, the list price for 400 seats.\n';

describe('lintFiles', () => {
  it('reports a file deleted while linting and lints the others', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'negolint-churn-'));
    dirs.push(dir);
    const names = ['a.md', 'b.md', 'c.md', 'd.md'];
    for (const n of names) writeFileSync(path.join(dir, n), PLAN);
    const before = names.map((n) => statSync(path.join(dir, n)).mtimeMs);
    let deleted: string[] = [];
    const report = await lintFiles([dir], {
      cwd: dir,
      concurrency: 'off',
      // After the first file, the others disappear (a branch switch, an editor's atomic save).
      onFile: (done) => {
        if (done !== 1) return;
        deleted = names.filter((n) => existsSync(path.join(dir, n))).slice(1);
        for (const n of deleted) rmSync(path.join(dir, n));
      },
    });
    expect(deleted.length).toBeGreaterThan(0);
    const missing = report.problems.filter((p) => p.code === 'missing');
    expect(missing.map((p) => path.basename(p.filePath)).sort()).toEqual(expect.arrayContaining(deleted.filter((n) => !report.results.some((r) => r.filePath.endsWith(n)))));
    for (const p of missing) expect(p.message).toMatch(/not found/);
    expect(report.results.length + missing.length).toBe(names.length);
    expect(report.results.every((r) => r.messages.some((m) => m.ruleId === 'walk-away-point'))).toBe(true);
    // Linting never writes: the survivor is untouched.
    const survivor = names.find((n) => existsSync(path.join(dir, n)))!;
    expect(readFileSync(path.join(dir, survivor), 'utf8')).toBe(PLAN);
    expect(statSync(path.join(dir, survivor)).mtimeMs).toBe(before[names.indexOf(survivor)]);
  });
});
