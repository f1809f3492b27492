/**
 * Qualification: who decides, when, with what money, and why they are buying.
 *
 * These families decide whether a plan is qualified, so a word that is merely
 * near the topic must not count: a date alone is not a timeline ("Prepared on
 * 11 June"), a role alone is not a decision maker ("their CFO joined the call"),
 * and "signed by 15 May" is a date, not a signer.
 */
import type { Family, Group } from '../types.js';

const IBERIAN_MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro';

// Roles that usually hold the pen or the veto. One slot, so "the CFO signs", "approved by our MD" and
// "escalates to the board" meet the same entries.
const ROLE =
  'cfo|ceo|coo|cio|cto|cpo|cro|cmo|ciso|fd|vp|svp|evp|md|gm|president|director|board|committee|council|trustee|trustees|founder|principal|chair|chairman|chairwoman|chairperson|head|manager|cabinet|dean|mayor|treasurer|controller|comptroller|chief|officer|ic|superintendent|provost|governor|governors|owner|owners|partner|partners|proprietor|landlord|secretary|minister|commissioner|deputy';
// What deciding looks like as a verb.
const DECIDES = 'sign|countersign|approve|decide|authorise|authorize|veto|own|owns|control|controls';
// A point in the calendar, never a bare number: "by 20%" is not a date.
const WHEN =
  'january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q1|q2|q3|q4|h1|h2|fy*|spring|summer|autumn|winter|christmas|easter|monday|tuesday|wednesday|thursday|friday';
// The same without weekdays: an event beside a weekday is a recurring slot ("move to fixed Tuesday/Thursday delivery
// slots") unless a word ties it to one day ("decide on Friday", "sign by Thursday").
const WHEN_DATE = WHEN.replace('|monday|tuesday|wednesday|thursday|friday', '');
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday';
// "May" is also a modal verb ("the decision may slip"): as a month it needs a number or a "by" next to it.
const MAY = 'may #';
// Things that happen on a date in a deal.
const EVENT =
  'decide|decision|sign|signature|close|award|live|start|launch|kick|order|po|commit|deliver|complete|finish|due|expect|plan|schedule|target|submission|submit|effective|contract|renew|renewal|expire|expiry|lapse|end|run|terminate|cut|move|migrate|need|ready|deadline|ratify|ratifies|ratified|approve|approves|approval|opens|fixed';

/**
 * Words that make the figure after them a threshold, not money someone has: "the CFO approves opex over S$1M",
 * "anything above £250k goes to the board".
 */
export const THRESHOLD_WORDS: Group = {
  why: 'A figure said as a limit that something passes.',
  phrases: ['over', 'above', 'exceed', 'exceeding', 'beyond', 'more than', 'greater than', 'below', 'under', 'less than'],
  examples: ['The CFO approves opex over', 'anything more than'],
  not: ['The budget is'],
};

/**
 * Words that join one source of money to another: "balance-sheet cash plus a committed € 30 mln facility" names part of
 * the money, so the figure is no ceiling.
 */
export const MORE_MONEY_WORDS: Group = {
  why: 'A figure named as one of several sources of money.',
  phrases: [
    'plus', 'as well as', 'on top of', 'together with', 'in addition to', 'topped up by|with', 'alongside',
    // An insurer's retention or deductible is the first layer: "a $50,000 retention; above that the insurer funds".
    'retention', 'deductible', 'above|beyond|over that|this|it … fund|funds|pay|pays|cover|covers',
  ],
  examples: ['Funding: balance-sheet cash plus a committed', 'Lakeshore carries insurance with a $50,000 retention; above that the insurer funds.'],
  not: ['Funding: a committed'],
};

export const qualification: Family[] = [
  {
    tag: 'decision-maker',
    why: 'The person or body that decides and signs, named by role or by what they do.',
    groups: [
      {
        why: 'A decision as a point in time names no one: "they stay on the current contract until they decide".',
        idiom: true,
        phrases: ['until|till|before|once|after|when they|he|she decide|decides|decided', 'until|till|before|once|after|when they|he|she decide|decides|decided ;|,|.|—'],
        examples: ['They stay on the current 220-user contract at list until they decide.'],
      },
      {
        why: 'The audience a plan is written for is ours, no decider of theirs: "Prepared for the pricing committee, Thursday 16 October".',
        idiom: true,
        phrases: ['prepared|written|drafted|compiled for the|our … committee|board|panel|council|review|team'],
        examples: ['Prepared for the pricing committee, Thursday 16 October.'],
      },
      {
        why: 'Names for the one who decides: the economic buyer, the signatory, the budget holder.',
        phrases: [
          'decision maker', 'economic buyer', 'econ buyer', 'signatory', 'signatories', 'signer', 'approver', 'budget holder', 'budget owner',
          'decision making unit', 'dmu', 'buying committee|group|centre|center', 'steering committee|group', 'investment committee',
          // Bodies that approve a price: "it goes to Meridian's deal desk", "the pricing committee signs it off".
          'deal desk', 'pricing desk', 'pricing|credit|approval|commercial|tender|bid committee|board',
          'final say|call|decision|approval|word|authority|signature', 'final sign off', 'approval chain|path',
          'signing|signature|spending|approval|purchasing|budget authority|power|rights',
        ],
        examples: ['Economic buyer is Dana Ruiz.', 'The CFO has the final say.', 'Maria has signing authority up to £50k.'],
        not: ['Framework signed by 15 May.', 'Decision expected end of Q2.'],
      },
      {
        why: 'A role with a verb of deciding, either way round: "the CFO signs", "approved by our MD", "goes to the board".',
        phrases: [
          `${ROLE} … ${DECIDES}`,
          `${ROLE} … sign off`,
          // The role as an apposition: "Tom Keogh, GM Fresh, signs."
          `${ROLE} … , ${DECIDES}`,
          `${ROLE} … , sign off`,
          // A role as a label: "Markus Lindner, Head of Purchasing: signs anything > 500k €/yr".
          `${ROLE} :|— ${DECIDES}`, `${ROLE} … :|— ${DECIDES}`,
          // "The owner, Ravi, makes the call."
          `${ROLE} , … , ${DECIDES}`, `${ROLE} , … , sign off`, `${ROLE} … , make|makes the? call|decision`, `${ROLE} , … , make|makes the? call|decision`,
          `${ROLE} … make|makes the? call|decision`, `${ROLE} … make|makes the|a award|final|purchase|buying|go|investment decision`, `${ROLE} … , make|makes the|a award|final|purchase|buying|go|investment decision`,
          `${ROLE} … have|has the? final|last`,
          `sign|signed|countersign|approve|approval|decision|decide|signature … by|from|with the? ${ROLE}`,
          // The person first, the role after: "signed by Úna Fitzgerald, their commercial director", "sign-off from Priya, the CFO".
          `sign|signed|countersign|approve|approved|approval|signature … by|from … , the|their|our? ${ROLE}`, `sign|signed|countersign|approve|approved|approval|signature … by|from … , the|their|our? … ${ROLE}`,
          // "the budget is signed off by the studio head, Aoki Rena": the role named with words before it.
          `signed|approved|countersigned … by the|their|our … ${ROLE}`,
          // The role in brackets after the name: "approved by Lorna (CFO)".
          `signed|approved|countersigned by … ( the|their|our? ${ROLE}`, `signed|approved|countersigned by … ( the|their|our? … ${ROLE}`,
          `decision|decisions|call … rest|rests|lie|lies|sit|sits|belong|belongs with|to`,
          // "Tomas Grieve (CTO) decides", "Dan Hartwell (owner, Hartwell Builders) decides alone".
          `) ${DECIDES}`,
          `) sign off`,
          // Not "themselves": it reads as "they" once stemmed.
          // Not "personally" either: it stems to "person" ("sign in person").
          `${DECIDES} … alone|himself|herself`,
          // "Thinking about Dev and Sunita's side. They decide; Hollis negotiates": the people just named decide.
          'they|he|she decide|decides ;|,|.|—', 'they|he|she decide|decides and|but … negotiat*',
          // "Margaret Liu owns the building and makes the decision", "She makes the call": the person just named decides.
          'they|he|she make|makes the? final? decision|call', 'and|who make|makes the? final? decision|call',
          `go|goes|escalate|escalates|escalated|refer|referred to the? ${ROLE}`,
          `go|goes|escalate|escalates|escalated to … ${ROLE}`,
        ],
        examples: [
          'Sanne de Vries signs; it is within her authority.',
          'The final vendor list is approved by CIO Raj Patel.',
          'Contracts over $250k also go to our CEO.', 'Grants over $1m need approval from the Deputy Secretary, Courts and Justice Services.',
          'Joaquim Reis, VP Revenue, owns the tooling budget.',
          'The trustees approve anything above £25k.',
          'The terms are signed by Úna Fitzgerald, their commercial director.',
          'The contract needs sign-off from Priya Nandakumar, the CFO.',
        ],
        not: ['Volunteer sign-up that feeds their rota spreadsheet.', "Hal wants the new contract signed by July 25.", 'Their CFO joined the last call.', 'The scope list was signed off by email on 28 May.'],
      },
      {
        why: 'Deciding and signing in other shapes: who owns the decision, who signs the paper, sign-off over a threshold.',
        phrases: [
          'sign|signs the? order|contract|deal|po|agreement|paperwork|msa|sow|lease',
          'own|owns|hold|holds the? decision|budget|pen', 'own|owns|hold|holds … budget', 'within … authority|remit|mandate', 'who sign|signs|decide|decides|approve|approves',
          'approve|approves|sign|signs … above|over|below|under #', 'approve|approves|sign|signs … up to $|€|£|¥|₹? #', 'holds a? veto', 'can veto',
          // A couple or partners deciding as one: "the two of them decide together", "a joint decision".
          'decide|decides|sign|signs together|jointly', 'both decide|sign|approve', 'both of them|us decide|sign', 'joint decision', 'decision be … together|jointly',
          'who say|says|said yes', 'purse strings', 'last|final word|say', 'have|has the? last|final word|say|call', 'sign off on the? paperwork|contract|deal|order|purchase|spend',
          'sign off|approval limit|threshold|authority', `hers|his|theirs to ${DECIDES}`,
          // "The recommendation goes to Anna Fitzgerald, … who holds delegated authority for contracts up to $10m".
          'delegated|delegation of authority', 'delegated financial|spending|signing authority', 'recommendation go|goes to',
          // Authority to move the price, and who takes it further: "Shane can go to -8% himself; more than that → regional VP".
          'can go|move|drop|discount|give … himself|herself|alone', `more than that|this →|goes|go|needs|need … ${ROLE}`, `beyond|above|over that|this →|goes|go|needs|need … ${ROLE}`,
        ],
        examples: ['Minh and Lan Nguyen, both on the title, both sign.', 'Markus Lindner, Head of Purchasing: signs anything > 500k €/yr', 'Hal has the last word on suppliers.', 'Our FD signs off anything above £10k.', 'The owner, Ravi, makes the call.', 'The two of them decide together, with no parents signing anything.', 'Tom Keogh, GM Fresh, signs.', 'Money and who says yes: Hannah told me the rest.', 'I own the decision with our COO, Rachel Kim.', 'Tomas Grieve (CTO) decides, signs himself under $100k.', 'The award decision belongs to their CFO.', 'He approves tooling spend up to $400k a year.', 'Dana Ruiz (CFO): signs the order form.', 'The recommendation goes to Anna Fitzgerald, who holds delegated authority for contracts up to $10m.', 'Shane (branch mgr) can go to -8% himself; more than that → regional VP in Calgary', 'Our tyre budget is approved by Lorna (CFO).', 'Mori-san runs localization, but the budget is signed off by the studio head, Aoki Rena.'],
      },
    ],
  },
  {
    tag: 'decides',
    why: 'A verb of deciding or signing. Whose it is decides what it means: `qualification` counts it as the decision maker only when its subject is a person ("Fiona signs.", "Daniel decides with his boss", "I sign the lease" on the buyer side), not a date line ("framework signed by 15 May").',
    groups: [
      {
        why: 'A process named by its approving is no one who decides: "through Hoshino\'s internal approval route".',
        idiom: true,
        phrases: ['approval route|process|workflow|cycle|flow|steps|step|procedure'],
        examples: ["Purchase contract through Hoshino's internal approval route."],
      },
      {
        why: 'Deciding, signing, approving, in any form; the rule reads the subject and the tense.',
        // Not "authorise": it stems with "authority" and "author".
        phrases: ['decide', 'sign', 'countersign', 'co sign', 'approve', 'sign off', 'say|says yes', 'make the call', 'give the go ahead'],
        examples: ['Fiona signs.', 'Daniel decides with his boss, Fiona Marsh.', 'He signs supplier contracts himself.'],
      },
    ],
  },
  {
    tag: 'timeline',
    why: 'When the decision, the signature or the start happens: a date tied to a deal event, or a deadline.',
    groups: [
      {
        why: 'Words that are the timeline itself.',
        phrases: [
          'timeline', 'time line', 'timeframe', 'time frame', 'deadline', 'decision date', 'close date', 'closing date',
          'signature date', 'signing date', 'start date', 'award date', 'go live', 'cut over', 'cutover', 'renewal date', 'expiry date',
          'expiration date', 'why now', 'compelling event', 'key dates', 'milestones and dates|deadlines', 'milestone|milestones date|dates|plan|schedule|timeline', 'milestones :|—',
          // Milestones of a project are dates; a licence's "milestones and royalties" are payments.
          'project|delivery|programme|program|key milestones',
        ],
        examples: ['Go-live in Q3.', 'Deadline: signed by 22 Aug.'],
        not: ['Prepared with Aisha Karimi on 11 June.'],
      },
      {
        why: 'A rate or offer that is still in force names no event: "the Emerging Brands rate is still live for FY26".',
        idiom: true,
        phrases: [`still|remain|remains|stay|stays live … ${WHEN}`],
        examples: ['We assume the Emerging Brands rate of 19% is still live for FY26.'],
      },
      {
        why: 'A plan as a document names no event: "the plan for Thursday\'s session", "checked against the FY plan on Friday".',
        idiom: true,
        phrases: [`the|this|our|my|fy|annual|budget|business|account plan for|on ${WHEN}`, 'plan for|on monday|tuesday|wednesday|thursday|friday|saturday|sunday'],
        examples: ["Here's the plan for Thursday's session with NeoCloud.", 'Eun-ji checked it against the FY plan on Friday.'],
      },
      {
        why: 'A deal event tied to a point in the calendar: "decision expected end of Q2", "licences lapse on August 15".',
        phrases: [
          `${EVENT} … ${WHEN_DATE}`,
          `${EVENT} … on|this|next|by|before|until ${WEEKDAY}`, `due|deadline|deadlines|closes|closing|expires ${WEEKDAY}`,
          `by|before|until|till … ${WHEN}`,
          `${EVENT} … # may`,
          'by|before|until|till|on # may',
          `by|before|until|till|on ${MAY}`,
          // "signed by the end of May", "before mid-May": the month after "end of", "mid", "early", "late".
          'by|before|until|till|in|from the? end|start|beginning|middle of may', 'by|before|until|till|in|from early|mid|late may',
          `no later than … ${WHEN}`,
          `ahead of … ${WHEN}`,
          `in time for … ${WHEN}`,
          'by|before|until the? end|close of the? year|quarter|month',
          'by|before|until|till|on|due # # #?',
          'by|before|until|till|in week #',
          // A date in figures after the event: "award by 31.01.2026", "signature before 15/05".
          'award|awarded|decision|decide|decided|sign|signed|signature|signing|start|kickoff by|before|on #',
          // "Start week 2 of Term 2 (28 Apr)": a start in a numbered week, term or semester.
          'start|starts|begin|begins|starting|beginning week|term|semester|trimester|quarter #', 'start|starts|begin|begins|starting|beginning in|from week|term|semester|trimester #',
          `${EVENT} … in|within # day|days|week|weeks|month|months`,
          `${EVENT} … by|before|within|during the? week|month|quarter|year|day`,
          `${EVENT} … end of the? week|month|quarter|year`,
          `${EVENT} … this|next week|month|quarter|year`,
          'board meet|meets|meeting',
          // "the board tenders committee ratifies contracts above ₦250m in its January sitting".
          `in|at its|their|the ${WHEN} sitting|session|board|committee`,
          // Their body meets on a date: "approves any co-production over A$100,000 at its meeting on 9 December".
          `its|their meeting|sitting … ${WHEN}`,
          // "They announce their season on 20 February, so contracts need to be signed by then."
          `${WHEN} … … sign|signed|decide|decided|agreed|approved by then`, `${WHEN} , … … sign|signed|decide|decided|agreed|approved by then`,
          // German: "bis KW 34 verbaut" (by calendar week 34), "Unterschrift bis Ende Juni", "spätestens 30. Juni".
          'bis|spätestens|vor|ab kw #', 'kw # … unterschrift|entscheidung|start|vergabe|zuschlag|lieferung|verbaut|einbau|inbetriebnahme',
          `bis|spätestens|vor … ${WHEN}|januar|februar|märz|mai|juni|juli|oktober|dezember`,
          // Spanish and Portuguese: "Decisão até 20 de dezembro", "adjudicación antes del 15 de octubre", "firma el 3 de noviembre".
          `decisión|decision|decisão|decisao|adjudicación|adjudicacion|adjudicação|adjudicacao|firma|assinatura|contrato|inicio|início|arranque|entrega|pedido|encomenda|cierre|fecho|renovación|renovação|renovacao … # de ${IBERIAN_MONTHS}`,
          `antes|hasta|até|ate|desde … # de ${IBERIAN_MONTHS}`,
        ],
        examples: [
          'Decision expected end of Q2.',
          'Framework signed by 15 May.',
          'Their current licences with Buildkeep lapse on August 15.',
          'Final rate submission November 14, awards December 5.',
          'Signed no later than 15 May.',
          'Revisionsstillstand Sept. — brauchen die Ventile bis KW 34 verbaut.',
          'They want to sign this quarter.',
          'BAFO due Friday.',
          'Their current contract runs out in 8 weeks.', 'Start week 2 of Term 2 (28 Apr), weekly.', 'Termiņš: award by 31.01.2026.',
          "Lantern's board approves any co-production over A$100,000 at its meeting on 9 December.",
          'Decisão até 20 de dezembro; primeiro engarrafamento em março.', 'Adjudicación antes del 15 de octubre.',
          'They announce their 2027 season on 20 February, so contracts need to be signed by then.',
        ],
        not: ['We cut costs by 20% for them.', 'A three-year term at $38 per seat.'],
      },
    ],
  },
  {
    tag: 'budget',
    why: 'Where the money comes from, how much is set aside, and who holds it.',
    groups: [
      {
        why: 'Asking our own manager to approve a figure is no budget of theirs: "Rajiv sir — kindly approve ₹34.50 walk-away".',
        idiom: true,
        phrases: ['kindly|please approve|sanction|authorise|authorize|release|sign $|€|£|¥|₹|#', 'kindly|please approve|sanction|authorise|authorize|release|sign off $|€|£|¥|₹|#'],
        examples: ['Rajiv sir — kindly approve ₹34.50 walk-away and the concession table.'],
      },
      {
        why: 'People and capacity set aside are no money: "the two recruiters earmarked for Hazelmere".',
        idiom: true,
        phrases: ['people|staff|team|teams|recruiter|recruiters|engineer|engineers|consultant|consultants|developer|developers|heads|fte|ftes|crew|crews|truck|trucks|capacity|slot|slots|line|lines|machine|machines … earmark*'],
        examples: ['Put the two recruiters earmarked for Hazelmere onto the rail tender.'],
      },
      {
        why: 'Budgets and funding by name.',
        phrases: [
          'budget', 'budgets', 'budgeted', 'capex', 'opex', 'set aside', 'earmark*', '$|€|£|¥|₹|# … ring fenced', 'ring fenced money|budget|funds|funding|pot|sum|amount|grant',
          // A prime's own price for the work it subcontracts: "Tidewater carried $4.2M for this scope in its priced proposal".
          'carry|carries|carried|allocate|allocates|allocated|allow|allows|allowed $|€|£|¥|₹ # for this|the|our scope|work|package|job|line|item|lot',
          // A retail buyer's budget is its open-to-buy ("OTB"); other languages build it into compounds ("Fortbildungsbudget").
          'open to buy', 'otb', '*budget', '*budgets', 'money be|is the|their|our|from',
          // "Femke's 2025 buying plan has €1,35M for Colombian roses": a buying plan's money for this category.
          'buying|purchasing|procurement|sourcing|spend plan have|has|includes|holds|shows $|€|£|¥|₹ #',
          // Fund, funds, funded and funding share one stem. Money is meant with a determiner or a word of money around it
          // ("their funding", "the project is fully funded", "funding approved"), not where people's posts are paid for
          // ("doctoral researchers funded through 2028": staffing).
          'the|their|its|our|a|an|no|new|enough|extra|more|innovation|capital|project|grant|public|eu|government|state|federal|investor|venture|seed|bank fund',
          'be|is|are|was|were|fully|already|now|partly|centrally|internally|jointly fund',
          'fund project|purchase|programme|program|initiative|deal|budget|approv*|secur*|availab*|allocat*|request|application|round|source|sources|line|pot|gap|cycle|decision|status|model',
          'fund … approved|secured|confirmed|available|allocated|agreed|released|in place|come|comes|runs|ends|expires|covers|cover',
          'fund approved|secured|confirmed|available|allocated|agreed|released|committed|granted|awarded',
          // A buyer's authority to spend ("combined authority of $475,000", "settlement authority up to £2m") is its budget.
          'authority of $|€|£|¥|₹|#', 'authority up to $|€|£|¥|₹|#', 'spending|settlement|purchasing authority',
          // Not "funded through 2028": through a date is how long, not where the money comes from.
          'fund from|by|via|for', 'fund out of', 'fund of $|€|£|¥|₹|#', 'fund :|—',
          // An allocation is money only when it says so: "110 vials a month allocation" is supply.
          'budget|funding|money|cash|capital|spend allocation', 'allocated|allocation … budget|fund|funds|funding|capex|opex|money',
          '$|€|£|¥|₹ # allocated|allocation', 'allocated|allocation of $|€|£|¥|₹',
          // The cost centre that pays, not reports broken down by cost centre.
          'from|on|under the|their|our|a|its cost centre|center', 'charged|charge|billed to the|their|our|a|its cost centre|center', 'out of the|their|our|its cost centre|center', 'paid by the|their|our|its cost centre|center', 'cost centre|center budget|owner|holder|manager', 'line item',
          // A builder's budget is its cost plan: "the steel line in our cost plan goes over the reserve".
          'our|the|project cost plan', 'cost plan line|reserve',
          // The money the deal moves a year: "so ca. 2,06 Mio. € spend", "annual spend of £1.4m".
          '$|€|£|¥|₹|usd|eur|gbp|chf|inr spend', 'annual|yearly|total|current|category|existing|adhoc|unplanned spend', 'ad hoc spend', 'spend of|is|be $|€|£|¥|₹|usd|eur|gbp|chf|inr? #',
          // "The budget line on the job is £14,000", "inside their £14,000 line".
          'their|the|a|its $|€|£|¥|₹? # line', 'line on|for the job|project|programme|program|event|campaign|shoot|production', 'grant funding|money|budget',
          // "Financing" and "financed" stem like "Finance" (the department): only with what shows money.
          'vendor|dealer|bank|asset|project|equipment|debt|lease|grant|government|public|external financing', 'third party financing', 'financing from|through|via|of|for|arranged|approved|secured|agreed|offer|terms|package|plan|deal',
          'financing in place', 'financed by|through|via|from|with|over', 'loan', 'line of credit',
          // A film's or a project's money plan: "the archive line in our financing structure, approved by Telefilm".
          'financing structure|plan|package', 'line in|of our|the financing|funding|budget',
          'credit line', 'net worth', 'pre approved', 'preapproved', 'finance lease', 'lease financing', 'approved|allocated|earmarked|budgeted for the? project|purchase|deal|this|programme|program|renewal|rollout|upgrade', 'approval letter', 'bank loan|line|finance|financing|facility', 'line … bank', 'cash reserve|reserves', 'pay|paying|paid in cash', 'war chest',
        ],
        examples: ['Her open-to-buy for the whole capsule is about £140,000.', 'Kevin told us that Tidewater carried $4.2M for this scope in its own priced proposal to NAVSEA.', 'The money is the Fortbildungsbudget of the Abteilung Personal.', 'Volume 1,2 Mio. pcs p.a., so ca. 2,06 Mio. € spend.', 'Their annual spend on freight is about £1.4m.', '$$: equipment line with Westfield Bank, pre-approved $350k.', 'Funding: the fleet-efficiency programme budget.', 'Hal showed Aisha the line item.', 'They pay for the units with an SBA loan.', 'The CFO and the carrier have given us combined authority of $475,000.'],
        not: ['Their freight spend is about £2M a year.', 'Their clinic lease renews on 1 December.', 'Allocation protection: 110 vials per month guaranteed.', 'Postdoc confirmed until 2027; doctoral researchers funded through 2028.'],
      },
      {
        why: 'The source of the money in a sentence: "the money comes from…", "paid out of…", "approved spend".',
        phrases: [
          'money … come|comes|coming|came from|out', 'pay|paid|paying|fund|funded|financed … from|through|via the? budget|allowance|programme|program|fund|capex|opex|reserve|reserves|grant',
          'paid|pay|funded|financed out of', 'approved|authorised|authorized|allocated|available spend|money|amount',
          'spend|spending … approved|authorised|authorized|limit|cap|ceiling|authority', 'approve|approves … spend', 'can|could afford',
          // "So 2.000 € is our approved limit", "my partner has said OK to anything up to 2.000 €".
          'our|my|the approved|authorised|authorized|agreed limit|ceiling|maximum', 'said ok|yes to anything up to',
          // "Allowance" stems to "allow": only as the place the money comes from.
          'from the? … allowance', 'envelope',
          // A builder's priced sum for the work: "Concrete allowance in their tender build-up is €440,000".
          'allowance in|for their|the|its … tender|bid|estimate|budget', 'allowance in|for their|the|its build up', 'allowance in|for their|the|its cost plan', 'allowance be|of about|around|roughly? $|€|£|¥|₹ #', 'pot of money', 'marketing|relaunch|project|event|training|campaign|innovation pot', 'come|comes out of that|it|this pot|budget',
          'covered|paid|funded|financed by|from|out of the? … plan|budget|round|reserve|reserves|grant|fund|funds|capex|opex|allowance',
          'series a|b|c|d', 'funding round', 'seed round', 'raised … million|round|capital',
          // Who pays, in a family or a small firm: "Mei's father is paying for photography", "Sandra offered to top it up".
          'be paying for', 'pick|picks|picking up the bill|tab|cost', 'foot|foots|footing the bill', 'top|tops|topping it|this|that up', 'chip|chips|chipping in',
          'come|comes|coming|paid|pay|paying out of … savings|budget|pocket|fund|funds|allowance|reserve|reserves|account|capex|opex|grant', 'from … savings',
          'have|has|got … to spend', 'can|could spend', 'put|putting aside|by', 'saved|saving up', 'their limit|max|maximum|ceiling|cap',
          // Outline shorthand for the money line: "$$: equipment line, pre-approved $350k".
          '$|€|£ $|€|£', 'spend up to', 'willing|prepared|able to spend|pay up to',
          // A body releasing a sum: "The Finance Committee sanctioned ₹1,26,00,000", "the board approved €2M", "the sanctioned amount".
          'sanctioned|approved|authorised|authorized|allocated|earmarked|released|voted $|€|£|¥|₹', 'sign|signed|signs off $|€|£|¥|₹ #', 'have|has signed off $|€|£|¥|₹ #', 'sanction|sanctioned amount|sum|budget|figure|spend',
          'from the? … grant|grants|subsidy|endowment|appropriation',
          // A sum set aside in a year's programme: "A$700k in the FY25 vegetation programme".
          '$|€|£|¥|₹ # in|from the|their fy* … programme|program|budget|line|fund|allocation|plan',
        ],
        examples: ['A$700k in the FY25 vegetation programme.', 'So 2.000 € is our approved limit.', 'Jordi, my partner, has already said OK to anything up to 2.000 €.', "They've got roughly £3k put aside for this.", 'Their limit for photography is £2,000.', "Mei's father, Wen Liang, is paying for photography and video.", 'Sandra has offered to top it up.', "It's coming out of their joint savings.", 'They told us the rent is covered by the Series A operating plan.', 'The money comes from the FY26 IT allowance.', 'Concrete allowance in their tender build-up is €440,000 (Ciara said so on the call).', 'Their aggregates allowance in the TMR tender is about $4.2M.', 'Where is the money coming from? Their build budget.', 'He approves tooling spend up to $400k a year.', 'The Finance Committee sanctioned ₹1,26,00,000 for three years from the TEQIP grant.'],
      },
      {
        why: "What the money is today in other languages: the current spend (\"1.156.200 € ao preço atual\", \"gasto anual\", \"dépense annuelle\").",
        phrases: ['ao preço atual', 'ao preco atual', 'al precio actual', 'au prix actuel', 'al prezzo attuale', 'zum aktuellen preis', 'gasto atual|actual|anual', 'spesa attuale|annua|annuale', 'dépense actuelle|annuelle', 'depense actuelle|annuelle', 'jährliche ausgaben', 'aktuelle ausgaben'],
        examples: ["A 820.000 kg, são 1.279.200 € por ano, contra 1.156.200 € ao preço atual."],
      },
    ],
  },
  {
    tag: 'needs',
    why: 'Why they are buying (or, for a buyer, why we are): the problem, the pain, the requirement.',
    groups: [
      {
        why: 'Needs, pains and requirements by name.',
        phrases: [
          'need', 'needs', 'pain', 'pains', 'pain point', 'problem', 'problems', 'requirement', 'requirements', 'require', 'requires',
          'must have', 'must haves', 'non negotiable', 'non negotiables', 'business case', 'use case', 'business|key|buying driver|drivers', 'goal', 'goals',
          // Shorthand in outlines: "## 2. Reqs (ours)".
          'req', 'reqs', 'reqt', 'reqts', 'reqmts', 'what matter|matters to they|them|we|us', 'matter|matters most',
          // A want with its reason, and demand they hear: "he wants stock that doesn't sit on a ship, because…", "shoppers keep asking".
          'fed up with|of', 'sick|tired of|with', 'unhappy|frustrated|annoyed with|about|by', 'want|wants … because|since', 'keep|keeps asking for|about', 'keep|keeps asking',
          'they|he|she want|wants a|an|one|someone|somebody|something|more|less|fewer|proper|real|every|all|nobody|no',
          // "What they are after: fill the shop and get a food/pharma reference."
          'what they|he|she be after', 'they|he|she be after a|an|the|more|less|some',
          // The question a plan answers with their needs: "…and why do they want this?"
          'why do|does|did they|he|she want|need|buy|care', 'why they want|need|buy|care',
          // A label naming whose wants follow: "What Meridian wants: one BPA instead of eight quotes".
          'what … want|wants|need|needs :|—', 'what … want|wants|need|needs out of|from this|the|it',
          'objective', 'objectives', 'priority', 'priorities', 'prioritise', 'prioritize', 'care about', 'cares about', 'struggl*', 'bottleneck', 'challenge', 'challenges',
          'issue is', 'headache', 'headaches', 'biggest issue|problem|risk|worry|concern|complaint', 'call|calls for', 'looking for', 'looking to', 'trying to', 'hoping to', 'want to', 'wants to',
        ],
        examples: ["They're fed up with their current supplier missing deliveries.", 'What Meridian wants: one BPA instead of eight station-level quotes.', 'They want a photographer who stays out of the way.', 'Their buyer wants Australian milk on the shelf because shoppers keep asking.', 'Reqs (ours)', 'What matters to them is that the grandparents are in the photos.', 'Needs, in order: (1) uptime, (2) one invoice.', 'Second need: one place for build logs.', 'Peak contract calls for 2,000 extra pallet spaces.'],
      },
      {
        why: 'Why the deal is happening at all: why they buy, why now, what it costs them to wait.',
        phrases: [
          'why they are|be buying', 'why they buy', 'why we are|be buying', 'why we buy', 'why buy', 'why now', 'why change',
          'why this', 'reason to buy|change', 'cost of doing nothing', 'cost of inaction|delay', 'status quo cost|costs', 'outage', 'outages',
          'downtime', 'backlog', 'manual work', 'audit finding', 'audit findings', 'lose|losing|lost … day|days|hours|customers|revenue|deals|money',
          'must|need|needs … replace|reduce|cut|fix|consolidate|migrate|modernise|modernize|automate|improve|speed|comply|scale|retire|standardise|standardize|lower|shorten|solve|eliminate|move|switch|upgrade|exit|expand|meet|pass', 'have|has to … replace|reduce|cut|fix|consolidate|migrate|modernise|modernize|automate|improve|speed|comply|scale|retire|standardise|standardize|lower|shorten|solve|eliminate|move|switch|upgrade|exit|expand|meet|pass',
        ],
        not: ["They've fixed the dates.", 'Duggan will say the order has raised drivers pay.', 'Price objection'],
        examples: ["Why they're buying: the old system dies in June.", 'We must move off the current printers before the lease ends.', 'Initech must replace its ticketing tool.', 'They lose release days hunting through three systems.'],
      },
    ],
  },
];
