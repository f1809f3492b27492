/**
 * Plans filled in on a template or a coach's canvas keep its prompts above the answers ("> Coach's prompt: What is the
 * worst deal you'd still sign?"). A prompt asks; it states nothing the plan holds, so its words are no statements, and a
 * part that holds only its prompt has not been answered.
 */
import { ANSWER_LABEL, GUIDANCE_LABEL } from '../lexicon/shapes.js';
import type { Paragraph } from './blocks.js';
import type { Section, Statement } from './model.js';
import type { Span } from '../text.js';

/** The spans of prompts: a paragraph led by a guidance label, up to a line in it that starts the answer. */
export function guidanceSpans(paragraphs: readonly Paragraph[], clean: string): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    const text = clean.slice(p.start, p.end);
    if (!GUIDANCE_LABEL.test(text)) continue;
    let end = p.end;
    let at = text.indexOf('\n');
    while (at >= 0) {
      if (ANSWER_LABEL.test(text.slice(at + 1))) {
        end = p.start + at;
        break;
      }
      at = text.indexOf('\n', at + 1);
    }
    out.push({ start: p.start, end });
  }
  return out;
}

/**
 * The statements outside prompts. A section whose own body held nothing but a prompt is marked empty and `onlyPrompt`, so
 * the placeholder rule can tell it from a body it sees as blank.
 */
export function dropGuidance(statements: Statement[], headings: readonly Section[], spans: readonly Span[], clean: string): Statement[] {
  if (spans.length === 0) return statements;
  const inside = (st: Statement) => spans.some((g) => st.start >= g.start && st.start < g.end);
  const kept = statements.filter((st) => !inside(st));
  for (let i = 0; i < headings.length; i++) {
    const s = headings[i]!;
    if (s.empty) continue;
    const ownEnd = headings[i + 1]?.start ?? clean.length;
    const prompts = spans.filter((g) => g.start >= s.bodyStart && g.start < ownEnd);
    if (prompts.length === 0 || (headings[i + 1] && headings[i + 1]!.depth > s.depth)) continue;
    let rest = clean.slice(s.bodyStart, ownEnd);
    for (const g of [...prompts].reverse()) rest = rest.slice(0, g.start - s.bodyStart) + rest.slice(g.end - s.bodyStart);
    // Quote marks and emphasis left around a prompt are no answer.
    if (rest.replace(/[>*_\s]/g, '') === '') {
      s.empty = true;
      s.onlyPrompt = true;
    }
  }
  return kept;
}
