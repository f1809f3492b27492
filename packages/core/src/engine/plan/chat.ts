/**
 * Facts asked and answered across a chat export: "[09:47] Mirjam: give-list?" then
 * "[09:52] Lukas:" and his list. A short question that names a part of the plan is the label;
 * the next message, after the line naming its writer, is the value. Exports that name the writer
 * at the start of each message ("**[00:01:05] Gareth Lewis:** £214,000 a year") are read the same
 * way, and so is a prompt that names the part to answer ("Gareth, start with the ceiling.").
 */
import type { Amount } from '../numbers.js';
import type { Span } from '../text.js';
import { CHAT_NAMED_REQUEST, CHAT_PROMPT, SPEAKER_LINE } from '../lexicon/shapes.js';
import { namesTheirSide, type Concept, type Vocabulary } from './concepts.js';
import type { Lexicon } from '../lexicon/index.js';
import { questionConcepts } from './facts.js';
import type { Fact, Statement } from './model.js';
import { lowerBound } from '../sorted.js';

const MAX_ASK_WORDS = 8;

/** The words a message asks with (its last sentence, without the writer's name), as a span; undefined when it asks nothing we read. */
function askedSpan(question: Statement, clean: string): (Span & { text: string }) | undefined {
  const whole = clean.slice(question.start, question.end);
  const base = question.message ? question.message.wordsFrom - question.start : 0;
  let from = base;
  // "Yes. Start with floor?": the last sentence is what is asked.
  for (const m of whole.slice(base).matchAll(/[.!?]\s+(?=\S)/g)) from = base + m.index! + m[0].length;
  // "So, floor?", "OK and the target?": a word that carries the talk on is no part of what is asked.
  const lead = /^[\s\p{Extended_Pictographic}\uFE0F\u200D]*(?:(?:so|ok|okay|right|and|then|alright|now|next)\b[\s,.:—–-]*)*/iu.exec(whole.slice(from))![0].length;
  from += lead;
  let text = whole.slice(from).trimEnd();
  if (question.isQuestion) {
    if (text.split(/\s+/).length > MAX_ASK_WORDS) return undefined;
  } else {
    // "Concessions – give me the list with what we get for each.": the part named first, then the request for it.
    const named = CHAT_NAMED_REQUEST.exec(text);
    if (named) return { start: question.start + from, end: question.start + from + named[1]!.length, text: named[1]! };
    const prompt = CHAT_PROMPT.exec(text);
    if (!prompt) return undefined;
    text = text.slice(prompt[0].length).replace(/[.!]+$/, '').trim();
    if (!text || text.split(/\s+/).length > 4) return undefined;
    from += prompt[0].length;
  }
  return { start: question.start + from, end: question.start + from + text.length, text };
}

export function chatFacts(statements: readonly Statement[], facts: readonly Fact[], vocabulary: Vocabulary, lexicon: Lexicon, amountsIn: (span: Span) => Amount[], clean: string): Fact[] {
  const out: Fact[] = [];
  const byLabel = [...facts].sort((a, b) => a.label.start - b.label.start);
  // The facts whose label lies in a statement, found by binary search over the sorted label starts.
  const labelledIn = (st: Statement): Fact[] => {
    const found: Fact[] = [];
    for (let k = lowerBound(byLabel, st.start, (f) => f.label.start); k < byLabel.length && byLabel[k]!.label.start < st.end; k++) found.push(byLabel[k]!);
    return found;
  };
  const opensMessage = (st: Statement) => st.message !== undefined;
  const startsMessage = (st: Statement) => SPEAKER_LINE.test(st.text) || opensMessage(st);
  for (let i = 0; i + 1 < statements.length; i++) {
    const question = statements[i]!;
    if (question.kind !== 'prose') continue;
    // "Bottom line? I'm not cooking for free for two years 😅": a question the line reads as a label with a remark after it,
    // and no figure, is answered in the next message; that answer replaces the remark as the value.
    // A question the plan's labels already read ("Target?" with its answer on the next line) is taken.
    const own = labelledIn(question);
    const remarkFacts = own.filter((f) => f.label.end <= question.end && f.amounts.length === 0 && f.value.end <= (statements[i + 2]?.start ?? Infinity));
    if (own.length > 0 && remarkFacts.length === 0) continue;
    // A short remark after the question, in the same message, stands between it and the answer.
    let next = i + 1;
    if (question.isQuestion && next + 1 < statements.length && !startsMessage(statements[next]!) && statements[next]!.kind === 'prose' && !statements[next]!.isQuestion && statements[next]!.text.split(/\s+/).length <= 12 && amountsIn(statements[next]!).length === 0 && startsMessage(statements[next + 1]!)) next++;
    // The answer is the next message: after a line naming its writer, or a line that names its writer first.
    const byLine = next + 1 < statements.length && SPEAKER_LINE.test(statements[next]!.text);
    const inline = !byLine && opensMessage(statements[next]!);
    if (!byLine && !inline) continue;
    const asked = askedSpan(question, clean);
    if (asked === undefined) continue;
    let concepts: Concept[] = remarkFacts.length > 0 ? remarkFacts.map((f) => f.concept) : vocabulary.match(asked.text);
    // "Go. What are we opening with?": a question in our own words names the part the lexicon reads in it.
    if (concepts.length === 0 && question.isQuestion && !namesTheirSide(asked.text)) concepts = questionConcepts(asked.text, lexicon).filter((c) => c !== 'alternative');
    // "And if they want to go under?": a question about the no-deal case asks for our alternative.
    if (concepts.length === 0 && question.isQuestion && /^\W*(?:(?:and|so|but)\s+)?(?:what\s+)?if\b/i.test(asked.text) && questionConcepts(asked.text, lexicon).includes('alternative')) concepts = ['alternative'];
    if (concepts.length === 0) continue;
    const at = byLine ? next + 1 : next;
    const first = statements[at]!;
    // "Where do we stop?" ⏎ "Who signs on their side, btw?": a question in reply leaves the first one open.
    if (first.kind === 'heading' || SPEAKER_LINE.test(first.text) || first.isQuestion) continue;
    let last = first;
    for (let k = at + 1; k < statements.length; k++) {
      const st = statements[k]!;
      if (st.kind === 'heading' || SPEAKER_LINE.test(st.text) || opensMessage(st)) break;
      last = st;
    }
    const value = { start: inline && first.message ? first.message.wordsFrom : first.start, end: last.end };
    for (const concept of concepts) {
      const remark = remarkFacts.find((f) => f.concept === concept);
      if (remark) {
        const amounts = amountsIn(value);
        Object.assign(remark, { value: { ...value, text: clean.slice(value.start, value.end).trim() }, scope: { start: remark.scope.start, end: value.end }, amounts });
        continue;
      }
      if (remarkFacts.length > 0) continue;
      out.push({
        concept,
        source: 'label',
        label: asked,
        value: { ...value, text: clean.slice(value.start, value.end).trim() },
        scope: { start: asked.start, end: value.end },
        amounts: amountsIn(value),
        section: first.section,
      });
    }
  }
  return out;
}
