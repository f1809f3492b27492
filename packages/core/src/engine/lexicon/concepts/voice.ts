/**
 * The plan's voice: hedges, desperation, best-and-final requests and how a plan
 * answers them, placeholders, things to verify.
 *
 * Some families have groups that rules read apart (`FAMILY_BY_TAG.get(tag).groups[i]`):
 * their order is part of the contract and is noted on the family.
 */
import type { Family } from '../types.js';

// "cannot" is one word and "can't" two ("can not"): an entry names both.
const unable = (rest: string): string[] => ['cannot', 'can not', 'must not', 'could not', 'will not'].map((m) => `${m} ${rest}`);

export const voice: Family[] = [
  {
    tag: 'hedge',
    why: 'A belief about the other side stated as if known: it needs checking before it steers the plan.',
    // Group 0 is a guess wherever it stands; group 1 only when the clause is about the other side
    // (`unverified-assumption` reads them apart). Words a team adds under `vocabulary.hedge` count like group 0.
    groups: [
      {
        why: 'Advice to take a better offer elsewhere guesses nothing about them: "If another offer is higher and real, she should take it."',
        idiom: true,
        phrases: ['higher|better|bigger|stronger|real|genuine|firm … , he|she|they should take|accept it|that|theirs'],
        examples: ['If another offer is higher and real, she should take it.'],
      },
      {
        why: 'A song or an ad that sounds like something describes it; it guesses nothing: "an anthemic Americana track that sounds like working people".',
        idiom: true,
        phrases: ['track|song|music|tune|jingle|voice|record|spot|ad|sound|anthem … sound|sounds like'],
        examples: ['Needs: an anthemic Americana track that sounds like working people, not a jingle.'],
      },
      {
        why: 'To assume a cost, a risk or a piece of work is to take it on, no guess: "We assume the migration of the old Excel data".',
        idiom: true,
        phrases: [
          'we|i assume the|all|our|any|full … cost|costs|migration|work|risk|risks|freight|transport|responsibility|installation|fee|fees|liability|expense|expenses|training|setup|integration|import',
          'we|i will|would|can|could assume the|all|our|any|full … cost|costs|migration|work|risk|risks|freight|responsibility|installation|fee|fees|liability|expense|expenses',
        ],
        examples: ['We assume the migration of the old Excel data (ca. 60 hours of our team).'],
      },
      {
        why: '"Sure" as an adjective, "for sure" and feelings we will look at are no guesses: "a sure Saturday in her calendar", "Tom will say this for sure", "we\'ll see how we feel".',
        idiom: true,
        phrases: ['a|the sure', 'how we|i|they feel|felt', 'see how … feel', 'for sure'],
        examples: ['We book 16 months ahead with a 50 % deposit now: a sure Saturday in her calendar.', "We'll see how we feel once we've been there again."],
      },
      {
        why: '"Surely" reads by its stem "sure", and "sure" before a noun is certain money, no guess: "₱900k sure income for them".',
        idiom: true,
        phrases: ['sure income|revenue|money|thing|bet|win|business|volume|cash|fire|sign|winner'],
        examples: ['2 yr contract = around ₱900k sure income for them'],
      },
      {
        why: 'What a move shows them we believe is a signal we send, no guess: "a GMR at 75% of forecast shows we believe their forecast".',
        idiom: true,
        phrases: ['show|shows|showing|signal|signals|signalling|signaling|prove|proves|tell|tells them|him|her? we|i believe|trust'],
        examples: ['A GMR at 75% of forecast royalties is normal in licensing and shows we believe their forecast.'],
      },
      {
        why: 'A guess on its own: first-person verbs of supposing, and "should be fine" said of something we have not checked.',
        phrases: [
          'i|we still|just? assume', 'i|we presume', 'i|we suppose', 'i|we reckon', 'i|we guess', 'i|we imagine',
          // Notes typed fast drop the subject and the letters: "reckon they'll be fine w/ net 45", "prob fine w/ qtrly advance".
          'reckon they|he|she|it|their|that|the', 'prob|probs|prolly fine|ok|okay|happy|not|will|want|wants|need|needs|have|has|out|around|about|ask|take|go|be',
          // "I'd say they're keen" guesses; "for the opening I would say CHF 168.–" proposes a number.
          'i|we would assume|imagine|guess|bet|wager|think|expect', 'i|we would say they|he|she|it|that|the|their|there', 'i|we bet', 'i|we wager', 'let us assume', "let's assume",
          'safe|fair|reasonable to assume', 'can assume', 'presumably', 'supposedly', 'in all likelihood', 'by all likelihood',
          'my|our gut|hunch|guess|sense|feeling|instinct|read|bet|assumption is|says|tells',
          'my|our gut feeling|feel is|says|tells', 'my|our working assumption',
          'should be|go|get fine|ok|okay|alright|smooth|smoothly|straightforward|easy|simple|painless|through',
          'should be no problem|issue', 'should be a formality|given', 'should be all right', 'should be a non issue',
          'should not be a|an|any? problem|issue|concern|blocker|obstacle|hurdle|surprise|objection',
          'should have no problem|issue|objection|concern', 'take|took|taking|taken it? for granted', 'goes without saying',
          'chances are', 'odds are', 'a safe bet',
          // Sure of it without having asked: "Jim is fine with a 5-year term, I'm pretty sure of that", "that trade should land easily".
          'i|we be pretty|fairly|quite|very? sure|confident|certain of|about that|it|this', 'should land|work|fly|pass|sail easily|smoothly|fine|through',
        ],
        examples: [
          'I assume the 60-day payment terms should be fine for Globex.',
          'Should be fine since we have worked with them for years.',
          "I'd imagine the board signs off in May.",
          'Presumably the budget was approved in March.',
          "Jim is fine with a 5-year term, I'm pretty sure of that, so that trade should land easily.",
        ],
        not: ['We do not assume they can start in July.', 'For the opening I would say CHF 168.–.'],
      },
      {
        why: 'A guess that is a belief about the other side only when the clause speaks of them ("they probably", "I think Neil").',
        phrases: [
          'probably', 'likely', 'unlikely', 'most likely', 'in all probability', 'maybe', 'perhaps', 'possibly',
          'surely', 'no doubt', 'undoubtedly', 'doubtless', 'bound to', 'may well',
          'i|we think|thought|believe|believed|feel|felt|suspect|suspected|sense|sensed|trust|hope',
          'i|we do not think|believe|expect|suppose|imagine', 'i|we be pretty|fairly|quite|very? sure|confident|certain|convinced|positive',
          'seem|appear to|like|keen|happy|open|interested|fine|ok|okay|comfortable|willing|ready|relaxed', 'sound like',
          // "Assuming they accept", not "the BAFO price assumes five" (a document's basis).
          'assuming that|they|he|she|it|the|their|his|her|we|our|there', 'should accept|agree|sign|approve|welcome|understand|bite', 'should go for', 'should say yes',
          'should be happy|comfortable|open', 'should jump at', 'should take it', 'will not mind', 'would not mind', 'should not mind',
          'i|we doubt', 'hopefully', 'apparently', 'from what i hear|heard|gather', 'i|we hear|heard that', 'word be that', 'rumour|rumor has it',
          // "They must be under pressure", not a rule's "every new car must be under 120 g".
          'must be keen|desperate|happy|unhappy|worried|nervous|feeling|struggling|short|tired', 'must be under pressure|strain|stress|fire', 'must be under the gun',
        ],
        examples: [
          "Neil probably doesn't care about the SLA.",
          'They probably have budget left over from Q2.',
          'Their Head of Logistics seems keen on the alerts.',
          'I doubt they have budget for the add-on.',
          'Apparently their current vendor is sunsetting the product.',
        ],
        not: [
          'Maribel liked the pilot reporting.', 'Ask what their support looks like.', 'The council selected Ledgerline as apparent successful proposer.',
          'Our licence requires a minimum three-year term; the BAFO price assumes five.', 'From 1 January every new car must be under 120 g CO₂/km (Group ESG policy).',
        ],
      },
    ],
  },
  {
    tag: 'verify',
    why: 'The plan says it will check a belief: a hedge with a check attached is fine.',
    groups: [
      {
        why: 'Verbs and words of checking.',
        phrases: [
          'verify', 'verification', 'confirm', 'confirmation', 'check', 'validate', 'validation', 'double check', 'cross check', 'find out',
          'clarify', 'probe', 'make sure', 'to be confirmed', 'unconfirmed', 'unverified', 'in writing', 'ask … directly|straight|outright|plainly',
          // "Text her at 8", "ring him first thing", "WhatsApp Nadia tonight": a message to someone who knows.
          'text|message|whatsapp|ring|phone|email|call her|him|them at|tonight|today|tomorrow|first|before|in', 'text|message|whatsapp her|him|them',
          'ask him|her|them', 'ask about', 'ask whether|if', 'ask … whether|if', 'ask for confirmation|proof|evidence|clarification', 'i|we will? ask', 'i|we will|shall|would|can also|then|first|again ask',
          'test it|this|that',
          // Asking an open question checks as well as asking whether: "ask how her fee is calculated", "ask when their quarter ends".
          'ask how|what|when|where|who|which|why',
        ],
        examples: ['They probably plan to add Breda; confirm before we fix the price.', 'I think Janet adds a fee on top — ask how her fee is calculated.', 'The supplier probably holds Q3 capacity for us — ask Pieter directly.', 'I think Liberty bid a diesel fleet; ask Ray if that is acceptable to them.', 'I will also ask Stefan three questions.'],
      },
      {
        why: 'A check as a thing they run, not one we will make: "only as a price check", "a sanity check on our number".',
        idiom: true,
        phrases: ['as a|their price|sanity|reality|benchmark|market check', 'a price|sanity|reality|benchmark|market check'],
        examples: ["I think they're also looking at Optimo, but only as a price check, so I'm not worried about it."],
      },
      {
        why: 'Asking as the condition of their move, not a check of the belief: "they will waive the charge if we ask at the end".',
        idiom: true,
        phrases: ['if|when|once|provided i|we ask'],
        examples: ['I think they will waive the mobilisation charge if we ask at the end.'],
      },
    ],
  },
  {
    tag: 'desperation',
    why: 'Over-investment in one deal: it shows, and it invites the other side to push.',
    groups: [
      {
        why: 'Need and fear of loss, whatever the context.',
        phrases: [
          'must win', 'must land', 'must close this|it', 'have|has|need|got to win this|it|them',
          'have|has|need|got to win the|this deal|account|renewal|tender|contract|business',
          // "We have to get this one", "I've got to land this one": the deal as "this one".
          'have|has|need|got to get|land|close|secure|win this|that one', 'must get|land|secure this|that one',
          ...unable('afford? to? lose|miss this|that|the deal|one|account|customer|client|renewal|contract|business|order|opportunity|tender|supplier|vendor|partner|slot|building|site|job|booking|gig|project|commission|sale|tenant|wedding|event|contract'),
          ...unable('afford? to? lose them|it'), ...unable('lose this'), 'cannot afford to lose', 'can not afford to lose', 'cannot let this|it|them|the one|deal|account? go|slip', 'can not let this|it|them|the one|deal|account? go|slip',
          ...unable('afford to walk away'), 'deal|renewal|contract|one|sale|merger|acquisition|exit|raise|round|lease|offer have|has|need to happen', 'deal|renewal|contract|one|sale|merger|acquisition|exit|raise|round|lease|offer must happen',
          'lose … would|will be a? disaster|catastrophe|nightmare', 'do whatever it take',
          // "I'd pay close to anything to keep it".
          'pay close|almost|nearly|just to? anything', 'pay anything', 'do anything to keep|win|get|land|save',
          'cannot walk away', 'can not walk away', 'need this|that deal|one|win|account|renewal|contract|business|order|sale|customer|client|job|booking|gig|project|commission|tenant|wedding|event',
          'need a|the win', 'job|head|neck|bonus|quota be on the line', 'can not go home|back … without this|the|a deal|contract|signature|win|renewal|order', 'cannot go home|back … without this|the|a deal|contract|signature|win|renewal|order',
          'need the deal so? badly|desperately', 'need them more than they need we', 'need it|this|them so? badly|desperately',
          'have|has|need|must|got to close|land|book this|it', 'have|has|need|must|got to close|land|book the|this deal|one|sale|renewal',
          'have|has|need|must|got to get|sign this|it signed|done|closed|over', 'have|has|need|must|got to get|sign the|this deal|one signed|done|closed|over',
          'have|has|need|must|got to close this quarter|month|year', 'desperate', 'desperately', 'desperation',
          'make or break', 'do or die', 'bet the farm|quarter|year|company|house',
          // "we are in no position to let this drag on, and getting signatures in June is everything".
          'in no position to let … drag|slip|wait|run on', 'getting|get|closing|signing|winning … signed|signature|signatures|deal|it|this … be everything',
          // "The number depends on them" is a price set by its conditions; "my number depends on it" is a quota.
          'quarter|year|bonus|quota|target|forecast|job|commission depend|hinge|ride|rest|reli on this|it|them|closing|winning|signing',
          // "we can't walk out of that room without a signature – Q4 hinges on this one".
          'q1|q2|q3|q4|h1|h2|fy hinge|hinges|ride|rides on this|it|them|closing|winning|signing',
          'can not walk|come|get out … … without a|the|this deal|contract|signature|yes|order|win|commitment', 'cannot walk|come|get out … … without a|the|this deal|contract|signature|yes|order|win|commitment',
          // Closing at any price: "we come back with a signature, no matter what", "this gift has to close, whatever we need to
          // give", "il nous faut ce contrat coûte que coûte" (not "we hold the floor no matter what", which is firmness).
          'signature|signed|deal|contract|order|yes|close|sign|win|land … no matter what', 'signature|signed|deal|contract|order|yes|close|sign|win|land , no matter what',
          'whatever we|i need|have to give|concede|offer|pay', 'gift|grant|sponsorship|sale|deal|renewal|contract|order have|has|need to close|land|happen',
          'coûte que coûte', 'coute que coute', 'à tout prix', 'a tout prix', 'il nous faut ce|cette contrat|deal|marché|commande|affaire', 'on doit signer', 'nous devons signer',
          // "the South region quarter is riding on Kaveri".
          'quarter|year|bonus|quota|number|target be riding|resting|hanging on',
          'quarter|year|bonus|quota|target|forecast|job|commission depend|hinge|ride|rest|reli on the|this deal|one|renewal|account|customer',
          'my|our number depend|hinge|ride|rest|reli on this|it|them|closing|winning|signing', 'my|our number depend|hinge|ride|rest|reli on the|this deal|one|renewal|account|customer',
          'everything depend|hinge|ride|rest on this|it|them|closing|winning|signing', 'everything depend|hinge|ride|rest on the|this deal|one',
          'losing|failure be not an option', 'losing … be not an option', 'walk away be not an option', 'walking away be not an option', 'no deal be not an option', 'too big|important to lose',
          'give|offer|accept|concede|do them? whatever|anything they want|ask|need|demand', 'whatever they want|ask|demand', 'bend over backwards',
          // "This one has to close. My whole year rides on Kindersley and I'll sign off on pretty much anything".
          'this|that one have|has|need|needs|must to? close|happen|land', 'my|our whole year|quarter|bonus|career ride|rides|hinge|hinges|depend|depends on',
          'sign off on pretty|just|almost much? anything', 'agree to pretty|just|almost much? anything', 'accept pretty|just|almost much? anything',
          // "Have to land Pipewise this quarter … without it there's no Q3 for the team".
          'have|has|need|must|got to land|win … this quarter|month|year', 'without this|it|them there be no quarter|bonus|q1|q2|q3|q4|year|team|quota',
          'without the|this deal|account|contract|order there be no quarter|bonus|q1|q2|q3|q4|year|team|quota',
          // "Halvard cannot be allowed to leave that room without a deal … there is no second chance … we give her whatever keeps
          // Halvard at the table."
          'cannot … leave|walk … without a|the deal', 'can|must not … leave|walk … without a|the deal', 'no second chance',
          // "We cannot leave that room without a signature", "This one simply has to close", "we cannot come out of this one empty-handed",
          // "I'm prepared to bend on nearly anything to get their signature".
          'cannot leave that|this|the room|meeting|call|table without', 'can not leave that|this|the room|meeting|call|table without', 'cannot walk out of that|this|the room|meeting|call without', 'this|that one simply|just|really|absolutely have|has|need|needs|must to? close|happen|land',
          'cannot come|walk|go out … … empty handed', 'can not come|walk|go out … … empty handed', 'cannot come|walk|go home … empty handed', 'can not come|walk|go home … empty handed', 'bend on nearly|almost|just? anything', 'bend on pretty much anything',
          // "I'm not leaving that call without Orillia signed, period. Whatever Devon puts in front of me, I'll make it work."
          'not leave|leaving|walk|walking out? … without … signed|signature|deal|contract|yes|order',
          // "We have to walk out of this meeting with a signature".
          'have|has|need|must to? walk|come|leave|get out … with a|the signature|deal|contract|yes|order|signed',
          // "Coming back to Brescia without the Frischkauf contract is not an option this year".
          'without … deal|contract|order|signature|renewal|award be not an option', 'without … deal|contract|order|signature|renewal|award be no option',
          // "The band can't come away from this without Pecan Creek … so we do what we have to to land the slot."
          'cannot come|walk away from this|here|it without', 'can not come|walk away from this|here|it without', 'do what we|i have to to? land|win|get|close|keep|secure', 'do what we|i must to? land|win|get|close|keep|secure',
          'give|offer|concede … whatever|anything keep|keeps|get|gets', 'give|offer|concede … whatever|anything it take|takes',
          // "I'll walk into the call ready to give almost anything to bring it home."
          'give|concede|offer almost|nearly|just? anything to', 'give|concede|offer pretty much anything',
          'all in on this|it', 'all in on the deal', 'agree to anything', 'say yes to anything', 'take|accept almost? anything to fill|get|win|land|keep|close|secure', 'do anything to win|close|keep|get|land|sign',
        ],
        examples: [
          "We are in no position to let this drag on, and getting signatures in June is everything.",
          'We need this deal to make the quarter.', 'We go to Tuttlingen and we come back with a signature, no matter what.', 'This gift has to close, whatever we need to give.', "I'm not leaving that call without Orillia signed, period.", 'Coming back to Brescia without the Frischkauf contract is not an option this year.', 'Honestly, we have to walk out of this meeting with a signature.', 'Honnêtement, il nous faut ce contrat coûte que coûte.', "Honestly, we can't walk out of that room without a signature – Q4 hinges on this one.",
          'We cannot walk out of Hosur without this signature — the South region quarter is riding on Kaveri.',
          'We cannot leave that room without a signature.', 'This one simply has to close, Declan.', 'Honestly, we cannot come out of this one empty-handed.', "I'm prepared to bend on nearly anything to get their signature before Christmas.",
          'This renewal is make-or-break for the EMEA team.',
          "We can't afford to lose them to Spendwise.",
          'We cannot lose this building.',
          'This deal has to happen this quarter.',
          'I really need this booking, my diary is empty in October.',
          "Honestly I'd take almost anything to fill that Saturday.", "I'll walk into the call ready to give almost anything to bring it home.", 'Halvard cannot be allowed to leave that room without a deal.', "The band can't come away from this without Pecan Creek, so we do what we have to to land the slot.",
          "I can't afford to lose this wedding.",
          'Losing Acme would be a disaster.',
        ],
        not: [
          'We will walk if they insist on unlimited liability.',
          'We do not need this deal at any cost.',
          'Nothing about our quarter depends on this one.',
        ],
      },
      {
        why: '"At any cost", "whatever it takes", "no matter what" aimed at getting the deal; aimed at our position they are firmness.',
        phrases: [
          'win|close|sign|land|secure|retain|keep|get … at any|all cost|costs|price', 'at any|all cost|costs|price to win|close|sign|land|secure|keep|get',
          'win|close|sign|land|secure|retain|keep|get … whatever it take', 'whatever it take to win|close|sign|land|secure|keep|get|retain',
          // "we lock the 18.000 t before planting, whatever it takes": locking the volume in, at any price.
          'lock|book|nail|clinch|seal|grab … … ,|— whatever it take',
          'win|close|sign|land|secure|retain|keep|get … no matter what', 'win|close|sign|land|secure|retain|keep|get … whatever happen',
          'win|close|sign|land|secure|retain|keep|get|want|need|take … whatever the cost|price', 'whatever the cost|price … win|close|sign|land|secure|keep|get|retain|take',
          // "This has to land on Thursday, whatever it costs us on rate": the deal bought with our price.
          'win|close|sign|land|secure|retain|keep|get|happen … whatever it cost|costs', 'win|close|sign|land|secure|retain|keep|get|happen … ,|— whatever it cost|costs',
          'win|close|sign|land|secure|retain|keep|get|happen ,|— whatever it cost|costs',
          // "This renewal closes before the USFDA inspection, whatever it takes": the clause after the comma is the price.
          'win|close|sign|land|secure|retain|keep|get|happen … ,|— whatever it take', 'win|close|sign|land|secure|retain|keep|get|happen ,|— whatever it take',
          // "This one has to come home, no matter what it costs us": a deal brought home at any price.
          // "the kits go live before the ONA audit in May, whatever it takes": the deal in place by a date, at any price.
          'live|ready|done|delivered|installed|signed … … ,|— whatever it take',
          'come home … no matter what', 'come home ,|— no matter what', 'come home … whatever it take|cost|costs', 'come home ,|— whatever it take|cost|costs',
        ],
        examples: ['Message for the team: the kits go live before the ONA audit in May, whatever it takes.', 'This renewal closes before the USFDA inspection, whatever it takes.', 'This has to land on Thursday, whatever it costs us on rate.', 'We have to get this signed whatever it takes.', 'Whatever it takes to keep the account.', 'We close this at any cost.', 'We want this deal whatever the price.', 'This one has to come home, no matter what it costs us.'],
        not: ['We protect the margin at all costs.', 'No discount, no matter what, unless they sign for three years.', 'They refuse the supplier code: no deal, whatever the price.'],
      },
      {
        why: 'Fear of losing someone: desperate when a name follows ("we can\'t lose Corvex"), not "we cannot lose money" (`desperation` checks what follows).',
        phrases: [...unable('afford? to? lose'), 'can not afford to lose', 'cannot afford to lose'],
        examples: ["We can't lose Corvex this year."],
      },
      {
        why: "German, French, Spanish, Portuguese and Italian plans: we must have this deal (\"Diesen Deal brauchen wir unbedingt\", \"Necesitamos este deal\").",
        phrases: ['brauchen … unbedingt', 'unbedingt brauchen|gewinnen|holen|haben', 'dürfen … nicht verlieren', 'durfen … nicht verlieren', 'necesitamos este|esta deal|negocio|contrato|cliente|cuenta', 'no lo|la podemos perder', 'precisamos deste|desse|desta|dessa negócio|negocio|contrato|cliente|deal', 'não podemos perder', 'nao podemos perder', 'não|nao pode|posso perder essa|esta|esse|este conta|cliente|contrato|negócio|negocio|deal', 'no podemos|puedo perder', 'meta|metas|objetivo|bônus|bonus … depende|dependem dela|dele|disso|deste|desta', 'cuota|objetivo|meta|bono … depende de esta|este|esto', 'abbiamo bisogno di questo|questa deal|contratto|cliente', 'non possiamo perder*', 'il nous faut absolument', 'on ne peut pas le|la|se perdre', 'on ne peut pas perdre', 'nous devons absolument', 'à tout prix', 'a cualquier precio', 'a qualquer preço', 'a qualsiasi costo', 'a tutti i costi', 'um jeden preis'],
        examples: ["Diesen Deal brauchen wir unbedingt.", "Necesitamos este deal, no lo podemos perder."],
      },
    ],
  },
  {
    tag: 'best-and-final-request',
    why: 'The other side asked for our best and final offer: take it at its word.',
    // Group 0 names the round and counts by itself; group 1 is an ask for our best number.
    groups: [
      {
        why: 'Names of a one-round process.',
        phrases: [
          'best and|n final', 'best final', 'bafo', 'bafos', 'b.a.f.o', 'last and final', 'final and best', 'one|single round only',
          'a|only single round', 'only one round', 'one shot only', 'single shot', 'one round process|tender|bid', 'one shot process|tender|bid|offer',
          'best deal|offer|price|pricing|terms|number|proposal|quote|bid in writing', 'sealed bid|bids|offer|offers',
          'one|single submission only?',
          // Nigerian English: "their last-last price in writing".
          'last last price|offer|rate|number|quote',
          // "She wants our best firm basis in writing by Thursday … 'one round, no re-quotes'": their one-round rule in their words.
          'best firm … in writing', 'best firm|final basis|price|rate|offer|number', 'one round , no re quote|quotes|requote|requotes', 'no re quote|quotes|requote|requotes',
          // The same round in the plan's own language: "bestes und finales Angebot", "meilleure et dernière offre",
          // "mejor y última oferta", "migliore e ultima offerta", "beste en laatste bod".
          'bestes|best und|u finales|letztes angebot', 'meilleure et dernière|derniere|finale offre', 'mejor y última|ultima|final oferta', 'migliore e ultima|finale offerta', 'beste en laatste|finale bod|aanbieding',
        ],
        examples: ['They asked for our best and final offer by Friday.', 'We were invited to submit a BAFO.', 'One round only; they pick on Monday.', 'The RFP is a sealed bid.', 'Sie wollen bis Freitag unser bestes und finales Angebot schriftlich.'],
        not: ['There is no BAFO round in this tender.'],
      },
      {
        why: 'Someone asks for our best, final or lowest number.',
        phrases: [
          'ask|want|request|require|expect|demand|invite|need|insist … best|final|lowest|sharpest|keenest offer|offers|price|prices|pricing|proposal|bid|quote|number|figure|rate|deal|submission',
          // "Final terms" are how any quote round closes ("the broker wants final terms from all insurers by 10 March"); "best terms" ask for our best.
          'ask|want|request|require|expect|demand|invite|need|insist … best|lowest|sharpest|keenest terms',
          'ask|want|request|require|expect|demand … final word|position|answer', 'tell|say|said … this be the|our last|final round',
          'best|lowest|sharpest|keenest offer|price|pricing|proposal|bid|quote|number|terms|rate due',
          // "Final proposal due 15 May" is a tender's last submission date, not a request for our best and final.
          'final offer|price|pricing|bid|quote|number|terms|rate due',
        ],
        not: ['The broker wants final terms from all insurers by 10 March.'],
        examples: ['Procurement wants our best price in writing.', "Kestrel's account manager has asked us for our final offer on volumes."],
      },
      // Group 2: like group 0, the round named, for a seller only.
      {
        why: 'One round, said as none after it: "the board opens all quotes on 22 May and there will be no second round". A buyer says so of its own tender.',
        side: 'seller',
        phrases: ['be no second|further|later round'],
        examples: ['The board opens all quotes on 22 May and there will be no second round of negotiation.'],
      },
    ],
  },
  {
    tag: 'second-round',
    why: 'Treating a best-and-final offer as an opening: holding something back for a round that may never come.',
    // Group 0 reads as a second round wherever it stands; group 1 only in the part of the plan that answers the request.
    groups: [
      {
        why: 'Where something goes in a document, not a later round: "in the first line of the letter, not the last".',
        idiom: true,
        phrases: ['first line|page|paragraph|sentence|slide … not the last', 'letter|email|mail|deck|document|page|memo|paragraph|slide|line , not the last', 'top … not the last|bottom'],
        examples: ['Put it in the first line of the letter, not the last.'],
      },
      {
        why: 'What they asked for, told apart from what we keep: "Patricia asked for our best, not our lowest".',
        idiom: true,
        phrases: ['best , not our|the lowest|cheapest', 'best not our|the lowest|cheapest'],
        examples: ['Going below it would break our price list, and Patricia asked for our best, not our lowest.'],
      },
      {
        why: 'A later round, a counter we wait for, something kept back.',
        phrases: [
          'second|next|another|further|later round', 'follow up round', 'round two', 'they will|always|usually|would|then? come back',
          'when|once they come back', 'when|once|after|if he|she|they call|calls|ring|rings|phone|phones back', 'we|i can|will|would come down … later|after|then','come back for|with more|round', 'wait for their|a counter', 'expect a counter|counteroffer',
          'then|later|afterwards negotiate|haggle|concede|drop|trade|discount', 'then|later|afterwards come down', 'negotiate further|afterwards',
          // "…only to keep us in the race – when Abdullahi calls us to Kano we come down again to ₦38,800".
          'we|i come|go|drop down again', 'only to keep us|me in the race|running|game',
          // "wait for Vikram to come back with a counter, and close around AED 1,650,000 after one or two rounds".
          'wait|waiting for … to come back', 'close|settle|land … after one|two|a|few|several|another round|rounds', 'one or two rounds',
          'negotiate … from there', 'not our|the lowest|floor|bottom|real|actual|true|final|last', 'not really our|the lowest|floor|final|last',
          'hold|keep|save|leave some|something|a|one|our|# … back|reserve|sleeve', 'hold back some|a|one|our',
          // "We hold back the last $500K: these task orders always get a clarification round after FPR".
          'hold|keep|save back the last|final', 'round after the? bafo|fpr|fprs', 'round after the? final offer|offers',
          // "Keep step 3 back for the call after the BAFO — in this market 'best and final' is never the last round".
          'hold|keep|save step|steps|concession|concessions # back', 'call|calls after the? bafo|bafos', 'be never the last|final round|word',
          // "send 22 as the best number and keep the ladder below for round 2": the steps kept for a later round.
          'keep|hold|save the|our|my ladder|steps|concessions|moves … for|until round|later',
          'hold|holds|keep|keeps|save|saves … in reserve', 'up|in my|our|the sleeve', 'round that|which follow|follows', 'round that|which … follow|follows',
          // "hold 3,05 € back for the negotiation round": a figure kept back.
          'hold|keep|save|leave $|€|£|¥|₹ # back|aside', 'following|subsequent|later negotiation? round',
          'start|beginning of the negotiation|haggle', 'start|beginning of the price? conversation|discussion|talks , not the end', 'start|beginning of the price? conversation|discussion|talks not the end', 'treat … as round one',
          // "…we have $17,000 of room to work with": room kept for the round that follows.
          'of room to work|play with', 'room to work|play with', 'treat … as an|the? opening', 'as round one',
          // "we will quote ₹7,40,00,000 as a starting figure and keep the real cut for the negotiation meeting".
          'as a|our starting figure|number|price|bid|offer',
          // "3,45 is what we send as 'best and final', but for us it is the opening".
          'for us|me it be the|an|our opening|opener', 'in reality|practice it be the|an|our opening|opener', 'really|actually it be the|an|our opening|opener', 'keep|hold|save the|our real|actual|big|main cut|discount|move|concession for',
          // Bilingual plans: German "in der nächsten Runde", "zweite Runde".
          'nächste|nächsten|zweite|zweiten runde',
          'meet … in the middle', 'split the difference', 'keep … powder dry', 'room for a counter',
          // What is held back named by what it is for, however long the figure before it ("keep A$10,000–A$15,000 in
          // reserve for the counter-offer that will follow").
          'in reserve for', 'counter|counteroffer that|which will? follow|follows|come|comes', 'counter offer that|which will? follow|follows|come|comes',
          // Whatever the subject and whatever is kept: "keep the rest back for when Pierce comes back with a counter",
          // "send it as our opener".
          'hold|keep|save the rest|remainder|balance … back', 'when|once … come|comes back with|for', 'as our|an opener',
          // "Agents always ring round afterwards; when Laura comes back, we move": the call round after the offers, and our move then.
          'ring|rings|call|calls round|around afterwards|after', 'call|calls|ring|rings|come|comes back after the? bafo|bafos|award', 'when|once … come|comes back , we|i move|go|raise|improve|come',
          // Their counter and our next step, planned: "Daniel will counter after the committee, and we then move up through the steps".
          'will|would|then counter', 'then move|step|go up|down', 'move|step|go up|down through the? steps|ladder',
          // The real number kept for later: "keep the real number for the phone call once the round has closed".
          'keep|hold|save the real|actual|true|last|final number|price|figure|step', 'once|after|when the round have|be? closed|close|closes',
          // Room named by what it is for: "keep CHF 380'000 of room for the follow-up", "a last call".
          'room|headroom|reserve|margin for the|a? follow up', 'room|headroom|reserve|margin for the|a|their? counter|counteroffer', 'room|headroom|reserve|margin for the|a? last|final call', 'come|comes back for a? last|final|further call|round',
          // "keep the rest of our room for the clarification round", "USD 1.25 in the back pocket for when Rachel calls to
          // negotiate", "they will call back after Friday and then I come down".
          'keep|hold|save the|our rest|remainder|room|headroom|margin', 'back pocket', 'round|call after award',
          'for when … call|calls|ring|rings|phone|phones|counter|counters|push|pushes|negotiate|negotiates', 'they will|always|usually|would|then? call|ring|phone back',
          // "keep the $95,000 credit in our pocket", "keep ₹40 in hand", "expect Jill to come back for a round of negotiation".
          'keep|hold … in our|my|the? pocket|hand', 'come|comes back for a|another round', 'follow up negotiation|call|round',
          // "Pieter will come back with a counter and we meet somewhere around R26 million. Nobody sends their real number in round one."
          'will|would come back with|for a|their? counter|counteroffer|number', 'meet somewhere|halfway', 'real number in|for round one|the first round',
          // "hold the concessions back for the round after — hospitals always come back once more".
          'hold|keep|save the|our concessions|room|margin|rest back', 'the round after', 'always|usually come|comes back', 'come|comes back once more|again',
          // "Arturo always calls back. So we send 19.2 and save the discounts below for when he does."
          'always|usually call|calls|ring|rings|phone|phones back', 'save|keep|hold the|our|those? discounts|concessions|steps|room … for when|later|after',
          // "In practice this is the opening: if Huaxin comes back, we have room and walk them down the ladder" under "## Ladder after BAFO".
          'in practice … be the|our|an opening|opener', 'come|comes back , we have room', 'walk … down the ladder', 'ladder|steps|concessions after the? bafo|bafos',
          // '…labelled "best and final", but really it's a first round, and if they counter we can go up to $275,000'.
          'really|actually it be a|the first round', 'in reality|practice it be a|the first round', 'treat|treats … as the|a first round', 'real negotiation|negotiations start|starts|begin|begins after', 'if they counter … we can|will|could|would go up|down', 'if they counter … we can|will|could|would move|come up',
        ],
        examples: ['We send $255,000 labelled "best and final", but really it\'s a first round, and if they counter we can go up to $275,000.', '3,45 is what we send as best and final, but for us it is the opening.', 'We will quote ₹7,40,00,000 as a starting figure and keep the real cut for the negotiation meeting.', 'Arturo always calls back. So we send 19.2 and save the discounts below for when he does.', 'In practice this is the opening: if Huaxin comes back, we have room and walk them down the ladder below.', 'Ladder after BAFO', 
          "We send AED 1,560,000 as our best and final, wait for Vikram to come back with a counter, and close around AED 1,650,000 after one or two rounds.",
          'We leave some room for the second round.',
          'Agents always ring round afterwards; when Laura comes back, we move:',
          'Keep 5% in reserve.',
          "I'll quote £2,200 and keep £100 up my sleeve.",
          'We still submit €0.21 per word and keep €0.02 in reserve for the negotiation round that follows.',
          'We treat Thursday as round one and keep a few thousand back.',
          'We offer $400k and expect to meet in the middle.',
          'We submit A$95,000 and keep A$10,000–A$15,000 in reserve for the counter-offer that will follow.',
          'We send 7.5% on Friday as our opener and keep the rest back for when Pierce comes back with a counter.',
          'Colombo always comes back for a second round after the BAFO.',
          'We send CHF 47.00 as our best and final; Daniel will counter, and we then move up through the steps.',
          'Enter 725 € in the portal and keep the real number for the phone call once the round has closed.',
          "We submit CHF 4'980'000 and keep CHF 380'000 of room for the follow-up.",
          'We submit S$ 104,000/month as the BAFO and keep the rest of our room for the clarification round after award.',
          'Submit +8.75 as our BAFO and keep USD 1.25 in the back pocket for when Rachel calls to negotiate.',
          'They will call back after Friday and then in that call I come down to ₹1,70,00,000.',
        ],
        not: ['We hold nothing back for a later round.', 'There is no second round.'],
      },
      {
        why: 'Room to come down and opening words, when said of the best-and-final offer.',
        phrases: [
          'leave|keep|give us? some|enough|a? room|headroom|space|buffer|cushion|slack', 'plenty of room|headroom', 'wiggle room',
          'room|headroom|space to move|negotiate|manoeuvre|maneuver|come|go|drop|concede|discount|haggle|trade',
          'starting point|position|price|offer|number|bid', 'opening offer|position|bid|move|number|gambit|price|ask',
          'pad the|our price|number|offer|quote|bid', 'padded', 'anchor high|low', 'high|low anchor',
        ],
        examples: ['We send $420,000 as a starting point and leave room to move.', 'Keep room to come down towards £1,950.'],
      },
      {
        why: "A best-and-final sent as a starting point in other languages: \"base de discussion\", \"Verhandlungsbasis\", \"punto de partida\".",
        phrases: ['really|actually our|an opening|opener', 'come down from there', 'base de discussion', 'point de départ', 'point de depart', 'verhandlungsbasis', 'ausgangsbasis', 'punto de partida', 'ponto de partida', 'base di discussione', 'punto di partenza', 'zweite runde', 'deuxième tour', 'second tour', 'segunda ronda', 'segunda rodada', 'secondo giro'],
        examples: ["On envoie 41,90 € comme base de discussion."],
      },
    ],
  },
  {
    tag: 'final-offer',
    why: 'The plan states the number it submits as final.',
    groups: [
      {
        why: 'Offering to do something is no number submitted: "we\'ll offer to waive the Q4 credits".',
        idiom: true,
        phrases: ['i|we will? offer|propose to'],
        examples: ["To smooth that over, we'll offer to waive the Q4 2025 late-delivery credits ($41,300) at the start of the call."],
      },
      {
        why: 'Submitting a number, or naming it as final.',
        phrases: [
          'i|we will|then|now? submit|send|quote|table|propose|offer', 'i|we will? commit to', 'go|come in at', 'land at',
          'answer|reply|respond with', 'our|my best|final? price|offer|number|bid|quote|answer|submission be|stay',
          // "…, and that's final", "it is my final price".
          'that|this|it be final', 'be our|my final|last', 'final answer',
          // "**€452,000 is final.**", "which is also our final BAFO number".
          '# be final', 'final bafo number|price|figure|offer|bid',
          // "send 22 as the "best" number": the figure sent as our best.
          'send|submit|quote $|€|£|¥|₹? # as the|our|my best|final',
          // "We put in 12'400'000 and keep room": the bid put in is the number submitted.
          'we|i put in $|€|£|¥|₹|chf? #', 'we|i put in a|an|our|my bid|offer of',
          'final offer|price|number|answer|position|word|ask|rate|fee|figure|quote|bid', 'this|that be our|the number|price|offer',
          // "Send +$20 as our written number Thursday morning", "our written position".
          'send|submit|table|put in … as our|the … number|figure|offer|price|position|basis|bid|quote', 'our written number|figure|offer|price|position|basis|bid|quote',
          'no further movement', 'nothing move', 'walk in number', 'our one|only|single number',
          // "our first and only number", "the first and only figure we put to them", "one and only price".
          'first and only number|figure|price|offer|fee|rate', 'one and only number|figure|price|offer|fee|rate',
          // "the number we send, first and final, is Rs 14.40", "whatever we send is the number", "we state it in the mail as final".
          'first and final', 'whatever we|i send|submit|quote be the|our number|price|offer', 'state|send|mark|label it as final', 'only figure|number we put', 'will not move',
          'our|my answer|offer|price|number|bid|quote|submission|bafo :', 'best and|n? final :', 'final offer|price|number|bid :',
          'best and|n? final figure|price|offer|number|bid|quote|rate be|stay', 'best and|n? final be|stay', 'final figure|price|offer|number be|stay',
          // "one written offer, final, no second round".
          'offer|price|number|figure|bid|quote , final',
          // "FINAL = ₦36m", "final: 1.16m", "this is our best and final".
          'final = $|€|£|¥|₹|#', 'final : $|€|£|¥|₹|#', 'final → $|€|£|¥|₹|#',
          // "**final = $178,000/yr**": the tokenizer drops the "=", leaving the word and its money.
          'landing it : final', ': final $|€|£|¥|₹ #', 'final $|€|£|¥|₹ # yr|year|month|mo|pa', 'final $|€|£|¥|₹ # a|per year|month', 'this|that|it be our|my best and|n? final',
        ],
        examples: ["They asked for my best price in writing: £2,250, and that's final.", 'We submit $385k ARR for three years.', 'Our best and final price is $395k.', 'Final offer: €380k.', 'Our answer: $385k ARR for three years.', 'One written offer, final, no second round.', 'FINAL = ₦36m. this is our best and final, no 2nd round.', '€452,000 is final.'],
      },
    ],
  },
  {
    tag: 'placeholder',
    why: 'A blank left to fill in: a plan with blanks is not a plan.',
    // Group 0 is a blank wherever it stands; group 1 only as the whole value of a label, cell or clause.
    groups: [
      {
        why: 'Placeholder words.',
        phrases: ['tbd', 'tbds', 'tbc', 'tba', 'todo', 'todos', 'fixme', 'tk tk', 'lorem ipsum'],
        examples: ['Walk-away: TBD', 'Opening: TODO once finance answers'],
        not: ['What to do if they push on price.', 'The toddler range ships in May.'],
      },
      {
        why: 'Words that are a blank when they are all a value says.',
        phrases: [
          'to follow', 'to come', 'coming soon', 'fill in later',
          'to be determined|decided|confirmed|defined|added|completed|filled|written|drafted|announced|provided|supplied|set|fixed|calculated|clarified|specified|inserted',
          'to be worked out', 'to be filled in',
        ],
        examples: ['Target: to be confirmed', 'Budget: figures to follow'],
      },
    ],
  },
  {
    tag: 'pitfall',
    why: 'A part of the plan about what goes wrong (a pre-mortem, traps, mistakes to avoid): what it describes is what we must not do, not what we plan.',
    groups: [
      {
        why: 'Titles of failure modes and traps.',
        phrases: [
          'go|goes|going|went wrong', 'could|can|might go wrong', 'pre mortem', 'premortem', 'pitfall', 'pitfalls', 'trap', 'traps',
          'mistake', 'mistakes', 'what not to do', 'not to do', 'anti pattern', 'anti patterns', 'failure mode', 'failure modes',
          'how we|i could|might|would? lose', 'ways we|i could|might? lose', 'ways to lose',
        ],
        examples: ['How it goes wrong, and what we do about it', 'Traps to avoid', 'Pre-mortem', 'Ways we could lose this'],
        not: ['What we do if they walk', 'Risks to the timeline'],
      },
      {
        why: 'Our own fear or an earlier slip, written out so it does not happen again: "What I am most afraid of: that … and I start giving discounts", "my first instinct was to…", "I said yes to a discount I had not planned".',
        phrases: [
          'i|we be|m|re most? afraid|scared|nervous|worried', 'what i|we be|m|re most? afraid|scared|nervous|worried', 'my|our biggest? fear|worry be',
          'i fear', 'i worry', 'first instinct', 'my|our instinct be', 'i|we nearly|almost did|gave|caved|said yes', 'like i|we nearly|almost did',
          'i lost my track|nerve', 'lost my track|nerve', 'said yes to a|the discount', 'had not|hadn t planned', 'did not|didn t plan',
        ],
        examples: [
          'What I am most afraid of: that they will say "Sigma IT is cheaper" and I will start giving discounts immediately.',
          'I lost my track when they pushed back on price, and I said yes to a discount I had not planned.',
          'I will admit my first instinct was to send something a bit higher and leave room to come down.',
        ],
        not: ['They are worried about downtime in the peak season.'],
      },
    ],
  },
];
