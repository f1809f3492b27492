import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { inGroup } from '../engine/lexicon/index.js';
import { normalizeLabel } from '../engine/plan/concepts.js';
import type { Fact, PlanModel, Side, Statement } from '../engine/plan/model.js';

type Step = 'legal' | 'procurement' | 'security' | 'signer';
const STEPS: readonly Step[] = ['legal', 'procurement', 'security', 'signer'];

interface Options {
  requiredSteps: Step[];
}

// The `paper-process` family's groups are the steps, in this order (see lexicon/concepts/counterpart.ts).
const GROUP: Record<Step, number> = { legal: 0, procurement: 1, security: 2, signer: 3 };

/** The steps a statement names: each hit of the family, read by the group its words belong to. */
function stepsIn(plan: PlanModel, s: Statement, steps: Set<Step>): void {
  const tokens = plan.tags.tokens(s);
  for (const hit of plan.tags.hits(s, 'paper-process')) {
    let known = false;
    for (const step of STEPS) {
      if (inGroup(tokens, hit, GROUP[step])) {
        steps.add(step);
        known = true;
      }
    }
    // The team's own words (`vocabulary.paper-process`) belong to no group: they name the process, so every step.
    if (!known) for (const step of STEPS) steps.add(step);
  }
}

const STEP_NAMES: Record<Step, string> = {
  legal: 'legal review',
  procurement: 'procurement',
  security: 'security review',
  signer: 'who signs',
};

function stepAdvice(step: Step, side: Side): string {
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

const SKELETON = (side: Side): string =>
  side === 'buyer'
    ? '- Legal review: <our legal, whose paper, how long>\n- Procurement: <purchase order, supplier onboarding>\n- Security review: <our security assessment of the supplier>\n- Signer: <who signs on our side and on theirs>'
    : '- Legal review: <their legal, whose paper, how long>\n- Procurement: <vendor onboarding, purchase order>\n- Security review: <questionnaire, SOC 2, how long>\n- Signer: <who signs on their side>';

// A labelled signatory ("**Signatory:** Dana Ruiz, CFO", "| Signature | Our COO |"), here or elsewhere, answers "who signs".
const SIGNER_LABEL = /^(?:the )?(?:signatory|signatories|signer|signers|signature|signatures|signing|who signs|who signs and when|signed by|signing authority)$/;

function signerLabelled(plan: PlanModel): boolean {
  return [...plan.factsOf('decision-maker'), ...plan.factsOf('paper-process')].some(
    (f) => f.source !== 'heading' && SIGNER_LABEL.test(normalizeLabel(f.label.text)) && f.value.text !== '',
  );
}

export default defineRule<Options>({
  meta: {
    id: 'paper-process',
    severity: 'off',
    description: 'The plan names the steps from a verbal yes to a signature: legal review, procurement, security review, and who signs.',
    principle:
      'A verbal yes is not a signed contract. Legal redlines, vendor onboarding, a security questionnaire or a missing signatory can each add weeks or kill the deal at the last moment; mapping them in advance turns late surprises into known steps with owners and dates.',
    sources: ['ask-for-the-no', 'trust-is-imperative'],
    fix: 'Add a "Paper process" (or "Path to signature", "Close plan") section listing legal review, procurement, security review and the signer, each with an owner and a date. A step that does not apply can say so: "No security review: we are already an approved vendor."',
    details:
      'The section is found under any of its names: paper process, path to signature, contracting, approvals, close plan, mutual action plan, steps to close, legal and procurement… (heading, label or table row). Missing → one finding at the title with a fix that inserts a skeleton. Present → the statements inside it are read with the lexicon\'s paper-process words, one group per step: legal (legal, counsel, redlines, MSA, DPA, terms…), procurement (procurement, purchasing, PO, vendor onboarding, supplier portal, Coupa/Ariba…), security (security review, InfoSec, questionnaire, SOC 2, ISO 27001, pen test, privacy/DPIA…) and the signer (signs, signatory, countersign, DocuSign, "approved by the CFO"…); a signatory labelled elsewhere in the plan also counts. "No security review: we are already an approved vendor" still names the step. One finding per missing step, at the section. Add your team\'s words under `vocabulary.paper-process` (they extend the section names, and in sentences they count for every step).',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        requiredSteps: {
          type: 'array',
          items: { type: 'string', enum: [...STEPS] },
          description: 'The steps the paper process must name: `legal`, `procurement`, `security`, `signer`.',
        },
      },
    },
    defaultOptions: { requiredSteps: [...STEPS] },
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
    const facts: Fact[] = plan.factsOf('paper-process');
    if (facts.length === 0) {
      report('No paper process: list the steps from a verbal yes to a signature (legal review, procurement, security review, who signs).', undefined, {
        fix: insertSectionFix(plan, 'Insert a "Paper process" section', 'Paper process', SKELETON(side)),
      });
      return;
    }
    // What the section says, without its own heading or label ("Path to signature" names no signer).
    const inside = (s: Statement): boolean => facts.some((f) => s.start >= f.scope.start && s.start < f.scope.end && s.end > f.label.end);
    const named = new Set<Step>();
    for (const s of plan.statements.filter(inside)) stepsIn(plan, s, named);
    for (const f of facts.filter((f) => f.source === 'frontmatter' && f.value.text !== '')) {
      stepsIn(plan, { start: f.value.start, end: f.value.end, text: f.value.text, kind: 'prose', isQuestion: false }, named);
    }
    const first = facts[0]!;
    for (const step of STEPS) {
      if (!options.requiredSteps.includes(step) || named.has(step)) continue;
      if (step === 'signer' && signerLabelled(plan)) continue;
      report(`Paper process \`${first.label.text.slice(0, 60)}\` does not cover ${STEP_NAMES[step]}: ${stepAdvice(step, side)}.`, first.label);
    }
  },
});
