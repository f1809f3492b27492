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
