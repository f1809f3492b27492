/**
 * Prints the lexicon's tags for sentences: `pnpm tags "Step 1: USD 50 per FEU off" [--side buyer] [--tag give]`,
 * or for a plan's statements with `--file plan.md` (with `--tag`, only that tag). For writing lexicon entries
 * and reading why a rule did or did not see something.
 */
import { readFileSync } from 'node:fs';
import { lintText } from '../packages/core/src/index.js';
import { Lexicon, StemView, tokenize, TAGS, negatedAt, type Tag } from '../packages/core/src/engine/lexicon/index.js';

const args = process.argv.slice(2);
const sideAt = args.indexOf('--side');
const side = sideAt >= 0 ? (args.splice(sideAt, 2)[1] as 'seller' | 'buyer') : undefined;
const tagAt = args.indexOf('--tag');
const only = tagAt >= 0 ? (args.splice(tagAt, 2)[1] as Tag) : undefined;
const fileAt = args.indexOf('--file');
if (fileAt >= 0) {
  const file = args.splice(fileAt, 2)[1]!;
  const { plan } = await lintText(readFileSync(file, 'utf8'), { filePath: file });
  if (!plan) throw new Error(`${file}: no plan model`);
  console.log(`${file}: side ${plan.side} (${plan.sideSource}), plan ${plan.isPlan}`);
  for (const tag of only ? [only] : TAGS) {
    for (const { statement, hit } of plan.tagged(tag)) {
      const line = plan.lines.point(statement.start).line;
      console.log(`  ${String(line).padStart(4)} ${tag}${hit.negated ? ' (negated)' : ''}: "${plan.text.slice(hit.start, hit.end)}" in ${statement.text.replace(/\s+/g, ' ').slice(0, 90)}`);
    }
  }
}
const lexicon = new Lexicon();
for (const sentence of args) {
  const tokens = tokenize(sentence);
  console.log(`\n${sentence}\n  stems: ${tokens.map((t) => t.stem).join(' ')}`);
  const view = new StemView(tokens);
  const words = tokens;
  for (const tag of only ? [only] : TAGS) {
    for (const m of lexicon.phrases(tag, side).matches(view)) {
      const text = sentence.slice(words[m.from]!.start, words[m.to - 1]!.end);
      const idioms = lexicon.idioms(tag);
      const idiom = idioms ? [...idioms.matches(view)].some((i) => i.from <= m.from && i.to >= m.to) : false;
      console.log(`  ${tag}: "${text}"${negatedAt(words, m.from) ? ' (negated)' : ''}${idiom ? ' (idiom, dropped)' : ''}`);
    }
  }
}
