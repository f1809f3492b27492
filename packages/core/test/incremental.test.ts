/**
 * Incremental re-lint against a full one. Random edit sequences (fast-check, fixed seeds) on
 * every fixture and team-corpus plan: after each edit, the tree the incremental parser
 * splices together equals a whole parse (positions included), and `lintText` given the
 * previous result reports exactly what a lint of the new text alone reports.
 *
 *   NEGOLINT_INCREMENTAL_RUNS=5000 npx vitest run packages/core/test/incremental.test.ts
 *
 * runs longer than CI does (seed with NEGOLINT_INCREMENTAL_SEED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createParser, lintText, type LintResult } from '../src/index.js';
import { parseDocument } from '../src/engine/incremental/index.js';
import { FIXTURES, listMarkdown, read } from './helpers.js';

// Sequences per property: 2,000 for the trees and 600 for the findings unless set.
const RUNS = Number(process.env['NEGOLINT_INCREMENTAL_RUNS'] ?? 0);
const SEED = Number(process.env['NEGOLINT_INCREMENTAL_SEED'] ?? 20261207);
// Generous: the properties check findings, not speed; a longer run set from the environment has no limit.
const TIMEOUT = RUNS ? 2 ** 31 - 1 : 300_000;
const EDITS = 6;

const DOCS = listMarkdown(FIXTURES).map(read);
const parser = createParser();

/**
 * What editing inserts: keystrokes, and the pieces of Markdown that change how the rest of a
 * document parses (fences, HTML blocks, comments, list markers, indentation, frontmatter
 * fences, link reference definitions and references, table rows, line endings).
 */
const INSERTS = [
  'x', ' ', 'ab', '\n', '\n\n', '\r\n', '\r', '\t', '    ', '  ', '```', '```\n', '~~~\n', '\n```\ncode\n', '<!--', '-->', '<!-- negolint-disable -->\n',
  '<!-- negolint-disable-next-line -->', '<!--lint ignore-->\n', '<div>\n', '</div>', '<script>\n', '</script>', '<?', '?>', '<![CDATA[', ']]>', '<!X', '>',
  '---', '---\n', '\n---\n', '***\n', '===\n', '- ', '* ', '+ ', '1. ', '2) ', '> ', '# ', '## Target\n', '\n- item\n', '\n\n    code\n', '- [ ] ',
  '| a | b |\n| --- | --- |\n', '|', '| --- |', '[x]', '[x]: /u\n', '\n[x]: /v\n\n', '**', '*', '_', '`', '\\', 'TBD', '$120k', '€1,2M', '15%',
  'Walk-away: $310k\n', '**Target:** €340.000 per year', 'We must win this at any cost.', 'I assume they will sign.', 'Is there any reason you would not sign?',
  'side: buyer\n', 'negolint: true\n',
];

interface Edit {
  /** Where, as a fraction of the text (a line start when `lineStart`). */
  at: number;
  lineStart: boolean;
  remove: number;
  insert: string | { copyAt: number; length: number };
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  lineStart: fc.boolean(),
  remove: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 2 }, { arbitrary: fc.integer({ min: 13, max: 400 }), weight: 1 }),
  insert: fc.oneof(
    { arbitrary: fc.constantFrom(...INSERTS), weight: 6 },
    { arbitrary: fc.constant(''), weight: 2 },
    { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
    // Moving text around (cut and paste of a few lines).
    { arbitrary: fc.record({ copyAt: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 300 }) }), weight: 1 },
  ),
});

/** A fixture, as written or with CRLF line endings, and the edits to make to it. */
const scenario = fc.record({
  doc: fc.integer({ min: 0, max: DOCS.length - 1 }),
  crlf: fc.boolean(),
  edits: fc.array(edit, { minLength: 1, maxLength: EDITS }),
});

function apply(text: string, e: Edit): string {
  let at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  if (e.lineStart) at = text.lastIndexOf('\n', at - 1) + 1;
  const insert = typeof e.insert === 'string' ? e.insert : text.slice(Math.floor(e.insert.copyAt * text.length)).slice(0, e.insert.length);
  return text.slice(0, at) + insert + text.slice(at + e.remove);
}

/** A turn of the event loop between runs, so the test worker keeps answering its runner. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

const start = (doc: number, crlf: boolean) => (crlf ? DOCS[doc]!.replace(/\r?\n/g, '\r\n') : DOCS[doc]!);

describe('incremental parsing', () => {
  it('splices the tree a whole parse gives, after every edit', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ doc, crlf, edits }) => {
        await turn();
        let text = start(doc, crlf);
        let previous = parseDocument(text).document;
        for (const e of edits) {
          text = apply(text, e);
          const next = parseDocument(text, previous);
          expect(JSON.stringify(next.document.tree)).toBe(JSON.stringify(parser.parse(text)));
          previous = next.document;
        }
      }),
      { numRuns: RUNS || 2000, seed: SEED },
    );
  }, TIMEOUT);

  it('parses again only the blocks an edit touches', () => {
    const text = read(`${FIXTURES}/plans/good/seller-saas-renewal.md`);
    const first = parseDocument(text).document;
    const at = text.indexOf('\n\n', text.length >> 1) + 2;
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const next = parseDocument(edited, first);
    expect(next.full).toBeUndefined();
    expect(next.parsed.end - next.parsed.start).toBeLessThan(text.length / 4);
    // The previous tree is left as it was: it still describes its own text.
    expect(JSON.stringify(first.tree)).toBe(JSON.stringify(parser.parse(text)));
    expect(parseDocument(edited, next.document).parsed).toEqual({ start: 0, end: 0 });
  });

  it('does not cut after indented code, which leaves the next line read as an interruption', () => {
    // After indented code and a blank line, "2) Who decides" is a paragraph (an ordered list
    // starting at 2 cannot interrupt); parsed alone it would be a list.
    const before = 'Intro paragraph.\n\n2) Who decides\n\n## Target\n\n$300k\n';
    const after = `\t${before}`;
    const next = parseDocument(after, parseDocument(before).document);
    expect(JSON.stringify(next.document.tree)).toBe(JSON.stringify(parser.parse(after)));
    expect(next.document.tree.children.map((c) => c.type)).toEqual(['code', 'paragraph', 'heading', 'paragraph']);
    // An edit inside that paragraph: the cut cannot be right after the code either.
    const edited = after.replace('decides', 'decided');
    const again = parseDocument(edited, next.document);
    expect(JSON.stringify(again.document.tree)).toBe(JSON.stringify(parser.parse(edited)));
  });

  it('parses the whole document when link reference definitions are there or the frontmatter may move', () => {
    const plan = '# Plan\n\nSee [terms].\n\n## Target\n\n$300k\n';
    const withDefinition = parseDocument(`${plan}\n[terms]: https://example.com\n`).document;
    expect(withDefinition.hasDefinitions).toBe(true);
    expect(parseDocument(`${plan}\n[terms]: https://example.com\n\nMore.\n`, withDefinition).full).toBe('link reference definitions');
    const noFrontmatter = parseDocument('---\nside: buyer\n\n# Plan\n\nText.\n').document;
    expect(parseDocument('---\nside: buyer\n\n# Plan\n\nText.\n---\n', noFrontmatter).full).toBe('unclosed frontmatter');
  });
});

describe('lintText with the previous result', () => {
  const config = { extends: 'strict' as const };
  const messages = (r: LintResult) => JSON.stringify([r.isPlan, r.messages]);

  it('reports exactly what a full lint reports, after every edit', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ doc, crlf, edits }) => {
        await turn();
        let text = start(doc, crlf);
        let previous = lintText(text, { config, previous: null });
        for (const e of edits) {
          text = apply(text, e);
          const result = lintText(text, { config, previous });
          expect(messages(result)).toBe(messages(lintText(text, { config })));
          previous = result;
        }
      }),
      { numRuns: RUNS || 600, seed: SEED + 1 },
    );
  }, TIMEOUT);

  it('gives the same findings when one earlier result is used twice, or none was kept', () => {
    const text = read(`${FIXTURES}/plans/good/seller-saas-renewal.md`);
    const first = lintText(text, { config, previous: null });
    const a = text.replace('## ', '## Our ');
    const b = text.replace(/\n\n/, '\n\nTBD\n\n');
    expect(messages(lintText(a, { config, previous: first }))).toBe(messages(lintText(a, { config })));
    expect(messages(lintText(b, { config, previous: first }))).toBe(messages(lintText(b, { config })));
    // A result linted without `previous` keeps nothing; the next lint parses the whole text.
    const plain = lintText(text, { config });
    expect(messages(lintText(b, { config, previous: plain }))).toBe(messages(lintText(b, { config })));
  });
});
