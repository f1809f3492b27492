/**
 * How a plan edits itself: a living plan, a chat or the minutes of a prep meeting restate a
 * position or a list at its new value ("target revised to R$ 2.480,00/t", "No, the other way
 * round: …"). The model reads the newest statement as the plan's (`plan/revisions.ts`).
 */
import type { Family } from '../types.js';

export const editing: Family[] = [
  {
    tag: 'revision',
    why: 'A statement that replaces an earlier one of the same part: the newer figure or list is what the plan stands by.',
    groups: [
      {
        why: 'A position restated at its new level: "target revised to…", "walk-away now…", "Updated floor:".',
        phrases: [
          'revise|update|amend|correct to', 'revise|update|amend|correct down|up to',
          // "target lowered to…", "floor moved up to…": a verb that may move anything moves the position named before it.
          'target|floor|walkaway|opening|ceiling|limit adjust|reset|change|lower|raise|move|cut|drop|increas|reduc|bring down|up? to',
          'walk away point|price? adjust|reset|change|lower|raise|move|cut|drop|increas|reduc|bring down|up? to',
          // "Target goes to A$255k per unit. … One change, then it's locked".
          'target|floor|walkaway|opening|ceiling|limit go|goes|went|move|moves|now|changes|shifts to', 'walk away point|price? go|goes|moves|changes to',
          'revised|updated|amended|corrected|adjusted|new|latest target|floor|walkaway|opening|ceiling|limit|number|figure|ladder|concessions',
          'revised|updated|amended|corrected|adjusted|new|latest walk away',
          'target|floor|walkaway|opening|ceiling|limit be? now', 'walk away point|price? be now',
          'target|floor|walkaway|opening|ceiling|limit|ladder|concessions ( revised|updated|new|amended|corrected )', 'walk away ( revised|updated|new|amended|corrected )',
        ],
        examples: [
          'Ricardo, after the break: target revised to R$ 2.480,00/t, since MAP prices dropped in May.',
          'UPDATE: walk-away now £380k after the CFO call.',
          'Updated floor: €1,12 Mio.',
          'Target (revised): $41.50 per seat.',
          'Our target is now R$ 2.480,00/t.',
          'Target goes to A$255k per unit.',
        ],
        not: ['Target: R$ 2.600,00/t.', 'We move to 3% off if they sign for three years.'],
      },
      {
        why: 'A correction that replaces what was said before it, in a chat or a revision note: "No, the other way round", "Scratch that" (not "correction": it stems like "is correct").',
        phrases: [
          'other way round|around', 'scratch that', 'strike that', 'erratum', 'supersede*', 'replace the earlier|previous|old|above',
          'ignore the|my earlier|previous|old|above', 'ignore … above', 'disregard the|my earlier|previous|old|above', 'on second thought|thoughts', 'change of plan',
          'go|going with … version|numbers|list|ladder', 'use … version|numbers|list|ladder instead',
        ],
        examples: [
          'No, the other way round. Start small and keep the bigger move for later:',
          'OK, going with Olivier\'s version.',
          'Scratch that — floor is €0,95 M per year.',
        ],
        not: ['We go with the three-year term if they sign by June.', 'They want an update on the roadmap.', "Ito-san's point about the target is correct."],
      },
      {
        why: 'A dated update note: it revises a position it names ("UPDATE 12/03: walk-away now €380k"), and adds news otherwise.',
        phrases: ['update :', 'update # :', 'update # # :', 'update # # # :'],
        examples: ['UPDATE 12/03: CFO signed off a lower floor.'],
      },
    ],
  },
];
