import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { maskQuotes, negatedAt, phraseRegex, wordRegex, allMatches } from '../engine/language.js';
import { normalizeLabel } from '../engine/plan/concepts.js';
import type { Fact, PlanModel, Section, Statement } from '../engine/plan/model.js';
import type { Span } from '../engine/text.js';

interface Options {
  extraRequestPhrases: string[];
  extraOpeningPhrases: string[];
}

const w = wordRegex;

const OFFER = String.raw`(?:offers?|prices?|pricing|proposals?|bids?|quotes?|quotations?|numbers?|figures?|terms|rates?|deal|submissions?|response)`;
// Words that name a best-and-final round by themselves: "BAFO", "best and final", "one round only".
const PROCESS = String.raw`bafos?|b\.a\.f\.o\.?|best (?:and|&|n['’]?) final(?: ${OFFER}| round)?|last (?:and|&) final(?: ${OFFER}| round)?|final (?:and|&) best(?: ${OFFER})?|(?:one|a single|single|only one) (?:round|shot) only|(?:only one|a single|single) (?:round|shot)|one[- ]round (?:process|tender|bid|only)|best (?:deal|offer|price|pricing|terms|number|proposal|quote|bid) in writing`;
// Words that need someone asking for them: "asked for our best price", "wants our final offer".
const ASKED_FOR = String.raw`(?:our|your|the|a|its|us (?:our|your|the|a)) (?:very )?(?:best|final|lowest|sharpest|keenest|rock[- ]bottom|bottom[- ]line)(?: possible)? ${OFFER}|(?:our|your|the|a) (?:final|last) (?:word|position|answer)`;
const REQUEST_OBJECT = w(`${PROCESS}|${ASKED_FOR}`);
const PROCESS_RE = w(PROCESS, 'iu');

// Someone asking: "asked", "wants", "requires", "told us to send", "invited us to submit", "due", "deadline".
const ASK_VERB = /\b(?:ask|asks|asked|asking|request|requests|requested|requesting|request for|want|wants|wanted|require|requires|required|requiring|expect|expects|expected|demand|demands|demanded|invite|invites|invited|need|needs|needed|call(?:s|ed)? for|insist(?:s|ed)? on|would like|['’]d like|told us to|tell us to|give (?:us|me)|send (?:us|me)|put (?:forward|in)|come back with|submit|submission|due|deadline|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end|eod|cob|close|noon|\d))\b/i;
// We are the ones asking: "we will ask the suppliers for their best and final offer".
const WE_ASK = /\b(?:we|I)\s+(?:will\s+|['’]ll\s+|would\s+|plan to\s+|intend to\s+|are going to\s+|then\s+|can\s+|may\s+|might\s+|could\s+|should\s+|also\s+)*(?:ask|request|invite|demand|require|want|expect|call for|insist on|push for|press for|run|hold|launch|issue|send out)\b/i;
// …unless it is passive: "we were asked", "we have been invited".
const PASSIVE = /\b(?:we|I)\s+(?:were|was|are|am|have been|['’]ve been|had been|got|get|are being|have just been|['’]ve just been)\s+(?:\w+\s+)?(?:asked|invited|told|requested|instructed|given)\b|\b(?:asked|invited|told|requested)\s+(?:us|me)\b/i;
// "If they ask for our best and final…" is a contingency, not a request.
const CONDITIONAL = /\b(?:if|unless|in case|whether|should (?:they|the \w+|procurement))\b/i;
// "Their best and final offer", "the supplier's final price": an offer to us, not a request of us.
const THEIRS = /\b(?:their|its|the (?:supplier|vendor|seller|provider|customer|client|buyer)['’]s)\s+$/i;

// A statement that states the number: "our best and final is €380k", "we submit €380k", "final offer: $395k".
const FINAL_MARKER = w(
  String.raw`${PROCESS}|final (?:${OFFER}|answer|position|word|ask)|(?:our|the) (?:one|only|single) number|walk[- ]in number|no further movement|nothing moves|(?:this|that) is (?:our|the) (?:number|price|offer)|we (?:will |['’]ll )?(?:submit|send|quote|put forward|go in at|come in at|table|offer|propose|give them|commit to|land at)|our (?:best )?(?:price|offer|number|bid|quote|answer|submission) (?:is|will be|stays)`,
  'iu',
);

// Treating it as an opening, wherever it is written once they asked for one round.
const OPENING_ANYWHERE = [
  String.raw`(?:a|the) (?:second|next|another|further|follow[- ]up|later) round`,
  String.raw`second round|round two|round 2`,
  String.raw`(?:they|procurement|the (?:customer|client|buyer|supplier|vendor))(?:['’]ll| will| always| usually| would| are going to)? (?:always |usually |probably |surely |then )?come back`,
  String.raw`see what they come back with|wait for (?:their|a) counter(?:[- ]?offer)?|expect a counter(?:[- ]?offer)?`,
  String.raw`(?:then|and then|after that|afterwards|later) (?:we )?(?:negotiate|haggle|trade|concede|come down|drop|move|discount)`,
  String.raw`negotiate (?:from there|down from there|further|afterwards|after that)`,
  String.raw`not (?:our|the|really our|really the|actually our) (?:lowest|floor|bottom|real|actual|true|final|last|best)(?: (?:price|number|offer|figure|line|final|best|lowest))?`,
  String.raw`(?:hold|keep|save|leave) (?:something|some|a bit|a little|\d+ ?%|\p{Sc}?\d+(?:[.,]\d+)? ?[kKmM]?|a discount|a concession|one concession|one more concession|one last concession|our last concession|the last step|our best|something extra|a sweetener)(?: (?:extra|more))? (?:back|in reserve|in the tank|for later|up our sleeve|for the next round|for round two)`,
  String.raw`hold (?:something|some|a bit|a little) back|hold back (?:a|some|our|the|one)`,
  String.raw`(?:just |only )?(?:the|a) (?:start|beginning|first step|opening) of (?:the |a )?(?:negotiation|haggle|discussion on price)`,
];
// Treating it as an opening, in the part of the plan that answers the request.
const OPENING_IN_SCOPE = [
  String.raw`leave (?:some |a little |a bit of |enough |plenty of |us )?(?:room|headroom|space|wiggle room|margin|slack|a cushion|a buffer|buffer)`,
  String.raw`(?:some |enough |plenty of )?(?:room|headroom|wiggle room|space|buffer|cushion) (?:to|for) (?:move|negotiate|manoeuvre|maneuver|come down|go lower|drop|concede|discount|haggle|trade|further|later|negotiation|a counter)`,
  String.raw`starting (?:point|position|price|offer|number|bid)`,
  String.raw`(?:an|our|the|as an?) opening (?:offer|position|bid|move|number|gambit|shot|round|price|ask)`,
  String.raw`pad (?:the|our) (?:price|number|offer|quote|bid)|padded`,
  String.raw`anchor (?:high|low)|high anchor|low anchor`,
];

// "We submit €380k", "our price is $395k": the statement gives the number rather than repeating the request.
const SUBMIT = /\b(?:we|I)\s+(?:will\s+|['’]ll\s+|then\s+|now\s+)?(?:submit|send|quote|put forward|go in at|come in at|table|offer|propose|give them|commit to|land at|answer with|reply with|respond with)\b|\bour (?:best |final |best and final )?(?:price|offer|number|bid|quote|answer|submission|bafo) (?:is|will be|stays|:)|\b(?:submit|send|quote|offer)\s+\p{Sc}/iu;

interface Request {
  at: Span;
  text: string;
  scope: Span;
}

function isRequest(text: string, m: RegExpMatchArray): boolean {
  const index = m.index!;
  // The clause before the words, within a bounded window so long statements stay linear.
  const window = text.slice(Math.max(0, index - 80), index);
  const before = window.slice(Math.max(window.lastIndexOf(';'), window.lastIndexOf('.'), window.lastIndexOf(':')) + 1);
  if (negatedAt(window, window.length) || CONDITIONAL.test(before)) return false;
  if (THEIRS.test(before)) return false;
  if (WE_ASK.test(before) && !PASSIVE.test(before)) return false;
  if (PROCESS_RE.test(m[0])) return true;
  // "Our best price" needs someone asking for it, in the clause or just after: "our best price, in writing, by Friday".
  const after = text.slice(index + m[0].length, index + m[0].length + 40);
  return ASK_VERB.test(before) || PASSIVE.test(before) || /^[^.;]{0,30}\b(?:in writing|by (?:monday|tuesday|wednesday|thursday|friday|the end|\d)|due|requested)\b/i.test(after);
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

/** Spans merged into sorted, disjoint intervals, with a fast "does any contain this offset". */
function intervals(spans: Span[]): (offset: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return (offset) => {
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const m = merged[lo - 1];
    return m !== undefined && offset < m.end;
  };
}

/** Whether a span holds a money amount or a percentage (amounts sorted by start, binary search). */
function numbers(plan: PlanModel): (span: Span) => boolean {
  const amounts = plan.amounts.filter((a) => a.kind === 'money' || a.kind === 'percent').sort((a, b) => a.start - b.start);
  return (span) => {
    let lo = 0;
    let hi = amounts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (amounts[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const a = amounts[lo];
    return a !== undefined && a.end <= span.end;
  };
}


export default defineRule<Options>({
  meta: {
    id: 'best-and-final',
    severity: 'warn',
    description: 'When the other side asked for our best and final offer, the plan states the final number and does not treat it as an opening.',
    principle:
      'When a buyer asks for the best deal in writing, take the request at face value: they may well decide on that one number and never come back. Plan the offer as the last word, with the number written down, instead of holding something back for a second round that may not happen.',
    seeds: ['004'],
    fix: 'Write the number we submit, labelled as final ("**BAFO:** €380.000 per year, valid until 30 May"), and remove plans for a second round ("leave room", "starting point", "they will come back", "hold something back"). If we really want another round, ask them whether there will be one before we submit.',
    details:
      'The rule first looks for a request: a sentence, item or row that says the other side asked for our "best and final offer", a "BAFO", our "last and final" or "final offer", "one round only", no second round, or our "best price in writing" ("Procurement asked for our best and final by Friday", "we were invited to submit a BAFO", "they want our best price in writing"), or a heading or label named BAFO / best and final. Contingencies ("if they ask for a BAFO"), negations ("there is no BAFO round"), requests we make ourselves ("we will ask the suppliers for their best and final offers") and their offers to us ("the supplier\'s final price") are not requests. With no request the rule stays silent. When there is one, it reports (1) at the request, when the plan states no final number — neither an amount in the request\'s section, item or row together with what we submit, nor a labelled final offer anywhere ("Final offer: €380k", "our best and final is $395k"); and (2) at each statement that treats the offer as an opening: anywhere in the plan "second round", "they will come back", "then negotiate", "not our lowest", "hold something back", "just the start of the negotiation"; and inside the request\'s part of the plan "leave room", "room to negotiate", "starting point", "opening offer", "anchor high". Negated phrases ("there is no second round", "we will not hold anything back") are fine.',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extraRequestPhrases: {
          type: 'array',
          items: { type: 'string' },
          description: 'More phrases that mean the other side asked for our final offer, e.g. "final pricing call", "sealed bid".',
        },
        extraOpeningPhrases: {
          type: 'array',
          items: { type: 'string' },
          description: 'More phrases that treat the final offer as an opening, e.g. "keep powder dry", "soft number".',
        },
      },
    },
    defaultOptions: { extraRequestPhrases: [], extraOpeningPhrases: [] },
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
  check({ plan, report, options }) {
    const extraRequest = options.extraRequestPhrases.filter((p) => p.trim());
    const extraOpening = options.extraOpeningPhrases.filter((p) => p.trim());
    const requestRe = extraRequest.length > 0 ? phraseRegex(extraRequest) : undefined;
    const bfFacts = plan.factsOf('best-and-final');

    const requests: Request[] = [];
    // A heading or label named after the round: "## BAFO", "**Best and final:** …".
    for (const f of bfFacts) {
      if (PROCESS_RE.test(normalizeLabel(f.label.text)) || /^final round$/.test(normalizeLabel(f.label.text))) {
        requests.push({ at: { start: f.label.start, end: f.label.end }, text: f.label.text, scope: f.scope });
      }
    }
    const paragraphEnd = paragraphEnds(plan);
    for (const s of plan.statements) {
      if (s.kind === 'heading') continue;
      const text = maskQuotes(s.text);
      let hit: RegExpMatchArray | undefined;
      for (const m of allMatches(text, REQUEST_OBJECT)) {
        if (isRequest(text, m)) {
          hit = m;
          break;
        }
      }
      if (!hit && requestRe) {
        for (const m of allMatches(text, requestRe)) {
          if (!negatedAt(text.slice(Math.max(0, m.index! - 80), m.index!), Math.min(m.index!, 80))) {
            hit = m;
            break;
          }
        }
      }
      if (hit) requests.push({ at: { start: s.start, end: s.end }, text: hit[0], scope: scopeOf(plan, s, bfFacts, paragraphEnd) });
    }
    if (requests.length === 0) return;
    requests.sort((a, b) => a.at.start - b.at.start);

    // (2) Statements that plan a second round.
    const anywhere = w([...OPENING_ANYWHERE, ...extraOpening.map((p) => p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+'))].join('|'));
    const inScope = w(OPENING_IN_SCOPE.join('|'));
    const inRequestScope = intervals(requests.map((r) => r.scope));
    const inAnyScope = intervals([...requests.map((r) => r.scope), ...bfFacts.map((f) => f.scope)]);
    const affirmed = (text: string, re: RegExp): RegExpMatchArray | undefined => {
      for (const m of allMatches(text, re)) if (!negatedAt(text.slice(Math.max(0, m.index! - 80), m.index!), Math.min(m.index!, 80))) return m;
      return undefined;
    };
    const opening = new Set<Statement>();
    for (const s of plan.statements) {
      if (s.isQuestion) continue;
      const text = maskQuotes(s.text);
      const found = affirmed(text, anywhere) ?? (inAnyScope(s.start) || FINAL_MARKER.test(text) ? affirmed(text, inScope) : undefined);
      if (!found) continue;
      opening.add(s);
      report(
        `They asked for our best and final offer, but \`${found[0]}\` treats it as an opening: submit the final number and plan for no second round.`,
        { start: s.start, end: s.end },
      );
    }

    // (1) The number we submit: a labelled final offer, a statement that gives it as final,
    // or what we submit within the request's part of the plan.
    const hasNumber = numbers(plan);
    const inOpening = intervals([...opening]);
    const labelled = bfFacts.some(
      (f) => f.amounts.some((a) => a.kind === 'money' || a.kind === 'percent') && !f.amounts.some((a) => inOpening(a.start)),
    );
    const requestStarts = new Set(requests.map((r) => r.at.start));
    const stated = plan.statements.some((s) => {
      if (opening.has(s) || s.isQuestion || !hasNumber(s)) return false;
      const text = maskQuotes(s.text);
      if (SUBMIT.test(text)) return FINAL_MARKER.test(text) || inRequestScope(s.start);
      return FINAL_MARKER.test(text) && !requestStarts.has(s.start);
    });
    if (labelled || stated) return;
    const first = requests[0]!;
    const hasSection = bfFacts.some((f) => f.source === 'heading');
    report(
      `They asked for our best and final offer (\`${first.text}\`), but the plan states no final number: write down the number we submit and label it final.`,
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
});

