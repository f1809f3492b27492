import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { phraseRegex, soundsUnknown, uncertainAt, wordRegex, LETTERS, allMatches } from '../engine/language.js';
const ELEMENTS = ['decision-maker', 'timeline', 'budget', 'needs'];
const OPTION_KEY = {
    'decision-maker': 'decisionMaker',
    timeline: 'timeline',
    budget: 'budget',
    needs: 'needs',
};
const w = wordRegex;
// Roles that usually hold the pen, for "the CFO signs" / "our COO approves".
const ROLE = String.raw `(?:cfo|ceo|coo|cio|cto|cpo|cro|cmo|ciso|vp|svp|evp|president|director|board|gm|md|owner|founder|partner|head of [${LETTERS}]+|managing director|general manager|chief [${LETTERS}]+ officer)`;
const DECISION_MAKER = w([
    String.raw `economic buyers?`,
    String.raw `decision[- ]?makers?`,
    String.raw `decision[- ]making (?:unit|authority|power)`,
    String.raw `deciders?`,
    String.raw `decides`,
    String.raw `(?:who|gets to|makes the final) decid(?:e|es|ing)`,
    String.raw `final (?:decision|say|call|approval|approver|sign[- ]?off|authority|word)`,
    String.raw `(?:signs|signed) (?:off|the (?:contract|order|deal|po|agreement|order form|msa|sow|paperwork))`,
    String.raw `sign[- ]?off (?:from|by|authority|rests|sits)`,
    String.raw `signator(?:y|ies)`,
    String.raw `signers?`,
    // "Maria Anders signs via DocuSign"; not "early signs of churn".
    String.raw `signs(?! of)`,
    String.raw `signed by`,
    String.raw `(?:signing|signature|spending|approval|purchasing|budget) (?:authority|rights|power)`,
    String.raw `(?:approves|approver|approvers)`,
    String.raw `approval (?:from|by)`,
    String.raw `(?:must|needs? to|ha(?:ve|s) to) (?:approve|sign off|countersign)`,
    String.raw `countersigns?`,
    String.raw `authori[sz]es`,
    String.raw `dmu`,
    String.raw `buying (?:committee|centre|center|group)`,
    String.raw `steering (?:committee|group)`,
    String.raw `(?:can|could|will|may) veto`,
    String.raw `veto`,
    String.raw `budget (?:owner|holder)s?`,
    String.raw `${ROLE} (?:signs|approves|decides|owns the decision|has the final)`,
    String.raw `who signs`,
].join('|'));
const MONTH = String.raw `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
// "30 June", "June 30th", "May 2025", "2025-06-30", "30/06/2025", "Q3", "Q3 FY26", "H2 2025", "FY26", "end of March".
const DATE = String.raw `(?:\d{1,2}(?:st|nd|rd|th)?\.? (?:${MONTH}|may)|${MONTH}(?: (?:\d{1,2}(?:st|nd|rd|th)?|\d{4}))?|may (?:\d{1,2}(?:st|nd|rd|th)?|\d{4})|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|q[1-4](?: ?(?:fy)? ?'?\d{2,4})?|h[12] ?\d{4}|fy ?'?\d{2,4}|(?:the )?end of (?:the )?(?:month|quarter|year|fiscal year|financial year|fy|q[1-4]|${MONTH}|may)|(?:next|this) (?:week|month|quarter|year)|(?:the )?(?:quarter|year|month)[- ]end|\d+ (?:weeks|months|days))`;
const TIMELINE = w([
    String.raw `time ?lines?`,
    String.raw `time ?frames?`,
    String.raw `deadlines?`,
    String.raw `(?:decision|close|closing|signature|signing|start|launch|renewal|expiry|expiration|go[- ]live|cut[- ]?over|delivery|award) dates?`,
    String.raw `go[- ]live`,
    String.raw `cut[- ]?over`,
    String.raw `(?:contract|licen[cs]e|agreement|subscription|lease|term|support|warranty|renewal) (?:ends|expires|runs out|renews|starts|is due)`,
    String.raw `expir(?:es|y|ing)`,
    // One copy of DATE for every lead-in: each copy is ~1 KB of case-folded pattern to compile.
    String.raw `(?:(?:ends|expires|renews|starts|begins|lapses|closes) (?:on|in|at|by)|(?:decide|decision|sign|signed|signature|close|closed|award|awarded|live|in place|delivered|deliver|needed|due|ready|launch|start|order|po) (?:by|before|in|no later than)|by|before|until|within|no later than|ahead of|in time for|not after) ${DATE}`,
    String.raw `urgency`,
    String.raw `why now`,
].join('|'));
const BARE_DATE = w(DATE);
const BUDGET = w([
    String.raw `budget(?:s|ed|ing)?`,
    String.raw `funding`,
    String.raw `funded`,
    String.raw `funds?`,
    String.raw `(?:approved|allocated|available|authori[sz]ed) (?:spend|money|amount)`,
    String.raw `spend (?:approved|authori[sz]ed|limit|authority|cap)`,
    String.raw `spending (?:limit|cap|authority)`,
    String.raw `cap[- ]?ex`,
    String.raw `op[- ]?ex`,
    String.raw `allocated`,
    String.raw `earmarked`,
    String.raw `ring[- ]fenced (?:budget|funds|funding|money|spend)`,
    String.raw `set aside`,
    String.raw `(?:cost centre|cost center|p&l)`,
    String.raw `(?:can|could) afford`,
].join('|'));
// Needs: the customer's pain (seller side) or our own requirements (buyer side).
function needsPattern(side) {
    const owner = side === 'buyer' ? String.raw `our|business|key|main|core|real` : String.raw `their|customer'?s?|client'?s?|business|key|main|core|real`;
    const who = side === 'buyer' ? String.raw `we|our team|the business` : String.raw `they|the customer|the client|the buyer|the account`;
    return w([
        String.raw `pains?(?! threshold)`,
        String.raw `pain points?`,
        String.raw `needs? (?:is|are)`,
        String.raw `(?:${owner}) (?:needs?|requirements?|problems?|pain|goals?|objectives?|priorit(?:y|ies)|drivers?|issues?|challenges?)`,
        String.raw `requirements?`,
        String.raw `business (?:case|drivers?|problem|need|needs)`,
        String.raw `must[- ]haves?`,
        String.raw `use cases?`,
        String.raw `why now`,
        String.raw `why (?:they|we) (?:buy|are buying|need|want|change)`,
        String.raw `(?:${who}) (?:need|needs|wants? to|must replace|ha(?:ve|s) to replace|(?:are|is) struggling|struggles?|(?:are|is) losing|(?:are|is) trying to|(?:are|is) looking (?:to|for))(?! (?:this|the|our) deal)`,
        // "Initech must replace its ticketing tool", "needs to cut month-end close to 5 days".
        String.raw `${side === 'buyer' ? '' : "(?<!\\bwe )(?<!\\bwe'?ll )"}(?:must|has to|have to|needs? to|wants? to|(?:is|are) looking to|plans? to|(?:is|are) under pressure to) (?:replace|reduce|cut|fix|consolidate|migrate|modernise|modernize|automate|improve|speed up|comply|meet|scale|retire|move off|get off|standardi[sz]e|lower|shorten)`,
        String.raw `struggl(?:e|es|ing) (?:with|to)`,
        String.raw `bottlenecks?`,
        String.raw `cost of (?:doing nothing|inaction|delay|the status quo)`,
        String.raw `(?:outages?|downtime|backlog|manual work|audit findings?)`,
        String.raw `problem (?:is|they|we|with)`,
    ].join('|'));
}
const NEEDS = { seller: needsPattern('seller'), buyer: needsPattern('buyer') };
const patternFor = (element, side) => element === 'needs' ? NEEDS[side] : element === 'timeline' ? TIMELINE : element === 'budget' ? BUDGET : DECISION_MAKER;
const NAMES = {
    'decision-maker': 'decision maker',
    timeline: 'timeline',
    budget: 'budget',
    needs: 'needs',
};
function expectation(element, side) {
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
const SKELETON = {
    'decision-maker': (side) => `- **Decision maker:** <${side === 'buyer' ? 'who signs on our side' : 'who decides and signs'}>`,
    timeline: () => '- **Timeline:** <decision date, signature date, go-live>',
    budget: (side) => `- **Budget:** <${side === 'buyer' ? 'our approved budget and its holder' : 'their budget and who holds it'}>`,
    needs: (side) => `- **Needs:** <${side === 'buyer' ? 'what we need and why now' : 'their pain and why now'}>`,
};
/** A fact counts unless its value only admits the answer is unknown ("Economic buyer: unknown"). */
function unknownFact(fact) {
    return fact.value.text !== '' && fact.amounts.length === 0 && soundsUnknown(fact.value.text);
}
function statesElement(s, patterns, plan, element) {
    if (s.isQuestion)
        return false;
    for (const re of patterns) {
        for (const m of allMatches(s.text, re)) {
            if (!uncertainAt(s.text, m.index, m.index + m[0].length))
                return true;
        }
    }
    // Inside a qualification or timeline section, a plain date is the timeline.
    if (element === 'timeline' && (plan.within(s.start, 'qualification') || plan.within(s.start, 'timeline'))) {
        for (const m of allMatches(s.text, BARE_DATE)) {
            if (!uncertainAt(s.text, m.index, m.index + m[0].length))
                return true;
        }
    }
    return false;
}
export default defineRule({
    meta: {
        id: 'qualification',
        severity: 'warn',
        description: 'The plan identifies the decision maker, the timeline, the budget and the needs behind the deal.',
        principle: 'Negotiating is the last step, not the first: before trading terms, know who actually decides and signs, by when, with what money, and what problem the deal solves. A deal that has not been qualified ends late and badly; finding the gap early lets the team fix it or walk away in time.',
        seeds: ['003', '002'],
        fix: 'Add a qualification or stakeholders section naming the decision maker (who signs), the timeline (decision date, go-live), the budget (amount, funding, budget holder) and the needs (pain, requirements, why now). On the buyer side, name who signs on our side, our budget, our needs and our timeline.',
        details: 'Each element counts when the plan names it as a heading, a label (`**Economic buyer:** Dana Ruiz`), a table row, a frontmatter key (`decision_maker`, `close_date`, `budget`), or states it in a sentence or list item anywhere: "Dana Ruiz (CFO) signs off", "the board approves above €250k", "they decide by 30 June", "go-live in Q3", "budget approved at €400k", "funded from the 2025 capex", "their pain is manual reconciliation", "requirements: SSO and EU hosting". Questions ("Who signs?") and statements that admit the answer is unknown ("we don\'t know who signs", "Budget: unknown") do not count; a labelled element whose value is only "unknown" is reported at that value. One finding per missing element, at the title; when the plan has no qualification section yet, the first finding offers a fix that inserts one with the missing elements.',
        options: {
            type: 'object',
            additionalProperties: false,
            properties: {
                requiredElements: {
                    type: 'array',
                    items: { type: 'string', enum: [...ELEMENTS] },
                    description: 'The qualification elements the plan must identify: `decision-maker`, `timeline`, `budget`, `needs`.',
                },
                extraPhrases: {
                    type: 'object',
                    additionalProperties: false,
                    description: 'More phrases that identify an element in your team\'s wording, per element: `decisionMaker`, `timeline`, `budget`, `needs`.',
                    properties: {
                        decisionMaker: { type: 'array', items: { type: 'string' }, description: 'Phrases that name the decision maker.' },
                        timeline: { type: 'array', items: { type: 'string' }, description: 'Phrases that state the timeline.' },
                        budget: { type: 'array', items: { type: 'string' }, description: 'Phrases that state the budget.' },
                        needs: { type: 'array', items: { type: 'string' }, description: 'Phrases that state the needs.' },
                    },
                },
            },
        },
        defaultOptions: { requiredElements: [...ELEMENTS], extraPhrases: {} },
        examples: {
            invalid: [
                {
                    title: 'Positions without qualification',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n\n## Stakeholders\n\n- Dana Ruiz (CFO): signs the order form.\n',
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
        const missing = [];
        for (const element of required) {
            const facts = plan.factsOf(element);
            if (facts.some((f) => !unknownFact(f)))
                continue;
            const extra = (options.extraPhrases[OPTION_KEY[element]] ?? []).filter((p) => p.trim());
            const patterns = [patternFor(element, side), ...(extra.length > 0 ? [phraseRegex(extra)] : [])];
            if (plan.statements.some((s) => !facts.some((f) => s.start >= f.scope.start && s.start < f.scope.end) && statesElement(s, patterns, plan, element)))
                continue;
            missing.push({ element, unknown: facts[0] });
        }
        if (missing.length === 0)
            return;
        // One fix for all missing elements, offered on the first finding, so applying every fix adds them once:
        // lines appended to the qualification section when there is one, else a new section.
        const section = plan.factsOf('qualification').find((f) => f.source === 'heading')?.section;
        // An element written down as "unknown" already has its line: the fix cannot fill in the answer.
        const lines = missing.filter((m) => !m.unknown).map((m) => SKELETON[m.element](side)).join('\n');
        let fix;
        if (!lines) {
            fix = undefined;
        }
        else if (section) {
            const at = plan.text.slice(0, section.end).trimEnd().length;
            const lastLine = plan.text.slice(plan.text.lastIndexOf('\n', at - 1) + 1, at);
            const gap = /^\s*[-*+]\s/.test(lastLine) ? '\n' : '\n\n';
            fix = { title: `Add the missing elements to "${section.title}"`, safe: true, edits: [{ start: at, end: at, text: `${gap}${lines}` }] };
        }
        else {
            fix = insertSectionFix(plan, 'Insert a "Qualification" section', 'Qualification', lines, ['walk-away', 'alternative', 'target', 'opening', 'concessions']);
        }
        for (const [i, { element, unknown }] of missing.entries()) {
            const extra = i === 0 && fix ? { fix } : undefined;
            if (unknown) {
                const at = unknown.value.text && unknown.source !== 'heading' ? unknown.value : unknown.label;
                report(`The ${NAMES[element]} is \`${unknown.value.text.slice(0, 60)}\`: ${expectation(element, side)}.`, at, extra);
            }
            else {
                report(`No ${NAMES[element]} in the qualification: ${expectation(element, side)}.`, undefined, extra);
            }
        }
    },
});
//# sourceMappingURL=qualification.js.map