/** The extension's pure parts and its manifest, without VS Code. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILES } from '@negolint/core';
import { describe, expect, it } from 'vitest';
import { EXTENSION_COMMANDS } from '../../src/commands.js';
import { planFileName } from '../../src/new-plan.js';
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
