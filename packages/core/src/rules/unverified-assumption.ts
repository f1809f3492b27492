import { defineRule } from '../engine/rule.js';
import { maskQuotes } from '../engine/language.js';
import { inGroup, isPast, negatedAt, speakerAt, subjectBefore, type Speaker, type TagHit, type Token } from '../engine/lexicon/index.js';
import type { PlanModel, Statement } from '../engine/plan/model.js';
import { startingIn } from '../engine/sorted.js';
import { CASE_STEMS, CLAUSE_MARK_STEMS, NOTHING_STEMS, PREPOSITION_STEMS, REASON_LINK_STEMS } from '../engine/lexicon/words.js';

interface Options {
  counterpartNames: string[];
}

// A move we prepare for at the table ("they will probably push back", "Dana is likely to ask for a discount"):
// the hedge before it anticipates their move rather than relying on a belief. The verbs are this rule's business.
const MOVES = new Set(['say', 'argu', 'claim', 'ask', 'push', 'object', 'complain', 'compar', 'counter', 'come', 'respond', 'rais', 'bring', 'mention', 'point', 'threaten', 'challeng', 'question', 'press', 'insist', 'demand', 'request', 'open', 'lead', 'start', 'quot', 'pushback', 'haggl', 'negoti', 'test']);
// Words that may stand between the hedge and the move: "will probably try to push", "is likely to ask".
const BEFORE_MOVE = new Set(['will', 'would', 'be', 'go', 'to', 'also', 'then', 'first', 'tri', 'want', 'that', 'they', 'he', 'she', 'thei', 'again', 'still']);

/**
 * Who a stretch of tokens speaks of: the other side if any word names them, else us, else nobody.
 * A capitalised name counts only as the first word (the subject: "I think Neil wants…"); further on
 * it is an object or a date ("…should be fine for Q3", "…finish in May").
 */
function partyOf(tokens: readonly Token[], from: number, to: number, { isTheirName, isOurName }: Names): Speaker | undefined {
  let us = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.mark) continue;
    if (t.capital && isOurName(t.word)) {
      us = true;
      continue;
    }
    const who = speakerAt([t], 0, i === from ? isTheirName : () => false);
    if (who === 'they' || who === 'named') return 'they';
    if (who === 'we') us = true;
  }
  return us ? 'we' : undefined;
}

/** Every word for us after the hedge is the object of a preposition ("…fine with our clause"), none a subject. */
function weOnlyAfterPreposition(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (speakerAt([tokens[i]!], 0, () => false) !== 'we') continue;
    if (!PREPOSITION_STEMS.has(tokens[i - 1]?.stem ?? '')) return false;
  }
  return true;
}

/** The hedge's clause: from the last strong mark before it to the next one, or to a reason word after it. */
function clauseOf(tokens: readonly Token[], hit: TagHit): [number, number] {
  let from = hit.from;
  while (from > 0 && !CLAUSE_MARK_STEMS.has(tokens[from - 1]!.stem)) from--;
  let to = hit.to;
  while (to < tokens.length && !CLAUSE_MARK_STEMS.has(tokens[to]!.stem) && !REASON_LINK_STEMS.has(tokens[to]!.stem)) to++;
  return [from, to];
}

/** The words after the hedge are a move at the table ("will probably push back"). */
function anticipatesMove(tokens: readonly Token[], to: number): boolean {
  for (let i = to; i < tokens.length && i < to + 5; i++) {
    const t = tokens[i]!;
    if (t.mark) return false;
    if (MOVES.has(t.stem)) return true;
    if (!BEFORE_MOVE.has(t.stem)) return false;
  }
  return false;
}

/** The first hedge of a statement that is an unverified belief about the other side, if any. */
function beliefIn(plan: PlanModel, st: Statement, hits: readonly TagHit[], names: Names): TagHit | undefined {
  const { isSubjectName } = names;
  const tokens = plan.tags.tokens(st);
  // Quoted speech is what we plan to say ("We say: 'I'd imagine your team…'"), not the plan's own voice.
  const masked = maskQuotes(st.text);
  for (const hit of hits) {
    const at = hit.start - st.start;
    if (masked[at] === ' ' && st.text[at] !== ' ') continue;
    // Negated ("we do not assume", "never guess"); words after an adverb do not undo it ("probably won't budge").
    // "I assume nothing" denies the guess; "Nordvik will probably not fight" guesses a "not".
    const next = tokens[hit.to];
    const adverbThenNot = next?.word === 'not' && /ly$/.test(tokens[hit.to - 1]?.word ?? '');
    if (negatedAt(tokens, hit.from) || (NOTHING_STEMS.has(next?.stem ?? '') && !adverbThenNot)) continue;
    // "If we think about their money, then…": thinking about a topic weighs it; it believes nothing.
    if (tokens[hit.to - 1]?.stem === 'think' && ['about', 'through', 'ahead'].includes(tokens[hit.to]?.stem ?? '')) continue;
    const firstWord = tokens[hit.from]!.stem;
    // "Horváth Bence (gyártásvezető)": a one-word hedge of another language that is a name here ("bence", "I think" in Turkish).
    const word = plan.text.slice(tokens[hit.from]!.start, tokens[hit.from]!.end);
    if (hit.to - hit.from === 1 && tokens[hit.from]!.capital && word !== word.toUpperCase() && plan.tags.isName(tokens[hit.from]!.word)) continue;
    // "put my thinking on paper": a possessive before a gerund is a noun, not "I think"; "my feeling is they'll…" still guesses.
    if ((tokens[hit.from]!.word === 'my' || tokens[hit.from]!.word === 'our') && /ing$/.test(tokens[hit.from + 1]?.word ?? '') && tokens[hit.to]?.stem !== 'be') continue;
    // "Assuming they sign by June, we add the training days": a condition of our offer, not a belief.
    if ((firstWord === 'assum' || firstWord === 'assuming') && tokens.slice(hit.to).some((t, i, rest) => t.stem === ',' && ['we', 'i'].includes(rest[i + 1]?.stem ?? ''))) continue;
    if (anticipatesMove(tokens, hit.to)) continue;
    // "We assumed their forecast was realistic", "I thought they had budget": what we believed then (a lesson), not a belief the plan relies on.
    if ((firstWord === 'i' || firstWord === 'we') && isPast(tokens[hit.from + 1]?.word ?? '')) continue;
    const [from, to] = clauseOf(tokens, hit);
    const strong = !inGroup(tokens, hit, 1);
    // Who the clause is about, from the words before the hedge ("Neil probably…", "Marek's probably…").
    const speaker = hit.from > from ? plan.tags.speaker(st, { ...hit, from: hit.from - 1 }) : undefined;
    const after = partyOf(tokens, hit.to, to, names);
    // A guessed name ("Pricing probably…") gives way when the rest of the clause is about us ("…for us").
    const theirs = speaker === 'they' || speaker === 'named' || (hit.from > from && after !== 'we' && isSubjectName(tokens[from]!));
    // After a first-person hedge ("I think", "I assume") the subject is what follows it.
    const firstPerson = firstWord === 'i' || firstWord === 'we';
    const around = firstPerson ? after : theirs ? 'they' : speaker === 'we' ? 'we' : (partyOf(tokens, from, hit.from, names) ?? after);
    if (strong) {
      // "I assume our team is free in Q3": a guess about us only. "The brand's legal team should be fine with our standard
      // clause": "our" after a preposition is the object, and the subject stands before the hedge.
      const objectOnly = !firstPerson && hit.from > from && after === 'we' && !theirs && speaker !== 'we' && weOnlyAfterPreposition(tokens, hit.to, to);
      if (around === 'we' && !objectOnly) continue;
      return hit;
    }
    if (around === 'they') return hit;
  }
  return undefined;
}

function saysHowToVerify(plan: PlanModel, st: Statement): boolean {
  const tokens = plan.tags.tokens(st);
  // "…; ask Gemma", "Ask Priyanka.": asking a named person is how we check.
  if (tokens.some((t, i) => t.stem === 'ask' && (i === 0 || tokens[i - 1]!.mark) && tokens[i + 1]?.capital === true && tokens[i + 1]!.word !== 'i')) return true;
  return plan.tags.hits(st, 'verify').some((h) => {
    if (h.negated) return false;
    // "…once we confirm the 12-week frozen window": a condition we meet, not a check we make.
    if (h.from >= 2 && CASE_STEMS.has(tokens[h.from - 2]!.stem) && ['we', 'i'].includes(tokens[h.from - 1]!.stem)) return false;
    // Who checks is read from the words before the verb; a verb that opens its clause ("Confirm.", "Ask Ray if…") is our to-do.
    if (h.from === 0 || tokens[h.from - 1]!.mark) return true;
    // "…if they confirm it with the booking deposit": their verb, whatever opened the clause.
    const subject = subjectBefore(tokens, h.from);
    if (subject && ['they', 'named'].includes(speakerAt([subject.token], 0, (w) => plan.tags.isName(w)) ?? '')) return false;
    const who = plan.tags.speaker(st, { ...h, from: h.from - 1 });
    return who !== 'they' && who !== 'named';
  });
}

/**
 * The statement, or the sentences after it in the same list item or line ("I think X. Confirm with Priya."), or a
 * sub-item under it ("- They probably want a 3-year term" / "  - Ask Els directly"), says how we check it.
 */
function checkedNearby(plan: PlanModel, st: Statement): boolean {
  if (saysHowToVerify(plan, st)) return true;
  const lineEnd = plan.text.indexOf('\n', st.end);
  const end = Math.max(lineEnd === -1 ? plan.text.length : lineEnd, st.item?.end ?? 0);
  const under = (next: Statement) => {
    for (let it = next.item; it; it = it.parent) if (it === st.item) return true;
    return false;
  };
  return startingIn(plan.statements, { start: st.end, end }).some((next) => (under(next) || lineEnd === -1 || next.start < lineEnd) && saysHowToVerify(plan, next));
}

interface Names {
  /** A word the plan uses as a name on their side (not the plan's owner), or one from `counterpartNames`. */
  isTheirName: (word: string) => boolean;
  /**
   * A capitalised word opening the clause before a hedge that the plan never writes in lower case
   * ("Marek's probably got spare trucks"): a person or company, on their side unless it is ours.
   */
  isSubjectName: (t: Token) => boolean;
  /** A name of ours: the plan's `owner`/`author`/`team`/`rep` in the frontmatter. */
  isOurName: (word: string) => boolean;
}

/**
 * "Our sense of their ceiling for us: R 2 300 000", "Best guess at their walk-away: ~£520k": a guess that names itself as our
 * estimate of their number or their alternative is the estimate a plan should make, not an assumption taken as fact.
 */
function estimatesTheirs(plan: PlanModel, s: Statement, hedge: { end: number }): boolean {
  return (['counterpart-walk-away', 'counterpart-alternative'] as const).some((tag) =>
    plan.tags.hits(s, tag).some((h) => !h.negated && h.start >= hedge.end && h.start - hedge.end <= 12),
  );
}

/** Words that name the other side: the plan's own names (not ours) and the `counterpartNames` option. */
function theirNames(plan: PlanModel, extra: readonly string[]): Names {
  const ours = new Set<string>();
  const fm = plan.frontmatter?.data ?? {};
  for (const key of ['owner', 'author', 'team', 'rep', 'preparedBy', 'prepared_by'] as const) {
    const v = fm[key];
    if (typeof v === 'string') for (const w of v.toLowerCase().split(/[^\p{L}]+/u)) if (w) ours.add(w);
  }
  const theirs = new Set(extra.flatMap((n) => n.toLowerCase().split(/\s+/)).filter(Boolean));
  let lower: Set<string> | undefined;
  const isSubjectName = (t: Token): boolean => {
    if (!t.capital || t.mark || t.word.length < 2 || ours.has(t.word) || t.word === 'i') return false;
    if (!lower) {
      lower = new Set();
      for (const st of plan.statements) for (const k of plan.tags.tokens(st)) if (!k.capital && !k.mark) lower.add(k.word);
    }
    return !lower.has(t.word);
  };
  return { isSubjectName, isOurName: (word) => ours.has(word), isTheirName: (word) => theirs.has(word) || (!ours.has(word) && plan.tags.isName(word)) };
}

export default defineRule<Options>({
  meta: {
    id: 'unverified-assumption',
    severity: 'warn',
    description: 'Hedged statements about the other side ("I assume", "they probably", "should be fine") sit outside a section for assumptions to verify.',
    principle:
      'Guesses about what the other side wants, can pay or will accept quietly turn into facts in a plan, and then the team negotiates against its own imagination. Write a belief down as something to check, and get a plain answer from the other side before acting on it.',
    sources: ['how-you-lose'],
    fix: 'Move the statement into an "Assumptions to verify" (or "Open questions") section, or say how and when we will confirm it: "They probably need go-live by September; confirm with Marc on Tuesday." Better still, replace the guess with what they told us.',
    details:
      'The rule reads every sentence, list item and table row outside the scope of an assumptions section (any heading or label named "Assumptions to verify", "Open questions", "To validate", "Risks and assumptions", "Hypotheses", "Unknowns"…; add your own through the `assumptions` vocabulary). The hedges come from the lexicon\'s `hedge` concept. Guesses that stand on their own always count: "I/we assume", "presume", "suppose", "reckon", "I guess", "I\'d imagine", "presumably", "my gut says", "should be fine", "shouldn\'t be a problem", "take for granted", "chances are" — unless their clause only speaks of our own side ("I assume our team is free in Q3"); a reason after the hedge ("should be fine since we renewed last year") is not its subject. Generic hedges ("probably", "likely", "maybe", "surely", "no doubt", "I think", "I believe", "we\'re confident", "seems keen", "should accept") count only when the clause is about the other side: they/them/their, the customer, client, buyer, supplier, vendor or procurement, a person or company the plan names (a capitalised name the plan never writes in lower case, unless it is the plan\'s `owner`/`author`), and the `counterpartNames` option. Not reported: doubt inside the value of our own walk-away, target or opening that leaves it undecided ("Lowest I\'d go? Honestly, not sure — somewhere around what they pay now, I suppose": walk-away-point reports it as vague), negated hedges ("we do not assume…", "we assume nothing"), a move we prepare for ("they will probably push back on price", "Dana is likely to ask for a discount"), conditions of our offer ("assuming they sign by June, we…"), questions, quoted speech we plan to say, and statements that say how we will check (the `verify` concept: "confirm with", "verify", "check", "ask her directly", "ask how their fee is calculated", "to be validated"), in the statement, later in its item or line, or in a sub-item under it. Add your team\'s words under `vocabulary.hedge` (they count like "I assume") and `vocabulary.verify`. One finding per statement.',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        counterpartNames: {
          type: 'array',
          items: { type: 'string' },
          description: 'Names of people or companies on the other side, so "Dana probably wants…" counts as a statement about them.',
        },
      },
    },
    defaultOptions: { counterpartNames: [] },
    examples: {
      invalid: [
        {
          title: 'A guess about the customer in the target section',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Target\n\n$420k ARR. They probably have budget left over from Q2.\n',
        },
        {
          title: 'A buyer who takes the supplier\'s flexibility for granted',
          code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\nI assume the 60-day payment terms should be fine for Globex.\n',
        },
      ],
      valid: [
        {
          title: 'Hedges parked under "Assumptions to verify"',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\n## Assumptions to verify\n\n- They probably have budget left over from Q2.\n',
        },
        {
          title: 'A hedge with the way we will check it',
          code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\nThe supplier is likely to accept 60-day terms; we confirm with their account manager on Monday.\n',
        },
      ],
    },
  },
  check({ plan, report, options }) {
    const names = theirNames(plan, options.counterpartNames);
    const byStatement = new Map<Statement, TagHit[]>();
    for (const { statement, hit } of plan.tagged('hedge')) {
      let list = byStatement.get(statement);
      if (!list) byStatement.set(statement, (list = []));
      list.push(hit);
    }
    // "Lowest I'd go? Honestly, not sure — somewhere around what they pay now, I suppose": doubt about our own position is
    // that position's finding (walk-away-point calls it vague), not a guess about them.
    const ownPositions = (['walk-away', 'target', 'opening'] as const).flatMap((c) => plan.factsOf(c)).filter((f) => f.source === 'label' && f.value.text !== '');
    const inOwnPosition = (s: Statement) => plan.tags.has(s, 'undecided') && ownPositions.some((f) => s.start >= f.value.start && s.end <= f.value.end + 1);
    for (const [s, hits] of byStatement) {
      if (s.kind === 'heading' || s.isQuestion || plan.within(s.start, 'assumptions') || inOwnPosition(s)) continue;
      const h = beliefIn(plan, s, hits, names);
      if (!h || checkedNearby(plan, s) || estimatesTheirs(plan, s, h)) continue;
      // Table rows read better without their outer pipes.
      const plain = s.text.replace(/\s+/g, ' ').replace(/^\| ?/, '').replace(/ ?\|$/, '');
      const excerpt = plain.length > 60 ? `${plain.slice(0, 57).trimEnd()}…` : plain;
      report(
        `\`${plan.text.slice(h.start, h.end)}\` in \`${excerpt}\` is an unverified assumption: say how we will confirm it ("confirm with …", "ask … directly"), or move it to an "Assumptions to verify" section.`,
        { start: s.start, end: s.end },
      );
    }
  },
});
