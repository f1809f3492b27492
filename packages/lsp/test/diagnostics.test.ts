/**
 * Diagnostics over the real protocol: the built server as a child process,
 * driven over stdio. Open, change, rapid edits, close, pull mode, a failing
 * lint, shutdown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '@negolint/core';
import { afterAll, describe, expect, it } from 'vitest';
import { FAILING_SERVER, makeWorkspace, onlyRules, PACKAGE_DIR, removeWorkspaces, uriOf, writeFile, clientsKilledAfterEach } from './helpers/client.js';

afterAll(removeWorkspaces);

const FIXTURES = path.resolve(PACKAGE_DIR, '../../fixtures/lsp');
const MISSING = readFileSync(path.join(FIXTURES, 'missing-walk-away.md'), 'utf8');
const VAGUE = '# Acme renewal\n\n**Target:** $420k ARR\n**Walk-away:** flexible\n**Opening:** $480k ARR, price list\n';

const start = clientsKilledAfterEach();

/** Position of the n-th character of a text (0-based line/character). */
function pos(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

describe('diagnostics', () => {
  it('initializes with incremental sync, code actions, hovers and symbols', async () => {
    const client = await start({ rootDir: makeWorkspace() });
    const caps = client.initializeResult.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.codeActionProvider).toBeTruthy();
    expect(caps.hoverProvider).toBe(true);
    expect(caps.documentSymbolProvider).toBeTruthy();
    expect(caps.diagnosticProvider, 'push mode for a client without pull support').toBeUndefined();
    expect(client.initializeResult.serverInfo?.name).toBe('negolint');
    // The server registers for settings and config file changes when the client allows it.
    await client.waitFor(() => (client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles') ? true : undefined), 'watcher registration');
    const watchers = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')!.registerOptions as { watchers: { globPattern: string }[] };
    expect(watchers.watchers.map((w) => w.globPattern)).toContain('**/.negolintrc.json');
    expect(await client.shutdown()).toBe(0);
  });

  it('publishes findings on open with range, severity, code, source and docs link; a fix clears them', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), VAGUE);
    const [d, ...rest] = await client.diagnostics(uri);
    expect(rest).toEqual([]);
    const at = VAGUE.indexOf('flexible');
    expect(d).toMatchObject({
      code: 'walk-away-point',
      source: 'negolint',
      severity: 1,
      range: { start: pos(VAGUE, at), end: pos(VAGUE, at + 'flexible'.length) },
    });
    expect(d!.codeDescription?.href).toMatch(/walk-away-point\.md$/);
    expect(d!.message).toMatch(/vague/);

    await client.replace(uri, 'flexible', '$310k ARR');
    expect(await client.diagnostics(uri)).toEqual([]);
    await client.replace(uri, '$310k ARR', 'we will see');
    expect((await client.diagnostics(uri)).map((x) => x.code)).toEqual(['walk-away-point']);
    expect(await client.shutdown()).toBe(0);
  });

  it('reports a missing walk-away point on the title', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    const diags = await client.diagnostics(uri);
    expect(diags.map((x) => [x.code, x.severity, x.range])).toEqual([
      ['walk-away-point', 1, { start: { line: 0, character: 0 }, end: { line: 0, character: '# Acme renewal'.length } }],
    ]);
  });

  it('maps positions past a byte-order mark and CRLF line ends', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir });
    const text = `\uFEFF${VAGUE.replace(/\n/g, '\r\n')}`;
    const uri = await client.open(path.join(dir, 'bom.md'), text);
    const [d] = await client.diagnostics(uri);
    const lines = text.split('\r\n');
    const line = lines.findIndex((l) => l.includes('flexible'));
    const character = lines[line]!.indexOf('flexible');
    expect(d!.range).toEqual({ start: { line, character }, end: { line, character: character + 'flexible'.length } });
  });

  it('matches the core exactly with the default config (whatever rules exist)', async () => {
    const dir = makeWorkspace();
    const file = writeFile(dir, 'account-plan.md', readFileSync(path.join(FIXTURES, 'account-plan.md'), 'utf8'));
    const text = readFileSync(file, 'utf8');
    const client = await start({ rootDir: dir });
    const uri = await client.open(file, text);
    const diags = await client.diagnostics(uri);
    const expected = lintText(text, { filePath: file, cwd: dir }).messages;
    expect(diags.map((x) => [x.code, x.severity, x.range.start.line + 1, x.range.start.character + 1, x.message])).toEqual(
      expected.map((m) => [m.ruleId, m.severity === 2 ? 1 : 2, m.line, m.column, m.message]),
    );
  });

  it('re-lints each edit from the last result and publishes what a full lint of that version finds', async () => {
    const dir = makeWorkspace();
    const file = writeFile(dir, 'account-plan.md', readFileSync(path.join(FIXTURES, 'account-plan.md'), 'utf8'));
    const client = await start({ rootDir: dir, initializationOptions: { debounceMs: 0 } });
    const uri = await client.open(file, readFileSync(file, 'utf8'));
    await client.diagnostics(uri);
    const same = async () => {
      const diags = await client.diagnostics(uri);
      const expected = lintText(client.text(uri), { filePath: file, cwd: dir }).messages;
      expect(diags.map((x) => [x.code, x.range, x.message])).toEqual(
        expected.map((m) => [m.ruleId, { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } }, m.message]),
      );
    };
    // Typing inside a block, blocks merged and split, a fence opened mid-plan and closed again,
    // frontmatter edited, a section deleted, the whole text replaced.
    const steps: [string, string][] = [
      ['$310k ARR', '$31k ARR'],
      ['$31k ARR', '$310k ARR or TBD'],
      ['## Target\n\n', '## Target\n'],
      ['## Target\n', '## Target\n\n'],
      ['## Opening offer', '```\n## Opening offer'],
      ['```\n## Opening offer', '## Opening offer'],
      ['side: seller', 'side: buyer'],
      ['## Numbers', '- item\n\n## Numbers'],
    ];
    for (const [search, replacement] of steps) {
      await client.replace(uri, search, replacement);
      await same();
    }
    await client.setText(uri, `${client.text(uri)}\n## Questions\n\n- Is there any reason you would not sign?\n`);
    await same();
  });

  it('after 200 rapid edits, the last diagnostics match the final text and no stale version follows', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const config = JSON.parse(onlyRules('walk-away-point')) as object;
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), VAGUE);
    await client.diagnostics(uri);
    const values = ['$310k ARR', 'flexible', 'no hard limit', 'below $300k', 'we will see'];
    const sends: Promise<number>[] = [];
    let current = 'flexible';
    for (let i = 0; i < 200; i++) {
      const next = values[(i * 7 + 3) % values.length]!;
      sends.push(client.replace(uri, current, next));
      current = next;
    }
    const versions = await Promise.all(sends);
    const finalVersion = versions.at(-1)!;
    const finalDiags = await client.diagnostics(uri);
    await client.quiet(400);
    const mine = client.published.filter((p) => p.uri === uri);
    expect(mine.at(-1)!.version).toBe(finalVersion);
    // Versions only ever go up: nothing computed for an older text is published after a newer one.
    const seen = mine.map((p) => p.version ?? 0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const expected = lintText(client.text(uri), { filePath: path.join(dir, 'plan.md'), config }).messages;
    expect(finalDiags.map((x) => [x.code, x.range.start.line + 1, x.range.start.character + 1])).toEqual(
      expected.map((m) => [m.ruleId, m.line, m.column]),
    );
    expect(client.text(uri)).toContain(current);
  });

  it('debounces: a burst of edits is linted far fewer times than it has edits', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir, initializationOptions: { debounceMs: 150 } });
    const uri = await client.open(path.join(dir, 'plan.md'), VAGUE);
    await client.diagnostics(uri);
    const before = client.published.length;
    let last = 0;
    for (let i = 0; i < 50; i++) last = await client.edit(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: ' ' }]);
    expect(await client.diagnostics(uri)).toHaveLength(1);
    await client.quiet(400);
    const burst = client.published.slice(before);
    expect(burst.at(-1)!.version).toBe(last);
    expect(burst.length).toBeLessThan(10);
  });

  it('clears diagnostics when a document stops being a plan, and when it is closed', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    expect(await client.diagnostics(uri)).toHaveLength(1);
    expect(client.planStatus.at(-1)).toMatchObject({ uri, isPlan: true });
    await client.setText(uri, '# Release notes\n\nVersion 2.1 fixes the export button.\n');
    expect(await client.diagnostics(uri)).toEqual([]);
    await client.waitFor(() => (client.planStatus.at(-1)?.isPlan === false ? true : undefined), 'plan status false');
    await client.setText(uri, MISSING);
    expect(await client.diagnostics(uri)).toHaveLength(1);
    const since = client.published.length;
    await client.close(uri);
    expect((await client.nextPublished(uri, since)).diagnostics).toEqual([]);
  });

  it('ignores documents that are not Markdown', async () => {
    const dir = makeWorkspace();
    const client = await start({ rootDir: dir });
    await client.open(path.join(dir, 'notes.txt'), MISSING, 'plaintext');
    const md = await client.open(path.join(dir, 'plan.md'), MISSING);
    await client.diagnostics(md);
    await client.quiet(200);
    expect(client.published.filter((p) => p.uri.endsWith('notes.txt'))).toEqual([]);
  });

  it('serves pull diagnostics to clients that support them, and pushes nothing for open documents', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir, pull: true });
    expect(client.initializeResult.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
    const uri = await client.open(path.join(dir, 'plan.md'), VAGUE);
    type Report = { kind: string; resultId?: string; items?: { code: string; range: unknown }[] };
    const first: Report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    expect(first.kind).toBe('full');
    expect(first.items!.map((i) => i.code)).toEqual(['walk-away-point']);
    const again: Report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    expect(again).toEqual({ kind: 'unchanged', resultId: first.resultId });
    await client.replace(uri, 'flexible', '$310k ARR');
    const fixed: Report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    expect(fixed).toMatchObject({ kind: 'full', items: [] });
    await client.quiet(200);
    expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
  });

  it('survives an exception inside one lint: logged with the file path, other documents keep working', async () => {
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const client = await start({ rootDir: dir, server: FAILING_SERVER });
    const badFile = path.join(dir, 'broken-plan.md');
    await client.open(badFile, `${MISSING}\nCRASH-ME\n`);
    const log = await client.waitFor(() => client.logs.find((l) => l.type === 1 && l.message.includes('failed')), 'an error log');
    expect(log.message).toContain(badFile);
    expect(log.message).toContain('injected failure');
    const ok = await client.open(path.join(dir, 'plan.md'), MISSING);
    expect((await client.diagnostics(ok)).map((d) => d.code)).toEqual(['walk-away-point']);
    expect(await client.shutdown()).toBe(0);
  });

  it('exits with 0 after shutdown and exit, and with 1 on exit without shutdown', async () => {
    const dir = makeWorkspace();
    const client = await start({ rootDir: dir });
    expect(await client.shutdown()).toBe(0);
    const rude = await start({ rootDir: dir });
    const exited = new Promise<number | null>((resolve) => rude.proc.on('exit', resolve));
    await rude.connection.sendNotification('exit');
    expect(await exited).toBe(1);
  });

  it('speaks LSP over Node IPC too (the transport of the VS Code client)', async () => {
    const { fork } = await import('node:child_process');
    const { createProtocolConnection, IPCMessageReader, IPCMessageWriter } = await import('vscode-languageserver-protocol/node.js');
    const dir = makeWorkspace({ '.negolintrc.json': onlyRules('walk-away-point') });
    const child = fork(path.join(PACKAGE_DIR, 'dist/bin.js'), ['--node-ipc'], { cwd: dir, silent: true });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      const published = new Promise<{ diagnostics: { code?: unknown }[] }>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
      connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
      connection.listen();
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: uriOf(dir), capabilities: { workspace: { configuration: true } } });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(path.join(dir, 'plan.md')), languageId: 'markdown', version: 1, text: MISSING } });
      expect((await published).diagnostics.map((d) => d.code)).toEqual(['walk-away-point']);
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });

  it('answers --version and --help without starting', async () => {
    const { execFileSync } = await import('node:child_process');
    const server = path.join(PACKAGE_DIR, 'dist/bin.js');
    expect(execFileSync(process.execPath, [server, '--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+/);
    expect(execFileSync(process.execPath, [server, '--help'], { encoding: 'utf8' })).toContain('--stdio');
    expect(uriOf('/tmp/a b.md')).toBe('file:///tmp/a%20b.md');
  });
});
