/**
 * The bundled CLI starts warm: it reads the built-in words' indexes and compiled patterns from
 * `dist/negolint-warm.json` (src/engine/warm-start.ts) instead of building them. What it reads
 * must answer exactly as what it would have built.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { PhraseSet } from '../src/engine/lexicon/pattern.js';
import { StemView, tokenize } from '../src/engine/lexicon/index.js';
import { Vocabulary } from '../src/engine/plan/concepts.js';
import { buildWarmStart, loadWarmStart } from '../src/engine/warm-start.js';
import { BIN, ROOT, cleanEnv, ensureBuilt } from './cli-helpers.js';

describe('warm start', () => {
  const warm = buildWarmStart();
  const corpus = path.join(ROOT, 'fixtures/corpus/plans');
  // Every 29th corpus plan: some hundred plans in many languages and shapes.
  const plans = readdirSync(corpus).filter((f) => f.endsWith('.md')).filter((_f, i) => i % 29 === 0).map((f) => path.join(corpus, f));
  const labels = plans.flatMap((f) => readFileSync(f, 'utf8').split('\n').map((l) => l.replace(/^[#>*\-\s|]+/, '').split(/[:|]/)[0]!.trim()).filter((l) => l && l.length < 60));

  it('restores the vocabulary and the phrase sets as they were built', () => {
    const built = new Vocabulary();
    const sentences = plans.flatMap((f) => readFileSync(f, 'utf8').split('\n')).slice(0, 200);
    const before = new Map([...Object.keys(warm.phraseSets)].map((key) => [key, sentences.map((s) => [...new PhraseSet(key.split('\n')).matches(new StemView(tokenize(s)))])]));
    const answers = labels.map((l) => built.match(l));
    loadWarmStart(warm);
    const restored = new Vocabulary();
    expect(labels.map((l) => restored.match(l))).toEqual(answers);
    expect(answers.some((a) => a.length > 0)).toBe(true);
    for (const [key, shipped] of Object.entries(warm.phraseSets)) {
      const set = new PhraseSet(key.split('\n'));
      expect(set.shipped()).toEqual(shipped);
      expect(sentences.map((s) => [...set.matches(new StemView(tokenize(s)))])).toEqual(before.get(key));
    }
    // A team's own words are not in the shipped index: it is built again with them.
    expect(new Vocabulary({ 'walk-away': ['zorblax line'] }).match('Zorblax line')).toContain('walk-away');
    expect(restored.match('Zorblax line')).not.toContain('walk-away');
  });

  it('the bundled CLI, started warm, reports what the library reports', () => {
    ensureBuilt();
    const r = spawnSync(process.execPath, [BIN, '--no-config', '--format', 'json', ...plans], { encoding: 'utf8', env: cleanEnv(), maxBuffer: 1 << 26 });
    expect(r.stderr).toBe('');
    const cli = (JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; message: string }[] }[]).map((f) => [
      f.filePath,
      f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    ]);
    const library = plans.map((f) => [f, lintText(readFileSync(f, 'utf8'), { filePath: f, config: { extends: 'recommended' } }).messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)]);
    expect(cli).toEqual(library);
    expect(library.some(([, m]) => m.length > 0)).toBe(true);
  });
});
