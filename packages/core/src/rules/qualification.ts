import { defineRule, type Fix } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { soundsUnknown, uncertainAt } from '../engine/language.js';
import { isPast, type Token } from '../engine/lexicon/index.js';
import type { Concept } from '../engine/plan/concepts.js';
import type { Tagged } from '../engine/plan/tags.js';
import type { Fact, PlanModel, Side, Statement } from '../engine/plan/model.js';
import { CASE_STEMS, CLAUSE_MARK_STEMS, monthOf } from '../engine/lexicon/words.js';

type Element = 'decision-maker' | 'timeline' | 'budget' | 'needs';
const ELEMENTS: readonly Element[] = ['decision-maker', 'timeline', 'budget', 'needs'];

interface Options {
  requiredElements: Element[];
}

const NAMES: Record<Element, string> = {
  'decision-maker': 'decision maker',
  timeline: 'timeline',
  budget: 'budget',
  needs: 'needs',
};

function expectation(element: Element, side: Side): string {
  const buyer = side === 'buyer';
  switch (element) {
    case 'decision-maker':
      return buyer
        ? 'name who signs on our side and who approves on the supplier\'s side'
        : 'name who decides and signs on their side (the economic buyer)';
    case 'timeline':
      return buyer ? 'state when we must decide and sign, and why' : 'state when they decide and sign (decision date, go-live)';
    case 'budget':
      return buyer ? 'state our approved budget and who holds it' : 'state their budget or funding and who holds it';
    case 'needs':
      return buyer ? 'state what we need from this deal and why now' : 'state the customer\'s pain and why they are buying now';
  }
}

const SKELETON: Record<Element, (side: Side) => string> = {
  'decision-maker': (side) => `- **Decision maker:** <${side === 'buyer' ? 'who signs on our side' : 'who decides and signs'}>`,
  timeline: () => '- **Timeline:** <decision date, signature date, go-live>',
  budget: (side) => `- **Budget:** <${side === 'buyer' ? 'our approved budget and its holder' : 'their budget and who holds it'}>`,
  needs: (side) => `- **Needs:** <${side === 'buyer' ? 'what we need and why now' : 'their pain and why now'}>`,
};

/** A fact counts unless its value only admits the answer is unknown ("Economic buyer: unknown"). */
function unknownFact(fact: Fact): boolean {
  return fact.value.text !== '' && fact.amounts.length === 0 && soundsUnknown(fact.value.text);
}

// What each element is looked for under, for messages that say how to name it.
const LOOKED_FOR: Record<Element, string> = {
  'decision-maker': 'a heading, label or row such as Decision maker, Economic buyer, Who signs, or a sentence like "the CFO signs"',
  timeline: 'a heading, label or row such as Timeline, Deadline, Decision date, or a sentence like "decision expected end of Q2"',
  budget: 'a heading, label or row such as Budget, Funding, Where the money comes from, or a sentence like "funded from the FY26 IT budget"',
  needs: 'a heading, label or row such as Needs, Pain, Why they\'re buying, or a sentence like "they must replace their ticketing tool"',
};

/**
 * Whether a tagged statement states the element: affirmed, not a question, not admitting it is unknown
 * ("we don't know who signs"). On the seller side the needs are the customer's, so our own ("we need
 * this deal") do not count; on the buyer side ours and the supplier's both count.
 */
function states(plan: PlanModel, t: Tagged, element: Element, side: Side, next: Map<Statement, Statement>): boolean {
  const s = t.statement;
  if (t.hit.negated) return false;
  if (uncertainAt(s.text, t.hit.start - s.start, t.hit.end - s.start)) return false;
  // Our own approvals ("our MD signs off discounts over 20%", "Our CFO signs the amendment") do not say who decides for
  // them, on either side: a buyer needs to know who can say yes at the supplier as much as a seller at the customer.
  if (element === 'decision-maker') {
    const tokens = plan.tags.tokens(s);
    const before = tokens[t.hit.from - 1];
    if (before && (before.word === 'our' || before.word === 'my')) return false;
    // "Declan Rooney (our MD) signs": the signer named as ours anywhere in the clause before the verb.
    let from = t.hit.from;
    while (from > 0) {
      const prev = tokens[from - 1]!;
      if (CLAUSE_MARK_STEMS.has(prev.stem) && prev.stem !== '(' && prev.stem !== ')') break;
      from--;
    }
    if (tokens.slice(from, t.hit.from).some((k) => k.word === 'our' || k.word === 'my') && !tokens.slice(from, t.hit.from).some((k) => k.stem === 'they' || /['’]s$/.test(k.word))) return false;
    if (signsForUs(tokens, t.hit.to)) return false;
    // "SGD 165,000 … approved by our CFO, Mr Goh": the signer named after the verb as ours, inside the hit or right after it.
    const hit = tokens.slice(t.hit.from, t.hit.to + 2);
    const by = hit.findIndex((k) => k.word === 'by' || k.word === 'from');
    if (by >= 0 && hit.slice(by + 1).some((k) => k.word === 'our' || k.word === 'my')) return false;
    // "They want new partner agreements signed by 24 January": a thing to be signed by a date is a date line, not a signer.
    const last = tokens[t.hit.to - 1];
    const date = tokens[t.hit.to + 1];
    if (last && isPast(last.word) && tokens[t.hit.to]?.word === 'by' && date && (date.stem === '#' || monthOf(date.word) > 0)) return false;
  }
  // On the seller side the budget is theirs: "we budgeted two days of editing" is ours, "we know their budget is €2M" is not.
  if (element === 'budget' && side !== 'buyer' && plan.tags.speaker(s, t.hit) === 'we') {
    const tokens = plan.tags.tokens(s);
    let from = t.hit.from;
    while (from > 0 && !tokens[from - 1]!.mark) from--;
    if (!tokens.slice(from, t.hit.to + 3).some((k) => k.stem === 'they')) return false;
  }
  // A buyer who knows what the supplier needs ("Nordpacks behov (their needs): fill the new Sundsvall line") knows why
  // the deal matters to them, as a seller knows the customer's pain; a seller's own need is no qualification.
  if (element === 'needs' && side !== 'buyer' && plan.tags.speaker(s, t.hit) === 'we') return false;
  // "Plan B: Elgin Valley Juices quoted R 18,20; they need 10 weeks' notice": inside our alternative, "they" is the other
  // supplier, not the party across the table.
  if (element === 'needs' && plan.within(s.start, 'alternative') && !plan.within(s.start, 'needs')) return false;
  if (!s.isQuestion) return true;
  // Q&A form: "Q: Where is the money coming from?" or a bold or heading question, answered by the next
  // statement ("A: their build budget", or the paragraph under it).
  const answer = next.get(s);
  if (!answer || answer.isQuestion || answer.section !== s.section) return false;
  const asked = /^\s*Q\s*\d*\s*[:.)]/.test(s.text) || s.kind === 'heading' || /\*\*\s*$/.test(plan.text.slice(s.end, s.end + 3)) || /^\s*A\s*[:.)]/.test(answer.text);
  return asked && !soundsUnknown(answer.text.replace(/^\s*A\s*[:.)]\s*/, ''));
}

// "The most I'll pay", "what I can afford", "Najwyżej / the most I'll pay": the author's own money, in the first person singular.
const OWN_MONEY_CEILING = /\bI(?:['’]ll|['’]d| will| would| can| could)?\s+(?:pay|spend|afford|go to|put in)\b/;

/**
 * A verb of deciding or signing (the lexicon's \`decides\`) names the decision maker when a person is its
 * subject in the present or future: "Fiona signs.", "Daniel decides with his boss", "he signs supplier
 * contracts himself". Not a date line ("framework signed by
 * 15 May"), a passive, a condition, a question, or "we decide" said of a whole organisation.
 */
/** "President Watanabe signs for us", "… signs on our behalf": our signer, named by whom he signs for. */
function signsForUs(tokens: readonly Token[], to: number): boolean {
  const after = tokens.slice(to, to + 3).map((k) => k.word);
  return (after[0] === 'for' && (after[1] === 'us' || after[1] === 'me')) || (after[0] === 'on' && (after[1] === 'our' || after[1] === 'my') && after[2] === 'behalf');
}

/** "I negotiate and sign the bilateral modification": on the buyer side the author who signs is our decision maker. */
function weSign(plan: PlanModel, t: Tagged): boolean {
  const s = t.statement;
  if (t.hit.negated || s.isQuestion) return false;
  const tokens = plan.tags.tokens(s);
  const verb = tokens[t.hit.from]!;
  if (isPast(verb.word)) return false;
  let from = t.hit.from;
  while (from > 0 && !tokens[from - 1]!.mark) from--;
  const before = tokens.slice(from, t.hit.from);
  // "If we walk: we sign with GridWave": signing with someone else is our alternative, not who decides this deal.
  if (tokens[t.hit.to]?.word === 'with' || plan.tags.has(s, 'alternative') || plan.tags.has(s, 'no-deal')) return false;
  return before.length > 0 && before.length <= 4 && (before[0]!.word === 'i' || before[0]!.word === 'we') && !before.some((k) => CASE_STEMS.has(k.stem));
}

function personDecides(plan: PlanModel, t: Tagged): boolean {
  const s = t.statement;
  if (t.hit.negated || s.isQuestion) return false;
  const tokens = plan.tags.tokens(s);
  if (signsForUs(tokens, t.hit.to)) return false;
  const verb = tokens[t.hit.from]!;
  // A verb, not a past form ("signed by 15 May") or the noun ("Capital Committee approval").
  if (isPast(verb.word) || verb.word.endsWith('al')) return false;
  let from = t.hit.from;
  while (from > 0 && !tokens[from - 1]!.mark) from--;
  const before = tokens.slice(from, t.hit.from);
  if (before.some((k) => CASE_STEMS.has(k.stem))) return false;
  if (tokens[t.hit.from - 1]?.stem === 'be') return false;
  const who = plan.tags.speaker(s, t.hit);
  if (who === 'named') return true;
  // A capitalised word right before a verb in the third person is a name even when the plan writes it only
  // once ("Greta signs."); not a noun ("Volunteer sign-up").
  // "their Director of Supply Chain, Marian Holt, signs": the name set off by commas before the verb is its subject.
  const appositive = tokens[t.hit.from - 1]?.word === ',' && tokens.slice(0, t.hit.from - 1).filter((k) => k.word === ',').length > 0;
  // "our MD, Mr. Lasantha Perera, signs": the role the name stands beside may still be ours.
  if (appositive) {
    let i = t.hit.from - 2;
    while (i >= 0 && tokens[i]!.word !== ',') i--;
    for (i--; i >= 0 && !(tokens[i]!.mark && tokens[i]!.word !== ','); i--) if (tokens[i]!.word === 'our' || tokens[i]!.word === 'my') return false;
  }
  const prev = tokens[t.hit.from - (appositive ? 2 : 1)];
  if (who === undefined && prev && prev.capital && !prev.mark && prev.word.length > 1 && verb.word.endsWith('s')) return true;
  // "CO Rachel Dembinski (PBS Region 5, Chicago) — signs": a name, its remark in brackets and a dash before the verb.
  let j = t.hit.from - 1;
  while (j >= 0 && /^[—–-]$/.test(tokens[j]!.word)) j--;
  if (j >= 0 && tokens[j]!.word === ')') {
    // "Declan Rooney (our MD) signs": the remark says whose he is.
    while (j >= 0 && tokens[j]!.word !== '(') if (/^(?:our|my)$/.test(tokens[j--]!.word)) return false;
    j--;
  }
  const named = j >= 0 && j < t.hit.from - 1 ? tokens[j] : undefined;
  if (who === undefined && named && named.capital && !named.mark && named.word.length > 1 && verb.word.endsWith('s')) return true;
  // A person by pronoun: "she signs", not "they sign" (an organisation or a date line).
  if (who === 'they') return before.some((k) => k.word === 'he' || k.word === 'she');
  return false;
}

export default defineRule<Options>({
  meta: {
    id: 'qualification',
    severity: 'warn',
    description: 'The plan identifies the decision maker, the timeline, the budget and the needs behind the deal.',
    principle:
      'Negotiating is the last step, not the first: before trading terms, know who actually decides and signs, by when, with what money, and what problem the deal solves. A deal that has not been qualified ends late and badly; finding the gap early lets the team fix it or walk away in time.',
    sources: ['willing-to-walk-away', 'bad-news-early'],
    fix: 'Add a qualification or stakeholders section naming the decision maker (who signs), the timeline (decision date, go-live), the budget (amount, funding, budget holder) and the needs (pain, requirements, why now). On the buyer side, name who signs on our side, our budget, our needs and our timeline.',
    details:
      'Each element counts when the plan names it as a heading, a label (`**Economic buyer:** Dana Ruiz`), a table row, a frontmatter key (`decision_maker`, `close_date`, `budget`), or states it in a sentence or list item anywhere, in words the lexicon knows for that element: a role with a verb of deciding ("Dana Ruiz (CFO) signs off", "Tom Keogh, GM Fresh, signs.", "approved by our MD", "contracts over $250k go to the board"), a person named as the one who decides or signs ("Fiona signs.", "Daniel decides with his boss", "the two of them decide together", "he signs supplier contracts himself"; a signer said in a sentence is theirs, so "our MD signs off discounts", "Declan Rooney (our MD) signs" "President Watanabe signs for us" and "I sign the lease" name ours, on either side), a deal event tied to a date ("decision expected end of Q2", "licences lapse on 15 August", "go-live in Q3"; a date alone, as in "prepared on 11 June", is not a timeline, and "signed by 15 May" is a date, not a signer), the source of the money ("the money comes from the FY26 IT allowance", "funded from this year\'s capex", "Mei\'s father is paying for photography", "it\'s coming out of their joint savings") and the reason they buy ("Why they\'re buying: …", "Needs, in order: …", "they must replace their ticketing tool"; on the seller side our own needs do not count). In Q&A form, a question ("Q: Who signs?") answered by the next line ("A: Hal Brennan") counts. Questions without an answer, negated statements and statements that admit the answer is unknown ("we don\'t know who signs", "Budget: unknown") do not; a labelled element whose value is only "unknown" is reported at that value. One finding per missing element, at the title, saying what was looked for; when the plan has no qualification section yet, the first finding offers a fix that inserts one with the missing elements. Add your team\'s words under `vocabulary.decision-maker` (or verbs of deciding under `vocabulary.decides`), `vocabulary.timeline`, `vocabulary.budget` or `vocabulary.needs` (they extend both headings and sentences). Needs are found under a pronoun as well as a name ("Was die brauchen:", "Wat ze nodig hebben:", "Lo que quieren:"), the decision maker in "Margaret Liu owns the building and makes the decision", and the budget in a budget line ("tienen partida de transformación digital 2025"). A weekday beside an event is a recurring slot ("move to fixed Tuesday/Thursday delivery slots") unless a word ties it to one day ("decide on Friday", "sign by Thursday"), and a role that "makes the award decision" decides.',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        requiredElements: {
          type: 'array',
          items: { type: 'string', enum: [...ELEMENTS] },
          description: 'The qualification elements the plan must identify: `decision-maker`, `timeline`, `budget`, `needs`.',
        },
      },
    },
    defaultOptions: { requiredElements: [...ELEMENTS] },
    examples: {
      invalid: [
        {
          title: 'Positions without qualification',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\n## Stakeholders\n\n- Dana Ruiz (CFO): signs the order form.\n',
        },
        {
          title: 'A date is not a signer',
          code: '# Fleetway telematics\n\n**Walk-away:** €310.000\n\n## Why they\'re buying\n\nNeeds, in order: (1) uptime, (2) one invoice. The money comes from the FY26 IT allowance. Decision expected end of Q2; framework signed by 15 May.\n',
        },
        {
          title: 'A buyer plan that does not know its budget',
          code: '---\nside: buyer\n---\n# Globex hosting tender\n\n| Item | Notes |\n| --- | --- |\n| Ceiling | €1,2M |\n| Signatory | Our COO |\n| Decision date | 30 June |\n| Budget | unknown |\n| Needs | EU hosting, SSO |\n',
        },
      ],
      valid: [
        {
          title: 'A qualification section',
          code: '# Acme renewal\n\n## Qualification\n\n- **Economic buyer:** Dana Ruiz (CFO)\n- **Timeline:** decision by 30 June, go-live in Q3\n- **Budget:** $450k approved in the FY25 plan\n- **Pain:** month-end close takes 12 days\n\n## Walk-away point\n\n$310k ARR.\n',
        },
        {
          title: 'Stated in sentences',
          code: '# Initech services deal\n\n**Target:** £180k\n\nInitech must replace its ticketing tool before the contract expires in March. The COO signs off; the project is funded from this year\'s capex.\n',
        },
      ],
    },
  },
  check({ plan, report, options, side }) {
    const required = ELEMENTS.filter((e) => options.requiredElements.includes(e));
    const next = new Map<Statement, Statement>();
    plan.statements.forEach((s, i) => {
      const after = plan.statements[i + 1];
      if (after) next.set(s, after);
    });
    const missing: { element: Element; unknown?: Fact }[] = [];
    for (const element of required) {
      const facts = plan.factsOf(element as Concept);
      if (facts.some((f) => !unknownFact(f))) continue;
      // Statements inside an "unknown" fact ("Budget: unknown") are that fact's value, already judged.
      const inFact = (s: Statement) => facts.some((f) => s.start >= f.scope.start && s.start < f.scope.end);
      if (plan.tagged(element).some((t) => !inFact(t.statement) && states(plan, t, element, side, next))) continue;
      if (element === 'decision-maker' && plan.tagged('decides').some((t) => !inFact(t.statement) && (personDecides(plan, t) || (side === 'buyer' && weSign(plan, t))))) continue;
      // "The most I'll pay: R4 200": a buyer spending their own money names their budget in their ceiling.
      if (element === 'budget' && side === 'buyer' && plan.factsOf('walk-away').some((f) => OWN_MONEY_CEILING.test(f.label.text) && f.amounts.some((a) => a.kind === 'money'))) continue;
      missing.push({ element, unknown: facts[0] });
    }
    if (missing.length === 0) return;

    // One fix for all missing elements, offered on the first finding, so applying every fix adds them once:
    // lines appended to the qualification section when there is one, else a new section.
    const section = plan.factsOf('qualification').find((f) => f.source === 'heading')?.section;
    // An element written down as "unknown" already has its line: the fix cannot fill in the answer.
    const lines = missing.filter((m) => !m.unknown).map((m) => SKELETON[m.element](side)).join('\n');
    let fix: Fix | undefined;
    if (!lines) {
      fix = undefined;
    } else if (section) {
      const at = plan.text.slice(0, section.end).trimEnd().length;
      const lastLine = plan.text.slice(plan.text.lastIndexOf('\n', at - 1) + 1, at);
      const gap = /^\s*[-*+]\s/.test(lastLine) ? '\n' : '\n\n';
      fix = { title: `Add the missing elements to "${section.title}"`, safe: true, edits: [{ start: at, end: at, text: `${gap}${lines}` }] };
    } else {
      fix = insertSectionFix(plan, 'Insert a "Qualification" section', 'Qualification', lines, ['walk-away', 'alternative', 'target', 'opening', 'concessions']);
    }
    for (const [i, { element, unknown }] of missing.entries()) {
      const extra = i === 0 && fix ? { fix } : undefined;
      if (unknown) {
        const at = unknown.value.text && unknown.source !== 'heading' ? unknown.value : unknown.label;
        report(`The ${NAMES[element]} is \`${unknown.value.text.slice(0, 60)}\`: ${expectation(element, side)}.`, at, extra);
      } else {
        report(
          `No ${NAMES[element]} found: ${expectation(element, side)}. Looked for ${LOOKED_FOR[element]}; add your team's words under \`vocabulary.${element}\`.`,
          undefined,
          extra,
        );
      }
    }
  },
});
