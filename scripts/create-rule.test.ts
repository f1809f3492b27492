/**
 * CONTRIBUTING's "Add a rule", walked through as a process in a copy of the
 * repository: `pnpm create-rule <id>`, the meta and fixture tests (which must
 * fail and name what the scaffold left), the rule file and its fixtures filled
 * in, `pnpm generate`, the tests again (which must pass) and `generate --check`.
 * Nothing else is edited: that is the promise the recipe makes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCAFFOLD_TODO } from './create-rule.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const ID = 'states-a-target-demo';

// What the walk-through needs of the repository (the team corpus and the editor packages are not).
const COPIED = ['package.json', 'tsconfig.base.json', 'vitest.config.ts', 'README.md', 'scripts', 'packages/core', 'fixtures/rules', 'fixtures/plans', 'fixtures/not-plans', 'packages/vscode-extension/schema'];
const LINKED = ['node_modules', 'packages/core/node_modules'];

let copy: string | undefined;
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

function run(args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 240_000 });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

const VITEST = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
const metaTests = () => run([VITEST, 'run', 'packages/core/test/rules.test.ts', 'packages/core/test/fixtures.test.ts']);

describe('adding a rule as CONTRIBUTING says', () => {
  it('the scaffold, the rule file and its fixtures are all it takes', () => {
    copy = mkdtempSync(path.join(os.tmpdir(), 'negolint-add-rule-'));
    for (const rel of COPIED) {
      cpSync(path.join(ROOT, rel), path.join(copy, rel), {
        recursive: true,
        // Build output and dependencies are not sources; dependencies are linked below.
        filter: (src) => !/[\\/](?:node_modules|dist|\.cache)(?:[\\/]|$)/.test(path.relative(ROOT, src)),
      });
    }
    for (const rel of LINKED) {
      mkdirSync(path.dirname(path.join(copy, rel)), { recursive: true });
      symlinkSync(path.join(ROOT, rel), path.join(copy, rel));
    }

    // 1. The scaffold.
    const created = run(['--import', 'tsx', 'scripts/create-rule.ts', ID]);
    expect(created.code, created.out).toBe(0);
    const ruleFile = path.join(copy, 'packages/core/src/rules', `${ID}.ts`);
    const expectedFile = path.join(copy, 'fixtures/rules', ID, 'fires-example.expected.json');

    // 2. The meta tests fail, and say what to fill in.
    const before = metaTests();
    expect(before.code, before.out).not.toBe(0);
    for (const hint of [`${ID}: replace the TODO in meta.description`, `${ID}: replace the TODO in the message check() reports`, `fixtures/rules/${ID}/fires-example.expected.json: replace the scaffold's TODO`]) {
      expect(before.out).toContain(hint);
    }

    // 3. The rule file and its fixtures, filled in (here: every TODO replaced by real text).
    const finished = readFileSync(ruleFile, 'utf8')
      .replace(`'${SCAFFOLD_TODO}: one sentence saying what the plan should contain.'`, "'The plan states the deal we aim for.'")
      .replace(/'TODO\(create-rule\): the negotiation principle[^']*'/, "'A team that has not written down what it wants settles for what it is offered; the target is the number every concession is measured against.'")
      .replace(/'TODO\(create-rule\): how to fix[^']*'/, "'Add a Target section with the number or terms we aim for.'")
      .replace(/'TODO\(create-rule\): how the rule decides[^']*'/, "'Reports a plan with no target heading, label or sentence.'")
      .replace(`'${SCAFFOLD_TODO}: what the plan lacks'`, "'No target'")
      .replace(`'${SCAFFOLD_TODO}: what the plan has'`, "'A target section'")
      .replace(`'${SCAFFOLD_TODO}: say what is missing and how to fix it.'`, "'No target found: state the deal we aim for.'");
    expect(finished).not.toContain(SCAFFOLD_TODO);
    writeFileSync(ruleFile, finished);
    writeFileSync(expectedFile, readFileSync(expectedFile, 'utf8').replace(SCAFFOLD_TODO, 'No target found'));

    // 4. `pnpm generate`, then the tests pass and the generated files are in step.
    const generated = run(['--import', 'tsx', 'scripts/generate.ts']);
    expect(generated.code, generated.out).toBe(0);
    const after = metaTests();
    expect(after.code, after.out).toBe(0);
    expect(after.out).toMatch(/Tests\s+\d+ passed/);
    const check = run(['--import', 'tsx', 'scripts/generate.ts', '--check']);
    expect(check.code, check.out).toBe(0);
    expect(readFileSync(path.join(copy, 'README.md'), 'utf8')).toContain(`[\`${ID}\`]`);
  }, 300_000);
});
