/**
 * Meta tests: every rule's metadata, docs, examples, schema and fixtures stay
 * in step, as typescript-eslint's docs tests do. A rule written with
 * `pnpm create-rule <id>` fails them until its TODOs are filled in; each
 * failure names what is missing. Nothing here lists the rules: a new rule
 * needs no edit to this file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citation, isSourceKey, rules, SOURCES, type SourceKey } from '../src/index.js';
import { validate } from '../src/engine/schema.js';
import { SCAFFOLD_TODO } from '../../../scripts/create-rule.js';
import { FIXTURES, ROOT, lintWithRule, read } from './helpers.js';

// The rule catalog negolint was specified with: none of them may disappear unnoticed. New rules
// are not listed here.
const CATALOG = [
  'walk-away-point', 'walk-away-alternative', 'target-outcome', 'opening-number', 'walk-away-margin',
  'price-challenge-response', 'concession-trade', 'relationship-concession', 'hidden-constraint', 'common-ground',
  'qualification', 'ask-for-the-no', 'unverified-assumption', 'desperation', 'best-and-final', 'placeholder',
  'concession-ladder', 'counterpart-alternative', 'paper-process',
];

/** Scaffold text (`pnpm create-rule`) that was not replaced. */
const TODO = new RegExp(SCAFFOLD_TODO.replace(/[()]/g, '\\$&'));

describe('rule catalog', () => {
  it('ids are unique, kebab-case and named after their file', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(path.join(ROOT, 'packages/core/src/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'));
    expect(files.map((f) => f.slice(0, -3)).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('implements every rule of the catalog', () => {
    expect(rules.map((r) => r.meta.id)).toEqual(expect.arrayContaining(CATALOG));
  });

  it('cites every source in the table, each by a title and never by a number', () => {
    const cited = new Set(rules.flatMap((r) => r.meta.sources));
    for (const key of Object.keys(SOURCES) as SourceKey[]) {
      expect(cited.has(key), `SOURCES["${key}"] (packages/core/src/engine/sources.ts) is cited by no rule`).toBe(true);
      expect(citation(key)).toMatch(/^“[^”]{3,}”/);
    }
    for (const doc of readdirSync(path.join(ROOT, 'packages/core/docs/rules'))) {
      expect(readFileSync(path.join(ROOT, 'packages/core/docs/rules', doc), 'utf8'), doc).not.toMatch(/\bseed \d{3}\b/);
    }
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const m = rule.meta;

  it('has complete metadata', () => {
    const texts: [string, string | undefined][] = [
      ['description', m.description],
      ['principle', m.principle],
      ['fix', m.fix],
      ['details', m.details],
      ...Object.entries(m.options.properties).map(([name, s]): [string, string | undefined] => [`options.${name}.description`, s.description]),
      ...[...m.examples.invalid, ...m.examples.valid].map((e, i): [string, string | undefined] => [`examples[${i}].title`, e.title]),
    ];
    for (const [field, text] of texts) expect(text ?? '', `${id}: replace the TODO in meta.${field} (packages/core/src/rules/${id}.ts)`).not.toMatch(TODO);
    expect(m.description, `${id}: meta.description is one sentence`).toMatch(/^[A-Z].*\.$/);
    expect(m.principle.length, `${id}: meta.principle says why, in a few sentences`).toBeGreaterThan(40);
    // No source means a principle of negolint itself; the docs say so.
    for (const s of m.sources) expect(isSourceKey(s), `${id}: meta.sources names "${s}", which is not a key of SOURCES in packages/core/src/engine/sources.ts`).toBe(true);
    expect(new Set(m.sources).size, `${id}: meta.sources names a source twice`).toBe(m.sources.length);
    expect(m.fix.length, `${id}: meta.fix says how to fix a finding`).toBeGreaterThan(20);
    expect(['off', 'warn', 'error']).toContain(m.severity);
    expect(rule.url).toBe(`https://github.com/negolint/negolint/blob/main/packages/core/docs/rules/${id}.md`);
  });

  it('has examples that fire and examples that do not, and no example is both', () => {
    expect(m.examples.invalid.length, `${id}: meta.examples.invalid needs a plan the rule reports`).toBeGreaterThan(0);
    expect(m.examples.valid.length, `${id}: meta.examples.valid needs a plan the rule accepts`).toBeGreaterThan(0);
    const valid = new Set(m.examples.valid.map((e) => `${JSON.stringify(e.options ?? {})}\0${e.code}`));
    for (const e of m.examples.invalid) expect(valid.has(`${JSON.stringify(e.options ?? {})}\0${e.code}`), `${id}: invalid example "${e.title}" is also a valid one`).toBe(false);
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
      expect(msg.message, `${id}: replace the TODO in the message check() reports`).not.toMatch(TODO);
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
    for (const f of files.filter((name) => name.endsWith('.md') || name.endsWith('.json'))) {
      expect(read(path.join(dir, f)), `fixtures/rules/${id}/${f}: replace the scaffold's TODO`).not.toMatch(TODO);
    }
  });
});
