/** The extension's pure parts and its manifest, without VS Code. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILES, summarizeText } from '@negolint/core';
import { describe, expect, it } from 'vitest';
import { EXTENSION_COMMANDS } from '../../src/commands.js';
import { planFileName } from '../../src/new-plan.js';
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

describe('new plan file name', () => {
  it('never overwrites', () => {
    expect(planFileName(new Set())).toBe('negotiation-plan.md');
    expect(planFileName(new Set(['negotiation-plan.md', 'negotiation-plan-2.md']))).toBe('negotiation-plan-3.md');
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
