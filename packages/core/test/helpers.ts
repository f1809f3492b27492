import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { lintText, type LintResult } from '../src/index.js';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'fixtures');

/** Lints a snippet as a plan with only `id` switched on. */
export function lintWithRule(code: string, id: string, options?: Record<string, unknown>): LintResult {
  return lintText(code, {
    filePath: path.join(ROOT, 'example.md'),
    config: { plans: 'all', rules: { [id]: options ? ['error', options] : 'error' } },
  });
}

export function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...listMarkdown(abs));
    else if (name.endsWith('.md')) out.push(abs);
  }
  return out;
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/**
 * What identifies a message whatever plan it is about: its words up to the first colon, dash,
 * semicolon or full stop, with the document text it quotes (in backticks) elided. Fixtures pin it
 * (`"message"` in `.expected.json`), so a finding swapped for another of the same rule fails.
 */
export function messageId(message: string): string {
  const elided = message.replace(/`[^`\n]*`/g, '`…`');
  const end = elided.search(/:\s|\s[—–]\s|;\s|\.(?:\s|$)/);
  return (end >= 0 ? elided.slice(0, end) : elided).trim();
}
