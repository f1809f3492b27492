/**
 * Facts asked and answered across a chat export: "[09:47] Mirjam: give-list?" then
 * "[09:52] Lukas:" and his list. A short question that names a part of the plan is the label;
 * the next message, after the line naming its writer, is the value.
 */
import type { Amount } from '../numbers.js';
import type { Span } from '../text.js';
import { SPEAKER_LINE } from '../lexicon/shapes.js';
import type { Vocabulary } from './concepts.js';
import type { Fact, Statement } from './model.js';

export function chatFacts(statements: readonly Statement[], facts: readonly Fact[], vocabulary: Vocabulary, amountsIn: (span: Span) => Amount[], clean: string): Fact[] {
  const out: Fact[] = [];
  const labelled = new Set(facts.map((f) => f.label.start));
  for (let i = 0; i + 2 < statements.length; i++) {
    const question = statements[i]!;
    if (question.kind !== 'prose' || !question.isQuestion || labelled.has(question.start) || question.text.split(/\s+/).length > 8) continue;
    if (!SPEAKER_LINE.test(statements[i + 1]!.text)) continue;
    const concepts = vocabulary.match(question.text.trim());
    if (concepts.length === 0) continue;
    const first = statements[i + 2]!;
    if (first.kind === 'heading' || SPEAKER_LINE.test(first.text)) continue;
    let last = first;
    for (let k = i + 3; k < statements.length; k++) {
      const st = statements[k]!;
      if (st.kind === 'heading' || SPEAKER_LINE.test(st.text)) break;
      last = st;
    }
    const value = { start: first.start, end: last.end };
    for (const concept of concepts) {
      out.push({
        concept,
        source: 'label',
        label: { start: question.start, end: question.end, text: question.text.trim() },
        value: { ...value, text: clean.slice(value.start, value.end).trim() },
        scope: { start: question.start, end: value.end },
        amounts: amountsIn(value),
        section: first.section,
      });
    }
  }
  return out;
}
