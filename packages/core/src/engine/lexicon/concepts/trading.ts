/** Trading: what we give, what we get for it, and the relationship problems a concession must not be used to fix. */
import type { Family } from '../types.js';

export const trading: Family[] = [
  {
    tag: 'give',
    why: 'Something we concede: money, scope, terms, effort.',
    groups: [
      {
        why: 'Verbs and nouns of conceding.',
        phrases: [
          'give', 'concede', 'concession', 'offer', 'add', 'include', 'throw in', 'waive', 'extend', 'allow', 'grant', 'accept',
          'agree to', 'drop', 'absorb', 'cover', 'pay for', 'bear', 'upgrade', 'free', 'no charge', 'at no cost', 'discount', 'rebate',
          'credit', 'give away', 'giveaway', 'sweetener', 'bonus', 'extra', 'complimentary', 'reduce', 'lower', 'cut', 'off',
          'rent free', 'fit out contribution', 'fit out', 'longer payment', 'pay faster', 'pay earlier', 'prepay', 'raise', 'increase',
        ],
        examples: ['Give: onboarding at no charge.', 'Throw in two extra seats.'],
      },
    ],
  },
  {
    tag: 'get',
    why: 'What we ask for in return for a concession: a trade, not a gift.',
    groups: [
      {
        why: 'Words of exchange.',
        phrases: [
          'in return', 'in exchange', 'in return for', 'in exchange for', 'exchange for', 'return for', 'for a', 'for an', 'for the', 'for their',
          'only if', 'only for', 'only with', 'only against', 'provided', 'as long as', 'on condition', 'conditional on', 'subject to', 'if they', 'when they', 'once they', 'tied to',
          'against a', 'against the', 'traded for', 'trade for', 'trade', 'swap for', 'get', 'we get', 'ask for', 'we ask', 'want', 'need',
          'require', 'they commit', 'they sign', 'they agree', 'they give', 'they pay', 'they accept', 'they provide', 'they introduce',
          'they extend', 'they take', 'they buy', 'they order', 'they drop', 'they share', 'they move', 'they upgrade', 'they act as',
          'get back', 'get in return', 'receive', 'ask', 'quid pro quo', 'we ask for', 'we want', 'in return we', 'for that we',
          '→', 'for signing', 'for committing', 'for paying', 'for a longer', 'for a three year', 'for a two year', 'for volume',
        ],
        examples: ['€24.000 off in exchange for a three-year term.', 'Give: free onboarding — Get: a case study.', 'Extra seats only if they sign by 31 March.'],
      },
    ],
  },
  {
    tag: 'relationship-problem',
    why: 'A people problem (frustration, mistrust, a bad experience) that business concessions do not fix.',
    groups: [
      {
        why: 'Feelings and trouble in the relationship, and repairing it.',
        phrases: [
          'goodwill', 'rebuild trust', 'regain trust', 'win back', 'win … back', 'make amends', 'make up for', 'make it up to', 'keep … happy',
          'keep them sweet', 'keep … sweet', 'smooth over', 'smooth things', 'smooth … over', 'patch things up', 'repair the relationship',
          'mend the relationship', 'mend fences', 'sweeten the relationship', 'apology', 'apolog*', 'sorry', 'frustrat*', 'upset',
          'angry', 'annoyed', 'unhappy', 'disappoint*', 'mistrust', 'distrust', 'do not trust', 'lost trust', 'trust issue',
          'bad blood', 'tension', 'friction', 'sore', 'burned', 'burnt', 'complain', 'complaint', 'complained', 'grievance', 'outage', 'incident', 'the escalation',
          'bad experience', 'poor experience', 'missed deadline', 'late delivery', 'botched', 'relationship', 'personality', 'irritat*',
          'offended', 'offence', 'offense', 'peace offering', 'olive branch', 'show good faith', 'good faith gesture', 'gesture of goodwill', 'keep the peace',
        ],
        examples: ['Free support for Q3 to rebuild goodwill after the outage.', 'A free module to keep Neil happy.'],
      },
    ],
  },
];
