import { oneLine } from '../engine/excerpt.js';
import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import type { Tag } from '../engine/lexicon/index.js';
import type { Fact, Item, PlanModel, Section, Statement } from '../engine/plan/model.js';
import { LETTERS } from '../engine/language.js';
import { inQuote, type Span } from '../engine/text.js';

// A statement that reports what they will say: "They will say: …", "Priya will argue …".
const REPORTED_SPEECH = /^\s*(?:they|he|she|[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+)?\s+(?:will|would|might|may|could|is going to|are going to)?\s*(?:say|says|said|argue|argues|claim|claims|tell|tells|insist|insists)\b/u;
import { insideAny, mergeSpans, startingIn } from '../engine/sorted.js';
import { ANSWER_ELSEWHERE, ANSWER_LABEL, capsTitle, FORETOLD_OBJECTION, SPEAKER_LINE, THEY_WILL_SAY } from '../engine/lexicon/shapes.js';
import { OUR_WORDS } from '../engine/lexicon/words.js';

// A clause opened by a word ("if", "when") keeps it; one opened by punctuation starts after it.
const STARTS_WITH_LETTER = new RegExp(`^[${LETTERS}]`);

/** The words that triggered a tag, with their offsets in the document. */
interface Hit {
  start: number;
  end: number;
  text: string;
}

// What counts as a price challenge, as value and as a price cut (a buyer's cut is paying more) is the
// lexicon's business (`concepts/pricing.ts`), read for the plan's side; this rule only decides how the
// challenge and its answer are laid out in the plan.
function tagHits(plan: PlanModel, st: Statement, tag: Tag): Hit[] {
  return plan.tags
    .hits(st, tag)
    .filter((h) => !h.negated)
    .map((h) => ({ start: h.start, end: h.end, text: plan.text.slice(h.start, h.end) }));
}

// "If they still push…": a fallback after the first answer, judged with the answer before it.
const ESCALATION =
  /\b(?:still|again|keep(?:s)? (?:pushing|pressing|asking)|further|last resort|fallback|fall back|if that (?:fails|does ?n['’]?o?t work|is not enough|is ?n['’]?t enough)|after that|only then|second (?:time|round|push)|persist\w*|as a last step|if needed|if necessary)\b/i;

// Where the clause that states a challenge ends and the answer begins ("…too expensive: show the ROI").
const CLAUSE_END =
  /[,;:.!?()[\]|→⇒—–]|\s-\s|->|=>|\b(?:then|we|we['’]ll|we will|i|i['’]ll|but|so|answer|respond|reply|our answer|our response)\b/i;
const COMPARISON = /^\s+(?:compared (?:with|to)|than|versus|vs\.?|next to|against|relative to|for the same)\b/i;
// Where it starts: after punctuation, or at "if"/"when" ("we show the ROI when they say we are too expensive").
// A purpose clause after our move ("Offer 3% off so we land closer to their quote") also starts a clause of its own:
// the challenge words in it belong to it, and the move before it stays our answer.
const CLAUSE_START = /[,;:.!?()[\]|→⇒—–]|\s-\s|->|=>|\b(?:if|when|whenever|once|should|as soon as|so(?= (?:that|we|i|it|they)\b))\b/gi;

/** Something planned: value or a price move, or at least a few words of what we do. */
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const isAnswer = (a: Assessment) => a.values.length > 0 || a.cuts.length > 0 || (a.answerWords >= 2 && (a.ours || a.answerWords >= 12));

// ---------------------------------------------------------------------------
// Reading the plan: groups of anticipated challenges and their answers.
// ---------------------------------------------------------------------------

/** A piece of a plan that can hold an answer on its own: a list item, a table row, or the prose of a section. */
interface Unit {
  statements: Statement[];
}

/** One anticipated challenge (a section, a labelled line, or a sentence) and the units that answer it. */
interface Group {
  anchor: Span;
  label?: Span;
  units: Unit[];
  /** A lone sentence or item outside any price-challenge section. */
  loose: boolean;
  /** For a challenge stated in a paragraph of its own: the paragraph after it, which may hold the answer. */
  next?: Unit;
}

/** The group's own words, its label aside, only point to an answer written elsewhere ("| Price pushback answer | ★ |"). */
function pointsElsewhere(plan: PlanModel, g: Group): boolean {
  const text = g.units
    .flatMap((u) => u.statements)
    .map((st) => (g.label && st.start <= g.label.start && st.end >= g.label.end ? plan.text.slice(st.start, g.label.start) + plan.text.slice(g.label.end, st.end) : st.text))
    .join(' ')
    .replace(/^[\s|]*\d{1,2}[\s|]*/, '');
  return text.trim() !== '' && ANSWER_ELSEWHERE.test(text);
}

interface Assessment {
  challenges: Hit[];
  values: Hit[];
  cuts: Hit[];
  answerWords: number;
  /** The answer says what we do ("we", "I", "our") rather than only more about them ("they've had quotes in"). */
  ours: boolean;
  escalation: boolean;
}

const within = (offset: number, span: Span) => offset >= span.start && offset < span.end;

/** Splits a span into units: each top-level item, each table row, and the remaining prose together. */
function unitsIn(plan: PlanModel, span: Span, exclude: Span[]): Unit[] {
  // Statements that are nothing but the label (a heading, a label line) are not part of the answer.
  const statements = startingIn(plan.statements, span).filter((s) => !exclude.some((e) => s.start >= e.start && s.end <= e.end));
  const byKey = new Map<object, Statement[]>();
  const prose: Statement[] = [];
  for (const s of statements) {
    let key: object | undefined;
    if (s.item) {
      let top: Item = s.item;
      while (top.parent && within(top.parent.start, span)) top = top.parent;
      key = top;
    } else if (s.row) key = s.row;
    if (!key) {
      prose.push(s);
      continue;
    }
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  const units: Unit[] = [...byKey.values()].map((list) => ({ statements: list }));
  // Prose splits at blank lines: a section that takes one objection per paragraph ("**'You're dearer than X.'**
  // Offer 3% off." ⏎⏎ "**'Vendor risk first.'** Fine — we send the SOC 2 report.") answers each in its own
  // paragraph, and one paragraph's value does not answer another's challenge.
  let para: Statement[] = [];
  for (const s of prose) {
    const prev = para[para.length - 1];
    if (prev && /\n[ \t]*\n/.test(plan.text.slice(prev.end, s.start))) {
      units.push({ statements: para });
      para = [];
    }
    para.push(s);
  }
  if (para.length > 0) units.push({ statements: para });
  return units;
}

/** The clause around a challenge, which states the challenge rather than answering it. Looks at most a few hundred characters either side. */
function challengeClause(st: Statement, hit: Hit): Span {
  const rel = hit.start - st.start;
  const from = Math.max(0, rel - 200);
  let start = from;
  for (const m of st.text.slice(from, rel).matchAll(CLAUSE_START)) {
    start = from + (STARTS_WITH_LETTER.test(m[0]) ? m.index! : m.index! + m[0].length);
  }
  const after = st.text.slice(hit.end - st.start, hit.end - st.start + 300);
  // "…too expensive compared with Stadtwerke": the comparison still states the challenge.
  const end = COMPARISON.test(after) ? /[,;:.!?()[\]|→⇒—–]|\s-\s/.exec(after) : CLAUSE_END.exec(after);
  return { start: st.start + start, end: end ? hit.end + end.index : Math.min(st.end, hit.end + after.length) };
}

// Table columns that list what not to do ("| Objection | Answer | Don't |").
const AVOID_COLUMN = /^(?:don['’]?t|do not|avoid|never|not this|what not to do|pitfalls?|mistakes?|traps?|anti-?patterns?|wrong answer)\b/i;

/** Cells of a row that sit under an "Avoid" / "Don't" column. */
function avoidCells(st: Statement): Span[] {
  if (!st.row) return [];
  return st.row.cells.filter((_c, i) => AVOID_COLUMN.test(st.row!.header[i]?.text.trim() ?? ''));
}

// A price reference a cut may be part of: "price list", "standard", "rate card", "tier", "policy".
const LIST_TERMS = /\b(?:list|standard|rate card|tier|policy|policies|framework)\b/i;

// A get worded as the condition of our move: "provided they…", "if they…", "as long as…", "for the 3-year term".
const CONDITION_GET = /^(?:provided|providing|if|as long as|so long as|on condition|only if|for|in (?:return|exchange) for)\b/i;
const THEY_JUST_BEFORE = /\b(?:she|he|they)\s+(?:will\s+|can\s+)?$/i;

function assess(unit: Unit, plan: PlanModel, exclude: Span[]): Assessment {
  const out: Assessment = { challenges: [], values: [], cuts: [], answerWords: 0, ours: false, escalation: false };
  for (const st of unit.statements) {
    const challenges = tagHits(plan, st, 'price-challenge');
    const clauses = challenges.map((c) => attributed(plan, st, challengeClause(st, c)));
    out.challenges.push(...challenges);
    if (clauses.some((c) => ESCALATION.test(plan.text.slice(c.start, c.end)))) out.escalation = true;
    // What is not answer: the challenge clauses, the label, "Don't" cells. A mask keeps this linear.
    const mask = new Uint8Array(st.text.length);
    for (const c of [...clauses, ...exclude, ...avoidCells(st)]) {
      mask.fill(1, Math.max(0, c.start - st.start), Math.max(0, Math.min(st.text.length, c.end - st.start)));
    }
    // "They will say: '€58.000 is a tender price…'": words quoted as theirs are their case, not our answer.
    const theirWords = REPORTED_SPEECH.test(st.text);
    const free = (h: Hit) => mask.subarray(h.start - st.start, h.end - st.start).every((b) => b === 0) && !(theirWords && inQuote(plan.text, h.start));
    // "drop to R$ 0,17, as long as she guarantees a minimum monthly volume": what we ask in return is no value to them.
    const gets = tagHits(plan, st, 'get');
    // "…, provided they sign the two-year volume agreement", "(for the 3-year term and the case study)": what the get clause
    // asks of them is what we take, not value we show them.
    const inGetClause = (h: Hit) =>
      gets.some((g) => CONDITION_GET.test(plan.text.slice(g.start, g.end)) && g.start <= h.start && !/[.;:,)(—–→]|\s-\s/.test(plan.text.slice(g.end, h.start)));
    const theyPromise = (h: Hit) => inGetClause(h) || (gets.some((g) => g.end <= h.start) && THEY_JUST_BEFORE.test(plan.text.slice(Math.max(st.start, h.start - 12), h.start)));
    out.values.push(...tagHits(plan, st, 'value').filter((h) => free(h) && !theyPromise(h)));
    // '"other suppliers are giving 40%"' quoted in a challenge is their case; "Our standard partner price list gives Silver
    // partners 22% off" states the list, a reference, not a cut we plan.
    const listed = tagHits(plan, st, 'rationale').filter((r) => LIST_TERMS.test(plan.text.slice(r.start, r.end)));
    out.cuts.push(
      ...tagHits(plan, st, 'price-cut')
        .filter(free)
        // '"Can you sharpen the pencil?" Not without something changing.': a line that opens on their quoted words quotes them.
        .filter((h) => !((challenges.length > 0 || /^[\s*_>-]*["\u201c\u201e\u00ab]/u.test(st.text)) && inQuote(plan.text, h.start)) && !listed.some((r) => r.end <= h.start)),
    );
    // Words left once the challenge clauses and labels are taken out: is anything planned at all?
    for (const t of plan.tags.tokens(st)) {
      if (t.mark || t.stem === '#' || mask[t.start - st.start] !== 0) continue;
      if (OUR_WORDS.has(t.word)) out.ours = true;
      // Chinese, Japanese and Korean run words together: a run counts for its length ("まで拡大する確定ロードマップ").
      if (t.word.length >= 2) out.answerWords += EAST_ASIAN.test(t.word) ? Math.ceil(t.word.length / 2) : 1;
    }
  }
  if (unit.statements[0] && /^\s*(?:fallback|fall back|last resort|if needed|if necessary|plan b)\b/i.test(unit.statements[0].text)) {
    out.escalation = true;
  }
  out.cuts.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * "Anjali (procurement) on the 17 Sept call: 'Your number is 18% above CloudNova'": a short lead before a colon
 * that introduces the challenge says who says it, not what we answer.
 */
function attributed(plan: PlanModel, st: Statement, clause: Span): Span {
  const before = plan.text.slice(st.start, clause.start);
  const m = /:\s*["“'‘]?\s*$/.exec(before);
  if (!m || before.slice(0, m.index).split(/\s+/).filter(Boolean).length > 8) return clause;
  const lead = { ...st, end: st.start + m.index, text: before.slice(0, m.index) };
  if (tagHits(plan, lead, 'value').length > 0 || tagHits(plan, lead, 'price-cut').length > 0) return clause;
  return { start: st.start, end: clause.end };
}

function groups(plan: PlanModel): { list: Group[]; frontmatterOnly: boolean } {
  const list: Group[] = [];
  const covered: Span[] = [];
  let coveredEnd = -1;
  let frontmatterOnly = false;
  for (const f of plan.factsOf('price-challenge')) {
    if (f.source === 'frontmatter') {
      frontmatterOnly = true;
      continue;
    }
    // A fact nested in a price-challenge section already counts as part of that section.
    // Facts come sorted by where their scope starts, so nesting shows as an end before the furthest end so far.
    if (f.scope.end <= coveredEnd) continue;
    const scope = f.source === 'label' ? labelScope(plan, f.scope, f.value.text === '' || boldLine(plan, f.label.start)) : f.scope;
    coveredEnd = Math.max(coveredEnd, scope.end);
    const label = f.source === 'heading' ? f.section!.heading : f.label;
    const exclude = f.source === 'table' ? [f.label] : [label];
    list.push({ anchor: f.source === 'heading' ? f.section!.titleSpan : f.label, label, units: unitsIn(plan, scope, exclude), loose: false });
    covered.push(scope);
  }
  // Headings that state a challenge without being named like one ("### 'Initech is 30% cheaper'").
  const byFacts = mergeSpans(covered);
  let headingEnd = -1;
  const headingOf = new Map(plan.statements.filter((st) => st.kind === 'heading').map((st) => [st.start, st]));
  const headingStatement = (s: (typeof plan.sections)[number]) =>
    headingOf.get(s.titleSpan.start) ?? plan.statements.find((st) => st.kind === 'heading' && st.start >= s.heading.start && st.end <= s.heading.end);
  for (const s of plan.sections) {
    if (s.start < headingEnd || insideAny(byFacts, s.start)) continue;
    const hs = headingStatement(s);
    if (!hs || (tagHits(plan, hs, 'price-challenge').length === 0 && !QUOTED_CLAIM.test(s.title))) continue;
    list.push({ anchor: s.titleSpan, label: s.heading, units: unitsIn(plan, s, [s.heading]), loose: false });
    covered.push(s);
    headingEnd = s.end;
  }
  // Lines that act as headings ("**Their pushback**", "5) Kovar's pushback and our answer", "What they'll say on price:")
  // and state a challenge: what follows them, up to the next such line or heading, is the answer.
  const leads = plan.statements.filter((st) => isLeadIn(plan, st));
  // "Our response:" introduces the answer; a bold, numbered or question line, or another challenge, starts the next part.
  const leadStarts = leads.filter((st) => startsPart(plan, st)).map((st) => st.start);
  for (const st of leads) {
    const label = leadLine(plan, st)!;
    // '**8. "Skyline charges ₹240, you are at ₹265"**': their words about money, quoted as a title, as a heading may.
    const quoted = QUOTED_CLAIM.test(plan.text.slice(label.start, label.end).replace(/[*_]/g, '').trim()) ? [{ ...label, text: plan.text.slice(label.start, label.end) }] : [];
    const stated = challengesIn(plan, st);
    const hits = stated.length > 0 ? stated : quoted;
    if (hits.length === 0 || insideAny(mergeSpans(covered), st.start)) continue;
    const nextLead = leadStarts.find((x) => x > st.start) ?? plan.text.length;
    const nextHeading = plan.sections.find((sec) => sec.start > st.start)?.start ?? plan.text.length;
    const scope = { start: st.start, end: Math.min(nextLead, nextHeading, st.section?.end ?? plan.text.length) };
    list.push({ anchor: hits[0]!, label, units: unitsIn(plan, scope, [label]), loose: false });
    covered.push(scope);
  }
  // Sentences, items and rows elsewhere that anticipate a challenge.
  const merged = mergeSpans(covered);
  const seen = new Set<object>();
  const position = new Map(plan.statements.map((s, i) => [s, i]));
  // The list items from statement `from` on, while `keep` holds: the list that answers a challenge.
  const itemsFrom = (from: number, keep: (s: Statement) => boolean): Statement[] => {
    const out: Statement[] = [];
    for (let i = from; i < plan.statements.length && plan.statements[i]!.item && keep(plan.statements[i]!); i++) out.push(plan.statements[i]!);
    return out;
  };
  const openings = plan.facts.filter((f) => f.concept === 'opening' && f.amounts.length > 0);
  for (const st of plan.statements) {
    if (st.kind === 'heading' || insideAny(merged, st.start)) continue;
    const hits = tagHits(plan, st, 'price-challenge');
    if (hits.length === 0 && foretoldAfterOpening(plan, st, position, openings)) hits.push({ start: st.start, end: st.end, text: st.text });
    // "They quoted 4% below us and Pieter used that quote in every meeting": an earlier round, told.
    // "Their alternative: a Macedonian label at 5,90 — cheaper, but not PDO": what they could do instead, weighed.
    // "What I am most afraid of: that they say Sigma is cheaper and I start giving discounts": a fear written out, not a plan.
    // "I think DispoPro offered a multi-year discount; ask Matthias": a guess to verify, not a challenge we answer.
    // "**Q: E quando disserem "o concorrente em Guarulhos cobra R$ 41,00"?**": a rival named in the words we expect from them
    // is their challenge, though the part is named after the rival.
    const rivalPart = (plan.within(st.start, 'counterpart-alternative') || plan.within(st.start, 'counterpart-walk-away')) && !THEY_WILL_SAY.test(st.text);
    if (hits.length === 0 || plan.within(st.start, 'history') || plan.within(st.start, 'assumptions') || rivalPart || tagHits(plan, st, 'pitfall').length > 0) continue;
    // The list the challenge stands in, but not a whole outline: in a note app's export one root item holds the plan.
    let top: Item | undefined = st.item;
    while (top?.parent && startingIn(plan.statements, top.parent).length <= 15) top = top.parent;
    const key: object = top ?? st.row ?? st;
    if (seen.has(key)) continue;
    seen.add(key);
    let statements: Statement[];
    if (top) statements = startingIn(plan.statements, top);
    else if (st.row) statements = [st];
    else statements = paragraphOf(plan, st, position.get(st)!);
    statements.forEach((s) => seen.add(s));
    // "Priya will say Pacific quoted 128c. She said it in November too." ⏎⏎ "My answer isn't a price. Our fill rate…"
    let next: Unit | undefined;
    const last = statements[statements.length - 1]!;
    let after = plan.statements[position.get(last)! + 1];
    // In a chat export the answer comes in the next message, after the line naming its writer: its prose or its list.
    const speaker = !top && !st.row && after !== undefined && SPEAKER_LINE.test(after.text);
    if (speaker) {
      after = plan.statements[position.get(after!)! + 1];
      // A bold speaker line may start a part of its own; the reply is still the message under it.
      if (after?.item) {
        const section = after.section;
        next = { statements: itemsFrom(position.get(after)!, (s) => s.section === section) };
        after = undefined;
      }
    }
    // '"Too pricey for the small growers" – answer with their numbers, not a discount:' and the list it introduces;
    // 'ALS ZE ZEGGEN: "ICIS + € 76 IS VEEL TE DUUR"' and the list under it: a quoted challenge standing alone leads in too.
    // "9) IF OWNERS SAY "15.25 IS FAR BELOW MARKET"" as a numbered title, with the bullets under it: a numbered item that
    // states only the challenge leads into the list after it, as a title does.
    if (!next && top && top.ordered && !st.row && after?.item && after.item !== top && !after.item.ordered && after.start >= top.end && /(?::|["”»])\s*[*_]*$/.test(last.text)) {
      next = { statements: itemsFrom(position.get(after)!, (s) => !s.item!.ordered) };
    }
    // …or a line with no full stop right over its list ("if he says our number's too low / can't do it for 1,460").
    const leadsIntoList = /(?::|["”»])\s*[*_]*$/.test(last.text) || (!/[.!?]["'”’)]*\s*[*_]*$/.test(last.text) && after !== undefined && !/\n[ \t]*\n/.test(plan.text.slice(last.end, after.start)));
    if (!next && !top && !st.row && after?.item && after.section === st.section && leadsIntoList) {
      next = { statements: itemsFrom(position.get(after)!, (s) => s.section === st.section) };
    }
    // A chat reply answers the question before it, even where an earlier message's concessions list still runs on.
    if (!top && !st.row && after && after.kind === 'prose' && (after.section === st.section || speaker) && (speaker || !plan.within(after.start, 'concessions'))) {
      if (!isLeadIn(plan, after)) next = { statements: paragraphOf(plan, after, position.get(after)!) };
      // "The Authority's response:" and the list under it answer the challenge stated just before.
      else if (/:\s*$/.test(after.text) && tagHits(plan, after, 'price-challenge').length === 0) {
        next = { statements: [after, ...itemsFrom(position.get(after)! + 1, (s) => s.section === st.section)] };
      }
    }
    list.push({ anchor: hits[0]!, units: [{ statements }], loose: true, next });
  }
  return { list, frontmatterOnly };
}

/**
 * What a labelled challenge owns. A label standing alone ("**VI. Objection tarifaire / Price objection**") owns
 * what follows it up to the next heading-like line, as a heading would; a label with its challenge on the line
 * ("Expected pushback: their KAM will say $520 is under their floor. Our response rests on what we commit:")
 * owns the rest of its paragraph and the list that paragraph introduces.
 */
function labelScope(plan: PlanModel, scope: Span, standsAlone: boolean): Span {
  const nextHeading = plan.sections.find((sec) => sec.start >= scope.end)?.start ?? plan.text.length;
  const sectionEnd = plan.sections.filter((sec) => sec.start <= scope.start && sec.end >= scope.end).reduce((e, sec) => Math.min(e, sec.end), plan.text.length);
  const limit = Math.min(nextHeading, sectionEnd);
  let end = scope.end;
  let prev: Statement | undefined = plan.statements.find((st) => st.start < scope.end && st.end >= scope.end - 1);
  for (const st of startingIn(plan.statements, { start: scope.end, end: limit })) {
    if (st.start < scope.end) continue;
    if (isLeadIn(plan, st) && (!standsAlone || startsPart(plan, st))) break;
    if (!standsAlone) {
      const inList = prev?.item !== undefined && st.item !== undefined;
      const introducesList = prev !== undefined && /:\s*$/.test(prev.text) && st.item !== undefined;
      if (!inList && !introducesList && (st.item !== undefined || /\n[ \t]*\n/.test(plan.text.slice(prev?.end ?? end, st.start)))) break;
    }
    end = st.end;
    prev = st;
  }
  return { start: scope.start, end: Math.max(scope.end, end) };
}

/**
 * A heading that is their words in quotes, about money: '# Slide 13 — "Central Boulevard is giving 6 months free"',
 * '## "Your day rate is higher than Upwork"'. A plan quotes the other side in a title to answer it below.
 */
const QUOTED_CLAIM = /^[^"“”'‘’\n]{0,30}["“'‘](?=[^"”'’\n]{0,120}(?:\d|\b(?:free|off|cheaper|discount|price|cost|budget|quote|quoted|rate|fee|expensive|pricey|dear)\b))[^"”\n]{4,140}["”'’]\s*[.!?]?\s*(?:[—–:-]\s*(?:our\s+|the\s+)?(?:answer|response|reply)s?\s*)?$/i;

/** A label and its challenge set in bold as one line ("**Price pushback — 'import is 95.000 ₫'**") head what follows, as a heading would. */
function boldLine(plan: PlanModel, at: number): boolean {
  const start = plan.text.lastIndexOf('\n', at - 1) + 1;
  const end = plan.text.indexOf('\n', at);
  const line = plan.text.slice(start, end < 0 ? plan.text.length : end);
  // 'PRICE PUSHBACK — "Vantage is cheaper" / "your blended is too high"': a title in capitals with their words quoted stands as one.
  return /^[\s>]*(?:\*\*|__)[^\n]*(?:\*\*|__)[\s:]*$/.test(line) || (/["“„«]/.test(line) && capsTitle(line.replace(/["“„«][^"“”»\n]{1,80}["”»]/g, ' ')));
}

/**
 * A lead-in that starts a new part of the plan: not a plain "Our response:" line, which introduces the
 * answer to what stands above it, but a bold, numbered or question line, or one that states a challenge.
 */
function startsPart(plan: PlanModel, st: Statement): boolean {
  if (!/:\s*$/.test(st.text)) return true;
  if (/^[\s>]*(?:\*\*|__)/.test(plan.text.slice(plan.text.lastIndexOf('\n', st.start - 1) + 1, st.start + 2))) return true;
  return challengesIn(plan, st).length > 0;
}

/**
 * "We open at £158,000. That's their own rate card…" ⏎ "He's going to say nobody our size gets tier B.": their words
 * foretold within the next few statements after our opening challenge that number, whatever they are about.
 */
function foretoldAfterOpening(plan: PlanModel, st: Statement, position: Map<Statement, number>, openings: readonly Fact[]): boolean {
  // After the writer's name: "[00:03:45] Tom Reilly: He's going to say…", "**Martin:** Sandra Frei will say…".
  const named = st.message ? null : /^[^\p{L}]{0,4}\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?[*_]{0,2}\s?:\s+/u.exec(st.text);
  const wordsFrom = st.message ? st.message.wordsFrom - st.start : named ? named[0].length : 0;
  if (!FORETOLD_OBJECTION.test(st.text.slice(wordsFrom))) return false;
  const at = position.get(st)!;
  return openings.some((f) => {
    if (f.value.end > st.start) return false;
    let i = at;
    while (i > 0 && plan.statements[i]!.start > f.value.end) i--;
    return at - i <= 4;
  });
}

/** The challenges a statement states: "Go back to value, not the rate:" names the answer, not a new challenge. */
function challengesIn(plan: PlanModel, st: Statement): Hit[] {
  const values = tagHits(plan, st, 'value');
  return tagHits(plan, st, 'price-challenge').filter((h) => !values.some((v) => v.start >= h.start && v.end <= h.end));
}

/**
 * A short line of its own that introduces what follows, as a heading would: a bold-only line, a
 * numbered "5) …" line, or a short line ending in a colon or question mark.
 */
function isLeadIn(plan: PlanModel, st: Statement): boolean {
  return leadLine(plan, st) !== undefined;
}

/** The whole line of a lead-in that starts with this statement (a Q&A question may span two sentences). */
function leadLine(plan: PlanModel, st: Statement): Span | undefined {
  // A chat export's "**[09:40] Lukas Frei**" starts a message, not a part: the reply under it belongs to the question before.
  if (st.kind !== 'prose' || SPEAKER_LINE.test(st.text)) return undefined;
  const lineStart = plan.text.lastIndexOf('\n', st.start - 1) + 1;
  const nl = plan.text.indexOf('\n', st.end);
  const lineEnd = nl === -1 ? plan.text.length : nl;
  const raw = plan.text.slice(lineStart, lineEnd);
  // The statement must open the line (after emphasis marks), not stand in the middle of a paragraph.
  if (!/^[\s*_>#]*$/.test(plan.text.slice(lineStart, st.start))) return undefined;
  const line = raw.trim();
  const plain = line.replace(/[*_]/g, '').trim();
  const words = plain.split(/\s+/).filter(Boolean).length;
  // A Q&A question may be a long line; a heading-like line is short. A bold-only line is a heading whatever its
  // length within reason: a bilingual one says everything twice ("**7. SE DICONO CHE … / IF THEY SAY OUR PRICE IS TOO LOW**").
  const bold = /^(\*\*|__)[^*_]+\1:?$/.test(line);
  if (words > (/\?$/.test(plain) ? 25 : bold ? 24 : 12)) return undefined;
  const span = { start: st.start, end: lineStart + raw.trimEnd().length };
  if (bold) return span;
  if (/^\d{1,2}[.)]\s/.test(plain) && !/[.!]$/.test(plain)) return span;
  // "Section 5 – If they say…", "VI. PRICE PUSHBACK": a numbered part of the plan written without heading syntax.
  if (/^(?:(?:section|part|step)\s+[\dIVXA-H]+\b|[IVX]{1,5}[.)]\s)/i.test(plain) && !/[.!]$/.test(plain)) return span;
  // "What do we say if Bertin tells us the other bidder came in well under us?" ⏎⏎ "Olivier Garnier 10:10" ⏎ "We come down 2%…":
  // a question in a chat is answered by the next message, not by the part under it.
  if (/\?$/.test(plain)) return SPEAKER_LINE.test(/^\s*([^\n]*)/.exec(plan.text.slice(lineEnd + 1))![1]!.trim()) ? undefined : span;
  // "What they'll say on price:" — one short line of its own, not the end of an answer ("A: … We point to:").
  return /:$/.test(plain) && st.end >= span.end - 3 && !/^A\s*[:.)]/.test(plain) ? span : undefined;
}

/** The statements of some units with the sentences before them in the same paragraph. */
function paragraphAround(plan: PlanModel, units: Unit[]): Statement[] {
  const out = units.flatMap((u) => u.statements);
  const first = out[0];
  if (!first || first.kind !== 'prose') return out;
  let i = plan.statements.indexOf(first) - 1;
  let cur = first;
  while (i >= 0) {
    const prev = plan.statements[i]!;
    if (prev.kind !== 'prose' || prev.section !== first.section || /\n[ \t]*\n/.test(plan.text.slice(prev.end, cur.start))) break;
    out.unshift(prev);
    cur = prev;
    i--;
  }
  return out;
}

/** A prose sentence and the sentences after it in the same paragraph. */
function paragraphOf(plan: PlanModel, st: Statement, at: number): Statement[] {
  const out = [st];
  let i = at + 1;
  while (i < plan.statements.length && out.length < 4) {
    const next = plan.statements[i]!;
    if (next.kind !== 'prose' || next.section !== st.section || /\n[ \t]*\n/.test(plan.text.slice(out[out.length - 1]!.end, next.start))) break;
    out.push(next);
    i++;
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'price-challenge-response',
    severity: 'error',
    description: 'The plan anticipates a challenge on price and answers it with value, not only with a price cut.',
    principle:
      'Being pressed on price is one of the moments that decides a negotiation. Dropping the price at that moment teaches the other side that pressure works; answering with what the deal is worth to them (outcomes, payback, risk, what doing nothing costs) keeps the conversation on value, and that answer has to be prepared before the meeting.',
    sources: ['moments-of-truth'],
    fix: 'Add a "Price objections" section (or an "If they say we are too expensive:" line) that answers the challenge with value: the outcomes, the ROI or payback, how we differ from the cheaper option, the cost of doing nothing. A price move can follow as a traded fallback, never as the whole answer. For a buyer, answer the supplier\'s "your budget is too low" with what we bring: volume, a longer term, a reference, fast payment.',
    details:
      'A price challenge is anticipated by a price-challenge section or label (price objections, pushback on price, if they say we are too expensive…), by a heading or a bold line that quotes them about money (\'# "Central Boulevard is giving 6 months free"\', \'**8. "Skyline charges ₹240, you are at ₹265"**\'), by a heading, a bold line, a numbered line or a Q&A question that states one ("When Kyle says we\'re high", "**If she says that\'s more than they pay contractors**", "Q: Inês says €165 is below what leisure guests pay. Our answer?"), or by any sentence, list item or table row that does. What states a challenge, what counts as value and what counts as a price cut are the lexicon\'s tags `price-challenge`, `value` and `price-cut` (one definition shared by every rule), read for the plan\'s side: a seller hears "too expensive", "over budget", "Initech is 20% cheaper", "another firm quoted $2,500 a day", "procurement will ask for 15% off", and cuts with a discount, % off, matching their price, free or complimentary months, things thrown in at no charge; a buyer hears "our budget is too low", "below their cost", "they can\'t go any lower", "a price increase", and caves by raising its offer, paying more, accepting the increase. Value is outcomes, ROI, payback, savings, the cost of doing nothing, TCO, risk, differentiation, references, a pilot, rescoping; for a buyer also volume, term, a reference, fast payment, competing quotes. They may also be reported: "Rowan\'s going to say her preferred photographer charges £1,000 a day", "Priya will say Pacific quoted 128c". The clause that states the challenge is set aside and the rest is the answer; what follows a heading-like line (a bold, numbered, "Section 5 –" or question line), up to the next one, is its answer, and an "Our response:" line inside it introduces the answer rather than ending it; a labelled challenge ("Expected pushback: …") owns the rest of its paragraph and the list that paragraph introduces; a challenge stated in a paragraph of its own may be answered in the next paragraph. An answer is value, a price move, or words about what we do ("we…", "I\'ll…"); more notes about them ("they\'ve had quotes in") answer nothing. Room kept for a later round after a best-and-final request is left to best-and-final. Each item or row that states its own challenge is judged on its own; fallbacks ("if they still push…", "last resort") are judged together with the answer before them. An answer that holds a price cut and no value is an error at the price cut; negated cuts ("we will not discount") do not count. A challenge with nothing planned after it, or a plan that anticipates none at all, is a warning. Add your team\'s words under `vocabulary.price-challenge`, `vocabulary.value` or `vocabulary.price-cut`. Their words foretold right after our opening ("He\'s going to say nobody our size gets tier B", "Sandra Frei will say you\'re not a hospital group") challenge that number, whatever they are about, and a chat export\'s answer in the next message is read as the answer. In a chat export, a challenge asked as a question ("What do we say if Bertin tells us the other bidder came in well under us?") is answered by the next message, and that answer is judged. A challenge in the assumptions to verify ("I think DispoPro offered a multi-year discount; ask Matthias") is a guess, not a challenge to answer; what they promise in a condition on our cut ("drop to R$ 0,17, as long as she guarantees a minimum volume", "we go to 345,00 €, provided they sign the two-year volume agreement") is no value to them, nor is our own cost ("cheaper for us to supply"); handing over planned steps ("give them step 1 below straight away", "give him the first two steps from the concessions table") and matching ("we match") are cuts; a buyer also hears their price held as it stands ("our price is our price"). A rival named in the words we expect from them is their challenge even where the part is named after the rival ("**Q: E quando disserem "o concorrente em Guarulhos cobra R$ 41,00"?**"). A cut sized by its figure ("drop $150,000 to $1,490,000", "Offer the first reduction straight away") is a price cut, and other languages\' value answers count ("costo de no hacer nada", "besparing per jaar", "zurück auf den Wert", a buyer\'s "pagamos a 45 días sin atrasos, pueden pedir referencias"); paying "a 45 días" is a payment term, not a higher offer. In an outline exported from a note app, where one root item holds the whole plan, the answer is read from the challenge\'s own item and what is nested under it, not from the whole outline. A number called unrealistic is a challenge in any language ("« Votre prix n\'est pas réaliste »", "Ihr Angebot ist unrealistisch"); a part left to fill in ("## Competitor pricing" over "TODO – ask Ciarán") is the placeholder rule\'s finding, not an unanswered challenge; what our product cuts for them ("our system cut unplanned stops by 40 %") and a size taken off ("took 15 mm off the height") are value, not price cuts; a case line with a number before it ("七、If Liu Zong says …") starts a part of its own.',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [
        {
          title: 'A discount as the whole answer',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Price objections\n\nIf they say Initech is cheaper, we match their price.\n',
        },
        {
          title: 'A buyer that plans to pay more when pushed',
          code: '---\nside: buyer\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n\n- If they say our budget is too low: raise our offer by €50.000.\n',
        },
        {
          title: 'No price challenge anticipated',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n',
        },
      ],
      valid: [
        {
          title: 'Back to value',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## If they push back on price\n\nWalk them through the payback: 7 months on the support hours saved. Initech is cheaper but has no SSO.\n',
        },
        {
          title: 'A buyer answers with what it brings',
          code: '---\nside: buyer\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n\n| They will say | We answer |\n| --- | --- |\n| Our budget is too low | three-year volume commitment and a public reference |\n',
        },
      ],
    },
  },
  check({ plan, report, side }) {
    const { list, frontmatterOnly } = groups(plan);
    const buyer = side === 'buyer';

    if (list.length === 0) {
      if (frontmatterOnly) return;
      report(
        buyer
          ? 'No price challenge anticipated — looked for a heading, label or sentence such as "Price objections", "If they say our budget is too low", "they can\'t go lower"; plan what we answer with what we bring (volume, term, a reference), not just how far we would raise our offer. Add your team\'s words under `vocabulary.price-challenge`.'
          : 'No price challenge anticipated — looked for a heading, label or sentence such as "Price objections", "If they say we are too expensive", "a competitor is cheaper"; plan how we go back to value (outcomes, ROI, the cost of doing nothing), not just how far we would cut. Add your team\'s words under `vocabulary.price-challenge`.',
        undefined,
        {
          warningOnly: true,
          fix: insertSectionFix(
            plan,
            'Insert a "Price objections" section',
            'Price objections',
            buyer
              ? 'If they say our budget is too low: <what we bring — volume, a longer term, a reference, fast payment>.'
              : 'If they say we are too expensive: <the value we go back to — outcomes, ROI or payback, the cost of doing nothing>.',
            ['concessions', 'walk-away', 'alternative'],
          ),
        },
      );
      return;
    }

    const cutMessage = (cut: Hit) =>
      buyer
        ? `Price pushback is answered only by raising our offer (\`${oneLine(cut.text)}\`): answer with what we bring — volume, term, a reference, fast payment — before moving on price.`
        : `Price challenge is answered only with a price cut (\`${oneLine(cut.text)}\`): go back to value — outcomes, ROI or payback, the cost of doing nothing — before any discount.`;

    let anyAnswered = false;
    const unanswered: Group[] = [];
    const answeredGroups: Group[] = [];
    // A challenge read both as a label and as its sentence ("If the VAC says Halvorsen is cheaper: match…") is one finding.
    const cutsReported = new Set<number>();
    const reportCut = (cut: Hit) => {
      const line = plan.lines.point(cut.start).line;
      if (cutsReported.has(line)) return;
      cutsReported.add(line);
      report(cutMessage(cut), cut);
    };
    for (const g of list) {
      // "| Price pushback we expect | … |" then "| Our answer | … |": the row after a challenge row may hold its answer.
      const row = g.units.length === 1 ? g.units[0]!.statements[0]?.row : undefined;
      if (!g.next && row) {
        const nextRow = plan.rows.find((r) => r.table === row.table && r.start > row.end - 1 && !r.isHeader);
        if (nextRow && ANSWER_LABEL.test(nextRow.cells[0]?.text ?? '')) g.next = { statements: startingIn(plan.statements, nextRow) };
      }
      const exclude = g.label ? [g.label] : [];
      let assessed = g.units.map((u) => assess(u, plan, exclude));
      // "What do we say if …?": a challenge asked as a question has its answer in what follows, whatever its own words.
      const asked = g.units.every((u) => u.statements.every((st) => st.isQuestion));
      if (g.next && (asked || !assessed.some(isAnswer))) {
        const more = assess(g.next, plan, exclude);
        // The next paragraph answers only when it says what we do, and it must not state a challenge of its own.
        if (more.challenges.length === 0 && isAnswer(more)) assessed = [...assessed, more];
      }
      const groupHasValue = assessed.some((a) => a.values.length > 0);
      // Something planned: value or a price move, or at least a few words of what we do.
      const answered = assessed.some(isAnswer);
      if (answered) {
        anyAnswered = true;
        answeredGroups.push(g);
      } else unanswered.push(g);
      // An item or row with its own challenge and its own answer stands alone.
      const alone = (a: Assessment) => a.challenges.length > 0 && !a.escalation && a.answerWords >= 2 && !g.loose;
      for (const a of assessed) {
        if (alone(a) && a.cuts.length > 0 && a.values.length === 0) reportCut(a.cuts[0]!);
      }
      const rest = assessed.filter((a) => g.loose || !alone(a));
      const firstCut = rest.flatMap((a) => a.cuts).sort((x, y) => x.start - y.start)[0];
      // "They asked for our best and final… we'll keep room to come down when she pushes back": holding room for a
      // later round after a best-and-final request is best-and-final's finding, not a price-challenge answer.
      if (g.loose && paragraphAround(plan, g.units).some((st) => plan.tags.has(st, 'best-and-final-request'))) continue;
      if (firstCut && !(g.loose ? rest.some((a) => a.values.length > 0) : groupHasValue)) reportCut(firstCut);
    }
    for (const g of unanswered) {
      // A passing mention elsewhere is answered by the price-challenge section, if there is one; so is a form's row whose
      // answer is only "★" or "see below".
      if ((g.loose || pointsElsewhere(plan, g)) && anyAnswered) continue;
      // "## Competitor pricing" ⏎ "TODO – ask Ciarán what Corrapak actually quoted them": a part left to fill in is the
      // placeholder rule's finding, not an unanswered challenge.
      const body = g.units.flatMap((u) => u.statements).filter((st) => st !== g.label && st.kind !== 'heading');
      if (body.length > 0 && body.every((st) => plan.tags.has(st, 'placeholder'))) continue;
      // "9. When Halcyon push back on our number" over "If Rachel says £8.90 does not work:" and the answer: the title
      // names the challenge its part then states again and answers.
      const part = sectionOf(plan, g.anchor.start);
      if (answeredGroups.some((h) => h.anchor.start > g.anchor.start && sectionOf(plan, h.anchor.start) === part && !plan.statements.some((st) => st.start > g.anchor.end && st.start < h.anchor.start && st.kind !== 'heading' && !plan.tags.has(st, 'price-challenge') && !/^\s*$/.test(st.text)))) continue;
      report(
        buyer
          ? `Price pushback \`${oneLine(plan.text.slice(g.anchor.start, g.anchor.end)).slice(0, 60)}\` has no planned answer: say what we bring instead of more money (volume, term, a reference, fast payment).`
          : `Price challenge \`${oneLine(plan.text.slice(g.anchor.start, g.anchor.end)).slice(0, 60)}\` has no planned answer: plan how we go back to value (outcomes, ROI, the cost of doing nothing).`,
        g.anchor,
        { warningOnly: true },
      );
    }
  },
});

/** The section an offset stands in (the plan's parts under its headings). */
function sectionOf(plan: PlanModel, at: number): Section | undefined {
  return plan.statements.find((st) => st.start <= at && at < Math.max(st.end, st.start + 1))?.section;
}
