import { defineRule } from '../engine/rule.js';
import { deniedAfter, familyRegex, findHits, type Hit } from '../engine/language.js';
import type { PlanModel, Statement } from '../engine/plan/model.js';

interface Options {
  extraRelationshipPhrases: string[];
  extraConcessionPhrases: string[];
}

// A relationship problem, or the wish to fix one: feelings, trust, goodwill, apologies.
const RELATIONSHIP = [
  'frustrat*', 'upset*', 'unhappy', 'unhappiness', 'angry', 'anger', 'angered', 'annoyed', 'annoyance', 'irritat*',
  'disappoint*', 'dissatisf*', 'displeas*', 'mistrust*', 'distrust*', 'lost trust', 'lost their trust', 'lost our trust',
  'loss of trust', 'trust issue*', 'broken trust', 'rebuild trust', 'rebuild their trust', 'regain trust',
  'regain their trust', 'win back their trust', 'win back trust', 'win their trust', 'buy their trust', 'buy trust',
  'earn back', 'restore trust', 'restore their trust', 'restore confidence', 'goodwill', 'good will', 'good faith gesture',
  'as a gesture', 'gesture of', 'a gesture', 'keep them happy', 'keep him happy', 'keep her happy', 'keep the customer happy',
  'keep the client happy', 'keep the supplier happy', 'keep everyone happy', 'make them happy', 'cheer them up',
  'smooth things over', 'smooth it over', 'smooth over', 'smooth the waters', 'calm them down', 'calm things down',
  'calm the waters', 'placate', 'appease', 'pacify', 'mollify', 'make up for', 'make it up to them', 'make amends',
  'apologi*', 'apology', 'say sorry', 'saying sorry', 'to say sorry', 'repair the relationship', 'repair our relationship',
  'fix the relationship', 'fix our relationship', 'mend the relationship', 'mend fences', 'heal the relationship',
  'save the relationship', 'rescue the relationship', 'strained relationship', 'relationship is strained',
  'relationship problem*', 'relationship issue*', 'relationship damage', 'damaged relationship', 'bad blood',
  'bad feeling*', 'hard feelings', 'ill will', 'resentment', 'resent*', 'bitter*', 'soured', 'sour mood', 'tension*',
  'friction', 'hurt feelings', 'bruised', 'let down', 'let them down', 'feel let down', 'felt let down', 'feels let down', 'offended', 'feel valued', 'feel appreciated', 'show we care',
  'show that we care', 'butter them up', 'sweeten the mood', 'peace offering', 'olive branch', 'win them back',
  'win back their', 'get back in their good books', 'back in their good books', 'ignored', 'feel ignored',
  'felt ignored', 'feels ignored', 'neglected', 'unheard', 'not listened to', 'not taken seriously', 'hurt', 'insulted',
  'embarrass*',
];

// A business concession, seller or buyer side.
const CONCESSION = [
  'discount*', 'rebate*', 'refund*', 'credit', 'credits', 'credited', 'crediting', 'price cut*', 'price break', 'price concession*', 'concession*',
  'lower the price', 'lower our price', 'reduce the price', 'reduce our price', 'cut the price', 'cut our price',
  'better price', 'better deal', 'better terms', 'special price', 'special pricing', 'free month*', 'months free',
  'month free', 'months for free', 'at no cost', 'at no charge', 'at no extra cost', 'free of charge', 'no charge',
  'for free', 'on the house', 'complimentary', 'freebie*', 'bonus', 'waive*', 'write off', 'write-off', 'throw in',
  'throw it in', 'toss in', 'sweeten*', 'sweetener*', 'extra seats', 'extra licences', 'extra licenses', 'extra month*',
  'free upgrade*', 'upgrade them for free', 'price freeze', 'freeze the price', 'match their price',
  // Buyer side: what a buyer gives.
  'pay more', 'pay early', 'pay upfront', 'pay faster', 'faster payment', 'early payment', 'accept the increase',
  'accept their increase', 'accept the price increase', 'accept their price', 'raise our offer', 'increase our offer',
  'longer term', 'longer contract', 'extra volume', 'more volume', 'split the difference',
];
const CONCESSION_SHAPES = [
  // "two free months", "a free training day", "free onboarding"
  /\bfree\s+(?:[^\s.;:,]+\s+){0,2}?(?:months?|weeks?|seats?|licen[cs]es?|training|onboarding|support|upgrades?|implementation|set-?up|installation|years?|quarters?|days?|hours?|services?|consulting|modules?|add-?ons?)\b/gi,
  // "extend the trial", "extend their payment terms" — not "extend an apology"
  /\bextend(?:s|ed|ing)?\s+(?:the |their |our |a |an )?(?:[^\s.;:,]+\s+){0,2}?(?:trial|terms?|payment|deadline|contract|warranty|support|licen[cs]es?|pilot|subscription|period|credit|discount|offer|validity|months?|weeks?|days?|sla|guarantee)\b/gi,
  // "accept their 2% price increase", "agree to the new rates"
  /\b(?:accept|accepts|accepting|agree to|agrees to|swallow|absorb)\s+(?:their|the|a|its)\s+(?:[^\s.;:,|]+\s+){0,2}(?:increase|uplift|price|prices|rise|hike|rates?|surcharge)\b/gi,
  // "10% off", "€5k off"
  /(?<![\d.,])\d[\d.,]*\s?(?:%|percent|per cent|k|m|€|\$|£)?\s?off\b/gi,
  // "give them a month", "give them something"
  /\bgive\s+(?:them|him|her|the customer|the client|the supplier)\s+(?:a|an|some|something|extra|another|one|two|three)\b(?:\s+(?!as\b|to\b|for\b|because\b)[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF-]+){0,2}/gi,
];

// A sentence that draws its concession from the one before: "They are upset. So we offer a credit."
const CONSEQUENCE =
  /^(?:so|therefore|hence|thus|that['’]s why|which is why|this is why|as a result|to fix (?:that|this|it)|to compensate|to make up for (?:that|this|it)|to smooth (?:that|this|it) over|in response|because of (?:that|this))\b/i;

interface Vocab {
  relationship: RegExp[];
  concession: RegExp[];
}

function vocabulary(options: Options): Vocab {
  const extra = (list: string[]) => (list.length > 0 ? [familyRegex(list)] : []);
  return {
    relationship: [familyRegex(RELATIONSHIP), ...extra(options.extraRelationshipPhrases)],
    concession: [familyRegex(CONCESSION), ...CONCESSION_SHAPES, ...extra(options.extraConcessionPhrases)],
  };
}

function hits(st: Statement, res: RegExp[]): Hit[] {
  // "A discount does not fix that" denies the phrase after it, as "no discount" does before it.
  return findHits(st.text, st.start, res).filter((h) => !deniedAfter(st.text, h.end - st.start));
}

/** The statement before `st` in the same section, when nothing but a line break separates them. */
function previous(plan: PlanModel, st: Statement, i: number): Statement | undefined {
  const prev = plan.statements[i - 1];
  if (!prev || prev.section !== st.section || prev.kind === 'heading') return undefined;
  if (/\n[ \t]*\n/.test(plan.text.slice(prev.end, st.start)) && !(prev.item && st.item)) return undefined;
  return prev;
}

/** Text for a message: one line, no Markdown emphasis. */
const oneLine = (text: string) => text.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();

export default defineRule<Options>({
  meta: {
    id: 'relationship-concession',
    severity: 'warn',
    description: 'No concession is planned to fix a relationship problem.',
    principle:
      'People problems and business problems need different remedies. Frustration and mistrust come from poor communication and misunderstanding, and a discount does not repair either: it costs real money, earns nothing in return, and tells the other side that being upset pays. Deal with the relationship directly and keep concessions for trades.',
    seeds: ['001'],
    fix: 'Take the relationship problem out of the concession plan: plan a conversation instead (let them explain the frustration, own what went wrong, agree how communication will work), and trade the concession only for business value, or drop it.',
    details:
      'The rule reads every sentence, list item, table row and heading of the plan, not only the concessions section. It reports when a concession (discount, credit, rebate, refund, free months, free training, waive, extend the trial or payment terms, throw in, a better price; for a buyer also pay more, pay early, accept the increase, raise our offer) stands in the same sentence, item or row as a relationship problem or the wish to fix one (frustrated, upset, unhappy, angry, disappointed, mistrust, lost trust, goodwill, as a gesture, keep them happy, smooth things over, make up for, apologise/apologize, repair the relationship, bad blood…), or when a sentence that starts "So…", "To make up for it…", "That is why…" draws a concession from a relationship problem in the sentence before. Negated statements ("we will not discount to keep them happy", "no credit: we call their COO instead") are not reported.',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extraRelationshipPhrases: {
          type: 'array',
          items: { type: 'string' },
          description: 'More phrases that name a relationship problem (a `*` at the end of a word matches any ending), e.g. "verärgert".',
        },
        extraConcessionPhrases: {
          type: 'array',
          items: { type: 'string' },
          description: 'More phrases that name a concession, e.g. "loyalty bonus".',
        },
      },
    },
    defaultOptions: { extraRelationshipPhrases: [], extraConcessionPhrases: [] },
    examples: {
      invalid: [
        {
          title: 'A discount to calm a frustrated customer',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Concessions\n\n- Their CTO is frustrated with support: offer 10% off to smooth things over.\n',
        },
        {
          title: 'A buyer paying early as a goodwill gesture',
          code: '---\nside: buyer\n---\n# Steel supply\n\n**Ceiling:** €2,4M\n**Target:** €2,1M\n\nThe supplier felt let down by our late forecast. So we pay early as a gesture of goodwill.\n',
        },
      ],
      valid: [
        {
          title: 'The relationship handled separately',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Relationship\n\nTheir CTO is frustrated with support. We will not try to fix that with a discount; Dana calls him this week to walk through the fix plan.\n',
        },
        {
          title: 'A traded concession',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Concessions\n\n- 5% off in exchange for a three-year term\n',
        },
      ],
    },
  },
  check({ plan, report, options }) {
    const vocab = vocabulary(options);
    const reported = new Set<Statement>();
    for (const [i, st] of plan.statements.entries()) {
      const gives = hits(st, vocab.concession);
      if (gives.length === 0) continue;
      let because = hits(st, vocab.relationship);
      if (because.length === 0 && CONSEQUENCE.test(st.text)) {
        const prev = previous(plan, st, i);
        if (prev) because = hits(prev, vocab.relationship);
      }
      if (because.length === 0 || reported.has(st)) continue;
      reported.add(st);
      // The most telling phrase: "two free months" rather than "throw in".
      const give = gives.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text.trim();
      const why = because[0]!.text.trim();
      report(
        `Concession \`${oneLine(give)}\` is justified by a relationship problem (\`${oneLine(why)}\`): handle the relationship separately and trade concessions only for business value.`,
        { start: st.start, end: st.end },
      );
    }
  },
});
