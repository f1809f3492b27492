/**
 * Facts stated in sentences: "I'll open at USD 545k a year: that is…", "The walk-away is
 * USD 440k; below that…", "We are aiming for £58.00 per sq ft".
 */
import type { Amount } from '../numbers.js';
import type { Span } from '../text.js';
import { isPast, type Token } from '../lexicon/index.js';
import { monthOf } from '../lexicon/words.js';
import type { Concept } from './concepts.js';
import type { Fact, Statement } from './model.js';
import type { TagIndex } from './tags.js';

/** Our three positions: the concepts (and lexicon tags) a sentence may state with its figure. */
export const SENTENCE_FACT_TAGS = ['walk-away', 'target', 'opening'] as const;
const PAST_AUXILIARY = new Set(['was', 'were', 'had', 'did']);
const PAST_ONLY_VERBS = new Set(['came', 'went', 'took', 'gave', 'said', 'told', 'sent', 'got', 'began', 'chose', 'wrote', 'knew', 'thought']);
const SUBJECTS = new Set(['we', 'i', 'they', 'thei', 'he', 'she', 'it', 'who']);
const TIME_UNIT = /^(?:month|year|quarter|day|hour|total|week)$/;
const CONDITION_NEXT = /^(?:if|unless|should|when|whenev|onc)$/;
const LEADS = new Set(['we', 'i', 'the', 'how', 'where', 'a', 'thi']);
// What a walk-away that is the sentence's subject goes on with: "How low we'll go depends on…", "Our floor is…".
const SUBJECT_VERB = /^(?:be|depend|will|would|shall|can|could|remain|stai|stay|hing|rest|vari|sit|come)$/;
// "If we walk", "Plan B if we walk:": a no-deal case, not the walk-away itself.
// Words right after a position's name that make the line its reason ("OPEN WHY:", "target rationale").
const REASON_NEXT = /^(?:why|rational|reason|basi|justif|logic)$/;
const CASE_WORD = /^(?:if|unless|when|whenev|should|onc|until|befor)$/;
// A submitted bid reports our opening in the past: "Our RFP response priced the platform at USD 690k".
const SUBMITTED = /^(?:priced|submitted|tendered|quoted|bid)$/;
// Between a figure and a position it is measured against: "$8,500 under walk-away", "£75 below my ceiling", "at our target".
const MEASURED = /\b(?:below|under|above|over|than|beyond|past|short of|clear of|within|off|vs|versus|at|to|from|between)\b|[→<>≤≥]/i;

// Words that measure a figure against a position named right after them ("over target", "below our floor", "18 000 m³ at our target = SEK 65,2 mio").
const MEASURED_AGAINST = /^(?:below|under|above|over|than|beyond|past|off|vs|versus|within|of|at)$/;
// What stands between "we walk" and its figure when the figure is the threshold: "we walk away below €72,000".
const WALK_THRESHOLD = /^\s*(?:away\s+)?(?:below|under|above|over|beyond|past)\s*$/i;
// Labels whose figure is a position of its own: a pointer does not take their figure for another position.
const POSITION_LABELS: ReadonlySet<string> = new Set(['walk-away', 'target', 'opening', 'best-and-final', 'alternative', 'budget', 'counterpart-opening', 'counterpart-walk-away']);
// A threshold that points back to the figure before it: "…, below that we walk", "above this, no deal".
const THRESHOLD_BACK = /^[^.;!?]*?[,—–-]\s*(?:and\s+)?(?:below|under|above|over|beyond)\s+(?:that|this|it)\b[^.;!?]*$/i;
const MEASURED_BETWEEN = /\b(?:below|under|above|over|than|beyond|past|short of|clear of|vs|versus)\b/i;
const SUPERSEDED_WORD = /^(?:old|older|previous|earlier|former|original|superseded|outdated)$/i;
const DETERMINERS = new Set(['we', 'i', 'the', 'they', 'thei', 'a', 'an', 'thi', 'that']);
// Words that point back to what the sentence before said ("That's what I open with", "This is where we stop").
const POINTERS = new Set(['that', 'thi', 'it', 'which']);
const WHY_ASKED = /^\s*(?:(?:Q|Question)\s*\d*\s*[:.)]\s*)?why\b[^?]*\d[^?]*\?\s*$/i;
const CLAUSE_JOINS = new Set(['so', 'and', 'but', 'thu', 'henc']);
const NAMED_POSSESSIVE_BEFORE = /\p{Lu}[\p{L}\d&.-]*['’]s\s+$/u;
// "la soumission de Chariots Nordiques", "the quote from Nordlink", "l'offerta di Rossi": the same, the name after the words.
const NAMED_OWNER_AFTER = /^\s*(?:de|du|des|di|del|della|von|vom|van|from|by)\s+(?:la\s+|le\s+|l['’]|the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Q[1-4]|FY)\w*\b)\p{Lu}/u;

/** A clock time ("11am", "06:30–20:00", "8:30pm") is no price. */
function isTime(clean: string, a: Amount): boolean {
  return /^\s?(?:[ap]\.?m\b|:\d\d)/i.test(clean.slice(a.end, a.end + 4)) || /\d:$/.test(clean.slice(Math.max(0, a.start - 3), a.start));
}

/** The tag opens its sentence (after at most "our", "the", "how"…), not a condition or a clause about something else. */
function isSubjectOf(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = 0; i < from; i++) if (!LEADS.has(tokens[i]!.stem)) return false;
  // "The walk-away point as a number or a clear condition" (a list of what a plan needs) says nothing about ours.
  let next = to;
  while (next < tokens.length && /^(?:point|price|number|figure|line|level)$/.test(tokens[next]!.stem)) next++;
  return from <= 2 && SUBJECT_VERB.test(tokens[next]?.stem ?? '');
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
  const sections = new Map<Concept, Span[]>();
  for (const f of facts) {
    if (f.source === 'heading') sections.set(f.concept, [...(sections.get(f.concept) ?? []), f.scope]);
    const list = covered.get(f.concept) ?? [];
    list.push(f.scope);
    covered.set(f.concept, list);
  }
  const position = new Map(statements.map((st, i) => [st, i]));
  for (const concept of SENTENCE_FACT_TAGS) {
    const seen = new Set<Statement>();
    for (const { statement: st, hit } of tags.tagged(concept)) {
      // "Q: Why is ₹7,350 the first and only number we put on the table?": asking why takes the figure as given.
      const why = WHY_ASKED.test(st.text);
      if (seen.has(st) || hit.negated || ((st.isQuestion || st.kind === 'heading') && !why)) continue;
      // "**Obergrenze (ceiling):** € 385.000" ⏎ "**UPDATE 12.03.:** ceiling raised to € 400.000": a revision inside the labelled
      // line restates the position, and the model ranks it first (`revisions.ts`).
      const revises = tags.hits(st, 'revision').some((h) => !h.negated && (h.from === hit.to || (h.start <= hit.start && h.end >= hit.end)));
      if (!revises && (covered.get(concept) ?? []).some((sc) => st.start >= sc.start && st.start < sc.end)) continue;
      // "Rohan probably advised her to anchor at ₹7 crore": among the guesses to verify, a figure is one of the guesses.
      if ((covered.get('assumptions') ?? []).some((sc) => st.start >= sc.start && st.start < sc.end)) continue;
      // "## Target … annual uplift no higher than CPI": inside another position's part, a passing word is about that position.
      const tokens = tags.tokens(st);
      // …unless the sentence opens on us doing it: "I'll open at £144 per truck per week" under "## Where I want to land".
      // …or names the position as ours: "It is also our target: …" under "## Q: Why is ₹7,350 the first and only number?".
      const weOpenOn = (hit.from <= 3 && tokens.slice(0, hit.from).some((t) => t.stem === 'we' || t.stem === 'i')) || /^(?:our|my)$/.test(tokens[hit.from - 1]?.word ?? '');
      if (!weOpenOn && SENTENCE_FACT_TAGS.some((c) => c !== concept && (sections.get(c) ?? []).some((sc) => st.start >= sc.start && st.start < sc.end))) continue;
      // Reported, not planned: a past form in the tag's clause ("our walk-away at the time was…").
      let clauseStart = hit.from;
      while (clauseStart > 0 && !tokens[clauseStart - 1]!.mark) clauseStart--;
      let clauseStop = hit.to;
      while (clauseStop < tokens.length && !tokens[clauseStop]!.mark) clauseStop++;
      // A past form up to the tag, or a past auxiliary after it; "delivered", "landed" after the tag describe the price.
      // An -ed word reports only as a verb after its subject ("we opened", "finance had signed"): "the lowest
      // fixed fee", "our agreed price" use it as an adjective.
      const clause = tokens.slice(clauseStart, hit.to);
      // "came", "went", "took" are verbs whatever stands before them ("the valuer Meera's husband engaged came in at ₹24 crore").
      const asVerb = (t: Token, i: number) =>
        PAST_AUXILIARY.has(t.word) ||
        (isPast(t.word) && i > 0 && (SUBJECTS.has(clause[i - 1]!.stem) || clause[i - 1]!.capital || PAST_AUXILIARY.has(clause[i - 1]!.word) || PAST_ONLY_VERBS.has(t.word)));
      const reported = (t: Token, i: number) => asVerb(t, i) && !(concept === 'opening' && i >= hit.from - clauseStart && SUBMITTED.test(t.word));
      if (clause.some(reported) || tokens.slice(hit.to, clauseStop).some((t) => PAST_AUXILIARY.has(t.word))) continue;
      if (concept === 'walk-away' && CASE_WORD.test(tokens[hit.from - 1]?.stem ?? '')) continue;
      // "A floor price is a company limit, not a negotiating position": a handbook defines the word, it takes no position.
      if (hit.from === 1 && /^(?:a|an|every|each|any)$/.test(tokens[0]!.word) && ['be', 'mean', 'means'].includes(tokens[hit.to]?.stem ?? '')) continue;
      // "TGT WHY: 3.2% → premium for the name": the words open the reason for the position, not the position.
      if (REASON_NEXT.test(tokens[hit.to]?.stem ?? '')) continue;
      // "First quote went out 12 March": the words as the subject of a past verb report what happened.
      // A past form after the figure the words hold describes it: "I ask for ₹45,00,000 fixed".
      // "Target revised to R$ 2.480,00/t" restates the position at its new level.
      const restated = () => tags.hits(st, 'revision').some((h) => h.from === hit.to);
      if (tokens[hit.to] && !tokens[hit.to]!.mark && isPast(tokens[hit.to]!.word) && (hit.from === 0 || tokens[hit.from - 1]!.mark) && tokens[hit.to - 1]!.stem !== '#' && !restated()) continue;
      // "The wedding enquiry is still open at ₹12,500": something else standing open, not our first number.
      // "…and that is where we open" names us in the words themselves.
      if (concept === 'opening' && ['be', 'still', 'remain', 'stay'].includes(tokens[hit.from - 1]?.stem ?? '') && !tokens.slice(Math.max(0, hit.from - 3), hit.to).some((t) => t.stem === 'i' || t.stem === 'we')) continue;
      // "£139 is a pound over target", "well clear of our floor": the sentence measures against the position, it does not state it.
      let prev = hit.from - 1;
      while (prev >= 0 && DETERMINERS.has(tokens[prev]!.stem)) prev--;
      if (prev >= 0 && MEASURED_AGAINST.test(tokens[prev]!.word)) continue;
      // "with the old ceiling of ¥47.0M a target of ¥44.0M left almost no distance": a position named as no longer current.
      if ([hit.from - 1, hit.from - 2].some((k) => k >= 0 && SUPERSEDED_WORD.test(tokens[k]!.word))) continue;
      // "You" is the other side in most plans ("if you can't go lower…"); it is the reader of a briefing only beside an
      // order to them ("I want you to land at…, and don't go below €38,500"): a "you" in another clause leaves this one ours.
      // "If their price stays above ₹41 per Wp, then we stop": their price is the subject, our stop is the limit.
      const ours = tokens.slice(hit.from, hit.to).some((t) => t.stem === 'we' || t.stem === 'i');
      if ((tags.speaker(st, hit) === 'they' && !ours) || tokens.slice(clauseStart, clauseStop).some((t) => t.word === 'you' || t.word === 'your')) continue;
      // "Nordlink's first quote": a named party's own number, not ours.
      if (NAMED_POSSESSIVE_BEFORE.test(clean.slice(Math.max(st.start, hit.start - 40), hit.start)) || NAMED_OWNER_AFTER.test(clean.slice(hit.end, hit.end + 40))) continue;
      // "My estimate of his upper limit: around 11.200 €": one person across the table, named by pronoun, holds that limit.
      if (/\b(?:his|her|their)\s+$/i.test(clean.slice(Math.max(st.start, hit.start - 8), hit.start))) continue;
      // "The most they can pay is £120,000": the same words state their limit, not ours.
      if (concept === 'walk-away' && tags.hits(st, 'counterpart-walk-away').some((h) => !h.negated && h.start < hit.end && hit.start < h.end)) continue;
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
        (a) =>
          !isTime(clean, a) &&
          // "Opened 14 Aug at £1.20/check": a day of the month is a date, not the figure.
          !(a.kind === 'number' && monthOf(/^[ \t]+([A-Za-z]{3,9})\b/.exec(clean.slice(a.end, a.end + 12))?.[1] ?? '') > 0) &&
          // "ending at our target and well under the £32.00 ceiling": a figure measured against something else is not the position's.
          // "We walk away below €72,000" states the walk-away by its threshold, not against another position.
          !(a.start > hit.end && MEASURED_BETWEEN.test(clean.slice(hit.end, a.start)) && !(concept === 'walk-away' && WALK_THRESHOLD.test(clean.slice(hit.end, a.start)))) &&
          (a.kind !== 'number' || a.elided || (a.unit && !TIME_UNIT.test(a.unit)) || (concept !== 'walk-away' && a.start <= near && a.value >= 10 && !TIME_UNIT.test(a.unit))),
      );
      // A figure before the words counts when the sentence names it so ("$310k is our floor", "USD 880k as
      // the BAFO and treat it as our opening"), not when it is measured against it ("£75 below my ceiling").
      const before =
        amounts.length === 0
          ? amountsIn({ start: st.start, end: hit.start })
              .filter((a) => a.kind === 'money')
              .slice(-1)
              .filter((a) => {
                const between = clean.slice(a.end, hit.start);
                // "Sixty-nine pence a piece, below that we lose money on every sheet, and we walk": the walk at a figure
                // the sentence points back to.
                if (concept === 'walk-away' && THRESHOLD_BACK.test(between)) return between.split(/\s+/).length <= 16;
                return !MEASURED.test(between) && between.split(/\s+/).length <= 10;
              })
          : [];
      // "Our list price is £1,560 per block. That's what I open with": a pointer opening the sentence takes the figure
      // from the sentence before it, in the same item or paragraph.
      let pointed: Amount | undefined;
      // "…is $1,850/day. we open there": the pointer may also follow the words ("open there", "start with that").
      const pointsAfter = [tokens[hit.to], tokens[hit.to + 1]].some((t, k) => t && !t.mark && (t.stem === 'there' || (POINTERS.has(t.stem) && (k === 1 || t.stem !== 'which'))));
      // "It's the published list, so it's an easy first number to stand behind": the pointer may open the tag's clause.
      let clauseLead = clauseStart;
      if (CLAUSE_JOINS.has(tokens[clauseLead]?.stem ?? '')) clauseLead++;
      // "That is also the deal we are aiming for": a pointer with "is" defines what it points at, however long the words.
      const defines = (at: number) => POINTERS.has(tokens[at]?.stem ?? '') && tokens[at + 1]?.stem === 'be' && hit.from - at <= 9;
      const pointsBefore = (POINTERS.has(tokens[0]?.stem ?? '') && hit.from <= 4) || (POINTERS.has(tokens[clauseLead]?.stem ?? '') && hit.from - clauseLead <= 4) || defines(0) || defines(clauseLead);
      if (amounts.length === 0 && before.length === 0 && (pointsBefore || pointsAfter)) {
        // A figure that already is another labelled position's ("Best & final: $104,940. This is our opening…")
        // stays that position's: the pointer restates it.
        // (A heading's part is no label of the figures in it: "## Q: Why is ₹7,350 the first and only number?" ⏎ "… It is also our target".)
        const labelled = (a: Amount) => facts.some((f) => f.source !== 'sentence' && f.source !== 'heading' && POSITION_LABELS.has(f.concept) && a.start >= f.scope.start && a.start < f.scope.end);
        const lastMoney = (span: Span) => amountsIn(span).filter((a) => a.kind === 'money' && !labelled(a)).slice(-1)[0];
        // The sentence before may be in the same statement when it ends without a capital after it ("…this year. we open there").
        pointed = lastMoney({ start: st.start, end: hit.start });
        const at = position.get(st)!;
        const prevSt = statements[at - 1];
        if (!pointed && prevSt && prevSt.kind !== 'heading' && prevSt.item === st.item && prevSt.section === st.section && !/\n[ \t]*\n/.test(clean.slice(prevSt.end, st.start))) {
          pointed = lastMoney(prevSt);
        }
        // "A: $1,120,000 fixed fee, plus a success fee… capped at $150,000. That is our target and our final offer.": the
        // best-and-final offer we send is also what we aim for; its lead figure is the target.
        if (!pointed && concept === 'target') {
          const bafo = facts.find((f) => f.concept === 'best-and-final' && f.source !== 'sentence' && st.start >= f.scope.start && st.start < f.scope.end);
          // Under a heading ("## Our best and final" ⏎ "**$2.94 per unit** … it is also our target") its first figure is the offer.
          pointed = bafo?.amounts.find((a) => a.kind === 'money') ?? (bafo?.source === 'heading' ? amountsIn({ start: bafo.value.start, end: st.start }).find((a) => a.kind === 'money') : undefined);
        }
      }
      const value = amounts[0] ?? before[0] ?? pointed;
      // Without an amount a walk-away counts when it is stated as a condition ("we walk if they insist
      // on…"), is what the sentence is about ("How low we'll go depends on the meeting"), or is left
      // undecided ("As for the lowest I'd go, I'm flexible"), so its rule can judge whether it commits to anything.
      const stated = () =>
        CONDITION_NEXT.test(tokens[hit.to]?.stem ?? '') || isSubjectOf(tokens, hit.from, hit.to) || tags.has(st, 'undecided');
      if (!value && (concept !== 'walk-away' || !stated())) continue;
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

