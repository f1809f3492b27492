/**
 * Every regular expression literal in the engine and the rules is fed
 * adversarial strings at two sizes; time must grow roughly linearly (ratio of
 * the 10× input under a generous bound), measured in the same run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

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

describe('no catastrophic backtracking', () => {
  it('finds the regular expressions', () => {
    expect(literals.length).toBeGreaterThan(30);
  });
  it.each(literals.map((l) => [`${l.file}:${l.line} ${l.text.slice(0, 60)}`, l] as const))('%s', (_name, l) => {
    const m = /^\/(.*)\/([a-z]*)$/s.exec(l.text)!;
    const re = new RegExp(m[1]!, m[2]);
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
  });
});
