/**
 * negolint inside remark's language server (the server vscode-remark runs): a workspace
 * whose `.remarkrc.json` uses `@negolint/core/remark` gets, from remark-language-server over
 * stdio, the diagnostics negolint's own server publishes for the same plan — range,
 * severity, rule, source, message and docs link — on open, after edits, and under remark-lint's
 * control comments.
 */
import { mkdirSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { clientsKilledAfterEach, makeWorkspace, PACKAGE_DIR, removeWorkspaces, type TestClient } from './helpers/client.js';

afterAll(removeWorkspaces);

const start = clientsKilledAfterEach();
const REMARK_SERVER = path.join(PACKAGE_DIR, 'test/helpers/remark-language-server.mjs');
const FIXTURES = path.resolve(PACKAGE_DIR, '../../fixtures');
const CORE = path.resolve(PACKAGE_DIR, '../core');

/** A workspace as after `npm install @negolint/core remark remark-frontmatter`, with the README's `.remarkrc.json`. */
function remarkWorkspace(): string {
  const dir = makeWorkspace({ '.remarkrc.json': '{\n  "plugins": ["remark-frontmatter", "@negolint/core/remark"]\n}\n' });
  mkdirSync(path.join(dir, 'node_modules/@negolint'), { recursive: true });
  symlinkSync(CORE, path.join(dir, 'node_modules/@negolint/core'));
  symlinkSync(realpathSync(path.join(PACKAGE_DIR, 'node_modules/remark')), path.join(dir, 'node_modules/remark'));
  symlinkSync(realpathSync(path.join(CORE, 'node_modules/remark-frontmatter')), path.join(dir, 'node_modules/remark-frontmatter'));
  return dir;
}

/** What an editor shows of a diagnostic. */
const shown = (diagnostics: Diagnostic[]) =>
  diagnostics
    .map((d) => ({ range: d.range, severity: d.severity, code: d.code, source: d.source, message: d.message, href: d.codeDescription?.href }))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code)) || a.message.localeCompare(b.message));

/** Both servers on one workspace, each with the document open. */
async function both(dir: string, file: string, text: string): Promise<{ remark: TestClient; negolint: TestClient; remarkUri: string; negolintUri: string }> {
  const [remark, negolint] = await Promise.all([
    start({ rootDir: dir, command: [REMARK_SERVER, '--stdio'], sections: { remark: {} } }),
    start({ rootDir: dir }),
  ]);
  const [remarkUri, negolintUri] = await Promise.all([remark.open(file, text), negolint.open(file, text)]);
  return { remark, negolint, remarkUri, negolintUri };
}

describe('remark-language-server with @negolint/core/remark in .remarkrc.json', () => {
  it('publishes the diagnostics negolint-lsp publishes for a plan, on open and after edits', async () => {
    const dir = remarkWorkspace();
    const text = readFileSync(path.join(FIXTURES, 'rules/walk-away-margin/fires-buyer-inverted.md'), 'utf8');
    const { remark, negolint, remarkUri, negolintUri } = await both(dir, path.join(dir, 'plans/translation.md'), text);

    const fromRemark = shown(await remark.diagnostics(remarkUri));
    const fromNegolint = shown(await negolint.diagnostics(negolintUri));
    expect(fromNegolint.length).toBeGreaterThan(3);
    expect(fromRemark).toEqual(fromNegolint);
    const inverted = fromRemark.find((d) => d.code === 'walk-away-margin')!;
    expect(inverted).toMatchObject({
      severity: 1,
      source: 'negolint',
      range: { start: { line: 16, character: 0 } },
      href: 'https://github.com/negolint/negolint/blob/main/packages/core/docs/rules/walk-away-margin.md',
    });
    expect(inverted.message).toContain('is above the target');

    // Fix the order: the error goes, from both.
    for (const [client, uri] of [[remark, remarkUri], [negolint, negolintUri]] as const) await client.replace(uri, '£165k per year', '£140k per year');
    const fixedRemark = shown(await remark.diagnostics(remarkUri));
    expect(fixedRemark.map((d) => d.code)).not.toContain('walk-away-margin');
    expect(fixedRemark).toEqual(shown(await negolint.diagnostics(negolintUri)));

    // remark-lint's control comment, which both read.
    for (const [client, uri] of [[remark, remarkUri], [negolint, negolintUri]] as const) await client.replace(uri, '# Translation', '<!--lint disable qualification-->\n\n# Translation');
    const quiet = shown(await remark.diagnostics(remarkUri));
    expect(quiet.map((d) => d.code)).not.toContain('qualification');
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet).toEqual(shown(await negolint.diagnostics(negolintUri)));
  });

  it('publishes nothing for Markdown that is not a plan', async () => {
    const dir = remarkWorkspace();
    const text = readFileSync(path.join(FIXTURES, 'not-plans/meeting-notes.md'), 'utf8');
    const { remark, negolint, remarkUri, negolintUri } = await both(dir, path.join(dir, 'notes/meeting.md'), text);
    expect(await remark.diagnostics(remarkUri)).toEqual([]);
    expect(remark.shown, 'remark found its processor and config').toEqual([]);
    expect(await negolint.diagnostics(negolintUri)).toEqual([]);
  });
});
