/**
 * Openness: hard constraints, and whether we share them early or keep them back; common ground.
 *
 * A constraint is a limit the deal must respect whatever is agreed — legal, regulatory, policy,
 * security, capacity, approvals — that the other side will meet anyway. Our own numbers (the
 * walk-away, the budget, a red line) and our own pressure (a quarter-end deadline, how much we
 * want the deal) are not constraints: keeping those private is ordinary negotiating.
 */
import type { Family } from '../types.js';

// Words of telling, for "don't raise it", "only mention it if…", "tell them after they sign".
const TELL = 'mention|raise|tell|disclose|reveal|share|volunteer|flag|surface|admit|introduce|table|bring|discuss|explain|confirm|acknowledge';

// Telling them something, in words that never describe a confidentiality rule: "don't mention", "won't raise".
// Not "surface": "so it does not surface at go-live" says what telling early prevents.
// Not "bring": "the evening tenants don't bring" (traffic) withholds nothing; "not bring … up" is its own entry.
const QUIET_TELL = 'mention|tell|volunteer|flag|admit|table|introduce';
// The core verbs of telling, for "raise it after they sign": "confirmation … after the visit" is not a plan to tell late.
const LATE_TELL = 'mention|raise|tell|disclose|reveal|share|flag|surface|admit|volunteer';

export const openness: Family[] = [
  {
    tag: 'constraint',
    why: 'A limit the deal must respect whatever is agreed: legal, regulatory, policy, security, capacity, approvals.',
    groups: [
      {
        why: 'Law, regulation and compliance regimes.',
        phrases: [
          // The law, not the people who read it: "legal requirement", "Legal: …", but not "their legal team spots the gap".
          'legal requirement|requirements|obligation|obligations|limit|limits|restriction|restrictions|constraint|constraints|reason|reasons|duty|risk|hold|position|advice|framework|basis|grounds|cap',
          'legal :|—|says|said|insist|insists|require|requires|need|needs', 'legal will|would|can|do not',
          // "Legally" stems like "legal": it needs what the law does.
          'legally binding|required|obliged|allowed|permitted|prohibited|bound|mandated|cannot', 'legally can not', 'law', 'laws', 'statutory', 'regulation', 'regulations', 'regulatory', 'regulator', 'regulators', 'regulated', 'compliance', 'compliant', 'gdpr', 'dsgvo', 'data protection', 'data residency',
          // Supply-chain duties the deal must meet: "LkSG: Brandt has to sign our supplier Code of Conduct".
          'lksg', 'supplier code of conduct', 'code of conduct', 'supply chain act|law', 'due diligence act|law|obligations', 'modern slavery act|statement', 'cbam', 'csrd', 'eudr',
          // A public consent that caps what we can do: "Our Regional Council consent caps us at 420 cows because of the nitrogen limits".
          'consent cap|caps|limit|limits|condition|conditions|allow|allows|restrict|restricts', 'resource|planning|council|environmental|water consent', 'nitrogen|emission|emissions|discharge|noise limit|limits|cap|caps',
          // Personal data leaving the EU needs its paperwork: "their DPA would need SCCs", "a transfer impact assessment".
          'scc', 'sccs', 'standard contractual clauses', 'data transfer|transfers', 'transfer impact assessment',
          // Privacy laws by name, and data crossing a border: "our SOC and log storage sit in Lisbon (POPIA cross-border transfer)".
          // Product and sourcing rules by name: "our new EUDR deforestation-free sourcing requirement".
          'eudr', 'deforestation free|regulation|rules', 'cbam', 'rohs', 'weee', 'csddd', 'supply chain act', 'lieferkettengesetz',
          'popia', 'pdpa', 'pipeda', 'ccpa', 'cpra', 'lgpd', 'dpdp', 'appi', 'pipl', 'cross border transfer|transfers|data|processing', 'log|data storage sit|sits|is|are in',
          'residency', 'data sovereignty', 'privacy', 'hipaa', 'sox', 'pci', 'fedramp', 'dora', 'nis2', 'soc #', 'soc2', 'iso #',
          // Where their data lives: "Our data for Coastal is hosted in our Singapore region until Sydney goes live".
          'data … hosted|stored|processed|held in|outside',
          // "so driver and location data leaves Nigeria": data crossing a border is a residency question.
          'data … leave|leaves|leaving', 'data … cross|crosses|crossing the? border|borders',
          // "Our SaaS runs in AWS Frankfurt only": where the service can run is a limit.
          'run|runs|hosted|stored in … only', 'run|runs|hosted|stored only in', 'no on premise|premises|prem option|version|install|installation|deployment',
          // "MOM wants a tenancy agreement running past jun 2026 for mei's dependant pass": a visa or permit we need.
          'visa', 'visas', 'work permit', 'residence permit', 'dependant|dependent pass', 'employment pass', 'immigration',
          // "the temporary Abu Dhabi vendor permit": a licence the work needs.
          'the|a|an|our|their|vendor|trade|work|building|import|export|temporary|event permit|permits', 'hosted|stored|processed in|outside our|the|their? … region|country|cloud|eu|us',
          'security review|questionnaire|requirement|requirements|policy|assessment|audit|standard|standards|clearance', 'infosec', 'pen test', 'penetration test',
          // What a border or a label requires: "the UK now wants a UK importer address on the label", "customs clearance".
          'importer address', 'importer of record', 'labelling|labeling rule|rules|requirement|requirements|law|laws|regulation|regulations', 'customs clearance|declaration|declarations|requirement|requirements|rules',
          'export control', 'export controls', 'export licence|license', 'dual use', 'sanction', 'sanctions', 'sanctioned', 'embargo', 'embargoes', 'itar', 'certification', 'certifications', 'certified', 'certificate', 'accreditation', 'accredited', 'audit',
          'licen* … restriction|restrictions|restricted|restricts|requirement|requirements|condition|conditions|term|terms|bar|bars|ban|bans|prohibit|prohibits|prohibited', 'master licence|license', 'individual licence|license',
        ],
        examples: ['The UK now wants a UK importer address on the label for food coming from the EU.', 'Our Waikato Regional Council consent caps us at 420 cows because of the nitrogen limits.', 'Our platform runs on AWS Frankfurt, so driver and location data leaves Nigeria.',
          "Under the Copyright Act as amended in 2012, his right to royalties can't be assigned away.", 
          'Our data stays in EU data centres under our data protection policy.',
          "Our Canadian region won't be live until Q3, which matters under Quebec's Law 25.",
          'Our export-control classification for the ASIC means deliveries need an individual licence.',
        ],
      },
      {
        why: 'Company policy, approvals and authority: what we may not agree to without someone else.',
        phrases: [
          // "every contract cleaner has to be paid at least €14.80 an hour": a wage the contract must pay.
          'living|minimum wage', 'wage floor', 'paid at least', 'pay at least $|€|£|¥|₹ # an|a|per hour',
          'policy', 'policies',
          // A rule that binds the deal, by whose it is or what it governs; not "the same trading rules apply" to our moves.
          'group|company|corporate|internal|house|firm|bank|state|federal|eu|government|residency|compliance|export|tax|legal|data|security|privacy|procurement|tender|sanctions|audit|accounting|safety|labour|labor|competition|customs|disclosure|spending|pricing|discount|credit|payment|approval|ethics|gift|gifts|conflict|insurance|fund|funding|grant|union|coop|cooperative|member|members|ownership|investment rule|rules',
          'rule|rules say|says|require|requires|forbid|forbids|prohibit|prohibits|allow|allows|mean|means|cap|caps|limit|limits|bar|bars|stop|stops', 'under the|our|their rule|rules', 'by the rule|rules', 'rule|rules of the|our',
          'board approval', 'board sign off', 'sign off limit', 'approval limit|threshold|level|process|policy|rule|rules',
          'board|cfo|legal|executive|management|internal|regulatory|committee|council|cabinet|ministry|trustee|trustees|governors|senate approval', 'need|needs|require|requires|subject … approval|approvals', 'need|needs|require|requires|subject … sign off',
          'signing|signature authority', 'delegation of authority', 'deal desk',
          // Public-sector and corporate governance: "under our SFIs anything over £400,000 has to go to Trust Board".
          // A decision of an elected body binds a public buyer: "the kommunestyre decision from March", "the council resolution".
          'council|municipal|municipality|kommunestyre|assembly|cabinet|parliament|senate decision|resolution|mandate|mandates|rule|rules|bylaw|bylaws',
          'standing financial instructions', 'sfi', 'sfis', 'scheme of delegation', 'delegated authority', 'has|have to go to … board|committee|cabinet|council',
          'go|goes|going to … board|committee|cabinet for approval|sign off', 'ir35', 'off payroll', 'status determination', 'discount approval|authority|policy', 'pricing policy',
          'standard terms', 'standard contract', 'payment terms policy', 'frozen', 'freeze', 'freezes', 'budget cycle', 'fiscal year', 'financial year',
          // A budget fixed above us: "The A$8.8M tyre line is locked by the board, no top-ups in the year".
          'locked|fixed|capped|set by the|our board|cfo|finance|council|committee|parent|group|treasury', 'no top up|ups', 'no uplift|uplifts', 'cannot be topped up', 'can not be topped up',
          // A contract that binds us already: "I'm still bonded until 31 March for the diploma", "my notice period", "a non-compete".
          'bonded until|to|for', 'study|training|service|retention bond', 'notice period', 'non compete', 'non solicit*', 'restrictive covenant|covenants',
          'minimum term', 'minimum commitment', 'minimum order', 'moq', 'liability cap', 'cap on liability', 'limitation of liability',
          'unlimited liability', 'indemnit*', 'insurance', 'insurer',
          // The insurer in the plan's language: "onze verzekeraar eist vanaf 2026 een extra brandtest", "unser Versicherer verlangt…".
          'verzekeraar', 'verzekering eist', 'versicherer', 'assureur', 'aseguradora', 'seguradora', 'assicuratore', 'assicurazione richiede',
          'works council', 'union', 'collective agreement', 'escrow',
          // Pay the law sets, and a framework's own limits: "the Sectoral Determination 6 minimum wage increase", "LOU:
          // framework max price per unit = 9,250".
          'minimum wage', 'statutory wage|wages|increase|increases|minimum', 'sectoral determination', 'wage determination', 'award rate|rates',
          // A deadline a funder or a regulator sets for us: "the operating agreement has to be signed by March 14, or the provincial
          // cost share is at risk"; a certificate in renewal: "A certificação FSC está em reauditoria".
          // The law in the plan's other language ("Ley de Torres", "Lei", "Gesetz"), a filing the law makes compulsory, and a
          // third party's requirement the deal must meet ("Northbeam's first-look deal requires that…").
          'ley|leyes|legge|gesetz|loi|prawo|zákon|zakon',
          // "Under the Copyright Act as amended in 2012, his right to royalties can't be assigned away".
          'under the|our|their … act|acts|directive|statute|code of practice', 'can not|cannot be assigned|waived|transferred', 'mandatory|compulsory|statutory notice|notification|permit|permits|filing|consultation|approval|approvals|registration',
          'require|requires that', 'first look deal|agreement', 'the|our|their|its … requirement|requirements',
          'cost share|funding|grant|subsidy … at risk', 'operating agreement', 'funding agreement', 'grant agreement', 'certificação', 'certificado', 'zertifikat', 'certificat', 'certificado|certificação|certification … reaudit*|renov*|renewal|lapse*|expired|expires',
          'framework max|maximum|cap|ceiling|terms|rules|conditions', 'framework price cap', 'lou', 'procurement act|law|rules|regulations', 'public procurement',
          // A tender threshold the contract value must stay under: "the European threshold", "Aanbestedingsgrens", "Schwellenwert".
          'tender|procurement|european|eu|legal|regulatory|public threshold|thresholds', 'aanbestedingsgrens', 'aanbestedingsdrempel', 'europese drempel', 'schwellenwert', 'eu schwellenwert', 'seuil européen|europeen', 'seuil des marchés|marches', 'soglia comunitaria|europea|di gara', 'umbral europeo|comunitario',
          // A regulator's sign-off we lack: "no second source validated with ANSM before 2028 (the variations are not filed yet)".
          'validated|registered|approved with the? ansm|fda|ema|mhra|tga|anvisa|pmda|regulator|authority|authorities', 'variation|variations|dossier|filing|filings … not filed|submitted|approved',
          // Money we may spend only after a body of ours meets: "our budget is only released when our board meets on 18 September".
          'released|approved|unlocked when|after|once|until our|the board|committee|council meet|meets|sits',
          // A production rule's minimum: "c'è un minimo di 600 metri per colore (regola di tintoria)", "a minimum of 500 per run".
          'a minimum of # … per colour|color|run|batch|order|production', 'un minimo di # … per colore|ordine|lotto|tintura', 'un mínimo de # … por|per color|pedido|lote', 'regola di|della|del|aziendale', 'regla de|del|de la|interna', 'règle de|du|de la|interne', 'regra de|da|do|interna',
          // Tax the law makes us deduct, and a lender's conditions: "we deduct income tax at source", "the bank added a condition".
          'withholding tax', 'tax at source', 'income tax', 'tax deducted|deduction|deductions', 'deduct … tax',
          'bank|lender|lenders|investor|investors|funder|funders|financier|covenant … condition|conditions|consent|approval', 'covenant', 'covenants',
          // A financier's release on its own terms: "the bank only releases the lease if the invoice is dated before 31 March".
          'only release|releases|disburse|disburses|fund|funds the|our? lease|leasing|loan|funds|funding|financing|money',
          'without their|its|the|our … written ok|consent|approval',
          // Credit policy and security the deal must carry: "Credit Risk will require a security deposit".
          'credit risk|check|policy|limit|approval|committee', 'security deposit', 'bank guarantee', 'parent company guarantee', 'letter of credit',
          // A body of ours that has fixed a limit: "Our board has capped any BSA at 12 months this year".
          'board|policy|committee|cfo|management|group|headquarters … cap|caps|capped|limit|limits|limited|ban|bans|banned|forbid|forbids|prohibit|prohibits',
          // Someone else's requirement the deal must meet: "the SBA lender needs a landlord waiver", "the export buyer wants an AZO-free test report".
          'lender|bank|insurer|lessor|funder|regulator … need|needs|require|requires|insist|insists', 'test|inspection|lab|audit report|reports|certificate|certificates',
          'lab test|tests|testing', 'testing requirement|requirements',
          // Our financing binds the deal too: "our lending facility requires every franchisee to give a personal guarantee".
          'lending|loan|credit|banking facility|agreement|covenant|covenants', 'loan terms', 'covenant', 'covenants',
          // A duty another party's terms put on us: "The owner's contract makes us hold 10% retainage on every supplier".
          'contract|contracts|policy|law|owner|client|board|bank|lender|regulator|funder … make|makes|made|force|forces|forced|oblige|obliges|obliged us|me', 'retainage',
          // An approval threshold: "Leases above KES 100M total value go to the Board".
          'above|over|beyond $|€|£|¥|₹ # … go|goes to the? board|committee|cabinet|council|trustees', 'above|over|beyond $|€|£|¥|₹ # … to the board|committee|cabinet|council|trustees',
          // "Our procurement bylaw sends any contract over $3,000,000 in total value to the Board".
          'bylaw|bylaws|statute|statutes send|sends|require|requires|refer|refers',
          // Rights another party already holds: "the Atlantic Bank sponsor clause (title sponsor gets rights to use all recordings)".
          'sponsor|sponsorship|exclusivity|partner|broadcaster clause|clauses|rights', 'recording|broadcast|filming|streaming|image|media rights',
          // A budget that lapses: "FY closes 30.09. and unplaced money falls back to the central pot".
          'fy close|closes|end|ends', 'fiscal|financial year close|closes|end|ends', 'unspent|unplaced|unused money|budget|funds … fall|falls|go|goes|revert|reverts back', 'use it or lose it',
          // A permit we lack: "The Town of Orillia still hasn't issued my mobile business licence".
          'not issue|issued|grant|granted|approve|approved … licence|license|permit|certificate|certification|registration', 'licence|license|permit|registration … not yet|pending|missing|outstanding|lapsed|expired',
          // A permit's limit below what the deal needs: "Our RENASEM/MAPA registration for AGT 6315 covers 38.000 bags this season, not 42.000".
          'registration|licence|license|permit|certificate|certification|quota … cover|covers|allow|allows|limit|limits|cap|caps … #',
          // How we are set up to be billed: "each farm gets its own invoice and pays its own bill".
          'its|their own invoice|invoices', 'invoiced|billed separately',
        ],
        examples: ['I am still bonded until 31 March for the diploma the hospital paid for.', 'The contract value has to stay under the European threshold.', 'The second foil source still has to be validated with ANSM.', 'Our H2 marketing budget is only released when our board meets on 18 September.', "Per i colori fuori cartella c'è un minimo di 600 metri per colore (regola di tintoria).", 'Onze verzekeraar eist vanaf 2026 een extra brandtest op elke nieuwe accupack.', 'Board policy bans performance penalties.', 'The bank only releases the lease if the invoice is dated before 31 March.', "The owner's contract makes us hold 10% retainage on every supplier and sub until substantial completion.", 'Leases above KES 100M total value go to the Board, which next sits on 18 July.', 'Our procurement bylaw sends any contract over $3,000,000 in total value to the Board (at target this one is about $3.7M).', "The Town of Orillia still hasn't issued my mobile business licence.", 'Budget note: FY closes 30.09. and unplaced money falls back to the central pot.', 'Keep quiet about the Atlantic Bank sponsor clause until the contract is on the table.', "We're not an LLC or a co-op, so each farm gets its own invoice and pays its own bill.", 'Our board has frozen any new supplier commitment longer than 24 months.', 'Under our SFIs anything over £400,000 a year has to go to Trust Board.', 'Off-payroll working (IR35): our status determination is inside IR35.'],
        not: ['Our walk-away is $310k.', 'Our red line is $74,000.', 'Our minimum of €80k is ours to keep.', 'Our quarter-end deadline is 30 June.', "Don't reveal our ceiling or the approved capex amount."],
      },
      {
        why: 'What we cannot do or deliver, whatever the price: restrictions, bans, capacity and lead times.',
        phrases: [
          'hosting|data|legal|capacity|liability|regulatory|export|licence|license|usage|credit|approval|signing|discount limit|limits|restriction|restrictions|cap|caps',
          // "Legal has made the new Modern Slavery clause mandatory for all contracts".
          'mandatory', 'compulsory', 'obligatory', 'required by law|regulation|policy',
          'constraint', 'constraints', 'restriction', 'restrictions', 'restricted', 'restricts', 'prohibit', 'prohibits', 'prohibited', 'forbid', 'forbids', 'forbidden', 'not allowed', 'not permitted',
          'ban', 'bans', 'banned', 'bar', 'bars', 'barred', 'capacity limit|constraint|cap', 'lead time', 'lead times',
          'cannot deliver|supply|host|ship|staff|guarantee|grant|sign|accept|provide|store|process|transfer', 'can not deliver|supply|host|ship|staff|guarantee|grant|sign|accept|provide|store|process|transfer',
          'can only deliver|supply|host|ship|staff|produce|store|process|invest|buy|contract|lend|pay',
          // What the site or the kit can bear: "Eurexpo rigging: 750kg/point max", "floor load limit 5 kN/m²".
          'rigging|load|loading|weight|floor|power|height … limit|limits|max|maximum|capacity', 'rigging|load|loading|weight|floor|power|height :|— … limit|limits|max|maximum|capacity',
          // A quality limit the goods must meet: "Our DON (vomitoxin) limit at intake is 2 ppm", "moisture max 14%".
          'limit|limits|max|maximum at intake|delivery|receipt', 'intake limit|limits|spec|specification|standard', '# ppm|ppb', 'moisture|aflatoxin|mycotoxin|residue … limit|limits|max|maximum',
        ],
        examples: [
          "Our UK master licence means we can't grant any exclusive radius within two miles.", "Eurexpo rigging: 750kg/point max → the flown LED wall as spec'd won't hang.",
          'Our distribution deal with Vantage bars lyric display in Japan.',
          'Our SPV is a Delaware LLC and can only invest in a Delaware C-corp.',
          'Our DON (vomitoxin) limit at intake is 2 ppm because of the DDGS feed contracts.',
        ],
        not: ['We cannot go below $74,000.'],
      },
      {
        why: 'German plans: laws, rules and what is not allowed ("erlaubt keine Anzahlung über 10 %").',
        phrases: [
          'erlaubt keine|kein|nicht', 'nicht erlaubt|zulässig|gestattet', 'verboten', 'gesetz', 'gesetzlich', 'vorschrift', 'vorschriften',
          'richtlinie', 'richtlinien', 'datenschutz*', 'revdsg', 'genehmigung', 'auflage', 'auflagen',
        ],
        examples: ['Unsere Zahlungsrichtlinie erlaubt keine Anzahlung über 10 % des Auftragswerts.'],
      },
      {
        why: 'Dutch plans: duties, laws and what is not allowed ("DNB-meldplicht", "verplicht exitplan").',
        phrases: ['verplicht', 'verplichte', 'verplichting', '*meldplicht', 'niet toegestaan', 'verboden', 'wettelijk', 'wettelijke', 'regelgeving', 'richtlijn', 'richtlijnen', 'vergunning'],
        examples: ['DNB-meldplicht uitbesteding + verplicht exitplan (EBA-richtlijnen).'],
      },
      {
        why: "French, Spanish, Portuguese and Italian duties and rules: \"notre DPO exige un hébergement certifié HDS\", \"obligatoire\", \"vietato\".",
        phrases: ['exige', 'exigent', 'obligatoire', 'interdit', 'interdite', 'réglementation', 'reglementation', 'réglementaire', 'obligatorio', 'obligatoria', 'prohibido', 'normativa', 'obrigatório', 'obrigatorio', 'proibido', 'obbligatorio', 'obbligatoria', 'vietato', 'per legge', 'por ley', 'de par la loi'],
        examples: ["Notre DPO exige un hébergement certifié HDS en France."],
      },
      {
        why: "Permits and consents the deal depends on: \"the council needs the owner's written consent on the application\", \"the liquor licence is up for renewal\".",
        phrases: ['council|regulator|authority|municipality|ministry|planning … need|needs|require|requires … consent|approval|permit|permission|sign off', "owner's|owners|landlord's|landlord|freeholder's written consent", 'written consent', 'planning permission|consent', 'building|operating|trading|footpath|liquor|import|export|resource permit|permits|licence|license|licences|licenses|consent'],
        examples: ["The council needs the owner's written consent on the application.", "Our footpath licence is up for renewal in August."],
      },
      {
        why: "A budget cycle the deal must fit: money that has to be committed by a date or it is gone (\"Engagement of the 2026 budget has to be done before 14 November (fin de gestion)\").",
        phrases: ['budget cycle', 'budget … committed|engaged|obligated|encumbered|spent … before|by', 'engagement|commitment of the? … budget', 'fin de gestion', 'clôture budgétaire', 'use it or lose it', 'year end spend'],
        examples: ["5.1 Engagement of the 2026 budget has to be done before 14 November (fin de gestion).", "The grant money must be committed by 31 March or it lapses: use it or lose it."],
      },
      {
        why: "A consent the deal needs from someone outside it: \"Frank's consent is needed to assign the lease to Declan\", \"the assignment needs the landlord's consent\".",
        phrases: ['consent be|is needed|required', 'consent to assign|assignment|transfer|sublet|sub let', 'need|needs|require|requires … consent', 'assignment|transfer of the lease'],
        examples: ["Frank's consent is needed to assign the lease to Declan.", "The assignment needs the landlord's consent."],
      },
    ],
  },
  {
    tag: 'withhold',
    why: 'Keeping something back: not telling it, telling it late, or only if they ask.',
    groups: [
      {
        why: 'What they told us is no telling of ours: "Neha told us they had 14 late pickups in June".',
        idiom: true,
        phrases: ['told|tells|tell us|me … after|once|later|late|until|till', 'told|tells us|me that … after|once|later|late|until|till'],
        examples: ["Neha ma'am told us they had 14 late pickups in June."],
      },
      {
        why: 'Tax withheld at source is money, not silence: "Brazil withholds 15% income tax on royalties; we withhold from the advance".',
        idiom: true,
        phrases: ['withhold|withholds|withheld|withholding # %? … tax|taxes', 'withholding tax|taxes', 'tax|taxes … withhold|withholds|withheld', 'withhold|withholds|withheld from it|them|advances|payments|royalties|fees|invoices', 'withhold|withholds|withheld from the|each|every|our|their advance|payment|royalty|fee|invoice'],
        examples: ['Brazil withholds 15% income tax on advances and royalties remitted abroad; the advance is quoted gross and we withhold from it.'],
      },
      {
        why: 'Money held back is a retention, not silence: "for capex over ¥30,000,000 we hold back 10% until the acceptance test is passed".',
        idiom: true,
        phrases: ['hold|holds|holding|held back # %', 'hold|holds|holding|held back $|€|£|¥|₹ #', 'hold|holds|holding|held back a|the retention|deposit|payment|part|portion'],
        examples: ['Company rule: for capex over ¥30,000,000 we hold back 10% until the acceptance test is passed.'],
      },
      {
        why: 'Not telling: hiding, keeping quiet, not raising it.',
        phrases: [
          // "Not to be raised until pricing is agreed": the negative is the holding back.
          'not|never to? be? raise|raised|mention|mentioned|disclose|disclosed|share|shared|discuss|discussed|reveal|revealed|tell|told|flag|flagged until|before',
          // "Don't share/disclose" is also how a confidentiality rule reads ("we do not share customer data with third
          // parties"): those verbs count only when what is kept back is told to them, or now.
          // "Don't raise" alone is as often about the price ("→ don't raise, talk value"): raising a topic names it.
          `not ${QUIET_TELL}`, 'not raise it|this|that|these|those|them|until|unless|before|yet|now|with|early|upfront', 'not raise … until|unless|before|till', 'not disclose|reveal|share|discuss|explain|confirm … it|this|that|these|those',
          'not disclose|reveal|share|discuss|explain|confirm … with|to them', 'not disclose|reveal|share|discuss|explain|confirm … yet|now|early|upfront',
          'not bring … up', 'not lead with', 'not put … on the table', 'keep|keeps|keeping … quiet|secret|hidden|back',
          'keep|keeps|keeping … to ourselves|myself', 'to ourselves|myself until|till|unless|initially', 'to ourselves|myself for now', 'to ourselves|myself at first', 'keep … under wraps',
          // "I'm not raising the council decision on Thursday": our plan for the meeting, said in the progressive.
          'be not raise|raising|mention|mentioning|flag|flagging|volunteer|volunteering|disclose|disclosing|bring|bringing the|our|this|that|it|any', 'keep … off the table|agenda', 'keep … out of the proposal|deck|conversation|discussion', 'keep … out of the commercial|price|pricing|first? talks|negotiation|discussion|conversation|meeting',
          // "Keep this out of the June 10 meeting", "Don't raise hosting in the BAFO": a named meeting or round it stays out of.
          'keep|leave it|this|that|them out of the|this|our|next|tomorrow … meeting|call|talks|negotiation|room', 'not raise … in|at the|our|this|next bafo|meeting|call|proposal|bid|talks|negotiation|room|tender|pitch', 'out of the commercial|price|pricing talks|negotiation|discussion until|till',
          'keep … in our pocket', 'back pocket', 'hold|holds|holding … back', 'hide', 'hides', 'hiding', 'conceal', 'concealed', 'concealing',
          // Withholding something from them, not a "withhold release order" (a customs measure).
          'withhold|withholds|withholding|withheld it|this|that|these|those|them|info|information|detail|details|our|until|unless|from', 'be withheld',
          'downplay*', 'play … down', 'gloss over', 'sweep … under', 'stay quiet|silent', 'say nothing', 'sit on it|this|that',
          'not need to know', 'need to know basis', 'let them find out', 'let them discover', 'surprise them', 'spring it|this on',
          'bury', 'small print', 'fine print',
        ],
        examples: ["Don't mention the data residency rule unless they ask.", 'We keep that to ourselves.', 'Our SaaS runs only in our Frankfurt cloud region, no on-premise option: we keep that off the agenda on 23 May.', "I'll keep that to myself until we've shaken hands on the price.", "I'd rather not bring that up."],
        not: [
          "Don't forget to mention the data residency rule.", 'We do not share customer data with third parties (GDPR).',
          "→ don't raise, talk value to them", 'No product from any factory subject to a withhold release order.',
        ],
      },
      {
        why: 'Telling only on demand: only if they ask, unless pressed.',
        phrases: [
          'only if|when|once … ask|asks|asked|press|pressed|push|pushes|raise|raises|request|requests|insist|insists|challenge|challenged|notice|notices',
          'only if|when|once … come|comes up', 'only if|when|once … find|finds out',
          `only ${TELL} … if|when|once`, 'unless … ask|asks|asked|press|pressed|push|pushes|request|requests|insist|insists|challenge|challenges|raise|raises|dig|digs|notice|notices|force|forces',
          'unless … come|comes up', 'unless … find|finds out',
          // "If they ask, we confirm it; otherwise it goes into the contract": told when asked, else later.
          'if|when they|he|she ask|asks|raise|raises|press|presses , we|i confirm|answer|tell|admit|explain|share|disclose', 'unless … bring|brings|bringing it|this|that up', 'not go|gonna to raise|mention|flag|bring|volunteer', `${TELL} … if|when asked|pressed|challenged`, // "index only on request with VPI evidence" applies a term on request; a telling on request is the holding back.
          `${TELL} … only on|upon request`, 'it|this|that|them|these|those only on|upon request', 'only if asked|necessary|needed',
        ],
        examples: ['We keep that to ourselves unless Helixdesk pushes for a three-year term.', 'We only bring it up if SingSpree ask about Japan specifically.', 'We share the audit report only on request.'],
        not: ['Company policy: no advance payments, no automatic price escalation — index only on request with VPI evidence.'],
      },
      {
        why: 'Telling late: after they sign, at the last minute, once they are committed.',
        phrases: [
          `${LATE_TELL} … after|once|later|late|until|till`, `${LATE_TELL} … at the end|last`,
          // "Then we bring it up at the end, when they're already committed."
          'bring|brings it|this|that|them up at the end|last', 'bring|brings it|this|that|them up once|after|when they be|re already|committed|signed', `${LATE_TELL} … post signature`, // Waiting for a stage of the deal, not for a month: "a five-year deal means waiting until November" is a consequence.
          'wait|waiting until|till … sign|signs|signed|signature|contract|contracts|redline|redlines|legal|paperwork|close|closing|commit|committed|award|end|later|last|ask|asks|asked|they',
          'hold off until|till', 'leave|save|park … for|until|till later', 'leave|save|park … for|until|till the? contract*|signature|redline*|end|legal|paperwork',
          // "We leave this out of the BAFO and bring it up only after award."
          'bring|brings it|this|that|them up … after|once|later|until', 'leave|leaves|keep|keeps it|this|that|them out of the|our? bafo|proposal|offer|bid|deck|tender|quote|submission|response',
          'at the last minute', 'eleventh hour', 'late in the process', 'later in the process', 'after the fact', 'down the line',
          // "Keep the certification for the kiln zone out of it until the PO is signed"; "it stays out of the deck".
          'out of it|this|that|things until|till', 'out of the conversation|discussion until|till', 'stay|stays|staying out of the|our? deck|proposal|offer|conversation|discussion|first',
        ],
        examples: ['We leave this out of the BAFO and bring it up only after award.', "Let them put the 36-month price on the table first, then we bring it up at the end when they're already committed.", "I'm not going to raise that with Alex unless their legal team brings it up.", 'Keep the liability cap quiet until they sign.', 'Raise it after they sign.', 'Keep this out of the June 10 meeting.', "Don't raise hosting in the BAFO.", 'Wait until signature to mention it.', 'We wait until they ask.'],
        not: ["Our co-op rules say a longer deal goes to a members' vote, so a five-year deal means waiting until November."],
      },
      {
        why: 'German plans: only if they ask, only at the contract stage, keep it to ourselves.',
        phrases: [
          'nur wenn|falls … fragen|fragt|nachfragen|nachfragt', 'erst … vertragsverhandlung|unterschrift|vertrag|vertragsabschluss|ende',
          'erst wenn|nachdem', 'verschweigen', 'nicht erwähnen|ansprechen|sagen', 'für uns behalten',
        ],
        examples: ['Das sagen wir Kronauer erst in der Vertragsverhandlung, und nur wenn sie nach Zahlungsbedingungen fragen.'],
      },
      {
        why: 'French, Spanish and Italian plans: not raising it, only if they ask, only after signing.',
        phrases: [
          "n'en parle pas", "n'en parlons pas", 'ne pas en parler', 'ne rien dire', 'ne dit rien', 'ne disons rien', 'garder … pour nous', 'sous silence',
          'seulement|uniquement si … demand*|question', 'sauf si … demand*|question', 'tant … pas demand*', 'tant … pas la question', 'après la signature',
          'no lo mencion*', 'no mencion*', 'no decir nada', 'solo si … pregunt*', 'a menos que … pregunt*', 'después de la firma', 'despues de la firma', 'guardar … para nosotros',
          'non ne parl*', 'non menzion*', 'non dire nulla', 'solo se … chied*', 'a meno che … chied*', 'dopo la firma',
        ],
        examples: [
          "On n'en parle pas tant qu'elles ne posent pas la question.", 'Solo si preguntan por la garantía.', 'Non ne parliamo a meno che non chiedano.',
        ],
      },
      {
        why: 'Dutch and Scandinavian plans: not naming it until the price is set, only if they ask or raise it themselves.',
        phrases: [
          'niet noemen|vermelden|melden|zeggen|aankaarten', 'niet ter sprake brengen', 'alleen als|wanneer … vragen|vraagt|beginnen|begint|aankaarten',
          // "Dat brengen we pas ter sprake als Voltara er zelf naar vraagt": only once they ask.
          'pas ter sprake als|wanneer', 'pas als|wanneer … vragen|vraagt|beginnen|begint', 'er zelf naar vraagt|vragen',
          'pas na|nadat … getekend|ondertekend|rond|akkoord', 'voor ons houden',
          'ikke nevne|nævne|si|sige', 'inte nämna|säga', 'bare hvis … spør|spørger', 'kun hvis … spør|spørger', 'bara om … frågar', 'endast om … frågar',
        ],
        examples: ['Dat brengen we pas ter sprake als Voltara er zelf naar vraagt.', 'DNB-meldplicht → niet noemen tot de prijs rond is; alleen als zij er zelf over beginnen.', 'Vi nevner det bare hvis de spør.'],
      },
      {
        why: "French plans: not bringing it out until the very end, once the price is settled (\"On ne le sort qu'à la toute fin, une fois le prix bouclé\").",
        phrases: ['qu à la fin', 'qu à la toute fin', 'à la toute fin', 'une fois le prix bouclé|signé|fixé|arrêté|accepté', 'ne le sort|sortons|dit|disons|mentionne|mentionnons qu', 'on le garde pour nous', 'pas avant la signature', 'après la signature'],
        examples: ["On ne le sort qu'à la toute fin, une fois le prix bouclé."],
      },
    ],
  },
  {
    tag: 'disclose-early',
    why: 'Sharing a constraint up front, before it can surprise anyone.',
    groups: [
      {
        why: 'Timing words for telling early.',
        phrases: [
          'up front', 'upfront', 'early', 'earliest', 'first thing', 'at the start', 'at the outset', 'on day one', 'from day one', 'from the start',
          'from the outset', 'before any figure|figures|number|numbers|price|pricing|offer|quote', 'before we talk price|numbers', 'before pricing',
          'in the first meeting|call|conversation', 'first meeting|call', 'kick off', 'kickoff', 'proactively', 'right away', 'straight away', 'at once', 'immediately', 'from the outset',
          'immediately', 'in the opening', 'in the proposal', 'in the rfp response', 'in writing', 'already told|shared|disclosed|know|knows',
          'said at the start', 'on the first call', 'in|into the|our first|initial proposal|offer|bid|quote|response|submission',
          // "…in the first proposal, not introduced at contract stage": the late telling ruled out is the early one planned.
          'not introduce|introduced|mention|mentioned|raise|raised|told|flag|flagged|left at|in|for|until the? contract|signing|signature|redline|award stage|phase',
          // Told already, or now rather than late: "told Sam today rather than later", "better he hears it now than at the last minute".
          'rather than later', 'now rather than', 'today rather than', 'now than', 'told|tell … today|now', 'told … on … call|meeting',
        ],
        examples: ['We raise both at the start of the meeting, before any figures.', 'Flag the liability cap on day one.', 'Talentory gets that in writing in my next email, before pricing.', 'Constraints we tell them at once', 'These are in the first proposal, not introduced at contract stage.'],
      },
    ],
  },
  {
    tag: 'common-ground',
    why: 'What both sides already want or have agreed: the footing for the rest.',
    groups: [
      {
        why: 'Their own sign-off, reported, is no agreement with us: "their Q4 budget — Priya says it\'s signed off".',
        idiom: true,
        phrases: ['say|says|said it be|have signed off|approved', 'budget be|have … signed off|approved'],
        examples: ["Comes out of their Q4 Camden series budget — Priya says it's signed off."],
      },
      {
        why: 'Shared aims by name.',
        phrases: [
          'common ground', 'common goal|goals|interest|interests|objective|objectives|aim|aims|purpose|cause', 'in common',
          'shared|mutual|joint goal|goals|interest|interests|objective|objectives|aim|aims|priority|priorities|concern|concerns|vision|understanding|benefit|outcome|agenda|success',
          'mutually agreed|beneficial|acceptable', 'same page', 'see|seeing|saw eye to eye', 'same wavelength', 'on the same side', 'want|wants the same', 'same goal|goals|objective|outcome|interest|interests',
          // "Things we already see the same way: the MVP scope…".
          'see|sees|seeing|saw|view … the same way', 'look at … the same way', 'agree on|about … already', 'already agree|agreed on|about|that',
        ],
        examples: ['Our shared goal is a go-live before winter.', 'We are on the same page about the scope.', 'I am glad about how much we already see eye to eye.', 'Things we already see the same way: the MVP scope.'],
      },
      {
        why: 'Both sides wanting the same thing: "both teams want the clusters gone".',
        phrases: [
          'both sides|parties|teams|companies|organisations|organizations|firms … want|wants|need|needs|agree|agreed|share|care|benefit|prefer|like|gain|win|aim|keen|eager|happy|committed',
          'both of us … want|wants|need|needs|agree|agreed|share|care|benefit|prefer|like|gain|win|aim|keen|eager|happy|committed',
          'both want|need|agree|agreed|share|care|benefit|prefer|like|gain|win|aim', 'we both', 'both of us', 'each side want|wants', 'we|they share … goal|goals|interest|view|views|concern|deadline|timeline|priority|priorities|ambition|vision',
        ],
        examples: ['We both want the depots live before winter.', 'Both teams want the Jenkins clusters gone by Q4.', 'Both of us want a three-year relationship.'],
      },
      {
        why: 'Points already settled between the sides: "already agreed", "we agreed the scope", "agreed at the viewing".',
        phrases: [
          'already|previously|tentatively|verbally|informally|provisionally|largely|broadly … agree|agreed|settled|resolved|accepted|aligned|confirmed|locked|closed|share|shares',
          'agreed so far', 'agreed to date', 'agreed upon|earlier|previously', 'agreed in principle', 'agreed at|during|on|last', 'as agreed', 'agreed:',
          'we|they|i agree|agreed', 'we|they|i … have|had agree|agreed|settled|resolved|closed|locked|fixed', 'and i|we|they agree|agreed', 'be agreed|settled|resolved|locked|aligned',
          'have|has|had been agreed|settled|resolved|accepted|locked', 'we be aligned', 'they be aligned', 'fully|broadly|closely aligned',
          // Not "fixed": "a supplement to be fixed at call-off" is a price set later.
          'agreed|locked|settled|confirmed at|during|in the? … visit|meeting|call|workshop|demo|viewing|session|review|round',
          // "They've already said yes to the start time."
          'already|previously … say|says|said yes|ok|okay', 'not in dispute', 'no longer in dispute|open|contested', 'where|what we agree', 'where|what we already agree', 'be signed off', 'have|has|had sign off on',
        ],
        examples: [
          'Already agreed at the February steering meeting: the hardware stays.',
          'Brandon and I agreed on the module list.',
          'Both teams are keen on a Q3 go-live.',
          "We've closed three of four issues.",
          'We and Wachters already share the goal of a stable team.',
          'Agreed at the viewing 30 Jul: units 4B + 4C.',
          'The SLA (99.9%) is already agreed.',
          "They've already said yes to the start time and the album.",
          'We already agreed on the scope and the start date last week.',
        ],
        // "Nothing is agreed until everything is agreed" and "we need to agree on price" carry the tag; the rule
        // reads them as hopes (`hypotheticalAt`), not as ground already won.
        not: ['We have not agreed on anything with Globex so far.', 'Walk-away agreed with finance: $74,000.'],
      },
    ],
  },
];
