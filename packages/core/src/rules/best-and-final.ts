import { defineRule } from '../engine/rule.js';
import { mentions } from '../engine/plan/presence.js';
import { insertSectionFix } from '../engine/fixes.js';
import { maskQuotes } from '../engine/language.js';
import { inGroup, isPast, tokenize, type TagHit, type Token } from '../engine/lexicon/index.js';
import type { Fact, PlanModel, Section, Statement } from '../engine/plan/model.js';
import { titleStatement } from '../engine/plan/statements.js';
import { insideAny, mergeSpans } from '../engine/sorted.js';
import type { Span } from '../engine/text.js';
import { ASK_ROUND_STEMS, CLAUSE_MARK_STEMS, CONDITION_STEMS, FUTURE_WORDS } from '../engine/lexicon/words.js';
import { ANSWERED_NO, ASKS_WHETHER_ASKED, GROUP_ASKED, QUOTED_ASK, QUOTED_SEND, SELLING_PARTY_ASKS, TO_US, FROM_ALL_BIDDERS, TO_ALL_BIDDERS } from '../engine/lexicon/shapes.js';

// The words of the request, of a second round and of a final number are the lexicon's
// `best-and-final-request`, `second-round` and `final-offer` concepts. What stays here is the
// rule's own reading of who asks: a condition, our own request to others, or their offer to us;
// the shapes of their order to us (quoted or retold, in other languages too) are in the lexicon's shapes.

// "If they ask for a BAFO", "unless", "whether", "in case": a contingency, not a request.
const CONDITION = new Set([...CONDITION_STEMS, 'case']);
// Asking, by us or of us: "we will ask the suppliers for their best and final offer", "we run a BAFO round", "told".
const ASKING = new Set([...ASK_ROUND_STEMS, 'told', 'tell']);
const SUBMISSION = new Set(['submiss', 'submit', 'tender', 'bafo']);

/** An "if", "unless", "whether" or "in case" earlier in the hit's clause. */
function conditioned(tokens: readonly Token[], hit: TagHit): boolean {
  for (let i = hit.from - 1; i >= 0 && !CLAUSE_MARK_STEMS.has(tokens[i]!.stem); i--) if (CONDITION.has(tokens[i]!.stem)) return true;
  return false;
}

/** Whether a request hit is someone asking us (not a condition, not our ask, not their offer to us). */
function isRequest(plan: PlanModel, st: Statement, tokens: readonly Token[], hit: TagHit): boolean {
  if (hit.negated) return false;
  // Quoted speech ("their 'best and final day rate'") is what someone wrote, not the plan's words.
  const at = hit.start - st.start;
  if (maskQuotes(st.text)[at] === ' ' && st.text[at] !== ' ' && !QUOTED_ASK.test(st.text.slice(Math.max(0, at - 60), at)) && !QUOTED_SEND.test(st.text.slice(Math.max(0, at - 60), at))) return false;
  let from = hit.from;
  while (from > 0 && !CLAUSE_MARK_STEMS.has(tokens[from - 1]!.stem)) from--;
  const before = tokens.slice(from, hit.from);
  // "Should they ask for a BAFO, …": an inverted condition opens its clause.
  if (conditioned(tokens, hit) || before[0]?.stem === 'should') return false;
  // "asked all three shortlisted licensees for their best and final offer": asked of a group we belong to, so "their"
  // is ours too, and so is the request; "We will ask all three suppliers for their best and final offers" is ours of them.
  const ofGroup =
    GROUP_ASKED.test(plan.text.slice(tokens[from]?.start ?? st.start, hit.start)) &&
    // "emailed everyone who viewed it asking for best and final offers": the asking may open the request's own words.
    (before.some((t) => ASKING.has(t.stem)) || tokens.slice(hit.from, hit.to).some((t) => /^ask(?:s|ed|ing)?$/.test(t.word))) &&
    !before.some((t) => /^(?:we|i)$/.test(t.word));
  if (ofGroup) return true;
  const toUs = TO_US.test(st.text.slice(0, at)) || FROM_ALL_BIDDERS.test(plan.text.slice(hit.end, st.end)) || TO_ALL_BIDDERS.test(st.text.slice(0, at));
  // "Their best and final offer", "the supplier's final price": an offer to us.
  if (!toUs && /\b(?:their|its|\p{L}+['’]s)\s*$/iu.test(plan.text.slice(Math.max(st.start, hit.start - 30), hit.start)) && inGroup(tokens, hit, 0)) return false;
  const passive = before.some((t) => t.stem === 'be') || tokens[hit.from - 1]?.stem === 'be' || SELLING_PARTY_ASKS.test(st.text.slice(0, at));
  // In a buyer plan a best-and-final round is usually ours to run ("invitation to submit BAFOs issued 3 March");
  // a request of us says so: "asked us", "our final offer", "we were asked".
  if (plan.side === 'buyer' && !passive && !toUs && !tokens.slice(from, hit.to).some((t) => (t.stem === 'we' && t.word !== 'we') || (t.stem === 'i' && t.word !== 'i') || (t.word === 'your' && QUOTED_ASK.test(st.text.slice(0, at))))) return false;
  if (toUs) return true;
  // "Campus Ledger has been told we need final pricing": we are the ones asking, whatever the passive before.
  // Only a subject asks: "wrote to both of us asking for our best and final" is them asking us.
  if (before.some((t, i) => /^(?:we|i)$/.test(t.word) && (ASK_ROUND_STEMS.has(before[i + 1]?.stem ?? '') || before[i + 1]?.stem === 'need'))) return false;
  // "…wrote to both of us asking for our best and final": we are the object, so they are the ones asking.
  if (before.length > 0 && /^(?:us|me)$/.test(before[before.length - 1]!.word)) return true;
  // "Hanse procurement (Sabine Meyer) asked in writing for our best and final offer": the subject stands before the
  // bracket, and "our" after it is whose offer, not who asks.
  let who = plan.tags.speaker(st, hit);
  if (tokens[from - 1]?.stem === ')') {
    let open = from - 2;
    while (open >= 0 && tokens[open]!.stem !== '(') open--;
    if (open > 0) who = plan.tags.speaker(st, { ...hit, from: open - 1 });
  }
  if (who === 'we' && !passive) {
    // Group 1 opens with the asking verb: said by us, it is our request. Group 0 with an asking verb before it too.
    if (!inGroup(tokens, hit, 0) && inGroup(tokens, hit, 1)) return false;
    if (before.some((t) => ASK_ROUND_STEMS.has(t.stem))) return false;
  }
  return true;
}

/** The statement stands in a part of the plan about what goes wrong (the lexicon's `pitfall` in a heading above it). */
function underPitfall(plan: PlanModel, st: Statement): boolean {
  for (let sec = st.section; sec; sec = sec.parent) {
    if (plan.tags.hits(titleStatement(sec), 'pitfall').some((h) => !h.negated)) return true;
  }
  return false;
}

interface Request {
  at: Span;
  text: string;
  scope: Span;
  /** Someone asks in so many words. */
  asked?: boolean;
}

/** The part of the plan that belongs to a request: its best-and-final section, list item, row or section. */
function scopeOf(plan: PlanModel, s: Statement, facts: Fact[], paragraphEnd: (s: Statement) => number): Span {
  const fact = facts.filter((f) => s.start >= f.scope.start && s.start < f.scope.end).sort((a, b) => a.scope.end - a.scope.start - (b.scope.end - b.scope.start))[0];
  if (fact) return fact.scope;
  if (s.item) {
    let top = s.item;
    while (top.parent) top = top.parent;
    return { start: top.start, end: top.end };
  }
  if (s.row) return { start: s.row.start, end: s.row.end };
  const section: Section | undefined = s.section;
  if (section && section.index > 0) {
    const next = plan.sections[section.index + 1];
    // The section's own text, before its first sub-section.
    return { start: section.start, end: next && next.parent === section ? next.start : section.end };
  }
  // Prose under the title: the paragraph, i.e. the following sentences up to a blank line.
  return { start: s.start, end: paragraphEnd(s) };
}

/** For each prose statement, where its paragraph ends (computed once, right to left). */
function paragraphEnds(plan: PlanModel): (s: Statement) => number {
  const ends = new Map<Statement, number>();
  let end = -1;
  let nextStart = -1;
  for (let i = plan.statements.length - 1; i >= 0; i--) {
    const st = plan.statements[i]!;
    if (st.kind !== 'prose') {
      end = -1;
      continue;
    }
    // A blank line between this sentence and the next one closes the paragraph.
    if (end < 0 || /\n\s*\n/.test(plan.text.slice(st.end, nextStart))) end = st.end;
    ends.set(st, end);
    nextStart = st.start;
  }
  return (s) => ends.get(s) ?? s.end;
}

/**
 * A round told as history: "they came back for a festival in 2024" (the return itself in the past), or "Round two:
 * C$29.00 → C$31.00 and in return they added the coaching module" (a round named as a label, its line in the past).
 */
function pastRound(tokens: readonly Token[], hit: TagHit): boolean {
  if (tokens.slice(hit.from, hit.to).some((t) => isPast(t.word) || t.word === 'rang')) return true;
  if (hit.from > 0 || tokens[hit.to]?.word !== ':') return false;
  return tokens.some((t, i) => i > hit.to && isPast(t.word) && /^(?:we|they|he|she|i)$/.test(tokens[i - 1]?.word ?? '')) && !tokens.some((t) => FUTURE_WORDS.has(t.word));
}

const OFFER_STANDS = /\b(?:(?:bafo|offer|price|number|figure|bid)\s+(?:stands|holds|remains|is final)|(?:we|i)\s+(?:restate|repeat|hold|confirm)\s+(?:the\s+|our\s+)?(?:same|it|bafo|offer|price|number|figure))\b/i;
const SAME_NUMBER = /\b(?:are|is|stays?|remains?) (?:one and )?the same\b|\bsame (?:number|figure|price|offer)\b/i;

/** Spans merged into sorted, disjoint intervals, with a fast "does any contain this offset". */
function intervals(spans: Span[]): (offset: number) => boolean {
  const merged = mergeSpans(spans);
  return (offset) => insideAny(merged, offset);
}

/**
 * Whether a span holds a money amount or a percentage, or a bare figure that repeats one of our money positions
 * ("My written price: KES 95 per kg" … "My price stays at 95").
 */
function numbers(plan: PlanModel): (span: Span) => boolean {
  const ours = new Set(
    (['opening', 'target', 'best-and-final'] as const).flatMap((c) => plan.factsOf(c).flatMap((f) => f.amounts.filter((a) => a.kind === 'money').map((a) => a.value))),
  );
  return (span) => plan.amountsIn(span).some((a) => a.kind === 'money' || a.kind === 'percent' || (a.kind === 'number' && ours.has(a.value)));
}


export default defineRule({
  meta: {
    id: 'best-and-final',
    severity: 'warn',
    description: 'When the other side asked for our best and final offer, the plan states the final number and does not treat it as an opening.',
    principle:
      'When a buyer asks for the best deal in writing, take the request at face value: they may well decide on that one number and never come back. Plan the offer as the last word, with the number written down, instead of holding something back for a second round that may not happen.',
    sources: ['how-you-lose'],
    fix: 'Write the number we submit, labelled as final ("**BAFO:** €380.000 per year, valid until 30 May"), and remove plans for a second round ("leave room", "starting point", "they will come back", "hold something back"). If we really want another round, ask them whether there will be one before we submit.',
    details:
      'The rule first looks for a request: a sentence, item or row that says the other side asked for our "best and final offer", a "BAFO", our "last and final" or "final offer", "one round only", no second round, or our "best price in writing" ("Procurement asked for our best and final by Friday", "we were invited to submit a BAFO", "they want our best price in writing"; in a buyer plan, the party selling to us asking, "Le courtier a demandé les meilleures et dernières offres"), or a heading or label named BAFO / best and final. Contingencies ("if they ask for a BAFO"), negations ("there is no BAFO round"), requests we make ourselves ("we will ask the suppliers for their best and final offers") and their offers to us ("the supplier\'s final price") are not requests. A request made of every bidder ("asked all three shortlisted licensees for their best and final offer") or of us as the object ("wrote to us asking for our “best and final offer”", quoted in their words, or quoted as their order or what they asked for in any language: "mandem a melhor e última proposta", asked for "best and final") is a request of us. With no request the rule stays silent, and a bare date line for the last round ("Final proposal due 15 May") does not by itself ask for the final number to be written down. When there is one, it reports (1) at the request, when the plan states no final number — neither an amount in the request\'s section, item or row together with what we submit, nor a labelled final offer anywhere ("Final offer: €380k", "our best and final is $395k"); and (2) at the first statement that treats the offer as an opening (one finding, naming the lines of any others; when there is one, the missing final number is not reported separately): anywhere in the plan "second round", "they will come back", "then negotiate", "not our lowest", "hold something back", "treat it as round one", "just the start of the negotiation"; and inside the request\'s part of the plan "leave room", "room to negotiate", "starting point", "opening offer", "anchor high". Negated phrases ("there is no second round", "we hold nothing back for a later round") are fine, and so is a statement that rules the second round out and names the opening only as the reason ("We don\'t pad it for a later round: a best and final treated as an opening invites a worse price"). A round told as history is not reported either: a return in the past ("they came back for a festival"), a round named as a label whose line is in the past ("Round two: C$29.00 → C$31.00, and they added the coaching module"), or the paragraph that leads up to a request told in the past ("After round two we\'re at C$31.00. On 3 March Kevin asked for our best and final") unless it looks ahead. A part of the plan about what goes wrong (a pre-mortem, "How it goes wrong", traps, mistakes: the lexicon\'s `pitfall` concept) describes what we must not do, so a second round named there is not reported. The words come from the lexicon\'s `best-and-final-request`, `second-round` and `final-offer` concepts; add your team\'s words under `vocabulary.best-and-final-request`, `vocabulary.second-round` and `vocabulary.final-offer`. A request made of everyone ("emailed everyone who viewed it asking for best and final offers") is a request of us too, and an offer we send as best and final but call "a starting figure", "for us the opening" or keep "the real cut" back from is treated as an opening. A round asked of every buyer or bidder left ("Dr. Meier wants best and final offers in writing from the two remaining buyers") is asked of us, and so is a letter addressed to all bidders ("All bidders: best and final offer by 28 March"); the bid we "put in" is the number we submit. A request quoted after an asking verb in other languages is a request of us ("Ci hanno chiesto per mail la "migliore offerta definitiva"", "nos pidieron su "mejor oferta final""), and the number sent and called final ("la chiamo "offerta definitiva", ma per noi è l\'apertura del secondo giro") is treated as an opening when the same breath plans the next round. Their own email quoted into the plan ("> You are not the lowest bid on the HM-220 block. Please send your best and final offer") says where we stand with them; it keeps no round back. A contingency answered with the standing offer ("If she calls back Friday anyway: \"Our BAFO stands.\"") keeps no round back. A request quoted after "pidiendo" with its article ("pidiendo \"la mejor y última oferta\"") is a request of us, and Swedish tenders ask in their words ("sista anbudsomgången", "slutliga timpris", "ingen ytterligare förhandling"). Room kept back is read in other languages too ("guardamos R$ 150 mil por máquina para a próxima rodada", "holder igjen rom – de kommer alltid tilbake", "on garde 0,40 € de marge pour un deuxième tour"), and so are "GHTs call back after the BAFO", "Keep step 3 back for the call after the BAFO" and "\'best and final\' is never the last round". An asking verb with an accent ("nous a demandé par mail « votre meilleure et dernière offre »") asks us.',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [
        {
          title: 'A best-and-final offer planned as an opening',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $380k ARR\n\nProcurement asked for our best and final offer by Friday. We send $420k to leave room, and negotiate from there.\n',
        },
        {
          title: 'A request for the best price in writing, with no number',
          code: '---\nside: seller\ncurrency: EUR\n---\n# Globex hosting renewal\n\n## Walk-away\n\n€950.000 per year.\n\n## Situation\n\nTheir CFO wants our best price in writing and will decide after that.\n',
        },
      ],
      valid: [
        {
          title: 'The final number, stated as final',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $380k ARR\n\n## Best and final offer\n\nProcurement asked for our best and final by Friday. We submit $385k ARR for three years; there is no second round.\n',
        },
        {
          title: 'No request: our own opening and concessions',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Opening:** $440k ARR, the list price; it leaves room to trade.\n',
        },
      ],
    },
  },
  check({ plan, report }) {
    const bfFacts = plan.factsOf('best-and-final');
    const affirmed = (st: Statement, hits: readonly TagHit[]): TagHit | undefined => hits.find((h) => !h.negated);

    const requests: Request[] = [];
    // A heading or label named after the round: "## BAFO", "**Best and final:** …".
    for (const f of bfFacts) {
      // "| Best & final requested by customer? | N/A — Karen has not asked for one |": a field answered no.
      if (ANSWERED_NO.test(f.value.text.slice(0, 400))) continue;
      const label: Statement = { start: f.label.start, end: f.label.end, text: plan.text.slice(f.label.start, f.label.end), kind: 'prose', isQuestion: false };
      if (plan.tags.hits(label, 'best-and-final-request').some((h) => !h.negated && inGroup(plan.tags.tokens(label), h, 0))) {
        requests.push({ at: { start: f.label.start, end: f.label.end }, text: f.label.text, scope: f.scope });
      }
    }
    const paragraphEnd = paragraphEnds(plan);
    const byRequest = new Map<Statement, Request>();
    for (const { statement: s, hit } of plan.tagged('best-and-final-request')) {
      const tokens = plan.tags.tokens(s);
      // "Has the customer asked for a best-and-final offer?": a form's question whether they asked, not their request.
      if (s.kind === 'heading' || (s.isQuestion && ASKS_WHETHER_ASKED.test(s.text)) || !isRequest(plan, s, tokens, hit)) continue;
      // "Aceite verbal ➜ proposta final e minuta de contrato": a step on the way to signature sends the agreed offer, nobody asks for a last round.
      if (plan.within(s.start, 'paper-process') && !tokens.slice(0, hit.from).some((t) => ASKING.has(t.stem))) continue;
      // "Best & final requested by customer? | N/A — Karen has not asked for one": the rest of its line answers no.
      const lineEnd = plan.text.indexOf('\n', hit.end);
      if (ANSWERED_NO.test(plan.text.slice(hit.end, lineEnd < 0 ? plan.text.length : lineEnd).replace(/^[^|:?]*[|:?]/, ':'))) continue;
      // Someone asks in so many words ("Anjali has asked for our best and final"), not just a date line ("BAFO due 27 Sept").
      const asked = inGroup(tokens, hit, 1) || tokens.slice(0, hit.from).some((t) => ASKING.has(t.stem));
      const known = byRequest.get(s);
      if (known) known.asked ||= asked;
      else byRequest.set(s, { at: { start: s.start, end: s.end }, text: plan.text.slice(hit.start, hit.end), scope: scopeOf(plan, s, bfFacts, paragraphEnd), asked });
    }
    requests.push(...byRequest.values());
    if (requests.length === 0) return;
    requests.sort((a, b) => a.at.start - b.at.start);

    // (2) Statements that plan a second round: group 0 anywhere, group 1 ("leave room", "starting point")
    // in the request's part of the plan or beside a final number. One finding for all of them.
    const inRequestScope = intervals(requests.map((r) => r.scope));
    const inAnyScope = intervals([...requests.map((r) => r.scope), ...bfFacts.map((f) => f.scope)]);
    const opening = new Set<Statement>();
    const byStatement = new Map<Statement, TagHit[]>();
    const treated: { s: Statement; found: TagHit }[] = [];
    // "Send €100 as my first number": sending it now, not a number "sent 12/08" in the last round.
    const sendsIn = (t: Statement) => plan.tags.has(t, 'final-offer') || plan.tags.tokens(t).some((k) => SUBMISSION.has(k.stem) || k.word === 'send');
    // Requests told in the past ("On 3 March Kevin asked for our best and final"): what stands before them is the story so far.
    const asks = plan.tagged('best-and-final-request').map((t) => t.statement).filter((t) => t.kind === 'prose' && plan.tags.tokens(t).some((k) => isPast(k.word)));
    for (const { statement, hit } of plan.tagged('second-round')) {
      // "…3 of 4 shows sold out, and they came back for a festival in 2024": a return told in the past is history.
      if (pastRound(plan.tags.tokens(statement), hit)) continue;
      // '> You are not the lowest bid on the HM-220 block. Please send your best and final offer': their quoted email says
      // where we stand with them, not that we keep a round back.
      const lineStart = plan.text.lastIndexOf('\n', hit.start - 1) + 1;
      if (/^[ \t]*>/.test(plan.text.slice(lineStart, hit.start)) && /\byou\b/i.test(plan.text.slice(Math.max(statement.start, lineStart), hit.start))) continue;
      // "We opened at C$29.00; they came back at C$41.00. After round two we're at C$31.00. On 3 March Kevin asked for
      // our best and final": the paragraph that leads up to the request tells how we got there, unless it looks ahead.
      const ahead = plan.tags.tokens(statement).some((t) => FUTURE_WORDS.has(t.word));
      if (!ahead && statement.kind === 'prose' && asks.some((r) => r.start > statement.start && !/\n[ \t]*\n/.test(plan.text.slice(statement.end, r.start)))) continue;
      let list = byStatement.get(statement);
      if (!list) byStatement.set(statement, (list = []));
      list.push(hit);
    }
    const position = new Map(plan.statements.map((st, i) => [st, i]));
    for (const [s, hits] of byStatement) {
      // "## How it goes wrong" ⏎ "1. We treat the best-and-final as an opener.": a failure we plan against, not our plan.
      // A heading that names a past round ("Round two") tells the story so far; it plans nothing.
      // "My first instinct was to … leave room to come down": a slip written out so it does not happen, likewise.
      if (s.isQuestion || s.kind === 'heading' || underPitfall(plan, s) || plan.tags.hits(s, 'pitfall').some((h) => !h.negated)) continue;
      // "We don't pad it for a later round: a best and final treated as an opening invites a worse price": a
      // statement that rules the second round out names it only as the reason.
      if (hits.some((h) => h.negated)) continue;
      // "Our opening number and our final number are the same": the offer is final, as asked.
      if (SAME_NUMBER.test(s.text)) continue;
      const tokens = plan.tags.tokens(s);
      // "The Company's submission of EUR 612 is an opening position": our submission, wherever the plan says it.
      // "We'll send 3,76 € in writing as our first written position. There will be room to move after that": the sentence before,
      // in the same paragraph, may be the one that names what we send.
      const before = plan.statements[position.get(s)! - 1];
      // "What we send Helga: 1.080 as our written price.": the label that says we send it leads the value's line.
      const labelled = (t: Statement) => {
        const lineStart = plan.text.lastIndexOf('\n', t.start - 1) + 1;
        return lineStart < t.start && tokenize(plan.text.slice(lineStart, t.start)).some((k) => SUBMISSION.has(k.stem) || k.word === 'send');
      };
      const sentBefore = before !== undefined && before.kind !== 'heading' && before.item === s.item && !/\n[ \t]*\n/.test(plan.text.slice(before.end, s.start)) && (sendsIn(before) || labelled(before));
      const scoped = inAnyScope(s.start) || sendsIn(s) || sentBefore;
      // "If they come back, we restate £98": a contingency answered with the same number, not a planned round.
      // 'If she calls back Friday anyway: "Our BAFO stands."': the call that may come, answered with the same number.
      const standsFirm = (h: TagHit) => CONDITION.has(tokens[h.from]?.stem ?? '') && OFFER_STANDS.test(plan.text.slice(h.end, s.end));
      const found = hits.find((h) => !h.negated && !conditioned(tokens, h) && !standsFirm(h) && (scoped || !inGroup(tokens, h, 1)));
      if (!found) continue;
      opening.add(s);
      treated.push({ s, found });
    }
    // One problem, one finding: the first statement that plans a later round, with the lines of the others.
    if (treated.length > 0) {
      // Anchored where the plan sends its number and plans the next round in one breath ("We send AED 1,560,000 as our
      // best and final, wait for Vikram to come back"), before a positions table's "Opening bid" row.
      const notSent = (t: { s: Statement }) => (sendsIn(t.s) && plan.amountsIn(t.s).length > 0 ? 0 : 1);
      // Then where the statement names the final offer itself ('$668,000 goes in as "best and final", but…'), before a
      // passing "keep room for it" about something else.
      const unnamed = (t: { s: Statement }) => (plan.tags.has(t.s, 'final-offer') || plan.tags.has(t.s, 'best-and-final-request') ? 0 : 1);
      treated.sort((a, b) => notSent(a) - notSent(b) || unnamed(a) - unnamed(b) || a.s.start - b.s.start);
      const { s, found } = treated[0]!;
      const more = treated.slice(1);
      const firstLine = plan.lines.point(s.start).line;
      const lines = [...new Set(more.map((t) => plan.lines.point(t.s.start).line))].filter((l) => l !== firstLine).sort((a, b) => a - b);
      const also = lines.length === 0 ? '' : ` (also line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`;
      report(
        `They asked for our best and final offer, but \`${plan.text.slice(found.start, found.end)}\` treats it as an opening${also}: submit the final number and plan for no second round.`,
        { start: s.start, end: s.end },
      );
    }
    // The finding above already asks for the final number; one finding per problem.
    if (opening.size > 0) return;

    // (1) The number we submit: a labelled final offer, a statement that gives it as final,
    // or what we submit within the request's part of the plan.
    const hasNumber = numbers(plan);
    const labelled = bfFacts.some((f) => f.amounts.some((a) => a.kind === 'money' || a.kind === 'percent'));
    const requestStarts = new Set(requests.map((r) => r.at.start));
    const stated = plan.statements.some((s, i) => {
      // "£13.20 per dozen. That's final!": the number can stand in the sentence just before.
      const prev = plan.statements[i - 1];
      const adjacent = prev !== undefined && prev.end + 3 >= s.start;
      if (s.isQuestion || !(hasNumber(s) || (adjacent && hasNumber(prev)))) return false;
      // "…one written offer, final, no second round." ⏎ "- The number: £4,800/week": or the sentence just after.
      const own = plan.tags.hits(s, 'final-offer').filter((h) => !h.negated);
      const finals = own.length > 0 ? own : adjacent && !prev.isQuestion && !requestStarts.has(prev.start) && hasNumber(s) ? plan.tags.hits(prev, 'final-offer').filter((h) => !h.negated) : [];
      const named = plan.tags.hits(s, 'best-and-final-request').some((h) => !h.negated && inGroup(plan.tags.tokens(s), h, 0));
      // "so the number we send, first and final, is Rs 14.40": any of the sentence's words may name it final.
      if (finals.length > 0 && (inRequestScope(s.start) || named || finals.some((f) => /final|only|last/i.test(plan.text.slice(f.start, f.end))))) return true;
      return named && !requestStarts.has(s.start);
    });
    if (labelled || stated) return;
    // "Final proposal due 15 May": a date for the last round, with nobody asking in so many words, does not by
    // itself ask us to name a final number here; a request does.
    if (requests.every((r) => r.asked === false && /\bdue\b/i.test(r.text))) return;
    // Point at the plainest request: a heading or label named after the round, else the first one.
    const labels = new Set(bfFacts.map((f) => f.label.start));
    const first = requests.find((r) => labels.has(r.at.start)) ?? requests.find((r) => r.asked) ?? requests[0]!;
    const hasSection = bfFacts.some((f) => f.source === 'heading');
    report(
      `They asked for our best and final offer (\`${first.text}\`), but the plan states no final number: write down the number we submit and label it final ("Best and final: <amount>", "We submit <amount>"); add your team's words under \`vocabulary.final-offer\`.`,
      first.at,
      hasSection
        ? undefined
        : {
            fix: insertSectionFix(
              plan,
              'Insert a "Best and final offer" section',
              'Best and final offer',
              plan.side === 'buyer'
                ? 'Our final offer: <price we commit to>, valid until <date>. It is final: no second round, nothing held back.'
                : 'Our best and final: <final price>, valid until <date>. It is final: no second round, nothing held back.',
              ['concessions', 'price-challenge', 'constraints'],
            ),
          },
    );
  },
  applies: ({ plan }) => mentions(plan, 'best-and-final', 'best-and-final-request'),
});
