/**
 * What `negolint init` writes (the example plan lints clean under the strict preset; a test checks
 * it), and the empty plan an editor's "New negotiation plan" command starts from.
 */
import { fillable } from '../engine/fixes.js';

export const CONFIG_TEMPLATE = `# negolint configuration — https://github.com/negolint/negolint#configuration
# Editors validate this file with the schema shipped in @negolint/core:
# yaml-language-server: $schema=./node_modules/@negolint/core/schema/negolintrc.schema.json

# "recommended" (default) or "strict" (every rule on, as an error).
extends: recommended

# Which Markdown files are plans: "auto" recognises them by their sections,
# "all" lints every file, or give globs such as ["plans/**/*.md"].
plans: auto

# The side you usually negotiate from; a plan can say otherwise with "side: buyer" in its frontmatter.
side: seller

# Turn rules off, change their severity, or pass options: [severity, { options }].
rules:
  walk-away-margin: [error, { minGapPercent: 10 }]
  # paper-process: error
  # counterpart-alternative: error

# Extra headings and labels your team uses, per concept.
vocabulary:
  walk-away: []
  target: []

# Files never to lint (same syntax as .gitignore).
ignorePatterns: []
`;

export const PLAN_TEMPLATE = `---
negolint: true
side: seller
account: Northwind Logistics
currency: USD
---

# Northwind Logistics — renewal negotiation plan

Meeting on 12 March with Priya Shah (VP Operations) and Tom Becker (Procurement).

## Walk-away point

We walk away below $310k per year, or if they insist on unlimited liability.

## What we do if we walk away

Reassign the implementation team to the Contoso expansion, which is worth $280k and starts in April.

## Target

$390k per year on a three-year term.

## Opening offer

$430k per year — the list price for 600 seats, justified by the 18% route-cost saving they measured in the pilot.

## Price challenge response

If they say we are too expensive, go back to value: the pilot saved them $1.1M in fuel and overtime, a payback of under five months, and the cost of doing nothing is another peak season of missed delivery windows.

## Concessions

1. Up to 4% off the per-seat price, in exchange for a three-year commitment.
2. Then 2% more, only if they sign by 31 March.
3. A final 1%, in return for a published case study.

## Constraints we share early

Our data-processing agreement only allows EU hosting; we tell them in the first meeting, before they plan their rollout.

## Common ground

We already agree on the SLA, the rollout order and the reporting they need for their board.

## Qualification

- Decision maker: Priya Shah signs; the CFO approves anything above $500k.
- Timeline: decision by 31 March, go-live on 1 May.
- Budget: $420k is approved in their FY budget.
- Needs: fewer missed delivery windows and one view of route costs.

## Questions that invite a no

- Is there any reason you would not sign by 31 March?
- If the rollout plan works for your team, will you commit to the three-year term?

## Their alternatives

Staying with their in-house spreadsheets, or the Fleetwise offer at about $350k; we estimate their walk-away at $420k, the approved budget.

## Paper process

Legal review of the MSA (two weeks), procurement onboarding, a security review by their IT team, and Priya Shah signs.
`;

/**
 * An empty plan to fill in, for one side: every section the recommended rules look for, each with
 * `[fill in: …]` fields (`text`), or the same as an editor snippet with the fields as tab stops
 * (`snippet`, for VS Code's "New negotiation plan"). `negolint: true` in the frontmatter makes it a
 * plan from the first keystroke, so every field is reported (by `placeholder`, and the walk-away
 * skeleton by `walk-away-point`, as an error) until it is filled in.
 */
export function planSkeleton(side: 'seller' | 'buyer'): { text: string; snippet: string } {
  const seller = side === 'seller';
  const them = seller ? 'the customer' : 'the supplier';
  const body = `---
negolint: true
side: ${side}
---

# <${seller ? 'customer' : 'supplier'}> — <deal> negotiation plan

## Walk-away point

We walk away ${seller ? 'below <lowest price we accept>' : 'above <highest price we pay>'} or if <condition we cannot accept>.

## Our alternative if we walk away

<what we do instead, and what it is worth>

## Target

<the deal we aim for: price, term, scope>

## Opening offer

<our first number>, because <why it is defensible: value, price list, benchmark>.

## Price challenge response

If they say ${seller ? 'we are too expensive' : 'our budget is too low'}, we answer with ${seller ? 'value' : 'what we bring'}: <${seller ? 'their outcomes, ROI, the cost of doing nothing' : 'volume, term, a reference, fast payment'}>.

## Concessions

1. <what we give>, in exchange for <what we get in return>.

## Constraints we share early

<hard limits ${them} must know, and when we tell them>

## Common ground

<shared goals and issues already agreed>

## Qualification

- **Decision maker:** <${seller ? 'who decides and signs on their side' : 'who signs on our side'}>
- **Timeline:** <decision date, signature date, go-live>
- **Budget:** <${seller ? 'their budget and who holds it' : 'our approved budget and its holder'}>
- **Needs:** <${seller ? 'their pain and why now' : 'what we need and why now'}>

## Assumptions to verify

- <what we believe about ${them}, and how we check it>

## Questions that invite a no

- Is there any reason you would not <commitment, e.g. sign by a date>?

## Their alternative

<what ${them} does if we do not agree, and their likely walk-away point>

## Paper process

<legal review, procurement, security review, who signs, and how long each takes>
`;
  const { text, snippet } = fillable(body);
  return { text, snippet };
}
