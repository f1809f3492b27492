/**
 * Messages quote the document, and output must stay proportionate however long the quoted text
 * is: run as a process at full size, a 1 MB line quoted by one finding among 600 others, and a
 * 100 KB heading quoted by 1,000 findings (see engine/excerpt.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL, cleanup, ensureBuilt, negolint, project } from './cli-helpers.js';

beforeAll(ensureBuilt);
afterAll(cleanup);

const HEAD = '# Acme renewal\n\n## Walk-away point\n\nWe walk away below $450k.\n\n';

describe('bounded quotes of the document', PARALLEL, () => {
  it('a 1 MB placeholder line plus 600 TBDs: the default format reports instead of RangeError: Invalid string length', async () => {
    const items = Array.from({ length: 600 }, () => '- TBD').join('\n');
    const dir = project({ 'plan.md': `${HEAD}## Target\n\n${'x'.repeat(1_000_000)}\n\n## Notes\n\n${items}\n` });
    const r = await negolint(['--no-config', 'plan.md'], { cwd: dir });
    expect(r.stderr).not.toContain('RangeError');
    expect(r.code).not.toBe(2);
    expect(r.stdout).toMatch(/Placeholder `x{70,80}…` in `Target`/);
    expect(r.stdout.match(/Placeholder `TBD`/g)).toHaveLength(600);
    expect(r.stdout).toMatch(/^✖ \d+ problems/m);
    expect(r.stdout.length).toBeLessThan(2_000_000);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThan(2_200);
  });

  it('a 100 KB heading echoed by 1,000 findings gives kilobytes of output, not 100 MB', async () => {
    const heading = 'Opening offer '.repeat(7_300).trim();
    const items = Array.from({ length: 1_000 }, () => '- TBD').join('\n');
    const dir = project({ 'plan.md': `${HEAD}## Target\n\n$500k per year.\n\n## ${heading}\n\n${items}\n` });
    for (const format of ['stylish', 'json', 'compact']) {
      const r = await negolint(['--no-config', '--format', format, 'plan.md'], { cwd: dir });
      expect(r.stderr).toBe('');
      const quoted = r.stdout.match(/Placeholder `TBD` in `Opening offer Opening offer[^`]*…`/g) ?? [];
      expect(quoted, format).toHaveLength(1_000);
      expect(Math.max(...quoted.map((q) => q.length)), format).toBeLessThan(120);
      expect(r.stdout.length, format).toBeLessThan(2_000_000);
    }
  });
});
