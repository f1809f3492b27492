/**
 * A real third-party LSP client: Neovim (Debian's 0.7), headless, with the
 * shipped setup (editors/neovim.lua), opens a plan and prints
 * vim.diagnostic.get(0). Neovim is a system package: scripts/setup-test-tools.sh
 * installs it (as root). Without it the test is skipped, saying so, unless
 * NEGOLINT_REQUIRE_TEST_TOOLS=1 (as .ci/run sets).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '@negolint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, PACKAGE_DIR, removeWorkspaces, SERVER } from './helpers/client.js';

afterAll(removeWorkspaces);

const SETUP = path.join(PACKAGE_DIR, 'editors/neovim.lua');
const DRIVER = path.join(PACKAGE_DIR, 'test/nvim/print-diagnostics.lua');
const PLAN = path.resolve(PACKAGE_DIR, '../../fixtures/lsp/missing-walk-away.md');

let unavailable: string | undefined;

beforeAll(() => {
  if (spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0) return;
  unavailable = 'Neovim (`nvim`) is not installed; scripts/setup-test-tools.sh installs it (as root)';
  if (process.env['NEGOLINT_REQUIRE_TEST_TOOLS'] === '1') throw new Error(`NEGOLINT_REQUIRE_TEST_TOOLS=1, but ${unavailable}`);
});

describe('Neovim (real LSP client)', () => {
  it('shows negolint diagnostics for a plan, with the rule ids as codes', async (ctx) => {
    if (unavailable) {
      console.warn(`Skipping the Neovim test: ${unavailable}`);
      ctx.skip();
    }
    const version = execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0];
    const dir = makeWorkspace();
    const file = path.join(dir, 'plan.md');
    copyFileSync(PLAN, file);
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${SETUP}`, '-c', `luafile ${DRIVER}`, file], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NEGOLINT_LSP_CMD: JSON.stringify([process.execPath, SERVER, '--stdio']) },
    });
    const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
    expect(line, `${version} printed no result (exit ${run.status}); stderr: ${run.stderr}`).toBeDefined();
    const out = JSON.parse(line!) as { ok: boolean; diagnostics: { code: string; source: string; lnum: number; col: number; severity: number }[]; symbols: string[] };
    expect(out.ok).toBe(true);
    expect(run.status).toBe(0);

    const expected = lintText(readFileSync(file, 'utf8'), { filePath: file, cwd: dir }).messages;
    expect(out.diagnostics.map((d) => d.code).sort()).toEqual(expected.map((m) => m.ruleId).sort());
    expect(out.diagnostics.map((d) => d.code)).toContain('walk-away-point');
    const walk = out.diagnostics.find((d) => d.code === 'walk-away-point')!;
    // Neovim: 0-based lines, severity 1 = error.
    expect(walk).toMatchObject({ source: 'negolint', lnum: 0, col: 0, severity: 1 });
    expect(out.symbols).toEqual(['Acme renewal']);
  }, 90_000);
});
