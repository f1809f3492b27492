import { defineRule } from '../engine/rule.js';
import { familyRegex, findHits, negatedInClause as negatedAt, type Hit, allMatches } from '../engine/language.js';
import type { Item, PlanModel, Statement } from '../engine/plan/model.js';

interface Options {
  extraConstraintPhrases: string[];
  extraWithholdPhrases: string[];
}

// Hard constraints: legal, regulatory, policy, compliance, security, procurement, budget cycles, approvals.
// A budget amount or our walk-away point is not one: keeping those to ourselves is ordinary negotiating.
const CONSTRAINTS = [
  'legal', 'legally', 'law', 'laws', 'lawyer*', 'counsel', 'regulator*', 'regulation*', 'regulatory', 'regulated',
  'policy', 'policies', 'compliance', 'compliant', 'non-compliant', 'security review', 'security questionnaire',
  'security requirement*', 'security assessment', 'security policy', 'infosec', 'pen test*', 'penetration test*',
  'procurement rule*', 'procurement polic*', 'procurement process', 'procurement requirement*', 'procurement threshold*',
  'procurement approval', 'purchasing rule*', 'purchasing polic*', 'tender rule*', 'tender process', 'public tender',
  'budget cycle*', 'budget freeze', 'budget year', 'spending freeze', 'spend freeze', 'fiscal year*', 'fiscal-year',
  'financial year*', 'fy', 'year-end', 'year end freeze', 'quarter-end', 'approval limit*', 'approval threshold*',
  'approval level*', 'signing authority', 'signature authority', 'sign-off limit*', 'delegation of authority',
  'board approval', 'board sign-off', 'deal desk', 'discount approval*', 'discount authority', 'discount polic*',
  'pricing polic*', 'price floor polic*', 'minimum price', 'data residency', 'data sovereignty', 'data location',
  'hosting location', 'hosting limit*', 'hosting restriction*', 'hosting region', 'data region', 'eu-only', 'eu only', 'gdpr', 'dsgvo', 'uk gdpr', 'ccpa', 'hipaa', 'sox', 'sarbanes-oxley',
  'soc 2', 'soc2', 'soc ii', 'iso 27001', 'iso27001', 'pci', 'pci-dss', 'fedramp', 'dora', 'nis2', 'export control*',
  'export licen*', 'itar', 'ear99', 'sanction*', 'embargo*', 'liability cap*', 'cap on liability', 'limitation of liability',
  'unlimited liability', 'liability', 'indemnit*', 'indemnification', 'insurance', 'audit right*', 'escrow',
  'source code escrow', 'termination for convenience', 'works council', 'union', 'standard terms', 'standard contract',
  'msa', 'dpa', 'data processing agreement', 'certification*', 'accreditation*', 'licensing terms', 'licence restriction*',
  'license restriction*', 'minimum term', 'minimum commitment', 'minimum order', 'moq', 'non-negotiable', 'red line*',
  'mandatory', 'constraint*',
];

// Hiding it outright: hide, keep quiet, hold back, bury it in the contract, surprise them.
const CONCEAL = [
  'hide', 'hides', 'hiding', 'conceal*', 'withhold*', 'hold it back', 'hold this back', 'hold that back', 'hold them back',
  'hold back', 'holding back', 'keep quiet', 'keep it quiet', 'keep this quiet', 'keep that quiet', 'keep them quiet',
  'keep quiet about', 'stay quiet', 'stay silent', 'remain silent', 'say nothing', 'keep it secret', 'keep this secret',
  'keep it under wraps', 'keep this under wraps', 'under wraps', 'keep it to ourselves', 'keep this to ourselves',
  'keep it in our back pocket', 'in our back pocket', 'keep it off the table', 'keep it out of the proposal',
  'keep it out of the deck', 'keep it out of the conversation', 'sit on it', 'sit on this', 'bury it', 'bury this',
  'downplay*', 'play it down', 'play this down', 'play down', 'gloss over', 'sweep it under the rug',
  'sweep it under the carpet', 'soft-pedal', 'soft pedal', 'sidestep', 'side-step', 'dodge', 'deflect',
  'avoid the topic', 'avoid the subject', 'skirt around', "they don't need to know", 'they do not need to know',
  "they needn't know", 'need to know basis', 'need-to-know', 'let them find out', 'let them discover',
  "they'll find out later", 'they will find out later', 'surprise them', 'surprise procurement', 'surprise legal',
  'surprise the customer', 'surprise the buyer', 'surprise the supplier', 'spring it on them', 'spring this on them',
  'drop it on them', 'blindside*', 'ambush', 'in the small print', 'in the fine print', 'small print', 'fine print',
  'later in the process', 'later in the deal', 'later in the cycle', 'later in the negotiation', 'at the last minute',
  'at the eleventh hour', 'at the 11th hour',
];
// "FY25", "FY 2026".
const FISCAL = /\bFY\s?\d{2,4}\b/g;

const CONCEAL_SHAPES = [
  // "keep that to ourselves", "keep the cap out of the deck"
  /\bkeep(?:s|ing)?\s+(?:it|this|that|these|those|them|the\s+[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF-]+(?:\s+[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF-]+)?)\s+(?:to ourselves|quiet|secret|hidden|under wraps|back|in our (?:back )?pocket|off the table|out of (?:the )?(?:proposal|deck|conversation|sight|discussion|documents?))\b/gi,
  // "bury it in the appendix", "leave it for later", "save this for the contract stage", "park it until signature"
  /\bbur(?:y|ies|ying)\s+(?:it|this|that|them)?\s*in\s+(?:the\s+)?(?:contract|appendix|annex|schedule|terms|t&cs|t&c|msa|paperwork|redlines?)\b/gi,
  /\b(?:leave|leaves|leaving|save|saves|saving|park|parks|parking|keep|keeps|keeping)\s+(?:it|this|that|them|the \w+)\s+(?:for|until|till)\s+(?:later|the end|contracting|legal|redlines?|the contract(?: stage)?|signature|signing|the last (?:round|meeting|call))\b/gi,
];

// Not telling: "don't mention", "won't raise", "do not volunteer"; "don't forget to mention" is the opposite.
const NOT_TELLING =
  /\b(?:don['’]?t|do not|won['’]?t|will not|never|not|avoid|no need to|shouldn['’]?t|should not|let['’]?s not|better not(?: to)?)\s+(?:(?!forget|fail|neglect|hesitate|wait|only)[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF'’]+\s+){0,2}?(?:mention\w*|rais(?:e|es|ing)|bring\w*\s+(?:it\s+|this\s+|that\s+|them\s+)?up|disclos\w*|reveal\w*|shar(?:e|es|ing)|volunteer\w*|tell\w*|flag\w*|surfac\w*|discuss\w*|talk\w*\s+about|lead\w*\s+with|admit\w*|point\w*\s+out|highlight\w*|put\w*\s+(?:it\s+|this\s+|that\s+)?(?:on the table|in writing|in the proposal))\b/gi;
// "share our data", "tell them our price": the object is not the constraint.
const OTHER_OBJECT = /^\s*(?:you\b|(?:[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF'’]+\s+){0,2}?(?:customer data|personal data|their data|our data|data with|credentials|passwords|keys|source code)\b)/i;

// Only when asked: "only if they ask", "unless pressed", "only on request".
const ONLY_IF_ASKED =
  /\b(?:only|just)\s+(?:if|when|once|after|in case)\s+(?:[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF'’.-]+\s+){0,3}?(?:ask\w*|raise[sd]?|bring\w*|comes? up|press\w*|push\w*|insist\w*|finds? out|notices?|request\w*|digs?|spots?|challeng\w*|quer\w*|question\w*|probe\w*|forced|cornered|unavoidable|necessary|needed|required)\b|\bonly\s+(?:up)?on\s+(?:their\s+)?request\b|\bunless\s+(?:(?:they|procurement|legal|someone|anyone|somebody|the \w+|it|specifically|directly|explicitly)\s+){0,2}(?:ask\w*|raise[sd]?|bring\w* it up|comes? up|press\w*|push\w*|insist\w*|finds? out|notices?|request\w*|digs?|challeng\w*|forced|cornered)\b/gi;
// "Mention it if asked", "raise it if it comes up": telling only on demand.
const IF_ASKED =
  /\b(?:if|when)\s+(?:asked|pressed|challenged|queried|it comes up|the topic comes up|the subject comes up|(?:they|anyone|someone|procurement|legal)\s+(?:specifically\s+|directly\s+)?(?:ask|asks|bring it up|brings it up|raise it|raises it|find out|finds out|notice|notices|dig|digs))\b/gi;
const TELL_VERB =
  /\b(?:mention\w*|rais(?:e|es|ing)|bring\w*\s+(?:it\s+|this\s+|that\s+)?up|disclos\w*|reveal\w*|admit\w*|volunteer\w*|acknowledg\w*|confirm\w*|tell\w*|flag\w*|surfac\w*|explain\w*|introduc\w*|let them know|inform\w*|break the news|shar(?:e|es|ing)|table)\b/gi;
// Late: "raise it after they sign", "tell them once they have committed", "wait until signature to mention it".
const LATE =
  /\b(?:later|late|at the (?:last minute|end|very end|eleventh hour|11th hour)|last[- ]minute|eleventh hour|after (?:(?:they|the customer|the client|the buyer|the supplier|the vendor|procurement|we|[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF'’.-]+)\s+(?:have\s+|has\s+|['’]ve\s+|is\s+|are\s+)?)?(?:sign\w*|commit\w*|agree\w*|say yes|said yes|accept\w*|verbal\w*|the verbal|signature|contract signature|the contract is signed|the po|the order|the deal is|pricing is|the price is|price is|the handshake|handshake|award|the award|selection|they choose|they['’]ve chosen|they pick|they['’]re committed|they are committed|they['’]re locked in|they are locked in)|once (?:they|the customer|the client|the contract|the deal|pricing|the price|we have|we['’]ve)\b[^.;,]{0,30}?\b(?:sign\w*|commit\w*|agree\w*|chos\w*|select\w*|locked|done|closed|yes)|at (?:the )?(?:contract|signature|signing|paperwork|redline|redlining|legal review)(?: stage| phase| time)?|in (?:the )?(?:contract|contracting|redlines?|final|last|closing) (?:stage|phase|round|review|meeting|week|call)|during (?:contracting|redlines?|legal review|the contract stage|closing)|(?:wait|hold off|hold on)\s+(?:until|till)|until (?:after|they|signature|the contract|the end|legal|procurement|the last|it['’]s too late)|post[- ]signature|after the fact|down the line|further down the (?:line|road))\b/gi;
// Shared early: "share up front", "raise in the first meeting". An affirmed early disclosure clears the statement.
const EARLY =
  /\b(?:up[- ]?front|early|earliest|first (?:meeting|call|conversation|session|day|week)|kick-?off|day one|from the start|from the outset|at the outset|at the start|before (?:pricing|price|we talk price|any numbers|the proposal|the first offer|we quote)|proactively|right away|immediately|straight away|openly|transparently|in the opening|in the proposal|in the rfp response)\b/gi;

interface Vocab {
  constraint: RegExp[];
  conceal: RegExp[];
}

function vocabulary(options: Options): Vocab {
  const extra = (list: string[]) => (list.length > 0 ? [familyRegex(list)] : []);
  return {
    constraint: [familyRegex(CONSTRAINTS), FISCAL, ...extra(options.extraConstraintPhrases)],
    conceal: [familyRegex(CONCEAL), ...CONCEAL_SHAPES, ...extra(options.extraWithholdPhrases)],
  };
}

/** The clause around an offset: between sentence punctuation, commas and dashes. */
function clauseAround(text: string, index: number): [number, number] {
  let from = index;
  while (from > 0 && index - from < 200 && !/[.;,!?()—–:]/.test(text[from - 1]!)) from--;
  let to = index;
  while (to < text.length && to - index < 200 && !/[.;,!?()—–]/.test(text[to]!)) to++;
  return [from, to];
}

/** How the statement holds a constraint back, if it does. */
function withholding(st: Statement, vocab: Vocab): Hit | undefined {
  const text = st.text;
  const found: Hit[] = findHits(text, st.start, vocab.conceal);
  for (const m of allMatches(text, NOT_TELLING)) {
    // The negation is part of the phrase; a negation before it ("we never avoid mentioning") turns it back.
    if (negatedAt(text, m.index!)) continue;
    if (OTHER_OBJECT.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
    found.push({ start: st.start + m.index!, end: st.start + m.index! + m[0].length, text: m[0] });
  }
  for (const m of allMatches(text, ONLY_IF_ASKED)) {
    if (negatedAt(text, m.index!)) continue;
    found.push({ start: st.start + m.index!, end: st.start + m.index! + m[0].length, text: m[0] });
  }
  // Telling only on demand, or late: needs a verb of telling in the same clause, affirmed.
  for (const re of [IF_ASKED, LATE]) {
    for (const m of allMatches(text, re)) {
      if (negatedAt(text, m.index!)) continue;
      const [from, to] = clauseAround(text, m.index!);
      const clause = text.slice(from, to);
      const verbs = [...allMatches(clause, TELL_VERB)].filter((v) => !negatedAt(text, from + v.index!));
      if (verbs.length === 0) continue;
      found.push({ start: st.start + m.index!, end: st.start + m.index! + m[0].length, text: m[0] });
    }
  }
  if (found.length === 0) return undefined;
  // "Share the residency limit up front, don't leave it for the contract stage" is the rule followed.
  if ([...allMatches(text, EARLY)].some((m) => !negatedAt(text, m.index!))) return undefined;
  return found.sort((a, b) => a.start - b.start)[0];
}

// "it", "this", "the hosting limit": a sentence that points back to the constraint named before it.
const BACK_REFERENCE =
  /\b(?:it|this|that|these|those|them)\b|\bthe\s+(?:[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF-]+\s+){0,2}?(?:limits?|restrictions?|rules?|requirements?|constraints?|clauses?|cap|obligations?|position|issue|topic)\b/i;

/** The constraint a statement is about: in it, in the item it belongs to, or in the sentence it points back to. */
function constraintFor(plan: PlanModel, st: Statement, at: number, firstOfItem: Map<Item, Statement>, vocab: Vocab): string | undefined {
  const own = findHits(st.text, st.start, vocab.constraint, false)[0];
  if (own) return own.text;
  // Nested sub-items belong to their item: "- EU data residency\n  - don't mention unless asked".
  for (let it = st.item?.parent ?? undefined; it; it = it.parent) {
    const hit = findHits(it.text, it.start, vocab.constraint, false)[0];
    if (hit) return hit.text;
  }
  if (st.item && !st.item.parent) {
    const first = firstOfItem.get(st.item);
    if (first && first !== st) {
      const hit = findHits(first.text, first.start, vocab.constraint, false)[0];
      if (hit) return hit.text;
    }
  }
  // "Our hosting is EU-only (GDPR). We keep this quiet until they sign."
  if (BACK_REFERENCE.test(st.text)) {
    const prev = plan.statements[at - 1];
    if (prev && prev.section === st.section && prev.kind !== 'heading' && !/\n[ \t]*\n/.test(plan.text.slice(prev.end, st.start))) {
      const hit = findHits(prev.text, prev.start, vocab.constraint, false)[0];
      if (hit) return hit.text;
    }
  }
  // In a constraints section every line is a constraint.
  if (plan.within(st.start, 'constraints')) {
    const label = plan.factsOf('constraints').find((f) => f.scope.start <= st.start && st.start < f.scope.end);
    const line = st.item ? firstOfItem.get(st.item) ?? st : st;
    const head = line.text.split(/[:—–(.]/)[0]!.trim();
    return head.length > 0 && head.length <= 50 ? head : label?.label.text ?? 'constraint';
  }
  return undefined;
}

/** Text for a message: one line, no Markdown emphasis. */
const oneLine = (text: string) => text.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();

export default defineRule<Options>({
  meta: {
    id: 'hidden-constraint',
    severity: 'warn',
    description: 'Hard constraints are shared early, not withheld, delayed or revealed only if asked.',
    principle:
      'Every deal has points where one side cannot move for legal, regulatory or company-policy reasons. Sharing them early resets expectations and shows good faith; keeping them back until late makes them look like a trick when they surface, and the trust lost then costs more than the information was worth.',
    seeds: ['001'],
    fix: 'Plan to share the constraint early — in the first meeting or the proposal — with the reason behind it ("our hosting is EU-only because of GDPR; we raise it in the kick-off"), and remove any instruction to hide it, delay it or wait until they ask.',
    details:
      'A constraint is a legal, regulatory, policy, compliance, security, procurement, budget-cycle or approval matter: legal, regulation, policy, compliance, security review, procurement rules, budget cycle, fiscal year, approval limits, data residency, GDPR, HIPAA, SOC 2, export control, sanctions, liability cap, indemnity, minimum term…, or any line in a constraints section. Our budget amount and our walk-away point are not constraints: keeping them private is ordinary negotiating. The rule reports a statement about a constraint (in the sentence, its list item, or the sentence its "it/this" points back to) that plans to withhold it (hide, keep quiet, hold back, don\'t mention, don\'t volunteer, bury it in the small print, surprise them, later in the process), to reveal it only if asked (only if they ask, unless pressed, mention it if asked) or to tell it late (raise it after they sign, tell them once they have committed, wait until signature to mention it). Negated plans ("we will not hide the data-residency limit", "never keep this quiet") and statements that share the constraint early (up front, in the first meeting, before pricing) are not reported.',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extraConstraintPhrases: {
          type: 'array',
          items: { type: 'string' },
          description: 'More words that name a hard constraint (a `*` at the end of a word matches any ending), e.g. "BaFin" or "works agreement".',
        },
        extraWithholdPhrases: {
          type: 'array',
          items: { type: 'string' },
          description: 'More phrases that plan to hold something back, e.g. "play dumb".',
        },
      },
    },
    defaultOptions: { extraConstraintPhrases: [], extraWithholdPhrases: [] },
    examples: {
      invalid: [
        {
          title: 'A constraint kept back until they ask',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\nOur hosting is EU-only because of GDPR; we mention it only if they ask.\n',
        },
        {
          title: 'A constraint held for after the signature',
          code: '---\nside: buyer\n---\n# Steel supply\n\n**Ceiling:** €2,4M\n\n## Constraints\n\n- Our fiscal year closes in March: raise it after they sign.\n',
        },
      ],
      valid: [
        {
          title: 'Shared up front',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Constraints\n\n- Data residency: EU-only hosting (GDPR). We share this up front in the first meeting.\n',
        },
        {
          title: 'Not hiding it',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\nWe will not hide the liability cap; it is in the proposal.\n',
        },
      ],
    },
  },
  check({ plan, report, options }) {
    const vocab = vocabulary(options);
    const firstOfItem = new Map<Item, Statement>();
    for (const st of plan.statements) if (st.item && !firstOfItem.has(st.item)) firstOfItem.set(st.item, st);
    for (const [i, st] of plan.statements.entries()) {
      const how = withholding(st, vocab);
      if (!how) continue;
      const what = constraintFor(plan, st, i, firstOfItem, vocab);
      if (!what) continue;
      report(
        `Constraint \`${oneLine(what)}\` is held back (\`${oneLine(how.text)}\`): share hard constraints early, so they do not surface late as a surprise.`,
        { start: st.start, end: st.end },
      );
    }
  },
});
