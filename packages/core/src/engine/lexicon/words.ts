/**
 * Closed word classes that rules read around a hit: pronouns, clause openers, pointers and the
 * like. They are grammar rather than concepts (concepts live in `concepts/`), and they sit here so
 * that two rules asking "is this a condition?" ask the same question.
 *
 * Sets named `…_STEMS` hold stems as `stemWord` gives them ("once" → `onc`) and are tested
 * against `token.stem`; sets named `…_WORDS` hold lower-case words, tested against `token.word`.
 */
import { stemWord } from './tokens.js';

export { IF_WORDS } from './tokens.js';

const stems = (...words: string[]): ReadonlySet<string> => new Set(words.map((w) => stemWord(w)));
const union = (...sets: ReadonlySet<string>[]): ReadonlySet<string> => new Set(sets.flatMap((s) => [...s]));

/** Marks that end a clause for a reader walking the tokens ("; : . ! ? — ( ) |"); a comma does not. */
export const CLAUSE_MARK_STEMS: ReadonlySet<string> = new Set([';', ':', '.', '!', '?', '—', '(', ')', '|']);

// "If they ask", "unless", "once P&T approves", "should they push", "whether": what follows is a case, not a fact.
export const CONDITION_STEMS = stems('if', 'unless', 'when', 'whenever', 'once', 'whether', 'should');
// "until", "before", "after": a time that bounds a case ("until legal signs off we hold").
export const TIME_BOUND_STEMS = stems('until', 'before', 'after');
/** "until", "till": the end of a time something lasts ("we keep it to ourselves until they confirm the rate"). */
export const UNTIL_STEMS = stems('until', 'till');
export const CASE_STEMS = union(CONDITION_STEMS, TIME_BOUND_STEMS);

/** Our side as a subject, in the languages plans are written in: we, I, wir, wij, nous, nosotros. */
export const WE_STEMS = stems('we', 'i', 'wir', 'wij', 'nous', 'nosotros');
/** Words that put us in a sentence, as subject, object or owner. */
export const OUR_WORDS: ReadonlySet<string> = new Set(['we', 'i', 'our', 'us', 'my', 'me', 'ours']);
/**
 * "Our" in the languages plans gloss their titles in: "(unsere Alternative)", "(vårt alternativ / BATNA)",
 * "(nuestra alternativa)", "(notre plancher)". Lower-case words.
 */
export const OUR_POSSESSIVE_WORDS: ReadonlySet<string> = new Set([
  'our', 'unser', 'unsere', 'unseren', 'unserer', 'unseres', 'onze', 'ons', 'vårt', 'vår', 'våra', 'vores', 'vor', 'vort', 'meidän',
  'notre', 'nos', 'nuestra', 'nuestro', 'nuestras', 'nuestros', 'nostra', 'nostro', 'nostre', 'nostri', 'nossa', 'nosso', 'nossas', 'nossos',
  'nasz', 'nasza', 'nasze', 'naszego', 'náš', 'naše', 'naši', 'našich', 'noastră', 'nostru', 'mūsų', 'meie',
]);
/** Another person as the subject: you, they, he, she. */
export const OTHER_SUBJECT_STEMS = stems('you', 'they', 'he', 'she');

/** The plain negators a case is worded with ("if it does not happen", "no signature by Friday"). */
export const NOT_STEMS = stems('not', 'no', 'never');
/** "We assume nothing", "I suppose not": a hedge whose object is nothing. */
export const NOTHING_STEMS = stems('nothing', 'none', 'not', 'anything', 'no');

/**
 * Words that point back to the statement before: "it", "this", "the limit", and the same in German, Dutch, the
 * Scandinavian and the Romance languages ("das", "dit", "det", "detta", "isso", "el tema").
 */
export const BACK_POINTER_STEMS = stems(
  'it', 'this', 'that', 'these', 'those', 'they', 'da', 'di', 'es', 'dat', 'dit', 'det', 'dette', 'detta',
  // "Não tocar no assunto", "no sacar el tema", "ne pas en parler — cela…": the matter named just before, in Romance languages.
  'assunto', 'tema', 'isso', 'isto', 'eso', 'esto', 'ello', 'cela', 'ciò', 'questo', 'dies', 'dieses',
  // "No se lo mencionemos", "ne le disons pas", "non lo diciamo": the object pronoun of the Romance languages.
  'lo', 'la', 'le', 'les',
);
/** "this panel", "that one", "the award": a pointer that names the thing it points at. */
export const DEMONSTRATIVE_WORDS: ReadonlySet<string> = new Set(['this', 'that', 'the', 'these', 'those']);

/** Links that open the reason for what came before: "since we renewed", "because", "given", "although". */
export const REASON_LINK_STEMS = stems('since', 'because', 'as', 'given', 'so', 'which', 'but', 'while', 'whereas', 'although', 'though');

/** Prepositions that tie a word to the one before ("happy with", "compared to"). */
export const PREPOSITION_STEMS = stems('with', 'for', 'to', 'of', 'on', 'in', 'by', 'from', 'about', 'at', 'into', 'onto', 'over', 'under');

/** Leaving the talks, which may come before what we do next: "I thank him, end the call and ring Lindenhof back". */
export const LEAVING_STEMS = stems('thank', 'end', 'leave', 'walk', 'stop', 'decline', 'hang', 'step');
/** Getting in touch with someone: "ring Lindenhof back", "call the runner-up", "email Sabine". */
export const CONTACT_STEMS = stems('call', 'ring', 'phone', 'email');

/** "Above it", "below that", "past this": our limit read as a threshold. */
export const THRESHOLD_WORDS: ReadonlySet<string> = new Set(['above', 'below', 'over', 'under', 'past', 'beyond']);

/** Their words reported: "when they say", "if Dana argues", "he'll claim", "pushes back with". */
export const SPEECH_STEMS = stems(
  'say', 'tell', 'argue', 'claim', 'object', 'insist', 'counter', 'reply', 'respond', 'push', 'come', 'write', 'email',
  // "Si MRA dit", "wenn sie sagen", "si dicen", "se dizem", "se dice", "als ze zeggen", "om de säger".
  'dit', 'disent', 'dira', 'diront', 'sagt', 'sagen', 'dice', 'dicen', 'diz', 'dizem', 'dicono', 'zegt', 'zeggen', 'säger', 'siger', 'sier', 'mówi', 'mówią',
  'trouvent', 'bolein', 'bole', 'bolenge', 'kahein', 'kahenge', 'sabihin', 'sasabihin', 'sinabi',
  // "Ja saka", "Jei jie sako", "Kui nad ütlevad", "Jos he sanovat", "Derlerse", "Im hem omrim".
  'saka', 'sako', 'sakys', 'ütleb', 'ütlevad', 'sanoo', 'sanovat', 'derse', 'derlerse', 'diyor', 'diyorlar', 'omer', 'omeret', 'omrim',
);
/** What a title holding their quoted words heads: "– how I answer", "our reply", "response". */
export const ANSWER_STEMS = stems('answer', 'reply', 'response', 'respond', 'rebuttal', 'handle', 'counter');
/**
 * Words about what a thing costs: a quoted objection that holds one ("OEM service cannot be at third-party price")
 * is about price, whatever else it says.
 */
export const PRICE_WORD_STEMS = stems(
  'price', 'prices', 'pricing', 'cost', 'costs', 'rate', 'rates', 'fee', 'fees', 'tariff', 'quote', 'expensive', 'cheap', 'cheaper', 'pricey',
  'discount', 'budget', 'afford', 'overpriced', 'premium',
  // The same in the languages plans are written in: « votre tarif », „zu teuer", "el precio", "il prezzo", "prijs".
  'prix', 'tarif', 'tarifs', 'coût', 'cout', 'cher', 'chère', 'remise', 'preis', 'preise', 'teuer', 'kosten', 'rabatt', 'precio', 'caro', 'descuento',
  'preço', 'preco', 'desconto', 'prezzo', 'sconto', 'prijs', 'duur', 'korting', 'cena', 'drogo', 'pris', 'dyr', 'dyrt',
  'costa', 'cuesta', 'custa', 'kostet', 'kost', 'economico', 'barato', 'billiger', 'günstiger', 'goedkoper', 'moins',
  // « Excel ne nous coûte rien »: the verb as well as the noun.
  'coûte', 'coute', 'coûtent', 'coutent', 'gratuit',
  // Hindi and Tagalog, as their writers mix them into English: "mehenga hai", "sasta", "mahal", "mura", "presyo", "baba".
  'mehenga', 'mehnga', 'mahenga', 'sasta', 'sasti', 'daam', 'keemat', 'mahal', 'mura', 'presyo', 'baba',
);

/** Verbs of asking for something: "they want", "we request", "demand", "insist on", "require". */
export const DEMAND_STEMS = stems('ask', 'want', 'demand', 'request', 'insist', 'expect', 'require');
/**
 * The other side pressing for something, as inflected words a pattern can list: "if they push", "when she insists",
 * "if Acme complains". A give offered only on such pressure is a give held back, not a trade.
 */
export const PRESSING_VERB_FORMS: readonly string[] = [
  'ask', 'asks', 'asked', 'push', 'pushes', 'pushed', 'insist', 'insists', 'press', 'presses', 'pressed',
  'request', 'requests', 'want', 'wants', 'complain', 'complains',
  // "…go in for free if he hesitates": given on their reluctance, as on their asking.
  'hesitate', 'hesitates', 'waver', 'wavers', 'balk', 'balks', 'baulk', 'baulks', 'stall', 'stalls', 'object', 'objects',
];
/** The same pressure said as a phrase: "if they come back", "if it is brought up", "if they mention it". */
export const PRESSING_PHRASES: readonly string[] = [
  'come back', 'comes back', 'still', 'bring it up', 'brings it up', 'bring that up', 'raise it', 'raises it', 'mention it', 'mentions it',
];
/**
 * The same condition in the languages plans are written in, as the word for "if" and the pressing verbs after it:
 * "wenn Hofbauer danach fragt", "als ze erom vragen", "s'ils le demandent", "se lo chiedono".
 */
export const PRESSING_CONDITIONS_OTHER: readonly { readonly if: readonly string[]; readonly verbs: readonly string[] }[] = [
  // "falls es nach Schritt 1 noch hakt": the talks still stuck is their pressure too.
  { if: ['wenn', 'falls'], verbs: ['fragt', 'fragen', 'nachfragt', 'nachfragen', 'bittet', 'bitten', 'drängt', 'drängen', 'besteht', 'bestehen', 'hakt', 'stockt', 'zögert', 'zögern', 'noch'] },
  { if: ['als'], verbs: ['vraagt', 'vragen', 'aandringt', 'aandringen'] },
  { if: ["s'il", "s'ils", 's’il', 's’ils'], verbs: ['demande', 'demandent', 'insiste', 'insistent'] },
  { if: ['se'], verbs: ['chiede', 'chiedono', 'insiste', 'insistono'] },
];
/** Our room to move, held back for a later round ("we hold the rest back"): ordinary negotiating, not a constraint kept quiet. */
export const ROOM_HELD_STEMS = stems('rest', 'remainder', 'room', 'margin', 'cushion', 'buffer', 'concessions', 'discount');
/** Running a round of asks is asking too: "we invite", "we run a BAFO round", "we issue the request". */
export const ASK_ROUND_STEMS = union(DEMAND_STEMS, stems('invite', 'call', 'push', 'press', 'run', 'hold', 'launch', 'issue'));

/** Weak label words that are also first names: "Anders" is "otherwise" in Dutch and a Scandinavian name. */
export const FIRST_NAME_WORDS: ReadonlySet<string> = new Set(['anders']);
/** Words that put a line ahead of us ("will", "going to", "next", "then"): matched as words, since "going" stems to "go". */
export const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'll', 'shall', 'would', 'going', 'next', 'then']);

/** Past forms of giving ("gave", "offered", "waived"): a report of what was given, when no "we" stands before. */
export const PAST_GIVE_WORDS: ReadonlySet<string> = new Set([
  'gave', 'given', 'offered', 'granted', 'conceded', 'allowed', 'accepted', 'agreed', 'waived', 'extended', 'added', 'included', 'dropped', 'reduced', 'lowered', 'cut', 'raised', 'increased',
]);

/**
 * Verbs of seeming and of reading someone: "look desperate", "if they sense we need this", "they will think we…".
 * What follows them is an impression, not our state.
 */
export const SEEMING_STEMS: ReadonlySet<string> = new Set([
  ...stems('look', 'sound', 'seem', 'appear', 'act', 'signal', 'show', 'come', 'sense', 'think', 'feel', 'believe', 'see', 'know', 'smell', 'suspect', 'notice', 'hear', 'conclude', 'guess', 'learn'),
]);

/** The deal itself named as a noun: "this renewal", "the tender", "that one". */
export const DEAL_NOUN_WORDS: ReadonlySet<string> = new Set(['deal', 'renewal', 'contract', 'one', 'order', 'tender', 'award', 'sale', 'project', 'agreement']);
/** Our own side named as an organisation: "the business", "our team", "my practice", "the quarter". */
export const OUR_ORGANISATION_WORDS: ReadonlySet<string> = new Set(['business', 'company', 'firm', 'practice', 'studio', 'agency', 'shop', 'team', 'quarter', 'division', 'unit']);
/** Things, not parties, after a pointer: "this money", "the margin", "that argument". */
export const NOT_A_PARTY_WORDS: ReadonlySet<string> = new Set([
  'money', 'margin', 'cash', 'time', 'weekend', 'week', 'day', 'month', 'year', 'rate', 'price', 'discount', 'fee', 'amount', 'number', 'argument', 'point', 'battle', 'bet',
]);

/** Verbs that hand business, capacity or people over: "move the lead to Lloyd's", "give the two shop bays to the ATR programme". */
export const HANDING_STEMS = stems('move', 'shift', 'switch', 'transfer', 'take', 'give', 'hand', 'offer', 'sell', 'allocate', 'reallocate', 'release', 'lend', 'put');
/** The words that only restate the walk itself: "above this → no deal, I stop there", "we walk, simple as that". */
export const WALK_AGAIN_STEMS = stems('i', 'we', 'stop', 'there', 'then', 'it', 'that', 'this', 'just', 'simply', 'simple', 'as', 'will', 'do', 'the', 'a', 'and', 'walk', 'away', 'leave', 'out');
/** Verbs that keep what we have: "Above that we renew Splunk for one more year", "we stay with Orbis". */
export const KEEPING_STEMS = stems('renew', 'extend', 'stay', 'keep', 'remain');
/** Someone else the business can go to, named by what they are: "to the two brands that asked", "to another buyer". */
export const OTHER_PARTY_STEMS = stems('brand', 'brands', 'customer', 'customers', 'client', 'clients', 'buyer', 'buyers', 'bidder', 'bidders', 'supplier', 'suppliers', 'vendor', 'vendors', 'competitor', 'partner', 'other', 'another', 'runner');

/** How often work is done, from most to least often: "from quarterly to annual" is less work. */
export const FREQUENCIES: readonly string[] = ['hourly', 'daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'biannual', 'semi-annual', 'annual', 'yearly'];
/** Units a scope of work is counted in: "from 2.0 to 1.5 FTE", "from 6 to 4 visits". */
export const WORK_UNIT = /^(?:fte|ftes|visits?|hours?|hrs?|shifts?|days?|staff|people|guards?|cleaners?|engineers?|technicians?|heads?|sites?|rooms?|trucks?|vans?)$/i;

// Months by their first three letters, in order: "Mar", "march", "March 2026" ("mai" and "dez" in other languages are left to the figures).
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = new RegExp(`^(?:${MONTH_PREFIXES.join('|')})[a-z]*$`);

/** The month a word names, 1 to 12 ("Mar", "march", "September"), or 0 when it names none. */
export const monthOf = (word: string): number => (MONTH_NAME.test(word.toLowerCase()) ? MONTH_PREFIXES.indexOf(word.slice(0, 3).toLowerCase()) + 1 : 0);

/**
 * The words that tell a ladder's rungs in one sentence, in the plan's languages: "first £20 off, then £40, finally £70",
 * "nejdřív +40 Kč, pak +70 Kč, nakonec +120 Kč", "zuerst …, dann …". As regex source, matched whole.
 */
export const FIRST_RUNG = String.raw`(?:first|firstly|zuerst|erst|d['’]abord|primero|primeiro|prima|eerst|först|forst|først|ensin|najpierw|nejdřív|nejdriv|nejprve)`;
export const NEXT_RUNG = String.raw`(?:then|finally|dann|danach|zuletzt|puis|ensuite|enfin|luego|después|despues|finalmente|depois|poi|dopo|daarna|tenslotte|sedan|deretter|derefter|sitten|lopuksi|potem|następnie|nastepnie|pak|potom|nakonec)`;

