import { defineRule } from '../engine/rule.js';
import { extraPhrasesOptions } from '../engine/schema.js';
import { insertSectionFix } from '../engine/fixes.js';
import { negatedAt, phraseRegex, wordRegex } from '../engine/language.js';
import { normalizeLabel } from '../engine/plan/concepts.js';
const w = (body, flags = 'iu') => wordRegex(body, flags);
// Questions that make a "no" easy to say: what would stop you, who could block this, is this still a priority.
const NO_CUE = w([
    String.raw `any reasons?`,
    String.raw `reasons? (?:not to|why not|(?:you|they|we) (?:would|wouldn'?t|might|could|may)(?: not)?)`,
    String.raw `what (?:would|could|might|will|can|may)[^?.!]{0,40}?(?:stop|prevent|block|derail|delay|kill|change|hold (?:you|them|this|it) back|stand in the way|get in the way|make (?:you|them) (?:say no|walk|hesitate|choose|pick|go with|stay with|change))`,
    String.raw `what (?:is|are) (?:stopping|preventing|blocking|holding)`,
    String.raw `(?:anything|something|anyone|anybody|someone)(?: else)?(?: that| who)? (?:would|could|might|may|can)[^?.!]{0,30}?(?:stop|prevent|block|derail|delay|kill|keep|hold|veto|change|get in the way|stand in the way)`,
    String.raw `(?:keep|kept|stop|stops|prevent|prevents|hold|holds) (?:you|them|us|your team|their team|the board|this|it) (?:from|back)`,
    String.raw `who (?:else )?(?:could|might|would|can|may|will)[^?.!]{0,30}?(?:block|veto|stop|object|derail|delay|kill|say no|oppose|push back|overrule)`,
    String.raw `(?:say|saying|said) no`,
    String.raw `deal[- ]?breakers?`,
    String.raw `show[- ]?stoppers?`,
    String.raw `red flags?`,
    String.raw `blockers?`,
    String.raw `obstacles?`,
    String.raw `walk away`,
    String.raw `stop (?:here|now|the process|talking|this|working on this)`,
    String.raw `part ways`,
    String.raw `call (?:it|this) off`,
    String.raw `no[- ]go`,
    String.raw `go elsewhere`,
    String.raw `go with (?:someone else|another|a competitor|the competition|the other)`,
    String.raw `(?:chosen|selected|picked|decided on|shortlisted) (?:another|a different|someone else|the other|a competitor)`,
    String.raw `not (?:a fit|the right fit|a good fit|right for|interested|going ahead|moving forward|ready|a priority|the priority)`,
    String.raw `still (?:a |the |your |their )?(?:top )?(?:priority|priorities|on track|the plan|committed|interested|relevant|happening|funded|on the table|going ahead|planned|needed)`,
    String.raw `(?:lose|losing) (?:this|the deal|interest)`,
    String.raw `(?:any|real) (?:concerns?|objections?|reservations?|hesitations?|doubts?|risks? that)`,
].join('|'));
// Commitment: will you sign, are you prepared to, will that work for you.
const COMMIT_CUE = w([
    String.raw `commit(?:s|ted|ment)?`,
    String.raw `sign(?:ed|ing|ature)?`,
    String.raw `sign[- ]off`,
    String.raw `agree(?:d)?`,
    String.raw `proceed`,
    String.raw `move (?:forward|ahead)`,
    String.raw `go ahead`,
    String.raw `decide`,
    String.raw `approv(?:e|ed)`,
    String.raw `award`,
    String.raw `work for (?:you|them|both|everyone|your team|their team)`,
    String.raw `acceptable`,
    String.raw `accept`,
    String.raw `(?:prepared|willing|ready|able) to`,
    String.raw `priority`,
    String.raw `(?:place|issue|raise) (?:the|an?) (?:order|po|purchase order)`,
    String.raw `(?:select|choose|pick|go with|partner with) us`,
    String.raw `on track`,
    String.raw `(?:a|the) deal`,
    String.raw `fair`,
    String.raw `count on`,
].join('|'));
// A yes/no question: an auxiliary or "if" at the start of a clause ("If we …, will you sign…?").
const YES_NO = /(?:^|[:;,“"‘'(—–]\s*|\s[-–]\s)(?:and |so |but |then |ok,? |okay,? |honestly,? )?(?:is|are|was|were|am|do|does|did|will|would|could|can|should|shall|have|has|had|may|might|must|isn'?t|aren'?t|don'?t|doesn'?t|won'?t|wouldn'?t|can'?t|couldn'?t|shouldn'?t|if|any|anything|anyone|anybody)\b/i;
const NEGATIVE = /\b(?:not|no|never|nothing|nobody|none)\b|n['’]t\b/i;
// Open commitment questions with a date: "How do you see signing by the end of the year?", "What would it take to sign by June?".
const OPEN_COMMIT = /(?:^|[:;,“"‘'(—–]\s*)(?:how|what|when)\b/i;
const DEADLINE = w(String.raw `by (?:the )?(?:end|close) of|by \d{1,2}|by (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|by q[1-4]|before (?:the )?(?:end|close) of|this (?:quarter|year|month)|what would it take`);
// An indirect question in an instruction: "Ask whether anything would stop them signing by June."
const INDIRECT = /\b(?:ask|check|confirm|find out|test)(?: them| him| her| the [a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+| [\p{Lu}][a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+)?(?: directly| explicitly| openly| early)? (?:whether|if)\b/iu;
// Headings and labels that hold disqualifying questions: "Disqualifying questions", "Ask for the no".
const NO_SECTION = /\b(?:disqualif\w*|(?:ask|asking|questions?) for the no|the no|invites? a no|no questions)\b/;
const PLACEHOLDER = /\b(?:tbd|tbc|todo|fill in|xxx)\b|\?{2,}/i;
/** A statement under a "Disqualifying questions" / "Ask for the no" heading or label (not the label itself). */
function inNoSection(plan, s) {
    return plan.factsOf('questions').some((f) => NO_SECTION.test(normalizeLabel(f.label.text)) && s.start >= f.scope.start && s.start < f.scope.end && s.end > f.label.end);
}
/** The question parts of a statement: the whole sentence, or `…?` pieces inside table rows and quotes. */
function questionsIn(s) {
    if (s.isQuestion)
        return [s.text];
    const out = [];
    // Each '?' ends a question that starts after the previous sentence mark (linear, no regex backtracking).
    let from = 0;
    for (let i = s.text.indexOf('?'); i !== -1; i = s.text.indexOf('?', i + 1)) {
        let start = i;
        while (start > from && i - start < 300 && !'?|.!'.includes(s.text[start - 1]))
            start--;
        if (i - start >= 4)
            out.push(s.text.slice(start, i + 1));
        from = i + 1;
    }
    // "We will not ask whether…" plans no question at all.
    const at = out.length === 0 ? s.text.search(INDIRECT) : -1;
    if (at >= 0 && !negatedAt(s.text, at))
        out.push(s.text.slice(at));
    return out;
}
function invitesNo(question, extra) {
    if (extra?.test(question))
        return true;
    if (NO_CUE.test(question))
        return true;
    const indirect = INDIRECT.test(question);
    if ((YES_NO.test(question) || indirect) && (COMMIT_CUE.test(question) || NEGATIVE.test(question)))
        return true;
    return OPEN_COMMIT.test(question) && COMMIT_CUE.test(question) && DEADLINE.test(question);
}
export default defineRule({
    meta: {
        id: 'ask-for-the-no',
        severity: 'warn',
        description: 'The plan contains at least one question that invites a "no" or asks for a commitment.',
        principle: 'A "no" heard early is cheap; the same "no" at the eleventh hour costs the whole pursuit. Plan at least one question that makes it easy for the other side to say they will not go ahead ("Is there any reason you would not sign by June?"), so the team learns where it stands while it can still act.',
        seeds: ['002'],
        fix: 'Add a question that asks for the no or for a commitment, e.g. in an "Ask for the no" section: "Is there any reason you would not be ready to sign by 30 June?", "What could stop this from going ahead?", "Who else could block this?", "If we deliver the pilot results, will you commit to the three-year term?".',
        details: 'The rule looks at every question in the plan (sentences ending in `?`, list items, table cells, quoted questions, and indirect ones like "ask whether anything would stop them") and accepts one that invites a no or a commitment: questions with a negative or disqualifying cue ("any reason you would not…", "what would stop…", "who else could block…", "is this still a priority…", "deal-breakers", "should we stop here?"), yes/no questions with a commitment cue ("are you prepared to…", "will that work for you?", "if we…, will you sign by…?", "do we have a deal?"), and open commitment questions with a deadline ("how do you see signing by the end of the year?"). Any question in a section named "Disqualifying questions" or "Ask for the no" counts. Discovery questions ("What is their budget?") do not. Missing → one finding at the title, with a fix that inserts a skeleton section.',
        options: extraPhrasesOptions('More phrases that make a question a request for the no or for a commitment in your team\'s wording.'),
        defaultOptions: { extraPhrases: [] },
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
    check({ plan, report, options }) {
        const phrases = options.extraPhrases.filter((p) => p.trim());
        const extra = phrases.length > 0 ? phraseRegex(phrases, 'iu') : undefined;
        for (const s of plan.statements) {
            const questions = questionsIn(s);
            // Under a disqualifying-questions heading, any real entry counts, with or without its question mark.
            if (s.kind !== 'heading' && inNoSection(plan, s) && !PLACEHOLDER.test(s.text) && (questions.length > 0 || s.text.split(/\s+/).length >= 5))
                return;
            if (questions.some((q) => invitesNo(q, extra)))
                return;
        }
        report('No question that invites a "no": plan one that makes it easy for them to say they will not go ahead, e.g. "Is there any reason you would not sign by <date>?".', undefined, {
            fix: insertSectionFix(plan, 'Insert an "Ask for the no" section', 'Ask for the no', plan.side === 'buyer'
                ? '- Is there any reason you could not meet <our terms> by <date>?\n- Who else on your side could block this?'
                : '- Is there any reason you would not be ready to sign by <date>?\n- Who else could block this?', ['concessions', 'price-challenge', 'constraints']),
        });
    },
});
//# sourceMappingURL=ask-for-the-no.js.map