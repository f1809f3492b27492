/** The other side's position: their alternative, their walk-away, and the paper process to signature. */
import type { Family } from '../types.js';

export const counterpart: Family[] = [
  {
    tag: 'counterpart-alternative',
    why: 'What they do without us: a competitor, doing nothing, building it themselves.',
    groups: [
      {
        why: 'Their options.',
        phrases: [
          'their batna', 'their alternative', 'their option', 'their plan b', 'their fallback', 'competitor', 'competition', 'incumbent',
          'rival', 'other bidder', 'other vendor', 'other supplier', 'other provider', 'in house', 'do nothing', 'status quo',
          'build it themselves', 'build their own', 'stay with', 'keep using', 'spreadsheet', 'without us', 'if they walk',
        ],
        examples: ['Their alternative is Trackwise at €310.000.', 'If they walk they keep the spreadsheets.'],
      },
    ],
  },
  {
    tag: 'counterpart-walk-away',
    why: 'Our estimate of their limit: the other end of the bargaining range.',
    groups: [
      {
        why: 'Their limit.',
        phrases: [
          'their walk away', 'their walkaway', 'their bottom line', 'their limit', 'their ceiling', 'their floor', 'their max', 'their maximum',
          'their minimum', 'their reservation', 'their budget ceiling', 'most they pay', 'most they will pay', 'most they can pay',
          'lowest they go', 'lowest they will go', 'lowest they accept', 'zopa', 'bargaining range', 'their pain threshold',
        ],
        examples: ['Their walk-away: €390.000, the earmarked share of the budget.', 'The most they can pay is $1.4M.'],
      },
    ],
  },
  {
    tag: 'paper-process',
    why: 'The steps from a verbal yes to a signature.',
    groups: [
      {
        why: 'Reviews, approvals and signatures.',
        phrases: [
          'legal review', 'contract review', 'security review', 'security questionnaire', 'procurement', 'purchase order', 'po', 'vendor onboarding',
          'supplier onboarding', 'supplier registration', 'vendor registration', 'redline', 'msa', 'dpa', 'countersign', 'signature', 'sign',
          'docusign', 'approval', 'board approval', 'legal', 'counsel', 'path to signature',
        ],
        examples: ['Legal review of the MSA, then a purchase order.', 'Their counsel redlines by the 18th; the CFO signs.'],
      },
    ],
  },
];
