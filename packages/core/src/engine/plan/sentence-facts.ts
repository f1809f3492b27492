/**
 * Facts stated in sentences: "I'll open at USD 545k a year: that is…", "The walk-away is
 * USD 440k; below that…", "We are aiming for £58.00 per sq ft".
 */
import type { Amount } from '../numbers.js';
import type { Span } from '../text.js';
import { isPast, type Token } from '../lexicon/index.js';
import type { Concept } from './concepts.js';
import type { Fact, Statement } from './model.js';
import type { TagIndex } from './tags.js';

const SENTENCE_FACT_TAGS = ['walk-away', 'target', 'opening'] as const;
const PAST_AUXILIARY = new Set(['was', 'were', 'had', 'did']);
const TIME_UNIT = /^(?:month|year|quarter|day|hour|total|week)$/;
const CONDITION_NEXT = /^(?:if|unless|should|when|whenev|onc)$/;
const LEADS = new Set(['we', 'i', 'the', 'how', 'where', 'a', 'thi']);

/** The tag opens its sentence (after at most "our", "the", "how"…), not a condition or a clause about something else. */
function isSubjectOf(tokens: readonly Token[], from: number): boolean {
  for (let i = 0; i < from; i++) if (!LEADS.has(tokens[i]!.stem)) return false;
  return from <= 2;
}

/**
 * Facts stated in sentences ("I'll open at USD 545k per year: that is…", "The walk-away is USD
 * 440k; below that…", "We are aiming for £58.00 per sq ft"): a statement tagged with a position
 * concept, in our voice, not a question, not in the past tense, not inside a labelled fact or
 * section of the same concept, holding an amount in the clause the tag opens. The fact's value is
 * the first amount after the tag (a walk-away may also be a condition, which its rule judges).
 */
export function sentenceFacts(statements: Statement[], facts: Fact[], tags: TagIndex, amountsIn: (span: Span) => Amount[], clean: string): Fact[] {
  const out: Fact[] = [];
  const covered = new Map<Concept, Span[]>();
  for (const f of facts) {
    const list = covered.get(f.concept) ?? [];
    list.push(f.scope);
    covered.set(f.concept, list);
  }
  for (const concept of SENTENCE_FACT_TAGS) {
    const seen = new Set<Statement>();
    for (const { statement: st, hit } of tags.tagged(concept)) {
      if (seen.has(st) || hit.negated || st.isQuestion || st.kind === 'heading') continue;
      if ((covered.get(concept) ?? []).some((sc) => st.start >= sc.start && st.start < sc.end)) continue;
      const tokens = tags.tokens(st);
      // Reported, not planned: a past form in the tag's clause ("our walk-away at the time was…").
      let clauseStart = hit.from;
      while (clauseStart > 0 && !tokens[clauseStart - 1]!.mark) clauseStart--;
      let clauseStop = hit.to;
      while (clauseStop < tokens.length && !tokens[clauseStop]!.mark) clauseStop++;
      // A past form up to the tag, or a past auxiliary after it; "delivered", "landed" after the tag describe the price.
      if (tokens.slice(clauseStart, hit.to).some((t) => isPast(t.word)) || tokens.slice(hit.to, clauseStop).some((t) => PAST_AUXILIARY.has(t.word))) continue;
      if (tags.speaker(st, hit) === 'they' || /\byou\b/i.test(st.text)) continue;
      // The clause the tag opens: up to the next sentence mark after the hit.
      let clauseEnd = st.end;
      for (let i = hit.to; i < tokens.length; i++) {
        if (tokens[i]!.mark && /[.;!?]/.test(tokens[i]!.stem)) {
          clauseEnd = tokens[i]!.start;
          break;
        }
      }
      // A bare number right after the tag is the value too ("we open at 104 a litre"), unless it
      // counts time; further on only money, percentages and numbers with a unit are.
      const near = tokens[Math.min(tokens.length - 1, hit.to + 3)]!.end;
      const amounts = amountsIn({ start: hit.start, end: clauseEnd }).filter(
        (a) => a.kind !== 'number' || (a.unit && !TIME_UNIT.test(a.unit)) || (concept !== 'walk-away' && a.start <= near && a.value >= 10 && !TIME_UNIT.test(a.unit)),
      );
      const before = amounts.length === 0 ? amountsIn({ start: st.start, end: hit.start }).filter((a) => a.kind === 'money').slice(-1) : [];
      const value = amounts[0] ?? before[0];
      // Without an amount a walk-away counts when it is stated as a condition ("we walk if they insist
      // on…") or is what the sentence is about ("How low we'll go depends on the meeting"), so its
      // rule can judge whether it commits to anything.
      if (!value && (concept !== 'walk-away' || !(CONDITION_NEXT.test(tokens[hit.to]?.stem ?? '') || isSubjectOf(tokens, hit.from)))) continue;
      seen.add(st);
      out.push({
        concept,
        source: 'sentence',
        label: { start: hit.start, end: hit.end, text: clean.slice(hit.start, hit.end) },
        value: { start: hit.end, end: st.end, text: clean.slice(hit.end, st.end).trim() },
        scope: { start: st.start, end: st.end },
        amounts: value ? [value] : [],
        section: st.section,
      });
    }
  }
  return out;
}

