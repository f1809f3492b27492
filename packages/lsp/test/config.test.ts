/**
 * Settings and config files over the real protocol: `negolint.*` settings read
 * per document, config files watched, a broken config shown in its own file,
 * and the workspace linted at start-up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, onlyRules, PACKAGE_DIR, removeWorkspaces, uriOf, writeFile, clientsKilledAfterEach } from './helpers/client.js';

afterAll(removeWorkspaces);

const FIXTURES = path.resolve(PACKAGE_DIR, '../../fixtures/lsp');
const MISSING = readFileSync(path.join(FIXTURES, 'missing-walk-away.md'), 'utf8');

const start = clientsKilledAfterEach();

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
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    expect(codes(await client.diagnostics(uri))).toEqual(['walk-away-point']);
    writeFile(dir, '.negolintrc.json', ''); // truncated, not yet written
    await client.replace(uri, '## Target', '## Target\n'); // a lint that reads it now
    await new Promise((resolve) => setTimeout(resolve, 20));
    const config = writeFile(dir, '.negolintrc.json', onlyRules('walk-away-alternative'));
    await client.watchedFilesChanged([{ uri: uriOf(config), type: 2 }]);
    await client.until(uri, (d) => codes(d).join() === 'walk-away-alternative', 'the plan linted with the written config');
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

  it('does not lint the workspace at start-up by default', async () => {
    const dir = makeWorkspace({ 'plans/acme.md': MISSING });
    const client = await start({ rootDir: dir });
    await client.quiet(500);
    expect(client.published).toEqual([]);
  });
});
