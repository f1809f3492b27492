import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { comparable, type Amount } from '../engine/numbers.js';
import type { Fact, PlanModel, Statement } from '../engine/plan/model.js';
import { keyWords, type Concept } from '../engine/plan/concepts.js';
import { inQuote, type Span } from '../engine/text.js';
import { firstFrom, insideAny, lastFrom, startingIn } from '../engine/sorted.js';
import { PhraseSet, StemView, tokenize } from '../engine/lexicon/index.js';
import { OTHER_PARTY_SUBJECT } from '../engine/lexicon/concepts/counterpart.js';
import { AND_ITS_REASON, NAMED_OPENING_REASON, REASON_LABEL } from '../engine/lexicon/shapes.js';

/*
 * The words live in the lexicon (`concepts/position.ts`): `opening` (open at, anchor, first offer…)
 * and `rationale` (because, price book, benchmark, value, a competing quote…). This rule decides
 * where a reason has to stand to belong to the number.
 */

/** Amounts that are numbers a counterpart would react to (not "3-year", not "Q3"). */
const MOVE_AFTER = /^\s*(?:[$€£¥₹₩]\s*)?(?:→|->|=>|to\s+[$€£¥₹₩]?\s?\d)/;

/** Sentences in our voice that state the number we submit as final, read as facts. */
function finalOfferFacts(plan: PlanModel): Fact[] {
  const out: Fact[] = [];
  for (const { statement: st, hit } of plan.tagged('final-offer')) {
    if (hit.negated || st.isQuestion || st.kind === 'heading' || plan.tags.speaker(st, hit) === 'they') continue;
    // "Our best and final is CHF 385'000"; "Your number is ¥172,000,000, and it is final": the figure after the words, else before them.
    // "On leur envoie 186 500 $ comme meilleure offre": the hit may hold the figure itself.
    const after = plan.amountsIn({ start: hit.start, end: st.end }).filter((a) => a.kind === 'money');
    const amounts = after.length > 0 ? after : plan.amountsIn({ start: st.start, end: hit.start }).filter((a) => a.kind === 'money');
    if (amounts.length === 0 || out.some((f) => f.scope.start === st.start)) continue;
    out.push({
      concept: 'opening',
      source: 'sentence',
      label: { start: hit.start, end: hit.end, text: plan.text.slice(hit.start, hit.end) },
      value: { start: hit.end, end: st.end, text: plan.text.slice(hit.end, st.end) },
      scope: { start: st.start, end: st.end },
      amounts,
      section: st.section,
    });
  }
  return out.slice(0, 1);
}

// "the Borg El Arab supplier is quoting 10% lower": the words before the opening's verb name another party.
const OTHER_PARTY = new PhraseSet(OTHER_PARTY_SUBJECT.phrases);

function firstNumbers(amounts: Amount[], text?: string, fact?: Fact): Amount[] {
  // "opn 9.60 — price list 2025", "opn 3.40 — C 2.35 + 1.05 diff": a bare figure that opens a labelled value is the
  // position, in whatever unit the plan prices in; the figures after it explain it.
  const lead = amounts[0];
  if (lead && lead.kind === 'number' && fact && (fact.source === 'label' || fact.source === 'table') && lead.start - fact.value.start <= 3 && lead.value > 0) return [lead];
  const prices = priceNumbers(amounts, text);
  if (prices.length > 0 || !fact || (fact.source !== 'label' && fact.source !== 'table')) return prices;
  // "Opening: 4 weeks", "Opening: 90 days": in a deal about lead time or payment terms the position is a duration, the
  // first thing its labelled value says.
  const first = amounts[0];
  // "Opening: 0 weeks slip": no delay at all is a duration too.
  const duration = (a: Amount) => a.value >= 0 && (/^(?:day|week|month|year)$/.test(a.unit) || (text !== undefined && /^\s?(?:working\s+|calendar\s+|business\s+)?(?:days?|weeks?|months?|years?)\b/i.test(text.slice(a.end, a.end + 20))));
  return first && first.start - fact.value.start <= 3 && duration(first) ? [first] : [];
}

function priceNumbers(amounts: Amount[], text?: string): Amount[] {
  // "19.8p/kWh", "28c a unit": a small figure in pence or cents is a price too.
  // "+1.80" over a benchmark ("Dated Brent diff, $/bbl"): a signed differential is a price as well.
  return amounts.filter(
    (a) =>
      a.kind !== 'number' ||
      a.value >= 1000 ||
      // "We open at three ninety-five a unit": a price read out is a price, whatever scale it leaves to the listener.
      a.elided === true ||
      /^[+−]/.test(a.raw.trim()) ||
      (text !== undefined && (/^\s?(?:p|c|ct|cents?|pence)\b/i.test(text.slice(a.end, a.end + 7)) || /(?:^|[\s|(])[+−]\s?$/.test(text.slice(Math.max(0, a.start - 3), a.start)))),
  );
}

/**
 * What belongs to one opening fact: its own scope, plus — for a labelled line or
 * table row — the lines under it until the next fact or heading ("**Why:** list price").
 */
function context(plan: PlanModel, fact: Fact, factStarts: Span[]): Statement[] {
  const body = (s: Statement) => s.kind !== 'heading';
  const inScope = startingIn(plan.statements, fact.scope).filter(body);
  if (fact.source === 'heading' || fact.source === 'frontmatter') return inScope;
  // A table row stands for itself: the rows under it are other items ("| Pick & pack | … rate card |"),
  // unless the next row gives its reason ("| Why that opening | the last two auctions averaged … |").
  if (fact.source === 'table') {
    const i = plan.rows.findIndex((r) => r.start <= fact.scope.start && fact.scope.start < r.end);
    const next = i >= 0 ? plan.rows[i + 1] : undefined;
    const nextLabel = next?.cells[0]?.text ?? '';
    if (next && REASON_LABEL.test(nextLabel)) return [...inScope, ...startingIn(plan.statements, next).filter(body)];
    // "Openings are our 2027 price book…", "Opening basis:" ⏎ "- Venue: 2027 rate card": the lines right under the
    // table that speak of the openings give their reason.
    const row = i >= 0 ? plan.rows[i]! : undefined;
    const tableEnd = row ? plan.rows.filter((r) => r.table === row.table).reduce((e, r) => Math.max(e, r.end), row.end) : undefined;
    if (tableEnd !== undefined) {
      const sectionEnd = Math.min(firstFrom(plan.sections, tableEnd)?.start ?? Infinity, fact.section?.end ?? Infinity, plan.text.length);
      const below = nextBlock(plan, tableEnd, startingIn(plan.statements, { start: tableEnd, end: sectionEnd }).filter(body));
      if (below.length > 0 && (plan.tags.has(below[0]!, 'opening') || /\bopen(?:ing|ings|s)?\b/i.test(below[0]!.text))) return [...inScope, ...below];
    }
    return inScope;
  }
  const nextFact = firstFrom(factStarts, fact.scope.end);
  const nextHeading = firstFrom(plan.sections, fact.scope.end);
  const end = Math.min(nextFact?.start ?? Infinity, nextHeading?.start ?? Infinity, fact.section?.end ?? Infinity, plan.text.length);
  const after = end > fact.scope.end ? startingIn(plan.statements, { start: fact.scope.end, end }).filter(body) : [];
  return [...inScope, ...nextBlock(plan, fact.scope.end, after)];
}

// A line that starts another part of the plan: a bold-only line, "Section 4 –", "4.2 Target.", a Q&A question.
const PART_START = /^[ \t]*(?:(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t]*$|(?:section|part|step)\s+\w+|\d+(?:\.\d+)*[.)]?\s+(?:[—–-]\s+)?\p{Lu}|Q\s*\d*\s*[:.)])/iu;

/**
 * What follows a labelled or sentence opening and still belongs to it: the rest of its
 * paragraph and the next paragraph ("Why $21.40: …"), not the parts of the plan after that.
 */
function nextBlock(plan: PlanModel, from: number, after: Statement[]): Statement[] {
  const out: Statement[] = [];
  let breaks = 0;
  let last = from;
  for (const st of after) {
    const gap = plan.text.slice(last, st.start);
    if (/\n[ \t]*\n/.test(gap)) breaks++;
    const lineStart = plan.text.lastIndexOf('\n', st.start - 1) + 1;
    const line = plan.text.slice(lineStart, plan.text.indexOf('\n', st.start) === -1 ? undefined : plan.text.indexOf('\n', st.start));
    if (breaks > 1 || (lineStart >= from && st.start - lineStart < 8 && PART_START.test(line))) break;
    out.push(st);
    last = st.end;
  }
  return out;
}

/** "Opening rate: £9.85[^2]": the footnotes a fact's line points to, where its reason often stands. */
function footnotes(plan: PlanModel, fact: Fact): Statement[] {
  const lineEnd = plan.text.indexOf('\n', fact.scope.start);
  const line = plan.text.slice(fact.scope.start, lineEnd === -1 ? undefined : lineEnd);
  const out: Statement[] = [];
  for (const ref of line.matchAll(/\[\^([^\]\s]{1,20})\]/g)) {
    const at = plan.text.indexOf(`\n[^${ref[1]}]:`);
    if (at === -1) continue;
    const end = plan.text.indexOf('\n\n', at + 1);
    out.push(...startingIn(plan.statements, { start: at + 1, end: end === -1 ? plan.text.length : end }));
  }
  return out;
}

/** A table row whose "Why" / "Basis" / "Rationale" column holds something gives its reason there. */
function reasonColumn(plan: PlanModel, fact: Fact): boolean {
  if (fact.source !== 'table') return false;
  const row = plan.rows.find((r) => r.start <= fact.scope.start && fact.scope.start < r.end);
  if (!row) return false;
  return row.header.some((h, i) => {
    const cell = row.cells[i];
    if (!cell || !/\p{L}{3}/u.test(cell.text) || i === 0) return false;
    const header: Statement = { start: h.start, end: h.end, text: h.text, kind: 'row', isQuestion: false };
    return plan.tags.has(header, 'rationale');
  });
}

// The other side saying something of our number: "Mr Lau will say HK$116…", "they'll argue that £9.85…".
// …or 'Rafael: "R$ 55 doesn't even pay the batteries."': a name, a colon and their words in quotes.
const THEY_SAY = /^(?:[^.!?]{0,40}?\b(?:they|he|she|\p{Lu}\p{L}+)(?:['’]ll)?\s+(?:will\s+|may\s+|might\s+|would\s+|could\s+|probably\s+)?(?:say|says|argue|argues|claim|claims|object|objects|tell us|tells us)\b|[\s>*_]*(?!(?:We|I|Our|My)\b)\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?\s*:\s*["“„«])/u;

/** "Varför 3 850 000: the median of the three other offers we received": a line led by its reason's label argues, whatever it cites. */
function reasonLed(plan: PlanModel, s: Statement): boolean {
  const colon = s.text.indexOf(':');
  if (colon < 0 || colon > 40) return false;
  return plan.tags.hits(s, 'rationale').some((h) => !h.negated && h.start < s.start + colon);
}

const OTHER_POSITIONS: readonly Concept[] = ['walk-away', 'alternative', 'target'];

/**
 * "The Untergrenze / walk-away is 950.000,00 €: below that the margin…", "- If they say no: we award to the second-ranked
 * bidder…": a statement beside the opening that states another position argues for that one, not for the opening.
 */
function otherPositionStarts(plan: PlanModel): Span[] {
  return plan.facts
    .filter((f) => OTHER_POSITIONS.includes(f.concept) && (f.source === 'label' || f.source === 'table'))
    .map((f) => ({ start: f.label.start, end: f.label.end }));
}

const statesOtherPosition = (st: Statement, others: Span[], openings: Span[] = []) => {
  if (others.some((o) => o.start >= st.start && o.start < st.end)) return true;
  // "- Ceiling: ₹58,000 per seat per month. Our in-house team costs ₹61,000…": the rest of a list item labelled with
  // another position argues for that one too, unless the opening is labelled in the same item.
  const item = st.item;
  const inItem = (o: Span) => item !== undefined && o.start >= item.start && o.start < item.end;
  return others.some(inItem) && !openings.some(inItem);
};

const SIGNED_BEFORE = /(?:^|[\s|(])[+−-]$/;

// "That's where we'll start", "which is our opening": a link word alone gives no reason; what it links to must.
const LINK_ONLY = /^(?:that|which|this)(?:['’]s|\s+is)$/i;

/**
 * "March proposal: A$655k ⏎ rate card A$1,680/km × 380 km …", "step 1: −A$40k", "step 2: −A$17k" over "BAFO: A$598k": a
 * best and final the plan reaches from an argued figure of ours by its own steps (down for a seller, up for a buyer)
 * carries that figure's reason.
 */
function derivedFromArgued(plan: PlanModel, opening: Amount, exclude: Span[], position: ReadonlyMap<Statement, number>): boolean {
  const seller = plan.side !== 'buyer';
  const money = plan.amounts.filter((a) => a.kind === 'money' && comparable(a, opening));
  const sign = (a: Amount) => (/^[−-]/.test(a.raw.trim()) ? '-' : /^\+/.test(a.raw.trim()) ? '+' : /([+−-])\s?$/.exec(plan.text.slice(Math.max(0, a.start - 2), a.start))?.[1]?.replace('−', '-'));
  const steps = money.filter((a) => sign(a) === (seller ? '-' : '+'));
  for (const base of money) {
    if ((seller ? base.value <= opening.value : base.value >= opening.value) || sign(base) !== undefined) continue;
    const st = lastFrom(plan.statements, base.start);
    if (!st || base.start >= st.end) continue;
    const next = plan.statements[position.get(st)! + 1];
    const argued = hasRationale(plan, next && next.item && st.item && next.item.parent === st.item ? [st, next] : [st], exclude, false);
    if (!argued) continue;
    let left = base.value;
    for (const step of steps) {
      if (step.start <= base.start) continue;
      left += seller ? -step.value : step.value;
      if (Math.abs(left - opening.value) <= opening.value * 0.005) return true;
      if (seller ? left < opening.value : left > opening.value) break;
    }
  }
  return false;
}

/**
 * "Opening: R178/m². Rosebank A-grade asking rentals are R170–R185/m² in the Q4 broker report": a sentence beside the
 * opening that sets it next to another figure of its own kind and size (a rate someone pays, a range it falls in) argues
 * by comparison, whatever words it uses. A figure another of our positions states (`stated`: where their amounts start)
 * is no comparison.
 */
const FIRST_OR_SECOND_PARTY = /\b(?:we|our|us|i|my|me|they|their|them)\b/;

function comparedTo(plan: PlanModel, fact: Fact, statements: Statement[], stated: ReadonlySet<number>): boolean {
  const own = firstNumbers(fact.amounts, plan.text, fact)[0];
  if (!own || own.value <= 0 || (own.kind !== 'money' && own.kind !== 'percent')) return false;
  const counterpart = plan.counterpart?.split(/\s+/)[0]?.toLowerCase();
  return statements.some((st) => {
    if (st.isQuestion || (st.text.match(/\p{L}{2,}/gu) ?? []).length < 6) return false;
    // A statement of a position ("aim 5 %", "close around AED 1,650,000") compares nothing.
    if ((['target', 'walk-away', 'opening', 'alternative'] as const).some((tag) => plan.tags.has(st, tag))) return false;
    // The figure set beside ours by someone else: a competitor, the market, a report — not us, and not them.
    const bySomeoneElse = (a: Amount) => {
      const clause = plan.text.slice(st.start, a.start).split(/[;:—–]|[,.](?=\s)/).pop()!.toLowerCase();
      return !FIRST_OR_SECOND_PARTY.test(clause) && !(counterpart && clause.includes(counterpart));
    };
    return plan.amountsIn(st).some(
      (a) =>
        a.start !== own.start &&
        bySomeoneElse(a) &&
        a.kind === own.kind &&
        (a.currency === own.currency || a.currency === undefined) &&
        Math.abs(a.value - own.value) <= own.value * 0.1 &&
        !stated.has(a.start),
    );
  });
}

function hasRationale(plan: PlanModel, statements: Statement[], exclude: Span[], quoted = false): boolean {
  return statements.some((s) => {
    // The word that names the opening is no reason for it ("Eröffnungsangebot", "our quote").
    const naming = plan.tags.hits(s, 'opening');
    return plan.tags
      .hits(s, 'rationale')
      .some(
        (h) =>
          !h.negated && !insideAny(exclude, h.start) && !naming.some((o) => o.start === h.start && o.end === h.end) && (quoted || !inQuote(plan.text, h.start)) &&
          !LINK_ONLY.test(plan.text.slice(h.start, h.end)),
      );
  });
}


export default defineRule({
  meta: {
    id: 'opening-number',
    severity: 'warn',
    description: 'The plan decides the first number and the reason it can be defended.',
    principle:
      'The first number on the table frames every number after it. Too low and we start in a hole; too high and we lose credibility, unless we can say why it is fair — what it is worth to them, what the price list or the market says, what comparable customers pay.',
    sources: ['moments-of-truth'],
    fix: 'Add an "Opening offer" section (or an `Opening:` / `Anchor:` line, table row or `opening` frontmatter key) with the number we put down first, and say why it holds: "$480k ARR — list price for 400 seats, and the ROI case shows $1.2M saved a year".',
    details:
      'The opening is found under its names in headings, labels, table rows and frontmatter (opening offer, anchor, first offer, "Open at", "I open at", "open @", starting price, our ask, a quote we sent; "Asking:" in a seller\'s plan, theirs in a buyer\'s) and in sentences that state it ("we open at $480k", "I\'ll quote the package at £2,450", "I\'ll ask for $60k"), including a bid already submitted ("Our RFP response priced the platform at USD 690k"). Answering a best-and-final request, the number we submit is the opening: a labelled best-and-final offer or a sentence that states it ("Our best and final is CHF 385\'000 per year"). It must hold a number (money, a percentage or a bare figure of 1,000 or more; in a deal about lead time or payment terms, a duration such as "4 weeks" or "90 days"); an opening section without one is reported at its heading. The reason is looked for around the number — in the same line, section, list item or table row, the lines under a positions table that speak of its openings ("Openings are our 2027 price book…"), and the lines and paragraphs under it until the next fact or heading ("Why $21.40: the 2022 price indexed…", "Varför 3 %:", "Razón:"; a line led by its reason\'s label argues whatever it cites, even a competing offer: "Varför 3 850 000: the median of the three other offers we received") — and in any sentence that speaks about the opening: value (ROI, payback, savings, cost of doing nothing, worth), price references (price list, price book, rate card, framework or contract schedule, last year indexed, what they pay today), the market (benchmark, market rate, comparable deals), a buyer\'s references (competing quotes, bids, should-cost, budget) and explicit reasoning (because, based on, in line with, basis), or a frontmatter key such as `openingWhy` or `opening_rationale`. A sentence beside the opening that sets it next to a figure of its own kind within 10% that someone else states — a competitor\'s price, a comparable deal, a market range ("Opening: R178/m². Rosebank A-grade asking rentals are R170–R185/m² in the Q4 broker report") — argues by comparison; a figure we or they state, or one of our other positions, does not. A guess in the assumptions to verify defends nothing. A part named for the opening and its reason ("### Opening and why", "Opening & rationale:") that says more than the number gives its reason there. A line beside the opening that states another position (a walk-away, target or alternative label: "The Untergrenze / walk-away is 950.000,00 €: below that…") argues for that position, not for the opening. Negated reasons ("not based on anything") and a link word alone ("That\'s where we\'ll start") do not count, nor does their asking price, nor do words in quotation marks elsewhere in the plan that only quote our number (their objection: "12% doesn\'t work at our margin"). The words come from the lexicon (`opening`, `rationale`): add your team\'s words under `vocabulary.opening` or `vocabulary.rationale`. A plan with no opening at all is reported at its title, with a fix that inserts a skeleton section. The rest of a list item labelled with another position ("- Ceiling: ₹58,000 per seat per month. Our in-house team costs ₹61,000 …") argues for that position, unless the opening is named in the same item. Rates a claim raises ("9% on all hourly rates") are no reason; a rate used as the basis ("our standard day rate", "the hourly rate Nordsyn billed us on the 2022 CRM job") is. A buyer\'s counter to a proposal is its opening ("| Opening counter | $1,760 |"), and a day of the month is no figure of the opening ("Opened 14 Aug at £1.20/check").',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [
        {
          title: 'No opening number',
          code: '# Acme renewal\n\n## Walk-away point\n\nBelow $310k ARR.\n\n## Target\n\n$420k ARR.\n',
        },
        {
          title: 'A number with nothing behind it',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Opening offer:** $520k ARR\n',
        },
        {
          title: 'An opening section without a number',
          code: '# Globex supply deal\n\n## Floor\n\n€900.000.\n\n## Opening position\n\nWe start high and see how they react.\n',
        },
      ],
      valid: [
        {
          title: 'A number and the price list behind it',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Opening offer:** $480k ARR, the list price for 400 seats.\n',
        },
        {
          title: 'A buyer anchoring on a competing quote',
          code: '---\nside: buyer\n---\n# Laptop refresh\n\n| Position | Amount | Why |\n| --- | --- | --- |\n| Ceiling | €1,2M | board approval |\n| Anchor | €850.000 | Dell quoted €870.000 for the same spec |\n',
        },
      ],
    },
  },
  check({ plan, report }) {
    // Answering a best-and-final request, the number we send is the first and only one on the table.
    const openings = plan.factsOf('opening');
    let facts: Fact[] = openings;
    // "### 1.1 — The ask" over their request and no figure, then "Target and final offer: £37": the final number stands.
    if (!openings.some((f) => firstNumbers(f.amounts, plan.text, f).length > 0)) {
      let finals = plan.factsOf('best-and-final').filter((f) => firstNumbers(f.amounts).length > 0);
      // "Our best and final is CHF 385'000 per year": a final number stated in a sentence is the one number on the table.
      if (finals.length === 0) finals = finalOfferFacts(plan);
      if (finals.length > 0) facts = finals;
    }
    if (facts.length === 0) {
      report('No opening number found — looked for a heading or label such as Opening offer, Anchor, First offer, "Open at", and for a sentence such as "we open at $480k". Decide the first number and why it is defensible; add your team\'s words under `vocabulary.opening`.', undefined, {
        fix: insertSectionFix(
          plan,
          'Insert an "Opening offer" section',
          'Opening offer',
          plan.side === 'buyer'
            ? '<first price we offer>, because <benchmark, competing quote or should-cost>.'
            : '<first price we ask>, because <value to them, price list or comparable deals>.',
          ['concessions', 'price-challenge'],
        ),
      });
      return;
    }

    // A bare label ("Opening:") is not a reason; a label with more in it ("Opening position, per 2025 price book") can be.
    const labels = facts
      .map((f) => f.label)
      .filter((l) => l.text.split(/\s+/).length <= 3)
      .sort((a, b) => a.start - b.start);
    // A sentence anywhere that talks about the opening and gives a reason ("We open at list price because…").
    const position = new Map(plan.statements.map((st, i) => [st, i]));
    const elsewhere = plan.tagged('opening')
      // "I assume the service price in the quote is negotiable — check": a guess to verify defends nothing yet.
      .filter((t) => !t.hit.negated && t.statement.kind !== 'heading' && !t.statement.isQuestion && !plan.within(t.statement.start, 'assumptions'))
      // "Their asking price for the demo: 148 000 000 Ft", "dropping our ask for free returns": their number, or a request.
      .filter((t) => !/\b(?:[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|\p{Lu}\p{L}+['’]s)\s*$/u.test(plan.text.slice(Math.max(t.statement.start, t.hit.start - 16), t.hit.start)))
      .filter((t) => !/^\s+for\b/.test(plan.text.slice(t.hit.end, t.hit.end + 5)) || !/\bask$/i.test(plan.text.slice(t.hit.start, t.hit.end)))
      // "…which cost lines changed since the first offer": an offer as a point in time, not the number we put down.
      .filter((t) => !/\b(?:since|after|before)\s+(?:the|their|that)\s*$/i.test(plan.text.slice(Math.max(t.statement.start, t.hit.start - 16), t.hit.start)))
      // "We ask Anna to show us which cost lines changed": asking a person for something, not asking a price.
      .filter((t) => !/\bask$/i.test(plan.text.slice(t.hit.start, t.hit.end)) || !/^\s+(?:him|her|them|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+(?:to|whether|if|about|what|which|how|why|when)\b/u.test(plan.text.slice(t.hit.end, t.hit.end + 40)))
      // "Sipho opens with this, before any figures": opening the meeting with a point, not the price with a number.
      .filter((t) => !/^\s+(?:this|that|these|those|it)\b/i.test(plan.text.slice(t.hit.end, t.hit.end + 7)))
      // "I think the Borg El Arab supplier is quoting 10% lower": another party's quote, not our opening.
      .filter((t) => {
        const who = plan.tags.speaker(t.statement, t.hit);
        if (OTHER_PARTY.endsAtLast(new StemView(tokenize(plan.text.slice(Math.max(t.statement.start, t.hit.start - 30), t.hit.start))))) return false;
        return who !== 'they' && (who !== 'named' || /\b(?:we|i|our|my)\b/i.test(plan.text.slice(t.hit.start, t.hit.end)));
      })
      .flatMap((t) => {
        // "Opening at +1.80. I can defend it: the last three cargoes printed…": the reason may be the next sentence.
        const next = plan.statements[position.get(t.statement)! + 1];
        const joined =
          next &&
          next.kind === 'prose' &&
          next.section === t.statement.section &&
          plan.amountsIn(t.statement).length > 0 &&
          !/\n[ \t]*\n/.test(plan.text.slice(t.statement.end, next.start));
        return joined ? [t.statement, next] : [t.statement];
      });
    const argued = hasRationale(plan, elsewhere, labels, true);

    const withNumber = facts.filter((f) => firstNumbers(f.amounts, plan.text, f).length > 0);
    if (withNumber.length === 0) {
      const first = facts[0]!;
      report(
        `Opening \`${first.label.text}\` has no number: decide the first number we put on the table.`,
        first.source === 'heading' ? first.section!.titleSpan : first.value.text ? first.value : first.label,
      );
      return;
    }
    if (argued) return;
    // "| Opening rationale | Lowest compliant round-1 bid per lane… |", "Why we open there: …": the reason given under its own name.
    if (plan.statements.some((st) => st.kind !== 'heading' && NAMED_OPENING_REASON.test(st.text) && st.text.split(/\s+/).length >= 6)) return;
    // "### Opening (round one) and why" over the number and a paragraph: the part is named for its reason and gives one.
    if (withNumber.some((f) => AND_ITS_REASON.test(f.label.text.replace(/\([^)]*\)/g, ' ')) && (f.value.text.match(/\p{L}{2,}/gu) ?? []).length >= 8)) return;
    const factStarts = plan.facts
      .filter((f) => f.source !== 'frontmatter')
      // A fact read from a sentence starts with its sentence ("What I aim to settle at is £132,000").
      .map((f) => ({ start: Math.min(f.label.start, f.scope.start), end: f.label.end }))
      .sort((a, b) => a.start - b.start);
    const others = otherPositionStarts(plan);
    const openingLabels = plan.factsOf('opening').filter((f) => f.source !== 'frontmatter').map((f) => ({ start: f.label.start, end: f.label.end }));
    if (withNumber.some((f) => hasRationale(plan, [...context(plan, f, factStarts).filter((st) => !statesOtherPosition(st, others, openingLabels)), ...footnotes(plan, f)], labels, true) || reasonColumn(plan, f))) return;
    const stated = new Set(plan.facts.filter((f) => f.concept !== 'opening' && f.source !== 'frontmatter').flatMap((f) => f.amounts.map((a) => a.start)));
    if (withNumber.some((f) => f.source !== 'frontmatter' && comparedTo(plan, f, context(plan, f, factStarts).filter((st) => !statesOtherPosition(st, others, openingLabels)), stated))) return;
    // "Why $21.40: the 2022 price indexed…": a reason that names the number, wherever it stands.
    const numbers = withNumber.flatMap((f) => firstNumbers(f.amounts, plan.text, f));
    // Their objection quoting our number ("US$30k is under cost", "if Dana says $41 is too low: value, not a bigger
    // number") is no reason for it, however its answer argues.
    const naming = plan.statements.filter(
      (s) =>
        !s.isQuestion &&
        (!plan.tags.has(s, 'price-challenge') || reasonLed(plan, s)) &&
        // "Mr Lau will say HK$116 cannot cover wages": their words about our number, not our reason for it.
        !THEY_SAY.test(s.text.slice(0, 80)) &&
        // "Why +28 holds", "Why −22": a signed differential names "+28 c/lb" or the "−22" of a €/t column without its unit.
        plan.amountsIn(s).some(
          (a) =>
            // "4.900 → 4.800 € if they add a 13th salary": a step down from the opening, not a reason for it.
            !MOVE_AFTER.test(plan.text.slice(a.end, a.end + 12)) &&
            // "**BAFO 2'480'000:** … based on our benchmark" names "CHF 2'480'000" without its currency: a figure that large is the same sum.
            // "**Why 650:** our published rate card is ₹720": a reason's label names the figure bare.
            numbers.some((n) => (n.kind === a.kind || (a.kind === 'number' && SIGNED_BEFORE.test(plan.text.slice(Math.max(0, a.start - 2), a.start))) || (n.kind !== 'percent' && a.kind !== 'percent' && a.value >= 1000) || (a.kind === 'number' && a.end <= s.start + s.text.indexOf(':') && reasonLed(plan, s))) && n.value === a.value && n.start !== a.start),
        ),
    );
    // "BAFO number: $214,000 ARR. Built from list less our standard 14% discount.": the reason may follow in its item.
    const withNext = naming.flatMap((s) => {
      const next = plan.statements[position.get(s)! + 1];
      return next && next.kind !== 'heading' && ((s.item && next.item === s.item) || (!s.item && !s.row && !next.row && !plan.text.slice(s.end, next.start).includes('\n'))) ? [s, next] : [s];
    });
    if (hasRationale(plan, withNext, labels, false)) return;
    // "openingWhy: Tarif 2025 catalogue … less the 5 % multi-year rate": a frontmatter key that gives the opening's reason.
    const fm = plan.frontmatter?.data ?? {};
    if (Object.entries(fm).some(([k, v]) => NAMED_OPENING_REASON.test(keyWords(k)) && typeof v === 'string' && /\p{L}{3}/u.test(v))) return;

    // Reported where the author writes about the opening: a frontmatter key only mirrors the body's line.
    // Money first: "ask: 1,800 hosts" above "opening: £15.00/host/mo" asks for a quantity.
    const body = withNumber.filter((f) => f.source !== 'frontmatter');
    const lead = (f: Fact) => firstNumbers(f.amounts, plan.text, f)[0];
    // A named opening (a row, a label) before a sentence that repeats it: "| Opening bid | 1,560,000 |" under an AED header.
    const named = body.filter((f) => f.source !== 'sentence');
    const money = (list: Fact[]) => list.find((f) => lead(f)?.kind === 'money' && /\p{Sc}|\p{Lu}{3}/u.test(lead(f)!.raw)) ?? list.find((f) => lead(f)?.kind === 'money');
    const fact = money(named) ?? money(body) ?? body[0] ?? withNumber[0]!;
    const amount = firstNumbers(fact.amounts, plan.text, fact)[0]!;
    if (fact.concept === 'best-and-final' && derivedFromArgued(plan, amount, labels, position)) return;
    report(
      `Opening number \`${amount.raw.trim()}\` has no rationale — looked in its line, its section and the paragraph after it for a reason (value to them, price list, benchmark, comparable deals, a competing quote); say why it is defensible, or add your team\'s words under \`vocabulary.rationale\`.`,
      amount,
    );
  },
});
