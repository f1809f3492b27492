import { defineRule } from '../engine/rule.js';
import { zoneOfAgreement } from '../engine/plan/zone.js';

interface Options {
  tolerancePercent: number;
  useBudget: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'zone-of-agreement',
    severity: 'warn',
    description: "Our walk-away point and the other side's stated limit (their budget, ceiling or floor) leave room for a deal.",
    principle:
      'A deal can only land between the two walk-away points: the least we accept and the most they can pay. When the plan itself says their budget stops below our floor (or, buying, that the supplier\'s floor sits above our ceiling), there is no zone of agreement, and no amount of skill at the table closes it. Seeing that before the meeting turns a lost afternoon into a choice: change the deal, change their money, or walk away while it is cheap to do so.',
    sources: ['willing-to-walk-away', 'moments-of-truth'],
    sideDependent: true,
    fix: "Change the deal so the ranges meet, or decide to walk: as a seller, grow the scope (more value for a bigger budget) or their budget (another budget line, next year's money, an executive sponsor), or trade terms (a longer term, phased payments) so our walk-away point for this deal comes within their reach; as a buyer, cut the scope or volume, find more budget, or trade terms worth money to the supplier (volume, a longer term, faster payment). If none of that is possible, the plan is to walk away to our alternative, and the plan should say so.",
    details:
      "The rule compares our walk-away point (the first amount of the walk-away facts, as `walk-away-margin` reads it; when that amount is on another scale than theirs and another of our walk-away amounts is within 1.5× of it, as a package limit beside the hardware line of a table, that one) with the other side's limit, when the plan states it: for a seller, our estimate of their walk-away point (\"Their walk-away:\", \"Their ceiling\", \"the most they can pay is…\", \"their budget tops out at…\") or else their budget (a Budget or Funding heading, label, row or frontmatter key, or a sentence with an amount right after the budget words: \"the board has set aside £450,000\"); for a buyer, the supplier's floor (\"Their floor:\", \"they won't go below €900k\"). Of several comparable budget or ceiling amounts the largest counts (a figure the same part works out further on included: \"…plus $300,000 of vendor finance. So $1.8m is as high as they can go\"), of several supplier floors the lowest: a deal is reported impossible only when the most generous reading of the plan's numbers still leaves no room. Only amounts of the same currency and unit are compared (`$280k` is not compared with `$290k / year`), a budget under a third of our walk-away point funds a part of the price (a premium, one budget line) and is not read as their ceiling, and a section named for a budget counts only when the lexicon reads a budget in its title or in the sentence that holds the amount (a seller's \"The money bit\" is our pricing). The finding is at their number. `tolerancePercent` lets a shortfall of that share of our walk-away point pass (a rounded figure); `useBudget: false` reads only an explicit estimate of their walk-away point, not their budget.",
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tolerancePercent: {
          type: 'number',
          minimum: 0,
          maximum: 100,
          description: "A gap between the two limits of at most this percent of our walk-away point is not reported (figures that are rounded or still moving).",
        },
        useBudget: {
          type: 'boolean',
          description: "Seller side: read the customer's stated budget as their ceiling when the plan gives no estimate of their walk-away point.",
        },
      },
    },
    defaultOptions: { tolerancePercent: 0, useBudget: true },
    examples: {
      invalid: [
        {
          title: 'Their budget stops below our walk-away point',
          code: '# Acme renewal\n\n**Walk-away:** $290k\n**Target:** $340k\n**Opening:** $380k, list price\n**Budget:** $280k approved by their CFO for the platform\n',
        },
        {
          title: "A buyer whose ceiling is below the supplier's floor (European numbers)",
          code: '---\nside: buyer\n---\n# Laptop refresh\n\n| Position | Value |\n| --- | --- |\n| Ceiling | €900.000 |\n| Target | €780.000 |\n| Their floor | €950.000 |\n',
        },
      ],
      valid: [
        {
          title: 'Their ceiling is above our walk-away point',
          code: '# Acme renewal\n\n**Walk-away:** $310k\n**Target:** $380k\n**Their walk-away:** $450k, the treasury line in their FY26 budget\n',
        },
        {
          title: 'A budget per year and a one-off walk-away point are not compared',
          code: '# Acme renewal\n\n**Walk-away:** $290k\n**Target:** $340k\n**Budget:** $150k per year over three years\n',
        },
        {
          title: 'Within the tolerance',
          code: '# Acme renewal\n\n**Walk-away:** $290k\n**Target:** $340k\n**Budget:** $288k\n',
          options: { tolerancePercent: 1 },
        },
      ],
    },
  },
  check({ plan, report, options, side }) {
    const zone = zoneOfAgreement(plan, options);
    if (zone.status !== 'none') return;
    const { ours, theirs, gap } = zone;
    const show = (raw: string) => `\`${raw.trim()}\``;
    const gapText = `${gap.raw}, ${gap.percent}%`;
    if (side === 'buyer') {
      report(
        `The supplier's floor ${show(theirs.amount.raw)} is above our ceiling ${show(ours.amount.raw)} (by ${gapText}): as written there is no zone of agreement, and the deal cannot close. Cut the scope or volume, find more budget, trade terms worth money to them (volume, a longer term, faster payment), or plan to walk away to our alternative.`,
        theirs.amount,
      );
      return;
    }
    const whose = theirs.kind === 'budget' ? 'Their budget' : 'Their ceiling';
    report(
      `${whose} ${show(theirs.amount.raw)} is below our walk-away point ${show(ours.amount.raw)} (short by ${gapText}): as written there is no zone of agreement, and the deal cannot close. Grow the scope or their budget, trade terms (a longer term, phased payments), or plan to walk away to our alternative.`,
      theirs.amount,
    );
  },
  applies: ({ plan, options }) => zoneOfAgreement(plan, options).status !== 'unknown',
});
