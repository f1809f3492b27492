import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { negativeAsk, type TagHit } from '../engine/lexicon/index.js';
import type { PlanModel, Statement } from '../engine/plan/model.js';
import { ANSWER_LABEL, ANSWER_MARK, MODAL_START, WH_QUESTION_START } from '../engine/lexicon/shapes.js';

type Span = [number, number];

// A plan's own Q&A marker ("Q:", "Q3.", "Question 2)") before the question it answers below.
const SELF_PROMPT = /^[\s*_]*(?:Q|Question)\s*\d*\s*[:.)]/i;
const QUOTED_PROMPT = /^[\s*_]*(?:Q|Question)\s*\d*\s*[:.)][\s*_]*["“„«]/i;
// A question in our own voice, put to ourselves: "we", "our", "I", and no "you".
const YOU = /\byou(?:r|rs)?\b/i;
// A question led by a wh-word, and a commitment ask led by its auxiliary ("can you commit", "will they sign").
const ourVoice = (text: string) => !YOU.test(text) && /\b(?:we|our|us|I|my|me)\b/i.test(text);

/** The statement after a prompt starts with an answer mark. */
function answeredBelow(plan: PlanModel, s: Statement): boolean {
  const i = plan.statements.indexOf(s);
  const next = plan.statements[i + 1];
  return next !== undefined && ANSWER_MARK.test(plan.text.slice(plan.lines.lineStart(plan.lines.point(next.start).line), next.end));
}

/**
 * The question parts of a statement, as offsets in the document: the whole sentence, the `…?` pieces
 * inside table rows, list items and quotes, and indirect questions in an instruction ("ask them whether
 * anything would stop them", found by the lexicon's `verify` words followed by whether/if).
 */
function questionParts(plan: PlanModel, s: Statement): Span[] {
  if (s.isQuestion) {
    // 'What we do: Thabo asks Naledi: "Is there anything…?"': the words in quotes after a colon are the question.
    const quoted = /:\s*["“](?=[^"“”]*["”]?\s*$)/.exec(s.text);
    return [[quoted ? s.start + quoted.index + quoted[0].length - 1 : s.start, s.end]];
  }
  const out: Span[] = [];
  // Each '?' ends a question that starts after the previous sentence mark (linear, no regex backtracking).
  let from = 0;
  for (let i = s.text.indexOf('?'); i !== -1; i = s.text.indexOf('?', i + 1)) {
    let start = i;
    // 'What we do: Thabo asks Naledi: "Is there anything…?"': the quote after a colon opens the question.
    while (start > from && i - start < 300 && !'?|.!“'.includes(s.text[start - 1]!) && !(s.text[start - 1] === '"' && /:\s*$/.test(s.text.slice(Math.max(0, start - 4), start - 1)))) start--;
    if (i - start >= 4) out.push([s.start + start, s.start + i + 1]);
    from = i + 1;
  }
  if (out.length > 0) return out;
  // 'The question I want to ask him before we close: "Richard, if … is off the table, tell me tomorrow"': the words
  // announced as the question, in quotes, are one whatever mark ends them.
  const announced = ANNOUNCED_QUESTION.exec(s.text);
  if (announced) return [[s.start + announced.index + announced[0].length - 1, s.end]];
  const tokens = plan.tags.tokens(s);
  for (const hit of plan.tags.hits(s, 'verify')) {
    if (hit.negated) continue;
    // "Ask Joaquim directly whether…": whether/if a few words after the verb of asking.
    for (let k = hit.to; k < Math.min(tokens.length, hit.to + 4); k++) {
      if (tokens[k]!.mark) break;
      if (tokens[k]!.stem === 'whether' || tokens[k]!.stem === 'if') return [[tokens[k]!.start, s.end]];
    }
    // "I will ask Stefan three questions that give him room to say no: whether…; whether…": each "whether" after
    // the verb of asking opens an indirect question, however far along the sentence.
    const whethers = tokens.filter((t, k) => k >= hit.to && t.stem === 'whether');
    if (whethers.length > 0) return whethers.map((t, i) => [t.start, whethers[i + 1]?.start ?? s.end] as Span);
  }
  return out;
}

const ANNOUNCED_QUESTION = /\b(?:question|ask|asking)\b[^:"“\n]{0,60}:\s*["“]/i;

const inside = (hit: TagHit, parts: Span[]): boolean => parts.some(([a, b]) => hit.start >= a && hit.end <= b);

/** A statement under a "Disqualifying questions" / "Ask for the no" heading or label (not the label itself). */
function inNoSection(plan: PlanModel, s: Statement): boolean {
  return plan.factsOf('questions').some((f) => {
    if (!(s.start >= f.scope.start && s.start < f.scope.end && s.end > f.label.end)) return false;
    const label: Statement = { start: f.label.start, end: f.label.end, text: f.label.text, kind: 'heading', isQuestion: false };
    return plan.tags.hits(label, 'question-for-a-no').length > 0;
  });
}

export default defineRule({
  meta: {
    id: 'ask-for-the-no',
    severity: 'warn',
    description: 'The plan contains at least one question that invites a "no" or asks for a commitment.',
    principle:
      'A "no" heard early is cheap; the same "no" at the eleventh hour costs the whole pursuit. Plan at least one question that makes it easy for the other side to say they will not go ahead ("Is there any reason you would not sign by June?"), so the team learns where it stands while it can still act.',
    sources: ['ask-for-the-no', 'bad-news-early'],
    fix: 'Add a question that asks for the no or for a commitment, e.g. in an "Ask for the no" section: "Is there any reason you would not be ready to sign by 30 June?", "What could stop this from going ahead?", "Who else could block this?", "If we deliver the pilot results, will you commit to the three-year term?".',
    details:
      'The rule looks at every question in the plan (sentences ending in `?`, list items, table cells, quoted questions, and indirect ones like "ask them whether anything would stop them") and accepts one that carries the lexicon\'s words for asking for the no or for a commitment, inside the question: what could stop or block the deal ("any reason you would not…", "what would stop…", "who else could block…", "anything your board would turn down?", "has that already been decided?"), offering the way out ("is this still a priority?", "will you tell me now?", "deal-breakers"), or a yes/no question that asks them to commit ("are you prepared to…", "will that work for you?", "if we…, will you sign by…?", "what would it take to sign by June?"). A negative inside the question is what invites the no, so it is not read as a denial; and any question that asks whether something will not happen counts, whatever its verb ("is there any part you cannot live with?", "something the board cannot give?", "ça ne marche pas pour vous ?"), except a negative that leads the question and asks for a yes ("Don\'t you agree…?", "Isn\'t it…?") or a push ("Why can\'t you…?"). Any entry in a section named "Disqualifying questions" or "Ask for the no" counts. Discovery questions ("What is their budget?", "What delivery date can you commit to?") do not, nor do the prompts of a plan written as questions to itself: a `Q:` line in our voice ("Q: And if we don\'t get it?"), about them ("Q: And if they won\'t come up to that?") or answered by an `A:` line below it, or the first column of a Q&A table answered by an "Our answer" column. Missing → one finding at the title that says what was looked for, with a fix that inserts a skeleton section. Add your team\'s words under `vocabulary.question-for-a-no` or `vocabulary.commitment-ask`. A negation that ends its clause with its verb left out ("What does the new tier include that the current one doesn\'t?") compares two things and invites no refusal. Asking to hear the no now counts in other languages too ("¿lo dejamos hasta aquí? Prefiero saberlo hoy", "Lieber jetzt ein Nein", "meglio saperlo oggi", "preferem que fiquemos por aqui?").',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [
        {
          title: 'Only discovery questions',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\n## Questions\n\n- What is their budget for next year?\n- How many users do they plan to add?\n',
        },
        {
          title: 'No questions at all',
          code: '---\nside: buyer\n---\n# Globex hosting tender\n\n## Ceiling\n\n€1,2M over three years.\n\n## Target\n\n€950.000.\n',
        },
      ],
      valid: [
        {
          title: 'A disqualifying question',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\n## Ask for the no\n\n- Is there any reason you would not be ready to sign by 30 June?\n',
        },
        {
          title: 'A conditional commitment question',
          code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n**Target:** €950.000\n\nWe will ask Globex: "If we sign for three years, will you hold the 2025 rates?"\n',
        },
      ],
    },
  },
  check({ plan, report }) {
    for (const s of plan.statements) {
      // Under a disqualifying-questions heading, any real entry counts, with or without its question mark.
      if (s.kind !== 'heading' && inNoSection(plan, s) && !plan.tags.has(s, 'placeholder') && s.text.split(/\s+/).length >= 4) return;
      // Among the questions we will put to them, a line that invites the no in so many words counts without its question
      // mark ("If two towers is a deal-breaker for you, tell me today — we'd rather know").
      if (s.kind !== 'heading' && plan.within(s.start, 'questions') && plan.tags.hits(s, 'question-for-a-no').some((h) => !h.negated)) return;
      // "Q: And if we don't get it?": a plan written as questions to itself asks in our voice; that prompt is a
      // heading for our answer, not a question put to the other side.
      // A prompt about them ("Q: And if they won't come up to that?") or one the next line answers ("Q: What happens if you
      // walk away?" ⏎ "A: We take the Basel group…", a coach asking us) is the same: only a "Q:" put to them stays.
      // '**Question:** "Nomsa, if we're not the cheapest, does that rule us out?"': words in quotes after the mark are put to them.
      if (SELF_PROMPT.test(s.text) && !QUOTED_PROMPT.test(s.text) && (ourVoice(s.text) || !YOU.test(s.text) || answeredBelow(plan, s))) continue;
      // The same in a Q&A table: "| What happens if we don't agree? | We extend the Medivent contract… |".
      // A table whose other column is "Our answer" holds prompts in its first column, whoever they speak of ("What if they say…?").
      const first = s.row && s.row.cells.length >= 2 ? s.row.cells[0]! : undefined;
      const answered = s.row?.header.slice(1).some((h) => ANSWER_LABEL.test(h.text)) ?? false;
      const prompt = first && /\?\s*$/.test(first.text) && (ourVoice(first.text) || (answered && !/\byou(?:r|rs)?\b/i.test(first.text))) ? first : undefined;
      const parts = questionParts(plan, s).filter(([a]) => !prompt || a >= prompt.end || a < prompt.start);
      if (parts.length === 0) continue;
      // A negative inside the question ("any reason you would not sign?") is what invites the no: negation is not read here.
      // "What delivery date can you commit to?" asks for information; "Can you commit to 1 March?" asks for a yes.
      const whAsked = (h: TagHit) => {
        const part = parts.find(([a, b]) => h.start >= a && h.end <= b);
        return part !== undefined && WH_QUESTION_START.test(plan.text.slice(part[0], h.start)) && MODAL_START.test(plan.text.slice(h.start, h.end));
      };
      const hits = [...plan.tags.hits(s, 'question-for-a-no'), ...plan.tags.hits(s, 'commitment-ask').filter((h) => !whAsked(h))];
      if (hits.some((h) => inside(h, parts))) return;
      // Asking whether something will not happen ("anything you can't live with?") lets them say no, whatever the verb.
      const tokens = plan.tags.tokens(s);
      for (const [a, b] of parts) {
        const from = tokens.findIndex((t) => t.start >= a);
        if (from === -1) continue;
        let to = from;
        while (to < tokens.length && tokens[to]!.end <= b) to++;
        if (negativeAsk(tokens, from, to)) return;
      }
    }
    report(
      'No question that invites a "no" found: plan one that makes it easy for them to say they will not go ahead, e.g. "Is there any reason you would not sign by <date>?". Looked for questions (sentences ending in `?`, quoted questions, "ask them whether…") that ask what could stop the deal, who could block it, whether it is still a priority, or for a commitment ("will you sign by…?"), and for a section such as Ask for the no or Disqualifying questions; add your team\'s words under `vocabulary.question-for-a-no` or `vocabulary.commitment-ask`.',
      undefined,
      {
        fix: insertSectionFix(
          plan,
          'Insert an "Ask for the no" section',
          'Ask for the no',
          plan.side === 'buyer'
            ? '- Is there any reason you could not meet <our terms> by <date>?\n- Who else on your side could block this?'
            : '- Is there any reason you would not be ready to sign by <date>?\n- Who else could block this?',
          ['concessions', 'price-challenge', 'constraints'],
        ),
      },
    );
  },
});
