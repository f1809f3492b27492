/** The "New negotiation plan" command's choices; pure. The plan itself is @negolint/core's planSkeleton. */

export type Side = 'seller' | 'buyer';

/** The quick pick: which side the plan negotiates from (its frontmatter's `side:`). */
export const SIDE_PICKS: readonly { label: string; description: string; side: Side }[] = [
  { label: 'Seller', description: 'we sell: a walk-away point is our lowest price', side: 'seller' },
  { label: 'Buyer', description: 'we buy: a walk-away point is the most we pay', side: 'buyer' },
];

/** The side the command was given (`seller` / `buyer`, e.g. from a keybinding), if it is one. */
export function sideOf(arg: unknown): Side | undefined {
  return arg === 'seller' || arg === 'buyer' ? arg : undefined;
}
