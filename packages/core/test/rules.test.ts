/**
 * Meta tests: every rule's metadata, docs, examples, schema and fixtures stay
 * in step, as typescript-eslint's docs tests do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';
import { validate } from '../src/engine/schema.js';
import { FIXTURES, ROOT, lintWithRule } from './helpers.js';

const SPEC_IDS = [
  'walk-away-point', 'walk-away-alternative', 'target-outcome', 'opening-number', 'walk-away-margin',
  'price-challenge-response', 'concession-trade', 'relationship-concession', 'hidden-constraint', 'common-ground',
  'qualification', 'ask-for-the-no', 'unverified-assumption', 'desperation', 'best-and-final', 'placeholder',
  'concession-ladder', 'counterpart-alternative', 'paper-process',
];

// Rules beyond the spec catalog, each for a reason the catalog does not cover.
const ADDITIONS = [
  // The reliability issue asks for a finding at the line of malformed frontmatter.
  'frontmatter',
  // Issue 14: their stated budget, ceiling or floor against our walk-away point.
  'zone-of-agreement',
];
// Rules whose principle comes from plan hygiene rather than from a seed document.
const SEEDLESS = new Set(['placeholder', 'frontmatter']);

describe('rule catalog', () => {
  it('ids are unique, kebab-case and named after their file', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(path.join(ROOT, 'packages/core/src/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'));
    expect(files.map((f) => f.slice(0, -3)).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('implements every rule of the spec catalog, and only those plus the listed additions', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual([...SPEC_IDS, ...ADDITIONS].sort());
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const m = rule.meta;

  it('has complete metadata', () => {
    expect(m.description).toMatch(/^[A-Z].*\.$/);
    expect(m.principle.length).toBeGreaterThan(40);
    expect(m.seeds.length + (SEEDLESS.has(id) ? 1 : 0)).toBeGreaterThan(0);
    for (const s of m.seeds) expect(s).toMatch(/^00[0-4]$/);
    expect(m.fix.length).toBeGreaterThan(20);
    expect(['off', 'warn', 'error']).toContain(m.severity);
    expect(rule.url).toBe(`https://github.com/negolint/negolint/blob/main/packages/core/docs/rules/${id}.md`);
  });

  it('documents every option with a description, and its defaults validate', () => {
    for (const [name, schema] of Object.entries(m.options.properties)) {
      expect(schema.description, `option ${name}`).toBeTruthy();
      expect(name in m.defaultOptions, `default for ${name}`).toBe(true);
    }
    expect(validate(m.options, m.defaultOptions)).toEqual([]);
  });

  it('has a docs page with each option as a heading', () => {
    const doc = path.join(ROOT, 'packages/core/docs/rules', `${id}.md`);
    expect(existsSync(doc)).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text).toContain(`# ${id}`);
    for (const name of Object.keys(m.options.properties)) expect(text).toContain(`### \`${name}\``);
  });

  it.each(m.examples.invalid.map((e) => [e.title, e] as const))('reports the invalid example: %s', (_t, ex) => {
    const found = lintWithRule(ex.code, id, ex.options).messages.filter((msg) => msg.ruleId === id);
    expect(found.length).toBeGreaterThan(0);
    for (const msg of found) {
      expect(msg.line).toBeGreaterThanOrEqual(1);
      expect(msg.offset).toBeLessThanOrEqual(msg.endOffset);
      expect(msg.endOffset).toBeLessThanOrEqual(ex.code.length);
    }
  });

  it.each(m.examples.valid.map((e) => [e.title, e] as const))('accepts the valid example: %s', (_t, ex) => {
    const found = lintWithRule(ex.code, id, ex.options).messages.filter((msg) => msg.ruleId === id);
    expect(found).toEqual([]);
  });

  it('has fixtures that fire and that pass', () => {
    const dir = path.join(FIXTURES, 'rules', id);
    const files = existsSync(dir) ? readdirSync(dir) : [];
    expect(files.some((f) => f.startsWith('fires') && f.endsWith('.md')), `fixtures/rules/${id}/fires-*.md`).toBe(true);
    expect(files.some((f) => f.startsWith('passes') && f.endsWith('.md')), `fixtures/rules/${id}/passes-*.md`).toBe(true);
  });
});
