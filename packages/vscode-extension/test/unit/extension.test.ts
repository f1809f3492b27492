/** The extension's pure parts and its manifest, without VS Code. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONFIG_FILES, DOCS_BASE, lintText, rules, summarizeText } from '@negolint/core';
import { describe, expect, it } from 'vitest';
import { EXTENSION_COMMANDS } from '../../src/commands.js';
import { docsCommandUri, localDocsLinks, ruleIdOf } from '../../src/docs.js';
import { SIDE_PICKS, sideOf } from '../../src/new-plan.js';
import { lensTitle, nonce, panelHtml } from '../../src/range.js';
import { statusView } from '../../src/status.js';

const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8'));

describe('status bar', () => {
  const base = { enabled: true, isMarkdown: true, errors: 0, warnings: 0, isPlan: true as boolean | undefined };
  it('is hidden outside Markdown', () => expect(statusView({ ...base, isMarkdown: false }).visible).toBe(false));
  it('counts errors and warnings', () => {
    const v = statusView({ ...base, errors: 2, warnings: 1 });
    expect(v.text).toBe('negolint $(error) 2 $(warning) 1');
    expect(v.tooltip).toMatch(/2 errors, 1 warning/);
  });
  it('says "plan ready" for a clean plan, and not for other Markdown', () => {
    expect(statusView(base).text).toMatch(/plan ready/);
    expect(statusView({ ...base, isPlan: false }).text).toMatch(/not a plan/);
    expect(statusView({ ...base, isPlan: undefined }).text).not.toMatch(/plan ready/);
  });
  it('shows when negolint is switched off', () => expect(statusView({ ...base, enabled: false }).text).toMatch(/off/));
});

describe('New negotiation plan', () => {
  it('asks for the side, or takes it as an argument; writes no file (the plan is an untitled document)', () => {
    expect(SIDE_PICKS.map((p) => p.side)).toEqual(['seller', 'buyer']);
    expect(sideOf('buyer')).toBe('buyer');
    expect(sideOf('both')).toBeUndefined();
    const src = readFileSync(path.join(import.meta.dirname, '../../src/extension.ts'), 'utf8');
    const command = src.slice(src.indexOf('registerCommand(EXTENSION_COMMANDS.newPlan'), src.indexOf('// ---- negotiation range'));
    expect(command).toContain("openTextDocument({ language: 'markdown', content: '' })");
    expect(command).toContain('planSkeleton(side)');
    expect(command).toContain('new vscode.SnippetString(plan.snippet)');
    expect(command).not.toMatch(/writeFile|workspaceFolders/);
  });
});

describe('rule documentation inside the editor', () => {
  it('knows the rule from an id, a docs URL or an object, and nothing else', () => {
    expect(ruleIdOf('walk-away-point')).toBe('walk-away-point');
    expect(ruleIdOf(`${DOCS_BASE}concession-trade.md`)).toBe('concession-trade');
    expect(ruleIdOf(`${DOCS_BASE}concession-trade.md#options`)).toBe('concession-trade');
    expect(ruleIdOf({ url: `${DOCS_BASE}placeholder.md` })).toBe('placeholder');
    expect(ruleIdOf({ ruleId: 'desperation' })).toBe('desperation');
    for (const bad of ['../../etc/passwd', 'https://example.com/x', 'Walk Away', undefined, 42, {}]) expect(ruleIdOf(bad), String(bad)).toBeUndefined();
  });
  it('turns the rule links of hovers into the command that opens the bundled page, and leaves other links', () => {
    const uri = docsCommandUri('walk-away-point');
    expect(uri).toBe('command:negolint.openRuleDocs?%5B%22walk-away-point%22%5D');
    expect(JSON.parse(decodeURIComponent(uri.split('?')[1]!))).toEqual(['walk-away-point']);
    const hover = `**negolint: \`walk-away-point\`** — …\n\n[Documentation for walk-away-point](${DOCS_BASE}walk-away-point.md) and [elsewhere](https://example.com/a.md)`;
    expect(localDocsLinks(hover)).toBe(`**negolint: \`walk-away-point\`** — …\n\n[Documentation for walk-away-point](${uri}) and [elsewhere](https://example.com/a.md)`);
  });
  it('opens the page in the Markdown preview, and hovers may run only that command', () => {
    const src = readFileSync(path.join(import.meta.dirname, '../../src/extension.ts'), 'utf8');
    expect(src).toContain("executeCommand('markdown.showPreview', page)");
    expect(src).toContain('enabledCommands: [EXTENSION_COMMANDS.openRuleDocs]');
    expect(src).not.toContain('openExternal');
  });
});

describe('snippets', () => {
  const snippets = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../snippets/negolint.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;
  /** The snippet as inserted with every default: a field keeps its text, a choice its first option. */
  const expand = (body: string[]) => body.join('\n').replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\\$/g, '$');

  it('have placeholders, not example numbers, as their defaults', () => {
    for (const [name, { body }] of Object.entries(snippets)) {
      const defaults = [...body.join('\n').matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]!);
      // The one number is a list item's: "${1:1}. …".
      for (const d of defaults.filter((d) => d !== '1')) expect(d, `${name}: ${d}`).toMatch(/^\[fill in: [^\]]+\]$/);
      expect(expand(body), name).not.toMatch(/[$€£]\s?\d|\d+\s?%/);
    }
  });
  it('are reported by negolint, each field, until they are filled in', () => {
    for (const [name, { body }] of Object.entries(snippets)) {
      const text = `---\nnegolint: true\n---\n# Acme renewal\n\n${expand(body)}\n`;
      const fields = text.match(/\[fill in: [^\]]+\]/g) ?? [];
      const found = lintText(text, { config: { extends: 'recommended' } }).messages.filter((m) => m.ruleId === 'placeholder').map((m) => text.slice(m.offset, m.endOffset));
      expect(found, name).toEqual(fields);
    }
  });
  it('the README says how to open them in Markdown (Ctrl+Space)', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
    expect(readme).toContain('Ctrl+Space');
    expect(readme).toContain('editor.quickSuggestions');
  });
});

describe('manifest', () => {
  const props = manifest.contributes.configuration.properties;
  it('documents every setting the issue names', () => {
    for (const key of ['negolint.enable', 'negolint.run', 'negolint.preset', 'negolint.rules', 'negolint.lintWorkspaceOnStartup', 'negolint.trace.server']) {
      expect(props[key]?.description ?? props[key]?.markdownDescription, key).toBeTruthy();
    }
  });
  it('declares every command it registers', () => {
    const src = readFileSync(path.join(import.meta.dirname, '../../src/extension.ts'), 'utf8');
    const registered = [...src.matchAll(/registerCommand\(EXTENSION_COMMANDS\.(\w+)/g)].map((m) => EXTENSION_COMMANDS[m[1] as keyof typeof EXTENSION_COMMANDS]).sort();
    expect(src).not.toMatch(/registerCommand\('/);
    expect(registered).toEqual(Object.values(EXTENSION_COMMANDS).sort());
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command).sort()).toEqual(registered);
  });
  it('names only config files the core reads (activation, schema validation)', () => {
    const ownFiles = CONFIG_FILES.filter((name) => name !== 'package.json');
    const activation = (manifest.activationEvents as string[]).flatMap((e) => (e.startsWith('workspaceContains:') ? [e.replace('workspaceContains:**/', '')] : []));
    expect(activation.sort()).toEqual([...ownFiles].sort());
    expect(manifest.contributes.jsonValidation[0].fileMatch).toEqual(ownFiles.filter((name) => name.endsWith('.json')));
    expect(JSON.stringify(manifest)).not.toMatch(/\.negolintrc"/);
  });
  it('supports restricted mode, validates the config and ships snippets', () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(manifest.contributes.jsonValidation[0].url).toBe('./schema/negolintrc.schema.json');
    const snippets = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../snippets/negolint.code-snippets'), 'utf8'));
    expect(Object.keys(snippets).length).toBeGreaterThanOrEqual(5);
  });
  it('says what negolint.preset does: config files choose a preset with `extends`', () => {
    const preset = props['negolint.preset'];
    const text = preset.markdownDescription ?? preset.description;
    expect(text).toContain('`extends`');
    expect(text).not.toMatch(/config file sets one/);
  });
  it('has what the Marketplace asks for', () => {
    for (const key of ['publisher', 'license', 'icon', 'repository', 'categories', 'engines']) expect(manifest[key], key).toBeTruthy();
  });
});

describe('negotiation range (panel and CodeLens)', () => {
  const summary = (code: string) => summarizeText(code, { config: { extends: 'recommended' } })!;
  const NO_OVERLAP = '# Northwind R&D analytics\n\nSide: seller\n\n**Walk-away:** $290k\n**Target:** $340k\n**Budget:** $280k approved by their CFO\n';

  it('the CodeLens says readiness, our numbers and the zone in one line', () => {
    expect(lensTitle(summary(NO_OVERLAP))).toMatch(/^Ready \d+\/\d+ · walk-away \$290k · target \$340k · no overlap with their budget$/);
    expect(lensTitle(summary('---\nside: buyer\n---\n# Laptops\n\n**Ceiling:** £900k\n**Target:** £780k\n**Their floor:** £700k\n'))).toMatch(/· ceiling £900k · target £780k · overlaps the supplier's floor$/);
    expect(lensTitle(summary('# Deal\n\n**Walk-away:** $290k\n**Target:** $340k\n'))).toMatch(/· their limit unknown$/);
  });

  it('the panel draws the chart and the checklist under a policy that allows one style element and nothing else', () => {
    const html = panelHtml(summary(NO_OVERLAP), { nonce: 'abc123', fileName: 'plans/northwind.md' });
    expect(html).toContain(`content="default-src 'none'; style-src 'nonce-abc123'; img-src 'none'; script-src 'none'; font-src 'none'"`);
    expect(html).toContain('<style nonce="abc123">');
    expect(html).not.toMatch(/<script|\sstyle="|\son[a-z]+=/i);
    expect(html).toContain('<h1>Northwind R&amp;D analytics</h1>');
    expect(html).toMatch(/<svg class="range-chart"[^>]*role="img"/);
    expect(html).toContain('data-role="their-budget"');
    expect(html).toContain('data-role="no-overlap"');
    expect(html).toContain('<strong>No zone of agreement.</strong> Their budget <code>$280k</code>');
    expect(html).toMatch(/<li class="not-met"><span class="mark">✗<\/span><a href="https:\/\/github\.com\/negolint\/negolint\/blob\/main\/packages\/core\/docs\/rules\/zone-of-agreement\.md">zone-of-agreement<\/a>/);
    // Theme colours come from the editor.
    expect(html).toContain('var(--vscode-charts-red)');
  });

  it('a document that is not a plan gets a note, not a chart', () => {
    expect(panelHtml(null, { nonce: 'n', fileName: 'notes.md' })).toContain('notes.md is not a negotiation plan');
    expect(nonce()).toMatch(/^[A-Za-z0-9]{32}$/);
  });

  it('declares the command, a setting to turn the CodeLens off, and where the command shows', () => {
    expect(manifest.contributes.commands).toContainEqual({ command: 'negolint.showRange', title: 'Show negotiation range', category: 'negolint' });
    expect(manifest.contributes.configuration.properties['negolint.codeLens']).toMatchObject({ type: 'boolean', default: true });
    expect(manifest.contributes.menus['editor/title'][0]).toMatchObject({ command: 'negolint.showRange', when: 'editorLangId == markdown' });
  });
});

/**
 * The packaged .vsix, built as `pnpm package:vsix` builds it (into a temporary file): its README's
 * images point at files this repository tracks, and it carries every rule's page.
 */
describe('the .vsix', () => {
  const pkgDir = path.join(import.meta.dirname, '../..');
  const root = path.join(pkgDir, '../..');
  it('links its README images to tracked files of this repository, and ships the rule pages', { timeout: 120_000 }, () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'negolint-vsix-'));
    try {
      const out = path.join(tmp, 'negolint.vsix');
      execFileSync(process.execPath, [path.join(pkgDir, 'scripts/build.mjs')], { cwd: pkgDir, stdio: 'pipe' });
      execFileSync(process.execPath, [path.join(pkgDir, 'scripts/package.mjs'), '--out', out], { cwd: pkgDir, stdio: 'pipe' });
      const readme = execFileSync('unzip', ['-p', out, 'extension/readme.md'], { encoding: 'utf8' });
      const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
      expect(images.length).toBeGreaterThanOrEqual(2);
      const base = 'https://github.com/negolint/negolint/raw/HEAD/';
      for (const url of images) {
        expect(url.startsWith(base), url).toBe(true);
        const file = url.slice(base.length);
        expect(execFileSync('git', ['ls-files', '--error-unmatch', file], { cwd: root, encoding: 'utf8' }).trim(), url).toBe(file);
      }
      const listing = execFileSync('unzip', ['-Z1', out], { encoding: 'utf8' }).split('\n');
      for (const rule of rules) expect(listing, rule.meta.id).toContain(`extension/dist/docs/rules/${rule.meta.id}.md`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
