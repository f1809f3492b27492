/** Trading: what we give, what we get for it, and the relationship problems a concession must not be used to fix. */
import type { Family } from '../types.js';

export const trading: Family[] = [
  {
    tag: 'give',
    why: 'Something we concede: money, scope, terms, effort.',
    groups: [
      {
        why: 'Where "free" names a property, not a gift: "12 m free height", "free span", "free cash flow", "duty free".',
        idiom: true,
        phrases: ['free height|span|spans|clearance|standing|float|cash|zone|port|trade', 'free floor space|area|height', 'clear|free internal height', 'duty|tax|vat|maintenance|fault|error|latency|carbon free'],
        examples: ['12 m free height vs. 10,5 m there, so more pallet positions per square metre.'],
      },
      {
        why: 'A measured fall in their numbers is no give of ours: "even a one-point drop is a lot of reversals avoided".',
        idiom: true,
        phrases: ['point|points|percent|pp drop|fall|decline'],
        examples: ['Even a one-point drop is a lot of reversals, arrears and angry supervisors avoided.'],
      },
      {
        why: 'Overtime in Spanish and Portuguese ("horas extra") is work done, not something extra given: "dejó de hacer horas extra los sábados".',
        idiom: true,
        phrases: ['horas extra|extras'],
        examples: ['despacho dejó de hacer horas extra los sábados'],
      },
      {
        why: 'A cut-off is a deadline, not a cut in price: "what a missed cut-off costs", "the 18:00 cut-off".',
        idiom: true,
        phrases: ['cut off|offs', 'cutoff|cutoffs'],
        examples: ["I'll walk them through what a missed cut-off costs: 11 misses in Q3.", 'The Gardermoen cut-offs every night.'],
      },
      {
        why: 'Verbs and nouns of conceding.',
        phrases: [
          // A commitment we take on for them: "We keep the Lausanne office open for at least three years".
          'we|i will? keep … open for|until|through', 'we|i will? keep … running for|until|through',
          // Letting them use what is ours: "We're fine with them using our wedding photos on their Instagram".
          'fine|happy|ok|okay with they using|taking|keeping|publishing|sharing our|my', 'let|allow they use|publish|share our|my',
          'give', 'concede', 'concession', 'offer', 'add', 'include', 'throw in', 'chuck in', 'toss in', 'bung in', 'waive', 'extend', 'allow', 'grant', 'accept',
          'agree to', 'drop', 'absorb', 'cover', 'pay for',
          // Payment terms moved for them: "we will move Kite & Harbour from our standard 60-day payment terms to 30 days".
          '# day payment terms to # days|day', 'payment terms from # … to # days|day', 'passamos|pasamos|mudamos|cambiamos o|el pagamento|pago de #',
          // Money sooner than due: "we'll pay mobilization on signing", "we pay 30% up front".
          'we|i will? pay … on signing|signature|award|order', 'we|i will? pay … upfront|early|sooner', 'we|i will? pay … up front|in advance',
          // "We'll put a dedicated coordinator on site, at our cost": what we pay for them.
          'at our|my own? cost|expense',
          // The same in German, Dutch, French and Spanish: "auf unsere Kosten", "op onze kosten", "à nos frais", "a nuestro cargo".
          'auf unsere kosten', 'zu unseren lasten', 'kostenlos', 'ohne aufpreis', 'op onze kosten', 'à nos frais', 'a nos frais', 'à notre charge', 'a nuestro cargo', 'a nuestra costa', 'por nuestra cuenta',
          // Paying for something of theirs: "we will fund a nurse-led support service", "sponsor their user day".
          'fund|sponsor|finance a|an|the|their|two|three',
          // Bearing a cost, not "bearing in mind".
          'bear the|their|our|all|any|half? cost|costs|fee|fees|risk|expense|expenses|charge|charges', 'upgrade', 'free', 'no charge', 'at no cost', 'discount', 'rebate',
          'credit', 'give away', 'giveaway', 'sweetener', 'bonus', 'extra', 'complimentary', 'reduce', 'lower', 'cut',
          'rent free', 'fit out contribution', 'fit out', 'lever', 'levers', 'tradeable', 'tradable', 'tradeables', 'tradables', 'longer payment', 'pay faster', 'pay earlier', 'prepay', 'raise', 'increase',
          'pay … in advance', 'pay … upfront|early|earlier', 'pay … in full',
          // "Cap their service charge at £6.50 psf", "freeze the rate for two years": a limit we accept on our own price.
          'cap|freeze|fix|hold their|the|our … charge|charges|rent|price|prices|rate|rates|fee|fees|increase|increases|uplift|indexation at|to|for|until|below',
          // Terms moved their way: "agree the 30% deposit at order", "pay a 30% deposit at signature", "can go from 90 to 60 days".
          'agree|pay|paying|take|offer … deposit|prepayment', 'agree|pay|paying|take|offer … down payment', 'go|move|come|drop|shorten|extend from # to #',
          // Paying sooner than the terms ask: "pay invoices within 14 days instead of 30", "settle in 10 days".
          'pay|settle … within|in # day|days|week|weeks', 'shorter|shorten|faster|early payment', 'shorten … payment terms', 'pay the|their? … fee|fees|cost|costs|charge', 'take on', 'take over', 'pay for',
          // A buyer taking on the seller's work: "I'll collect it from Newport myself so they don't have to deliver it".
          'i|we will? collect|fetch', 'i|we will? pick up', 'so they do not|don t have to', 'throw … in', 'on the house', 'waiver', 'free of charge', 'at no extra',
          'move from|to', 'step up|down', 'go to', 'come down', 'drop', 'additional',
          // Giving up what they owe us: "withdraw our claim for the late-delivery penalty", "forgo the service credits".
          'withdraw|forgo|forego|release|cancel|abandon our? claim|claims|penalty|penalties|dispute|credits|charge|charges|invoice|surcharge', 'write off',
          // A pause in what they owe us: "a royalty holiday for the first three months", "a rent-free payment holiday".
          'royalty|payment|rent|fee|fees|interest|repayment|licence|license holiday|holidays',
          // Rights granted: "12-month fitness-category exclusivity", "Exclusivité catégorie fitness pendant 12 mois", "sole rights in France".
          'exclusivity', 'exclusivité', 'exclusivite', 'exclusividad', 'esclusiva', 'esclusività', 'exklusivität', 'exclusive rights|licence|license|territory|category', 'sole rights', 'first refusal',
        ],
        examples: ["We're fine with them using our wedding photos on their Instagram and website.", 'Exclusivité catégorie fitness pendant 12 mois.', 'We keep the Lausanne office open for at least three years.', 'Give: onboarding at no charge.', 'Throw in two extra seats.', 'Pay invoices within 14 days instead of 30.', 'We shall withdraw our claim for the late-delivery penalty of CHF 8,400.'],
      },
      {
        why: 'Plans written in other languages concede with their own words (German, Dutch, French, Spanish).',
        phrases: [
          'verzicht*', 'erlass*', 'gutschrift', 'rabatt', 'nachlass', 'kostenlos', 'gratis', 'übernehmen', 'korting', 'gratis', 'remise', 'descuento',
          // "We give" as a column or label: "Diamo | Otteniamo", "Wir geben | Wir bekommen".
          'diamo', 'concediamo', 'sconto', 'damos', 'concedemos', 'damos a cambio', 'donnons', 'nous donnons', 'concédons', 'rabais', 'wir geben', 'zugeständnis*',
          'wij geven', 'we geven', 'dajemy', 'damy', 'ustępstw*', 'rabat',
        ],
        examples: ['Als Geste des guten Willens verzichten wir auf die Vertragsstrafe.'],
      },
      {
        why: "Gives in German, French, Spanish, Portuguese and Italian plans: we accept, we offer, we grant.",
        phrases: ['accettiamo', 'concediamo', 'offriamo', 'aceptamos', 'concedemos', 'ofrecemos', 'aceitamos', 'concedemos', 'oferecemos', 'nous acceptons', 'on accepte', 'on offre', 'on cède', 'on cede', 'wir akzeptieren', 'wir bieten', 'wir gewähren', 'wir gewahren'],
        examples: ["Accettiamo inoltre il pagamento a 60 giorni fine mese invece di 90."],
      },
      {
        why: "A term moved from one figure to another in a list of gives: \"Payment terms from 30 to 60 days\", \"Zahlungsziel 30 statt 60 Tage\", \"le préavis de 3 à 6 mois\".",
        phrases: ['from # to # day|days|week|weeks|month|months|year|years', 'from # day|days|week|weeks|month|months to #', 'de # à|a # jours|mois|semaines|ans|días|dias|meses|semanas', 'von # auf # tage|tagen|wochen|monate|monaten|jahre', '# statt|anstatt # tage|tagen|wochen|monate|monaten', 'da # a # giorni|mesi|settimane|anni', 'van # naar # dagen|weken|maanden', 'z # na # dni|miesięcy|tygodni', 'z # na # dnů|dní|měsíců',
          // "Pagarles a 30 días en lugar de a 60", "payer à 30 jours au lieu de 60", "pagare a 30 giorni invece di 60": the same, with "instead of".
          'a # días|dias … en lugar|vez de', 'a # dias … em vez de', 'à|a # jours … au lieu de', 'a # giorni … invece di'],
        examples: ['Pagarles a 30 días en lugar de a 60.', "3. Payment terms from 30 to 60 days.", "Zahlungsziel 30 statt 60 Tage (hilft Brandl bei der Liquidität)", "Nous passons le préavis de résiliation de 3 à 6 mois."],
      },
      {
        why: "Lending what we own is a give: \"I lend them my 120 field crates for the season\", \"they can use our forklift\".",
        phrases: ['lend|lends|lending them|him|her|you|the|our|my', 'loan them|him|her|you the? use', 'let|letting them … use|borrow', 'they can use|borrow our|my', 'free use of'],
        examples: ["I lend them my 120 plastic field crates for the whole season.", "They can use our forklift on delivery days."],
      },
      {
        why: "Carrying a cost that was theirs is a give: \"pay the freight from Brno ourselves\", \"we cover the shipping\", \"we bear the duty\".",
        phrases: [
          'pay|cover|carry|bear|absorb|eat the|their? freight|airfreight|shipping|carriage|transport|duty|duties', 'pay|cover|carry|bear|absorb|eat the|their? delivery|transport|freight cost|costs|charge|charges',
          'pay|cover|carry|bear the? freight|airfreight|shipping|carriage … ourselves',
        ],
        examples: ["Let's take their ex-works terms and pay the freight from Brno ourselves to smooth that over.", 'We cover the shipping to Durban.', 'And we also pay the airfreight to Schiphol from week 27.'],
      },
    ],
  },
  {
    tag: 'get',
    why: 'What we ask for in return for a concession: a trade, not a gift.',
    groups: [
      {
        why: 'Dutch "want" is "because": "Gratis levering, want dat vragen ze elk jaar opnieuw" gives a reason, not what we want back.',
        idiom: true,
        phrases: ['want dat|ze|zij|het|wij|hij'],
        examples: ['Gratis levering rechtstreeks in alle 14 filialen, want dat vragen ze elk jaar opnieuw.'],
      },
      {
        why: 'Our own need to move is the occasion of a step, not its price: "If we need to move up from A$238k:", "if we have to go higher".',
        idiom: true,
        phrases: ['if|when|once we|i need|have|must|decide to move|go|raise|increase|drop|cut|come|step'],
        examples: ['If we need to move up from A$238k:'],
      },
      {
        why: 'An optional part of the deal is what a give applies to, not what it buys: "a 4% cap … for the optional fourth year".',
        idiom: true,
        phrases: ['for the|an|a|their optional'],
        examples: ['Accept their 4% cap on annual indexation for the optional fourth year.'],
      },
      {
        why: 'A tenant or buyer paying more "for two months rent-free" is buying the free months: what we get, not what we give.',
        side: 'buyer',
        phrases: ['for … month|months|weeks rent free', 'for … free month|months|weeks', 'for … month|months|weeks free', 'in return for … rent free'],
        examples: ['Up £200 (to £17,800) for two months rent-free while I repaint.'],
      },
      {
        why: 'Giving when they ask for it is giving on request, not a trade: "extend the warranty if they ask for it", "wenn Hofbauer danach fragt".',
        idiom: true,
        phrases: [
          'if|when|whenever … ask|asks|asked for it|this|that|one', 'wenn|falls … danach|darum fragt|fragen|bittet|bitten', 'als ze|hij erom|ernaar vraagt|vragen',
          "s'ils|s’ils|s'il|s’il le|la|les demande|demandent", 'se lo|la|li chiede|chiedono',
        ],
        examples: ['Extend the warranty to 36 months if they ask for it.', 'Gewährleistung auf 36 statt 24 Monate verlängern, wenn Hofbauer danach fragt.'],
      },
      {
        why: 'Words of exchange.',
        phrases: [
          'in return', 'in exchange', 'exchange for', 'return for', 'for something|anything back', 'for something|anything in return', 'in trade for', 'trade for', 'traded for', 'trade against', 'swap for',
          // "| We give | We collect |": what we take in for the give.
          'we collect|receive|obtain',
          // "Marketing fund of CHF 25'000 — against Aebi stocking 40 demo units": a dash and "against" pair the give with its get.
          '— against', ': against', '— for', ', against',
          // What they do in the same breath: "we offer to move our payment to 45 days — and they send the new certificates".
          '— and they|he|she send|sign|commit|agree|provide|accept|pay|deliver|give|extend|share|take', ', and they|he|she send|sign|commit|agree|provide|accept|pay|deliver|extend|share',
          // A condition their side has to meet: "— if the four hires are approved in the offer letter", "provided the PO is signed by May".
          'if|provided|providing|once the|their|our … be|get approved|agreed|signed|confirmed|guaranteed|committed|written|contractual',
          'as long as the|their|our … be|get approved|agreed|signed|confirmed|guaranteed|committed|written|contractual',
          'against a|an|the|their', 'against $|€|£|¥|₹? #', 'only if', 'only when', 'only once', 'only for', 'only with', 'only against', 'only together|alongside|bundled with', 'only in combination with', 'only as part of', 'provided', 'providing',
          'as long as', 'so long as', 'on condition', 'conditional on|upon', 'contingent on|upon', 'subject to', 'tied to', 'linked to',
          // An outliner's condition property: "if:: Shinsei includes the LIS interface".
          'if :', 'only if :', 'provided :',
          'quid pro quo', 'in consideration of', 'upon|on signature', 'if signed|paid|booked|ordered|prepaid|renewed|committed|agreed',
          // Arrows pair a give with its get whichever way they point ("$3 off ← a three-year term").
          '→', '->', '=>', '⇄', '↔', '←', '⇐',
        ],
        examples: ['+150万円 if:: Shinsei includes the LIS interface', '€24.000 off in exchange for a three-year term.', 'Extra seats only if they sign by 31 March.', 'Free onboarding → a public case study', 'We accept € 95 per space per month, against heads of terms by 31 May.', 'We offer to move our payment from 60 to 45 days — and they send the new quality certificates by 15 January.'],
        not: ['Free onboarding for their second team.'],
      },
      {
        why: 'They do something for us: the condition names their move (not "if they ask", which gives on demand).',
        phrases: [
          'if|once|when|provided|assuming … commit|sign|agree|prepay|pay|accept|extend|order|buy|renew|take|provide|share|introduce|upgrade|act|become|publish|host|add|guarantee|lock|confirm|deliver|shorten|split|cover|absorb|match|book|choose|switch|consolidate|expand|bring|allow|open|speak|waive|drop|move|give|hold|keep|let|reduce|raise|increase|include|cap|limit|fix|freeze|guarantee',
          'they|them commit|sign|agree|give|pay|accept|provide|introduce|extend|take|buy|order|drop|share|move|upgrade|act|become|publish|host|add|guarantee|lock|confirm|deliver|cover|absorb|match|prepay|renew|let|allow|waive',
          // "They hold that price for all four option years": their price held for us.
          'they|them hold|freeze|fix|lock the|that|this|their price|prices|rate|rates|fee|fees',
          // Their people or their word as the price: "if they release two named heads", "once they nominate a sponsor".
          'if|once|when|provided|assuming … release|assign|dedicate|nominate|second|lend|supply|send|train|sponsor|refer|recommend|endorse|feature|list|name',
          // "if volume goes to 800 FEU", "once their spend passes £1M": a volume they reach is their move.
          'if|once|when|provided … volume|volumes|quantity|quantities|spend|order|orders … go|rise|reach|hit|exceed|pass|top|grow|climb',
          // More business coming with it: "if the 120 trailers come in at the same rate".
          'if|once|provided|when … come|comes|join|joins in|on|onto|aboard|over',
          // Their part named beside the give: "3 months of the module free, with Olmedo giving feedback in two workshops".
          ', with … giving|providing|hosting|sharing|signing|committing|joining|running|supplying|sending|paying|covering|funding',
          'requir* them|they', 'for them to', 'for us to get', 'if|once|provided … in advance', 'if|once|provided … upfront|annually|quarterly',
          // What they can do for us as the condition: "if deliveries can run 06:00–14:00", "provided they can start in May".
          'if|provided|once … can|could run|deliver|start|supply|guarantee|meet|hold|provide|include|cover|absorb|handle|accommodate|commit|ship|reserve|extend',
          // The condition in the passive names their move too: "if data migration is included", "once the fee is waived".
          'if|once|provided|when … … is|are|gets|get|be included|added|bundled|waived|covered|absorbed|thrown|guaranteed|dropped|fixed|frozen|capped|locked|confirmed|signed|agreed|committed|prepaid|paid|extended|renewed|granted|met|achieved|hit|reached|delivered|passed|exceeded',
        ],
        examples: [
          '5% off if they sign for three years.', 'Net-60 payment, once Globex commits to the volume.', 'If Wachters commits to a named team, we move the escalator.',
          'Conversion fee waived after 1,040 hours — if conversions are capped at 10 a year.', 'USD 50 per FEU off, if volume goes to 800 FEU.',
          'From £22 to £24 a seat, if data migration and set-up are included at no charge.',
          'Up to £74.80 if deliveries can run 06:00–14:00 including Saturdays.',
          'Give them a published reference after twelve months if the SLAs are met for four consecutive quarters.',
          'Three months of the Promociones module free, with Olmedo giving feedback in two design workshops.',
          'A further step to £1,330 if they release two named heads of service at 50% of their time.',
        ],
      },
      {
        why: 'Getting that is no return for a give: "to get things moving", "get back to them", "get hold of Lisa".',
        idiom: true,
        phrases: [
          'get thing|things|it|this|that|deal|talks … move|moving|going|started|rolling|done|signed', 'get … over the line',
          'get move|moving|going|started|rolling', 'get back to', 'get in touch', 'get hold of', 'get a feel|sense|read|view|feeling', 'get along', 'get through',
          // "We take over freight from Kahramanmaraş", "we take on the disposal": what we take over is a give of ours.
          'we|i take over|on|care|charge',
          // "…to make up for it and get him back on our side": a mended relationship is no return.
          // "Drop our request for a price-review clause": what we stop asking for is a give, not a get.
          'our|my request|requests|demand|demands|claim|claims for a|an|the|their? … reference|referral|testimonial|logo|review|introduction|intro|signature|prepayment|volume|minimum|award|exclusivity|extension|commitment|renewal|quote',
          // "Free set-up, with our team giving two days on site": our own part is more of the give.
          ', with we|us|our|i|my|me … giving|providing|hosting|sharing|running|supplying|sending|paying|covering|funding',
          'get|bring|win him|her|them|they|it|us … back on our|side|board|track', 'get|bring|win him|her|them|they … back onside', 'get|win him|her|them|they … on side|board|onside',
        ],
        examples: ["Waive the sawing and drilling on the first call-off to make up for it and get him back on our side.", "To get things moving, we add two days of free commissioning support by our application engineer.", 'Get hold of Lisa before Friday and give her the free training days.', 'We take over freight from Kahramanmaraş.', 'Free set-up, with our team giving two days on site.', 'Drop our request for a price-review clause in year 2.'],
      },
      {
        why: 'What we ask for, named: a label, a column, a sentence.',
        phrases: [
          'get', 'we get', 'what we get', 'get back', 'get in return', 'ask', 'ask for', 'we ask', 'we ask for', 'our ask', 'want', 'we want',
          // A column of what each step costs them: "| Condition we request |", "| What we request |".
          'we request', 'condition|conditions we request|ask|want|set',
          // "The requirement for on-site imaging" shares the stem of "require": the verb needs its subject or object.
          'need', 'we need', 'we|i|and require', 'require|requires they|them|a|an|their|#', 'receive', 'we receive', 'obtain', 'we obtain', 'secure a|an|the|their|them|us|it|#', 'to secure', 'we secure', 'in return we', 'for that we', 'trade', 'their give', 'their side',
          'for a|an|the|their? … year|years|month|months term|contract|deal|commitment|renewal', 'for a|an|the|their? … year|years|month|months … framework|order|orders|agreement', 'for annual|upfront|quarterly|full prepay|prepayment|payment|commitment',
          'for a|an|the|their? … year|years|month|months firm|fixed|minimum|initial term|contract|commitment',
          // "| Condition from Brauner |": a column of what each step is conditional on, from them.
          'condition|conditions from', 'condition|conditions of', 'our condition|conditions', 'against condition|conditions',
          // "5% for the on-site N2 option": the option or module they add is what the move buys.
          'for the|an|a|their … option|options|addon|addons|upgrade|module|modules|tier',
          'for a|an|the|their? … case study', 'for a|an|the|their? … reference|referral|testimonial|logo|review|introduction|intro|signature|prepayment|volume|minimum|award|exclusivity|extension|commitment|renewal|quote',
          'for signing|committing|paying|renewing|prepaying|ordering|booking|referring',
          // Their notice, forecast or guarantee as the return: "−2p per cover for two weeks' notice on all bookings".
          "for # day|days|week|weeks|month|months '? notice", 'for … notice on|of|for', 'for a|an|their|a rolling? … forecast|guarantee|guaranteed minimum',
          // Money back for what we give: "German audio: theirs for an extra €2,000 on the advance".
          'for a|an? extra|additional|further $|€|£|¥|₹ #',
          // Money up front as the return: "₹1,50,000 off for 50% advance with the PO".
          'for # % advance|upfront|prepayment|deposit|prepaid|down', 'for # % up front|in advance', 'for a|an|their # % advance|upfront|prepayment|deposit|prepaid|down',
          // "€ 10.000 off for permission to bring other growers on site visits": their permission is what the give buys.
          'for permission|consent|approval|access', 'for the right to',
          // Faster payment is what we ask for: "CHF 20 off for payment within 15 days".
          'for payment|paying|settlement at|within|in|upfront|early|earlier',
          // Their own people or kit doing work we would do: "₦5m off — for their own loading crews at the Ikeja dock".
          'for their own',
          // Their condition on the deal taken away: "R 2 000 000 (to R 66 000 000) – finance condition removed; proof of funds".
          'finance|financing|funding|board|planning|diligence condition|conditions|contingency removed|dropped|waived|lifted',
          // Their planning ahead as the return: "S$8,000 off per shipset, for removals scheduled at least 90 days ahead".
          'for … scheduled|booked|ordered|planned|confirmed|forecast|notified … ahead', 'for … scheduled|booked|ordered|planned|confirmed|forecast|notified … in advance', 'for payment|paying in advance', 'for early|earlier|faster|quicker|prompt payment|settlement',
          // What we take in return, named as a column: "We give | We take back".
          'take back', 'we take', 'what we take', 'we take in return',
        ],
        examples: ['R 2 000 000 (to R 66 000 000) – finance condition removed; proof of funds with the offer.', 'S$8,000 off per shipset, for removals scheduled at least 90 days ahead.', '₦10m off for payment at 30 days, not 60.', '₦5m off for their own loading crews at the Ikeja dock.', '$3 off (to $290) — for a 36-month term instead of 24.', '$8 off (to $277) — for annual prepay on all 52 locations.', 'Give: free onboarding — Get: a case study.', '4% off for a three-year term.', 'Our ask: signature by 30 June', 'Free training days to secure a three-year term.'],
        // "security" stems like "secure": a security deposit or review is not something we ask for in return.
        not: ['Give: accept the 3-month security deposit.'],
      },
      {
        why: 'Plans written in other languages trade with their own words (German, Dutch, French, Spanish).',
        phrases: [
          'wenn', 'falls', 'sofern', 'gegen', 'im gegenzug', 'als gegenleistung', 'dafür',
          // "bei quartalsweiser Zahlung im Voraus": "bei" names a return only with what they do; "bei der Liquidität", "bei uns" name none.
          'bei … zahlung*|vorauszahlung*|vorkasse|unterschrift*|unterzeichnung*|abschluss*|vertragsabschluss*|abnahme*|laufzeit*|vertragslaufzeit*|verlängerung*|bestellung*|mindestabnahme*|mengenzusage*|zusage*|rahmenvertrag*',
          'in ruil voor', 'mits', 'als ze|zij|hij|jullie|u|de|het|die|wij|we', 'op voorwaarde',
          // Dutch "bij" the same way: "€ 30.000 minder bij een onderhoudscontract van 3 jaar", "bij vooruitbetaling".
          'bij … *contract|*contracten|order|orders|afname|bestelling|vooruitbetaling|aanbetaling|verlenging|looptijd|toezegging|ondertekening',
          'en échange', 'en echange', 'à condition', 'a condition', 'a cambio', 'siempre que', 'si incluyen|aceptan|firman|pagan|añaden|garantizan|renuevan|amplían|mantienen',
          // "si la formación … va incluida": a Spanish condition in the passive.
          'si … … incluid*|garantizad*|firmad*|pagad*', 'solo con', 'sólo con', 'con tal de que',
          'em troca', 'desde que', 'in cambio', 'a patto che', 'purché', 'solo se', 'w zamian', 'pod warunkiem', 'jeśli|jeżeli … podpisz*|zapłac*|przyjm*|zaakceptuj*',
          // French conditions name their move: "une remise de 1 % si le volume dépasse 3 000 t".
          'si … dépass*|sign*|pai*|accept*|engag*|command*|prolong*|renouvel*|garanti*', 'contre un|une|des|le|la|leur',
          // Portuguese and Italian conditions name their move too: "se garantirem devolução em 24 horas", "se includono la formazione".
          'se … garantirem|incluírem|incluirem|repuserem|aceitarem|assinarem|pagarem|mantiverem|fixarem|derem|comprarem|renovarem', 'se … ficar fixo',
          'se … garantiscono|includono|accettano|firmano|pagano|mantengono|rinnovano|ordinano|anticipano',
          // "What we get" as a column or label in other languages: "Otteniamo", "Wir bekommen", "Nous obtenons".
          'otteniamo', 'riceviamo', 'chiediamo', 'in cambio di', 'obtenemos', 'recibimos', 'pedimos', 'conseguimos', 'obtenons', 'nous obtenons', 'recevons', 'nous demandons',
          'obtemos', 'recebemos', 'wir bekommen', 'wir erhalten', 'wir verlangen', 'gegenleistung',
          // Estonian, Finnish, Lithuanian, Latvian, Turkish and romanised Hebrew: "vastutasuks", "vastineeksi", "mainais gauname",
          // "pretī", "karşılığında", "bitmura".
          'vastu', 'vastutasuks', 'me saame', 'saame', 'vastineeksi', 'vastapalveluksi', 'saamme', 'me saamme', 'mainais', 'gauname', 'mainais gauname', 'pretī', 'apmaiņā', 'mēs saņemam', 'saņemam',
          'karşılığında', 'karşılık', 'alacağımız', 'aldığımız', 'bitmura', 'tmura', 'mekablim', 'ma mekablim',
          // "Ce qu'on obtient", "en contrepartie", "was wir dafür wollen", "contrapartida", "cosa otteniamo", "lo que obtenemos".
          'obtient', 'on obtient', 'obtenu', 'contrepartie', 'en contrepartie', 'ce qu on demande', 'dafür wollen', 'dafur wollen', 'was wir dafür', 'contrapartida', 'cosa otteniamo', 'lo que obtenemos', 'o que recebemos', 'o que pedimos', 'wij krijgen', 'we krijgen', 'tegenprestatie', 'otrzymujemy', 'dostajemy', 'contropartita', 'contropartite', 'gegenleistung', 'gegenleistungen', 'contrapartidas',
        ],
        examples: ['€ 30.000 minder bij een onderhoudscontract van 3 jaar;', '−0,15 € pro Stück, wenn Brandhorst einen 3-Jahres-Rahmenvertrag unterschreibt.', '−2.000 € p.a. bei quartalsweiser Zahlung im Voraus', 'De 640 € a 660 €: si la formación de 30 conductores va incluida.', 'Sconto del 3% in cambio di un contratto triennale.'],
      },
    ],
  },
  {
    tag: 'relationship-problem',
    why: 'A people problem (frustration, mistrust, a bad experience) that business concessions do not fix.',
    groups: [
      {
        why: 'Winning a customer back is what losing it costs, not a hurt to mend: "If I leave, winning me back later costs them the same new-customer discount".',
        idiom: true,
        phrases: ['win|winning|wins me|us back', 'win|winning|wins me|us … back later'],
        examples: ['If I leave, winning me back later costs them the same new-customer discount plus marketing.'],
      },
      {
        why: 'Feelings about us: frustration, anger, disappointment, mistrust. An outage or a late delivery alone is a business fact (service credits pay for those); the feeling is what makes it a relationship problem.',
        phrases: [
          'frustrat*', 'upset', 'angry', 'anger', 'furious', 'livid',
          // "Fuming" shares its stem with the fume hood of a lab: the feeling needs its verb or its cause.
          'be|still|feel|get|left fuming', 'fuming about|over|at|that', 'annoyed', 'annoyance', 'unhappy', 'unhappiness', 'disappoint*',
          'dissatisf*', 'displeased', 'irritat*', 'offended', 'insulted', 'hurt', 'resentment', 'resentful', 'resents', 'bitter', 'sore', 'let down', 'feel ignored', 'felt ignored',
          'neglected', 'we ignored', 'feel … ignored|unheard|neglected|undervalued', 'not listened to', 'not taken seriously', 'mistrust', 'distrust', 'do not trust', 'lost trust', 'lost … trust', 'loss of trust',
          'trust issue', 'broken trust', 'bad blood', 'bad feeling', 'hard feelings', 'ill will', 'tension', 'friction', 'strained', 'soured',
          'get|be|feel|felt burned|burnt', // A complaint as a feeling voiced, not "complaints procedure" or "complaint handling" (a process).
          // "Clearly put out when our Head cancelled the visit", "taken aback", "miffed", "cross with us".
          'be|was|were|clearly|still|quite|rather|very put out', 'taken aback', 'miffed', 'cross with|about', 'offended', 'hurt by', 'rubbed … wrong way',
          'complain', 'complaint|complaints about|over|from|that', 'their|his|her complaint|complaints', 'complained', 'grievance', 'bad experience', 'poor experience', 'embarrass*',
        ],
        examples: ['Tobias was furious about the late pick-ups.', 'Karen is still upset about the walk-offs.'],
        not: ['Service credits for the March outage are in the contract.', 'A 3-year AMC on the fume hood.'],
      },
      {
        why: 'Wanting to repair the relationship or buy a good mood: goodwill, gestures, keeping someone happy, making up for something.',
        phrases: [
          // Goodwill sought or kept, not the accounting kind ("purchase price allocation, mostly to goodwill").
          'goodwill gesture|gestures', 'rebuild|build|regain|restore|repair|earn|buy|win|keep|maintain|show|protect|generate|create|need|recover … goodwill', 'rebuild|build|regain|restore|repair|earn|buy|win|keep|maintain|recover goodwill',
          'for|as|in|of … goodwill', 'out of goodwill', 'goodwill with|from|toward|towards|among', 'good will', 'rebuild|regain|restore|buy … trust|confidence', 'earn|win back … trust|confidence', 'win … back', 'make amends', 'make up for',
          // "To put things right, we offer to waive the QA fee": repairing what we did.
          'put|set things|it|matters right', 'make things|it right', 'make good on|for', 'make it up to', 'keep … happy', 'make … happy', 'keep … sweet', 'smooth over', 'smooth things', 'smooth … over', 'smoothen … over', 'smoothen things', 'patch things up',
          'repair|mend|fix|heal|save|rescue … relationship', 'mend fences',
          // "To get the relationship back on track, we drop our guarantee demand to 8 years."
          'relationship back on track', 'get|put|bring … back on track with', 'back on a|the? good|better|firm|proper footing', 'clear the air', 'sweeten the mood|relationship', 'apology', 'apolog*',
          // An apology, not the "— sorry, one twenty-five" that corrects a figure said aloud.
          'say|said|saying|says sorry', 'sorry for|about|that|to', 'be|am|feel|felt|really|truly|very sorry',
          'peace offering', 'olive branch', 'show good faith', 'good faith gesture', 'as a gesture', 'gesture of', 'keep the peace', 'good books',
          'good terms', 'placate', 'appease', 'pacify', 'mollify', 'calm … down', 'calm the waters', 'butter … up', 'feel valued', 'feel appreciated',
          'show we care', 'back on side', 'back onside', 'no hard feelings', 'put … behind us|them', 'clear the air', 'make peace', 'get|bring|win … back on side|board', 'get|bring|win … back onside', 'verärgert', 'verstimmt', 'wiedergutmachung', 'kulanz', 'guten willens', 'geste', 'stimmung',
        ],
        not: ['Both accountants proposed the same purchase price allocation, mostly to goodwill and customer relationships.', 'Sixty-one lakh for one twenty users — sorry, one twenty-five — including the supervisors.'],
        examples: [
          'Free support for Q3 to rebuild goodwill after the outage.', 'To put things right, we should offer to waive the QA fee.', 'A free module to keep Neil happy.',
          "To get back in her good books, we pay for the welcome drinks.", 'To get the relationship back on track, we drop our guarantee demand to 8 years.', "To get things back on a good footing, I'll offer to move us to 14-day payment terms.", 'Waive the credit to get back on good terms with the account manager.',
        ],
      },
      {
        why: "Hurt feelings in German, French, Spanish, Portuguese and Italian plans (\"pour recoller les morceaux\", \"para limpar o mal-estar\").",
        phrases: ['recoller les morceaux', 'mal estar', 'verärgert', 'verargert', 'verstimmt', 'sauer', 'fâché', 'fache', 'vexé', 'vexe', 'mécontent', 'mecontent', 'froissé', 'molesto', 'enojado', 'enfadado', 'chateado', 'irritato', 'arrabbiato', 'seccato', 'malumore', 'dicke luft', 'rabia'],
        examples: ["Gratuit, pour recoller les morceaux.", "Mais 2 % de desconto para limpar o mal-estar."],
      },
    ],
  },
  {
    tag: 'kept-apart',
    why: 'A relationship matter said to stay out of the commercial terms: the apology is made, the price does not move.',
    groups: [
      {
        why: 'The terms, price or numbers left unchanged by it, or the matter put apart from them.',
        phrases: [
          'nothing in the|our? commercial? terms|price|deal|numbers|offer|proposal change|changes|move|moves', 'nothing … commercial change|changes|move|moves',
          'no change|changes to the|our? commercial? terms|price|numbers|offer', 'terms|price|numbers|offer stay|stays|remain|remains the same|unchanged|as they are|as it is',
          'separate|separately|apart from the|our? numbers|price|deal|commercials|negotiation', 'separate|separately|apart from the|our? commercial terms',
          'without touching the|our? price|terms|numbers|offer', 'not touch the|our? price|terms|numbers|offer', 'not a commercial concession', 'no commercial concession',
          'keep|kept|keeping it|this|that out of the|our? price|terms|numbers|negotiation|deal',
          // "Two separate conversations", "the relationship first, before any number": the talks split in two.
          'separate|two conversation|conversations|talk|talks|track|tracks|meeting|meetings', 'before any number|numbers|figure|figures|price', 'an apology be an apology',
          // "It stays out of the rate discussion".
          'stay|stays|kept|keep out of the|our? rate|price|pricing|commercial|money|fee discussion|discussions|talks|conversation|negotiation',
        ],
        examples: [
          'Rachel apologises at the start and gives Sophie a direct line to Gareth; nothing in the commercial terms changes because of it.',
          'Separate from the numbers.',
          'We say sorry for the delay and keep it out of the price.',
        ],
        not: ['The terms change in year three.'],
      },
    ],
  },
];
