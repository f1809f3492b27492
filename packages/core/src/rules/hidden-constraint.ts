import { oneLine } from '../engine/excerpt.js';
import { defineRule } from '../engine/rule.js';
import { mentions } from '../engine/plan/presence.js';
import { isPast, type TagHit } from '../engine/lexicon/index.js';
import type { Item, PlanModel, Section, Statement } from '../engine/plan/model.js';
import { titleStatement } from '../engine/plan/statements.js';
import { inQuote } from '../engine/text.js';
import { BACK_POINTER_STEMS, CONDITION_STEMS, DEMAND_STEMS, ROOM_HELD_STEMS, UNTIL_STEMS } from '../engine/lexicon/words.js';
import { OUR_OWN_DEADLINE } from '../engine/lexicon/shapes.js';

interface Span {
  start: number;
  end: number;
}

// Words in quotation marks are what someone says (a question we will ask them), not what we plan to do.
const affirmed = (plan: PlanModel, hits: readonly TagHit[]): TagHit[] => hits.filter((h) => !h.negated && !inQuote(plan.text, h.start));

/** A section heading that says its content is kept back: "Things we keep to ourselves", "Things not to raise". */
function withholdingSection(plan: PlanModel, section: Section | undefined, cache: Map<Section, TagHit | null>): TagHit | undefined {
  for (let s = section; s; s = s.parent) {
    let hit = cache.get(s);
    if (hit === undefined) {
      hit = affirmed(plan, plan.tags.hits(titleStatement(s), 'withhold'))[0] ?? null;
      cache.set(s, hit);
    }
    if (hit) return hit;
  }
  return undefined;
}

/** A section (or one above it) whose title says its lines are told early: "Constraints we share up front". */
function disclosingSection(plan: PlanModel, section: Section | undefined, cache: Map<Section, boolean>): boolean {
  for (let s = section; s; s = s.parent) {
    let early = cache.get(s);
    if (early === undefined) cache.set(s, (early = affirmed(plan, plan.tags.hits(titleStatement(s), 'disclose-early')).length > 0));
    if (early) return true;
  }
  return false;
}

const TELLING_WORD = /\b(?:rais|mention|tell|told|shar|disclos|bring|brought|say|said|sag|erwähn|erwahn|ansprech|sprake|keep|kept|hold|held|hid|bury|buried|reveal|flag|volunteer|évoqu|evoqu|mencion|dir|dit|out of)/i;
const TELLING_GERUND = /^(?:raising|mentioning|telling|sharing|disclosing|flagging|bringing|revealing|showing|putting)$/;

/** How the statement holds something back, if it does: in its own words, or under a heading that says so. */
/** The clause of a hit opens on a name not ours ("Medrota does these … after the fact"). */
function namedOpensClause(plan: PlanModel, st: Statement, h: TagHit): boolean {
  const tokens = plan.tags.tokens(st);
  let from = Math.min(h.from, tokens.length - 1);
  while (from > 0 && !tokens[from - 1]!.mark) from--;
  const t = tokens[from];
  return t !== undefined && t.capital && t.word.length > 1 && plan.tags.isName(t.word) && !plan.tags.isOurs(t.word);
}

// Our room to move named as what is held back: steps, concessions, discounts, margin.
const ROOM_WORDS = String.raw`(?:steps?|concessions?|discounts?|room|margin|reserve|ladder|moves?|rest|remainder|cuts?|rebates?)`;
const ROOM_HELD_BEFORE = new RegExp(String.raw`\b(?:the|our|these|those|all)\s+(?:\w+\s+)?${ROOM_WORDS}\b[^.;:!?]{0,30}\b(?:is|are|get|gets|stay|stays)?\s*$`, 'i');
const ROOM_HELD_AFTER = new RegExp(String.raw`^\s+(?:the|our|some|a|one|these|those)\s+(?:\w+\s+)?${ROOM_WORDS}\b`, 'i');

function withholding(plan: PlanModel, st: Statement, cache: Map<Section, TagHit | null>, disclosing: Map<Section, boolean>): TagHit | undefined {
  // "Share the residency limit up front, don't leave it for the contract stage" is the rule followed.
  // "…if it comes up early they will price it in": early in a condition is what we fear, not what we plan.
  const tokens = plan.tags.tokens(st);
  const conditional = (h: TagHit) => {
    // "we keep it to ourselves until EdgeWave has confirmed the rate in writing": what ends the holding back, not a telling.
    for (let i = h.from - 1; i >= 0 && !tokens[i]!.mark; i--) if (CONDITION_STEMS.has(tokens[i]!.stem) || UNTIL_STEMS.has(tokens[i]!.stem)) return true;
    return false;
  };
  // "Keep it out of the first meeting", "raising it early just gives them a reason to load the fee": the early telling
  // is what the plan avoids, not what it does.
  const avoided = (h: TagHit) => {
    if (/\bout of (?:the |our |my )?$/i.test(plan.text.slice(Math.max(st.start, h.start - 16), h.start))) return true;
    for (let i = h.from - 1; i >= 0 && i >= h.from - 4 && !tokens[i]!.mark; i--) if (TELLING_GERUND.test(tokens[i]!.word)) return true;
    return false;
  };
  if (affirmed(plan, plan.tags.hits(st, 'disclose-early')).some((h) => !conditional(h) && !avoided(h))) return undefined;
  // "Footage retention is 30 days unless the mine asks otherwise": a default that changes on request keeps nothing back.
  // "the steps in section 9 are held back for a second round", "hold back the last discount": our room to move, kept.
  const ourRoom = (h: TagHit) =>
    ROOM_HELD_BEFORE.test(plan.text.slice(Math.max(st.start, h.start - 48), h.start)) || ROOM_HELD_AFTER.test(plan.text.slice(h.end, h.end + 32));
  const withheld = affirmed(plan, plan.tags.hits(st, 'withhold'));
  const how = withheld.find((h) => !/^\s+otherwise\b/i.test(plan.text.slice(h.end, h.end + 12)) && !ourRoom(h)) ?? (st.kind === 'heading' ? undefined : withholdingSection(plan, st.section, cache));
  // "## 8. Was wir von Anfang an offenlegen" over "Gesamtabnahme erst nach sicherheitstechnischer Abnahme": under a title
  // that tells its lines early, "only after" says when the thing itself happens, not when we tell it.
  // (A hit that names the telling itself, "Not raising this in the calls", still holds it back.)
  if (how && st.kind !== 'heading' && !withheld.some((h) => TELLING_WORD.test(plan.text.slice(h.start, h.end))) && disclosingSection(plan, st.section, disclosing)) return undefined;
  return how;
}

/** The words of a constraint in a statement or a span of text, if any. */
function constraintIn(plan: PlanModel, st: Statement, named?: ReadonlySet<string>): string | undefined {
  // "Their draft asks for unlimited liability": what they ask for is their demand, not a limit the deal must respect
  // ("their group IT policy says data must stay in India" is one).
  const tokens = plan.tags.tokens(st);
  const demanded = (h: TagHit) => {
    for (let i = h.from - 1; i >= 0 && i >= h.from - 4 && !tokens[i]!.mark; i--) if (DEMAND_STEMS.has(tokens[i]!.stem)) return plan.tags.speaker(st, h) === 'they';
    return false;
  };
  const hits = plan.tags.hits(st, 'constraint').filter((h) => !demanded(h));
  // Of several, the one a later sentence names again is the one it holds back ("…minimum term and the uplift clause are
  // policy" ⏎ "Let's not bring up the uplift clause").
  const hit = (named && hits.find((h) => tokens.slice(h.from, h.to).some((t) => named.has(t.stem)))) ?? hits[0];
  return hit ? plan.text.slice(hit.start, hit.end) : undefined;
}

/** Whether the words that hold something back lie in this statement (a section's heading may hold back for all its lines). */
function inside(how: TagHit, st: Statement): boolean {
  return how.start >= st.start && how.end <= st.end;
}

/**
 * The constraint a statement is about: in it, in the item it belongs to, or in the sentence it points back to
 * (then `from` is that sentence, so one constraint told twice is reported once).
 */
function constraintFor(plan: PlanModel, st: Statement, at: number, firstOfItem: Map<Item, Statement>, from: { statement?: Statement }, how: TagHit): string | undefined {
  // "Board approved a £220k envelope and I'm holding £6k back for contingency": a sum held back is money kept in
  // reserve, not something kept from them.
  if (inside(how, st) && plan.amountsIn(how).some((a) => a.kind === 'money')) return undefined;
  const own = constraintIn(plan, st);
  if (own) return own;
  // Nested sub-items belong to their item: "- EU data residency\n  - don't mention unless asked".
  for (let it = st.item?.parent ?? undefined; it; it = it.parent) {
    const first = firstOfItem.get(it);
    const hit = first && constraintIn(plan, first);
    if (hit) return hit;
  }
  // "Our hosting is EU-only (GDPR). We keep this quiet until they sign."
  // The pointer may reach back across a sentence that explains the constraint ("**Data residency.** The platform is
  // hosted in US-East only. Keep this out of the conversation…"): the paragraph's earlier sentences, nearest first.
  // "Company policy is 90 days from approved invoice. We do not bring up the 90 days until the day rate is fixed.": a
  // sentence that names again what the one before it set as a limit points back as "it" does.
  const tokens = plan.tags.tokens(st);
  // What is held back is named after the words that hold it back ("not bring up the 90 days"); rows of a table are apart.
  const held = inside(how, st) ? tokens.slice(how.to) : [];
  const named = new Set(held.filter((t) => !t.mark && t.stem.length >= 3 && !COMMON_STEMS.has(t.stem)).map((t) => t.stem));
  const namesAgain = (prev: Statement) => !st.row && !prev.row && plan.tags.tokens(prev).some((t) => named.has(t.stem));
  // "we hold the rest back for that": what the words hold back is named inside them, and it is our room to move, not a
  // constraint, whatever "that" points to.
  if (inside(how, st) && tokens.slice(how.from, how.to).some((t) => ROOM_HELD_STEMS.has(t.stem))) return undefined;
  const pointsBack = tokens.some((t) => BACK_POINTER_STEMS.has(t.stem));
  let next = st;
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const prev = plan.statements[i]!;
    if (prev.section !== st.section || prev.kind === 'heading' || /\n[ \t]*\n/.test(plan.text.slice(prev.end, next.start))) break;
    const hit = constraintIn(plan, prev, named);
    if (hit && (pointsBack || namesAgain(prev))) {
      // A line of the same list item is the item's own constraint, judged by what it is, as its first line is.
      if (!(st.item && prev.item === st.item)) from.statement = prev;
      return hit;
    }
    next = prev;
  }
  // "Reminder: the … uplift clause [is] policy" ⏎ next message "Let's not bring up the uplift clause until…": in a chat
  // the constraint is often named in an earlier message, and a later one holds it back by naming it again.
  if (st.message !== undefined && named.size > 0) {
    for (let i = at - 1; i >= 0 && i >= at - 12; i--) {
      const prev = plan.statements[i]!;
      if (prev.section !== st.section || prev.kind === 'heading') break;
      const hit = constraintIn(plan, prev, named);
      if (hit && namesAgain(prev)) {
        from.statement = prev;
        return hit;
      }
    }
  }
  // The item's opening line, when no nearer sentence is pointed back to (a chat message can run on inside a list item).
  if (st.item && !st.item.parent) {
    const first = firstOfItem.get(st.item);
    if (first && first !== st) {
      const hit = constraintIn(plan, first);
      if (hit) return hit;
    }
  }
  // In a constraints section every line is a constraint.
  if (plan.within(st.start, 'constraints')) {
    const label = plan.factsOf('constraints').find((f) => f.scope.start <= st.start && st.start < f.scope.end);
    const line = st.item ? firstOfItem.get(st.item) ?? st : st;
    // "Our own quarter-end is 30 June. We don't mention it.": our own deadline is our pressure, not their constraint.
    if (OUR_OWN_DEADLINE.test(line.text) && !plan.tags.has(line, 'constraint')) return undefined;
    const head = line.text.split(/[:—–(.]/)[0]!.trim();
    return head.length > 0 && head.length <= 50 ? head : label?.label.text ?? 'constraint';
  }
  return undefined;
}

// Words any two sentences of a plan share: they name nothing in particular.
const COMMON_STEMS = new Set(['the', 'and', 'but', 'not', 'they', 'thei', 'our', 'you', 'are', 'was', 'until', 'till', 'unless', 'onc', 'after', 'befor', 'will', 'would', 'can', 'cannot', 'should', 'must', 'deal', 'price', 'with', 'for', 'from', 'thi', 'that', 'it', 'them', 'ask', 'if', 'when', 'then', 'onli', 'just', 'all', 'ani', 'have', 'has', 'had', 'bring', 'rais', 'mention', 'tell', 'keep', 'say']);

export default defineRule({
  meta: {
    id: 'hidden-constraint',
    severity: 'warn',
    description: 'Hard constraints are shared early, not withheld, delayed or revealed only if asked.',
    principle:
      'Every deal has points where one side cannot move for legal, regulatory or company-policy reasons. Sharing them early resets expectations and shows good faith; keeping them back until late makes them look like a trick when they surface, and the trust lost then costs more than the information was worth.',
    sources: ['trust-is-imperative'],
    fix: 'Plan to share the constraint early — in the first meeting or the proposal — with the reason behind it ("our hosting is EU-only because of GDPR; we raise it in the kick-off"), and remove any instruction to hide it, delay it or wait until they ask.',
    details:
      'A constraint is a limit the deal must respect whatever is agreed, and that the other side will meet anyway: law and regulation (GDPR, data residency, export control, sanctions, HIPAA, SOC 2…), company policy and approvals (board approval, approval limits, a board freeze on commitments, a budget line locked by the board, standard terms, liability caps, fiscal year), and what we cannot do or deliver (a licence restriction, a ban, capacity and lead times), or any line in a constraints section. Our own numbers and our own pressure are not constraints: keeping the walk-away, the budget or a quarter-end deadline private is ordinary negotiating, and so is holding back our room to move ("we hold the rest back for that" points back to no constraint). The rule reports a statement about a constraint (in the sentence, its list item, or the sentence its "it/this" points back to) that plans to withhold it (don\'t mention, keep it to ourselves, keep it off the table, hold back, bury it in the small print), to reveal it only on demand (only if they ask, unless they push for…, mention it if asked) or to tell it late (raise it after they sign, wait until signature to mention it); a heading such as "Things we keep to ourselves" or "Things not to raise" makes every constraint under it withheld. A default that changes on request ("retention is 30 days unless the mine asks otherwise") keeps nothing back, and a title that holds a constraint back with the lines under it that say how ("CREDIT LIMIT – KEEP TO OURSELVES" over "Don\'t raise it unless they ask") is one finding. Negated plans ("we will not hide the data-residency limit") and statements that share it early (up front, on day one, in the first meeting, before pricing, in writing) are not reported; an early telling the statement avoids ("keep it out of the first meeting", "raising it early just gives them a reason to load the fee") is no sharing. Statements in a section of assumptions to verify are not read: what we have yet to check ("we haven\'t confirmed it") is not held back from them. One finding per line. The words come from the lexicon: add your team\'s words under `vocabulary.constraint`, `vocabulary.withhold` or `vocabulary.disclose-early`. A sum of money held back ("I\'m holding £6k back for contingency") is a reserve, not something kept from them. In a chat export a constraint may be named in one message and held back in a later one that names it again ("Reminder: the uplift clause is policy" … "Let\'s not bring up the uplift clause until procurement has agreed the price"). German plans hold a constraint back in their own words too ("Sag ich erst, wenn sie von sich aus nach dem Delivery-Modell fragen"), and data-protection rules are constraints under their local names ("revDSG", "Datenschutzrichtlinie"). So a paragraph that names a constraint and then holds it back in two sentences ("Company policy: our liability is capped… Let\'s not bring this up on the 11th… if they ask, we explain it then") is one finding. Our own steps, concessions or discounts held back for a later round ("the steps in section 9 are held back for a second round") are room to move, not a constraint kept from them. Under a title that says its lines are told early ("## 8. Was wir von Anfang an offenlegen"), "only after" says when the thing itself happens ("Gesamtabnahme erst nach sicherheitstechnischer Abnahme"), unless the line names the telling ("Not raising this in the calls"). Supply-chain duties are constraints ("LkSG", "supplier Code of Conduct"), and French plans hold back in their words ("On ne l\'évoquera qu\'à la mise au point du contrat").',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
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
          title: 'Our own pressure is not a constraint',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\n- Don\'t tell them about our quarter-end deadline unless they ask.\n- Our red line is $310k; keep it to ourselves.\n',
        },
        {
          title: 'Not hiding it',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\nWe will not hide the liability cap; it is in the proposal.\n',
        },
      ],
    },
  },
  check({ plan, report }) {
    const firstOfItem = new Map<Item, Statement>();
    for (const st of plan.statements) if (st.item && !firstOfItem.has(st.item)) firstOfItem.set(st.item, st);
    const sections = new Map<Section, TagHit | null>();
    const disclosing = new Map<Section, boolean>();
    const reported = new Set<Statement>();
    const reportedWhat = new Map<Statement, string>();
    const reportedItems = new Set<Item>();
    const reportedLines = new Set<number>();
    for (const [i, st] of plan.statements.entries()) {
      const how = withholding(plan, st, sections, disclosing);
      if (!how) continue;
      // "Assumptions to verify: … we haven't confirmed it. Ask directly.": what we have yet to check is not held back from them,
      // unless the statement itself says we hold it back ("Open points: I am not going to bring up our insurance cap").
      // A report of what has not happened yet ("we haven't confirmed it") plans nothing.
      const planned = inside(how, st) && plan.tags.speaker(st, how) === 'we' && !plan.tags.tokens(st).slice(how.from, how.to).some((t) => isPast(t.word));
      if (plan.within(st.start, 'assumptions') && !planned) continue;
      // "Their alternative: stock built for a tender that fell over. They'd sit on it": what they keep is theirs to keep.
      // "Medrota does these in reports after the fact": a clause about another party by name is not our plan either.
      if (inside(how, st) && (plan.tags.speaker(st, how) === 'they' || namedOpensClause(plan, st, how))) continue;
      const from: { statement?: Statement } = {};
      const what = constraintFor(plan, st, i, firstOfItem, from, how);
      // One finding per constraint: a list item that holds it back twice ("Keep to ourselves: … Don't raise it…") is one.
      if (!what || (st.item && reportedItems.has(st.item))) continue;
      // "Keep the certification out of it until the PO is signed. The certificate lands in May. — It stays out of the
      // deck": a sentence that points back belongs to the passage it points into, reported once.
      // "7. CREDIT LIMIT – KEEP TO OURSELVES" ⏎ "- … Don't raise it unless they ask": a title that holds it back and the
      // lines under it that say how are one passage, reported once.
      let k = i - 1;
      while (k >= 0 && plan.statements[k]!.section === st.section && !/\n[ \t]*\n/.test(plan.text.slice(plan.statements[k]!.end, plan.statements[k + 1]!.start))) k--;
      const passage = plan.statements.slice(k + 1, i).filter((s) => reported.has(s));
      if (from.statement ? passage.length > 0 : passage.some((s) => reportedWhat.get(s) === what)) continue;
      // "Company policy: our liability is capped… Let's not bring this up… if they ask, we explain it then.": one finding per line.
      const line = plan.lines.point(st.start).line;
      if (reportedLines.has(line)) continue;
      reportedLines.add(line);
      reported.add(st);
      reportedWhat.set(st, what);
      if (st.item) reportedItems.add(st.item);
      report(
        `Constraint \`${oneLine(what)}\` is held back (\`${oneLine(plan.text.slice(how.start, how.end))}\`): share hard constraints early, so they do not surface late as a surprise.`,
        { start: st.start, end: st.end },
      );
    }
  },
  applies: ({ plan }) => mentions(plan, 'constraints', 'constraint'),
});
