/**
 * Code actions, hovers and the outline over the real protocol. Each action is
 * applied the way an editor applies it, and the server re-lints the result.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLAN_SUMMARY_VERSION, rules, VERSION, type PlanSummary } from '@negolint/core';
import type { CodeAction, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Commands, PlanSummaryRequest, type InitializationOptions } from '../src/protocol.js';
import { makeWorkspace, onlyRules, PACKAGE_DIR, removeWorkspaces, TestClient } from './helpers/client.js';

afterAll(removeWorkspaces);

const FIXTURES = path.resolve(PACKAGE_DIR, '../../fixtures/lsp');
const MISSING = readFileSync(path.join(FIXTURES, 'missing-walk-away.md'), 'utf8');
const ACCOUNT = readFileSync(path.join(FIXTURES, 'account-plan.md'), 'utf8');
const FRONTMATTER = `---\naccount: Acme\n---\n\n${MISSING}`;
const LIST = '# Acme renewal\n\n- **Target:** $420k ARR\n- **Walk-away:** flexible\n- **Opening:** $480k ARR, price list\n';
const TABLE = '# Acme renewal\n\n| Item | Value |\n| --- | --- |\n| Target | $420k ARR |\n| Bottom line | we will see |\n';

let clients: TestClient[] = [];
afterEach(() => {
  for (const c of clients) c.kill();
  clients = [];
});

async function setup(text: string, name = 'plan.md', config = onlyRules('walk-away-point'), initializationOptions: InitializationOptions = {}) {
  const dir = makeWorkspace({ '.negolintrc.json': config });
  const client = await TestClient.start({ rootDir: dir, initializationOptions });
  clients.push(client);
  const uri = await client.open(path.join(dir, name), text);
  const diagnostics = await client.diagnostics(uri);
  return { client, uri, diagnostics, dir };
}

function titled(actions: CodeAction[], pattern: RegExp): CodeAction {
  const hit = actions.find((a) => pattern.test(a.title));
  if (!hit) throw new Error(`no action matching ${pattern} in ${JSON.stringify(actions.map((a) => a.title))}`);
  return hit;
}

describe('code actions', () => {
  it("offers the core's fix as a preferred quick fix; applied, what is left is the skeleton's fields, at the rule's severity", async () => {
    const { client, uri, diagnostics } = await setup(MISSING);
    expect(diagnostics.map((d) => d.code)).toEqual(['walk-away-point']);
    const actions = await client.codeActions(uri, diagnostics[0]!.range, diagnostics);
    const fix = titled(actions, /walk-away point/i);
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(fix.diagnostics?.[0]?.code).toBe('walk-away-point');
    expect(fix.edit?.documentChanges?.[0]).toMatchObject({ textDocument: { uri, version: client.version(uri) } });
    await client.applyEdit(fix.edit!);
    expect(client.text(uri)).toContain('## Walk-away point\n\nWe walk away below [fill in: lowest price we accept] or if [fill in: condition we cannot accept].\n');
    const left = await client.diagnostics(uri);
    expect(left.map((d) => [d.code, d.severity, client.text(uri).split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character)])).toEqual([
      ['walk-away-point', 1, '[fill in: lowest price we accept]'],
    ]);
  });

  it('gives a client that runs negolint.insertSnippet the skeleton as a snippet, one tab stop per field', async () => {
    const { client, uri, diagnostics } = await setup(MISSING, 'plan.md', onlyRules('walk-away-point'), { snippetFixes: true });
    const fix = titled(await client.codeActions(uri, diagnostics[0]!.range, diagnostics), /walk-away point/i);
    expect(fix.edit).toBeUndefined();
    expect(fix.command).toMatchObject({ command: Commands.insertSnippet });
    const [docUri, version, range, snippet] = fix.command!.arguments!;
    expect([docUri, version]).toEqual([uri, client.version(uri)]);
    expect(range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 0 } });
    expect(snippet).toBe('## Walk-away point\n\nWe walk away below ${1:[fill in: lowest price we accept]} or if ${2:[fill in: condition we cannot accept]}.\n\n');
  });

  it('offers a get for a concession with nothing in return; fix-all leaves only the placeholders (both rules warn, as recommended)', async () => {
    const text = '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Concessions\n\n- 5% off in exchange for a three-year term\n- Free onboarding for their second team\n- We could add training days.\n';
    const config = `${JSON.stringify({ rules: { ...JSON.parse(onlyRules()).rules, 'concession-trade': 'warn', placeholder: 'warn' } })}\n`;
    const { client, uri, diagnostics } = await setup(text, 'plan.md', config);
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['concession-trade', 7], ['concession-trade', 8]]);
    const quick = titled(await client.codeActions(uri, diagnostics[0]!.range, [diagnostics[0]!]), /^Ask for something in return$/);
    expect(quick).toMatchObject({ kind: 'quickfix', isPreferred: true });
    const [fixAll] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.negolint']);
    await client.applyEdit(fixAll!.edit!);
    expect(client.text(uri)).toContain('- Free onboarding for their second team in exchange for [fill in: what we get in return]\n- We could add training days in exchange for [fill in: what we get in return].\n');
    const left = await client.diagnostics(uri);
    expect(left.map((d) => [d.code, d.severity, d.range.start.line])).toEqual([['placeholder', 2, 7], ['placeholder', 2, 8]]);
  });

  it('disables a rule for the line above the finding; the finding goes away', async () => {
    const { client, uri, diagnostics } = await setup(LIST);
    const actions = await client.codeActions(uri, diagnostics[0]!.range, diagnostics);
    await client.applyEdit(titled(actions, /^Disable walk-away-point for this line$/).edit!);
    expect(client.text(uri)).toContain('<!-- negolint-disable-next-line walk-away-point -->\n- **Walk-away:** flexible');
    expect(await client.diagnostics(uri)).toEqual([]);
  });

  it('disables a rule on a table row with a trailing comment (a comment line would end the table)', async () => {
    const { client, uri, diagnostics } = await setup(TABLE);
    expect(diagnostics.map((d) => d.range.start.line)).toEqual([5]);
    const actions = await client.codeActions(uri, diagnostics[0]!.range, diagnostics);
    await client.applyEdit(titled(actions, /for this line$/).edit!);
    expect(client.text(uri)).toContain('| Bottom line | we will see | <!-- negolint-disable-line walk-away-point -->');
    expect(await client.diagnostics(uri)).toEqual([]);
  });

  it('disables a rule for the file after the frontmatter, merging into an existing comment', async () => {
    const config = onlyRules('walk-away-point', 'walk-away-alternative');
    const { client, uri, diagnostics } = await setup(FRONTMATTER, 'plan.md', config);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['walk-away-alternative', 'walk-away-point']);
    let actions = await client.codeActions(uri, diagnostics[0]!.range, diagnostics);
    const first = diagnostics[0]!.code as string;
    const second = diagnostics[1]!.code as string;
    await client.applyEdit(titled(actions, new RegExp(`^Disable ${first} for this file$`)).edit!);
    expect(client.text(uri).startsWith(`---\naccount: Acme\n---\n<!-- negolint-disable ${first} -->\n`)).toBe(true);
    const remaining = await client.diagnostics(uri);
    expect(remaining.map((d) => d.code)).toEqual([second]);
    actions = await client.codeActions(uri, remaining[0]!.range, remaining);
    await client.applyEdit(titled(actions, /for this file$/).edit!);
    expect(client.text(uri)).toContain(`<!-- negolint-disable ${first} ${second} -->\n`);
    expect(await client.diagnostics(uri)).toEqual([]);
  });

  it('offers no control comment for findings inside the frontmatter (YAML cannot hold one)', async () => {
    const text = '---\nwalkAway: flexible\n---\n\n# Acme renewal\n\n**Target:** $420k ARR\n';
    const { client, uri, diagnostics } = await setup(text);
    expect(diagnostics[0]!.range.start.line).toBe(1);
    const titles = (await client.codeActions(uri, diagnostics[0]!.range, diagnostics)).map((a) => a.title);
    expect(titles).toContain('Show documentation for walk-away-point');
    expect(titles.filter((t) => t.startsWith('Disable'))).toEqual([]);
  });

  it('shows documentation through a command the client can run, or the server runs for it', async () => {
    const { client, uri, diagnostics } = await setup(MISSING);
    const docs = titled(await client.codeActions(uri, diagnostics[0]!.range, diagnostics), /^Show documentation for walk-away-point$/);
    expect(docs.command).toEqual({ title: docs.title, command: Commands.openRuleDocs, arguments: [diagnostics[0]!.codeDescription!.href] });
    // A client without showDocument support gets the link in a message.
    await client.connection.sendRequest('workspace/executeCommand', { command: docs.command!.command, arguments: docs.command!.arguments });
    const shown = await client.waitFor(() => client.shown.find((m) => m.message.includes('walk-away-point.md')), 'the docs link');
    expect(shown.message).toContain(diagnostics[0]!.codeDescription!.href);
  });

  it('opens the docs with window/showDocument when the client supports it', async () => {
    const dir = makeWorkspace();
    const client = await TestClient.start({ rootDir: dir, showDocument: true });
    clients.push(client);
    const url = rules.find((r) => r.meta.id === 'walk-away-point')!.url;
    await client.connection.sendRequest('workspace/executeCommand', { command: Commands.openRuleDocs, arguments: [url] });
    expect(client.showDocuments).toEqual([{ uri: url, external: true }]);
  });

  it('offers "fix all" as a source action on request only', async () => {
    const { client, uri, diagnostics } = await setup(MISSING);
    const quick = await client.codeActions(uri, diagnostics[0]!.range, diagnostics);
    expect(quick.every((a) => a.kind === 'quickfix')).toBe(true);
    const [fixAll] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    expect(fixAll).toMatchObject({ kind: 'source.fixAll.negolint' });
    await client.applyEdit(fixAll!.edit!);
    // The inserted walk-away point is a skeleton: still the rule's error, at its first field.
    expect((await client.diagnostics(uri)).map((d) => [d.code, d.severity])).toEqual([['walk-away-point', 1]]);
  });
});

describe('hover', () => {
  it("explains the rule on a flagged range: description, principle and a link", async () => {
    const { client, uri, diagnostics } = await setup(LIST);
    const rule = rules.find((r) => r.meta.id === 'walk-away-point')!;
    const inside = { line: diagnostics[0]!.range.start.line, character: diagnostics[0]!.range.start.character + 2 };
    const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: inside });
    const value = (hover.contents as MarkupContent).value;
    expect((hover.contents as MarkupContent).kind).toBe('markdown');
    expect(value).toContain(rule.meta.description);
    expect(value).toContain(rule.meta.principle.slice(0, 40));
    expect(value).toContain(`(${rule.url})`);
    expect(hover.range).toEqual(diagnostics[0]!.range);
    const outside: Hover | null = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
    expect(outside).toBeNull();
  });
});

describe('document symbols', () => {
  it('are not offered to a client that has its own Markdown outline (documentSymbols: false, as the VS Code extension sets)', async () => {
    const { client } = await setup(ACCOUNT, 'account-plan.md', onlyRules(), { documentSymbols: false });
    expect(client.initializeResult.capabilities.documentSymbolProvider).toBeUndefined();
    const { client: other } = await setup(ACCOUNT, 'account-plan.md', onlyRules());
    expect(other.initializeResult.capabilities.documentSymbolProvider).toEqual({ label: 'negolint' });
  });

  it("outlines the plan: sections with their concepts, labelled facts and table rows nested", async () => {
    const { client, uri } = await setup(ACCOUNT, 'account-plan.md', onlyRules());
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const outline = (list: DocumentSymbol[]): unknown[] => list.map((s) => (s.children?.length ? [s.name, s.detail, outline(s.children)] : [s.name, s.detail]));
    expect(outline(symbols)).toEqual([
      ['side', 'side: seller'],
      ['currency', 'currency: USD'],
      [
        'Globex supply deal',
        '',
        [
          ['Walk-away point', 'walk-away'],
          ['Target', 'target'],
          ['Opening offer', 'opening'],
          [
            'Numbers',
            '',
            [
              ['Their alternative', 'counterpart-alternative: build it in house, about nine months'],
              ['Budget', 'budget: $450k approved by the CFO'],
              ['Decision maker', 'decision-maker: Priya Shah (CFO)'],
              ['Timeline', 'timeline: signature by June 30'],
            ],
          ],
        ],
      ],
    ]);
    const walk = symbols[2]!.children![0]!;
    expect(walk.selectionRange.start.line).toBe(ACCOUNT.split('\n').indexOf('## Walk-away point'));
    // Every selection range lies inside its symbol's range, as the protocol requires.
    const inside = (s: DocumentSymbol): boolean =>
      (s.selectionRange.start.line > s.range.start.line || (s.selectionRange.start.line === s.range.start.line && s.selectionRange.start.character >= s.range.start.character)) &&
      (s.children ?? []).every(inside);
    expect(symbols.every(inside)).toBe(true);
  });

  it('returns no outline for Markdown that is not a plan', async () => {
    const { client, uri } = await setup('# Release notes\n\nVersion 2.1 fixes the export button.\n', 'notes.md');
    expect(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);
  });
});

describe('the plan summary request (negolint/planSummary)', () => {
  const PLAN = '# Northwind analytics\n\nSide: seller\n\n**Walk-away:** $290k\n**Target:** $340k\n**Budget:** $280k approved by their CFO\n';

  it('answers with the core\'s summary of the current text, and follows edits', async () => {
    const { client, uri } = await setup(PLAN, 'plan.md', onlyRules('walk-away-point', 'zone-of-agreement'));
    const summary = (await client.connection.sendRequest(PlanSummaryRequest, { textDocument: { uri } })) as PlanSummary;
    expect(summary).toMatchObject({ schemaVersion: PLAN_SUMMARY_VERSION, title: 'Northwind analytics', side: 'seller', ours: { walkAway: { value: 290_000 } }, theirs: { budget: { value: 280_000 } }, zone: { status: 'none' } });
    expect(summary.readiness.rules.map((r) => [r.ruleId, r.status])).toEqual([['walk-away-point', 'met'], ['zone-of-agreement', 'not-met']]);
    // Unsaved edits count: lower the walk-away point below their budget.
    await client.edit(uri, [{ range: { start: { line: 4, character: 15 }, end: { line: 4, character: 20 } }, newText: '$250k' }]);
    const after = (await client.connection.sendRequest(PlanSummaryRequest, { textDocument: { uri } })) as PlanSummary;
    expect(after.ours.walkAway?.value).toBe(250_000);
    expect(after.zone.status).toBe('overlap');
  });

  it('is null for a document that is not a plan or not open, and refuses malformed params', async () => {
    const { client, uri, dir } = await setup('# Team notes\n\nLunch is at noon.\n');
    expect(await client.connection.sendRequest(PlanSummaryRequest, { textDocument: { uri } })).toBeNull();
    expect(await client.connection.sendRequest(PlanSummaryRequest, { textDocument: { uri: `file://${dir}/closed.md` } })).toBeNull();
    await expect(client.connection.sendRequest(PlanSummaryRequest, { textDocument: {} })).rejects.toThrow(/expects \{ textDocument: \{ uri \} \}/);
  });
});

describe('output', () => {
  it('says the server started, its version, and which config each workspace folder uses', async () => {
    const { client, dir } = await setup(MISSING);
    const lines = await client.waitFor(() => (client.logs.length >= 2 ? client.logs.map((l) => l.message) : undefined), 'the startup lines');
    expect(lines[0]).toBe(`negolint language server ${VERSION} started (Node ${process.version}).`);
    expect(lines[1]).toContain(`${dir}: config ${path.join(dir, '.negolintrc.json')}`);
  });
});
