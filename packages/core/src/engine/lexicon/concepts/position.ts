/** Our position: where we stop, where we go instead, what we aim for, where we open and why. */
import type { Family, Group } from '../types.js';

/** Names for our alternative: they say it on their own, with no no-deal case around them. */
export const ALTERNATIVE_NAMES: Group = {
  why: 'Names for the alternative itself.',
  phrases: [
    'batna', 'plan b', 'fallback', 'fall back', 'backup plan', 'backup option', 'contingency plan', 'outside option',
    'next best option', 'next best alternative', 'best alternative', 'our alternative', 'no deal plan',
    'no deal option', 'what we do instead', 'ausweichoption', 'take the alternative', 'alternative be',
    // "If we walk away, we are not stuck: …", "so we're not stuck".
    'not stuck', 'we have options', 'we have other options',
    // "…so it's a real option, not a bluff": the way out, called real.
    'a|the|our real|genuine|viable option|alternative',
    // The question a plan answers with its alternative: "And if we stop — then what?", "No deal: what then?".
    'then what', 'what then', 'what do we do then|instead', 'what happens then',
  ],
  examples: ["Transfer to an existing franchisee goes through their normal approval, so it's a real option, not a bluff.", 'Plan B: stay on the current contract for a year.', 'Our fallback is the Nordic account.', "Brackwater's alternative is the top floor of Calls Landing."],
  not: ['We have no plan B.'],
};

/**
 * What we sell going to someone else: "the 38 million litres go to Corio Cheese", "the UHT goes to
 * Meridian", "Courtroom goes to the Leeds Medical Society". The thing is the subject, not us ("we go to
 * two deliveries a week" is a concession), and an approver is no taker ("it goes to the CFO").
 */
export const ALTERNATIVE_HANDOVER: Group = {
  why: 'Our product, capacity or people handed to another taker when this deal fails.',
  phrases: ['go to', 'go into', 'go onto', 'go instead to', 'be sold to', 'be offered to', 'be released to', 'be reallocated to'],
  examples: ["If it falls over, the UHT goes to Meridian Foods Asia in Singapore.", 'The 38 million litres go to Corio Cheese on their standing offer.', "If they won't move, we go to Trans-Odra."],
};

/**
 * What we do after a no-deal case that is still a move in these talks, or only the walking itself: "if they won't
 * reach 4%, we offer 3.8%", "…, we walk", "…, we ask again". Any other action of ours in that case is what we do
 * instead of the deal ("…, we register a formal dispute and ballot members"); the rule reads it so.
 */
export const STILL_TALKING: Group = {
  why: 'Moves inside the negotiation and the act of leaving, which name no alternative.',
  phrases: [
    'offer', 'propose', 'concede', 'move', 'drop', 'lower', 'raise', 'reduce', 'increase', 'come down', 'come up', 'meet', 'match', 'split',
    'escalate', 'ask', 'revisit', 'reconsider', 'discuss', 'try', 'push', 'hold', 'explain', 'show', 'remind', 'counter', 'trade', 'add',
    'throw', 'include', 'call', 'talk', 'schedule', 'check', 'accept', 'agree', 'sign', 'give', 'pay', 'cut', 'discount', 'waive', 'extend',
    'walk', 'leave', 'stop', 'end', 'decline', 'say no', 'thank', 'pause', 'break', 'adjourn', 'go back to them', 'need', 'have to', 'must', 'can', 'could',
    'may', 'might', 'should', 'be', 'do not', 'will not', 'not',
  ],
  examples: [],
};

/**
 * What passing our limit costs, said after "above that" or "below it": "Above that, we blow the FY26 colo budget line".
 * A consequence, not what we do instead (the rule reads other actions after such a threshold as our alternative).
 */
export const PAST_THE_LIMIT: Group = {
  why: 'Consequences of crossing our limit, which name no alternative.',
  phrases: [
    'blow', 'exceed', 'breach', 'lose', 'miss', 'break', 'bust', 'overrun', 'go over', 'fall short', 'make a loss', 'run a loss', 'eat', 'burn',
    'be', 'have', 'would', 'could', 'can', 'can not', 'cannot', 'not', 'do not', 'will not', 'need', 'must', 'have to', 'go to the board', 'need approval',
  ],
  examples: [],
};

/**
 * Words that say a limit is the most we accept ("the highest we go", "no more than", "we won't pay above that"): a
 * walk-away point written with them is a ceiling, whichever side the plan seems to be on.
 */
export const CEILING_WORDS: Group = {
  why: 'A limit said as a maximum.',
  phrases: [
    'highest', 'most', 'max', 'maximum', 'ceiling', 'cap', 'upper bound', 'upper limit', 'no more than', 'at most',
    'not pay|accept|go|sign|agree|settle more|above|over', 'above this|that|it',
  ],
  examples: ['The highest we go is $412,000.', "We won't pay more than €1.2m.", 'Ceiling: 118k.'],
  not: ['The lowest we accept is $380,000.'],
};

/** Words that say a limit is the least we accept ("our floor", "no less than", "we don't sell below that"). */
export const FLOOR_WORDS: Group = {
  why: 'A limit said as a minimum.',
  phrases: [
    'lowest', 'least', 'min', 'minimum', 'floor', 'lower bound', 'lower limit', 'no less than', 'at least',
    'not accept|go|sell|sign|agree|settle less|below|under', 'below this|that|it',
  ],
  examples: ['The lowest we accept is $380,000.', "We don't sell below €4.10.", 'Floor: 96k.'],
  not: ['The highest we go is $412,000.'],
};

/** Which way a walk-away's label or first words bound it, for reading the side: "Ceiling", "the most we pay", "Floor". */
export const CEILING_SAID = /\b(?:ceiling|maximum|max|most|highest|above|over|more than)\b/i;
export const FLOOR_SAID = /\b(?:floor|minimum|min|lowest|below|under|less than)\b/i;
/**
 * The same in other languages, read in a label only ("Notre plafond", "Tetto massimo", "Suelo"): in a value the same
 * words name other caps ("Plafond service credits", "mínimo de 12 meses").
 */
export const CEILING_LABEL_OTHER = /(?<![\p{L}])(?:plafond|tetto|massimo|techo|tope|máximo|maximo|teto|obergrenze|höchst\p{L}*|hoechst\p{L}*|maximal|maximaal|bovengrens)(?![\p{L}])/iu;
export const FLOOR_LABEL_OTHER = /(?<![\p{L}])(?:plancher|minimo|mínimo|suelo|piso|untergrenze|mindest\p{L}*|ondergrens|minimaal)(?![\p{L}])/iu;

export const position: Family[] = [
  {
    tag: 'walk-away',
    why: 'The point past which we would rather have no deal: reservation price, floor, ceiling for a buyer.',
    groups: [
      {
        why: 'The textbook names and the team shorthand for them.',
        phrases: [
          'walk away', 'walkaway', 'bottom line', 'reservation price', 'reservation point', 'red line', 'our limit',
          // The limit said as what we will not do past a figure, in the plan's language: "Sotto € 5,10 non vendiamo", "Unter 1,84 Mio. €
          // unterschreiben wir nicht", "En dessous de 41 €, on ne signe pas", "Por debajo de 240 no firmamos", "Acima de 1,50 € não assinamos".
          'sotto|sopra $|€|£|# … non', 'unter|über|uber $|€|£|# … nicht|kein', 'en dessous de $|€|£|# … ne|n|pas', 'au dessus de $|€|£|# … ne|n|pas', 'sous $|€|£|# … ne|n|pas',
          'por debajo|encima de $|€|£|# … no', 'abaixo|acima de $|€|£|# … não|nao',
          // Negotiation shorthand with its figure: "RP £410k", "LAA €1.2m" (reservation point, least acceptable agreement).
          // "Ceiling is $36,500 — above that we do the refurb", "Floor = €1.1m": the bare name with its money (not "ceiling tiles").
          'ceiling|floor be|= $|€|£|¥|₹ #', 'ceiling|floor at|of $|€|£|¥|₹ #',
          'rp $|€|£|¥|₹|usd|eur|gbp|chf|inr|sgd|aud|cad|nzd|zar #', 'laa $|€|£|¥|₹|usd|eur|gbp|chf|inr|sgd|aud|cad|nzd|zar? #',
          // The limit named as the topic: "On a ceiling, I would rather not pin one down before the day".
          'on|about|regarding|re a|the|our|my? ceiling|floor|limit ,', 'as for|to the|our|my? ceiling|floor|limit',
          // "Floor for me is ₹1,210 per unit."
          'floor|ceiling|limit for me|us be',
          'hard limit', 'absolute limit', 'pain threshold', 'breaking point', 'no deal point', 'our floor', 'price floor', 'floor price', 'hard floor', 'rate floor',
          'our ceiling', 'price ceiling', 'ceiling price', 'hard ceiling', 'rate ceiling', 'schmerzgrenze', 'untergrenze', 'obergrenze', 'no go', 'deal breaker',
          'minimum acceptable', 'least acceptable', 'lowest acceptable', 'maximum acceptable', 'highest acceptable',
          'maximum|minimum position', 'plancher', 'prix plancher', 'prix plafond', 'seuil de rupture', 'preisgrenze', 'ondergrens', 'bovengrens',
          'bodemprijs', 'precio mínimo|máximo', 'upper|lower limit', 'our|my upper|lower limit',
          // Shorthand: "Walk @ CHF 16'000'000", "walk at $4.2m".
          'walk $|€|£|¥|₹ #', 'walk at|below|above|under|over $|€|£|¥|₹ #', 'floor|ceiling|walkaway|limit $|€|£|¥|₹ #', 'walk away $|€|£|¥|₹ #', 'bottom|red line $|€|£|¥|₹ #',
          // "Then our exit is £3.35/m": the price at which we leave, in plain words.
          'our|my exit be|at|price|point', 'exit price|point', 'less|lower than this|that we do|will not sign|accept|go|deal',
        ],
        examples: ['Walk-away agreed with finance: $310k.', 'Numbers. Ceiling is $36,500 — above that we do the refurb.', 'Our red line is €1,1 Mio.', 'Schmerzgrenze: 1,1 Mio. €', "Walk @ CHF 16'000'000 upfront (ceiling, ExCo 10 Jun).", 'Then our exit is £3.35/m.', 'Floor A$8.90. Under that the service loses money.', 'Below that we decline.', 'Below 470 000 zł we turn it down.'],
        not: ['We met at the walk-in centre.'],
      },
      {
        why: 'Sentences that state the stop itself: "below that we walk", "the lowest we will go".',
        phrases: [
          'we walk', 'i walk', 'we would walk', 'we leave the table', 'we get up from the table', 'lowest we go',
          // "Below that we decline", "below 470 000 zł we turn it down", "I say no with thanks": the stop, said as a refusal.
          'below|under|above|over that|this|it|$|€|£|¥|₹|# … we|i decline|pass|refuse', 'below|under|above|over that|this|it|$|€|£|¥|₹|# … we|i turn it down', 'below|under|above|over that|this|it|$|€|£|¥|₹|# … we|i say no',
          // "What's the number where you say no?", "the price at which we say no".
          'number|price|point|figure|level|rate where … say no', 'below|under|above|over what … say no|walk', 'where|when do we|i say no|walk', 'number|price|point|figure|level|rate where … walk|stop', 'number|price|point|figure|level|rate at which … say no', 'number|price|point|figure|level|rate at which … walk|stop',
          // In the first person singular and as a question of how far: "my floor is £1,050", "how low we'll go depends…".
          'my floor', 'my ceiling', 'my limit', 'my bottom line', 'my walk away', 'my red line', 'how low we go', 'how low we will go',
          'how low i go', 'how low i will go', 'how high we go', 'how high we will go', 'how far we go', 'how far we will go', 'how far down',
          'how far|low|high we|i can|could|would|should go', 'how far|low|high|much we|i … go|pay|stretch|drop|accept', 'how far|low|high can|could|will|would|should|do we|i go', 'maximum|minimum|highest|lowest price|figure|rate|fee we|i', 'the maximum|minimum price|figure|rate|fee',
          'lowest we will go', 'lowest we can go', 'lowest we accept', 'lowest we will accept', 'most we pay',
          'most we will pay', 'most we would pay', 'highest we go', 'highest we will go', 'max we pay', 'where we stop',
          'we stop at', 'will not go below', 'will not go under', 'will not go above', 'will not go over',
          // "If their price stays above ₹41 per Wp, then we stop": the level past which we stop, as a rule.
          'stays|stay|is|goes|go|remains|remain above|over|below|under $|€|£|¥|₹|usd|eur|gbp|chf|inr? # … ,? then we|i stop|walk|leave',
          'will not pay more than', 'not pay more than', 'never below', 'never above', 'nothing below', 'nothing above',
          // A limit said as a refusal or a superlative with its subject between ("not below €4,500", "the lowest fixed
          // fee at which I would accept", "the maximum the District will pay").
          'not below', 'not under', 'not above', 'not over', 'no lower than', 'no higher than', 'nothing lower than',
          'nothing higher than', 'not conclude … below', 'not conclude … above', 'lowest … accept', 'least … accept',
          'lowest … at which', 'highest … at which', 'maximum … will pay', 'maximum … pay', 'most … will pay', 'lowest … go',
          'highest … go', 'reservation price',
          'not a penny more', 'not a cent more', 'rather have no deal', 'rather walk', 'rather lose the deal',
          'no deal below', 'no deal above', 'no deal under', 'no deal over', 'most … will|would|can|could|shall pay',
          'lowest … will|would|can|could go|accept|take', 'highest … will|would|can|could go|pay', 'rather walk than',
          // "I'll hold at £10,500 a month. Below that I'm paying two designers…": the figure we hold is the one we go no further than.
          'i|we will|would|shall|can|must? hold at $|€|£|¥|₹|usd|eur|gbp|chf|inr #', 'i|we will|would|shall|can|must? stay|stand firm at $|€|£|¥|₹|usd|eur|gbp|chf|inr #',
          // "Below 800 € I say no thanks": a level and our refusal past it.
          'below|under|above|over $|€|£|¥|₹|usd|eur|gbp|chf|inr # … i|we say no|walk|decline|refuse|pass',
          // "Below 75% (75/25) I stay at Gulf Coast": past the level we stay where we are.
          'below|under|above|over # %? … i|we stay|remain at|with|put|where', 'below|under|above|over # %? (? #? #? )? i|we stay|remain at|with|put|where',
          'will not … for less|more than', 'will not do|take|sell|accept|work|sign … under|below|above|over', 'not accept|take less than', 'not pay|spend more than', 'the ceiling|floor be',
          // First person, as people say it: "I'm not going lower than $40k", "the least I'll accept is £800".
          'not go lower|higher|less|more than', 'not go below|under|above|over', 'not drop|come down below|under',
          'least … will|would|can|could accept|take|do', 'most … will|would|can|could go|spend',
          'not pay|spend|go … over|above|beyond', 'not take|accept|go … under|below|less than',
          // The stop after a figure: "Above $72 we leave", "below 16.200 € per set we pass".
          'above|below|under|over $|€|£|¥|₹? # we|i leave|stop|exit|pass|decline|walk|refuse|withdraw',
          'above|below|under|over $|€|£|¥|₹? # … we|i leave|stop|exit|pass|decline|walk|refuse|withdraw',
        ],
        examples: ['Below 75% (75/25) I stay at Gulf Coast.', "I'm not going lower than $40k.", 'How low can we go?', "I won't pay a penny over £50k.", "The least I'll accept is £800 a day.", 'Below $74,000 we walk.', 'Above $72 we leave.', "We won't pay more than $1,000 a seat.", 'The lowest we will go is 42k.', "Q6. What's the most Meridian will pay?"],
      },
    ],
  },
  {
    tag: 'alternative',
    why: 'What we do if there is no deal (our BATNA): the reason the walk-away point is credible. Names count on their own; actions count when a no-deal case or the walk-away stands next to them (the rule decides).',
    groups: [
      {
        why: 'Their alternative in the plan\'s language is theirs, not ours: "Leurs alternatives : vendre les créneaux…", "Ihre Alternative", "Su alternativa".',
        idiom: true,
        phrases: ['leur|leurs|ihre|ihr|su|sus|loro|hun|deres|deras alternative|alternatives|alternativa|alternativas|alternativen|alternatief|alternatieven|batna|options|opciones|opzioni'],
        examples: ["Leurs alternatives : vendre les créneaux à l'automobile."],
      },
      {
        why: 'In a dispute, the way out of a settlement is the formal route: "we leave the mediation and serve a notice of adjudication", "we go to arbitration".',
        phrases: [
          'serve|file|issue|lodge a? notice of adjudication|arbitration', 'go|proceed|move|refer it to adjudication|arbitration|court|litigation|the tribunal',
          'file|issue|start proceedings|suit|a claim', 'take … to court|adjudication|arbitration',
        ],
        examples: ['Below that we leave the mediation and serve a notice of adjudication under the CCA the following week.', 'If they will not move, we go to arbitration.'],
      },
      {
        why: 'A rival bidder\'s offer described is the competition, not our way out: "Other bidder is clearly above $80.0M upfront".',
        idiom: true,
        phrases: ['other|rival|competing bidder|bidders be … above|over|higher|ahead|beyond', 'other|rival|competing bidder|bidders bid|bids|offer|offers|pay|pays … more|higher'],
        examples: ['Other bidder is clearly above $80.0M upfront → we tell Halsey & Crane we are out.'],
      },
      {
        why: 'Keeping a position open is no alternative: "I\'d rather keep this flexible and see how Wednesday goes".',
        idiom: true,
        // Not a date or a slot kept free ("I'd rather keep 14 March open"): that is what we do without the deal.
        phrases: ['rather keep|leave this|it|that|things|everything|options flexible|open|loose|vague|fluid|undecided', 'rather keep|leave the|my|our number|numbers|price flexible|open|loose|vague|fluid|undecided', 'rather stay flexible|open|loose|vague|fluid|undecided'],
        examples: ["I'd rather keep this flexible and see how Wednesday goes."],
      },
      ALTERNATIVE_NAMES,
      {
        why: 'Taking other work or another offer: what a seller does instead of this deal.',
        phrases: [
          // "we stop and sign the PPA offer from Greenway Energy instead": another party's offer, taken instead.
          'offer|quote|proposal|bid|tender from … instead', 'sign|take|accept the|their … offer|quote|proposal|deal … instead',
          // "we walk away and sign Snowman's quote, which is valid until 31 May": walking, then the other offer taken.
          'walk away|off and sign|take|accept', 'walk and sign|take|accept', 'walk away|off and go with|to', 'walk and go with|to',
          // "I'll politely pass and do Mrs Akhtar's utility room in those weeks instead", "take the audit for Bergen kommune".
          // "Under 66.000 € we walk — the commissioning team is then free for the Radeberger retrofit": people freed for other work.
          'team|crew|crews|engineers|people|staff|capacity be|is|are then? free for', 'then free for the',
          'pass and do|take|book|start', 'do … … … instead', 'take the … audit|job|project|work|contract|booking|commission', 'carry on as i|we be|am|are',
          // "Instead we keep Core as is and bring Scheduling back in the 2026 renewal", "we take up the bridge grant already offered".
          'instead , we|i', 'instead we|i', 'keep … as be|is', 'take up the|an|their … grant|offer|option|place|role|contract',
          // For the talent we act for: "Sione signs Bay of Plenty's head-coach offer", "Stride Footwear's offer goes ahead",
          // "Zofia then takes the supporting role in Jan Maj's feature", "Kattegat Nights is holding a € 10.500 offer".
          'offer|deal|booking|contract … go|goes ahead', 'take|takes the … role|part|job|gig|booking|keynote|engagement',
          'be holding|hold|holds a|an|their … offer for',
          'rather take', 'rather go with', 'rather move', 'rather keep', 'rather stay', 'rather sell', 'rather spend', 'rather put',
          'let them go to', 'let it go to', 'let this one go', 'let it go', 'take the other', 'take their offer', 'take the offer from',
          // "Below that I accept the offer from Helderberg Heart Centre": another employer's or buyer's offer, taken.
          'accept the|their|an … offer|job|position|role from',
          'say yes to', 'sell the capacity', 'sell the slot', 'sell the slots', 'give the slot', 'offer the slot', 'other buyer', 'another buyer',
          'another customer', 'other customer', 'another client', 'other client', 'waiting list', 'waitlist', 'next in line',
          'back to the waiting list', 'keep … warm',
          // Our capacity kept for another taker: "If we walk, we hold the positions for Sanjeevani Vaccines".
          'hold|keep|reserve|save the|our|those|these positions|capacity|slot|slots|rooms|space|stock|volume|units|dates|date|line|lines|hall for', 'spend … on', 'close with the|another|a|an|our|runner', 'next bidder', 'second bidder', 'second ranked',
          'list … publicly|openly', 'put … on the market', 're let', 'relet', 'capacity … offer', 'offer … capacity|slot|team', 'bid the', 'pitch the', 'pursue', 'take on the',
          // "I'd sooner say a kind no and reply to the other couple": sooner is rather.
          'sooner take', 'sooner go with', 'sooner move', 'sooner keep', 'sooner stay', 'sooner sell', 'sooner spend', 'sooner put', 'sooner say no',
          // Another taker for the same thing: a standing offer, the same date asked for, a tender to go after.
          'standing offer', 'standing order', 'open offer from', 'go after', 'chase the', 'bid for', 'bid on', 'tender for',
          'ask|asked|want|wanted for|about the same date|dates|slot|slots|week|weekend|day|space|room|block|capacity|volume',
          'waiting to hear', 'release the date|dates|slot|slots|room|rooms|space|block|capacity to',
          // Another taker's request still standing: "the Hyderabad wedding enquiry (90 rooms) is still open at ₹12,500".
          'enquiry|inquiry|request|booking|lead|rfq|rfp … be still? open|live|pending|waiting|valid|on the table', 'be still open|live|pending|available at|until|for',
          // Other work for the same time: "I'll take the corporate job in Leeds", "fill the date with second-shooting".
          'take|book|accept … job|booking|gig|brief|project|commission|engagement', 'fill the|that|those date|dates|slot|slots|week|day|days|capacity|space',
          // Other premises for a tenant: "we take the local on Chapultepec", "we lease the unit in Park Royal instead".
          'we|i take|lease|rent the|another|other … local|unit|units|premises|shop|store|warehouse|office|offices|flat|apartment',
          'keep sell|supply|serve|sell through', 'award to', 'award the contract|work|business|order|lot to',
          // A seller without a renewal: "we let the current EA run to 31 August, invoice the extra employees at list".
          'let the|our|their current|existing … run|expire|lapse|end', 'invoice|bill|charge … at list|list price|rack rate',
          // Another route to market: selling direct, another distributor or partner, talks already open elsewhere.
          // What we sell going to another taker: "I'll offer it to Edizioni Lupa", "offer the units to the co-op buy list".
          'offer|sell|give|license|licence|pitch|take it|this|them|these|those to',
          'offer|sell|give|release|move the|our|those|these? units|stock|inventory|volume|vehicles|vans|trucks|cars|product|products|goods|cargo|rooms|seats|slots|hours|crop|capacity to',
          'direct route|channel', 'sell|go direct|directly', 'continue|pursue|resume|restart|reopen … talks|negotiations|discussions|conversations with',
          'another|other|second distributor|distributors|partner|partners|channel|importer|importers|licensee|licensees|reseller|resellers|wholesaler|wholesalers',
          // Someone else's offer on the table, told after the no-deal case: "If I say no, I am not stuck. Maison Garance
          // offered 6,5% on a smaller run." (The rule counts it only next to a no-deal case or the walk-away.)
          'offered|quoted|bid|proposed me|us? $|€|£|¥|₹? #', 'offered|quoted|bid|proposed me|us? # %',
          // Handing what we rent out to another taker: "we release the panels to the Salzburg project", "Salzach Bau has an enquiry with us".
          'release|hand|rent|let|lease|hire the|our|those|these … to the|a|an', 'have|has an? enquiry|inquiry|request|rfq|order|booking with us|me',
          // Other work arriving anyway: "the council contract starts in April", "Sheila keeps passing me small jobs".
          // A verb, not a date in a timeline ("contract start 1 September").
          'contract|job|project|retainer|season|work start|begin in|on|next|this|from|after|soon|later|anyway|then', 'contract|job|project|retainer|season|work will|would|could|can start|begin', 'pass|send|throw|give me|us job|jobs|work|referrals',
          'pass|send|throw|give me|us … job|jobs|work|referrals',
          // Other buyers already in the pipe: "Delta Heritage MFB has asked for a proposal in May", "Oyo is at term-sheet stage".
          'have|has asked for a|our? proposal|quote|offer|pitch|demo|rfp|tender', 'at term sheet stage', 'at the term sheet stage',
          // The team goes elsewhere: "the onboarding team … moves straight to those two".
          'team|crew|staff|engineers|people|recruiters|consultants|developers|designers|drivers|technicians|installers|nurses|lawyers … move|moves|go|goes straight|directly? to|onto',
          // People moved to other work: "put Lena and Marco on the Seetal Privatbank follow-on".
          'put|move|switch|shift|redeploy|reassign|deploy … on|onto|to the|our … follow on|project|account|bid|tender|pitch|job|mandate|client|programme|program|engagement|rollout|contract',
        ],
        examples: ["Below that I accept the offer from Helderberg Heart Centre in Somerset West.", "Under 66.000 € we walk — the commissioning team is then free for the Radeberger retrofit in June.", "I'll politely pass and do Mrs Akhtar's utility room and wardrobes in Moortown in those weeks instead.", 'Instead we keep Core as is and bring Scheduling back in the 2026 renewal.', 'In that case we take up the $410,000 bridge grant already offered by the Foundation.', 'Below that I say thanks but no, and take the accessibility audit for Bergen kommune.', 'If we do not agree I carry on as I am with the farmers markets.', 
          "Stride Footwear's offer goes ahead, and we keep beverages open for after the World Cup.",
          'Below that I say no with thanks, take the Nairobi Fintech Week keynote the same week.',
          'Kattegat Nights in Gothenburg is holding a € 10.500 offer for the same Saturday.',
          "Below that I'd rather take the other retainer.",
          'Walk-away: $74,000 — below that we let them go to the competitor.',
          'If we walk, we hold the positions for Sanjeevani Vaccines, who enquired in September.',
          "If it falls over: say yes to the Harwood's Christmas brief and keep the trailer enquiry warm.",
          'Below this we let the current EA run to 31 August and invoice the 2 000 additional employees at list from that date.',
          "Below that I'd sooner say a kind no and reply to the Lindqvist couple, who asked for the same date on 9 January.",
          'If Harlow won\'t come to 116, we go after the Coleby\'s tender in September.',
          'Alt. if above the ceiling: award to Neumáticos del Pacífico.',
          "If they won't meet £900, I'll take the corporate job in Leeds that weekend.",
          "If she won't come under a hundred and four: we take the local on Chapultepec, the one by the Glorieta.",
          "If they won't move: I decline and put Lena and Marco on the Seetal Privatbank follow-on.",
          'We take the direct route we have already costed, while we continue the distribution talks with Medica Lowlands.',
          "If Corvara won't get there, I'll offer it to Edizioni Lupa, who asked to see it.",
          'We step back and offer the units to the municipal co-op buy list.',
          'If I say no, I am not stuck: Maison Garance offered 6,5% on a smaller wallpaper run.',
          'If it falls through, the council grounds-maintenance contract starts in April, and Sheila keeps passing me small jobs.',
          'If Isartal will not meet us above 6,30, we release the panels to the Salzburg Landeskliniken car park project.',
        ],
      },
      ALTERNATIVE_HANDOVER,
      {
        why: 'Moving our people or capacity elsewhere.',
        phrases: [
          'move the team', 'move the engineers', 'move the crew', 'move the people', 'move the capacity', 'move … to the', 'move … to our',
          'move to the', 'move to', 'move on to', 'redeploy', 'reassign', 'reallocate', 'put … team on', 'put … crew on', 'put the team on',
          'put … team|crew|people|staff|engineers|consultants onto|into',
          // "shift SE + CSM time to St. Agnes", "move most of the 84 staff to the Emory bid".
          'move|shift|transfer|redeploy … time|hours|capacity|staff|people|crew to', 'move|shift|transfer|redeploy most|all|part|some of the|our|those|these', 'move|switch|shift|transfer … system|systems|work|service|contract|volume|account|business to',
          'put … time into', 'put … time on', 'put … capacity|line|lines|cell|cells|shift|shifts|machines|press|presses on|onto|into', 'spend … time on', 'focus on', 'team|crew|engineers|consultants|people|bench go to|onto|into|on',
          // "the implementation team goes straight onto Harbor Vet", "move the implementation team to Ashgrove Living".
          'team|crew|engineers|consultants|people|bench go|goes … onto|into', 'move|moves … team|crew|engineers|consultants|people|staff to',
          'team|crew|engineers|consultants|people|bench move to|onto|into|on', 'keep … busy',
          // "the fourteen cleaners go across to the Riverside NHS contract", "the trucks move over to the Tesco lanes".
          'go|goes|move|moves|switch|switches across|over to', 'transfer|transfers to the|our|another',
          // "the 3 pharma linguists go on the [[Novacare MDR labelling]] project from September": our people on other work.
          'go|goes|move|moves on|onto the … project|account|contract|programme|program|tender|bid|mandate|rollout|engagement',
        ],
        examples: [
          'walk → the engineers move to the Nordic account',
          'And if we walk, the fourteen cleaners go across to the Riverside NHS contract that starts in September.',
          "If I walk, the team goes onto the Orwell Brewing diagnostic.",
          "We let this one go and put Priya's team on the Lakeshore RFPs.",
          'If ✘: walk, shift SE + CSM time to St. Agnes & Lakeview.',
          'If we cannot get there, we move most of the 84 staff to the Emory Midtown bid.',
          'and then: the 3 pharma linguists go on the [[Novacare MDR labelling]] project from September',
        ],
      },
      {
        why: 'Staying put, buying elsewhere or doing it ourselves: what a buyer does instead of this deal.',
        phrases: [
          // "No deal means the status quo, not a lost customer."
          'status quo', 'stay with the incumbent', 'stay with the current', 'stay with', 'stay on', 'keep the current', 'keep using', 'keep run', 'renew with',
          'extend the current', 'extend our current', 'extend the existing', 'extension',
          // Rolling on without a new contract ("we go month to month"), not a term of the deal ("flexible month to month").
          'go|going|stay|staying|roll|rolling|run|running|continue|remain|remaining … month to month', 'month to month with|on the',
          // "we renew the Solara agreement and go ahead with the private-label kit", "we then put the money into the novel we hold an option on".
          'renew|extend the|our … agreement|contract|licence|license|lease|deal', 'go ahead with the|a|an|our', 'put|spend|invest|move the|that|our money|budget|cash into|on', 'retender', 're tender', 'rerun the tender',
          'run a new tender', 'go back to market', 'go back to the market', 'build it in house', 'build in house', 'do it in house',
          // "At 8.75% on the lease we're better off paying the deposit and owning the machines": what we would rather do.
          'better off paying|buying|owning|keeping|staying|taking|using|renting|leasing|hiring|going|selling|doing|building|moving',
          'bring it in house', 'in house', 'another supplier', 'other supplier', 'another vendor', 'other vendor', 'second source',
          'runner up', 'go back to', 'other|remaining … tenderer|bidder|supplier|vendor|finalist|contender', 'go|move|proceed|run|call a? final tender', 'switch to', 'convert to', 'change to', 'subscribe|buy|go|order|purchase direct|directly', 'auction', 'cash offer', 'go with', 'continue with', 'continue on', 'sign with', 'award it to', 'award to the', 'buy from',
          'source from', 'license|licence a', 'commission a', 'hire a', 'second viewing', 'other building', 'other site',
          // The next bidder in the ranking, another quote in hand, a bridge with the incumbent.
          'second|2nd|next|third|3rd rank|ranked|placed bidder|supplier|tenderer|vendor|bid', 'have|has a|an|another quote|offer|bid|proposal from',
          'bridge|bridging … incumbent|current|existing',
          // "we descope the icing runs to an option we fund in FY27 and issue the order for the 10x10 work alone".
          'descope|descopes … to|into|from', 'issue|place|award the|an? order|contract for … alone|only',
          // "each station keeps ordering off the FSS at schedule price, and we compete a multiple-award BPA instead".
          'keep|keeps order|ordering|buying|purchasing|calling off|from|through', 'compete|recompete a|an|the|it|this … among|between|with|instead|next',
          // Disputes: the court decides instead. "If we cannot settle at or below $475,000, we go to summary judgment."
          'go|proceed|move to trial|court|arbitration|litigation|judgment|judgement', 'go|proceed|move to summary judgment|judgement', 'try the case', 'litigate', 'file suit',
          'go|proceed|move to the … hearing|trial|tribunal',
          // Pay disputes: "we end direct talks and refer the dispute to the Workplace Relations Commission", "go to conciliation".
          'refer|refers|take the|this|our dispute|claim|matter|finding|findings|case|debt|balance|shortfall to',
          // Licence audits: "we pay what we agree with and dispute the rest under clause 12", "refer the finding for recovery".
          'dispute the|that rest|remainder|balance|claim|finding|difference', 'for recovery', 'move|migrate|switch|shift the|our … labs|seats|users|licences|licenses|workloads|sites|fleet to', 'go|proceed|move to conciliation|mediation|arbitration', 'go|proceed|move to the commission|tribunal', 'go|proceed|move to the labour|labor court|board',
          // A job seeker's other door: "Below that I go to the final interview at the Warsaw fintech", "I take the other offer".
          'interview|interviews at|with', 'final interview|round', 'take|accept the|their|an other|outside offer|job|role|position',
          // What we sell sent elsewhere: "we send the volume to our consignment partner at Jiangnan market".
          'send|ship|sell|move|divert|redirect the|our|that|this volume|fruit|product|stock|capacity|cargo|crop|output|tonnage|slots|allocation to', 'on consignment',
          // Another taker for what we sell: "take the European broadcaster".
          'take the|their … broadcaster|buyer|bidder|publisher|distributor|licensee|offer',
          // "We take the George St renewal": the other deal we already hold, taken up.
          'take|sign|accept the|our … renewal|extension|option|lease|sublease',
          // People deals, the employer's side: the role filled another way when the person goes.
          'backfill', 'step|steps up as interim|acting', 'hire|recruit someone|somebody else', 'hire|recruit a replacement', 'bring in a|an? contractor|interim|consultant|freelancer',
        ],
        examples: [
          "If we don't get a deal, we renew with the incumbent.",
          'If it falls through we sign with Supportly, or extend the current tool month-to-month while we re-tender.',
          'If we drop it: commission a sound-alike from our composer.',
          'Walk away → 2nd-ranked bidder Altmark Medical + 3-month bridge w/ incumbent at current £3.55/test',
          "If it falls through, Rustom has a quote from Helvetic Journeys in Geneva, CHF 1'560 per person.",
          'If she goes, Arjun steps up as interim lead and we backfill the senior role through referrals.',
          'If we cannot settle at or below $475,000, we go to summary judgment.', 'If we walk: we take the George St renewal.', 'If Vectorform will not come under C$95,000 we pay the C$55,080 we agree with, dispute the rest under the dispute resolution clause.', "If we can't get under $3,260,000, we descope the PSL icing runs to an option we fund in FY27 and issue the order for the 10x10 work alone.",
          'Above it we don\'t establish the BPA; each station keeps ordering off the FSS at schedule price, and we compete a multiple-award BPA among the three FSS holders next FY instead.',
        ],
      },
    ],
  },
  {
    tag: 'no-deal',
    why: 'The no-deal case: what follows it is what we do without this deal, so it turns an action into our alternative.',
    groups: [
      {
        why: 'The deal not happening, said outright.',
        phrases: [
          'no deal', 'without a deal', 'without this deal', 'without an agreement', 'without them', 'failing agreement', 'failing a deal',
          'failing that', 'failing which', 'otherwise', 'or else', 'walk away', 'walkaway', 'walk', 'lose the deal', 'lose this deal',
          'lose it', 'lose them', 'do not get the deal|award|business|contract|work|job|deal', 'no award',
          'do not renew|sign|buy|award|proceed', 'no agreement',
          // "If talks break down", "if the negotiations fail": the table itself giving way.
          'talks|negotiations|discussions|mediation break|breaks down', 'talks|negotiations|discussions|mediation fail|fails|collapse|collapses',
        ],
        examples: ['Without a deal we keep the current supplier.', 'Failing that, the Leeds lease is extended for two years.'],
      },
      {
        why: 'A condition that ends the deal: "if they pass", "if it falls over", "if Harlan say no".',
        phrases: [
          // "If it dies:", "if it goes south", "If agreement … is not reached by 21 November".
          'if … die|dies|collapse|collapses|stall|stalls', 'if … go south|sideways|nowhere', 'if … go pear shaped', 'not be reach', 'not reach agreement',
          // "…below it we're paying to host them. If it comes to that, we release the dates": the limit reached, pointed back to.
          'if|should it come|comes to that|this', 'if that happen|happens', 'leave|get up from the table', 'walk out',
          'if … walk', 'if they|she|he pass', 'if … pass on', 'if … pass :|,|—',
          // "If they go Google: fine. We keep them on the free tier…": their choosing someone else, set off as a case.
          'if they|she|he go|pick|choose|select|switch … :|—', 'if … decline', 'if … say no', 'if … says no', 'if … drop it|this|them', 'if … fall over|through|apart',
          'if … lose', 'if … stop|quit|exit|abandon', 'if … not come through', 'if … fall|falls flat', 'if … end|break off the? talks|negotiation|negotiations', 'if … refuse', 'if … reject', 'if … go elsewhere', 'if … go with someone|somebody|another|the',
          // "If the budget isn't enough" ends the deal; "if they say 24 isn't enough" is their challenge, answered.
          'if it|this|that|budget|money|funding|volume|demand|capacity be not enough', 'if the|our|their budget|money|funding|volume|demand|capacity be not enough', 'if it|this|that … not be enough',
          'if … will not move|budge|come|go|accept|sign|agree|deal|meet|land|get',
          // "If we cannot hold 11.5%", "If Budmar will not pay PLN 830k": our floor not held, their money not there.
          'if … can not hold|keep|secure|afford|pay|fund|find', 'if … cannot hold|keep|secure|afford|pay|fund|find', 'if … will not hold|keep|secure|afford|pay|fund|find', 'if … do not hold|keep|secure|afford|pay|fund|find', 'if … can not come|go|deal|meet|settle|close|reach', 'if … cannot agree|come|go|deal|meet|settle|close|reach|get', 'if … fail', 'should … fail',
          'fail to agree|reach|close|land', 'if … not reach|reached', 'if no', 'if not', 'where do we go if', 'if … go below|above|under|over', 'if … can not agree|clear|get|meet',
          'if … do not get|win|make|land|close|sign|agree|accept|happen|work|renew|buy|proceed|award|take|bite|want|respond|reply|move|budge|come|meet|reach|match|drop|go|settle', 'if … not happen',
          // "If Northlight passes or comes in under $180k: …".
          'if … pass|passes or',
          // "If Krausmann chooses someone else".
          'if … choose|chooses|pick|picks|select|selects|prefer|prefers someone|somebody|another', 'if … choose|chooses|pick|picks|select|selects|prefer|prefers a|the competitor|rival|other',
          // "If Tōkai picks a cheaper bid", "if they go for a lower offer": another bid chosen over ours.
          'if … choose|chooses|pick|picks|select|selects|prefer|prefers|take|takes|accept|accepts a|the cheaper|lower|rival|competing bid|offer|quote|tender', 'if … go|goes for a|the cheaper|lower|rival|competing bid|offer|quote|tender',
          // The formal conditional: "Should agreement not be reached:", "Should talks fail".
          'should … not be? reach|reached|agree|agreed|possibl', 'if … not be? reach|reached|agreed|possibl', 'if it is a no', 'if the answer is no',
          'if … no deal', 'if … not work out', 'if … not close', 'what happens if', 'where we go if', 'in the no deal case',
          // Shorthand and the person leaving: "if out: Kestrel role", "If I'm out", "If she goes, she goes well".
          'if out', 'if i|we be out', 'if they|she|he go|leave|quit|resign ,|:|—|;',
          // The offer landing past our limit: "If it comes in below the floor, we run one site only".
          'if … below|above|under|over|past|beyond the|our|my floor|ceiling|walkaway|limit|maximum|minimum|max|min', 'if … below|above|under|over|past|beyond the|our|my walk away', 'if … below|above|under|over|past|beyond the|our|my red|bottom line',
          // Their number staying past a figure: "If Linea Mori stays above $465,000, we buy the Cantech line".
          'if … stay|stays|remain|remains|sit|sits|land|lands|come|comes above|over|below|under $|€|£|¥|₹|#',
          // A figure as the threshold, then what we do: "Above 2.05‰ we move the lead to Lloyd's", "Below €900k we walk".
          'above|over|below|under|beyond|past $|€|£|¥|₹? # %|‰? we|i',
          // Their asking past our limit, pointed back to it: "If HORNBILL needs lower than that, we decline and…".
          'if … need|needs|want|wants|insist|insists|push|pushes|demand|demands … lower|less|cheaper|higher|more than that|this|it',
          'if … insist|insists|push|pushes on|for less|lower|more|higher',
          'if … need|needs|want|wants|insist|insists on? a lower|cheaper|higher price|number|figure|rate|offer',
          // A negative subject carries the "not": "If neither supplier reaches an acceptable position", "if nobody accepts".
          'if neither|none|nobody … reach|reaches|agree|agrees|accept|accepts|meet|meets|move|moves|sign|signs|come|comes|get|gets|land|lands',
          'if no supplier|vendor|bidder|buyer|customer|tenderer|party|offer|bid … reach|reaches|agree|agrees|accept|accepts|meet|meets|come|comes|land|lands',
        ],
        examples: ['If we cannot hold 11.5%, we decline the renewal and let the contract end.', 'If Tōkai picks a cheaper bid, the engineering team moves to the Enshū Seiki project.', 'If Budmar will not pay PLN 830k, we step back from the machine deal.', 'Should agreement not be reached: the Council proceeds to final tenders with the other two tenderers.', 'If neither supplier reaches an acceptable position: re-run the selection in July.', 'If the Brennans pass: Columbus East goes to Tom Reyes.', 'If they pass: we put Dani and Luis on the Fernhill project.', 'If Harlan say no: Austin North goes back to the waiting list.', 'If Whelan decline: we open two bars ourselves.', 'If HORNBILL needs lower than that, we decline and give the two shop bays to the ATR programme.', "if out: Kestrel Energy role via Hays from April", 'If she goes, she goes well, and we are fine.', "If it comes in below the floor, we don't pretend: we run one site only.", 'If Linea Mori stays above $465,000, we buy the Cantech refurbished line.', "Above 2.05‰ we move the lead to Lloyd's."],
        not: ['If they ask for a discount, we show the payback.', 'If she goes on leave in May, Arjun covers.', 'If the pilot passes the security review we expand to 400 seats.'],
      },
      {
        why: 'Past the walk-away number: "below that", "above this level".',
        phrases: ['below|under|above|over|beyond|past that|this|it|those', 'below|under|above|over|beyond|past that|this level|number|price|point|figure|line|rate'],
        examples: ['Below that, we let them go to the competitor.'],
      },
    ],
  },
  {
    tag: 'target',
    why: 'The deal we aim for, well clear of the walk-away point.',
    groups: [
      {
        why: 'Names and sentences for the aim.',
        phrases: [
          // Shorthand with its figure: "TP £495k" (target point), "MDO €1.4m" (most desired outcome).
          'tp|mdo $|€|£|¥|₹|usd|eur|gbp|chf|inr|sgd|aud|cad|nzd|zar? #',
          'target', 'tgt', 'aim for', 'aim to land', 'aim at', 'we aim', 'goal is', 'want to land', 'expect to land',
          'where we want to land', 'where we expect to land', 'realistic landing', 'landing zone', 'land at', 'land around',
          'settle at', 'settle around', 'ideal outcome', 'desired outcome', 'zielpreis', 'aspiration', 'good outcome',
          'success look like',
          // Our own contentment with a figure ("we'd be happy at £48k"); "both quality teams happy with it" sets no target.
          'we|i … happy at|with',
          'what i|we be after', 'want to end up',
          // "If we close at ₹36.5 per Wp with O&M, then we have the deal we came for".
          'the|a deal|result|outcome we came|come for', 'what we came|come for', 'the deal we want|are after',
          // "What I want to walk out with is 18%", "What I want to come away with is €48,000".
          'want to walk out with', 'walk out with # %|$|€|£|¥|₹', 'want to come away with', 'come away with $|€|£|¥|₹|#', 'like|want to come out with', 'come out with $|€|£|¥|₹|#',
          // A letter to oneself speaks to its writer: "What you're going for: $1,000 a day".
          'what i|we|you be go for', 'i|we be go for $|€|£|¥|₹|usd|eur|gbp|chf|inr? #', 'hope to end up', 'expect to end up', 'where we want to end up', 'end up at|around|near',
          'hope to land', 'plan to land', 'would like to land|settle|close|end up', 'want to settle', 'hope to settle', 'expect to settle',
          'want to close at', 'hope to close at', 'expect to close at', 'land near|between', 'settle near', 'sweet spot', 'likely landing',
          'landing point', 'realistic target', 'realistic outcome', 'expected outcome', 'most likely outcome', 'ideal deal', 'ideal result',
          'objective', 'objectif', 'objetivo', 'doelprijs', 'ziel', 'ideally', 'aiming for|at', 'we be aim', 'our aim', 'the aim be', 'our goal', 'our objective', 'objective be', 'a good deal be',
          // First person wishes: "what I'd really love to land is £1,550", "I'd be pleased to settle at…".
          'love to land|settle|close|get', 'love to end up', 'like to get to', 'pleased to land|settle|close', 'happy to land|settle|close at', 'pleased|happy to end up',
          'aim to get|close|settle|finish', 'aiming to get|close|settle|finish', 'work|working toward|towards', 'outcome we … want|seek|expect|work', 'want to get to', 'hope to get to',
          // "Where I want us to land is £150,000", "Where do you want to finish?", "What would we be pleased with?".
          'want|like|hope|expect|plan … to land|finish|settle', 'where … land|finish|settle', 'pleased|content|satisfied with',
          'i|we be hope|hoping for', 'i|we hope|hoping for', 'i|we would like|want|hope|expect to get',
          // "The outcome I want is €142,000", "the number we're after".
          'outcome|result|figure|number|price|deal|rate|fee i|we want|need|seek', 'outcome|result|figure|number|price|deal|rate|fee i|we be after',
          'outcome|result|figure|number|price|deal|rate|fee i|we would like', 'outcome|result|figure|number|price|deal|rate|fee i|we aim|hope for',
        ],
        examples: ["What I'd really love to land is £1,550 with the Friday mehndi hour added.", "I'm hoping for $50k.", "What I'm after: $1,750/day.", 'Where we want to end up: $6.10 per box', 'We want to land at $240k.', 'Zielpreis / target: 1,3 Mio. €', 'A good outcome is £88k per annum.', 'Where I want us to land is £150,000 for the two books.', 'Where do you want to finish?', 'And what would we be pleased with?'],
      },
    ],
  },
  {
    tag: 'opening',
    why: 'The first number we put on the table: the anchor everything after it is measured against.',
    groups: [
      {
        why: 'A seller\'s tender or bid price is the number it put on the table ("Tender price was NZ$15.40 per user per month"); a buyer\'s "tender price" is the supplier\'s.',
        side: 'seller',
        phrases: ['tender|bid price'],
        examples: ['Tender price was NZ$15.40 per user per month.'],
      },
      {
        why: 'Every price we quote is a habit, not the number we open with: "…tax is in every price we quote".',
        idiom: true,
        phrases: ['every|any|each|all price|prices|rate|rates|figure|figures|quote|quotes|number|numbers we|i quote|charge|offer'],
        examples: ["Japan's 10% consumption tax plus Tokyo accommodation tax are in every price we quote."],
      },
      {
        why: 'Dropping an ask is a give, not our first number: "also dropping our ask for free returns processing".',
        idiom: true,
        phrases: ['drop|dropping|dropped|waive|waiving|withdraw|withdrawing|remove|removing our|the|my ask|asks|request for?'],
        examples: ['We are also dropping our ask for free returns processing.'],
      },
      {
        why: 'Dutch "op" is "at" after a verb ("uitkomen op € 1.175.000", "ligt op € 40"), not the opening position\'s "OP".',
        idiom: true,
        phrases: ['uitkomen|uitkomt|landen|landt|eindigen|eindigt|ligt|liggen|zit|zitten|staat|staan|komt|komen|blijft|blijven|stijgt|stijgen|daalt|dalen|sluiten|sluit|mikken|neerkomen|uit|zetten|houden … op $|€|£|¥|₹ #'],
        examples: ['We willen uitkomen op € 1.175.000 per jaar.', 'De huidige prijs ligt op € 40 per uur.'],
      },
      {
        why: 'Names and sentences for the first number.',
        phrases: [
          // Shorthand with its figure: "OP S$1.86m" (opening position), "MSP €2.2m" (maximum supportable position).
          'op $|€|£|¥|₹ #', 'msp $|€|£|¥|₹|usd|eur|gbp|chf|inr|sgd|aud|cad|nzd|zar? #',
          // "And that's our offer in the letter, and it's final": the number a best-and-final letter puts forward.
          'that|this be our offer … final', 'our offer in|for the letter|bid|submission',
          // The one number we put forward: "the first and only figure we put to Harriet".
          'first and only figure|number|price|offer|fee', 'only figure we put', 'only number we put',
          // "Opening" and "open" share a stem, so the bare word would tag "open questions"; it needs a neighbour.
          'opening offer|number|price|bid|position|ask|quote|figure|rate|fee|proposal|move|anchor', 'our opening', 'the opening be',
          // Not "the budget opens on 1 January": "open on" takes a price.
          'open at|with', 'open on $|€|£|¥|₹|usd|eur|gbp|chf|inr #',
          // "open w $47,500 and see how she reacts": "w" for "with", typed fast.
          'open|start w $|€|£|¥|₹|usd|eur|gbp|chf|inr #',
          // "Opening at +1.80. I can defend it: …", "Opening of £74.50 psf".
          'opening at|of|be $|€|£|¥|₹|usd|eur|gbp|chf|inr? #',
          // "Opened Monday at £4,200/week": a day or a place between the verb and the price.
          'open … at $|€|£|¥|₹|usd|eur|gbp|chf|inr #', 'open #', 'open $|€|£|¥|₹|usd|eur|gbp|chf|inr #', 'we open', 'i open', 'anchor', 'first offer', 'first number', 'first and only number|offer|price|figure',
          'first bid', 'initial offer', 'initial quote', 'initial proposal', 'starting price',
          // "Start at", "go in at" need us or a figure: "coverage starts with bridal prep at 11am" opens nothing.
          'start at|with $|€|£|¥|₹|usd|eur|gbp|chf|inr? #', 'i|we will|would|shall|can? start at|with|high',
          'i|we will|would|shall? quote', 'i|we will|would|shall|have? submit|tender|bid|price|send $|€|£|¥|₹|usd|eur|gbp|chf|inr? #',
          // "What I'll do is send seventy thousand on Friday", "the plan is to quote 70k".
          'be|to send|submit|quote|table $|€|£|¥|₹|usd|eur|gbp|chf|inr? #',
          // "Q: So what number goes in the offer?"
          'what number|figure|price goes|go in|into the|our? offer|proposal|quote|bid|tender', 'number|figure|price in|into the|our offer|proposal|quote',
          'i|we will|would|shall? ask for $|€|£|¥|₹|usd|eur|gbp|chf|inr? #', 'i|we will|would|shall? propose $|€|£|¥|₹|usd|eur|gbp|chf|inr? #', 'we ask for',
          // "If Karthik asks for our number first, then we say ₹34 per Wp".
          'then? we|i say|name $|€|£|¥|₹|usd|eur|gbp|chf|inr #', 'then? we|i say|name # %', 'our number first', 'ask for our fee|rate|price|number',
          'put $|€|£|¥|₹|usd|eur|gbp|chf|inr? # … on the table',
          // "Our ask is $60k", not "we ask them whether…" ("our" and "we" share a stem).
          'our ask be|of|at|:|—', 'our ask $|€|£|¥|₹|usd|eur|gbp|chf|inr? #', 'asking price|rent|rate|fee|figure', 'einstieg', 'first proposal', 'lead with', 'put down',
          'table at $|€|£|¥|₹|usd|eur|gbp|chf|inr? #', 'i|we will|would|shall|can? go|come in at|with|high', 'go|come in at $|€|£|¥|₹|usd|eur|gbp|chf|inr? #',
          'on the table first', 'first on the table', 'first thing|number|figure|price on the table', 'put … on the table first',
                    'where i|we start', 'where do i|we start', 'where i|we will|would|shall? open', 'where … start', 'what do i|we open with|at', 'what do i|we lead with', 'first price', 'first quote',
          'initial price', 'starting offer', 'initial position', 'ouverture', 'prix d ouverture', 'offre initiale', 'einstiegspreis',
          'openingsbod', 'oferta inicial',
          // "Our RFP response priced the platform at USD 690k"; not "20% off tender price" (their tender's price).
          'response|proposal|bid|quote|tender priced … at', 'submitted at',
          'as submitted',
          // "What I'll say first: R3 000", "the number I write on the form", "Quote going to them: $18,900": the first
          // number named by the act of putting it forward.
          'what i|we will|would|shall? say|name|propose|pitch first', 'the number|price|figure i|we will|would|shall? say|name first',
          'our|my written price|offer|quote|bid', 'number|price|figure i|we write|put on|in the? form|letter|quote|offer',
          'quote|offer|proposal|price go|going|sent to they|them',
          // The opening named by where we put it: "Opening in the proposal: CHF 1'890", "opening at the first meeting".
          'opening in|at|for the|our? proposal|tender|rfp|bid|quote|offer|round|meeting|letter|email|call|pitch|response',
        ],
        examples: ['I open at $21.40 a unit.', 'open @ 120k', 'Einstieg / opening: 1,45 Mio. €', 'Our opening offer is $480k.', "I'll quote the Full Day package at £2,450.", 'Our RFP response priced the platform at USD 690k per year.', "I'll ask for $60k.", 'We submitted $690k in the RFP.', "I'll put $35k on the table first.", "Opening in the proposal: CHF 1'890 per day."],
        not: ['We ask them what they would need to see from us.', 'The 2025 maintenance budget opens on 1 January.', 'Open pipeline: $4.86M across 23 deals.', 'Open questions for Thursday.', 'Coverage starts with bridal prep at 11am.', 'The Friday hour goes in at the end of the day.', 'Two things we put on the table at the very start.'],
      },
    ],
  },
  {
    tag: 'rationale',
    why: 'The reason the opening can be defended: a price list, a benchmark, value, an index, a competing quote.',
    groups: [
      {
        why: 'Words that give a reason or a source for a number.',
        phrases: [
          'because', 'since', 'as it', 'as this', 'as that', 'due to', 'why', 'reason*', 'rationale', 'based on', 'in line with', 'defendable', 'defensible', 'parity', 'holds up',
          'consistent with', 'justif*', 'backed by', 'supported by', 'grounded in', 'anchored in', 'anchored on', 'anchored to',
          'derived from', 'calculated from', 'built up from', 'build up', 'works out', 'work out', 'per the', 'per our', 'reflect*',
          // A comparable deal priced by someone else: "Calder Bank priced the Humberside Foods refinancing at 190 bps … for a very similar credit".
          'priced the|a|their … at', 'for a|the very? similar|comparable credit|deal|contract|loan|facility|project|job|scope|lease|unit',
          'match the|our|their|what|that', 'same as', 'equal to', 'that is', 'which is', 'so that', 'basis',
          // A positions table's reason column: "| Position | Amount | How we got there |".
          'how we|i got|arrived there|here', 'how we|i got|arrived at it|this|that', 'how it be built|derived|calculated', 'derivation',
          // "How we built it: Turkish export rebar FOB USD 570,00, freight USD 48,00…": the figure's build-up.
          'how we|i built|build|calculated|calculate it|this|that', 'how we|i built|build|calculated|calculate the number|price|figure|offer',
        ],
        examples: ['How we built it: export rebar FOB USD 570,00 plus freight USD 48,00.', 'Open at 420 kr./MWh: DK1 forwards for 2026–2030 trade around 455 kr./MWh, and 420 gives Nordthy a clear discount.', 'Why $21.40: the 2022 price indexed by CPI.', 'open $132k/yr → list $3,300/truck/yr x 40, nothing off to start', "That's list, and it's exactly what Hill Country Haulers pays us for the same bundle.", "That is the figure from Mieke's valuation.", '¥10 direct is still well under what Kumo would pay an agency.', 'BSI 10TC average last 30 days is $13,150/day.', 'First offer: 2 050 USD/FEU. Xeneta North Europe → China reefer long-term, mid-high in February: 2 000–2 150.', 'Index: Platts Dated Brent plus 1.20.', 'Basis: the national framework price calculator gives £158,700.', '| Position | Amount | How we got there |', "That's our standard rate, unchanged since January."],
        not: ['It is not based on anything.'],
      },
      {
        why: 'Value to them: outcomes, savings, payback, the cost of doing nothing.',
        phrases: [
          'value', 'roi', 'return on investment', 'payback', 'pay back', 'pay for itself', 'saving*', 'save', 'cost of doing nothing',
          'cost of delay', 'cost of inaction', 'cost of downtime', 'business case', 'worth', 'outcome*', 'impact', 'gain*',
          'improvement*', 'reduction in', 'fraction of', 'share of', 'pilot result|results|data|numbers|figures|outcome|outcomes|showed|shows|proved|proves', 'in|during|from the|our|a … pilot', 'offer|propose|suggest|run a|free? pilot', 'free|paid pilot', 'proof of concept',
          'trial result*', 'they lose', 'cost them', 'they spend', 'they pay', 'currently pay', 'currently spend', 'downtime', 'fines',
        ],
        examples: ['The pilot saved them 480 engineer-hours a day.', 'It pays back in 26 months.'],
      },
      {
        why: 'Price references: a list, a rate card, a price book, a framework or contract schedule, last year indexed.',
        phrases: [
          // "list for 14 rooms is CHF 198'800, minus our standard 5%", "10% off list".
          'list for|at|minus|less',
          // "list 2025 less the standard 3 % rebate", "0,97 × list": the list of a year, a share of the list.
          'list # less|minus|for|at', 'our|the grid|grille|barème|bareme', 'standard|public|published grid|grille|barème|bareme', '# × list', '# x list', 'the standard # % … rebate|discount', 'list be $|€|£|¥|₹|chf|usd|eur|gbp|inr|#', 'off|below|under|from the|our? list', 'our standard # %', 'standard discount|rebate|tier',
          // What others pay or were given, and the market's own average: "the same one the nine independents pay", "exactly the
          // price Rehavital gave the Caritas-Verbund", "my printed wholesale sheet", "averaged USD 1,690 spot in Q3".
          'the price … gave|give|gives|paid|pay|pays|got|charged|charges', 'same one|price|rate|terms … pay|pays|paid|get|gets|got', 'wholesale sheet|price|prices|list|rate', 'price sheet',
          // Apparel's price list and what other accounts pay: "our line-sheet wholesale, the same price our other three … accounts pay".
          'line sheet|sheets', 'linesheet', 'accounts|customers|clients|stores|retailers pay|pays|paid', 'initial markup|margin', 'markup for them|him|her',
          'spot rate|rates|price|prices|market|index', 'below|above|under|over spot',
          // "2024–25 US FOB SPA prints $2.50–3.00": the deals the market has printed.
          'print|prints $|€|£|¥|₹|usd|eur|gbp|#', 'recent|market|spa|deal|trade print|prints',
          // "Top of the band; CORSIA-eligible → premium over plain ARR": where the figure sits in the market's range.
          'top|bottom|middle|mid of the|our|that|this? band|range', 'premium over|to plain|standard|market|generic|index', 'premium over|to the market|index',
          // "DK1 forwards for 2026–2030 trade around 455 kr./MWh, and 420 gives them a clear discount": the forward market.
          'forward|forwards|futures … trade|trades|trading|traded at|around|near', 'trade|trades|trading|traded around|near $|€|£|¥|₹|#', 'discount to|on|against the? market|forwards|forward|spot|index', 'averaged|average|averages $|€|£|¥|₹|usd|eur|gbp|#',
          // What the money is owed for, and our own last deal: "Everything we accept we owe ($149,960)", "the documents back
          // it line by line", "CBA's equipment finance ran 7.2% for us on the 2023 graders", "between the promo and last deal".
          'we owe', 'undisputed', 'back|backs|support|supports it|this line by line', 'back|backs|support|supports the number|figure line by line', 'last|previous deal|lease|loan|contract|purchase',
          'promo|promotional|manufacturer rate|rates|price|prices', 'sit|sits|lie|lies between',
          // Another buyer's award for the same thing: "Uppsala's public award (same model, 2,400 units) = 7,420".
          'public award|awards|tender', 'award price|prices|value', 'awarded at|for', 'same model|spec|specification|product|scope|machine|unit|profile|grade|route|lane|size|service|mix|volume|work',
          // Our own recent deals for the same work: "ran our last two matters with other providers at $39 and $44 blended".
          'our|the last|previous|recent # matters|deals|contracts|projects|jobs|engagements|orders|tenders', 'with other providers|suppliers|vendors|firms|agencies at',
          'list price', 'price list', 'pricelist', 'preisliste', 'price book', 'pricebook', 'rate card', 'ratecard', 'price|tariff|rate table|schedule', 'published rate|rates|price|prices|pricing|list|tariff|tier', 'our published', 'standard rate',
          'standard price', 'standard fee', 'public pricing', 'pricing page', 'catalogue', 'catalog', 'tariff', 'framework', 'schedule',
          // "the current contract with Lavotel ends 30 September" dates the deal; its price or terms are the reference.
          'contract rate', 'current price', 'current rate', 'current contract price|prices|rate|rates|terms|level|fee|fees|value', 'under|on|in|at|from the|our|their current contract', 'renewal price', 'last year', 'this year', 'index*', 'inflation',
          // The going price where the deal is: "Forestry Corp's Q4 delivered sawlog price for the Tumut region came in at A$98/t".
          'price|prices|rate|rates for the … region|area|district|market|state|province|county', 'regional|local|district price|prices|rate|rates',
          'q1|q2|q3|q4 price|prices|rate|rates|sheet|list',
          // What we charged them in a named year: "CHF 31.00 per part: our 2025 price to Osteon, unchanged".
          'our|the # price|prices|rate|rates to|for|with',
          // "our 2025 list on their split comes to €125.58": the list of a year, applied to their mix.
          'our|the # list|pricelist|tariff', 'our|the # rate card',
          // "Fleet price $58,990 (list $62,490 less fleet support)", "the Turners auction average for SR 4x4s of that age".
          // "Section 7 of their own disclosure doc gives existing franchisees 20% off … That's their policy".
          'their|its own? policy|disclosure|handbook|rulebook|rate card|price list', 'disclosure doc|document|documents',
          // An underwriter's own price for the risk: "Technical rate after the 2024 loss on our model", "burning cost".
          // "the provincial vendor-of-record rates for 1 Gbps DIA run C$5,200–6,100".
          'vendor of record', 'rates|prices|fees … run|ran|range $|€|£|¥|₹ #',
          'technical rate|rates|price|premium|pricing', 'burning cost', 'break even', 'breakeven', 'break even point|at', 'loss cost|costs', 'pricing|rating|underwriting|actuarial model|models', 'renewal|renewals … ran|went|moved # %',
          'list $|€|£|¥|₹ # less|minus',
          // What another customer pays us for the same, a valuation, what they would pay elsewhere, a market average:
          // "That's list, and it's exactly what Hill Country Haulers pays us for the same bundle", "the figure from Mieke's valuation",
          // "¥10 direct is still well under what Kumo would pay an agency", "BSI 10TC average last 30 days is $13,150/day".
          'pay|pays|paid us for the same', 'that be list', 'it be list', 'valuation', 'appraisal', 'appraised at', 'valuer',
          'under|below what … would|will pay|pays|pay|paid', 'less than what … would|will pay|pays|pay|paid', 'average … be $|€|£|¥|₹|#',
          // The market's published benchmarks by name: "Xeneta North Europe → China reefer long-term: 2 000–2 150", "Platts", "LME cash".
          'xeneta', 'drewry', 'scfi', 'ccfi', 'wci', 'platts', 'argus', 'icis', 'fastmarkets', 'lme', 'baltic index|exchange', 'bdi', 'bci', 'bsi', 'henry hub', 'ttf', 'nbp', 'brent', 'wti', 'epex', 'nord pool',
          // Shorthand that names the list and its figure: "open $132k/yr → list $3,300/truck/yr x 40".
          '→|= list $|€|£|¥|₹|usd|eur|gbp|chf #', 'fleet price|prices|pricing|rate|rates', 'auction|market|resale|trade average|averages|value|values|result|results',
          // Our terms as written for everyone: "Our standard conditions (AV 2025, art. 11) and what we give every grower".
          'our standard conditions|terms|contract|warranty', 'what we give every|all|other', 'what every|all|other … get|gets|pay|pays',
          // A buyer's own going rate: "what we pay our two other PSL agencies for the same roles in 2024".
          'what we|i pay|paid … other|others|another', 'for the same role|roles|work|job|jobs|positions',
          // A comparable public award: "Kirkholme Council's 2025 award was £72.10/t for 9,000 t".
          'award|awards be|at $|€|£|¥|₹ #', 'awarded at $|€|£|¥|₹ #',
          // What we paid last time: "yan ang presyo ng last PO natin sa MTG", "our previous purchase order".
          'last|previous|prior po|purchase|order price', 'last|previous|prior purchase order price', 'presyo ng last|huling',
          // A figure accounted for: "every dollar is explained by the two losses", "the rated renewal", "the rating worksheet".
          'be explained|justified|backed|supported|driven by', 'rated renewal|premium|price|rate', 'rating worksheet|model|tool|engine|sheet', 'worksheet',
          'cpi', 'rpi', 'uplift', '# % escalation', 'plus|with|after|incl|including escalation', 'escalation clause|index|formula', 'tier', 'price calculator', 'cost plus', 'should cost', 'cost model', 'cost breakdown', 'margin',
          'invoice*', 'our cost', 'cost to serve',
          // A rate as the basis ("our standard day rate", "120 h at the blended hourly rate"), not the rates a claim raises ("9% on all hourly rates").
          'blended|standard|published|agreed|going|usual|normal day|hourly rate', 'at|× the? day|hourly rate', 'day|hourly rate of|×', 'day|hourly rate … billed|charged|paid|invoiced', 'costed', 'priced at|on|from', 'our … rate|rates',
          // Their own published price as the reference: "Their own January rate … is CHF 239 on the website".
          'their own … rate|rates|price|prices|tariff|list|lists|quote', 'on the|their|our website|site', 'rack rate', 'public rate|price',
          // A services price built up from effort: "3 200 h × 2 125 ₴/h blended rate from our WBS", "bottom-up estimate".
          // A figure traced to data: "comes from our own sales data", "the average for towns of 20.000–50.000 in the 2023 report".
          'come|comes|came from our|the … data|numbers|figures|records|history|invoices|report', 'sales|market|usage|cost|benchmark data', 'the average for|of|across|in', '# report',
          // A valuation's basis: "base: 7,0x EBITDA normalizado; mediana de 5 operaciones", "8x EBITDA", "the median multiple".
          'ebitda', 'multiple|multiples of', 'same multiple|multiples|ratio', 'mediana|mediano', 'media de', 'base :', 'basado en', 'basada en', 'basé sur', 'basiert auf', 'gebaseerd op',
          'blended rate|rates', 'wbs', 'work breakdown', 'effort estimate', 'bottom up', 'man day|days|hour|hours at', 'hours|days at our',
        ],
        examples: ["It's our line-sheet wholesale, the same price our other three Canadian department store accounts pay.", 'Open at $41/hr blended. Our outside counsel ran our last two matters with other providers at $39 and $44 blended for the same mix.', 'CHF 1,240,000, i.e. CHF 31.00 per part: our 2025 price to Osteon, unchanged.', '2024–25 US FOB SPA prints $2.50–3.00; we are brownfield.', 'Top of the band; CORSIA-eligible, a premium over plain ARR.', 'Our 2025 list on their split comes to €125.58.', 'Fleet price $58,990 (list $62,490 less Toyota NZ fleet support).', 'Technical rate after the 2024 loss is R1,50 per R1 000 turnover.', 'The round 1 opening (¥2,900,000) was break-even at 70%.', 'The provincial vendor-of-record rates for 1 Gbps DIA in Northern Ontario run C$5,200–6,100.', 'SA products liability renewals at Kopano ran +10 % to +18 % in 2025.', 'Opening: 15% — what we pay our two other PSL agencies for the same roles in 2024.', "Section 7 of their own disclosure doc gives existing franchisees 20% off a second territory. That's their policy.", 'A trade allowance of $20,090 a ute, which is the Turners auction average for SR 4x4s of that age.', 'opening = 0,97 × list = EUR 209.035,00 — list 2025 less the standard 3 % returning-customer rebate.', 'That is our published rate card.', 'Per the price book, tier 3.', 'The 2022 contract schedule, indexed.', "open: CHF 189'000/yr → list for 14 rooms is CHF 198'800, minus our standard 5% for a 3-yr term"],
      },
      {
        why: 'The market and comparable deals.',
        phrases: [
          'benchmark*',
          // Pay and price surveys: "L6 midpoint from Radford Q2 … p50", "the 75th percentile", "the median offer".
          'midpoint', 'mid point', 'percentile', 'p25|p50|p75|p90', 'median', 'salary band|bands|range|survey', 'pay band|bands|range|survey',
          // What others paid us, on record: "the diff we got from 2 japanese roasters this yr (contracts on file)".
          'we got|get from', 'on file', 'on record',
          // A published price assessment and its source: "Q3 assessed price range … (TZMI / ICIS, Sept)", "the Platts index".
          'assessed price|prices|range|rate', 'price assessment|assessments', 'price|rate range for|in', 'spot price|prices|rate|rates', 'we show the source',
          'market rate', 'market price', 'market data', 'market average', 'going rate', 'market', 'industry average',
          'industry standard', 'comparable', 'comps', 'similar deal*', 'similar customer*', 'similar account*', 'similar contract*',
          // "The three neighbouring châteaux with similar scores have released between 24,00 € and 26,50 €".
          'similar|comparable|neighbouring|neighboring … released|priced|sold at|between|for',
          'peer*', 'precedent', 'reference deal', 'reference table|tables|price|prices|rate|rates|tariff|tariffs|schedule|index', 'analyst', 'gartner', 'forrester', 'survey', 'what we charged', 'charged',
          'settled', 'paid on', 'paid for', 'same spec', 'identical', 'equivalent',
          // Recent comparable deals and the evidence they give: "the three renewals signed in this building were S$6.10–6.40".
          'renewals|leases|lettings|deals|contracts|transactions signed|agreed|done|struck|let', 'evidence',
          // Where a market or our past deals priced it: "the index closed at R$ 1.515", "our last three contracts cleared at +27 %".
          'closed|cleared at|over $|€|£|¥|₹|#', 'contracts|deals|lots|sales cleared|closed|settled',
          // What others pay or paid: "the transfer price our Karnataka distributor pays", "last season's wholesale avg".
          'customer|customers|distributor|distributors|client|clients|dealer|dealers|reseller|resellers|partner|partners|buyer|buyers pay|pays|paid',
          'transfer price', 'avg', 'average price|rate|cost|of', 'last|previous season|quarter|month|tender|round', 'wholesale price|prices|avg|average',
          // What the job market pays as the basis of a salary ask: "Alberta postings for site supervisors run $105k–$125k".
          'posting|postings|listing|listings|advert|adverts|vacancy|vacancies … run|runs|range|ranges|pay|pays|go|goes|offer|offers', 'job ad|ads … run|runs|range|ranges|pay|pays', 'salary survey|surveys|data|benchmark|benchmarks|band|bands', 'pay survey|data|scale',
          // A published average or median as the basis: "the DAT contract average for reefer out of Wisconsin".
          'contract|spot|lane|industry|regional|national|sector|peer|published average|median|averages|medians',
        ],
        examples: [
          'In line with the market rate for Leeds.', 'What we charged Hollins Trust for almost identical builds.',
          'This is the transfer price our Karnataka distributor pays, and he sells 1,400 units a month at it.',
          "open: 11,60 € → Rabobank Q1 report + last season's Spanish wholesale avg 11,20–12,10 €",
          'It is the DAT contract average for reefer out of Wisconsin in January plus 4 cents for the dedicated drivers.',
          'Alberta postings for electrical site supervisors run $105k–$125k right now.',
        ],
      },
      {
        why: 'A buyer\'s references: competing quotes and bids, the budget.',
        phrases: [
          'quote*', 'quoted', 'bid', 'bids', 'tender*', 'competing offer', 'competing quote', 'competitor*', 'alternative quote',
          'budget', 'approved budget', 'offer from', 'quote from',
        ],
        examples: ['Dell quoted €870.000 for the same spec.', 'Their competitor bid £39 a tonne.'],
      },
      {
        why: 'Bilingual plans: the same reasons in German and Dutch, inside compounds too (Servicepreisliste, Kartonpreisindex).',
        phrases: [
          'begründung', 'begruendung', 'grundlage', 'weil', '*preisliste*', '*listenpreis*', '*preisindex*', '*index*', '*vergleichsangebot*', '*konkurrenzangebot*', '*wettbewerbsangebot*', 'angebot von',
          'kalkulation', 'kalkuliert', 'gleichen|gleicher … preis', 'gleichen|gleicher … m² preis', 'lag beim|bei', '*marktpreis*', 'vergleich*', 'entspricht', 'tarif*', 'omdat', 'onderbouwing', '*prijslijst*', 'marktconform',
          // "Mittelwert der drei Angebote aus der Ausschreibung", "gemiddelde van de offertes".
          'mittelwert', 'durchschnitt*', 'ausschreibung', 'gemiddeld*', 'aanbesteding',
        ],
        examples: ['Begründung: Vergleichsangebot von Packwerk Hessen.', 'Servicepreisliste 2025: 14.000 € pro Linie und Jahr', 'fortgeschrieben mit dem Coil-Preisindex', 'Unser Einstieg: Mittelwert der drei Angebote aus der Ausschreibung Deutz'],
      },
      {
        why: "Reasons in Spanish, Portuguese, Italian and French plans: because, according to, the market, a reference, the list, an average.",
        phrases: ['porque', 'ya que', 'según', 'segun', 'de mercado', 'del mercado', 'referencia', 'comparable*', 'promedio', 'lista de precios', 'precio de lista', 'lo que pagan|cobran', 'perché', 'perche', 'poiché', 'poiche', 'listino', 'media di mercato', 'di mercato', 'riferimento', 'quello che pagano', 'quotato|quotata|quotati', 'preventivo', 'per iscritto', 'pois', 'referência', 'referencia de', 'tabela', 'média', 'media', 'do mercado', 'o que pagam', 'parce que', 'selon', 'référence', 'reference du', 'moyenne', 'du marché', 'du marche', 'ce que paient', 's appuie sur', 'appuie sur', 'basé|basée|basés|basées sur', 'sur la base de|du', 'fondé|fondée sur', 'devis', 'cotation', 'grille tarifaire', 'notre tarif', 'revisó|revisou|ha verificato|a vérifié'],
        examples: ["Es la regalía de las franquicias maestras de cadenas estadounidenses en México, según las tres Circulares.", "È il prezzo medio di mercato, perché il listino 2026 sale del 4%."],
      },
    ],
  },
  {
    tag: 'undecided',
    why: 'A position left for later or only wished for: a walk-away point or target that commits to nothing.',
    groups: [
      {
        why: '"Whatever the rate" means regardless of it: a line held in every case, not a limit left open.',
        idiom: true,
        phrases: ['whatever the|their|our rate|rates|price|prices|number|figure|cost|offer|terms|outcome|case|amount'],
        examples: ['We will not recommend any agreement that cuts the split-shift penalty, whatever the rate.'],
      },
      {
        why: 'Putting the decision off: "flexible", "we\'ll see", "judge it on the day", "no hard limit".',
        phrases: [
          'flexible', 'we will see', 'see how it go', 'see what happen', 'play it by ear', 'read the room', 'gut feel*', 'tbd', 'tbc',
          'to be decided|confirmed|defined|discussed|agreed', 'it depend', 'depend on the day|room|meeting|mood', 'open for|to discussion',
          // "How low we'll go depends on how the meeting goes", "we'll see what they put on the table".
          'depend on how|what|where', 'depend how|what|where', 'see how far|much|hard|long', 'see how … go', 'see what they|he|she|it', 'see where … land|go', 'see where … end up',
          'open ended', 'leave it open', 'keep it open', 'stay open', 'case by case', 'not sure', 'unsure', 'undecided', 'whatever',
          'as needed', 'as low|high as need|necessary', 'as low|high as we have to',
          'no real|fixed|hard|firm limit|floor|ceiling|walk', 'no limit|floor|ceiling', 'decide|judge|assess|gauge … later|then', 'decide|judge|assess|gauge … as we go',
          'figure|work … out later', 'on the day', 'in the room',
          // "we'll see" in the plan's other language: Turkish, Spanish, Italian, Dutch, Scandinavian, Czech, German, French.
          'bakarız', 'bakariz', 'veremos', 'vedremo', 'we zien wel', 'vi får se', 'vi far se', 'vi ser', 'uvidíme', 'uvidime', 'mal sehen', 'on verra',
          // "flexível — vamos ver com a diretoria", "flexible, ya veremos", "à voir", "offen", "flessibile".
          // German, French and Italian: "schauen wir dann in der Sitzung, wir sind da flexibel", "on verra", "dipende da".
          'schauen wir', 'sehen wir dann', 'flexibel', 'hängt davon ab', 'hangt davon ab', 'je nachdem', 'on verra', 'ça dépend', 'ca depend', 'dépend de', 'depend de', 'dipende da|dal|dalla|dai', 'vediamo', 'valuteremo',
          'flexível', 'flexivel', 'vamos ver', 'ya veremos', 'à voir', 'a voir', 'flessibile', 'vedremo', 'offen lassen', 'noch offen', 'nog open', 'depende de|del|da|do',
          'feel|seem fair|right|reasonable', 'what feels|seems fair|right|reasonable',
        ],
        examples: ["walk: depends how the room feels — we'll see how far they push", "Honestly flexible, we'll see how it goes.", 'Stay flexible and judge it on the day.', 'No hard limit.', "How low we'll go depends on how the meeting goes.", "We'll see what they come back with."],
        not: ['Non-negotiable: €1,1 Mio.'],
      },
      {
        why: 'A wish instead of a number: "as high as possible", "the best price we can get".',
        phrases: [
          'as high|much|low|little|good|cheap|many as possible', 'as high|much|low|little|good|cheap|many as we can', 'best price|deal|terms|outcome|result possible',
          'best price|deal|terms|outcome|result we can', 'maximise|maximize|maximising|maximizing|minimise|minimize|minimising|minimizing', 'win|close|get|sign|land the|this|a deal|renewal|contract|business',
        ],
        examples: ['As high as possible.', 'The best price we can get.'],
      },
    ],
  },
];
