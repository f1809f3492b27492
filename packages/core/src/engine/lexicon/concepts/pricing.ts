/** Price and value: the challenge on price, caving on it, and going back to value. */
import type { Family } from '../types.js';

export const pricing: Family[] = [
  {
    tag: 'price-challenge',
    why: 'The other side pushes on our price (seller) or on what we offer to pay (buyer).',
    groups: [
      {
        why: 'A cost worked out is our analysis, not their pushback: "Annex B — Freight cost model", "energy cost breakdown".',
        idiom: true,
        phrases: ['energy|material|labour|labor|wage|input|steel|timber|freight|component cost|costs|price|prices model|models|breakdown|build|sheet|estimate|estimates|table|analysis|calculation|basis'],
        examples: ['Annex B — Freight cost model'],
      },
      {
        why: 'Cheaper for us is our cost, not their pushback: "our green cleaning products (cheaper for us to supply)".',
        idiom: true,
        phrases: ['cheaper|easier for us|me|we', 'less expensive for us|me|we'],
        examples: ['If they switch to our green cleaning products (cheaper for us to supply).'],
      },
      {
        why: 'Signing something off is an approval, not a price asked off: "ask her to sign off closure of the complaint".',
        idiom: true,
        phrases: ['sign|signs|signed|signing off', 'ask|asks|asked|asking|want|wants|need|needs … sign|signs|signed|signing off'],
        examples: ['In return we ask her to sign off closure of complaint ref. CMS-2024-117.'],
      },
      {
        why: 'A rise capped is a term we ask for, not their pushback: "if Aldgate caps any annual uplift at 0%", "uplift cap".',
        idiom: true,
        phrases: ['cap|caps|capped|capping|freeze|freezes|frozen any? annual? uplift|uplifts|increase|increases|rise|rises', 'uplift|increase|rise cap|capped|freeze|frozen'],
        examples: ['Up to £335,000 a year, if Aldgate caps any annual uplift at 0% for all three years.'],
      },
      {
        why: 'Names for the challenge.',
        phrases: [
          'price objection', 'pricing objection', 'price challenge', 'price pushback', 'price|rate|fee push', 'push|pushback on rate|fee', 'pushback on price', 'push back on price',
          'push back on our price', 'price pressure', 'pressure on price', 'push|press|lean|squeeze on price|rate|fee|cost', 'haggle', 'objection', 'pushback', 'push back',
          // What they will say about price, from either side: "What will they say about price, and how do we answer?"
          'they|he|she … say|said|argue|claim about|on the|our? price|pricing|cost|rate|number',
          // Whatever they say, when it is about our number: "If they say our price is high", "If Priya says A$1,090 is too
          // skinny", "When they say 'Raben / GEODIS quoted us 22 zł'".
          'if|when … say|says|tell|tells|argue|argues|claim|claims … price|prices|pricing|rate|rates|fee|fees|quote|quoted|quotes|cost|costs|number|figure|$|€|£|¥|₹',
          // A figure they name, or what they pay or paid: "When Rohan says 19% is impossible", "If she says 880 is an insult",
          // 'When he says "we used to pay you £450 a day"'.
          'if|when … say|says|tell|tells|argue|argues|claim|claims … #|pay|paid|charge|charges|charged',
          // "When Priya comes back on the 20% gap": pressure on our number, however it is put.
          'come|comes back on|about|over the|our? #? %? gap|price|pricing|rate|rates|number|fee|fees|quote',
          // 'if she says "98k is market"': a figure they call the market, too high, too much.
          'if|when … say|says # be market|too|high|above|over|steep|more', 'if|when … say|says $|€|£|¥|₹ # be market|too|high|above|over|steep|more',
          // "When she says the market on the avenue is a hundred and fifteen now": the market rate held up to our number.
          'if|when … say|says|tell|tells|claim|claims the|that market', 'if|when … say|says|tell|tells|claim|claims the|that going|market rate',
          // "If she says "that's a big jump"": the rise itself called too much.
          'if|when … say|says … big|huge|steep|large jump|increase|hike|rise',
          // Their words to us about our number, quoted: "'Your rate is below technical'", "your offer is too low".
          'your rate|price|offer|bid|quote|budget|number|fee be too|below|under|above|over', 'below|under technical', 'below|under the technical price|rate',
          // A grant or gift asked above their habit: "If Grace says it's more than they usually give".
          'more than they|he|she|it usually|normally|typically|ever|would give|gives|pay|pays|spend|spends|fund|funds|grant|grants|donate|donates|budget',
          // Going back to value is the answer to a challenge on price: a row "💬 \"Sonara is 0,25 €\" | Back to value: …".
          'back to value', 'go|come|steer|bring|pivot|return … back to value',
          // "What will they throw at us on price?", "what they'll hit us with on rates".
          'throw|hit us|me on|about|with price|pricing|rate|rates|fee|fees|cost|costs', 'throw|hit … at us|me on|about price|pricing|rate|rates|fee|fees|cost|costs',
          // "When price comes up, and it will": pressure on our number whichever side we are on.
          'price|pricing|cost|rate|fee … come|comes up',
          // A refusal to move off their standard, said as a tautology: "the formula is the formula", "policy is policy".
          'the? formula be the? formula', 'the? policy be the? policy', 'the? price be the? price', 'the? budget be the? budget', 'the? rate be the? rate',
          'the? rule be the? rule', 'the? rules be the? rules', 'the? list be the? list', 'the? grid be the? grid', 'the? tariff be the? tariff',
        ],
        examples: ['If she says "that is a big jump":', 'When she says the market on the avenue is a hundred and fifteen now, my answer is what we are.', 
          'Price objections', 'If they say our price is high', 'if she says "98k is market":', 'If she says 880 is an insult', 'When he says "we used to pay you £450 a day"', 'When Priya comes back on the 20% gap, which she will on Tuesday', '"Your rate is below technical"', 'If Priya says A$1,090 is too skinny:', 'Expect pushback on price in week two.', 'What will they say about price, and how do we answer?', 'Back to value: +6 dB SNR in their own PoC.',
          'What will they throw at us on price?', 'When Lauren says "the formula is the formula": talk about what the formula does not buy.',
        ],
      },
      {
        why: 'What a seller hears: too expensive, over budget, someone is cheaper, asked for a discount.',
        side: 'seller',
        phrases: [
          'not pay more', 'not pay that', 'not pay … much', 'pay less', 'paying less', 'no budget', 'not enough budget',
          // An increase we ask for, called out of reach: "16 % more for Deportes is impossible under the spending rule".
          '# % more … be impossible|unaffordable|unrealistic|too much', 'increase|rise|uplift … be impossible|unaffordable|too much',
          // A rival's price quoted as the measure: "HarakaPay is only 8.50", "they only charge €9".
          'be only $|€|£|¥|₹? #', 'only charge|charges|charging $|€|£|¥|₹? #',
          // Someone else's offer called next to free: "Epic has a module for this and it's basically free."
          'be basically|practically|virtually|essentially|nearly|almost free',
          'budget be frozen', 'budget frozen', 'budget be cut', 'budget squeez*', 'competing|rival|competitor|incumbent price|pricing|quote|bid|offer',
          'quote|bid|price|offer|pricing|they come in … lower|cheaper|under|below|less', 'come in under',
          // "if Bertin tells us the other bidder came in well under us".
          'bidder|competitor|rival|incumbent|they come|comes|came in … lower|cheaper|under|below', 'came in under|below|lower|cheaper',
          'quoted|quote|offer|bid|price # less|lower|cheaper|under|below', 'at # less|lower|cheaper', 'half the price', 'half our price',
          'less than we charge', 'less than our', 'cheaper than', 'cheaper option', 'cheaper alternative',
          'ask|push|press|demand|want|expect|insist|lean … discount|reduction|cheaper|off', 'ask|push|press|demand|want|expect|insist … lower|better price|rate|deal',
          'ask|push|press|want|demand … lower|reduce|cut|drop the? price|rate|fee', 'ask|push|press|want|demand … price cut|reduction',
          'price|pricing|cost|quote|rate|fee|number be … too high|much|steep|rich', 'be rich|steep|pricey|punchy for', 'be rich|steep|pricey|punchy|high compared|next|versus|relative', 'bit|little rich|steep|pricey|punchy|much',
          // A valuation multiple pushed back on: "5.6 times is rich for a fourteen-person shop".
          '# time|x|multiple be … rich|high|steep|much|punchy', 'be a lot for', '$|€|£|¥|₹ # be a lot', '$|€|£|¥|₹ # be steep|rich', '$|€|£|¥|₹ # be a big ask',
          // A rival's offer measured against ours: "Amplitude offered us 30% less".
          'offered|offer|offers|quoted|quote|quotes|bid|bids us? # % less|lower|cheaper|under|below', 'we be … too high|expensive|costly|steep', 'we be … more expensive',
          'we be … higher than', 'more expensive than', 'higher than … quote|competitor|incumbent|other', 'what they pay now', 'more than they pay',
          // "If Mr. Rao says 'your rate is higher than ColdStar'": our figure measured against a rival's.
          'price|pricing|rate|rates|quote|fee|fees|offer|bid be … higher|dearer|pricier than',
          'more than … pay|paid|spend', 'price|pricing|cost|budget be|will … issue|problem|objection|concern|blocker|hurdle',
          // "Why are we paying a third more than Medisight?", "18% is way above what we pay anyone else".
          'pay|paying … more than', 'above|over what … pay|paid|spend|get|gets|got|receive|receives|earn|earns',
          // "will come back on price with 'the Chakan supplier quoted ₹1,250'", "another agency does 8% flat",
          // "'£98.00 is below our cost'", "they'll say the big-franchise stuff goes for 6%".
          'come|comes back on price|rate|rates|fee|fees', 'other|another|alternative … do|does $|€|£|¥|₹|#',
          'say|says … go|goes|sell|sells for $|€|£|¥|₹|#', 'freelancer|contractor|agency|competitor|rival|incumbent|vendor|supplier|firm … quote|quoted|charge|charges|offer|offers ¥|₹', 'price|pricing|cost be|will … sticking point',
          'negotiat*|haggl*|bargain*|knock*|driv*|push*|grind* us|it down', 'negotiat*|haggl*|bargain*|knock*|driv*|push*|grind* the|our price|rate|fee|number down', 'say … on price', 'say on price', 'say about price', 'on price they',
          'balk at', 'baulk at',
          // "If Melissa says Singapore agents can go to Seoul for less": the same elsewhere, cheaper.
          // "If Hemi says the Ford dealer's Ranger changeover is $34,000": a rival's number, told to us.
          'say|says … dealer|competitor|rival|supplier|vendor|incumbent … be $|€|£|¥|₹ #',
          // "Craig will say the panel agency would place these roles at $1,100": another's price for the same work.
          'agency|competitor|rival|supplier|vendor|incumbent|firm|bidder … would|could|will place|do|supply|deliver|provide|fill|run … at|for $|€|£|¥|₹ #',
          'agency|competitor|rival|supplier|vendor|incumbent|firm|bidder , … , would|could|will place|do|supply|deliver|provide|fill|run … at|for $|€|£|¥|₹ #',
          'can|could go|get|buy|book|source … for less', 'can|could do it … for less', 'elsewhere for less', 'cheaper elsewhere',
          'other|another|alternative|usual|local|third … be|charge|quote|quoted|cost|at £|$|€|#', 'only charge|cost|ask|want £|$|€|#',
          'say … be at £|$|€|#', 'vendor|supplier|firm|agency|competitor|bidder … be at £|$|€|#', 'below|under our ask|price|rate|quote|number|offer',
          'say we be … high|expensive|costly|steep|pricey|pricy', 'we be high',
          // "If they say L1 is lower", "one bidder is under us": a rival's figure below ours, as they will put it.
          'say|says … be lower|cheaper|less', 'bidder|competitor|rival|incumbent|supplier|vendor|agency be under|below us|our|ours',
          // Their wish for our figure to fall: "Anna wants the number to come down".
          'want|wants|push|press|expect … price|number|rate|fee|fees|quote to come|go down',
          // "We're 15% above them", "12% dearer than Acme"; not a volume tier ("1,5% above 75.000").
          '# % higher|dearer|pricier', '# % more than', '# % above|over their|theirs|them|the|what|market|list|competitor|competitors|incumbent|benchmark|average|others|everyone|anyone',
          'do £|$|€|₹ #', 'offer|quote us … for £|$|€|#', 'number|price|quote|rate|offer be … above', 'come in under|below|lower|cheaper',
          'freelancer|contractor|agency|competitor|rival|incumbent|vendor|supplier|firm … quote|quoted|charge|offer £|$|€|#',
          'price attack|fight|battle|war|haggling|squeeze',
          'too expensive', 'too pricey', 'too costly', 'too dear', 'too much', 'too high', 'too steep', 'dearer', 'pricier', 'costlier',
          'overpriced', 'over budget', 'over their budget', 'out of budget', 'above budget', 'beyond budget', 'exceed … budget',
          'budget is tight', 'tight budget', 'budget cut', 'budget freeze', 'cannot afford', 'can not afford', 'cheaper', 'less expensive',
          'lower priced', 'undercut', 'sticker shock', 'price sensitiv*', 'more than they pay', 'more than … pay', 'more expensive',
          'ask for a discount', 'ask for … discount', 'ask for … off', 'push for … discount', 'push for a lower', 'push for … off',
          'want a discount', 'want … off', 'demand … discount', 'expect a discount', 'discount request', 'price match',
          'competing quote', 'competitor quote', 'competitor price', 'rival quote', 'their quote', 'quoted … less', 'quoted … lower',
          'came in lower', 'came in cheaper', 'came in under', 'negotiate us down', 'knock … down', 'beat us up on price',
          'price will be', 'price is the issue', 'cost is the issue', 'that is a lot', 'a lot of money',
          // "Expensive" as a verdict on us ("it's expensive", "they find us expensive"), not "the most expensive of their agencies".
          'be|find|call|think|consider|seem|seems|look|looks … expensive', 'expensive for|compared|versus|vs|next', 'expensive ?|!|"',
          'too rich', 'steep', 'squeeze', 'lean on price', 'lean on us',
          // A multiple of what they pay elsewhere: "the fee is double what they paid the freelancer", "twice the agency's rate".
          'double|twice|triple|treble|# time|times what', 'double|twice|triple|treble the|their|what … pay|paid|charge|charged|rate|price|fee|cost',
          // "Our terms are too aggressive", "other miners give more": what others give them is the bar we are held to.
          'terms|rate|rates|charges|conditions be … too aggressive|high|tough|steep', 'too aggressive', 'other|others|competitor|competitors … give|offer more|better',
          // "Another switch is offering ₦10.00 flat", "the other agency is quoting £900".
          'other|another|alternative|rival|competing … be offer|offering|quote|quoting|charge|charging $|€|£|¥|₹|#',
          // A rival's discount is the bar we are held to: "Competitor X gives 35% off list".
          'competitor|competitors|rival|rivals|incumbent|other|another|others … give|offer|do # % off|discount|rebate|cheaper|less|lower',
          // A rival named and its distance below us, quoted: "💬 'Eurofill is 12% lower'".
          'be # % lower|cheaper', 'be # % below|under us',
          // Ranked against the others: "your price is the highest of the three shortlisted suppliers".
          'price|pricing|quote|bid|rate|fee|number|offer be the? highest|dearest|priciest', 'be the highest|dearest|priciest of|among|on the', 'be the most expensive of|among|on the',
          // Our figure set against the market: "Greg says 12% is above market".
          'above|over market|benchmark', 'above|over the market|benchmark|norm|average', 'above|over the? market rate|price|level|average',
          // A public buyer's yardstick: "still above estimate (dept estimate ₹3.7 cr)", "over the engineer's estimate".
          // A pay or price band is their yardstick too: "If Arvind says 'this is above our band'", "outside the salary range".
          'above|over|outside|beyond|exceed|exceeds our|the|their … band|bands|bracket|range|grade', 'out of band|budget|range',
          'above|over|exceed|exceeds … estimate|estimates', 'above|over|exceed|exceeds the? cost|budget estimate', 'above|over|exceed|exceeds the? pre tender estimate',
          // Our figure asked to justify itself against another: "if she asks why 25% when Talentbridge charges 18%".
          'why $|€|£|¥|₹? # %? when|if|while|whereas', 'why pay $|€|£|¥|₹? #', 'why … so much|expensive|high|dear',
          // A rival's lower offer, however it is worded: "the national firm has offered a lower cap".
          'offer|offered|quote|quoted|bid … lower|cheaper|smaller cap|price|rate|fee|fees|quote|bid|number|figure|retainer',
          // "A bidder came in at 2.20%": another bid, stated as the level it came in at.
          'bidder|competitor|rival|vendor|supplier|firm|agency|incumbent|they come|came|comes in at|under|below|lower|cheaper',
          // "a Durban importer landing cement at around R1 650/t": a rival's price, landed.
          'importer|importers|competitor|rival|supplier|bidder land|lands|landing|landed … at', 'imported|import price|cement|product|goods|stock … cheaper|lower|under|below|at',
        ],
        examples: ['Alan will say "Epic has a module for this and it\'s basically free."', '💬 "Eurofill is 12% lower"', "If Arvind says 'this is above our band', I go back to the migration.", 
          "Rowan's going to say her preferred photographer charges £1,000 a day.",
          'Priya will say Pacific Dairies quoted 128c.',
          "If Rory says again that his cousin's photographer would do it for £1,200, we talk about the album.",
          'Procurement will tell us that the national firm on the shortlist has offered a lower cap.',
          'E.1 The City told us at the orals that a bidder came in at 2.20%.',
          "If they say it's expensive",
          'If they say we are costly',
          'If Melissa says Singapore agents can go to Seoul for less:',
          'If Straits Mill says the cap is rich compared with our seed',
          "If Hemi says the Ford dealer's Ranger changeover is $34,000:",
          'Craig will say the panel agency, Talent Pathway, would place these roles at $1,100.',
          'Anna wants the number to come down because the wheat price is under £180/t.',
          "If she says that's more than they pay contractors",
          'Why are we paying a third more than Medisight?', '"18% is way above what we pay anyone else"',
          'Kulkarni\'s team will come back on price with "the Chakan supplier quoted ₹1,250".', 'If they say "another agency does 8% flat"',
          "They'll say the big-franchise stuff goes for 6%.",
          'If Pieter says the fee is double what they paid the freelancer, we answer with results.',
          'If Meera asks why 25% when Talentbridge charges 18%, we talk about cost and risk.',
          'Greg says 12% is above market.', 'If PNC says "still above estimate" (dept estimate ₹3.7 cr)',
          '"Your price is the highest of the three shortlisted suppliers."',
          'Procurement will ask for 15% off.',
          'Initech quoted €40k less.',
        ],
      },
      {
        why: 'Plans written in other languages hear the challenge in their own words (German, French, Dutch, Spanish).',
        side: 'seller',
        phrases: [
          'zu teuer', 'preiseinwand*', 'billiger', 'günstiger', 'trop cher', 'trop chère', 'objection tarifaire', 'moins cher', 'moins chère',
          'te duur', 'goedkoper', 'prijsbezwaar', 'demasiado caro', 'demasiado cara', 'muy caro', 'más barato', 'mas barato', 'objeción de precio',
          // Italian and Portuguese, and "costs less" / "we lose money at that price" in each: "la cooperativa costa meno", "a 34,00 perdono soldi".
          'troppo caro', 'troppo cara', 'più economico', 'piu economico', 'più economica', 'costa meno', 'cuesta menos', 'custa menos', 'kostet weniger', 'coûte moins', 'coute moins',
          'muito caro', 'muito cara', 'mais barato', 'mais barata', 'está caro', 'esta caro', 'somos caros', 'siamo cari', 'sind zu teuer', 'est trop cher', 'c est trop cher',
          'perdono soldi', 'pierden dinero', 'perdem dinheiro', 'verlieren geld', 'perdent de l argent', 'non copre|cobre|couvre', 'não|nao paga o? custo|custos|energia',
          'unmöglich', 'impossible', 'imposible', 'impossibile', 'impossível', 'impossivel', 'obiezione sul prezzo', 'objeção de preço', 'objecao de preco',
        ],
        examples: ['Einwand: „Zu teuer im Vergleich zu Stadtwerke“', "If Grace says it's more than they usually give.", 'Objection tarifaire / Price objection', 'Als ze zeggen dat we te duur zijn'],
      },
      {
        why: 'They will tell us what someone else charges: a reported price is a challenge on ours whoever names it.',
        side: 'seller',
        phrases: [
          'say|says|said|claim|argue|insist|mention … … charge|quote|quoted|offer|offered|bid|ask|cost|pay|paid £|$|€|₹|#',
          'say|says|said|claim|argue|insist|mention … … be at|only £|$|€|₹|#',
          'say|says|said|claim|argue|insist|mention … … do it|this|that|job|work|day|lot for|at £|$|€|₹|#',
          // The price in words: "If Tony says 'the Clutha bloke does it for three-sixty'".
          'say|says|said|claim … bloke|guy|fella|outfit|contractor|mob|crew|firm|rival|competitor|other|another do|does it for|at',
          'tell|tells|told us|me … … charge|quote|quoted|offer|offered|bid|ask|cost|pay|paid £|$|€|₹|#', 'tell|tells|told us|me … … be at|only £|$|€|₹|#',
          'hear|expect … … charge|charges|quoted|offered|bid £|$|€|₹|#',
          // "Nakamura-san will compare with the Defender licences already included in their Microsoft agreement."
          'will|would|always compare|compares … with|to|against the|their|our|a|an',
          // "If they bring up the bloke who quoted twelve grand", "when they say 'Menzies-type quote is £1,250'".
          'bring|brings|bringing up … … quote|quoted|quotes|price|priced|charge|charges|offer|offered|bid',
          // A sum brought up again is somebody's lower price held against ours: "If Paulo brings up the R$ 1,9 milhão again".
          'bring|brings|bringing|throw|throws|throwing up … $|€|£|¥|₹ #', 'bring|brings|bringing|throw|throws|throwing up … # again',
          'say|says|said|claim|argue … quote|price|rate|bid|offer|number be £|$|€|₹|#', '$|€|£|¥|₹ # be above|higher|over', '$|€|£|¥|₹ # be more than',
        ],
        examples: ["If Tony says 'the Clutha bloke does it for three-sixty', we go back to the clip.", 
          'If they bring up the bloke off Facebook who quoted twelve grand, talk about drainage.', 'If Paulo brings up the R$ 1,9 milhão again: talk about the risk.', 'When they say "Menzies-type quote is £1,250", we show turn times.',
          'If Henrik says "USD 4,390 is above the other two bids", stay on value.',
          'Procurement will say the incumbent only charges $80 a seat.', 'Nakamura-san will compare with the Defender licences already included in their Microsoft agreement.', 'She will claim her nephew would do it for £600.',
          'Tomás will tell us the Porto studio quoted €2,400.', "We'll hear that the agency down the road charges $95 an hour.",
        ],
        not: ['The videographer is already booked at £5,400.', 'Marta has already offered me her 18 October wedding at £400 for the day.'],
      },
      {
        why: 'A buyer hears the same in reverse: someone else pays more, our number is far below theirs.',
        side: 'buyer',
        phrases: [
          'say|says|said|claim|argue|insist|mention … below|under', 'say|says|said|claim|argue|insist|mention … short of',
          'other|others … tenant|tenants|customer|customers|client|clients|buyer|buyers|guest|guests|shipper|shippers … pay|paid',
          'what other|others pay', 'other|others pay more',
          // "If she says the fintech pays more", "if they say our number can't work".
          'say|says|said … pay|pays|paid|offer|offers|offered more|higher', 'number|offer|bid|price|figure|rate can not|not|never work',
          'ignore|ignores|ignoring|overlook|overlooks … value|worth|cost|quality|investment', 'undervalu*', 'not reflect … value|worth|cost|market',
          // The supplier's answer to our number, quoted in a note: "💬 'can't do 195k'".
          'cannot do|accept|meet|match $|€|£|¥|₹? #', 'can not do|accept|meet|match $|€|£|¥|₹? #', 'cannot go to $|€|£|¥|₹? #', 'can not go to $|€|£|¥|₹? #',
          // "we are not able to come down further", "he can't move", "when Johan says copper and steel went up": the supplier holding its price.
          'not able to come|go down', 'unable to come|go down', 'not able to go lower', 'unable to go lower', 'not able to move|reduce', 'unable to move|reduce', 'he|she|they can not move|budge', 'he|she|they can not come|go down', 'he|she|they can not go lower',
          'say|says|tell|tells … went|gone|go up', 'say|says|tell|tells … increased|risen|rose',
          // A seller's agent pointing at richer bids: "If Atrium says there are higher offers", "hay ofertas más altas", "we've been outbid".
          'there be … higher|better|stronger offer|offers|bid|bids', 'have|got … higher|better|stronger offers|bids', 'outbid*', 'hay|tienen … ofertas|oferta|pujas más|mas altas|alta', 'hay|tienen mejores ofertas', 'offres plus élevées|elevees|hautes', 'meilleures offres',
          'höhere|hoehere|bessere angebote|gebote', 'offerte più|piu alte', 'ofertas mais altas', 'hogere|betere biedingen|boden',
        ],
        examples: ['When Kunle says "Madam, we are not able to come down further, resin and diesel have gone up"', "When Johan says copper and steel went up and he can't move", 'Si Atrium dice que hay ofertas más altas', 'If the agent says there are higher offers on the table, we hold.', 
          'If she says the fintech pays more, we talk about the role.', "💬 \"can't do 195k\"", "If they say our number can't work, we show the MATIF index.",
          'Rui will say €290 is far below the €350 per desk the other tenants pay.', 'They will say other shippers pay $1,900 a box.',
          'When Gareth tells us, as he will, that £54.00 ignores the value of the existing fit-out, we answer with the covenant.',
        ],
        not: ['Our cap is €48,000 a year.'],
      },
      {
        why: 'What a seller hears in a call: a lower number asked for, a gap to a rival named, others offering less ("Can you do 480?", "You\'re R170 000 more every month", "Other exporters offer C plus 30").',
        side: 'seller',
        phrases: [
          'can|could you do|meet|hit #', 'can|could you go|get to #', 'can|could you do|go|get … lower|better|less|cheaper', 'can|could you sharpen',
          'you be … # more|higher|dearer|over', 'you be # … more|higher|dearer|over',
          'other|others … supplier|suppliers|vendor|vendors|exporter|exporters|agency|agencies|firm|firms|provider|providers|bidder|bidders|carrier|carriers … offer|offers|quote|quotes|charge|charges',
          'price|prices|rate|rates|fee|fees|differential|premium|number|quote|offer|margin|markup … should|must … come|go down', 'price|prices|rate|rates|fee|fees|differential|premium|number|quote|offer … should|must be lower',
          // "If they say Jen at Loch Studio is £1,900": someone else's price quoted back at us.
          // "If Nathalie says we're above the others": dearer than the rest of the field.
          'we be above|over the|all other|others|rest|competition|field|market', 'we be above|over the other bids|bidders|offers|quotes',
          'if … say|says … be only? $|€|£|¥|₹ #', 'if … say|says … charge|charges|quote|quoted|do|does it|them|one|those? for $|€|£|¥|₹? #',
          // "he will quote a Swedish title he paid EUR 90.000 for and lost money on. I do not answer with a lower MG.": a
          // price paid elsewhere that did not pay back, and our answer refusing a lower number.
          'paid $|€|£|¥|₹|eur|usd|gbp? # for and lost money', 'for and lost money on', 'not answer with a lower|smaller|cheaper',
        ],
        examples: ['If they say Jen at Loch Studio is £1,900 → knock another £75 off.', 'if Jonas says "studio X does them for 16 €" →', '> Sr. Kisaragi: "Can you do 480?"', 'Lindiwe: "Shield Force is at R1 310 000. You\'re R170 000 more every month."', '> Tanaka-san: "Other Brazilian exporters offer C plus 30."', 'The differential should also come down.'],
        not: ['Can you do the site visit on Tuesday?', 'We should come down to Leeds for the kick-off.'],
      },
      {
        why: 'What a buyer hears: our number is too low, prices are going up, they cannot go lower.',
        side: 'buyer',
        phrases: [
          'budget|offer|bid|price|number|counter|proposal|target|rate|figure|money|salary|pay|package|wage|wages|fee be … low|tight|small|light|aggressive|unrealistic|unworkable',
          // "If Devon says we're low": us, for our number.
          'say|says|said|tell|tells we be … low|light|lowballing', 'we be too? low|light|lowballing .|,|;|:',
          // Our figure called out of reach: "If Zentel says ₹11,500 is impossible", "they'll call £9 a non-starter".
          '$|€|£|¥|₹ # be … impossible|unrealistic|unreal|unworkable|unviable|insulting|laughable', '# be impossible|unrealistic|unworkable|unviable',
          // Quoted in shorthand, without the verb: 'If Ikeda: "¥3,300 impossible"'.
          '$|€|£|¥|₹ # impossible|unrealistic|unworkable|unviable|insulting|laughable',
          // "the vendor raised list by 7 %": their price rising under ours.
          'vendor|supplier|manufacturer|maker|they raise|raised|raises|increase|increased|increases the? list|price|prices|rates by', 'margin|margins be … thin|tight|squeezed|gone', 'our|the number|offer|bid|figure … insulting|insult|derisory|laughable|ridiculous|lowball|unrealistic|joke', 'our|the number|offer|bid|figure insulting|derisory|laughable|ridiculous|lowball|unrealistic', 'our|the number|offer|bid|figure … not serious|credible|realistic|workable', '$|€|£|¥|₹ # be … not possible|viable', '$|€|£|¥|₹ # be … a non starter|joke',
          'not go|come|move|drop … lower|down|further', 'price|cost|rate|fee go|be up',
          // "He'll say cotton and the PLN tariff make Rp 68.000 impossible", "CHF 1'650 doesn't pay for a partner-led team".
          'make|makes|made # … impossible|unrealistic|unworkable|unviable', '# … not pay for', 'do|does not pay for a|the|our|their', 'price|cost|rate|fee rise|rose|risen|increas*', 'price|cost|rate|fee have gone up',
          'energy|material|labour|labor|wage|input|steel|timber|freight|component cost|costs|price|prices', 'inflation',
          'not hold £|$|€? #', 'nowhere near', 'not near the market', 'understate', 'understates', 'underestimate', 'underestimates', 'unrealistic', 'unworkable', 'not cover', 'not even cover', 'below what', 'below market', 'say … be below', 'other … will? pay more', 'not be do … under', 'not hold the|their|our price|rate', 'let alone … lower', 'other|another bid|offer|bidder … higher|more|above',
          // A seller holding its price against ours: "it's already priced under market", "another guy's coming at 2".
          'already price|priced under|below market|value', 'another|other guy|buyer|buyers|person|people|party|bidder … come|coming|interested|view|viewing',
          'someone|somebody else … come|coming|interested|view|viewing|will pay',
          // "market's up, mr lim can get S$4,800 easily": their price backed by the market.
          'market be up', 'market have go up', 'can|could get $|€|£|¥|₹? # easily|elsewhere|anywhere',
          // "our price already has the maximum discount, nobody else has our automotive templates".
          'already … maximum|max|best|biggest|lowest discount|price', 'nobody|noone else have|has|offer|offers|do|does', 'no one else have|has|offer|offers|do|does',
          'come back … higher', 'ask|push|press|demand|insist|want … more money', 'ask|push|press|demand|insist|want … higher price|rate', 'ask|push|press|demand|insist|want … premium', 'other bidder*', 'other offer*', 'pay more than us',
          'too low', 'too aggressive', 'lowball', 'low ball', 'below cost', 'below their cost', 'below … margin', 'price increase',
          // Their words quoted: "'£98.00 is below our cost.'"
          'below|under our|my cost|costs',
          // "If Heike says … anything below it loses them money": our number said to cost them.
          'lose|loses|losing them|him|her money', 'they|she|he … lose|loses money at|on',
          'price rise', 'price hike', 'uplift', 'cost increase', 'rising cost', 'higher cost', 'other customers pay more',
          // Their price held as the market's: "That's the market", "the market is at $1.2m".
          'that be the market', 'that be market rate|price', 'market be at $|€|£|¥|₹ #',
          'full price', 'list price', 'cannot go lower', 'can not go lower', 'not go any lower', 'not come down', 'go no lower',
          // "We can't go that low", "the brand sets the minimum": their floor, quoted.
          'not go that|this|so low', 'not go down that|this|so far',
          // "We can't do it for that", "they won't do it at $40": our number refused as too little to work for.
          'not do it|that|this for|at that|this|so|$|€|£|¥|₹|#', 'set|sets the minimum|floor', 'minimum price|margin be|is set',
          'raise … price', 'put … price up', 'push for more', 'ask for more', 'want more', 'reject our offer', 'reject our bid',
          'counter higher', 'come back higher', 'hold at list', 'insist on list', 'hold their price', 'hold firm on price',
          // "Oga, our price is our price": their price held as it stands.
          'our|my price be our|my price', 'price be firm|fixed|final|non negotiable', 'take it or leave it',
          // Our number called too small, or theirs stated as where they already are: "If he says it's too little",
          // "When he says "I'm at $230k base today"".
          'too little', 'not enough money',
          // A pay round's offer called too small: "When they say it's not enough", "3% is an insult next to…".
          'say|says|call|calls it|that|this be? not enough', 'say|says|call|calls our|the offer be? not enough', '# % be … an? insult|insulting|joke|derisory|laughable|impossible|unrealistic', 'be|am at $|€|£|¥|₹ # … today|now|currently|already',
          // Called cheap: "If Gareth says we're being cheap", "they'll call us tight".
          'say|says|call|calls we|us be? … cheap|tight|stingy|mean', 'we be be cheap|tight|stingy',
        ],
        examples: ["If Devon says we're low, we point to what our offer is worth.", 'if "it\'s already priced under market / another guy\'s coming at 2" →', 'If they say our budget is too low', 'When Hélder says the money is low', 'IF Frau Lenz says "the vendor raised list by 7 %, 355 is impossible"', 'If Zentel says ₹11,500 is impossible, we talk about the account.', 'If Ikeda: "¥3,300 impossible" → not just raise.', 'When Feld calls our number insulting, we do not answer by moving.', "They'll push for list price.", 'The supplier will ask for a 6% uplift.', "If he says it's too little, we raise the offer.", 'When he says "I\'m at $230k base today"', 'Cláudio will say that $3.95 is unreal and that the distributor margin is already thin.', 'If Kessler tells us another bidder is higher, the answer is what we bring.', "If Gareth says we're being cheap: 250 units in one go.", "When they say it's not enough", 'Tania will say 3% is an insult next to what public hospital nurses got.'],
      },
      {
        why: 'An uplift in what the deal brings is no price rise: "once they see the volume uplift".',
        idiom: true,
        phrases: ['volume|volumes|traffic|demand|revenue|revenues|sales|occupancy|usage|productivity|yield|conversion|footfall|bookings uplift',
          // "our Q2 numbers came in under the forecast": our results below a plan, no rival's price.
          'number|numbers|result|results|revenue|sales|figure|figures|volume|volumes|arr|mrr … come|came|comes in under|below the|our|their? forecast|plan|target|budget|expectation|expectations',
          // "ask that January comes off the KPI report": a thing struck from a record, not money off.
          'come|comes|came|taken|take off the … report|record|list|agenda|scorecard|kpi|kpis', 'ask|want|push … come|comes|came|taken|take off the … report|record|list|agenda|scorecard|kpi|kpis',
          // "their support probably can't cover our Hungarian site": coverage of a place, not of a cost.
          'not cover our|the|their … site|sites|region|regions|location|locations|office|offices|plant|plants|country|countries|area|shift|shifts|hours|language|languages'],
        examples: ["They'll probably cave on LRA once they see the volume uplift.", 'Tom was pretty cranky that our Q2 numbers came in under the forecast we showed him in May.', 'Offer a free clean and ask that January comes off the KPI report.', "CADpartner Süd's support probably can't cover our Hungarian site in German."],
      },
    ],
  },
  {
    tag: 'price-cut',
    why: 'Moving on price: a seller cutting it or a buyer paying more. One definition for every rule.',
    groups: [
      {
        why: 'Where "free" names a property, not a gift: "12 m free height", "free span", "free cash flow", "duty free".',
        idiom: true,
        phrases: ['free height|span|spans|clearance|standing|float|cash|zone|port|trade', 'free floor space|area|height', 'clear|free internal height', 'duty|tax|vat|maintenance|fault|error|latency|carbon free'],
        examples: ['12 m free height vs. 10,5 m there, so more pallet positions per square metre.'],
      },
      {
        why: 'Words of a price cut said to refuse one: French drops its "ne" ("On baisse pas juste pour baisser").',
        idiom: true,
        phrases: ['baisse|baisser|baissons|descend|descendre pas', 'pas baisser|descendre', 'juste pour baisser', 'baisser pour baisser', 'pas une|de|la baisse|remise|ristourne', 'keine|kein rabatt|nachlass|preisnachlass|preissenkung', 'sin descuento|rebaja', 'sem desconto', 'senza sconto|sconti'],
        examples: ['On baisse pas juste pour baisser. On revient à la valeur.'],
      },
      {
        why: 'What our product cuts for them is value, not a price cut: "our system cut unplanned stops by 40 %".',
        idiom: true,
        phrases: ['cut|cuts|reduce|reduced|reduces|lower|lowered|lowers|drop|dropped|drops … stops|stoppages|downtime|errors|defects|waste|scrap|emissions|energy|incidents|failures|returns|churn|breakdowns|claims|accidents|injuries|complaints by #'],
        examples: ['At Kessler our system cut unplanned stops by 40 % in the first year.'],
      },
      {
        why: 'A size or a time taken off is no price cut: "our redesign took 15 mm off the height", "shaves two days off the lead time".',
        idiom: true,
        phrases: ['take|took|takes|taking|shave|shaved|shaves|cut|cuts # mm|cm|millimetres|millimeters|centimetres|centimeters|inches|inch|kg|grams|lb|lbs|seconds|minutes|hours|days|weeks off', 'take|took|takes|shave|shaved|shaves|cut|cuts … mm|cm|millimetres|millimeters|inches|seconds|minutes|hours|days|weeks off the|its|their? height|width|length|weight|size|depth|lead|time|journey|process'],
        examples: ['Right-sizing: our redesign took 15 mm off the height, which drops two SKUs a courier band.'],
      },
      {
        why: 'Sold "off-plan", work done "off-site", hours "off-peak": the word "off" there takes nothing off a price.',
        idiom: true,
        phrases: ['# %? off plan|site|peak|line|shore|season|grid|road', 'off plan|site|peak|shore|grid'],
        examples: ['Phase 1 sold 58% off-plan in eight weeks.'],
      },
      {
        why: 'Cutting something other than the price is what we did for a customer, the value we argue: "our Menlyn Park site cut incidents by 38%".',
        idiom: true,
        phrases: ['cut|cuts|cutting|reduce|reduced|reduces|reducing|lower|lowered|lowers|drop|dropped|drops|halve|halved … incidents|incident|waste|downtime|errors|defects|complaints|churn|turnover|absenteeism|absence|accidents|injuries|emissions|delays|claims|losses|shrinkage|theft|breakdowns|outages|returns|rework|scrap|mttr|energy|fuel|mgo|mdo|hfo|diesel|gas|electricity|water|co2|carbon|mileage|consumption|overtime|stockouts|escalations|spoilage|breakage|tickets|callouts by #', 'cut|cuts|cutting|reduce|reduced|reduces|reducing|lower|lowered|halve|halved … incidents|incident|waste|downtime|errors|defects|complaints|churn|turnover|absenteeism|absence|accidents|injuries|emissions|delays|claims|losses|shrinkage|theft|breakdowns|outages|returns|rework|scrap|mttr|energy|fuel|mgo|mdo|hfo|diesel|gas|electricity|water|co2|carbon|mileage|consumption|overtime|stockouts|escalations|spoilage|breakage|tickets|callouts'],
        examples: ['Our Menlyn Park site cut incidents by 38% in 12 months.', 'Our Bramley Mills site cut food waste by 31% in a year.', 'The battery pack cuts MGO by 15% on DP and in port.'],
      },
      {
        why: 'A seller gives money away: a discount, a lower price, free months or things thrown in at no charge.',
        side: 'seller',
        phrases: [
          'discount', 'rebate', 'price cut', 'cut the|our price', 'cut price', 'lower the|our price', 'lower price', 'reduce the|our price',
          // "we meet them on price – drop to whatever Fulton St is asking": matching their number.
          'meet them|him|her on price', 'drop|come|go down? to whatever', 'match whatever',
          // "go straight to concession 2", "jump to the last step of the discount ladder": a cut named by where it stands in the plan.
          // "Go straight to ladder step 1", "we give the 10 % from Schritt 1 right away": a planned step handed over at once.
          'go|jump|skip|move straight|directly to the|our? ladder|discount|price step|steps|level|levels #', 'give|offer the # % from|of step|stufe|schritt|stage #', 'give|offer step|stufe|schritt|stage # right|straight away', 'give|offer step|stufe|schritt|stage # immediately',
          'go|jump|skip|move straight|directly to concession|concessions|step|steps|level|levels #', 'go|jump|move to step|concession # right|straight away', 'go|jump|move to step|concession # immediately|at once', 'go|jump|skip|move straight|directly to the|our last|final|biggest|bigger|next concession|step|cut',
          // "Bring step 1 forward straight away (−1.50)", "pull the price steps forward": a planned cut given early.
          'bring|pull|move step|steps|concession|concessions # forward', 'bring|pull|move forward step|steps|concession|concessions', 'bring|pull|move the|our … step|steps|concession|concessions forward',
          'reduced price', 'price reduction', 'drop the|our price', 'bring the|our price down', 'come down', 'go down', 'move down',
          // "drop $150,000 to $1,490,000", "Offer the first reduction straight away": a cut by its size, or offered as such.
          'drop|cut|reduce|lower|knock $|€|£|¥|₹ # to', 'drop|cut|reduce|lower|knock # to #', 'offer|give|make|propose the|a|our first|another|further|next reduction',
          // "first, eighty-four down to eighty-two, in return for…": a step from one level down to the next.
          '# down to #',
          // Handing over planned steps: "give them step 1 below straight away", "give him the first two steps from the concessions table".
          'give|offer|table him|her|them|they step|steps|concession|concessions #', 'give|offer|table him|her|them|they … step|steps from the? concession|concessions|ladder|table', 'give|offer|table him|her|them|they … step|steps of the? concession|concessions|ladder|table',
          // "we don't argue, we match – …": matching their number.
          'we|i match —|,|.|;|:', 'we|i will|would|just match —|,|.|;|:',
          'price match', 'match … quote|price|pricing|offer|bid|rate|number', 'beat … quote|price|pricing|offer|bid|number',
          'meet their price', 'meet their|the budget', 'fit their|the budget', 'better price', 'best price', 'special price', 'special pricing',
          'free month', 'month free', 'months free', 'month for free', 'complimentary', 'on the house', 'rent free', 'write off',
          // A credit given, not a credit policy, limit or check: "a $2,000 credit", "credit note", "we credit them".
          'a|an|one|the|their credit of|for|on|against', '# … credit', 'credit note|notes|memo|back|them|him|her', 'credit the|their account', 'issue|give|offer|grant|apply|add … credit',
          'service credit', 'sweeten', 'price concession', 'knock … off', 'take … off', 'shave … off', '# %? off', '£|$|€ # off',
          // "USD 50 per FEU off", "£0.20 a pack off": a unit between the amount and the cut.
          '# per|a|an|each … off',
          // "USD 500/day off", "€2/t off": a rate written with its unit after a slash.
          '$|€|£|¥|₹ # day|month|week|hour|night|unit|seat|user|tonne|ton|kg|t|m2|sqm|mwh|kwh|pallet|head|piece|pc off',
          // "60 000 kr/år off", "120 000 kr/år more off": the year in the plan's language, a further cut said so.
          '$|€|£|¥|₹ # år|jahr|jaar|year|yr|month|mån|mnd|monat|mois|mes|mese more|extra|further? off',
          // "We drop 0,50 € per household straight away", "we offer to freeze the Blended Rate for all three years".
          'we|i drop|cut|shave|knock $|€|£|¥|₹ #', 'drop|cut|shave|knock $|€|£|¥|₹ # per|a|an|off',
          // "we drop a further 2% on the three flagged line items", "knock another €5 off".
          'we|i drop|cut|shave|knock|take a|another further|additional? $|€|£|¥|₹? #',
          // "→ give concession 1 below, the 3% (RMB 14.6万) straight away": a listed step given as the answer.
          'give|offer|concede|table concession|step # below|above? ,? the? # %',
          // "we just drop twenty thousand a month straight away".
          'we|i just|simply|then|immediately drop|cut|shave|knock $|€|£|¥|₹? #', 'drop|cut|knock|shave $|€|£|¥|₹? # a|per month|year|week|unit|head|seat',
          'freeze|freezes|freezing the|our … rate|rates|price|prices|fee|fees|tariff', 'rate|price|fee freeze',
          'mark down', 'markdown of', 'reduce|lower|cut|drop … by #', 'drop|cut|knock|shave # % across|off|from|on the', 'price down', 'drop straight? to £|$|€|₹|#', 'go|come|move|jump|drop|cut|reduce|lower straight|right|directly to £|$|€|₹|#', 'come|go|move down to', 'drop straight', 'to match', 'close the gap', 'price break', 'waive', 'free of charge', 'at no charge', 'at no cost', 'at no extra', 'for|with no charge', 'no charge for|to|on',
          'no extra charge|cost|fee', 'for free', 'give|offer|concede|grant|allow they|them|him|her? a|an|another|further|up? to? # %', 'throw in', 'throw it in', 'throw … in', 'chuck in', 'chuck … in', 'free', 'cheaper',
          // "Offer the 900 € per set reduction", "bring the first step forward", "sharpen our rate and send a lower number".
          '$|€|£|¥|₹ # … reduction|discount|cut', 'bring … step|steps|concession|discount|cut forward', 'sharpen|sharper … rate|price|pencil|number|offer|quote',
          'send|give|quote|offer … a|our? lower|sharper|keener number|rate|quote|figure',
          // French and Spanish plans move on price in their own words: "on s'aligne, 1 520 €/t", "remise de fin d'année".
          'remise', 'rabais', "s'aligne", "s'aligner", 'baisse', 'baisser', 'descuento', 'rebaja', 'sconto',
          // Portuguese: "4% de desconto", "baixamos o preço por loja até empatar".
          'desconto', 'abatimento', 'baixamos|baixar|reduzimos|reduzir o|nosso preço|preco', 'bajamos|bajar|reducimos|reducir el|nuestro precio', 'até empatar', 'hasta empatar|igualar',
          // "Les igualamos el precio por kilo en el acto": their price, matched.
          'igualamos|igualar|igualaremos|igualamos el|su|sus precio|precios|tarifa', 'les igualamos', 'igualamos … precio', 'igualamos|igualar su oferta',
          // A step down by name: "Primeira descida: R$ 30.000,00", "bajada", "ribasso", "Preisnachlass", "verlaging"; and the verb with its amount: "Baixamos R$ 30.000".
          'descida|descidas|bajada|bajadas|ribasso|ribassi|preisnachlass|preissenkung|verlaging|prijsverlaging', 'baixamos|bajamos|rebajamos|abaixamos $|€|£|¥|₹|#',
          // Dutch and German: "Dan zakken we meteen naar 1,05 %", "korting", "kosteloos"; "wir gehen runter auf".
          'korting', 'zakken|zakt … naar|tot', 'verlagen|verlaagd', 'kosteloos', 'runter auf',
          // Vietnamese: "Giảm ngay 150 USD/tấn" (cut at once), "giảm giá", "chiết khấu 3%".
          'giảm|giam giá|gia|ngay|#', 'chiết|chiet khấu|khau',
          // Meeting their number at once: "match at ₹1,10,000", "ok, match them, go to 1,00 zł straight away", "we go to
          // S$1,205 straight away", "go straight to the $1,320 step".
          'match at', 'match him|her|it|that|this',
          // "we'll match PayGrid's PEPM for year 1", "meet Acme's rate": a named competitor's price, met.
          'will|ll|would|d|can|could match … price|prices|rate|rates|pepm|quote|quotes|number|fee|fees|pricing|discount',
          // "we cut ₩150,000/t on the spot", "knock $2 off": a sum cut from the price.
          'we|i cut|knock|shave|take $|€|£|¥|₹ #',
          // "them" and "their" share a stem: "match them, go to…" and "match their €3,40", not "matches their Thursday cut-off".
          'match them ,|.|;|—|and|then|$|€|£|¥|₹|#', 'go|come|move|jump|drop to $|€|£|¥|₹? # straight away', 'go|come|move|jump|drop to $|€|£|¥|₹? # immediately|now',
          'go|come|move|jump|drop straight|right|directly to the $|€|£|¥|₹? #',
          // "we go to € 4.300,- if they commit to two seasons", "we offer steps 1 and 2 from the concessions table": our
          // number moved, or the planned steps handed over, as the answer.
          'we|i go|move|drop|jump|cut to $|€|£|¥|₹ #', 'offer|give|concede|table step|steps|concession|concessions # and|to|, #',
          // "We offer step 1 of the ladder straight away (¥268万)": a rung of our concession ladder is a price move.
          'step|rung|steps|rungs # of the|our ladder', 'first|next step|rung of the|our ladder',
          // "we give step 1 right away and step 2 if he keeps pushing": a planned rung handed over at once.
          // "that's when you give them the $25K": a sum handed over as the answer.
          'give|offer they|them|him|her the $|€|£|¥|₹ #',
          'give|offer|concede|table step|rung # right|straight away', 'give|offer|concede|table step|rung # immediately|now|at once',
          // "step 1 goes on the table immediately": a rung put down at once.
          'step|rung # go|goes on the table', 'put|lay step|rung # on the table',
          // Giving a figure at once: "Offer the 3,6 % (€ 15,00) straight away", "offer $380,000 right away", "we match +8 on the
          // spot", "GO STRAIGHT TO STEP 1 BELOW (−100 000 ON THE SPOT)".
          'offer|concede the|a? # %', 'offer|concede $|€|£|¥|₹ # … right|straight away', 'offer|concede $|€|£|¥|₹ # … immediately|on the spot',
          'drop|cut|knock|shave # % on|off|from', 'match $|€|£|¥|₹? # on the spot|immediately|now', 'match $|€|£|¥|₹? # right|straight away', '# on the spot',
          'go|jump|move|skip straight|directly|right to step|rung #', 'straight to step|rung #',
          // "We cut another 5 %", "knock 3% off", "shave a further 2%": a cut of ours, sized as a share of the price.
          'we|i will|can|would|could|then? cut|knock|shave|take|drop a|an|another|further|extra? # %', 'knock|shave|take … # % off',
          // "Knock the retest days to half rate", "at half price".
          'half rate|price|fee|fees|cost', 'half the|our rate|price|fee', 'half-price', 'knock … to|down',
          // A named price taken down by a sum: "MAG down C$10,000 (to C$385,000)", "fee down a further $20,000".
          'down a|another|further? $|€|£|¥|₹ #', 'down a|another? further|extra $|€|£|¥|₹? #',
        ],
        examples: ['USD 500/day off, if they take 8 months firm instead of 6.', 'First, eighty-four down to eighty-two, in return for a three-year contract.', 'If Pieter says Coldline quoted lower: we match – give them step 1 below straight away.', 'Answer: give him the first two steps from the concessions table straight away.', 'MAG down C$10,000 (to C$385,000) – if they accept 10% commission.', 'MAG down a further C$20,000 (to C$365,000).', 'Bring step 1 forward straight away (−1.50).', 'Primeira descida: R$ 30.000,00, em troca do pagamento do sinal.', 
          "Drop 12% across the whole package right away, provided they sign this week.",
          "I'll knock the retest days to half rate.", 'We drop 0,50 € per household straight away (to 38,80 €).', 'We offer to freeze the Blended Rate for all three Panel years.', 'We match their price.', 'We go to € 4.300,- if they commit to two seasons.', 'We offer steps 1 and 2 from the concessions table straight away.', 'Offer a complimentary month.', 'Knock 10% off.', 'Throw in the reporting module for free.',
          'Gate operator wiring at no charge (normally $4,800).', 'Two months free if they sign by May.',
          "I'll bring the first step forward and offer the 900 € per set reduction right there.", 'We tell him we are willing to sharpen our rate and will send a lower number.',
          "Notre réponse : on s'aligne, 1 520 €/t la première année.",
          '4% de desconto se assinarem contrato de 36 meses.', 'Baixamos o preço por loja até empatar com a NotaCerta.',
        ],
        not: ['We will not discount.', 'A discount does not fix that.'],
      },
      {
        why: 'Either side caves: meeting in the middle is a price move whoever makes it.',
        phrases: [
          'split the difference', 'meet in the middle', 'meet halfway', 'meet them halfway', 'give in', 'cave', 'concede on price',
          // The next rung of a ladder told in prose, its direction taken from the rung before: "Then £40 more if…".
          'then|next $|€|£|¥|₹? # more',
          // A move of the ladder sized as a share of the price: "first move 3% for the 3-year firm term", "a step of 2%".
          'first|second|third|fourth|fifth|next|last|final|opening|smaller|bigger|small|big move|step|concession|rung # %', 'move|step|concession|rung of # %',
        ],
        examples: ['If they still push, we split the difference.', 'Then £40 more if they pay in 14 days rather than their usual 45.', 'first move 3% for the 3-year firm term'],
      },
      {
        why: 'A buyer gives money away: paying more, raising its offer, accepting their increase.',
        side: 'buyer',
        phrases: [
          'pay more', 'pay their price', 'pay the asking price', 'pay list', 'pay full price', 'pay the difference',
          'raise|increase|up|improve|lift|bump|sweeten|top our|the offer|bid|budget|number|counter|ceiling',
          'higher offer', 'better offer', 'we go|move|come|step up', 'go|move|come|step up to', 'meet their price|number',
          // "first, sixty-two up to sixty-five, if they…": a step from one level up to the next.
          '# up to #',
          // "…, we go to 345,00 € straight away": a buyer moving to a new figure moves up.
          'we|i go|move|jump to $|€|£|¥|₹? #',
          // "we match it and add a S$5,000 sign-on": matching their other offer, and topping it.
          'we|i match it', 'we|i match their|the competing|rival|other offer', 'add a|an $|€|£|¥|₹? # sign on', 'add a|an $|€|£|¥|₹? # signing|joining bonus',
          // "We go straight to their counter of €64.000": meeting their number is paying more.
          'go|move|come|jump straight|right|directly? to their counter|offer|price|number|ask|quote', 'meet|match|accept their counter|counteroffer|ask',
          'accept|swallow|absorb … increase|uplift|rise|hike|surcharge', 'accept their|the price|quote|rate', 'agree to … increase|uplift|price',
          'increase|raise|lift|bump|up … by #', 'add # %',
          // "Up 3p to £2.18", "up a further 9p", "up to £3.60 (+£0.10)": a buyer's step or new level.
          'up # to', 'up a? further|another|extra #',
          // An imperative step in a ladder: "Move up ₹0.15/kWh if…", "Move up another ₹0.10/kWh".
          'move|step|inch|creep up $|€|£|¥|₹? #', 'move|step|inch|creep up another|further|extra',
          // "Come up A$60k on the spot", "go up $20k".
          'come|comes up $|€|£|¥|₹? #', 'move|step|inch|creep up a further', 'up to £|$|€|₹|usd|eur|gbp|chf #', 'premium of', 'find|add|stretch … budget', 'more budget', 'add … to our offer', 'further|another|extra £|$|€? #',
        ],
        examples: ['Raise our offer by €50.000.', 'First, sixty-two up to sixty-five, if they hold the price for two years.', 'If Greg says 330,00 € is too low, we go to 345,00 € straight away.', 'Accept the increase.', 'Our first step, if needed, is a further £0.50 per sq ft.', 'Step 1: up 3p to £2.18 a pack', 'Up to £3.60 (+£0.10 PEPM)', 'We go straight to their counter of €64.000 per unit.', 'Move up ₹0.15/kWh if they raise the generation guarantee.', 'Move up another ₹0.10/kWh if banking charges are capped.'],
        not: ['We will not raise our offer.'],
      },
    ],
  },
  {
    tag: 'value',
    why: 'Going back to what the deal is worth: outcomes, payback, risk, the cost of doing nothing; for a buyer, what we bring.',
    groups: [
      {
        why: 'Making a comparison go away is dropping the price to match, not showing what we are worth: "so the comparison goes away".',
        idiom: true,
        phrases: ['comparison|comparisons go|goes|went away', 'comparison|comparisons disappear|disappears|vanish|vanishes', 'kill|end|remove the comparison'],
        examples: ['If Ms. Ooi brings this up, we give an extra 5% off on the spot so the comparison goes away.'],
      },
      {
        why: 'The value answer a seller gives.',
        phrases: [
          'value', 'roi', 'return on investment', 'payback', 'pay back', 'pay for itself', 'business case', 'outcome', 'result',
          'saving', 'save', 'cost of doing nothing', 'cost of inaction', 'cost of delay', 'status quo', 'do nothing', 'tco',
          'total cost', 'risk', 'downtime', 'uptime', 'reliable', 'reliability', 'differentiat*', 'unique', 'only vendor', 'only supplier',
          'nobody else', 'no one else', 'set us apart', 'like for like', 'apples to apples', 'hidden cost', 'switching cost',
          'quality', 'track record', 'reference', 'case study', 'proof', 'proven', 'pilot result|results|data|numbers|figures|outcome|outcomes|showed|shows|proved|proves', 'in|during|from the|our|a … pilot', 'offer|propose|suggest|run a|free? pilot', 'free|paid pilot', 'impact', 'revenue', 'productivity', 'productive',
          'efficien*', 'worth', 'benefit', 'gain', 'a|the|regulatory|late|gdpr|heavy|hefty|potential|risk|face|facing|avoid|avoiding|avoided fine', 'fine of|from|for', 'penalt*', 'sla', 'service level', 'rescope', 'descope', 'scope down',
          // Scope as the answer ("a smaller scope", "cut the scope"), not the scope we quote for ("PD scope: 240 FTE-days").
          'smaller|narrower|reduced|reduce|cut|change|adjust|trim|phase the? scope', 'scope … down|back', 'phase it|in|the|over|rollout|delivery', 'in phases',
          'fewer seats', 'smaller package', 'compar*', 'include', 'capabilit*', 'expertise', 'metric', 'kpi', 'profit', 'growth',
          'churn', 'retention', 'headcount',
          // FTEs saved or freed, not "the FTE rate" a price is quoted in.
          '# fte|ftes', 'fte|ftes saved|freed|save|saving|savings|reduction', 'save|saves|free|frees … fte|ftes', 'manual', 'error', 'time to market', 'cash flow', 'benchmark', 'market rate',
          'why us', 'what it cost them', 'cost them', 'hour', 'turnaround', 'speed', 'faster', 'experience', 'warranty', 'support',
          'guarantee', 'certified', 'certification', 'certificate', 'compliance', 'audit', 'breach', 'rework', 'defect', 'scrap', 'yield', 'waste', 'spoil*',
          // Their margin is value to them; "our 13.5% target margin" is ours.
          'recoup', 'their|your|store|shop|retail|gross margin', 'margin gain|gains|uplift|improvement', 'mileage', 'fuel saving|savings|cost|costs|use|usage|consumption|burn|bill|spend|efficiency', 'idle', 'occupancy', 'footfall', 'conversion rate|rates|uplift|lift', 'streams', 'audience', 'reach',
          // What we cut for them, not what we cut off our price: "our driver scoring cut Hartley's insurance premium by 9%".
          'cut|cuts|reduce|reduces|reduced|lower|lowers|lowered … premium|premiums|bill|bills|spend|claims|losses|costs', 'second system', 'failed cutover',
          // What a stop costs them: "one stopped day on two shifts is over sixty thousand euro", "so a stock-out can't happen".
          'stopped|lost|idle day|days|shift|shifts|line|lines', 'line stop|stops|stoppage', 'stock out|stockout|stockouts', 'out of stock',
          // "I go back to last summer: …", "we go back to what it's worth": back to what we did for them.
          'go|goes|going back to last|what|how|why',
        ],
        examples: ['We go back to the pilot results: 9% less fuel.', 'Show the payback: under four months.', "Our driver scoring cut Hartley's insurance premium by 9%."],
      },
      {
        why: 'What a buyer brings instead of more money: volume, term, a reference, fast payment, competing quotes.',
        side: 'buyer',
        phrases: [
          'payment at|in|within # day', 'deposit', 'order', 'second|another|repeat|future event|conference|booking|order|project|contract', 'written quote', 'quote in writing', 'pay … within|in # day', 'net #', 'framework', 'one po|order', 'quote|bid|offer … on the table',
          'covenant', 'track record', 'tenant', 'more seats', 'three|two|four|five|multi|# year', 'renew*', 'pipeline', 'roadmap',
          'press release', 'publicity', 'speaking slot', 'alternative supplier|vendor|site|option', 'other site|option|supplier|vendor',
          'cost model', 'standard spec*', 'delivery window',
          'volume', 'bigger order', 'larger order', 'more units', 'referral', 'logo', 'testimonial', 'term', 'multi year',
          'long term', 'longer term', 'longer contract', 'commitment', 'commit', 'committed', 'forecast', 'expansion', 'future business', 'repeat business',
          'prompt payment', 'fast payment', 'faster payment', 'early payment', 'pay early', 'pay upfront', 'prepay', 'payment terms',
          'exclusiv*', 'sole supplier', 'single source', 'preferred supplier', 'strategic', 'partnership', 'cost to serve',
          'lead time', 'consolidat*', 'competing quote', 'competing bid', 'other quote', 'other bid', 'alternative quote',
          'should cost', 'cost breakdown', 'open book', 'index', 'what others pay', 'market', 'tender',
        ],
        examples: ['Offer a three-year term and faster payment instead.', 'Point to the two competing quotes.'],
      },
    ],
  },
];
