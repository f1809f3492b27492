/**
 * Every regular expression in the engine and the rules is fed adversarial
 * strings at two sizes; time must grow roughly linearly (ratio of the 10×
 * input under a generous bound), measured in the same run. Literals are read
 * from the sources; expressions built at run time (from word lists, the
 * lexicon, rule options, the currency codes) are caught as the core builds them
 * while it loads and lints the good plans and every rule's examples.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');
const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function regexLiterals(file: string): { text: string; line: number }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push({ text: node.getText(sf), line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const UNITS = ['a', ' ', '1', '1,', '1.', 'a ', '$1', '**', '-', 'they ', '? ', '\n', '| ', 'if ', '…', 'é', '<', '[', '%', 'k'];

function timeOf(re: RegExp, input: string): number {
  const start = performance.now();
  re.lastIndex = 0;
  if (re.global || re.sticky) {
    for (const _ of input.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
      /* consume */
    }
  } else re.test(input);
  return performance.now() - start;
}

const literals = sourceFiles(SRC).flatMap((file) => regexLiterals(file).map((r) => ({ ...r, file: path.relative(SRC, file) })));
const fromLiteral = (text: string): RegExp => {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(text)!;
  return new RegExp(m[1]!, m[2]);
};

/** The regular expressions the core builds with `new RegExp` (or `RegExp(…)`) while `work` runs. */
async function builtDuring(work: () => Promise<void>): Promise<RegExp[]> {
  const built = new Map<string, RegExp>();
  const Native = RegExp;
  const record = (re: RegExp) => {
    built.set(`${re.flags}\0${re.source}`, re);
    return re;
  };
  globalThis.RegExp = new Proxy(Native, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    await work();
  } finally {
    globalThis.RegExp = Native;
  }
  return [...built.values()].map((re) => new Native(re.source, re.flags));
}

const literalKeys = new Set(literals.map((l) => fromLiteral(l.text)).map((re) => `${re.flags}\0${re.source}`));
const runtime = (
  await builtDuring(async () => {
    const core = await import('../src/index.js');
    const good = path.join(FIXTURES, 'plans/good');
    for (const name of readdirSync(good)) core.lintText(readFileSync(path.join(good, name), 'utf8'), { config: { extends: 'strict' } });
    for (const rule of core.rules) {
      for (const ex of [...rule.meta.examples.invalid, ...rule.meta.examples.valid]) {
        core.lintText(ex.code, { config: { plans: 'all', rules: { [rule.meta.id]: ex.options ? ['error', ex.options] : 'error' } } });
      }
    }
    // A team's own words go through the same builders.
    core.lintText('# Plan\n\n**Schmerzgrenze:** 300k\n\n**Ziel:** 400k\n', { config: { plans: 'all', vocabulary: { 'walk-away': ['Schmerzgrenze'], target: ['Ziel'] } } });
  })
).filter((re) => !literalKeys.has(`${re.flags}\0${re.source}`));

function expectLinear(re: RegExp): void {
  for (const unit of UNITS) {
    for (const tail of ['', '!', 'x\u0000']) {
      const small = unit.repeat(1000) + tail;
      const big = unit.repeat(10000) + tail;
      // Warm up, then best of three to tame scheduler noise.
      timeOf(re, small);
      const tSmall = Math.min(timeOf(re, small), timeOf(re, small), timeOf(re, small)) + 0.25;
      const tBig = Math.min(timeOf(re, big), timeOf(re, big), timeOf(re, big));
      // Linear is ~10×; quadratic is ~100×. 40× leaves room for noise.
      expect(tBig / tSmall, `unit ${JSON.stringify(unit)} tail ${JSON.stringify(tail)}: ${tSmall.toFixed(2)} ms → ${tBig.toFixed(2)} ms`).toBeLessThan(40);
    }
  }
}

describe('no catastrophic backtracking', () => {
  it('finds the regular expressions, literal and built at run time', () => {
    expect(literals.length).toBeGreaterThan(30);
    // The currency amounts, the lexicon's families and the phrase lists at least.
    expect(runtime.length).toBeGreaterThan(20);
    expect(runtime.some((re) => re.source.includes('(?<pre>'))).toBe(true);
  });
  it.each(literals.map((l) => [`${l.file}:${l.line} ${l.text.slice(0, 60)}`, l] as const))('%s', (_name, l) => {
    expectLinear(fromLiteral(l.text));
  });
  it.each(runtime.map((re) => [`built at run time: /${re.source.slice(0, 60)}…/${re.flags}`, re] as const))('%s', (_name, re) => {
    expectLinear(re);
  });
});
