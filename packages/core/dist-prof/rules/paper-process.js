import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { phraseRegex, wordRegex, LETTERS } from '../engine/language.js';
import { normalizeLabel } from '../engine/plan/concepts.js';
const STEPS = ['legal', 'procurement', 'security', 'signer'];
const w = (body, flags = 'iu') => wordRegex(body, flags);
// Each step under the names teams give it. "No security review needed" still names the step: it is covered.
const PATTERNS = {
    legal: w([
        String.raw `legal`,
        String.raw `lawyers?`,
        String.raw `counsel`,
        String.raw `attorneys?`,
        String.raw `solicitors?`,
        String.raw `paralegals?`,
        String.raw `general counsel`,
        String.raw `gc`,
        String.raw `red[- ]?lines?`,
        String.raw `red[- ]?lining`,
        String.raw `mark[- ]?ups?`,
        String.raw `(?:contract|terms|t&cs?|t ?& ?c|msa|dpa|sow|nda) (?:review|negotiation|redlines?|mark[- ]?up|comments|changes)`,
        String.raw `(?:msa|master (?:services|service|subscription|supply|purchase) agreement)`,
        String.raw `(?:terms and conditions|terms & conditions|t&cs?)`,
        String.raw `(?:data processing agreement|dpa)`,
        String.raw `liability (?:cap|clause|terms)`,
        String.raw `(?:our|their) paper`,
        String.raw `contract (?:template|terms|draft|drafting)`,
    ].join('|')),
    procurement: w([
        String.raw `procurement`,
        String.raw `purchasing`,
        String.raw `purchase (?:orders?|requisitions?|request)`,
        String.raw `po`,
        String.raw `pos`,
        String.raw `requisitions?`,
        String.raw `sourcing`,
        String.raw `(?:vendor|supplier) (?:onboarding|registration|set[- ]?up|setup|forms?|portal|master data|approval|due diligence|management|selection)`,
        String.raw `(?:vendor|supplier) risk(?: assessment)?`,
        String.raw `onboard(?:ing)? (?:us|them|the supplier|the vendor)`,
        String.raw `(?:coupa|ariba|sap ariba|jaggaer|tradeshift|oracle procurement)`,
        String.raw `(?:buying|purchasing) (?:team|department|desk|process|policy)`,
        String.raw `(?:tender|rfp|rfq|rfi) (?:process|rules|award|board|committee)`,
        String.raw `(?:three|3|two|2) quotes`,
        String.raw `category (?:manager|management)`,
    ].join('|')),
    security: w([
        String.raw `security`,
        String.raw `infosec`,
        String.raw `info ?sec`,
        String.raw `cyber(?:security)?`,
        String.raw `ciso`,
        String.raw `pen(?:etration)?[- ]?tests?(?:ing)?`,
        String.raw `soc ?[12](?: type (?:i|ii|1|2))?`,
        String.raw `iso ?27001`,
        String.raw `(?:security|vendor|risk|it|privacy) questionnaires?`,
        String.raw `questionnaires?`,
        String.raw `(?:third[- ]party|vendor|supplier|it) risk`,
        String.raw `tprm`,
        String.raw `privacy (?:review|assessment|team|office|sign[- ]?off)`,
        String.raw `dpias?`,
        String.raw `data protection`,
        String.raw `gdpr`,
        String.raw `dpo`,
        String.raw `(?:it|architecture|technical|compliance) (?:review|approval|sign[- ]?off|assessment)`,
        String.raw `caiq`,
        String.raw `sig lite`,
        String.raw `hecvat`,
    ].join('|')),
    signer: w([
        String.raw `signs`,
        String.raw `signed by`,
        String.raw `signatory`,
        String.raw `signatories`,
        String.raw `signers?`,
        String.raw `(?:signing|signature|sign[- ]off) (?:authority|rights|by|from)`,
        String.raw `countersign(?:s|ed|ature)?`,
        String.raw `(?:e-?sign(?:ature)?|docusign|adobe sign|pandadoc|hellosign)`,
        String.raw `who signs`,
        String.raw `signs? off`,
        String.raw `(?:final|executive|board|cfo|ceo) (?:approval|sign[- ]?off|signature)`,
        String.raw `(?:approved|approves|approval) by`,
        String.raw `(?:cfo|ceo|coo|cio|cto|cpo|cro|vp|svp|evp|president|director|board|owner|founder|managing director|general manager|head of [${LETTERS}]+)[^.;]{0,30}?(?:signs?|approves?|signature)`,
    ].join('|')),
};
const STEP_NAMES = {
    legal: 'legal review',
    procurement: 'procurement',
    security: 'security review',
    signer: 'who signs',
};
function stepAdvice(step, side) {
    const theirs = side === 'buyer' ? 'our' : 'their';
    switch (step) {
        case 'legal':
            return `say whose paper we sign on and how long ${theirs} legal review takes`;
        case 'procurement':
            return side === 'buyer' ? 'say what our procurement needs (purchase order, supplier onboarding)' : 'say what their procurement needs (vendor onboarding, purchase order)';
        case 'security':
            return side === 'buyer' ? 'say whether our security team reviews the supplier and how long it takes' : 'say whether their security team reviews us (questionnaire, SOC 2) and how long it takes';
        case 'signer':
            return side === 'buyer' ? 'name who signs on our side and on theirs' : 'name who signs on their side';
    }
}
const SKELETON = (side) => side === 'buyer'
    ? '- Legal review: <our legal, whose paper, how long>\n- Procurement: <purchase order, supplier onboarding>\n- Security review: <our security assessment of the supplier>\n- Signer: <who signs on our side and on theirs>'
    : '- Legal review: <their legal, whose paper, how long>\n- Procurement: <vendor onboarding, purchase order>\n- Security review: <questionnaire, SOC 2, how long>\n- Signer: <who signs on their side>';
// A labelled signatory ("**Signatory:** Dana Ruiz, CFO", "| Signature | Our COO |"), here or elsewhere, answers "who signs".
const SIGNER_LABEL = /^(?:the )?(?:signatory|signatories|signer|signers|signature|signatures|signing|who signs|who signs and when|signed by|signing authority)$/;
function signerLabelled(plan) {
    return [...plan.factsOf('decision-maker'), ...plan.factsOf('paper-process')].some((f) => f.source !== 'heading' && SIGNER_LABEL.test(normalizeLabel(f.label.text)) && f.value.text !== '');
}
export default defineRule({
    meta: {
        id: 'paper-process',
        severity: 'off',
        description: 'The plan names the steps from a verbal yes to a signature: legal review, procurement, security review, and who signs.',
        principle: 'A verbal yes is not a signed contract. Legal redlines, vendor onboarding, a security questionnaire or a missing signatory can each add weeks or kill the deal at the last moment; mapping them in advance turns late surprises into known steps with owners and dates.',
        seeds: ['002', '001'],
        fix: 'Add a "Paper process" (or "Path to signature", "Close plan") section listing legal review, procurement, security review and the signer, each with an owner and a date. A step that does not apply can say so: "No security review: we are already an approved vendor."',
        details: 'The section is found under any of its names: paper process, path to signature, contracting, approvals, close plan, mutual action plan, steps to close, legal and procurement… (heading, label or table row). Missing → one finding at the title with a fix that inserts a skeleton. Present → the statements inside it are checked for each required step: legal (legal, counsel, redlines, MSA, DPA, terms…), procurement (procurement, purchasing, PO, vendor onboarding, supplier portal, Coupa/Ariba…), security (security review, InfoSec, questionnaire, SOC 2, ISO 27001, pen test, privacy/DPIA…) and the signer (signs, signatory, countersign, DocuSign, "approved by the CFO"…); a signatory labelled elsewhere in the plan also counts. One finding per missing step, at the section.',
        options: {
            type: 'object',
            additionalProperties: false,
            properties: {
                requiredSteps: {
                    type: 'array',
                    items: { type: 'string', enum: [...STEPS] },
                    description: 'The steps the paper process must name: `legal`, `procurement`, `security`, `signer`.',
                },
                stepPhrases: {
                    type: 'object',
                    additionalProperties: false,
                    description: 'More phrases that name a step in your team\'s wording, per step.',
                    properties: {
                        legal: { type: 'array', items: { type: 'string' }, description: 'Phrases that name the legal review.' },
                        procurement: { type: 'array', items: { type: 'string' }, description: 'Phrases that name the procurement step.' },
                        security: { type: 'array', items: { type: 'string' }, description: 'Phrases that name the security review.' },
                        signer: { type: 'array', items: { type: 'string' }, description: 'Phrases that name who signs.' },
                    },
                },
            },
        },
        defaultOptions: { requiredSteps: [...STEPS], stepPhrases: {} },
        examples: {
            invalid: [
                {
                    title: 'No paper process at all',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n',
                },
                {
                    title: 'A path to signature that forgets security',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Path to signature\n\n1. Redlines with their legal team (two weeks).\n2. Vendor onboarding in Coupa.\n3. Dana Ruiz (CFO) signs by DocuSign.\n',
                },
            ],
            valid: [
                {
                    title: 'All four steps',
                    code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Paper process\n\n- Legal: their counsel reviews our MSA, about 10 days.\n- Procurement: PO raised after vendor onboarding.\n- Security: SOC 2 report and questionnaire, already sent.\n- Signer: Dana Ruiz (CFO).\n',
                },
                {
                    title: 'A buyer close plan in a table',
                    code: '---\nside: buyer\n---\n# Globex hosting tender\n\n**Ceiling:** €1,2M\n\n## Close plan\n\n| Step | Owner | Date |\n| --- | --- | --- |\n| Legal review of the supplier terms | Our counsel | 10 June |\n| Purchase order | Procurement | 14 June |\n| InfoSec assessment | CISO office | 12 June |\n| Signature | Our COO signs | 20 June |\n',
                },
            ],
        },
    },
    check({ plan, report, options, side }) {
        const facts = plan.factsOf('paper-process');
        if (facts.length === 0) {
            report('No paper process: list the steps from a verbal yes to a signature (legal review, procurement, security review, who signs).', undefined, {
                fix: insertSectionFix(plan, 'Insert a "Paper process" section', 'Paper process', SKELETON(side)),
            });
            return;
        }
        // What the section says, without its own heading or label ("Path to signature" names no signer).
        const inside = (s) => facts.some((f) => s.start >= f.scope.start && s.start < f.scope.end && s.end > f.label.end);
        const statements = plan.statements.filter(inside);
        const labelFacts = facts.filter((f) => f.value.text !== '');
        const texts = [...statements.map((s) => s.text), ...labelFacts.filter((f) => f.source === 'frontmatter').map((f) => f.value.text)];
        const first = facts[0];
        for (const step of STEPS) {
            if (!options.requiredSteps.includes(step))
                continue;
            const extra = (options.stepPhrases[step] ?? []).filter((p) => p.trim());
            const patterns = [PATTERNS[step], ...(extra.length > 0 ? [phraseRegex(extra, 'iu')] : [])];
            if (texts.some((t) => patterns.some((re) => re.test(t))))
                continue;
            if (step === 'signer' && signerLabelled(plan))
                continue;
            report(`Paper process \`${first.label.text.slice(0, 60)}\` does not cover ${STEP_NAMES[step]}: ${stepAdvice(step, side)}.`, first.label);
        }
    },
});
//# sourceMappingURL=paper-process.js.map