/**
 * Building blocks for suggested fixes: where a missing section belongs, and
 * the edit that inserts it.
 */
import type { Concept } from './plan/concepts.js';
import type { PlanModel } from './plan/model.js';
import type { Fix } from './rule.js';

/** The heading depth plan sections use in this document (the most common below the title). */
function sectionDepth(plan: PlanModel): number {
  const counts = new Map<number, number>();
  const titleDepth = plan.sections[0]?.depth ?? 1;
  for (const s of plan.sections) if (s.depth > titleDepth || plan.sections.length === 1) counts.set(s.depth, (counts.get(s.depth) ?? 0) + 1);
  let best = Math.min(titleDepth + 1, 6);
  let bestCount = 0;
  for (const [depth, n] of counts) if (n > bestCount || (n === bestCount && depth < best)) [best, bestCount] = [depth, n];
  return plan.sections.length === 0 ? 2 : best;
}

/**
 * A field a fix leaves to fill in: `[fill in: lowest price we accept]`. Plain text that every
 * editor and Markdown preview shows as written (an `<angle-bracket>` field reads as an HTML tag
 * and vanishes from the preview), and that the placeholder rule reports until it is replaced.
 */
export const FIELD = /\[fill in: [^\]\n]+\]/g;

/** The field for a hint: `field('price')` is `[fill in: price]`. */
export function field(hint: string): string {
  return `[fill in: ${hint}]`;
}

/** Whether a text still holds a field a fix inserted. */
export function hasField(text: string): boolean {
  return new RegExp(FIELD.source).test(text);
}

/** A fix body written with `<hint>` markers → its text (fields) and its snippet (fields as tab stops). */
export function fillable(body: string, firstStop = 1): { text: string; snippet: string; stops: number } {
  let text = '';
  let snippet = '';
  let stop = firstStop;
  let last = 0;
  const escape = (s: string) => s.replace(/[\\$}]/g, '\\$&');
  for (const m of body.matchAll(/<([^<>\n]+)>/g)) {
    const before = body.slice(last, m.index);
    text += before + field(m[1]!);
    snippet += `${escape(before)}\${${stop++}:${escape(field(m[1]!))}}`;
    last = m.index! + m[0].length;
  }
  text += body.slice(last);
  snippet += escape(body.slice(last));
  return { text, snippet, stops: stop - firstStop };
}

/**
 * A fix that inserts a new section. It goes before the first heading section
 * of `before` (so a walk-away point lands above the target), else at the end.
 */
export function insertSectionFix(plan: PlanModel, title: string, heading: string, body: string, before: Concept[] = []): Fix {
  const depth = sectionDepth(plan);
  const hashes = '#'.repeat(depth);
  const filled = fillable(body.trimEnd());
  const block = (b: string) => `${hashes} ${heading}\n\n${b}\n`;
  const target = plan.sections.find((s) => s.depth <= depth && s.index > 0 && s.concepts.some((c) => before.includes(c)));
  if (target) {
    return {
      title,
      safe: true,
      edits: [{ start: target.start, end: target.start, text: `${block(filled.text)}\n`, snippet: `${block(filled.snippet)}\n` }],
    };
  }
  const text = plan.text;
  const trailing = text.length - text.trimEnd().length;
  const end = text.length - trailing;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const insert = (b: string) => `${eol}${eol}${block(b)}`.replace(/\r?\n/g, eol);
  return { title, safe: true, edits: [{ start: end, end: text.length, text: insert(filled.text), snippet: insert(filled.snippet) }] };
}

/**
 * A fix that inserts a few words at `at` (a body with `<hint>` fields), e.g. the get a concession
 * trades for. Safe: it adds only a field that the placeholder rule reports until it is filled in.
 */
export function insertTextFix(title: string, at: number, body: string): Fix {
  const filled = fillable(body);
  return { title, safe: true, edits: [{ start: at, end: at, text: filled.text, snippet: filled.snippet }] };
}
