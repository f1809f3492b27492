/**
 * `--format sarif` validates against the official SARIF 2.1.0 schema (the copy that
 * Microsoft's SARIF Multitool ships) and follows what GitHub code scanning requires.
 */
import { readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_PLAN, CORE, GOOD_PLAN, NOT_A_PLAN, PARALLEL, cleanup, ensureBuilt, negolint, onlyRule, project, ruleIds } from './cli-helpers.js';

beforeAll(ensureBuilt);
afterAll(cleanup);

/** The schema lives in the Multitool's platform package (one per OS, installed as an optional dependency). */
function sarifSchema(): object {
  const require = createRequire(path.join(CORE, 'package.json'));
  const fromMultitool = createRequire(require.resolve('@microsoft/sarif-multitool/package.json'));
  for (const platform of ['linux', 'darwin', 'win32']) {
    try {
      return JSON.parse(readFileSync(fromMultitool.resolve(`@microsoft/sarif-multitool-${platform}/sarif-2.1.0.json`), 'utf8')) as object;
    } catch {
      /* not this platform's package */
    }
  }
  throw new Error('sarif-2.1.0.json not found in @microsoft/sarif-multitool-{linux,darwin,win32}: run pnpm install');
}

const schema = sarifSchema();
const ajv = new Ajv2020({ allErrors: true, strict: false });
// CommonJS default export: the plugin is `default` under Node's ESM interop.
const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (a: Ajv2020) => void;
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors?.map((e: { instancePath: string; message?: string; params: unknown }) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)).toEqual([]);
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
}

/** What GitHub code scanning checks beyond the schema (docs: "SARIF support for code scanning"). */
function expectGitHubReady(log: { version: string; runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: SarifResult[] }[] }): void {
  expect(log.version).toBe('2.1.0');
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0]!;
  expect(run.tool.driver.name).toBe('negolint');
  const ids = run.tool.driver.rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of run.results) {
    expect(ids[r.ruleIndex!]).toBe(r.ruleId);
    expect(['error', 'warning', 'note']).toContain(r.level);
    expect(r.message.text.length).toBeGreaterThan(0);
    expect(r.locations.length).toBeGreaterThanOrEqual(1);
    const loc = r.locations[0]!.physicalLocation;
    // Relative to the checkout, no "..", percent-encoded.
    expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(loc.artifactLocation.uri).not.toMatch(/^(\/|\.\.|[a-z]+:)/);
    expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
    expect(loc.region.endLine).toBeGreaterThanOrEqual(loc.region.startLine);
  }
}

describe('--format sarif', PARALLEL, () => {
  it('the validator rejects what is not SARIF (a control for the checks below)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
  });

  it('is valid SARIF 2.1.0 with results, rules and locations (spaces and non-ASCII in paths)', async () => {
    const dir = project({
      '.negolintrc.yaml': `${onlyRule('walk-away-point', 'warn')}`,
      'plans/acme.md': BAD_PLAN,
      'plans/Q3 Ünïcödé plan.md': BAD_PLAN,
      'plans/strict/.negolintrc.yaml': onlyRule(),
      'plans/strict/globex.md': BAD_PLAN,
      'plans/good.md': GOOD_PLAN,
      'notes.md': NOT_A_PLAN,
    });
    const r = await negolint(['--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expectValid(log);
    expectGitHubReady(log);
    const run = log.runs[0];
    expect(run.tool.driver.version).toBe(JSON.parse(readFileSync(path.join(CORE, 'package.json'), 'utf8')).version);
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(ruleIds());
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(`${dir}/`).href);
    const summary = run.results.map((x: SarifResult) => `${x.locations[0]!.physicalLocation.artifactLocation.uri} ${x.level} ${x.ruleId}`);
    expect(summary).toEqual([
      'plans/Q3%20%C3%9Cn%C3%AFc%C3%B6d%C3%A9%20plan.md warning walk-away-point',
      'plans/acme.md warning walk-away-point',
      'plans/strict/globex.md error walk-away-point',
    ]);
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  it('is valid when clean, and reports unreadable files and config errors as tool notifications', async () => {
    const clean = project({ '.negolintrc.yaml': onlyRule(), 'good.md': GOOD_PLAN });
    const ok = await negolint(['-f', 'sarif', '-o', 'negolint.sarif'], { cwd: clean });
    expect(ok.code).toBe(0);
    const okLog = JSON.parse(readFileSync(path.join(clean, 'negolint.sarif'), 'utf8'));
    expectValid(okLog);
    expect(okLog.runs[0].results).toEqual([]);

    const dir = project({
      '.negolintrc.yaml': onlyRule(),
      'binary.md': Buffer.from([0, 1, 2, 3]),
      'plan.md': BAD_PLAN,
      'team/.negolintrc.yaml': 'rules:\n  walk-away-point: loud\n',
      'team/x.md': BAD_PLAN,
    });
    symlinkSync('binary.md', path.join(dir, 'link.md'));
    const bad = await negolint(['--format', 'sarif'], { cwd: dir });
    expect(bad.code).toBe(2);
    const log = JSON.parse(bad.stdout);
    expectValid(log);
    expectGitHubReady(log);
    const inv = log.runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    const notes = inv.toolExecutionNotifications.map((n: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }) => ({
      uri: n.locations[0]!.physicalLocation.artifactLocation.uri,
      line: n.locations[0]!.physicalLocation.region?.startLine,
      text: n.message.text,
    }));
    expect(notes).toEqual([
      { uri: 'team/.negolintrc.yaml', line: 2, text: expect.stringMatching(/^invalid config: rules\.walk-away-point: expected a severity/) },
      { uri: 'binary.md', line: undefined, text: 'binary file (contains NUL bytes), skipped' },
      { uri: 'link.md', line: undefined, text: 'binary file (contains NUL bytes), skipped' },
    ]);
    expect(log.runs[0].results.map((x: SarifResult) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['plan.md']);
  });

  it('gives files outside the working directory an absolute file: URI', async () => {
    const outside = project({ 'far away.md': BAD_PLAN });
    const dir = project({ '.negolintrc.yaml': onlyRule() });
    const r = await negolint(['--format', 'sarif', '--config', '.negolintrc.yaml', path.join(outside, 'far away.md')], { cwd: dir });
    const log = JSON.parse(r.stdout);
    expectValid(log);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(path.join(outside, 'far away.md')).href });
  });
});
