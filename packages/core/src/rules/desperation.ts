import { defineRule } from '../engine/rule.js';
import type { PlanModel, Statement } from '../engine/plan/model.js';
import type { Tagged } from '../engine/plan/tags.js';
import { inGroup, reports, saysWe, speakerAt, type TagHit, type Token } from '../engine/lexicon/index.js';
import { inQuote, type Span } from '../engine/text.js';
import { DEAL_NOUN_WORDS, DEMONSTRATIVE_WORDS, NOT_A_PARTY_WORDS, OUR_ORGANISATION_WORDS, SEEMING_STEMS } from '../engine/lexicon/words.js';

// How we might appear, or their reading of us: "we must not look desperate", "if they sense we need this deal".
/** A verb of seeming in the few words before the hit, in the same clause. */
function seeming(tokens: readonly Token[], hit: TagHit): boolean {
  for (let i = hit.from - 1; i >= 0 && i >= hit.from - 5; i--) {
    const t = tokens[i]!;
    if (t.mark) return false;
    // "come across as desperate" seems; "with the mortgage renewal coming I can't lose this one" does not.
    if (t.stem === 'come' && !['across', 'off', 'over'].includes(tokens[i + 1]?.word ?? '')) continue;
    if (SEEMING_STEMS.has(t.stem)) return true;
  }
  return false;
}

/** A name the plan never writes in lower case ("Corvex"), or a word for the other side ("them", "the customer"). */
// "We can't lose this panel": the thing they award, named after a pointer.
function isParty(plan: PlanModel, t: Token | undefined, next?: Token): boolean {
  if (!t || t.mark) return false;
  if (DEMONSTRATIVE_WORDS.has(t.word) && next && !next.mark && next.stem !== '#' && !NOT_A_PARTY_WORDS.has(next.word)) return true;
  if (speakerAt([t], 0) === 'they') return true;
  return t.capital && t.word.length > 1 && plan.tags.isName(t.word);
}

/** A verb of saying earlier in the clause, with the other side or a name as its subject. */
function reportedByThem(tokens: readonly Token[], hit: TagHit): boolean {
  for (let k = hit.from - 1; k > 0 && !(tokens[k]!.mark && tokens[k]!.stem !== ','); k--) {
    if (!reports(tokens, k, k + 1)) continue;
    const subject = tokens[k - 1]!;
    const who = speakerAt([subject], 0);
    return !subject.mark && (who === 'they' || (who !== 'we' && subject.capital && subject.stem !== '#'));
  }
  return false;
}

/** The first hit of a statement that is ours, affirmed and not an impression; one finding per statement. */
function firstHit(plan: PlanModel, st: Statement, hits: readonly TagHit[]): TagHit | undefined {
  const tokens = plan.tags.tokens(st);
  // A question we plan to ask them ("…would make you say no, whatever the price?") is not our voice.
  if (st.isQuestion) return undefined;
  for (const hit of hits) {
    if (hit.negated || inQuote(plan.text, hit.start)) continue;
    // "They need this deal", "Kestrel needs this deal", "their account manager must win the logo": their need.
    // Who speaks: the words before the phrase (a capitalised "Must-win" is not a name).
    // "the business needs this one settled", "our team has to win this": our own side named as an organisation.
    const ourOrg = hit.from > 1 && OUR_ORGANISATION_WORDS.has(tokens[hit.from - 1]!.word) && ['the', 'our', 'my'].includes(tokens[hit.from - 2]!.word);
    // "Diesen Deal brauchen wir unbedingt": the phrase names us itself, whatever stands before it (German puts the object first).
    // …or conjugates a verb for "we": Spanish and Portuguese "tenemos que cerrar", "temos de fechar".
    const namesUs = tokens.slice(hit.from, hit.to).some(saysWe);
    // "This Sahel Trust contract we must win": with the object put first, the pronoun right before the phrase is its subject.
    const pronoun = hit.from > 0 && /^(?:we|i)$/i.test(tokens[hit.from - 1]!.word);
    // "Coming back to Brescia without the Frischkauf contract is not an option": the place before "without" is where we
    // come back to; whose need it is, the clause's first word says.
    const clauseStart = tokens.findLastIndex((t, k) => k < hit.from && t.mark) + 1;
    const opensWithout = tokens[hit.from]!.word === 'without' && clauseStart < hit.from && !/^(?:they|he|she)$/.test(tokens[clauseStart]!.word) && !(tokens[clauseStart]!.capital && plan.tags.isName(tokens[clauseStart]!.word));
    // "Dobbiamo chiudere Ferrante a tutti i costi", "We must win Ferrante at any cost": the name before the phrase is what we
    // must win; the clause's subject is us.
    const weInClause = tokens.slice(clauseStart, hit.from).some((t) => saysWe(t) || t.stem === 'we' || t.stem === 'i');
    const who = ourOrg || namesUs || pronoun || opensWithout || weInClause ? 'we' : hit.from > 0 && !tokens[hit.from - 1]!.mark ? plan.tags.speaker(st, { ...hit, from: hit.from - 1 }) : undefined;
    if (who === 'they' || who === 'named') continue;
    // "Both sides see the integration as the make-or-break item": a stake we share is common ground, not our need.
    if (tokens[clauseStart]?.word === 'both' && /^(?:sides?|parties|party|of|companies|teams)$/.test(tokens[clauseStart + 1]?.word ?? '')) continue;
    // "Kestrel needs this deal", "Acme has to close this quarter": a verb in the third person is never ours.
    const first = tokens[hit.from]!;
    // "This renewal closes before the inspection, whatever it takes": the deal itself as the subject is our need.
    const dealSubject = hit.from > 1 && DEAL_NOUN_WORDS.has(tokens[hit.from - 1]!.word) && ['this', 'the', 'our', 'that'].includes(tokens[hit.from - 2]!.word);
    // "This one has to close": "this" ends in s but is no verb.
    const thirdPerson = first.word === 'has' || (first.word.endsWith('s') && !first.word.endsWith('ss') && first.word.slice(0, -1) === first.stem && !/^(?:this|thus|its|his|us)$/i.test(first.word));
    if (who !== 'we' && !dealSubject && thirdPerson) continue;
    if (seeming(tokens, hit)) continue;
    // "Brendan said twice the order needs to land this financial year": their words reported, not our need.
    if (reportedByThem(tokens, hit)) continue;
    // Group 2 ("can't lose", "cannot afford to lose") is need only when a name or party follows: "we can't lose Corvex".
    if (inGroup(tokens, hit, 2) && !isParty(plan, tokens[hit.to], tokens[hit.to + 1])) continue;
    // "Below $14.0M, or less than 70% cash at close, at any price": inside our walk-away it is the line we hold.
    if (inGroup(tokens, hit, 1) && plan.within(st.start, 'walk-away')) continue;
    return hit;
  }
  return undefined;
}

const message = (text: string): string =>
  `\`${text}\` shows over-investment in the deal: say what it is worth to us and where we walk away instead.`;

export default defineRule({
  meta: {
    id: 'desperation',
    severity: 'warn',
    description: 'Language that shows over-investment in the deal: "must win", "at any cost", "whatever it takes", "can\'t lose this", "need this deal".',
    principle:
      'A team that writes that it cannot lose a deal has already told itself it will give in; the other side feels that pressure and pushes harder. Care about the outcome, but keep enough distance to walk away, and let the plan speak of value and limits rather than need.',
    sources: ['care-but-not-that-much', 'how-you-lose'],
    fix: 'Replace the phrase with what the deal is worth to us and where we stop: instead of "this is a must-win, we close at any cost", write "worth $420k ARR to us; we walk away below $310k". Keep internal pressure (quota, quarter-end) out of the negotiation plan.',
    details:
      'The rule reads every sentence, list item, table row and heading. It reports phrases of need and fear of loss — "must win", "have to win this", "can\'t lose this deal", "cannot afford to lose them", "need this deal/win/renewal", "we need them more than they need us", "have to close this", "desperate", "make or break", "do or die", "our quarter depends on it", "losing is not an option", "can\'t walk away", "give them whatever they want" — and, when they are aimed at getting the deal rather than at holding our position, "at any cost", "at all costs", "whatever it takes", "no matter what" ("we protect the margin at all costs" and "no discount, no matter what" are firmness, not need). Negated phrases ("we do not need this deal at any cost", "we must not look desperate"), phrases whose subject is the other side ("they need this deal", "their CFO must win board approval"), and how we might appear ("if they sense we need this deal") are not reported. Buyer plans are covered too ("we can\'t lose this supplier"); a bare "can\'t lose" counts when a name or the other side follows ("we can\'t lose Corvex", not "we cannot lose money on onboarding"). One finding per line (two anxious sentences on one line are one warning), at the first phrase. The words come from the lexicon\'s `desperation` concept; add your team\'s words under `vocabulary.desperation`. A name right before the phrase is what we must win when the clause\'s subject is us ("Dobbiamo chiudere Ferrante a tutti i costi", "We must win Ferrante at any cost").',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [
        {
          title: 'A must-win deal closed at any cost',
          code: '# Acme renewal — must win\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\nWe have to close this by 30 June, at any cost: our quarter depends on it.\n',
        },
        {
          title: 'A buyer who cannot lose the supplier',
          code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\nWe can\'t lose this supplier; their slot is the only one before the migration.\n',
        },
      ],
      valid: [
        {
          title: 'Negated and firm',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\nWe do not need this deal at any cost. No discount, no matter what; we protect the margin at all costs.\n',
        },
        {
          title: 'Their need, not ours',
          code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\nThe supplier needs this deal to fill its new data centre, and they know we can walk away.\n',
        },
      ],
    },
  },
  check({ plan, report }) {
    // Statements in document order, each with its hits; one finding per statement and line.
    const byStatement = new Map<Statement, TagHit[]>();
    for (const { statement, hit } of plan.tagged('desperation') as readonly Tagged[]) {
      let list = byStatement.get(statement);
      if (!list) byStatement.set(statement, (list = []));
      list.push(hit);
    }
    // Two anxious sentences on one line ("I've got to land this one. … I can't lose it") are one warning to read, not two.
    const reportedLines = new Set<number>();
    for (const [st, hits] of byStatement) {
      const hit = firstHit(plan, st, hits);
      if (!hit) continue;
      const line = plan.lines.point(hit.start).line;
      if (reportedLines.has(line)) continue;
      reportedLines.add(line);
      report(message(plan.text.slice(hit.start, hit.end)), { start: hit.start, end: hit.end } satisfies Span);
    }
    // Frontmatter values such as `priority: must-win` speak for the plan too.
    const fm = plan.frontmatter;
    if (!fm) return;
    for (const [key, span] of fm.keys) {
      const value = fm.data[key];
      if (typeof value !== 'string') continue;
      const line = plan.text.slice(span.end, plan.lines.lineEnd(plan.lines.point(span.start).line));
      const at = line.indexOf(value);
      if (at < 0) continue;
      const st: Statement = { start: span.end + at, end: span.end + at + value.length, text: value, kind: 'prose', isQuestion: false };
      const hit = firstHit(plan, st, plan.tags.hits(st, 'desperation'));
      if (hit) report(message(value.slice(hit.start - st.start, hit.end - st.start)), { start: hit.start, end: hit.end });
    }
  },
});
