import { oneLine } from '../engine/excerpt.js';
import { defineRule } from '../engine/rule.js';
import { plansConcessions } from '../engine/plan/presence.js';
import { isPast, type Tag, type TagHit } from '../engine/lexicon/index.js';
import { DECLINING_ANSWER } from '../engine/lexicon/shapes.js';
import type { PlanModel, Statement } from '../engine/plan/model.js';
import { titleStatement } from '../engine/plan/statements.js';
import { BACK_POINTER_STEMS, PAST_GIVE_WORDS, WE_STEMS } from '../engine/lexicon/words.js';

// What counts as a concession (the tags `give` and `price-cut`, read for the plan's side: a seller's
// free module, a buyer's paying early) and as a relationship problem (`relationship-problem`) is the
// lexicon's business (`concepts/trading.ts`, `concepts/pricing.ts`). This rule only decides when the
// two meet: in one statement, or in a sentence that draws its concession from the one before.

interface Hit {
  start: number;
  end: number;
  text: string;
}

/** Whether we are the ones giving: "we'll waive", "throw in two free months" — not "Staff gave coffee a 5.9". */
function ours(plan: PlanModel, st: Statement, hit: TagHit): boolean {
  const tokens = plan.tags.tokens(st);
  // "Shane was put out that we went to tender": a give in the past tense tells what happened; it plans nothing.
  if (tokens[hit.from] && isPast(tokens[hit.from]!.word)) return false;
  let from = hit.from;
  while (from > 0 && !tokens[from - 1]!.mark) from--;
  // "To win her back we'll waive…": a "we" before the give decides, whoever else the clause names.
  for (let i = from; i < hit.from; i++) if (WE_STEMS.has(tokens[i]!.stem)) return true;
  // "… verzichten wir auf die Vertragsstrafe": the subject may follow the verb.
  // ("Priya gives us a reference": "us" after the verb is its object, not its subject.)
  if (WE_STEMS.has(tokens[hit.to]?.stem ?? '') && !/^(?:us|our|me|my)$/.test(tokens[hit.to]!.word)) return true;
  // "Staff gave coffee a 5.9 in the survey": a give in the past tense with no "we" reports what happened, it plans nothing.
  const first = tokens[hit.from];
  if (first && PAST_GIVE_WORDS.has(first.word)) return false;
  return !['they', 'named'].includes(plan.tags.speaker(st, hit) ?? '');
}

function hits(plan: PlanModel, st: Statement, ...tags: Tag[]): Hit[] {
  return tags
    .flatMap((tag) => plan.tags.hits(st, tag))
    .filter((h) => !h.negated)
    // A concession is ours to give: "Staff gave coffee a 5.9", "two travelers walked off" are not.
    .filter((h) => !(h.tag === 'give' || h.tag === 'price-cut') || ours(plan, st, h))
    .map((h) => ({ start: h.start, end: h.end, text: plan.text.slice(h.start, h.end) }));
}

// A line quoted from an earlier message of a thread ("> …", ">> …").
const QUOTED_LINE = /^[ \t]*>/;

// "…, so this is mainly to keep them happy": the sentence after a give says what the give is for.
// "…, and this is how we win her back": the give named as the way the relationship is mended.
const POINTS_BACK_TO = /\b(?:this|that|it) is (?:mainly |partly |just |only |all |really )?to\b|\b(?:that|it)['’]s (?:mainly |partly |just |only |all |really )?to\b|\b(?:this|that) is how (?:we|i)\b|\bthat['’]s how (?:we|i)\b/i;

// A sentence that draws its concession from the one before: "They are upset. So we offer a credit."
const CONSEQUENCE =
  /^(?:so|therefore|hence|thus|that['’]s why|which is why|this is why|as a result|to fix (?:that|this|it)|to (?:put|set) (?:that|this|it|things) right|to make (?:that|this|it) right|to make amends|to compensate|to make up for (?:that|this|it)|to smooth (?:that|this|it) over|in response|because of (?:that|this))\b/i;

/** The statement before `st` in the same section, when nothing but a line break separates them. */
function previous(plan: PlanModel, st: Statement, i: number): Statement | undefined {
  const prev = plan.statements[i - 1];
  if (!prev || prev.section !== st.section || prev.kind === 'heading') return undefined;
  if (/\n[ \t]*\n/.test(plan.text.slice(prev.end, st.start)) && !(prev.item && st.item)) return undefined;
  return prev;
}

/** The statement, the sentences beside it on its line or item, or its run-in title say the matter stays out of the terms. */
function keptApart(plan: PlanModel, st: Statement, i: number): boolean {
  const line = plan.lines.point(st.start).line;
  for (let k = i - 3; k <= i + 3; k++) {
    const other = plan.statements[k];
    if (!other || other.kind === 'heading') continue;
    // "*How it happens:* … someone offers a free quarter to make up for it. ⏎ *What we do:* … No commercial concession is
    // tied to the pilot.": the paragraph a line of prose stands in says it too.
    const sameParagraph = !st.item && other.kind === 'prose' && !/\n[ \t]*\n/.test(plan.text.slice(Math.min(st.end, other.end), Math.max(st.start, other.start)));
    const beside = other === st || (st.item ? other.item === st.item : plan.lines.point(other.start).line === line || sameParagraph);
    if (beside && apart(plan, other)) return true;
  }
  // "## Two separate conversations", "**1. The relationship (first 20 minutes, before any number):**" over a list: the part
  // the statement stands in keeps the relationship apart from the numbers.
  for (let sec = st.section; sec; sec = sec.parent) if (apart(plan, titleStatement(sec))) return true;
  // The line that leads into the list the statement stands in (for a line of prose, the line before it).
  let k = i;
  if (st.item) while (k > 0 && k > i - 12 && plan.statements[k - 1]!.item !== undefined) k--;
  return k > 0 && apart(plan, plan.statements[k - 1]!);
}

/** The statement says the matter stays out of the deal (the lexicon's `kept-apart`). */
const apart = (plan: PlanModel, st: Statement) => plan.tags.hits(st, 'kept-apart').some((h) => !h.negated);

export default defineRule({
  meta: {
    id: 'relationship-concession',
    severity: 'warn',
    description: 'No concession is planned to fix a relationship problem.',
    principle:
      'People problems and business problems need different remedies. Frustration and mistrust come from poor communication and misunderstanding, and a discount does not repair either: it costs real money, earns nothing in return, and tells the other side that being upset pays. Deal with the relationship directly and keep concessions for trades.',
    sources: ['trust-is-imperative'],
    fix: 'Take the relationship problem out of the concession plan: plan a conversation instead (let them explain the frustration, own what went wrong, agree how communication will work), and trade the concession only for business value, or drop it.',
    details:
      'The rule reads every sentence, list item, table row and heading of the plan, not only the concessions section. It reports when a concession we give (an item or row of the concessions part, or the lexicon\'s tags `price-cut` and `give`, read for the plan\'s side: a discount, a credit, free months, a free module or free support, waiving a fee, throwing something in; for a buyer also paying more, paying early, paying for the drinks, accepting the increase) stands in the same sentence, item or row as a relationship problem or the wish to fix one (the tag `relationship-problem`: frustrated, upset, furious, disappointed, mistrust, lost trust, goodwill, as a gesture, keep Neil happy, smooth things over, make up for, get back in their good books, win her back, apologise/apologize, repair the relationship…), or when a sentence that starts "So…", "To make up for it…", "To put that right…", "That is why…" draws a concession from a relationship problem in the sentence before. An outage or a late delivery alone is a business fact, not a relationship problem. Negated statements ("we will not discount to keep them happy", "no credit: we call their COO instead") and gives by someone else or in the past tense without "we" ("Staff gave coffee a 5.9 in the survey") are not reported, and neither is a matter the plan says stays out of the deal in the same sentence, item, line or paragraph (the tag `kept-apart`: "Rachel apologises and gives Sophie a direct line to Gareth; nothing in the commercial terms changes because of it", "separate from the numbers", "keep it out of the price"); neither is a question the answer after it turns down ("Do we give something to calm her down?" — "A: No. The tone problem is handled separately."); a list item or a paragraph line is reported once. Add your team\'s words under `vocabulary.relationship-problem`, `vocabulary.give`, `vocabulary.price-cut` or `vocabulary.kept-apart`. The sentence right after a give on the same line may name the relationship it mends by pointing back to it ("Drop our claim for the late-delivery credit. Kyle is still upset…, and I want to smooth that over as a goodwill gesture", "… Nomsa is still upset…, and this is how we win her back"). A proposal in a chat that the next message turns down ("Can we give 2% extra just to keep him happy?" ⏎ "[10:20] Sunita: No Rahul. …") is not reported, and a proposal quoted from an older email that a newer message restates is reported once, where the newer message says it. Nordic wording counts ("har gjort QA-sjefen skikkelig sur … for å glatte over og få tilliten tilbake"), and so does "smoothen things over".',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
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
  check({ plan, report }) {
    // One finding per sentence, and per list item or table row however many sentences it holds.
    const reported = new Set<object>();
    // Prose sentences on one line (one paragraph) are reported once.
    const lineObjects = new Map<number, object>();
    const lineKeys = (line: number) => {
      let o = lineObjects.get(line);
      if (!o) lineObjects.set(line, (o = {}));
      return o;
    };
    const found: { st: Statement; quoted: boolean; message: string }[] = [];
    for (const [i, st] of plan.statements.entries()) {
      const gives = hits(plan, st, 'price-cut', 'give');
      // An item of the concessions part gives by where it stands, in any words ("Betaaltermijn 14 dgn i.p.v. 45: …").
      // …not an answer to their price challenge written under it ("My answer goes back to what they need: - …").
      const listed = gives.length === 0 && (st.item !== undefined || st.row !== undefined) && plan.within(st.start, 'concessions') && !plan.within(st.start, 'price-challenge');
      if (gives.length === 0 && !listed) continue;
      // "What they need: … a lower retention – 10 % hurt them last time": what they want from the deal, not our give.
      if (!listed && plan.within(st.start, 'needs')) continue;
      // "Their alternatives: … 2. Extend Covalent 12 months at $48 — board unhappy": what they could do instead, not our give.
      if (plan.within(st.start, 'counterpart-alternative')) continue;
      let because = hits(plan, st, 'relationship-problem');
      if (because.length === 0 && CONSEQUENCE.test(st.text)) {
        const prev = previous(plan, st, i);
        if (prev) because = hits(plan, prev, 'relationship-problem');
      }
      // "Offer to drop the delay penalty to 0,25 %/week. Pekka was really frustrated…, so this is mainly to keep them
      // happy": the reason may follow the give, in the same item, pointing back to it.
      // "Drop our claim for the late-delivery credit ($9,600). Kyle is still upset…, and I want to smooth that over as a
      // goodwill gesture": the next sentence of the line mends the relationship with the give it points back to.
      const after = plan.statements[i + 1];
      if (because.length === 0 && gives.length > 0 && after && ((st.item && after.item === st.item) || !plan.text.slice(st.end, after.start).includes('\n'))) {
        const tokens = plan.tags.tokens(after);
        // "…smooth that over", "…, so this clears the air": the give pointed back to inside the words, or as their subject.
        const pointer = (t: { stem: string }) => t.stem !== 'they' && BACK_POINTER_STEMS.has(t.stem);
        const pointing = plan.tags.hits(after, 'relationship-problem').some((h) => !h.negated && (tokens.slice(h.from, h.to).some(pointer) || tokens.slice(Math.max(0, h.from - 2), h.from).some((t) => t.stem !== 'it' && pointer(t))));
        if (pointing || POINTS_BACK_TO.test(after.text)) because = hits(plan, after, 'relationship-problem');
      }
      const key: object = st.item ?? st.row ?? lineKeys(plan.lines.point(st.start).line);
      if (because.length === 0 || reported.has(key)) continue;
      // "**Separate from the numbers.** … Rachel apologises and gives Sophie a direct line; nothing in the commercial
      // terms changes because of it": the plan keeps the relationship out of the deal, as it should.
      if (keptApart(plan, st, i)) continue;
      // "Do we give something to calm her down?" ⏎ "A: No. The tone problem gets handled separately": asked and turned down.
      // In a chat the answer comes after its writer's name: "[11/03/25, 10:20 am] Sunita Iyer: No Rahul. …".
      const answer = plan.statements[i + 1];
      const answerWords = answer?.message ? answer.text.slice(answer.message.wordsFrom - answer.start) : (answer?.text ?? '');
      if (/\?\s*[*_]*\s*$/.test(st.text) && DECLINING_ANSWER.test(answerWords)) continue;
      reported.add(key);
      // The most telling phrase: "two free months" rather than "throw in".
      const whole = st.item ? plan.text.slice(st.item.start, st.end).replace(/^\s*(?:[-*+•]|\d+[.)])\s+/, '') : st.text;
      const give = listed ? whole.split(/[:;(]/, 1)[0]!.trim().slice(0, 60) : gives.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text.trim();
      const why = because[0]!.text.trim();
      const quoted = QUOTED_LINE.test(plan.text.slice(plan.text.lastIndexOf('\n', st.start - 1) + 1, st.start));
      found.push({ st, quoted, message: `Concession \`${oneLine(give)}\` is justified by a relationship problem (\`${oneLine(why)}\`): handle the relationship separately and trade concessions only for business value.` });
    }
    // A proposal quoted from an older email (">> Suggest two free guards for December to make up for November") that the
    // newer message adopts is one problem: reported where the newer message says it.
    const fresh = found.some((f) => !f.quoted);
    for (const f of found) if (!(fresh && f.quoted)) report(f.message, { start: f.st.start, end: f.st.end });
  },
  applies: ({ plan }) => plansConcessions(plan),
});
