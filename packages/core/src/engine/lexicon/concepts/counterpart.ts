/** The other side's position: their alternative, their walk-away, and the paper process to signature. */
import type { Family, Group } from '../types.js';

// Who the other side is, when not "they".
const PARTY = 'customer|client|buyer|supplier|vendor|account|prospect|landlord|tenant';

/**
 * Another party as the subject right before a position's verb: "the Borg El Arab supplier is quoting 10% lower" is
 * their quote, not our opening.
 */
export const OTHER_PARTY_SUBJECT: Group = {
  why: 'Another party named as who does what follows.',
  phrases: ['supplier|suppliers|vendor|vendors|competitor|competitors|bidder|bidders|incumbent|rival|they|their be|have|will|would?'],
  examples: ['I think the Borg El Arab supplier is', 'the incumbent', 'their'],
  not: ['we are'],
};

export const counterpart: Family[] = [
  {
    tag: 'counterpart-alternative',
    why: 'What they do without us: a competitor, the incumbent, doing nothing, building it themselves; for a supplier, other customers.',
    groups: [
      {
        why: 'Their alternative by name, on either side.',
        phrases: [
          'their batna|alternative|alternatives|fallback|fallbacks|option|options', 'their plan b', 'their outside option|options', 'their best alternative',
          // In the plan's language: "Leurs alternatives", "Ihre Alternative", "Su alternativa", "Le loro alternative", "Hun alternatief".
          'leur|leurs|ihre|ihr|su|sus|loro|hun|deres|deras alternative|alternatives|alternativa|alternativas|alternativen|alternatief|alternatieven|batna',
          'their next best', `the? ${PARTY} batna|alternative|alternatives|fallback|option|options`, 'other side batna|alternative|alternatives',
          'if|should they walk|walks',
          // "should they … walk", "if he then walks" — not "if we walk", which is ours ("walks" stems like "walk").
          'if|should they|he|she … walk', `if|should the? ${PARTY} walk|walks`, 'without us', 'what they do without us',
        ],
        examples: ['Their alternative is Trackwise at €310.000.', 'If they walk they keep the spreadsheets.', "The customer's BATNA is another year on the old tool."],
        not: ['If we walk, those fourteen guards go to the Sandton office park contract.'],
      },
      {
        why: 'A buyer\'s options as the seller sees them: a competitor, the incumbent, doing nothing, building in-house.',
        // On the buyer side, competitors and other suppliers are our own alternative, not theirs.
        side: 'seller',
        phrases: [
          'competitor', 'competitors', 'competition', 'rival', 'rivals', 'incumbent',
          'competing bid|bids|offer|offers|vendor|vendors|supplier|suppliers|quote|quotes|proposal|proposals|product|solution',
          'competitive bid|offer|quote|tender|pressure|threat|situation|landscape',
          'alternative|other|second|backup|another|cheaper vendor|vendors|supplier|suppliers|provider|providers|bidder|bidders|bid|bids|quote|quotes|offer|offers|tool|tools|product|solution',
          'status quo', 'do nothing', 'doing nothing', 'no decision', 'build … in house', 'build … themselves|internally', 'build their own',
          'in house build|solution|team|tool|option|alternative', 'stay|stick|remain … with … current|existing|old|legacy|incumbent',
          'keep|renew|extend … current|existing|old|legacy', 'keep using', 'also talking to', 'also evaluating', 'shortlisted', 'benchmarking',
          'quote|quotes|offer|offers|bid|bids from', 'could|might|may|would|will|can … switch|choose|pick|stay|wait|delay|postpone',
          'go|going|went with … another|other|competitor|someone',
        ],
        examples: ['Acme is also talking to Initech, who quoted $350k.', 'They could stay with the incumbent for another year.', 'Do nothing is a real option for them.'],
      },
      {
        why: 'A supplier\'s options as the buyer sees them: other customers, booked capacity, strong demand.',
        side: 'buyer',
        phrases: [
          'other|more customer|customers|buyer|buyers|client|clients|bidder|bidders|offer|offers|prospect|prospects',
          'sell … elsewhere', 'sell … to another|other|someone', 'capacity|slot|slots|stock|inventory|pipeline|backlog|team|teams|engineers|crew|crews|plant|line|lines|diary|calendar … full|booked|sold|oversubscribed',
          'order book be full', 'strong|high demand', 'demand be high|strong', 'waiting list',
        ],
        examples: ['Globex has two other customers waiting for the same capacity.', 'Their capacity is booked until March.', 'Their engineering team is fully booked until spring.'],
      },
    ],
  },
  {
    tag: 'counterpart-walk-away',
    why: 'Our estimate of their limit: the other end of the bargaining range.',
    groups: [
      {
        why: 'Their limit by name.',
        phrases: [
          'their walk away', 'their walkaway|limit|reservation|ceiling|floor|max|maximum|minimum', 'their bottom line', 'their pain threshold', 'their red line',
          'their breaking point', 'their upper|lower limit', 'their top|highest|lowest price', 'their budget ceiling|cap|limit',
          'their price ceiling|floor', 'their cost|margin floor', `the? ${PARTY} walk away`, `the? ${PARTY} walkaway|ceiling|floor|limit|maximum|minimum`,
          'zopa', 'zone of possible agreement', 'bargaining range|zone', 'settlement range',
          // "So $1.8m is as high as they can physically go", "the most she can pay".
          'as high|low|far as they|he|she can … go|pay', 'the most|least they|he|she can … pay|go|do',
        ],
        examples: ['Their walk-away: €390.000, the earmarked share of the budget.', 'The bargaining range is $380k to $450k.'],
      },
      {
        why: 'Their limit in a sentence: "the most they can pay", "their budget tops out at…", "they won\'t go below…".',
        phrases: [
          `most|max|maximum|highest|least|lowest|minimum they|${PARTY} … pay|spend|go|accept|take|sell`,
          'budget … top|tops|topped|cap|caps|capped|max|maxes|maxed out', 'they … top|tops|max|maxes out',
          'they … go|pay|stretch|spend up to', 'they … go|pay|stretch|spend as high as', 'they … go|come|drop|sell down to', 'they … go|drop|sell as low as',
          'they … not|never pay|go|spend|stretch more|above|beyond|over|higher', 'they … not|never go|sell|drop|accept below|under|lower|less',
        ],
        examples: ['The most they can pay is $1.4M.', 'Their budget tops out at €450k.', "They won't go below €900k."],
      },
      {
        why: 'A minimum or maximum of quantity is no price limit: "their minimum order is 5 Mio. imps", "their maximum volume".',
        idiom: true,
        phrases: [`their|${PARTY} minimum|maximum|min|max order|orders|volume|volumes|quantity|quantities|moq|run|runs|batch|drop|drops|term|lot|lots`],
        examples: ['I assume their minimum order is 5 Mio. imps; confirm before we split the buy.'],
      },
    ],
  },
  {
    tag: 'paper-process',
    why: 'The steps from a verbal yes to a signature. The groups are the steps, in this order (the paper-process rule reads them apart): legal, procurement, security, signer.',
    groups: [
      {
        why: 'Legal review: whose paper, redlines, counsel. "No legal review needed" still names the step.',
        phrases: [
          'legal', 'lawyer', 'lawyers', 'counsel', 'attorney', 'attorneys', 'solicitor', 'solicitors', 'paralegal', 'gc', 'redline', 'redlines',
          'redlining', 'mark up', 'markup', 'contract|terms|msa|dpa|sow|nda review|negotiation|redlines|comments|changes|draft|template',
          'msa', 'master services|service|subscription|supply|purchase agreement', 'terms and conditions', 't&c', 'data processing agreement',
          'dpa', 'liability cap|clause|terms', 'our|their paper', 'heads of terms',
        ],
        examples: ['Legal review of the MSA, then a purchase order.', 'Their counsel redlines by the 18th.'],
      },
      {
        why: 'Procurement: purchase order, vendor onboarding, the buying system.',
        phrases: [
          'procurement', 'purchasing', 'purchase order', 'purchase orders', 'purchase requisition', 'po', 'requisition', 'sourcing',
          'vendor|supplier onboarding|registration|setup|form|forms|portal|approval|selection|management', 'vendor|supplier risk',
          'onboard|onboarding us|them', 'coupa', 'ariba', 'jaggaer', 'tradeshift', 'buying|purchasing team|department|desk|process|policy',
          'tender|rfp|rfq process|rules|award|board|committee', 'three|two|# quotes', 'category manager|management',
        ],
        examples: ['PO raised after vendor onboarding.', 'Vendor onboarding in Coupa.'],
      },
      {
        why: 'Security review: questionnaires, certifications, InfoSec and privacy sign-off.',
        phrases: [
          'security', 'infosec', 'info sec', 'cyber', 'cybersecurity', 'ciso', 'pen test', 'penetration test', 'pentest', 'soc #', 'soc2', 'iso 27001',
          'iso27001', 'questionnaire', 'questionnaires', 'third party risk', 'vendor|supplier|it risk', 'tprm', 'privacy review|assessment|team|office',
          'dpia', 'dpias', 'data protection', 'gdpr', 'dpo', 'it|architecture|technical|compliance review|approval|assessment', 'caiq', 'sig lite', 'hecvat',
        ],
        examples: ['SOC 2 report and questionnaire, already sent.', 'InfoSec assessment by the CISO office.'],
      },
      {
        why: 'Who signs: the signatory, countersignature, e-signature, final approval.',
        phrases: [
          'signs', 'signed by', 'signatory', 'signatories', 'signer', 'signers', 'signing|signature authority|rights|by|from', 'sign off authority|by|from',
          'countersign', 'countersigns', 'countersigned', 'countersignature', 'esign', 'e signature', 'docusign', 'adobe sign', 'pandadoc', 'hellosign',
          'who signs', 'sign off', 'signs off', 'final|executive|board|cfo|ceo approval|signature', 'approved|approves|approval by',
          'cfo|ceo|coo|cio|cto|cpo|cro|vp|svp|evp|president|director|board|owner|founder|md|gm|head … sign|signs|approve|approves|signature',
          'signature',
        ],
        examples: ['Dana Ruiz (CFO) signs by DocuSign.', 'Signature: our COO signs.'],
      },
    ],
  },
];
