/**
 * Label shapes: the few words that say what a line of a plan *is* rather than what it is about —
 * a reason given under its own name, an answer row, a running total, a Q&A marker, what a give is
 * worth. They are read on a label or the words right before a figure, where a phrase family over
 * whole statements would be too broad, so they live here, next to the families, and rules import them.
 */

/** "Why that opening", "Reason for the target", "Rationale": a label that gives the reason for a position. */
// "How we built it", "Build-up": the figure's derivation is its reason too.
// Other languages' "why" as well: "Varför", "Pourquoi", "Warum", "Por qué", "Perché", "Waarom".
export const REASON_LABEL = /^\W*(?:how (?:we|i) (?:built|build|got|get|arrived at|worked|work|calculated|derived)|build[- ]?up|derivation|workings|why|reason|rationale|basis|justification|varför|hvorfor|pourquoi|warum|weshalb|por qu[ée]|porqu[êe]|perch[ée]|waarom|dlaczego|proč|miért|raz[óo]n|razão|raison|begründung|motivo|powód|sustento|fundamento|justificaci[óo]n|justificativa|justificação|justifica[cç][ãa]o|grundlage|fondement|motivazione|onderbouwing|uzasadnienie|odůvodnění|perustelu)(?![\p{L}])/iu;

/**
 * A template's or a coach's guidance kept above the answer: "Coach's prompt: What is the worst deal you'd still sign?",
 * "*Template: the deal you are aiming for.*", "Prompt: BATNA = …", "Guidance:". It asks; the plan is what answers.
 */
export const GUIDANCE_LABEL =
  /^\W*(?:(?:coach|coaches|tutor|instructor|trainer|course|template|canvas|form)(?:'s|’s|s'|s’)?\s+)?(?:prompt|guidance|instructions?|hint|template|template note|guide)\s*\W{0,3}:/i;

/** "Opening and why", "Target & rationale", "Opening with basis": a label that promises the reason beside the position. */
export const AND_ITS_REASON = /(?:\band|&|\+|\bwith|\bplus)\s+(?:the\s+|its\s+)?(?:why|rationale|reasons?|reasoning|basis|justification)\s*[?:.]?\s*$/i;

/** "Opening rationale", "Reason for our anchor", "Why we open there", "Why the opening holds up": the opening's reason under its own name. */
export const NAMED_OPENING_REASON =
  /^[\s|*_]*(?:(?:opening|open|anchor|ask|first (?:offer|number|ask|price))\s+(?:rationale|reason|basis|justification|logic|why)|(?:rationale|reason|basis|justification) (?:for|behind) (?:the |our |my )?(?:opening|anchor|first (?:offer|number|ask|price))|why (?:we|i) open(?: there| at)?|(?:why|how) (?:we|i) (?:can )?(?:defend|justify|stand behind|back up) (?:the |our |my |this )?(?:opening|anchor|first (?:offer|number|ask|price))|why (?:the |our |my |this )?(?:opening|anchor|first (?:offer|number|ask|price)))\b/i;

/** "| Our answer | … |", "Response:", "How we respond": a row or label that answers what stands before it. */
export const ANSWER_LABEL = /^\W*(?:(?:our|my|the|planned)\s+)?(?:answer|response|reply|rebuttal|counter|how we (?:answer|respond|reply))\b/i;

/**
 * "Most we reach via the ladder", "Total: 12% off", "After all three steps", "After all three: $204", "The three rate moves add up to $1.40",
 * "Plancher après concessions : 244 000 €", "All three together: £43k/yr off": where the steps add up to, not a step.
 */
export const SUMS_UP =
  /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:(?:the\s+)?(?:most|max(?:imum)?|total|overall|cumulative(?:ly)?|in total|all[- ]in|net result|end point|stop(?:ping)? point|where (?:we|i) (?:end|land|stop))\b|(?:after (?:all|both) (?:(?:two|three|four|five|the)(?: steps)?\b|steps)|all (?:three|four|five) steps|(?:all (?:two|three|four|five)|both|all of them) together)\b|(?:the |these |our |my )?(?:\w+ ){0,3}(?:moves|steps|concessions|gives|cuts|discounts) (?:add|adds|added|come|comes|sum|sums) (?:up )?to\b|(?:[\wéè]+ ){0,3}(?:after|après|apres|nach|después de|despues de|tras|dopo|após|apos) (?:all |the |les |toutes les |allen |todas las |tutte le |todas as )?(?:concessions?|steps|gives|moves|concesiones|zugeständnissen?|concessioni|concessões|concessoes)\b)/i;

/** "5.1 All concessions are conditional.", "Every move is traded": a rule the concessions follow, not a concession. */
export const CONCESSIONS_RULE = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:all|every|each|any|no|our)\s+(?:concessions?|moves?|trades?|gives?|steps?)\s+(?:are|is|must|stay|remain|needs?|comes?|has|have|will)\b/i;

/** Where the steps add up to, or the rule they follow: a line of the concessions part that is no concession of its own. */
/** "opening − all gives = ₹4,00,00,000 = target", "sum of the steps = £0.35": the steps added up, anywhere in the line. */
export const ALL_STEPS_ADDED = /\b(?:all|total of|sum of|the sum of)\s+(?:the\s+|our\s+|my\s+)?(?:gives|steps|moves|concessions|cuts|discounts|rungs)\b[^.;]*=|=\s*(?:our\s+|the\s+)?(?:target|floor|walk[- ]?away|ceiling)\b/i;

/** "Waiver of accrued interest (167.000 €) | Already inside steps 1–3; not offered separately": a give counted in the steps. */
const INSIDE_THE_STEPS = /\b(?:already (?:inside|in|included in|part of|counted in|priced into) (?:steps?|the steps|the ladder|the moves)|not offered separately)\b/i;

export const summarisesConcessions = (text: string): boolean => {
  // "| 20 | Stop point for concessions | Total movement ₹14 |": a row's number cell and pipes come off first.
  const t = text.replace(/^[\s|*_]*(?:\d{1,3}\s*\|\s*)?/, '');
  return SUMS_UP.test(t) || CONCESSIONS_RULE.test(t) || ALL_STEPS_ADDED.test(t) || INSIDE_THE_STEPS.test(t);
};

// "A", "Answer", and the same word in the languages plans are written in ("R" for Réponse and Respuesta).
const ANSWER_WORD = '(?:A|Answer|R|Réponse|Respuesta|Antwort)';

/** "A:", "Answer:", "**A.**", "R:": the mark that opens the line answering a plan's own "Q:". */
export const ANSWER_MARK = new RegExp(`^[\\s*_]*${ANSWER_WORD}\\s*\\d*\\s*[:.)]`, 'i');

/** "Q", "A:", "Question 3", "V:" (Vraag), "F:" (Frage), "P:" (Pregunta/Pytanie), "D:" (Domanda) standing as a label. */
export const QA_LABEL = /^\W*(?:Q|A|Question|Answer|[VFPD])\s*\d*\W*$/i;

/** The words right before a figure that make it what a give is worth, not a price: "(worth ₹3,60,000)", "valued at", "normally 1.900 € each". */
export const WORTH_BEFORE =
  /(?:\b(?:worth|valued at|value(?: of)?:?|costs? us|at a cost of|normally|usually|ordinarily|(?:regular|list|retail|standard|usual) (?:price|rate|fee)(?: of| is)?)\s*(?:about|around|roughly|approx\.?|c\.|~)?|\(\s*(?:about|around|roughly|approx\.?|c\.|ca\.|~))\s*$/i;

/** "one free edit day (KSh 60,000 value)", "€2,000 worth of training": what a give is worth, said after the figure. */
export const WORTH_AFTER = /^\s?(?:value|in value|worth|of value|list value|retail value)\b/i;

/** "total −0,20 €", "in total +60 €": a signed running total after the steps, not a step of its own. */
export const TOTAL_BEFORE = /\b(?:total|in total|overall|altogether|cumulative(?:ly)?|combined)\s*:?\s*[+−-]\s*$/i;

/**
 * A chat export's line that only says who writes next and when ("[09:40] Lukas Frei", "Lukas Frei (09:40):",
 * "**[09:40] Lukas Frei**", "**Dana Whitfield** — 9:14 AM", "**[13.05.2025 08:02] Jörg Feldmann**", "**Keisha Morgan (VP Sales)** — 8:32 AM",
 * Telegram's "Katarzyna Nowak, [11.03.2025 18:47]"): it starts the next message, it is neither a title nor an answer.
 */
const CHAT_TIME = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
// A time after a bare name is a clock time with a colon ("**Aoife Brennan** 08:47"), so "**Floor** — 9.50" stays a figure.
const CHAT_COLON_TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
// A date, or a weekday as Slack and Teams show it for this week ("[Di 09:48]", "Tue 10:41"), before the time.
const CHAT_DATE = String.raw`(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mo|Di|Mi|Do|Fr|Sa|So|Lun|Mar|Mer|Jeu|Ven|Sam|Dim|Lu|Ma|Me|Je|Ve|Ma|Mi|Ju|Vi|Sá|Do)\.?,?\s+)`;
// A writer's name as chats and transcripts show it: "Sanne de Vries", "Whitfield, Hannah", "Speaker 1", "Rohan (Ops)".
const NAME_PARTICLE = String.raw`(?:de|van|von|der|den|ter|ten|da|do|dos|das|di|du|la|le|del|bin|al|el)`;
const CHAT_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:\p{Lu}[\p{L}'’.-]*|${NAME_PARTICLE}(?=\s))){0,3}(?:\s+\d{1,2})?(?:\s+\([^()\n]{1,40}\))?`;
export const SPEAKER_LINE = new RegExp(
  String.raw`^\W{0,4}(?:\[?${CHAT_DATE}?${CHAT_TIME}\]?\s+${CHAT_NAME}|${CHAT_NAME}[*_]{0,2},?\s+[([]${CHAT_DATE}?${CHAT_TIME}[)\]]|${CHAT_NAME}[*_]{0,2}\s*(?:[—–·|,-]\s*)?${CHAT_DATE}?${CHAT_COLON_TIME})\W{0,4}$`,
  'u',
);

/**
 * A message that names its writer inline before the words: "**[00:01:05] Gareth Lewis:** £214,000 a year",
 * "[12/06/25, 9:42:30 PM] Sneha Iyer: Yes.", "03/09/25, 22:00 - Mariana Ochoa: Ok.", "Lukas (09:52): …".
 * The writer's name is group 1 (after the time) or group 2 (before it): see {@link speakerName}.
 */
export const SPEAKER_PREFIX = new RegExp(
  String.raw`^\W{0,4}(?:\[?${CHAT_DATE}?${CHAT_TIME}\]?\s*(?:[-–—]\s*)?(${CHAT_NAME})|(${CHAT_NAME})[*_]{0,2}\s+[([]${CHAT_DATE}?${CHAT_TIME}[)\]])[*_]{0,2}\s?:[*_]{0,2}\s+`,
  'u',
);

/** The writer's name in a {@link SPEAKER_PREFIX} match. */
export const speakerName = (prefix: RegExpExecArray): string => (prefix[1] ?? prefix[2] ?? '').trim();

/** "Concessions – give me the list with what we get for each.": a part of the plan named, then asked for (group 1 names it). */
export const CHAT_NAMED_REQUEST = /^(\p{L}[\p{L}'’/& -]{2,40}?)\s*[–—:-]\s+(?:please\s+)?(?:give|send|list|share|write|put|drop|jot)\s+(?:me|us)\b/iu;

/** "Start with the ceiling", "Gareth, start with the ceiling", "Ok. Start with our ceiling": a prompt that names the part to answer next. */
export const CHAT_PROMPT = /^\W{0,4}(?:\p{Lu}\p{L}+,\s+)?(?:(?:ok|okay|right|good|so|and|now|then)[,.]?\s+)?(?:(?:let['’]s\s+)?(?:start|begin|kick off)\s+with|next(?: up)?:?|now)\s+(?:the\s+|our\s+|your\s+)?/iu;

// The words that turn a proposal down, in the plan's languages.
const DECLINE = String.raw`(?:no|nope|nah|never|absolutely not|certainly not|definitely not|not at all|disagree|i disagree|nein|non|nee|niet)`;

/** "A: No.", "No — the tone problem is handled separately": an answer that turns down what the question before it proposed. */
export const DECLINING_ANSWER = new RegExp(
  `^[\\s*_]*(?:${ANSWER_WORD}\\s*\\d*\\s*[:.)-]\\s*[*_]*\\s*)?${DECLINE}\\b(?![-'’])`,
  'i',
);

/** "No. 440k I can't defend line by line": a chat reply that opens by refusing what the message before it proposed. */
export const REFUSAL = new RegExp(String.raw`^${DECLINE}\b[\s*_]*[.,!:;—–-]`, 'i');

/**
 * "If they onboard all 12 by 1 July, then we move to ₹20,500": a condition on what they do, then our move — a trade
 * in its own shape, whatever the verb. Not when the condition is only their asking or pushing ("if they push, we drop
 * to…"), nor when we are its subject ("if we sign…").
 */
const THEY_THEN_WE = /^[\s\d.)*_•-]*(?:if|once|provided(?: that)?|providing|as long as|so long as)\s+([^,;:]{3,140}),\s*(?:then\s+)?(?:we|i)\b/i;
const ONLY_ASKING = /\b(?:ask|asks|asked|want|wants|push|pushes|pushed|insist|insists|press|presses|complain|complains|object|objects|say|says|request|requests|demand|demands|need|needs|come back|counter|haggle|balk|baulk|threaten|threatens)\b/i;

export function theyDoThenWe(text: string): boolean {
  const m = THEY_THEN_WE.exec(text);
  if (!m) return false;
  const condition = m[1]!;
  return !/^(?:we|i|our|my)\b/i.test(condition.trim()) && !ONLY_ASKING.test(condition);
}

// "€140 → €143", "from £222,000 to £230,000", "+€0.14": the shape of a price move, whatever the words.
// A currency before a figure in a move: a sign, "R$", "NZ$", or a code ("EUR ").
export const MOVE_CURRENCY = '(?:[A-Z]{1,3}\\$|[$€£¥₹₦₺₱₫₴₩]|[A-Z]{3}\\s|R\\s?|Rs\\.?\\s?|RM\\s?|Rp\\s?|K[Ss]hs?\\.?\\s?|Tk\\.?\\s?)';
export const MOVE_SHAPE = new RegExp(
  `(?:^|[\\s(])(?:[+−]|(?:plus|minus) )\\s?${MOVE_CURRENCY}?\\s?\\d|(?:^|[\\s(])[-–]\\s?${MOVE_CURRENCY}\\s?\\d|\\d[^→\\n]{0,16}(?:→|->|=>)\\s*(?:[$€£¥₹₩]|${MOVE_CURRENCY})?\\s?\\d|\\bfrom\\s+[$€£¥₹₩]?\\s?\\d[\\d.,]*\\S*\\s+to\\b|(?:[$€£¥₹₩]|Rs\\.?|${MOVE_CURRENCY})\\s?\\d[\\d.,']*\\s+to\\s+(?:[$€£¥₹₩]|Rs\\.?|${MOVE_CURRENCY})\\s?\\d`,
);

/**
 * A title that is our no-deal case: "If we don't book it", "If we don't fix the Aegean Dawn", "If it goes the other way", "If he says no",
 * "When the deal falls through". In any language a condition and a "not" in a short label name the no-deal case: "If we don't
 * reach agreement", "Se non troviamo l'accordo", "Vad gör vi om det inte blir affär?", "Wenn nicht Huber". What a plan writes under it is what we do instead, whatever its words (read on the
 * normalised label: lower case, punctuation as spaces).
 */
export const NO_DEAL_TITLE =
  /^(?:and |und |et |e |y |en |och |i |a )?(?:what (?:do|will|would) we do |vad gor vi |co robimy |was (?:machen|tun) wir |que faisons nous |cosa facciamo |wat doen we |que hacemos |o que fazemos )?(?:if|should|in case|wenn|falls|sollte|se|si|als|indien|om|jeśli|jesli|jeżeli|jezeli|gdy|hvis|jos)\s+(?:[^\s]+\s+){0,4}?(?:not|no|don t|doesn t|won t|can t|cannot|didn t|nicht|kein|keine|keinen|non|ne|pas|não|nao|niet|geen|inte|nie|ikke|ei|ingen|inget)\b(?! to\b)|^(?:and )?(?:what )?(?:if|when|should|in case)\s+(?:(?:we|i)\s+(?:do not|don t|didn t|can not|cannot|can t|won t|will not|fail to|lose|walk|say no|leave|pull out|back out|drop out|go elsewhere|go(?=\s*$))\b|(?:it|this|that|the deal|things|the talks|this one|it all)\s+(?:goes|go|falls?|doesn t|does not|won t|fails?|dies|collapses|breaks down|comes to nothing|is a no)\b|(?:he|she|they|the seller|the buyer|the supplier|the customer|the client|the landlord)\s+(?:says?|said) no\b|(?:he|she|they)\s+(?:declines?|refuses?|passes|pass|turns? (?:us|it) down)\b|(?:there is |there s )?no deal\b|talks fail)|^(?:und )?(?:wenn|falls) (?:wir|es) (?:uns )?(?:aussteigen|abbrechen|gehen|nicht einigen|nicht unterschreiben|nicht einig werden|scheitern|scheitert|platzt)|^(?:et )?si (?:on|nous) (?:ne |n )?(?:se retire|nous retirons|signe pas|signons pas|conclut pas|concluons pas|est pas reconduits?|part|partons|s en va|échoue|echoue)|^si (?:no hay acuerdo|no hay trato|no cerramos|no firmamos|nos retiramos|nos vamos|no llegamos a (?:un )?acuerdo|no nos (?:adjudican|eligen|escogen|seleccionan|compran|contratan))|^se (?:sairmos|não houver acordo|nao houver acordo|não fecharmos|nao fecharmos|não assinarmos|nao assinarmos|não chegarmos a acordo|nao chegarmos a acordo|não nos (?:adjudicarem|escolherem|contratarem)|nao nos (?:adjudicarem|escolherem|contratarem)|non c è accordo|non c e accordo|non chiudiamo|non firmiamo|salta)|^(?:jeśli|jesli|jeżeli|jezeli|gdy) (?:odejdziemy|nie dojdziemy|zerwiemy|nie podpiszemy|nie będzie porozumienia|nie bedzie porozumienia)|^als (?:we|wij) (?:weglopen|stoppen|niet tekenen|afhaken|er niet uitkomen)/;

/** A currency before a figure, as regex source: a sign, or a code of two or three capitals ("NZ$", "EUR "). */
export const CURRENCY_LEAD = '(?:[$€£¥₹₦₺₱₫₩]|[A-Z]\\$\\s?|[A-Z]{2,3}\\$?\\s?)?';

/** "WA", "W/A": the walk-away in shorthand, as regex source. Not an alias: "wa" is also the stem of "was". */
export const WALK_AWAY_SHORT = '(?:wa|w\\/a)';

/** The short names a position goes by in notes typed fast ("tgt 83k", "opn 78k", "WA (max) 95k"), as regex source. */
export const POSITION_SHORT_NAME = `(?:${WALK_AWAY_SHORT}|tgt|opn|batna|bafo|walkaway|walk-away|floor|ceiling|anchor)`;
/**
 * Our positions' names in the languages plans are written in, as a phone note starts a line with them before the figure:
 * "doel € 612.000", "tetto 2.680", "Ziel 18,40 €", "objetivo 8,40 €".
 */
export const POSITION_NAME_OTHER =
  '(?:ziel|zielpreis|doel|doelprijs|objetivo|obiettivo|objectif|cible|alvo|einstieg|apertura|abertura|ouverture|openingsbod|ondergrens|bovengrens|schmerzgrenze|untergrenze|obergrenze|plafond|plancher|tetto|techo|teto|suelo|piso|mínimo|minimo|máximo|massimo)';

/** "★", "see below", "see Q3", "same as above", "↓": an answer that points to where it is written in full. */
export const ANSWER_ELSEWHERE = /^[\s|*_.:—–-]*(?:★|☆|↓|⬇|see (?:below|above|later|q\s*\d+|question \d+|\d+|§\s*\d+)|as above|same as (?:above|before|q\s*\d+|\d+)|below|full answer below|cf\.? (?:below|above))[\s|*_.]*$/i;

/** "OPEN WHY", "Target rationale", "Walk-away logic": a label for the reason behind a position ("Opening and why" names both). */
export const REASON_TAIL = /^\s*[^\s/][^/\n]{0,40}?(?<!\band|&|\+|\bwith|\bplus|\bet|\bund|\by|\be|\ben)\s+(?:why|reasons?|rationale|basis|justification|logic)\s*$/i;

/**
 * "ALS WE NIET TEKENEN", "ONZE GETALLEN (spread, band 2.000–3.500 dmt)": a title in capitals, with no lower-case letter
 * outside a bracketed remark, a few words, no figure (but in a quotation) and no sentence mark inside.
 */
export function capsTitle(line: string): boolean {
  const bare = line.replace(/\([^()]*\)/g, ' ').trim();
  if (bare.length < 4 || bare.length > 90 || /\p{Ll}/u.test(bare) || !/\p{Lu}{2}/u.test(bare) || /[.!?:;]\s*\S/.test(bare) || /[:;]\s*$/.test(bare)) return false;
  // A figure they are quoted saying is part of the title: 'WHEN MARK SAYS "BRIGHTWELL IS £50K CHEAPER"'.
  return bare.split(/\s+/).length <= 10 && !/\d/.test(bare.replace(/^\s*\d{1,2}[.)]\s+/, '').replace(/["“][^"“”\n]{1,60}["”]/g, ' '));
}

/** "| | 合計 Total | …", "| **Package total** |", "| Gesamt |": the cell naming the row that sums a table's items. */
export const TOTAL_CELL = /^[\s*_]*(?:[^\s*_]+\s+)?(?:total|totals|grand total|package total|deal total|sum|overall|gesamt|summe|totaal|totale|合計|合计|총계)(?![\p{L}])/iu;

/** A column header that says why or adds a note: "Why", "Basis", "Rationale", "Reason", "Notes", "Comment", "Por qué". */
export const REMARK_COLUMN = /^[\s*_]*(?:why|basis|rationale|reasons?|justification|notes?|comments?|remarks?|por qu[eé]|pourquoi|warum|varför|begründung|sustento|fundamento|justificaci[óo]n|justificativa|onderbouwing)(?![\p{L}])/iu;

/** "Our own quarter-end is 30 June", "our year-end", "my quota": our own deadline or target, our pressure rather than a limit on the deal. */
export const OUR_OWN_DEADLINE = /^\W*(?:our|my) (?:own )?(?:(?:quarter|year|month|half|fiscal year|financial year)[- ]?end|deadline|quota|sales target|quarter)\b/i;

/**
 * A form field answered no: "Best & final requested? | N/A — Karen has not asked for one", "No. Rachel has not asked
 * for one.", "Non / N/A". The field names a request that was not made.
 */
export const ANSWERED_NO = /(?:^|[\n:|—–])[ \t*_]{0,4}(?:no|non|nein|nee|nej|não|nao|n\/?a|none)(?![\p{L}])|\b(?:has|have|did|had)[ \t]?(?:not|n['’]t)[ \t]{1,3}(?:asked|requested)|\bnot (?:been )?(?:asked|requested)\b/iu;

/*
 * Who asks for a best and final: their order to us ("send us your best and final", "mandem a melhor e última proposta"),
 * in quotes or retold, and a form's question whether the request was made.
 */

// "Has the customer asked for a best-and-final offer?", "Best and final demandé ?": whether a request was made.
export const ASKS_WHETHER_ASKED = /^\W*(?:(?:has|have|did|do|does|is|are|was|were)\b[^?]{0,80}\b(?:ask|asked|request|requested|want|wanted)\b|[^?]{0,60}\b(?:requested|demandé|demande|angefragt|gefordert|solicitado|pedido)\s*\?)/i;

// 'Please give us Kōwhai's best and final offer': their words to us, with our own name for whose offer.
const ASKED_OF_US_BY_NAME = String.raw`\b(?:send|submit|give|provide|share)\s+(?:us|me)\s+[A-Za-zÀ-ɏ-]+['’]s`;
// "Send your best and final offer in writing by 14 March": their instruction to us, quoted or retold.
// The same order in the languages plans are written in: "mandem a melhor e última proposta", "envoyez votre meilleure offre".
const SEND_YOUR_OTHER = String.raw`(?<![\p{L}])(?:mandem|manden|envíen|envien|enviem|mande|envoyez|remettez|inviate|inviateci|schicken sie|senden sie|stuur|stuurt)\s+(?:(?:nos|nous|ci|uns|ons)\s+)?(?:a|la|su|sua|vossa|votre|vostra|ihr|ihre|uw|jullie)?\s*$`;
export const TO_US = new RegExp(String.raw`\b(?:send|submit|give|provide|quote|share|put)\s+(?:us\s+)?your\s*$|${ASKED_OF_US_BY_NAME}\s*$|${SEND_YOUR_OTHER}`, 'iu');

// Quoted words that are what they asked of us, in their words: "asking for our “best and final offer”".
// …or 'asked for "your best and final by Tuesday"': their words to us.
// …in the plan's language too: 'veut notre « meilleure offre finale »', 'a pedir "a vossa melhor e última proposta"', 'um unser „finales Angebot" gebeten'.
export const QUOTED_ASK = new RegExp(String.raw`(?:\b(?:ask|asked|asking|asks|request|requested|requesting|invite|invited|want|wants|wanted|veut|veulent|voudraient|quiere|quieren|quer|querem|vuole|vogliono|wollen|wil|willen|demande|demandé|pide|pidió|pidio|pidiendo|pidieron|pede|pediu|pedindo|pediram|pedir|chiede|chiesto|verlangt|bittet|gebeten|um)(?![A-Za-zÀ-ÿ])|a pedir)[^.;:]{0,30}(?:\b(?:our|us|notre|nuestra|nuestro|nossa|nosso|vossa|vosso|nostra|nostro|unser|unsere|unseres)\s*["“'‘«„]|["“'‘«„]\s*(?:your|votre|vuestra|su|vossa|a vossa|vostra|la vostra|ihr|ihre|euer)\s+(?:[a-z'’]+\s+){0,2})\s*$|["“'‘«„][^"”]{0,20}${ASKED_OF_US_BY_NAME}\s*$`, 'i');

// Their order quoted: '"mandem a melhor e última proposta"', '"send us your best and final"'.
// …or asked for in their words: 'Shetty sir asked for "best and final" by Thu', 'Ci hanno chiesto per mail la "migliore offerta definitiva"'.
export const QUOTED_SEND = new RegExp(String.raw`["“'‘«„]\s*(?:(?:(?:please|kindly|pls)\s+)?(?:send|submit)\s+(?:us\s+)?your\s*$|${SEND_YOUR_OTHER})|\b(?:asked|asks|asking|requested|wants|wanted)\s+(?:us\s+)?for\s*["“'‘«„]\s*$|\b(?:chiesto|richiesto|pedido|pedida|pidieron|pidió|pidio|pidiendo|pediram|pediu|pedindo|demandé|demande|demandant|gevraagd|gebeten|verlangt|angefragt)(?![A-Za-zÀ-ÿ])[^"“'‘«„.;:\n]{0,20}["“'‘«„]\s*(?:(?:la|el|a|o|le|il|de|het|die|the)\s+)?$`, 'iu');

// Everyone bidding, which includes us: "all three shortlisted licensees", "each bidder", "both finalists".
// "asked the three shortlisted suppliers for their best and final offer": a counted group is every bidder too.
export const GROUP_ASKED = /\b(?:everyone|everybody|both of us|all of us)\b|\b(?:all|each|every|both|the (?:two|three|four|five|six|\d))\b(?:\s+[\w'’]+){0,3}?\s+(?:bidders?|tenderers?|suppliers?|vendors?|licensees?|candidates?|franchisees?|finalists?|agencies|firms?|providers?|contractors?|parties|shortlisted|offerors?|growers?|farmers?|producers?|groups?|co-?ops?|members?|carriers?|applicants?)\b/i;

/**
 * A label that names an offer of ours and nothing more, in the languages plans are written in: "Offerte", "Bud", "Our quote",
 * "Pierwsza propozycja", "Unser Angebot" (read on the normalised label). Alone it could be anyone's offer; beside our target
 * in the same list it is the first number we put down.
 */
export const OFFER_LABEL =
  /^(?:(?:our|my|unser|unsere|unseres|notre|nuestra|nuestro|nossa|nosso|nostra|nostro|nasza|nasz|vart|vores|var|ons|onze|meie)\s+)?(?:(?:first|initial|erste|erstes|erster|premiere|premier|prima|primo|primera|primer|primeira|pierwsza|pierwszy|forsta|forste|eerste|ensimmainen)\s+)?(?:offer|quote|bid|proposal|angebot|offerte|anbot|gebot|offre|proposition|devis|oferta|propuesta|proposta|offerta|preventivo|propozycja|bud|anbud|offert|tilbud|bod|aanbod|voorstel|tarjous)$/;

/**
 * Their words foretold: "He's going to say nobody our size gets tier B", "Sandra Frei will say you're not a hospital
 * group", "They'll argue…". Right after our opening, it is their challenge to that number.
 */
export const FORETOLD_OBJECTION =
  /^[^\p{L}]*(?:he|she|they|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)(?:\s+(?:will|is going to|are going to|is gonna)|['’](?:ll|s going to|re going to|s gonna))\s+(?:say|tell us|tell me|argue|claim|push back)\b/u;

/**
 * A lead-in that sets the list under it apart from the price steps: "Other items (not price steps):", "Pozostałe pozycje:",
 * "Otros puntos:", "Weitere Punkte:".
 */
export const OTHER_ITEMS_LEAD =
  /^\W*(?:(?:other|further|additional|remaining|separate)\s+(?:items|points|terms|topics|issues|lines|positions)\b|(?:pozostałe|pozostale)\s+pozycje|otros\s+(?:puntos|temas)|autres\s+(?:points|sujets)|altri\s+(?:punti|temi)|weitere\s+(?:punkte|themen|positionen)|overige\s+(?:punten|posten)|outros\s+(?:itens|pontos))|\bnot\s+(?:price\s+)?steps\b/iu;

/**
 * A statement that opens on the words we expect from them: "Q: And when they say "…"?", "Quando disserem «…»",
 * "Si dicen que…", "Wenn sie sagen…", "Als ze zeggen…", "S'ils disent…".
 */
export const THEY_WILL_SAY =
  /^[^\p{L}]*(?:q\s*\d*\s*[:.)]\s*[*_]*\s*)?(?:(?:and|e|y|et|und|en)\s+)?(?:(?:when|if|once)\s+(?:they|he|she|\p{Lu}[\p{L}'’-]+)\s+(?:say|says|tell|tells|claim|claims|argue|argues)|quando\s+(?:disserem|dizem|falarem|dicono|diranno)|se\s+(?:disserem|dizem|dicono)|cuando\s+(?:digan|dicen)|si\s+(?:dicen|disent)|s['’]ils\s+disent|wenn\s+(?:sie|er)\s+sag|als\s+(?:ze|zij|hij)\s+zeg)/iu;

/** "…wants best and final offers in writing from the two remaining buyers": a round asked of every buyer or bidder left, us among them. */
export const FROM_ALL_BIDDERS = /^[^.;!?]{0,40}?\b(?:from|of)\s+(?:all|both|each of|every one of)?\s*(?:the\s+)?(?:\p{L}+\s+){0,2}(?:buyers|bidders|tenderers|purchasers|candidates|interested parties|shortlisted parties|remaining parties)(?!\p{L})/iu;

/** "All bidders: best and final offer by 28 March": a letter to everyone bidding, us among them, names its readers first. */
export const TO_ALL_BIDDERS = /(?:^|[.;!?:]\s+)(?:to\s+)?(?:all|each|every|the)\s+(?:remaining\s+|shortlisted\s+)?(?:buyers|bidders|bidder|tenderers|purchasers|interested parties|parties)\s*[:,—–-]\s*$/iu;

/** "4.2 C1 to C3 total £0.70m and take us to £15.1m", "Steps 1–3 add up to 9%": a line that sums the steps gives nothing new. */
export const STEPS_TOTAL = /^\s*(?:\d+(?:\.\d+)*\s+)?(?:(?:all\s+)?(?:steps|moves|concessions|rungs)\s+)?\S{1,6}\s*(?:to|–|-|through|thru)\s*\S{1,6}\s+(?:total|totals|add up to|adds up to|sum to|come to|together)\b/iu;
// "Le courtier a demandé les meilleures et dernières offres", "The listing agent asked for best and final": in a buyer plan the
// party selling to us runs the round, so its request is made of us.
export const SELLING_PARTY_ASKS = /\b(?:the|their|le|la|leur|el|o|der|die|de|il)\s+(?:listing\s+)?(?:broker|agent|seller|sellers|vendor|vendors|landlord|owner|owners|courtier|vendeur|vendeurs|propriétaire|proprietaire|corredor|vendedor|vendedores|makler|verkäufer|verkaufer|verkoper|makelaar|venditore|agente)(?!\p{L})[^.;:!?]{0,30}?(?<!\p{L})(?:asked|asks|has asked|wants|requested|a demandé|a demande|demande|pidió|pidio|pediu|hat\s+\S+\s+gebeten|fragt|vraagt|heeft gevraagd|ha chiesto)(?!\p{L})/iu;

// A discovery question in the plan's language asks how, not whether: "Welke levertijd kunnen jullie bevestigen…?",
// "Quel délai pouvez-vous confirmer ?", "Wann können Sie liefern?".
/** A question word opening a discovery question, in the languages plans are written in (asks how, not whether). */
export const WH_QUESTION_START =
  /^[\W\d]*(?:\[[ xX]\]\s*)?(?:(?:and|so|but|et|und|en|y|e)\s+)?(?:what|which|when|where|how|who|whom|whose|why|quel|quelle|quels|quelles|quand|où|comment|combien|welche|welcher|welches|welchen|wann|wo|wie|wer|warum|qué|cuál|cuáles|cuándo|dónde|cómo|quién|cuánto|cuánta|quale|quali|quando|dove|chi|quanto|quanta|qual|quais|onde|quem|welke|welk|wanneer|waar|hoe|waarom)(?![\p{L}])/iu;
/** A modal or auxiliary opening a yes/no question, in the same languages. */
export const MODAL_START =
  /^(?:can|could|will|would|shall|should|do|does|did|are|is|may|might|pouvez|pourriez|peut|peuvent|pourra|pourrait|pourront|allez|voulez|können|koennen|könnten|koennten|würden|wuerden|werden|kann|wird|pueden|podrían|podrian|puede|podría|podria|van|va|potete|potreste|può|puo|potrebbe|potranno|podem|poderiam|pode|poderia|vão|vao|vai|kunnen|kunt|kan|zouden|zou|willen|wilt)(?![\p{L}])/iu;

/** An email's subject line as saved into a plan, in the languages mail clients write it: "Subject:", "Betreff:", "Objet :". */
export const MAIL_SUBJECT = /^[ \t>]*(?:\*\*|__)?(?:Subject|Betreff|Objet|Asunto|Assunto|Oggetto|Onderwerp|Ämne|Emne|Temat|Předmět|Aihe)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*([^\n]{3,200})/im;
