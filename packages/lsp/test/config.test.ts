/**
 * Settings and config files over the real protocol: `negolint.*` settings read
 * per document, config files watched, a broken config shown in its own file,
 * and the workspace linted at start-up.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, onlyRules, PACKAGE_DIR, removeWorkspaces, SERVER, uriOf, writeFile, clientsKilledAfterEach } from './helpers/client.js';

afterAll(removeWorkspaces);

const FIXTURES = path.resolve(PACKAGE_DIR, '../../fixtures/lsp');
const MISSING = readFileSync(path.join(FIXTURES, 'missing-walk-away.md'), 'utf8');

const start = clientsKilledAfterEach();

// Logs each worker thread the server starts (its entry file), from inside the server's process.
const COUNT_WORKERS = String.raw`
import fs from 'node:fs';
import wt from 'node:worker_threads';
import { syncBuiltinESMExports } from 'node:module';
const Original = wt.Worker;
wt.Worker = class extends Original {
  constructor(file, ...rest) {
    super(file, ...rest);
    fs.appendFileSync(process.env.NEGOLINT_WORKER_LOG, String(file) + '\n');
  }
};
syncBuiltinESMExports();
`;

const codes = (diags: { code?: string | number }[]) => diags.map((d) => d.code).sort();

describe('settings', () => {
  it('applies negolint.rules overrides and negolint.enable, re-linting when they change', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point', 'walk-away-alternative') });
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    expect(codes(await client.diagnostics(uri))).toEqual(['walk-away-alternative', 'walk-away-point']);

    await client.setSettings({ rules: { 'walk-away-point': 'off', 'no-such-rule': 'error' } });
    await client.until(uri, (d) => codes(d).join() === 'walk-away-alternative', 'walk-away-point turned off by the setting');
    const warned = await client.waitFor(() => client.logs.find((l) => l.message.includes('no-such-rule')), 'unknown rule warning');
    expect(warned.type).toBe(2);

    await client.setSettings({ enable: false });
    await client.until(uri, (d) => d.length === 0, 'diagnostics cleared when disabled');
    await client.setSettings({ enable: true });
    await client.until(uri, (d) => codes(d).join() === 'walk-away-alternative,walk-away-point', 'diagnostics back when enabled');
  });

  it('negolint.preset strict applies where no config file chooses a preset, and rules the file sets keep their setting', async () => {
    // LSP severities: 1 error, 2 warning. walk-away-alternative is a warning in the recommended preset.
    const dir = makeWorkspace({ '.negolintrc.json': JSON.stringify({ rules: { 'walk-away-point': 'warn' } }) });
    const client = await start({ rootDir: dir, settings: { preset: 'strict' } });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    const diags = await client.diagnostics(uri);
    expect(diags.find((d) => d.code === 'walk-away-alternative')?.severity, 'strict preset').toBe(1);
    expect(diags.find((d) => d.code === 'walk-away-point')?.severity, 'set by the config file').toBe(2);

    const dir2 = makeWorkspace({ '.negolintrc.json': JSON.stringify({ extends: 'recommended' }) });
    const client2 = await start({ rootDir: dir2, settings: { preset: 'strict' } });
    const uri2 = await client2.open(path.join(dir2, 'plan.md'), MISSING);
    const diags2 = await client2.diagnostics(uri2);
    expect(diags2.find((d) => d.code === 'walk-away-alternative')?.severity, 'the config file chose recommended').toBe(2);
  });

  it('negolint.run onSave lints on open and on save, not while typing', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir, settings: { run: 'onSave' } });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    expect(await client.diagnostics(uri)).toHaveLength(1);
    await client.replace(uri, '## Target', '**Walk-away:** $310k ARR\n\n## Target');
    await client.quiet(300);
    expect(client.latest(uri)!.version).toBe(1);
    await client.save(uri);
    expect(await client.diagnostics(uri)).toEqual([]);
  });
});

describe('config files', () => {
  it('re-lints open plans when a watched config file changes', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plans/acme.md'), MISSING);
    expect(codes(await client.diagnostics(uri))).toEqual(['walk-away-point']);

    const config = writeFile(dir, '.negolintrc.json', onlyRules('walk-away-alternative'));
    await client.watchedFilesChanged([{ uri: uriOf(config), type: 2 }]);
    await client.until(uri, (d) => codes(d).join() === 'walk-away-alternative', 'the plan linted with the new config');
  });

  it('notices a config file edited on disk without a watcher event at the next lint (clients that do not watch files)', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    expect(codes(await client.diagnostics(uri))).toEqual(['walk-away-point']);
    writeFile(dir, '.negolintrc.json', onlyRules('walk-away-alternative'));
    await client.replace(uri, '## Target', '## Target\n');
    await client.until(uri, (d) => codes(d).join() === 'walk-away-alternative', 'the plan linted with the edited config');
  });

  it('shows a broken config in the config file at its line, says so once, and keeps the last good config', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    expect(codes(await client.diagnostics(uri))).toEqual(['walk-away-point']);

    // An unknown rule on line 3 of the file.
    const broken = '{\n  "rules": {\n    "walk-away-pointt": "error"\n  }\n}\n';
    const config = writeFile(dir, '.negolintrc.json', broken);
    const configUri = uriOf(config);
    await client.watchedFilesChanged([{ uri: configUri, type: 2 }]);
    const inConfig = await client.waitFor(() => client.latest(configUri)?.diagnostics, 'a diagnostic in the config file');
    expect(inConfig).toHaveLength(1);
    expect(inConfig[0]).toMatchObject({ source: 'negolint', code: 'config-error', severity: 1 });
    expect(inConfig[0]!.range.start).toEqual({ line: 2, character: 4 });
    expect(inConfig[0]!.message).toContain('walk-away-pointt');
    const shown = await client.waitFor(() => (client.shown.length ? client.shown : undefined), 'window/showMessage');
    expect(shown[0]!.type).toBe(1);

    // The plan is still linted, with the last good config.
    await client.replace(uri, '## Target', '## Target\n');
    expect(codes(await client.diagnostics(uri))).toEqual(['walk-away-point']);
    // Saving something else does not repeat the message.
    await client.watchedFilesChanged([{ uri: configUri, type: 2 }]);
    await client.quiet(300);
    expect(client.shown).toHaveLength(1);

    // A broken JSON file names its line too.
    writeFile(dir, '.negolintrc.json', '{\n  "rules": {\n    "walk-away-point": "error",\n  }\n}\n');
    await client.watchedFilesChanged([{ uri: configUri, type: 2 }]);
    const json = await client.until(configUri, (d) => /invalid JSON/.test(d[0]?.message ?? ''), 'the JSON error');
    expect(json[0]!.range.start.line).toBeGreaterThanOrEqual(2);

    // Fixed: the config diagnostic clears and the new config applies.
    writeFile(dir, '.negolintrc.json', onlyRules('walk-away-alternative'));
    await client.watchedFilesChanged([{ uri: configUri, type: 2 }]);
    await client.until(configUri, (d) => d.length === 0, 'the config diagnostic cleared');
    await client.until(uri, (d) => codes(d).join() === 'walk-away-alternative', 'the plan linted with the fixed config');
    expect(client.shown.filter((m) => m.type === 1).length, `one message per distinct error: ${JSON.stringify(client.shown)}`).toBeLessThanOrEqual(2);
  });

  it('says nothing about a config file caught half-written (an editor saving it)', async () => {
    // The file is rewritten well within the settle time, however slow the machine: the test
    // waits for the lint that read the truncated file, not for a guessed number of milliseconds.
    const settleMs = 1500;
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir, initializationOptions: { configSettleMs: settleMs } });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    expect(codes(await client.diagnostics(uri))).toEqual(['walk-away-point']);
    writeFile(dir, '.negolintrc.json', ''); // truncated, not yet written
    await client.replace(uri, '## Target', '## Target\n');
    // Published for this version: the lint has read the truncated file (and kept the last good config).
    expect(codes(await client.diagnostics(uri))).toEqual(['walk-away-point']);
    const readAt = Date.now();
    const config = writeFile(dir, '.negolintrc.json', onlyRules('walk-away-alternative'));
    await client.watchedFilesChanged([{ uri: uriOf(config), type: 2 }]);
    await client.until(uri, (d) => codes(d).join() === 'walk-away-alternative', 'the plan linted with the written config');
    expect(Date.now() - readAt, 'the config was rewritten before the settle time ran out').toBeLessThan(settleMs);
    // Past the settle time of the read: nothing was reported.
    await new Promise((resolve) => setTimeout(resolve, settleMs - (Date.now() - readAt) + 200));
    await client.quiet(300);
    expect(client.shown).toEqual([]);
    expect(client.published.filter((p) => p.uri === uriOf(config) && p.diagnostics.length > 0)).toEqual([]);
  });

  it('reports a config that is broken when the plan is opened', async () => {
    const dir = makeWorkspace({ '.negolintrc.yaml': 'rules:\n  walk-away-point: sometimes\n' });
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    const configUri = uriOf(path.join(dir, '.negolintrc.yaml'));
    const inConfig = await client.waitFor(() => client.latest(configUri)?.diagnostics, 'a diagnostic in the config file');
    expect(inConfig[0]!.range.start.line).toBe(1);
    // No good config yet: the defaults apply, so the plan still gets findings.
    expect(codes(await client.diagnostics(uri))).toContain('walk-away-point');
  });
});

describe('workspace', () => {
  it('lints every plan of the workspace at start-up when negolint.lintWorkspaceOnStartup is on', async () => {
    const dir = makeWorkspace({
      '.negolintrc.json': onlyRules('walk-away-point'),
      'plans/acme.md': MISSING,
      'plans/globex.md': readFileSync(path.join(FIXTURES, 'account-plan.md'), 'utf8'),
      'notes/readme.md': '# Notes\n\nNothing to see.\n',
    });
    const client = await start({ rootDir: dir, settings: { lintWorkspaceOnStartup: true } });
    const acme = uriOf(path.join(dir, 'plans/acme.md'));
    const diags = await client.waitFor(() => client.latest(acme)?.diagnostics, 'workspace diagnostics for acme.md');
    expect(codes(diags)).toEqual(['walk-away-point']);
    await client.quiet(300);
    expect(client.published.map((p) => path.basename(new URL(p.uri).pathname))).toEqual(['acme.md']);

    const summary = await client.connection.sendRequest('negolint/lintWorkspace');
    expect(summary).toEqual({ filesLinted: 3, plansFound: 2, problems: 0 });
  });

  // The server as published (dist/bin.js) and as the VS Code extension bundles it, with the core's
  // lint worker as a file of its own beside it (dist/lint-worker.mjs).
  const EXTENSION_SERVER = path.resolve(PACKAGE_DIR, '../vscode-extension/dist/server.mjs');
  it.each([
    ['the server', SERVER],
    ['the extension\'s bundled server', EXTENSION_SERVER],
  ])('%s lints a large workspace on worker threads, with the same findings', async (_name, server) => {
    const files: Record<string, string> = { '.negolintrc.json': onlyRules('walk-away-point') };
    const COUNT = 420; // over the core's threshold for workers (400 files)
    for (let i = 0; i < COUNT; i++) files[`plans/p${String(i).padStart(3, '0')}.md`] = i % 2 ? MISSING : readFileSync(path.join(FIXTURES, 'account-plan.md'), 'utf8');
    const dir = makeWorkspace(files);
    const hook = writeFile(dir, 'count-workers.mjs', COUNT_WORKERS);
    const log = writeFile(dir, 'workers.log', '');
    const client = await start({ rootDir: dir, server, env: { NODE_OPTIONS: `--import ${hook}`, NEGOLINT_WORKER_LOG: log } });
    const summary = await client.connection.sendRequest('negolint/lintWorkspace', undefined);
    expect(summary).toEqual({ filesLinted: COUNT, plansFound: COUNT, problems: 0 });
    // Every plan without a walk-away point, and only those, flagged as on one thread.
    const flagged = client.published.filter((p) => p.diagnostics.length > 0);
    expect(new Set(flagged.map((p) => path.basename(p.uri))).size).toBe(COUNT / 2);
    for (const p of flagged) expect(codes(p.diagnostics), p.uri).toEqual(['walk-away-point']);
    expect(flagged.every((p) => Number(/p(\d+)\.md$/.exec(p.uri)![1]) % 2 === 1)).toBe(true);
    const workers = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    // One per core, at most 8; a single core lints on the server's own thread.
    expect(workers.length).toBe(Math.min(availableParallelism(), 8) > 1 ? Math.min(availableParallelism(), 8) : 0);
    for (const entry of workers) expect(entry).toMatch(server === SERVER ? /core\/dist\/api\/lint-worker\.js$/ : /vscode-extension\/dist\/lint-worker\.mjs$/);
  }, 120_000);

  it('keeps a plan closed in the editor in Problems after a workspace lint, with the findings of its file', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point'), 'plans/acme.md': MISSING });
    const client = await start({ rootDir: dir });
    await client.connection.sendRequest('negolint/lintWorkspace');
    const file = path.join(dir, 'plans/acme.md');
    const uri = await client.open(file, MISSING);
    await client.waitFor(() => client.latest(uri)?.diagnostics.length, 'diagnostics of the open plan');
    await client.close(uri);
    // Closing clears the editor's diagnostics, then the file's own come back from disk.
    const after = await client.waitFor(() => {
      const last = client.latest(uri);
      return last && last.diagnostics.length > 0 && client.published.filter((p) => p.uri === uri).length >= 3 ? last.diagnostics : undefined;
    }, 'the closed plan listed again');
    expect(codes(after)).toEqual(['walk-away-point']);
  });

  it('does not lint the workspace at start-up by default', async () => {
    const dir = makeWorkspace({ 'plans/acme.md': MISSING });
    const client = await start({ rootDir: dir });
    await client.quiet(500);
    expect(client.published).toEqual([]);
  });
});
