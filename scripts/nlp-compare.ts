/**
 * `pnpm nlp:compare`: which word normaliser reads the team corpus best, and at what cost.
 * Each candidate runs in its own process (the lexicon compiles its phrases once), scores
 * `fixtures/corpus/` as `pnpm eval` does, and times normalising every word of the corpus
 * with a cold cache, per 400 lines of plan, plus the time to load the library.
 *
 * Candidates: `stemmer` (Porter, what negolint ships), `wink` (wink-nlp lemmas with
 * wink-eng-lite-web-model), `compromise` (compromise's root forms), `none` (lower case only).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const CANDIDATES = ['stemmer', 'wink', 'compromise', 'none'] as const;
type Candidate = (typeof CANDIDATES)[number];
const require = createRequire(import.meta.url);

async function normalizerFor(c: Candidate): Promise<(w: string) => string> {
  // The same package negolint ships, loaded as the other libraries are, for a fair load time.
  if (c === 'stemmer') return (await import(pathToFileURL(path.join(ROOT, 'packages/core/node_modules/stemmer/index.js')).href)).stemmer;
  if (c === 'none') return (w) => w;
  if (c === 'wink') {
    const winkNLP = require('wink-nlp');
    const nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
    const its = nlp.its;
    return (w) => nlp.readDoc(w).tokens().out(its.lemma)[0] ?? w;
  }
  const nlp = require('compromise');
  return (w) => {
    const doc = nlp(w);
    doc.compute('root');
    return doc.json({ terms: { normal: true } })[0]?.terms[0]?.root ?? w;
  };
}

async function child(c: Candidate): Promise<void> {
  const t0 = performance.now();
  const fn = await normalizerFor(c);
  const loadMs = performance.now() - t0;
  const { setWordNormalizer, tokenize } = await import('../packages/core/src/engine/lexicon/tokens.js');
  // Time the normaliser alone over every distinct word of the corpus, cold.
  const dir = path.join(ROOT, 'fixtures/corpus/plans');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);
  const words = texts.flatMap((t) => tokenize(t).filter((k) => !k.mark).map((k) => k.word));
  const t1 = performance.now();
  const seen = new Map<string, string>();
  for (const w of words) if (!seen.has(w)) seen.set(w, /^[a-z]+$/.test(w) ? fn(w) : w);
  const normMs = performance.now() - t1;
  setWordNormalizer(fn);
  const { scoreCorpus } = await import('./eval.js');
  const t2 = performance.now();
  const { totals } = scoreCorpus();
  const evalMs = performance.now() - t2;
  process.stdout.write(
    `${JSON.stringify({ c, loadMs, normMsPer400: (normMs * 400) / lines, evalMs, complete: `${totals.completeClean}/${totals.complete}`, recall: totals.recall, falseFindings: totals.falseFindings })}\n`,
  );
}

const arg = process.argv.indexOf('--candidate');
if (arg >= 0) await child(process.argv[arg + 1] as Candidate);
else {
  console.log('| normaliser | load | normalise, per 400 lines (cold) | complete plans clean | recall | false findings |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const c of CANDIDATES) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--candidate', c], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    const r = JSON.parse(out.trim().split('\n').pop()!);
    console.log(`| ${c} | ${r.loadMs.toFixed(0)} ms | ${r.normMsPer400.toFixed(1)} ms | ${r.complete} | ${(100 * r.recall).toFixed(1)}% | ${r.falseFindings} |`);
  }
}
