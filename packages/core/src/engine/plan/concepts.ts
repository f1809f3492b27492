/**
 * The concepts a negotiation plan talks about, and the many ways people name them.
 *
 * Headings, bold labels, table rows and frontmatter keys are all matched against
 * these aliases after the same normalisation, so "## Walk-away point",
 * "**Walkaway:**", "| Bottom line | $310k |" and `walk_away:` all mean one thing.
 * Teams add their own words through the config's `vocabulary`.
 */
import { isPast, onNormalizerChange, stemWord, tokenize, type Token } from '../lexicon/tokens.js';
import { REASON_TAIL } from '../lexicon/shapes.js';
import { FIRST_NAME_WORDS, OUR_POSSESSIVE_WORDS } from '../lexicon/words.js';
import { saysWe } from '../lexicon/scope.js';
import { LabelSpelling, labelWordsOf } from '../lexicon/spelling.js';
import { OTHER_LANGUAGE_ALIASES } from './aliases-languages.js';

export const CONCEPTS = [
  'walk-away',
  'alternative',
  'target',
  'opening',
  'concessions',
  'constraints',
  'price-challenge',
  'value',
  'common-ground',
  'qualification',
  'decision-maker',
  'timeline',
  'budget',
  'needs',
  'assumptions',
  'questions',
  'counterpart-alternative',
  'counterpart-walk-away',
  'counterpart-opening',
  'paper-process',
  'best-and-final',
  'side',
  'currency',
  'history',
] as const;

export type Concept = (typeof CONCEPTS)[number];

/** Concepts about our negotiating position: a document needs one of them to be a plan. */
export const POSITION_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>([
  'walk-away',
  'alternative',
  'target',
  'opening',
  'concessions',
  'price-challenge',
  'best-and-final',
  'counterpart-walk-away',
]);

/**
 * Concepts that are metadata, not plan sections; they never make a document a plan. What the other
 * side quotes is in battlecards and price lists as often as in plans.
 */
export const META_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>(['side', 'currency', 'value', 'counterpart-opening', 'history']);

export const DEFAULT_ALIASES: Record<Concept, readonly string[]> = {
  'walk-away': [
    // Spanish and Portuguese: "Límite 21,40 €:", "Límite interno:", "O nosso limite", "Preço mínimo".
    'límite', 'limite', 'límite interno', 'limite interno', 'nuestro límite', 'nuestro limite', 'o nosso limite', 'nosso limite', 'límite inferior', 'limite inferior', 'límite superior', 'limite superior', 'mínimo aceptable', 'minimo aceptable', 'mínimo aceitável', 'minimo aceitavel', 'precio mínimo', 'precio minimo', 'preço mínimo', 'preco minimo', 'precio máximo', 'precio maximo', 'preço máximo', 'preco maximo',
    // Estonian, Lithuanian, Latvian, romanised Hebrew, and more Finnish and Turkish: "Valupiir", "Žemiausia kaina", "Zemākā cena", "Kav adom".
    'valupiir', 'alampiir', 'ülempiir', 'madalaim hind', 'kõrgeim hind', 'miinimumhind', 'maksimumhind', 'žemiausia kaina', 'aukščiausia kaina', 'minimali kaina', 'maksimali kaina', 'skausmo riba',
    'zemākā cena', 'augstākā cena', 'minimālā cena', 'maksimālā cena', 'sāpju slieksnis', 'zemākā robeža', 'augstākā robeža', 'mūsu robeža', 'kav adom', 'ha kav ha adom', 'rikpa', 'tikra', 'mechir minimum', 'mechir maksimum', 'alin hinta', 'ylin hinta', 'minimihinta', 'maksimihinta', 'en düşük fiyat', 'en yüksek fiyat',
    // Finnish, Hungarian, Romanian, Greek and Turkish: "Alaraja", "Felső határ", "Plafonul", "Ανώτατο όριο", "Alt sınır".
    // "Absolute top: £540,000", "The least I'll take": a private buyer's or seller's own words for the limit.
    'absolute top', 'our absolute top', 'top price', 'our top price', 'the least i ll take', 'least i ll take', 'least we ll take', 'the least we ll take',
    'ennél lejjebb nem megyünk', 'lejjebb nem megyünk', 'ennél többet nem fizetünk', 'alaraja', 'yläraja', 'enimmäishinta', 'vähimmäishinta', 'alsó határ', 'felső határ', 'fájdalomküszöb', 'minimális ár', 'maximális ár', 'plafon', 'plafonul', 'pragul', 'prețul minim', 'prețul maxim', 'limita noastră',
    'ανώτατο όριο', 'κατώτατο όριο', 'ελάχιστη τιμή', 'μέγιστη τιμή', 'alt sınır', 'üst sınır', 'taban fiyat', 'tavan fiyat', 'tavan', 'taban',
    // Danish, Norwegian, Swedish, Dutch, Polish and Czech: "Bundgrænse", "Lägsta pris", "Minimální cena", "Cena maksymalna", "Pijngrens".
    'bundgrænse', 'bundgrense', 'bundgräns', 'minimumspris', 'minstepris', 'laveste pris', 'lägsta pris', 'gulvpris', 'golvpris', 'prisgolv', 'højeste pris', 'høyeste pris', 'högsta pris', 'maksimalpris', 'maxpris', 'prisloft', 'pristak',
    'minimální cena', 'nejnižší cena', 'spodní hranice', 'cenová hranice', 'maximální cena', 'nejvyšší cena', 'horní hranice', 'cena minimalna', 'minimalna cena', 'cena maksymalna', 'maksymalna cena', 'najniższa cena', 'najwyższa cena', 'próg bólu', 'granica bólu',
    'minimumprijs', 'maximumprijs', 'bodemprijs', 'bovengrens', 'pijngrens', 'onze grens',
    // Spanish, Portuguese and Italian: "Piso" (a seller's floor), "Techo" and "Tope" (a buyer's ceiling), "Teto", "Soglia".
    'mínimo', 'minimo', 'máximo', 'maximo', 'massimo', 'precio mínimo', 'precio minimo', 'preço mínimo', 'preco minimo', 'prezzo minimo', 'prix minimum', 'prix plancher', 'mindestpreis', 'höchstpreis', 'hochstpreis',
    'piso', 'techo', 'tope', 'teto', 'piso mínimo', 'precio piso', 'precio techo', 'soglia', 'tope máximo', 'tope maximo', 'precio máximo', 'precio maximo', 'precio tope', 'teto máximo', 'preço máximo', 'preco maximo', 'prix maximum', 'prezzo massimo',
    // "WAP: $74K ARR": the walk-away point by its initials.
    'wap', 'w a p',
    // Negotiation shorthand: reservation or resistance point, least acceptable agreement.
    'rp', 'our rp', 'laa', 'resistance point',
    'where i ll draw the line', 'where i draw the line', 'where we draw the line', 'where we ll draw the line', 'draw the line', 'where i draw my line',
    'lowest', 'highest', 'maximum', 'minimum', 'lowest we d go', 'lowest we d ever go', 'maximum we ll pay', 'reservation',
    'cap', 'hard cap', 'our cap', 'absolute cap', 'red line', 'red lines', 'our red line', 'where we stop', 'lowest we ll go', 'lowest we will go', 'lowest we go', 'lowest we can go',
    ...['high', 'low'].flatMap((w) => [`how ${w} we ll go`, `how ${w} we will go`, `how ${w} we go`, `how ${w} we can go`, `how ${w} i ll go`, `how ${w} i will go`]), 'minimum acceptable price', 'no go', 'no gos', 'no go zone', 'deal breakers', 'deal breaker', 'schmerzgrenze', 'untergrenze', 'obergrenze', 'limit of pain', 'the limit of pain', 'our bottom', 'my bottom', 'bottom', 'bottom price', 'our bottom price', 'pain limit', 'pain threshold', 'pain border', 'border of pain', 'walk point', 'most we ll pay', 'highest we ll go', 'max we pay', 'max we d go', 'max we would go', 'max we d pay', 'max we would pay', 'most we d go', 'most we would go', 'most we d pay', 'lowest we d go', 'lowest we would go', 'min we d take', 'min we would take', 'our max', 'our maximum', 'our minimum', 'min price', 'walk away price', 'hard floor', 'hard ceiling', 'stop point', 'line in the sand', 'non negotiable floor',
    // "Top we'll pay", "Least I'd take", "Max we can spend": how far we go, said as a superlative and a verb.
    ...['most', 'max', 'top', 'highest', 'lowest', 'least', 'min'].flatMap((most) =>
      ['we ll', 'we d', 'we will', 'we would', 'we can', 'i ll', 'i d', 'i will', 'i would', 'i can'].flatMap((we) =>
        ['pay', 'go', 'take', 'accept', 'spend', 'offer'].map((verb) => `${most} ${we} ${verb}`),
      ),
    ),
    'lowest i ll go', 'lowest i will go', 'lowest i go', 'lowest i can go', 'most i ll pay', 'most i will pay', 'highest i ll go', 'where i stop', 'my floor', 'my ceiling', 'my limit', 'my red line',
    // A plan written to its owner ("Letter to myself… Your floor.") speaks to us in the second person.
    'your floor', 'your ceiling', 'your walk away', 'your limit', 'your red line',
    // "Notre plafond", "Mon plafond", "Ons plafond": our ceiling, with the possessive that makes it ours.
    'notre plafond', 'mon plafond', 'plafond absolu', 'plafond maximum', 'ons plafond', 'mijn plafond', 'unser plafond',
    'grense', 'grensen', 'smertegrense', 'gräns', 'gränsen', 'smärtgräns', 'grænse', 'smertegrænse', 'raja', 'kipuraja', 'punto de retiro', 'punto de ruptura', 'punto de abandono', 'ponto de ruptura', 'ponto de saída', 'ponto de saida', 'plancher', 'prix plancher', 'plafond', 'prix plafond', 'preisgrenze', 'ondergrens', 'bovengrens', 'bodemprijs', 'maximum position', 'minimum position',
    'w a', 'floor per', 'ceiling per', 'limit per', 'max per', 'maximum per', 'minimum per', 'min per', 'walk away per',
    'highest price', 'maximum we will pay', 'maximum we ll pay', 'most we will pay', 'max we will pay', 'lowest we accept', 'lowest we will accept', 'minimum we accept', 'minimum we will accept',
    'walk away', 'walkaway', 'walk away point', 'walkaway point', 'walk away price', 'walk away position', 'walk', 'walk at',
    'walk away threshold', 'walk away number', 'walk away line', 'walk away conditions', 'bottom line', 'floor', 'price floor', 'floor price',
    'reservation price', 'reservation point', 'reservation value', 'resistance point', 'limit',
    'our limit', 'hard limit', 'absolute limit', 'minimum acceptable', 'minimum acceptable deal', 'least acceptable',
    'lowest acceptable', 'lowest acceptable price', 'minimum price', 'minimum deal', 'ceiling', 'price ceiling',
    'maximum price', 'max price', 'highest we pay', 'most we pay', 'most we will pay', 'maximum we pay',
    'no deal point', 'point of no deal', 'exit point', 'where we walk', 'when we walk away', 'lowest price',
    'breaking point', 'pain threshold', 'batna', 'where we d walk', 'where we would walk', 'where i would walk', 'where we d walk away', 'where we would walk away',
    // Leaving the room said plainly: "Where do we get up and leave?", "the point we leave the table" (not "what I
    // want to walk out with", which is the target).
    'hold the line', 'hold the line at', 'we hold the line at', 'houden we stand', 'hier houden we stand',
    'get up and leave', 'get up and go', 'get up and walk', 'stand up and leave', 'leave the table', 'leave the room',
    // "Upper limit: €112.00 per tonne" — a limit with a direction is a price limit, not a constraint.
    'upper limit', 'lower limit', 'price limit', 'upper price limit', 'lower price limit', 'absolute maximum', 'absolute minimum', 'absolute max',
  ],
  alternative: [
    // "Et si on se lève ?": getting up from the table, in French.
    'et si on se lève', 'si on se lève', 'et si on part', 'si on quitte la table', 'si on se retire', 'et si ça ne signe pas',
    'kui kokkulepet ei tule', 'kui me kokku ei lepi', 'alternatiiv', 'meie alternatiiv', 'jei nepavyks', 'jei nesusitarsime', 'alternatyva', 'mūsų alternatyva', 'ja nevienosimies', 'ja nepanāksim vienošanos', 'mūsu alternatīva',
    'chalufa', 'ha chalufa', 'im lo nisgor', 'im ein iska', 'masadan kalkarsak', 'masadan kalkarsak ne yaparız', 'jos kauppa ei synny', 'jos kauppaa ei synny',
    // Finnish, Hungarian, Romanian, Greek and Turkish: "Jos emme pääse sopuun", "Ha nem jön össze", "Dacă nu ne înțelegem", "Αν δεν συμφωνήσουμε", "Anlaşamazsak".
    'jos emme pääse sopuun', 'jos emme sovi', 'vaihtoehtomme', 'ha nem jön össze', 'ha nem sikerül', 'alternatívánk', 'dacă nu ne înțelegem', 'dacă nu ajungem la un acord', 'alternativa noastră', 'planul b',
    'αν δεν συμφωνήσουμε', 'αν φύγουμε', 'η εναλλακτική μας', 'σχέδιο β', 'anlaşamazsak', 'anlaşma olmazsa', 'alternatifimiz',
    // A tender we might not win, in Spanish, Portuguese, French, German and Italian: "Si no nos eligen", "Se não nos escolherem".
    // "Se não fechar", "Si no cerramos", "Si ça ne se fait pas", "Se non chiudiamo": the deal that does not happen.
    'se não fechar', 'se nao fechar', 'se não fecharmos', 'se nao fecharmos', 'se não der certo', 'se nao der certo', 'si no cerramos', 'si no se cierra', 'si no hay trato', 'si no sale',
    'si ça ne se fait pas', 'si ca ne se fait pas', 'si on ne signe pas', 'se non chiudiamo', 'se non si chiude', 'wenn es nicht klappt', 'wenn wir nicht abschließen',
    'si no nos eligen', 'si no nos escogen', 'si no nos seleccionan', 'si no ganamos', 'si perdemos', 'se não nos escolherem', 'se nao nos escolherem', 'se não ganharmos', 'se perdermos',
    'si nous ne sommes pas retenus', 'si on n est pas retenu', 'si nous perdons', 'wenn wir nicht gewinnen', 'wenn wir den zuschlag nicht bekommen', 'wenn wir verlieren', 'se non ci scelgono', 'se perdiamo',
    // Danish, Norwegian, Swedish, Dutch, Polish and Czech: "Hvis vi går fra bordet", "Om vi går därifrån", "Co uděláme, když odejdeme".
    'hvis vi går fra bordet', 'hvis vi går', 'hvis vi forlater bordet', 'om vi går därifrån', 'om vi går från bordet', 'om vi lämnar bordet', 'uden aftale', 'uten avtale', 'utan avtal', 'hvis det ikke bliver til noget', 'hvis det ikke blir noe', 'om det inte blir något',
    'als het niks wordt', 'als het niets wordt', 'als het mislukt',
    // "## Geen deal?", "Kein Deal?", "Pas d'accord ?": the no-deal case as a title, in the plan's language.
    'geen deal', 'geen akkoord', 'kein deal', 'keine einigung', 'pas de deal', 'sans accord', 'sin acuerdo', 'sin trato', 'sem acordo', 'sem negócio', 'nessun accordo', 'niente accordo',
    'co uděláme když odejdeme', 'když odejdeme', 'pokud odejdeme', 'bez dohody', 'když se nedohodneme', 'pokud se nedohodneme', 'jeśli się nie dogadamy', 'jeśli się nie porozumiemy', 'bez porozumienia', 'zonder deal', 'zonder akkoord', 'als het niet lukt',
    'vores alternativ', 'vårt alternativ', 'nasza alternatywa', 'naše alternativa', 'ons alternatief',
    // Korean, Japanese and Chinese: "우리 대안", "当社の代替案", "备案".
    '우리 대안', '우리의 대안', '代替案', '备案', '備案',
    // "三、備案 Backup options", "Backup plan": what we fall back on.
    'backup options', 'backup option', 'back up options', 'fallback options', 'our options', 'our backup options',
    // Under the walk-away, what follows it: "What we do then:", "What happens then", "And then?".
    'what we do then', 'what i do then', 'what we do after that', 'what happens then', 'what happens after that',
    // French: "Si on se retire", "Si nous nous retirons", "Si on part".
    'si on se retire', 'si nous nous retirons', 'si on part', 'si on s en va', 'si on ne signe pas', 'si nous ne signons pas',
    'když to nevyjde', 'a když to nevyjde', 'pokud to nevyjde', 'b planı', 'b plani', 'plan b om det faller', 'als het niet doorgaat',
    // A tender we might not win: "If we are not appointed", "If we don't win the panel", "If we lose the bid".
    'if we are not appointed', 'if we are not selected', 'if we are not chosen', 'if we are not awarded', 'if we are not successful', 'if we aren t appointed', 'if we aren t selected',
    'if we don t win', 'if we do not win', 'if we don t win it', 'if we lose the tender', 'if we lose the bid', 'if we lose the pitch', 'if we lose the panel', 'if we re not appointed', 'if we re not selected',
    'what happens if it all goes wrong', 'if it all goes wrong', 'if it goes wrong', 'what happens if it goes wrong', 'if it all falls apart', 'if it falls apart',
    'alternative to a negotiated agreement', 'best alternative to a negotiated agreement', 'alternative to negotiated agreement',
    'alternative if', 'alternatives if', 'fallback if', 'plan b if', 'if they say no', 'if it s a no',
    'alt', 'alts', 'if we don t get a deal', 'if we do not get a deal', 'if we don t get the deal', 'no deal', 'if they say no', 'if it s a no', 'what we do instead', 'if we walk away what', 'plan b if we walk', 'our batna', 'batna ours', 'if it doesn t happen', 'if this doesn t happen', 'if we lose it', 'if we lose', 'if we don t get it', 'if we do not get it', 'if we don t get the job', 'if we do not get the job', 'if we don t get the contract', 'if we do not get the contract', 'if we lose the deal',
    'batna', 'alternative', 'alternatives', 'our alternative', 'our alternatives', 'best alternative',
    // The word in the languages plans gloss their titles in: "(nuestra alternativa)", "(vårt alternativ)".
    'alternativa', 'alternativas', 'alternativ', 'alternatief', 'alternatywa', 'alternativă',
    'next best alternative', 'alternative to agreement', 'alternative to a deal', 'plan b', 'fallback',
    'fall back', 'fallback plan', 'fallback option', 'if we walk away', 'if we walk', 'if no deal', 'no deal plan',
    // "## 8. Without agreement", "Without a deal", "No agreement": the case of no deal, whatever its wording.
    'without agreement', 'without an agreement', 'without a deal', 'without the deal', 'without a contract', 'without the contract', 'no agreement', 'if no agreement', 'if there is no agreement', 'in case of no agreement', 'in case of no deal',
    'what we do if we walk away', 'what we do if we walk', 'walk away alternative', 'outside option',
    'outside options', 'if this falls through', 'if it falls through', 'if we cannot agree', 'if we can t agree',
    'if talks break down', 'if the talks break down', 'if talks fail', 'if the talks fail', 'if negotiations break down', 'if the negotiations break down', 'if negotiations fail', 'if mediation fails', 'if the mediation fails',
    'if we don t agree', 'no deal option', 'no deal scenario', 'alternative if we walk away', 'our alternative if we walk away', 'alternative if we walk',
  ],
  target: [
    // "What we'd like to pay", "What I'd like to get": a buyer's or seller's aim, in plain words.
    'what we d like to pay', 'what we would like to pay', 'what i d like to pay', 'what i would like to pay', 'what we want to pay', 'what we hope to pay', 'what i hope to pay',
    'what we d like to get', 'what i d like to get', 'what we hope to get', 'what i hope to get',
    // French Q&A prompts: "Où veut-on arriver ?", "Où voulons-nous arriver ?".
    'où veut on arriver', 'ou veut on arriver', 'où voulons nous arriver', 'ou voulons nous arriver', 'où veut on atterrir', 'où on veut arriver',
    'eesmärk', 'sihthind', 'tikslas', 'tikslinė kaina', 'mērķis', 'mērķa cena', 'yaad', 'ha yaad', 'mechir yaad', 'hedef fiyat',
    // Finnish, Hungarian, Romanian, Greek and Turkish: "Tavoitehinta", "Célár", "Ținta", "Στόχος", "Hedef".
    'really happy paying', 'happy paying', 'happy to pay', 'what we d be happy paying', 'happy to get',
    'tavoitehinta', 'cél', 'célár', 'célunk', 'ținta', 'tinta', 'prețul țintă', 'obiectiv', 'στόχος', 'τιμή στόχος', 'hedef', 'hedef fiyat', 'hedefimiz',
    // Danish, Norwegian, Swedish, Dutch, Polish and Czech: "Målpris", "Cíl", "Cena docelowa", "Streefprijs".
    'målpris', 'vores mål', 'vårt mål', 'cíl', 'cílová cena', 'cel', 'cena docelowa', 'cel cenowy', 'streefprijs',
    // Scandinavian and Finnish: "Mål", "Målsättning", "Tavoite".
    'mål', 'målsättning', 'målsætning', 'tavoite', 'streefwaarde',
    'what i m really after', 'what we re really after', 'what i m after', 'what we re after', 'what we want out of it',
    'where we d like to end up', 'where we want to end up', 'end up', 'aiming for', 'what we re aiming for',
    // A coach asking the rep: "What do you want to end at?", "Where do you want to settle?".
    'what do you want to end at', 'what would you like to end at', 'where do you want to settle', 'what do you want to settle at',
    'objectif', 'prix cible', 'cible', 'doel', 'doelprijs', 'objetivo', 'meta', 'alvo', 'obiettivo', 'precio objetivo', 'preço alvo', 'prezzo obiettivo', 'tgt', 'target per', 'aim per', 'goal per', 'aiming for', 'zielpreis', 'aim for', 'want to land', 'where we want to be', 'realistic outcome', 'good outcome', 'target fee', 'target rate', 'ziel',
    // Shorthand: target point, most desired outcome.
    'tp', 'our tp', 'mdo',
    // "Happy with: 48.500 €" in a diary's own words.
    'happy with', 'happy at',
    'target', 'targets', 'target price', 'target deal', 'target outcome', 'target position', 'target range',
    'target value', 'goal', 'goals', 'deal goal', 'aim', 'deal objective', 'negotiation objective',
    'desired outcome', 'ideal outcome', 'ideal deal', 'ideal result', 'aspiration', 'aspiration price',
    'aspiration point', 'expected outcome', 'realistic target', 'where we want to land', 'where you want to land', 'where we want to arrive', 'where we want to end up', 'where we want to end', 'where we want to get to', 'where we want to finish', 'your target', 'landing zone',
    'landing point', 'what we want', 'what good looks like', 'success looks like', 'what success looks like',
    'most likely deal', 'likely landing', 'target agreement', 'goal price', 'objective', 'deal target',
  ],
  opening: [
    // A buyer answering a proposal opens with its counter: "Opening counter", "Our first counter".
    'opening counter', 'our opening counter', 'first counter', 'our first counter',
    // A quote already with them is our first number on the table: "The quote I sent", "What we quoted" (not "Quote:", theirs in a buyer's plan).
    'the quote i sent', 'the quote we sent', 'what we quoted', 'what i quoted', 'the price we quoted', 'the price i quoted',
    // "Offre envoyée le 27 : 2.290.000 DH HT": the offer sent, in French.
    'offre envoyée', 'offre envoyee', 'notre offre', 'offre remise', 'offre déposée', 'offre deposee',
    // Spanish and Portuguese shorthand for where I open: "Abro con: $540 MXN", "Abrimos em".
    'abro con', 'abrimos con', 'abro en', 'abrimos en', 'empiezo con', 'empezamos con', 'arranco con', 'arrancamos con', 'abro com', 'abrimos com', 'começo com', 'comecamos com',
    'avapakkumine', 'algpakkumine', 'alghind', 'pradinis pasiūlymas', 'pradinė kaina', 'sākuma piedāvājums', 'sākotnējais piedāvājums', 'sākuma cena', 'hatzaa rishona', 'mechir petiha', 'açılış teklifi', 'ilk teklif', 'avaustarjous', 'aloitushinta',
    // A claimant's or a union's first number is a demand: "Opening demand: $238,000", "our initial claim".
    'opening demand', 'initial demand', 'first demand', 'settlement demand', 'opening claim', 'initial claim',
    // Finnish, Hungarian, Romanian, Greek and Turkish: "Avaustarjous", "Nyitó ajánlat", "Prima ofertă", "Πρώτη πρόταση", "Açılış".
    'avaustarjous', 'ensimmäinen tarjous', 'nyitó ár', 'nyitóár', 'nyitó ajánlat', 'nyitóajánlat', 'első ajánlat', 'nyitás', 'prima ofertă', 'oferta inițială', 'oferta de deschidere', 'πρώτη πρόταση', 'αρχική προσφορά', 'πρώτη προσφορά', 'açılış', 'açılış teklifi', 'ilk teklif', 'başlangıç teklifi',
    // Danish, Norwegian, Swedish, Dutch, Polish and Czech: "Åbningstilbud", "Öppningsbud", "Nabídka", "Oferta wyjściowa", "Eerste bod".
    'åbningstilbud', 'åbningsbud', 'åpningstilbud', 'åpningsbud', 'öppningsbud', 'ingångsbud', 'utgångsbud', 'startbud', 'første tilbud', 'første bud', 'första bud', 'startpris',
    'úvodní nabídka', 'vstupní nabídka', 'první nabídka', 'nabídka', 'oferta wyjściowa', 'cena wyjściowa', 'eerste bod', 'openingsprijs', 'startprijs',
    // Scandinavian, Finnish and Dutch column heads: "Öppning", "Åbning", "Åpning", "Avaus", "Opening".
    'öppning', 'åbning', 'åpning', 'avaus', 'avausehdotus', 'aloitustarjous', 'openingsbod',
    // Shorthand: opening position, maximum supportable position.
    'op', 'our op', 'msp',
    // "Primo prezzo da mettere sul tavolo", "Precio de salida", "Preço inicial", "Premier prix", "Erster Preis".
    'primo prezzo', 'prezzo di partenza', 'prezzo iniziale', 'precio de salida', 'precio inicial', 'primer precio', 'preço inicial', 'preco inicial', 'primeiro preço', 'primeiro preco', 'premier prix', 'prix de départ', 'erster preis',
    'opn', 'opn at', 'first and only figure', 'our only figure', 'first and only offer', 'first and only price',
    'first and only number', 'our only number', 'one number', 'start at', 'start', 'starting position', 'start point', 'apertura', 'abertura',
    'ouverture', 'prix d ouverture', 'offre initiale', 'einstiegspreis', 'openingsbod', 'oferta inicial', 'eröffnung', 'eröffnungsangebot', 'erstes angebot', 'startangebot', 'offre d ouverture', 'première offre', 'primera oferta', 'primeira oferta', 'prima offerta', 'offerta iniziale', 'pierwsza oferta', 'oferta otwarcia', 'eerste bod', 'openingsprijs', 'första bud', 'første bud', 'ilk teklif', 'initial position', 'opening per', 'open per', 'open', 'open at', 'first ask', 'einstieg', 'start price', 'opening ask', 'we open at', 'i open at', 'open with', 'lead with', 'opening figure', 'opening rate', 'opening fee',
    'opening', 'opening offer', 'opening number', 'opening price', 'opening position', 'opening bid',
    'opening ask', 'opening proposal', 'opening quote', 'anchor', 'anchor price', 'anchoring', 'first offer',
    // A Q&A prompt: "What do we offer first, and why?", "What do we put on the table first?".
    'what do we offer first', 'what we offer first', 'what do we offer first and why', 'what do we put on the table first', 'what we put on the table first', 'what do we ask for first', 'what we ask for first',
    'first number', 'first number we put down', 'first number on the table', 'initial offer',
    'initial proposal', 'initial price', 'initial quote', 'initial ask', 'starting price', 'starting offer',
    'starting point', 'first proposal', 'first quote', 'ask', 'our ask', 'asking price', 'ask price', 'asking', 'our asking price', 'my asking price',
    'opening move', 'proposal price', 'quoted price', 'first bid', 'opening counteroffer',
  ],
  concessions: [
    // "Going up, only for something", "Coming down": how we move, named by its direction.
    'going up', 'moving up', 'how we go up', 'how i go up', 'coming down', 'moving down', 'how we come down', 'how i come down',
    // "What we move and what we ask for", "What we can move": the moves, named by the verb.
    'what we move', 'what we can move', 'what i can move', 'what we move and what we ask for', 'what we move and what we get',
    // "Other moves", "Other trades", "More levers": the rest of what we can give, after the main ladder.
    'other moves', 'other levers', 'other concessions', 'more moves', 'more levers', 'non price moves', 'non price trades', 'non price levers',
    'piekāpšanās', 'piekāpšanās un apmaiņa', 'ko mēs dodam', 'viturim', 'vitturim', 'ma natan', 'mainai',
    // What we want back for a give names the trade: "What we'll give, and what we want for it".
    'what we want for it', 'what we want in return', 'what we want back', 'what we want for them',
    // Finnish, Hungarian, Romanian, Greek and Turkish: "Myönnytykset", "Mit adunk", "Ce dăm și ce primim", "Τι δίνουμε και τι παίρνουμε", "Tavizler".
    'myönnytykset', 'mitä annamme', 'mit adunk', 'ce dăm și ce primim', 'τι δίνουμε και τι παίρνουμε', 'tavizler', 'taviz planı',
    // Danish, Norwegian, Swedish, Dutch, Polish and Czech: "Hva jeg kan gi", "Vad vi kan ge", "Co můžeme dát".
    'hva jeg kan gi', 'hva vi kan gi', 'hvad vi kan give', 'vad vi kan ge', 'co můžeme dát', 'co możemy dać', 'wat we kunnen geven',
    // "Ce qu'on peut lâcher", "Was wir geben können", "Lo que podemos ceder", "O que podemos dar", "Cosa possiamo concedere".
    'ce qu on peut lâcher', 'ce qu on peut lacher', 'ce qu on peut donner', 'ce qu on peut céder', 'ce qu on cède', 'was wir geben können', 'was wir geben konnen',
    'lo que podemos dar', 'lo que puedo dar', 'lo que puedo ceder', 'lo que pido a cambio', 'lo que pedimos a cambio', 'o que posso dar', 'o que peço em troca', 'o que pedimos em troca', 'lo que podemos ceder', 'o que podemos dar', 'o que podemos ceder', 'cosa possiamo dare', 'cosa possiamo concedere',
    // Korean, Japanese and Chinese: "양보 순서", "譲歩案", "让步".
    '양보', '양보 순서', '양보안', '譲歩', '譲歩案', '让步', '讓步',
    'give and take', 'what can we move on', 'what we can move on', 'what we can move', 'what i can move', 'where we can move', 'what do we get', 'what we move on', 'what we want back', 'what we want in return', 'what we get back',
    'concessions', 'concession', 'concession plan', 'concession strategy', 'planned concessions',
    'concession ladder', 'concession steps', 'reserve steps', 'price steps', 'planned steps', 'planned moves', 'price moves', 'rate moves', 'trade moves', 'trading moves', 'moves to trade', 'moves on price', 'our moves', 'trades', 'ladder', 'the ladder', 'our ladder', 'price ladder', 'steps', 'our steps', 'moves', 'movement',
    // "Steps up, each only against something", "Moves down": the steps named with the way they go.
    'steps up', 'moves up', 'our steps up', 'our steps down', 'price steps up', 'price steps down', 'movement if needed', 'our movement', 'price movement', 'tradeables', 'tradables', 'trade offs', 'tradeoffs',
    'give and get', 'give get', 'gives and gets', 'give gets', 'gives gets', 'what we can give', 'things we can give', 'other things we can give', 'what else we can give', 'other things we give', 'what we give', 'what we give what we get',
    // "Other stuff we can give", "Extra bits to trade", "Things we could throw in": what we can give, in any plain words.
    ...['', 'other ', 'extra ', 'more '].flatMap((other) =>
      ['things', 'stuff', 'items', 'bits', 'extras', 'levers'].flatMap((things) =>
        ['we can give', 'we could give', 'we can offer', 'we could offer', 'we can trade', 'to trade', 'to give', 'to offer', 'we can throw in', 'we could throw in'].map((verb) => `${other}${things} ${verb}`),
      ),
    ),
    'what i give', 'give list', 'giveaways', 'give aways', 'gives list', 'what i give what i get', 'wisselgeld', 'ruilmiddelen', 'conc', 'concs', 'conc ladder', 'concs ladder',
    // A ladder's rungs named one by one, as rows or labels: "| Step 1 | −£0.10 (to £2.35) | In return: … |".
    'step 1', 'step 2', 'step 3', 'step 4', 'step 5', 'move 1', 'move 2', 'move 3', 'move 4', 'concession 1', 'concession 2', 'concession 3', 'concession 4',
    'what we trade', 'what we can trade', 'levers', 'negotiation levers', 'bargaining chips', 'our gives',
    'things we can offer', 'trading plan', 'trade plan', 'give', 'gives', 'giving', 'concede', 'concessions and trades',
    'concessions we can make', 'concessions we can offer', 'possible concessions', 'available concessions',
    'what we can concede', 'what we can offer', 'what we can give away', 'concession options', 'trading options',
    'give aways', 'giveaways', 'give away', 'our moves', 'moves we ll make', 'moves i ll make', 'moves we can make', 'how our offer moves', 'how we move',
    // In the plan's other language: "Concesiones", "Zugeständnisse", "Ce qu'on peut céder", "Ustępstwa", "Engedmények".
    'concesiones', 'concessões', 'concessoes', 'concessioni', 'zugeständnisse', 'nachlässe', 'nachlaesse', 'preisnachlässe', 'concessies', 'ustępstwa', 'ústupky', 'engedmények', 'concesii',
    'παραχωρήσεις', 'поступки', 'отстъпки', 'järeleandmised', 'nuolaidos', 'indrømmelser', 'eftergifter', 'innrømmelser',
    'ce qu on peut céder', 'ce que nous pouvons céder', 'ce que l on peut céder', 'lo que podemos ceder', 'was wir geben können', 'wat we kunnen geven',
  ],
  constraints: [
    'piirangud', 'meie piirangud', 'apribojimai', 'mūsų apribojimai', 'ierobežojumi', 'mūsu ierobežojumi', 'ilutzim', 'magbalot', 'rajoitteet', 'rajoitukset',
    // Finnish, Hungarian, Romanian, Greek and Turkish: "Rajoitukset", "Korlátok", "Constrângeri", "Περιορισμοί", "Kısıtlar".
    'rajoitukset', 'korlátok', 'kemény korlátok', 'constrângeri', 'περιορισμοί', 'kısıtlar', 'kısıtlamalar',
    // Korean, Japanese and Chinese: "제약", "制約", "限制".
    '제약', '제약 조건', '制約', '制約条件', '限制', '约束',
    'constraints', 'constraint', 'hard constraints', 'known constraints', 'limitations', 'non negotiables',
    'policy constraints', 'legal constraints', 'constraints to share', 'constraints to share early',
    'things to disclose', 'disclosures', 'up front disclosures', 'fixed terms', 'boundaries',
    // In the languages plans are written in.
    'restrições', 'restricoes', 'restricciones', 'limitaciones', 'contraintes', 'vincoli', 'rahmenbedingungen', 'einschränkungen', 'randvoorwaarden',
    'beperkingen', 'ograniczenia', 'begränsningar', 'begrænsninger', 'omezení', 'ràng buộc',
  ],
  'price-challenge': [
    'hinnavastuväide', 'hinnavastuväited', 'kainos prieštaravimas', 'kainos prieštaravimai', 'cenas iebildumi', 'iebildumi par cenu', 'hitnagdut mechir', 'hitnagdut al ha mechir', 'hintavastaväite', 'hintavastaväitteet',
    // Finnish, Hungarian, Romanian, Greek and Turkish: "Kun hinta haastetaan", "Ha az árral támadnak", "Fiyat itirazı".
    'kun hinta haastetaan', 'ha az árral támadnak', 'árkifogás', 'obiecții de preț', 'αντιρρήσεις για την τιμή', 'fiyat itirazı', 'fiyat itirazına cevap',
    // Danish, Norwegian, Swedish, Dutch, Polish and Czech: "Prisindvendinger", "Cenové námitky", "Obiekcje cenowe".
    'prisindvendinger', 'prisinnvendinger', 'prisinvändningar', 'námitky k ceně', 'cenové námitky', 'obiekcje cenowe', 'prijsbezwaren',
    // Korean, Japanese and Chinese: "가격 반론 대응", "価格反論への対応", "价格异议".
    '가격 반론', '가격 반론 대응', '価格反論', '価格交渉への反論', '价格异议', '價格異議',
    'if they say it s expensive', 'if they say that s too much', 'if they push on price', 'price push back', 'if they haggle', 'when they haggle', 'if they say no to the price', 'price questions', 'expensive',
    'price challenge', 'price challenges', 'price objection', 'price objections', 'objection handling',
    ...['when', 'if'].flatMap((w) => ['number', 'price', 'offer', 'figure', 'rate'].flatMap((n) => [`${w} they challenge our ${n}`, `${w} they push back on our ${n}`])),
    'what they will say and how we answer', 'what they ll say and how we answer', 'what they will say', 'what they ll say', 'what they will throw at us',
    'objections', 'likely objections', 'expected objections', 'anticipated objections', 'price pushback',
    'pushback', 'pushback on price', 'price pressure', 'handling price pressure', 'value defence',
    'value defense', 'defending the price', 'defending our price', 'price challenge response',
    'if they push back on price', 'if they push on price', 'when they push on price',
    'if they say it s too expensive', 'if they say we re too expensive', 'too expensive',
    'if challenged on price', 'when challenged on price', 'price discussion', 'responding to price objections',
    'response to price challenge', 'if they ask for a discount', 'discount requests', 'discount pressure',
    'objections we expect', 'objections to expect', 'expected pushback', 'anticipated pushback', 'likely pushback',
    'pricing objections', 'pricing pushback', 'handling price objections', 'price objection handling',
    'if they say we are too expensive', 'if they say the competitor is cheaper', 'competitor is cheaper',
    'supplier pushback', 'if the supplier pushes back', 'if they say our budget is too low',
    'if they say our offer is too low', 'if they push for more', 'if they reject our offer',
  ],
  value: [
    'value', 'value case', 'value proposition', 'business case', 'roi', 'why us', 'differentiation',
    'differentiators', 'our value', 'value story', 'value drivers',
  ],
  'common-ground': [
    // Spanish and Portuguese: "Lo que compartimos", "Lo que ya tenemos en común", "O que já temos em comum".
    // "En qué coincidimos con la familia", "Où on est d'accord", "Wo wir uns einig sind", "Waar we het over eens zijn".
    'en qué coincidimos', 'en que coincidimos', 'en lo que coincidimos', 'donde coincidimos', 'em que concordamos', 'em que coincidimos', 'où on est d accord', 'ce sur quoi on est d accord', 'sur quoi nous sommes d accord',
    'wo wir uns einig sind', 'worin wir uns einig sind', 'waar we het over eens zijn', 'waarover we het eens zijn', 'su cosa siamo d accordo', 'dove siamo d accordo',
    'lo que compartimos', 'lo que ya compartimos', 'lo que tenemos en común', 'lo que ya tenemos en común', 'o que compartilhamos', 'o que temos em comum', 'o que já temos em comum',
    'ühised huvid', 'ühine alus', 'ühised eesmärgid', 'bendri interesai', 'bendras pagrindas', 'bendri tikslai', 'kopīgās intereses', 'kopīgais pamats', 'kopīgie mērķi', 'mechane meshutaf', 'ha mechane ha meshutaf', 'ortak nokta',
    // Finnish, Hungarian, Romanian, Greek and Turkish: "Yhteinen pohja", "Ami közös", "Ce avem în comun", "Κοινοί στόχοι", "Ortak zemin".
    'yhteistä', 'yhteinen pohja', 'yhteiset tavoitteet', 'ami közös', 'amiben egyetértünk', 'ce avem în comun', 'puncte comune', 'κοινοί στόχοι', 'τι μας ενώνει', 'ortak zemin', 'ortak hedefler', 'ortak noktalar',
    // Danish, Norwegian, Swedish, Dutch, Polish and Czech: "Fælles grund", "Det vi redan är överens om", "Na čem se už shodneme", "W czym już się zgadzamy".
    // Portuguese, Spanish and French: "O que já está combinado", "Lo que ya está acordado", "Ce qui est déjà convenu".
    'o que já está combinado', 'o que ja esta combinado', 'já combinado', 'o que já combinamos', 'lo que ya está acordado', 'lo que ya acordamos', 'ya acordado', 'ce qui est déjà convenu', 'déjà convenu', 'was schon vereinbart ist', 'schon vereinbart',
    'fælles grund', 'det vi allerede er enige om', 'det vi er enige om', 'hvad vi er enige om', 'felles grunn', 'hva vi er enige om', 'det vi redan är överens om', 'vad vi är överens om',
    'na čem se shodneme', 'na čem se už shodneme', 'w czym się zgadzamy', 'w czym już się zgadzamy', 'co nas łączy', 'waar we het over eens zijn', 'waar we het al over eens zijn', 'gemeenschappelijke grond', 'gemeenschappelijke basis',
    // Korean, Japanese and Chinese: "공통점", "共通点", "共同点".
    '공통점', '共通点', '共同点', '共同點',
    'what we agree on already', 'both want', 'we both want', 'shared wins',
    'common ground', 'shared goals', 'shared interests', 'mutual interests', 'shared objectives',
    'already agreed', 'agreed so far', 'what we agree on', 'where we agree', 'where we already agree',
    'areas of agreement', 'points of agreement', 'agreements so far', 'alignment', 'mutual goals',
    'common interests', 'what is agreed', 'what s agreed', 'agreed items', 'settled issues', 'agreed points',
    'what we have agreed', 'what we ve agreed', 'shared ground', 'where we align',
    'already settled', 'settled so far', 'shared priorities', 'common goals', 'what both sides want', 'what we share',
    // In the plan's other language: "Ce qui nous rapproche", "Points communs", "Gemeinsamkeiten", "Puntos en común".
    'ce qui nous rapproche', 'points communs', 'terrain d entente', 'terrain commun', 'gemeinsamkeiten', 'gemeinsame basis', 'gemeinsamer nenner',
    'puntos en común', 'terreno común', 'lo que tenemos en común', 'en común', 'o que temos em comum', 'cosa abbiamo in comune', 'ce que nous avons en commun', 'ce qu on a en commun', 'ce qu on partage', 'ce que nous partageons', 'en commun', 'points en commun', 'punti in comune', 'terreno comune', 'pontos em comum', 'terreno comum', 'gemeenschappelijke grond', 'gemeenschappelijke basis', 'gedeelde grond', 'waar we het over eens zijn', 'al afgesproken', 'estamos de acuerdo', 'en qué estamos de acuerdo', 'estamos de acordo', 'já estamos de acordo', 'siamo d accordo', 'su cosa siamo d accordo', 'wo wir uns einig sind', 'où on est d accord', 'nous sommes d accord', 'was wir gemeinsam haben', 'was uns verbindet', 'gemeinsam', 'worin wir uns einig sind', 'terreno comune', 'in comune', 'temos em comum', 'em comum', 'onde já concordamos', 'onde ja concordamos', 'tenemos en común', 'tenemos en comun', 'en comun', 'déjà d accord', 'deja d accord', 'déjà acquis', 'acquis', 'già concordato', 'gia concordato', 'ya acordado', 'já acordado', 'ja acordado', 'gemeenschappelijk', 'raakvlakken', 'gedeelde doelen', 'wat ons bindt',
    'base comum', 'base común', 'base commune', 'gemeinsame grundlage', 'base comune',
    'wspólny grunt', 'wspólne', 'společný základ', 'teren comun', 'közös pont', 'közös alap', 'κοινό έδαφος', 'felles grunnlag', 'fælles grundlag', 'gemensam grund',
  ],
  qualification: [
    'qualification', 'deal qualification', 'meddic', 'meddpicc', 'meddppicc', 'bant', 'stakeholders',
    // MEDDICC shorthand: "DP:" (decision process), "Champ:".
    'dp',
    'stakeholder map', 'decision process', 'buying process', 'buying centre', 'buying center',
    'buying committee', 'people', 'key people', 'who is who', 'org chart', 'power map',
  ],
  'decision-maker': [
    // "Who on their side can say yes?", "Who says yes", "Who can sign": the question a form asks for the decider.
    'can say yes', 'who says yes', 'who can sign', 'who can approve', 'who can decide',
    // …read as a question, whose "who" and "can" go: "their side say yes".
    'their side say yes', 'their side sign', 'their side decide',
    // Portuguese: "Decisão: Sr. Osvaldo Prado, Diretor Agrícola", "Quem decide".
    'decisão', 'decisao', 'quem decide', 'quem assina',
    // Vietnamese: "Người quyết định" (who decides), "Người ký" (who signs).
    'người quyết định', 'ai quyết định', 'người ký', 'nguoi quyet dinh',
    'otsustaja', 'kes otsustab', 'kas sprendžia', 'sprendimų priėmėjas', 'lēmuma pieņēmējs', 'kas lemj', 'mi mechlit', 'päätöksentekijä', 'kuka päättää', 'päätöksenteko',
    'kik döntenek', 'döntéshozó', 'ki dönt', 'decidentul', 'factorul de decizie', 'cine semnează', 'ποιος αποφασίζει', 'karar verici', 'kim karar veriyor', 'imza yetkilisi',
    // Scandinavian, Finnish and Dutch: "Beslutsfattare", "Hvem bestemmer", "Wie beslist".
    'beslutsfattare', 'beslutningstager', 'beslutningstaker', 'päättäjä', 'beslissers', 'beslisser',
    'hvem bestemmer', 'vem bestämmer', 'vem beslutar', 'hvem beslutter', 'kuka päättää', 'wie beslist', 'wie tekent',
    // Korean, Japanese and Chinese: "의사결정", "결정권자", "決裁者", "决策者".
    '의사결정', '결정권자', '意思決定', '決裁者', '決定者', '决策者', '決策者',
    // "Signs: our MD", "Who picks us:", and German labels ("Entscheidung:", "Wer entscheidet").
    'signs', 'signed off by', 'who picks', 'who chooses', 'who approves', 'entscheidung', 'entscheider', 'wer entscheidet', 'unterschrift',
    'quién decide', 'quien decide', 'qui décide', 'qui decide', 'chi decide', 'quem decide', 'kaun decide karega', 'kaun decide karta hai', 'kaun decide karegi', 'sino ang nagde decide', 'sino ang magde decide',
    'who signs off', 'sign off', 'decision', 'decides', 'final say',
    'decision maker', 'decision makers', 'economic buyer', 'who decides', 'decider', 'final decision maker',
    'signatory', 'signer', 'approver', 'approvers', 'final approver', 'decision authority', 'authority',
    'decision making unit', 'dmu', 'who signs', 'budget owner and signatory',
    // Outline shorthand: "DM: Dana Ruiz (CFO)", "Econ buyer: Dana", "EB: …".
    'dm', 'econ buyer', 'eb',
 
    // Czech, Polish, Romanian and Ukrainian: "Kdo rozhoduje", "Kto decyduje", "Decyzja", "Cine decide", "Хто вирішує".
    'kdo rozhoduje', 'kdo podepisuje', 'kto decyduje', 'kto podpisuje', 'decyzja', 'cine decide', 'cine semnează', 'хто вирішує', 'хто підписує',
  ],
  timeline: [
    // Vietnamese: "Thời hạn" (deadline), "Tiến độ" (schedule).
    'thời hạn', 'tiến độ', 'thoi han',
    'ajakava', 'tähtaeg', 'grafikas', 'laiko grafikas', 'laika grafiks', 'luach zmanim',
    'határidő', 'ütemezés', 'ütemterv', 'termen', 'termenul', 'χρονοδιάγραμμα', 'προθεσμία', 'süre', 'zaman', 'zamanlama',
    // Korean, Japanese and Chinese: "일정", "日程", "スケジュール", "时间表".
    '일정', '日程', 'スケジュール', '时间表', '時程',
    // Spanish, Portuguese, French and Italian dates and deadlines: "Tiempos", "Plazos", "Cronograma", "Calendrier", "Tempistiche".
    'tempi', 'tempistica', 'plazo', 'prazo', 'délai', 'delai', 'échéances', 'calendrier de décision',
    'tiempos', 'plazos', 'calendario', 'cronograma', 'fechas', 'prazos', 'calendrier', 'échéancier', 'echeancier', 'délais', 'delais', 'tempistiche', 'scadenze',
    'termine', 'zeitplan', 'zeitrahmen', 'fristen', 'by when', 'tidslinje', 'tidsplan', 'tidplan', 'tijdlijn', 'harmonogram', 'termíny', 'takvim', 'zaman çizelgesi', 'jejich termíny', 'ich termin', 'ich terminy', 'calendarul lor', 'їхні терміни', 'терміни',
    // "TL: decision 31.01.": the timeline in a team's shorthand.
    'tl',
    // "Hun timing", "Deres tidslinje", "Tidsplan": their timing in Dutch and Scandinavian.
    'hun timing', 'hun planning', 'hun tijdlijn', 'deres tidslinje', 'deras tidslinje', 'tidsplan hos dem', 'aikataulu',
    'timeline', 'timing', 'decision date', 'decision timeline', 'close date', 'target close',
    'target close date', 'deadline', 'deadlines', 'timeframe', 'time frame', 'key dates', 'calendar', 'deal calendar', 'renewal calendar', 'go live',
    'go live date', 'schedule', 'dates', 'milestones', 'when', 'decision timing', 'time line',
  ],
  budget: [
    // Vietnamese: "Ngân sách".
    'ngân sách', 'ngan sach',
    'eelarve', 'biudžetas', 'taktziv',
    'mennyi pénzük van', 'budjetti', 'költségvetés', 'buget', 'bugetul', 'προϋπολογισμός',
    // Norwegian, Danish, Swedish and Polish forms: "Budsjettet", "Budgettet", "Budgeten", "Budżet".
    'budsjettet', 'budgettet', 'budgeten', 'budżet',
    // Korean, Japanese and Chinese: "예산", "予算", "预算".
    '예산', '予算', '预算', '預算',
    'bütçe', 'butce', 'rozpočet', 'rozpocet', 'budsjett', 'begroting', 'geld', 'finanzierung', 'financiamiento', 'finanziamento', 'how it s paid for', 'how they pay', 'how we pay',
    // Money itself, in Hindi, Tagalog, Spanish, Portuguese and French: "paisa", "pera", "dinero", "dinheiro", "argent".
    'kitne paise', 'kitna paisa', 'paisa', 'paise', 'pera', 'dinero', 'dinheiro', 'argent', 'soldi', 'pieniądze', 'pieniadze', 'peníze', 'penize', 'pengar', 'penge',
    'where the money comes from', 'funding source', 'money source', 'budget source', 'the money', 'their money', 'their funds', 'their funding',
    'orçamento', 'orcamento', 'presupuesto', 'bilancio', 'budget disponibile', 'enveloppe', 'enveloppe budgétaire',
    'budget', 'budgets', 'funding', 'budget holder', 'funding authority', 'approved budget', 'budget approval',
    'budget status', 'budget and funding', 'their budget', 'our budget', 'money', 'funds', 'spend',
    // "Money on our side: cash on hand plus our revolver…", "Money on their side".
    'money on our side', 'money on their side', 'money on our end', 'money on their end', 'the money side',
    // An employer's pay band is the money a salary offer comes out of: "band for SDE-3 is 28–38 LPA".
    'band', 'salary band', 'pay band', 'comp band', 'budget band', 'salary range', 'pay range', 'band for',
  ],
  needs: [
    // Vietnamese: "Nhu cầu" (needs).
    'nhu cầu', 'nhu cau',
    'vajadused', 'kliendi vajadused', 'tarnija vajadused', 'poreikiai', 'kliento poreikiai', 'tiekėjo poreikiai', 'vajadzības', 'klienta vajadzības', 'piegādātāja vajadzības', 'tzrachim', 'ma hem tzrichim',
    'mire van szükségük', 'tarpeet', 'heidän tarpeensa', 'igények', 'igényeik', 'szükségletek', 'nevoi', 'ce ne trebuie', 'ανάγκες', 'τι χρειάζονται', 'ihtiyaçları', 'ihtiyaçlarımız',
    // Korean, Japanese and Chinese: "니즈", "ニーズ", "需求".
    '니즈', '요구사항', 'ニーズ', '需求', '需要',
    'behov', 'deras behov', 'deres behov', 'behoeften', 'potřeby', 'potreby', 'co potřebují', 'czego potrzebują', 'co potrzebują', 'ce vor ei', 'de ce au nevoie', 'що їм потрібно', 'ihtiyaçlar', 'ihtiyaclar', 'bedarf', 'was wir brauchen', 'what they re after', 'what they are after', 'what we re after', 'what we actually need', 'what we need from this',
    // "Hva de trenger", "Bisogni", "Lo que ellos necesitan", "Ce qu'ils veulent", "Ano ang kailangan ng MTG", "Unki zaroorat".
    'hva de trenger', 'vad de behöver', 'hvad de har brug for', 'hvad de skal bruge', 'mitä he tarvitsevat', 'wat ze nodig hebben', 'hun behoefte', 'behoefte',
    'bisogni', 'necessità', 'necessita', 'necesidades', 'necessidades', 'besoins', 'bedarf', 'bedürfnisse', 'beduerfnisse',
    'lo que necesitan', 'lo que necesita', 'qué necesita', 'que necesita', 'o que o cliente precisa', 'ce dont il a besoin', 'ce dont elle a besoin', 'lo que ellos necesitan', 'lo que quieren', 'ce qu ils veulent', 'ce qu ils cherchent', 'leurs besoins', 'ce qu il leur faut', 'ce qu il lui faut', 'ce qu il nous faut', 'ce qu ils attendent', 'o que eles precisam', 'was sie brauchen', 'kailangan', 'zaroorat', 'zarurat',
    // MEDDICC shorthand: "IP:" (identified pain), "DC:" (decision criteria), "Metrics:".
    'ip', 'identified pain', 'implicate the pain', 'implicated pain', 'dc', 'decision criteria', 'metrics',
    'why they re buying', 'why we re buying',
    // Other languages: "Was der Kunde braucht", "Ce que Boréal veut vraiment", "Cosa vogliono", "O que precisam", "Qué compramos".
    'nodig heeft', 'nodig hebben', 'wat de klant nodig heeft',
    'was der kunde braucht', 'was sie brauchen', 'braucht', 'was wir brauchen', 'veut vraiment', 'ce qu il veut', 'ce qu elle veut', 'ce dont ils ont besoin', 'leurs besoins',
    'cosa vogliono', 'cosa serve', 'cosa gli serve', 'cosa le serve', 'cosa ci serve', 'was sie brauchen', 'lo que necesitan', 'di cosa hanno bisogno', 'o que precisa', 'o que precisam', 'o que eles querem', 'qué necesitan', 'que necesitan', 'qué compramos', 'que compramos', 'qué quieren', 'que quieren', 'why we are buying', 'what they want', 'what they care about', 'their pains', 'needs in order',
    'needs', 'customer needs', 'their needs', 'our needs', 'pain', 'pains', 'pain points', 'business needs',
    'business need', 'requirements', 'key requirements', 'our requirements', 'their requirements',
    'business problem', 'problem', 'problems', 'drivers', 'business drivers', 'why they buy', 'why now',
    'why change', 'use case', 'use cases', 'what they need', 'what we need', 'identify pain', 'their goals',
    'their objectives', 'customer goals', 'buying reasons', 'why they are buying',
    // A person across the table: "What she needs", "His needs".
    'what he wants', 'what she wants', 'what he needs', 'what she needs', 'his needs', 'her needs',
    'wat zij willen', 'wat ze willen', 'wat zij nodig hebben', 'wat ze nodig hebben', 'wat hij wil', 'wat zij zoeken', 'was sie wollen', 'was sie brauchen', 'ce qu ils veulent', 'ce dont ils ont besoin', 'lo que quieren', 'lo que necesitan', 'o que querem', 'o que precisam', 'cosa vogliono',
    // "Wants:" under the person across the table.
    'wants',
  ],
  assumptions: [
    'eeldused', 'eeldused mida kontrollida', 'prielaidos', 'prielaidos kurias reikia patikrinti', 'pieņēmumi', 'pārbaudāmie pieņēmumi', 'hanachot', 'hanachot livdika',
    'oletukset', 'tarkistettavat oletukset', 'feltételezések', 'amit még ellenőrizni kell', 'ipoteze', 'de verificat', 'υποθέσεις', 'προς επιβεβαίωση', 'varsayımlar',
    // In the plan's other language: Spanish, Danish, Norwegian, Swedish, Dutch, German, Czech, Turkish, Italian, Portuguese, French.
    'supuestos', 'supuestos a verificar', 'hipótesis', 'hipotesis', 'antagelser', 'antagelser vi skal have bekræftet', 'antakelser', 'antaganden', 'aannames',
    'annahmen', 'předpoklady', 'predpoklady', 'varsayımlar', 'varsayimlar', 'ipotesi', 'premesse', 'pressupostos', 'hipóteses', 'hypothèses', 'hypotheses',
    'guesses', 'our guesses', 'my guesses', 'what i m guessing', 'what we re guessing', 'what i am guessing', 'what we are guessing', 'guesses i haven t checked', 'things i don t know', 'things we don t know', 'what i don t know', 'don t know yet',
    'not facts yet', 'haven t checked', 'not yet verified', 'haven t confirmed', 'have not confirmed', 'things i haven t confirmed', 'things we haven t confirmed', 'need to check', 'to check before',
    // "Things I have not verified yet", "things i don't actually know yet", "Still to check".
    'not verified', 'not verified yet', 'have not verified', 'haven t verified', 'don t know yet', 'do not know yet', 'don t actually know', 'do not actually know',
    'still to check', 'still to verify', 'still to confirm', 'not checked yet', 'not confirmed yet', 'unconfirmed', 'annahmen', 'zu prufen', 'hypotheses a verifier', 'supuestos', 'suposiciones', 'hipotesis', 'ipotesi',
    'premesse', 'premissas', 'pressupostos', 'zalozenia', 'zalozenia do sprawdzenia', 'aannames',
    // "Da verificare", "Nog checken", "Zu klären", "Points ouverts": what is still to be checked, in the plan's language.
    'da verificare', 'da controllare', 'da confermare', 'da chiarire', 'punti da chiarire', 'punti da verificare', 'punti aperti', 'cose da verificare',
    'nog checken', 'nog te checken', 'nog na te gaan', 'te controleren', 'te verifieren', 'te checken', 'open punten',
    'zu klaren', 'noch zu klaren', 'noch zu prufen', 'offene punkte', 'offene fragen', 'was wir noch nicht wissen', 'was wir nicht wissen', 'noch abklaren', 'abzuklaren', 'noch prufen',
    // "Cosas que doy por hechas pero tengo que comprobar", "A comprobar", "À vérifier", "Nog uitzoeken".
    'comprobar', 'a comprobar', 'por comprobar', 'tengo que comprobar', 'hay que comprobar', 'doy por hechas|hecho|hechos', 'a verificar', 'a verifier', 'nog uitzoeken', 'uit te zoeken', 'a confirmar', 'da verificare prima',
    'points ouverts', 'points a verifier', 'ce qu on ne sait pas', 'ce qu on ne sait pas encore', 'ce que nous ne savons pas',
    'por confirmar', 'por verificar', 'lo que no sabemos', 'o que nao sabemos', 'o que ainda nao sabemos',
    // "Check before Wednesday, don't assume", "Check, don't assume".
    // "⚠️ check, not facts", "guesses, not facts": what we hold apart from what we know.
    'check not facts', 'not facts', 'not facts yet', 'not a fact', 'guesses', 'my guesses', 'our guesses',
    // A briefing for someone else: "Things I believe but you must check", "Points to verify before you rely on them".
    'you must check', 'you must verify', 'you need to check', 'must check', 'believe but check', 'i believe but', 'before you rely on them', 'before you rely on it', 'verify before you rely',
    'check before', 'check on', 'to check on', 'don t assume', 'do not assume', 'check don t assume', 'check do not assume',
    'assuming', 'what we re assuming', 'what we are assuming', 'what are we assuming', 'we re assuming', 'what we assume', 'what we haven t checked', 'not yet checked', 'unchecked',
    'assumptions', 'assumptions to verify', 'assumptions to test', 'assumptions to validate', 'verify', 'verify before', 'verification',
    // Not 'validate' alone: it stems to 'valid', and "Valid: 2026-01-01 to 2026-12-31" dates a document.
    'needs validation', 'for validation', 'validation needed', 'double check',
    'assumptions to check', 'assumptions to confirm', 'to verify', 'to validate', 'to confirm', 'to check',
    'open questions', 'unknowns', 'known unknowns', 'things to confirm', 'things to check', 'things to verify',
    'risks and assumptions', 'assumptions and risks', 'hypotheses', 'questions to answer',
    'what we don t know', 'unverified', 'unverified assumptions', 'check before the meeting', 'to be verified',
    'working assumptions', 'key assumptions', 'things to validate', 'things to find out', 'to find out', 'to clarify',
    'things to clarify', 'what we need to confirm', 'what we need to find out', 'what we need to verify', 'beliefs to test',
    'hypotheses to test', 'assumptions to challenge', 'unconfirmed', 'open points', 'not sure about', 'what we re not sure about', 'what we are not sure about', 'unsure', 'uncertain', 'uncertainties',
    // Uncertainty said in our own voice, whatever comes around it ("Stuff I'm not sure of", "Things we are assuming and must check").
    'not sure', 'we are assuming', 'we re assuming', 'are assuming',
    // "Things I believe but have not confirmed": a check not yet made, however the sentence around it runs.
    'not confirmed', 'not checked', 'not validated', 'not tested', 'things i believe', 'things we believe', 'what i believe', 'what we believe',
  ],
  questions: [
    'küsimused', 'klausimai', 'jautājumi', 'sh elot', 'sheelot',
    'kysymykset', 'ερωτήσεις', 'sorular',
    'questions for a no', 'asking for a no', 'no questions to ask', 'the no question', 'questions to ask them',
    'questions', 'questions to ask', 'discovery questions', 'qualifying questions', 'disqualifying questions',
    'ask for the no', 'questions for the no', 'no questions', 'tough questions', 'questions for them',
    'preguntar por el no', 'pregunta por el no', 'preguntas para el no', 'perguntar pelo não', 'demander le non', 'question pour le non',
    'hard questions', 'key questions', 'questions we will ask', 'questions we ll ask',
    'disqualifiers', 'disqualification questions', 'asking for the no', 'commitment questions', 'questions that invite a no',
    'the question we ask',
    // In the plan's other language: "Die Frage an Reto", "Vragen", "Preguntas", "Pytania", "Otázky", "Kérdések", "質問".
    // "Frage, die ein Nein erlaubt", "Perguntas que podem trazer um não", "Preguntas para oír un no".
    'frage die ein nein erlaubt', 'fragen die ein nein erlauben', 'ein nein', 'um não', 'un no', 'un non', 'een nee', 'ett nej', 'et nej', 'et nei',
    // "Vraag aan Harm", "Frage an Frau Lenz", "Domanda per Rossi", "Pergunta para a Inês": one question, to one person.
    'vraag aan', 'vraag voor', 'frage an', 'frage für', 'domanda per', 'domanda a', 'pergunta para', 'pergunta a', 'pregunta para', 'pregunta a', 'question pour', 'question à',
    'die frage', 'fragen', 'vragen', 'de vraag', 'la question', 'questions à poser', 'preguntas', 'la pregunta', 'domande', 'la domanda',
    'pytania', 'pytanie', 'otázky', 'otázka', 'întrebări', 'intrebari', 'kérdések', 'kérdés', 'spørgsmål', 'frågor', 'spørsmål', '質問', '聞くこと',
  ],
  'counterpart-alternative': [
    // Finnish, Hungarian, Greek and Turkish: "Heidän vaihtoehtonsa", "Alternatívájuk", "Η δική τους εναλλακτική", "Onların alternatifi".
    'heidän vaihtoehtonsa', 'alternatívájuk', 'az ő alternatívájuk', 'η δική τους εναλλακτική', 'η εναλλακτική τους', 'onların alternatifi', 'alternatifleri',
    // Danish, Norwegian, Swedish and Dutch: "Deres alternativer", "Deras alternativ", "Hun alternatieven", "Hva de kan gjøre i stedet".
    'deres alternativer', 'deres alternativ', 'deras alternativ', 'jejich alternativy', 'ich alternatywy', 'hun alternatieven', 'hun alternatief', 'hva de kan gjøre i stedet', 'hvad de kan gøre i stedet', 'vad de kan göra i stället',
 
    // Czech, Polish, Romanian and Ukrainian: "Jejich alternativa", "Ich alternatywa", "Alternativa lor", "Їхня альтернатива".
    'jejich alternativa', 'ich alternatywa', 'alternativa lor', 'їхня альтернатива',
    'their batna', 'their alternative', 'their alternatives', 'customer alternative', 'customer alternatives',
    'customer s alternative', 'customer s alternatives', 'counterpart alternative', 'their options',
    'their plan b', 'alternatives they have', 'competition', 'competitors', 'competitive landscape',
    'competitive situation', 'competitive alternatives', 'supplier alternatives', 'other suppliers',
    'other bidders', 'other vendors', 'if they walk', 'if they walk away', 'their fallback', 'competitor',
    'supplier s alternatives', 'vendor alternatives', 'their walk away options',
    'incumbent', 'competitive threat', 'competitive threats', 'their other options', 'what they do without us',
  ],
  'counterpart-walk-away': [
    'their walk away', 'their walk away point', 'their walkaway', 'their bottom line', 'their limit',
    'their ceiling', 'their floor', 'their reservation price', 'their max', 'their maximum',
    'their budget ceiling', 'bargaining range', 'zopa', 'zone of possible agreement', 'their walk away estimate',
    'estimated walk away', 'supplier floor', 'supplier s floor', 'their minimum',
  ],
  // What the other side opened with or asks for: a supplier's quote to a buyer, a customer's offer to a seller.
  'counterpart-opening': [
    'their opening', 'their opening offer', 'their opening bid', 'their opening position', 'their opening price', 'their opening ask',
    'their offer', 'their current offer', 'their first offer', 'their latest offer', 'their counteroffer', 'their counter offer',
    'their asking price', 'their quote', 'their current quote', 'their quoted price', 'their proposal',
    'their first number', 'their anchor', 'their bid', 'supplier quote', 'supplier s quote', 'vendor quote', 'vendor s quote',
    'customer offer', 'customer s offer', 'offer on the table', 'current offer on the table',
  ],
  'paper-process': [
    'suullisesta sopimuksesta allekirjoitukseen', 'szóbeli igentől az aláírásig', 'de la da la semnătură', 'από το ναι στην υπογραφή', 'sözden imzaya',
    // "Fra ja til underskrift", "Från ja till underskrift", "Od ano ke smlouvě", "Od tak do podpisu", "Van ja tot handtekening".
    'fra ja til underskrift', 'fra ja til signatur', 'från ja till underskrift', 'od ano ke smlouvě', 'od tak do podpisu', 'van ja tot handtekening',
    // "Do sim à assinatura", "Von der Zusage bis zur Unterschrift", "Du oui à la signature", "Del sí a la firma", "Dall'accordo alla firma".
    'até a assinatura', 'ate a assinatura', 'do sim à assinatura', 'do acordo à assinatura', 'bis zur unterschrift', 'von der zusage bis zur unterschrift', 'von der einigung bis zur unterschrift',
    'du oui à la signature', 'jusqu à la signature', 'del sí a la firma', 'del si a la firma', 'hasta la firma', 'proceso de firma', 'dall accordo alla firma', 'fino alla firma', 'dopo il sì', 'ścieżka do podpisu', 'sciezka do podpisu', 'van ja naar handtekening',
    'paper process', 'paperwork', 'path to signature', 'path to contract', 'contracting', 'contract process',
    'procurement process', 'signature process', 'signing process', 'approval process', 'approvals',
    'close plan', 'mutual action plan', 'mutual close plan', 'steps to close', 'steps to signature',
    'from yes to signature', 'contract steps', 'getting to signature', 'who signs and when', 'legal and procurement',
    'contract and approvals', 'signature', 'path to close',
    'close process', 'closing plan', 'closing steps', 'path to po', 'path to purchase order', 'contracting steps',
    'legal procurement and security', 'legal security and procurement', 'procurement legal and security',
  ],
  'best-and-final': ['best and final', 'best and final offer', 'bafo', 'final offer', 'final round', 'best offer', 'last and final',
    'bafo response', 'bafo submission', 'best and final price', 'best and final pricing', 'best and final submission',
    'best and final response', 'last and final offer', 'final proposal', 'final bid', 'final number', 'final price', 'final pricing',
    // "Our offer, first and final: CHF 86.40": one number, sent once.
    'first and final', 'first and final offer', 'one and only offer',
    // A US federal competition's best and final: "final proposal revisions", submitted as the "FPR".
    'fpr', 'fprs', 'fpr submission', 'final proposal revision', 'final proposal revisions',
    // "Unser finales Angebot", "Notre offre finale", "Nuestra oferta final", "Proposta final", "Offerta finale".
    'finales angebot', 'letztes angebot', 'endgültiges angebot', 'endgultiges angebot', 'bestes und finales angebot', 'offre finale', 'meilleure offre finale', 'dernière offre', 'derniere offre',
    'oferta final', 'mejor oferta final', 'proposta final', 'melhor e última proposta', 'melhor e ultima proposta', 'offerta finale', 'migliore offerta finale'],
  side: ['side', 'our side', 'our role', 'role', 'we are', 'negotiating side', 'party',
    // "Lado: comprador", "Lato: acquirente", "Côté : acheteur", "Unsere Rolle: Käufer", "Seite: Einkauf".
    'lado', 'nuestro lado', 'nosso lado', 'lato', 'côté', 'cote', 'notre côté', 'seite', 'unsere seite', 'rolle', 'unsere rolle', 'notre rôle', 'notre role', 'rôle', 'nuestro rol', 'nosso papel', 'il nostro ruolo', 'ruolo',
    // "Strona: kupujemy", "Sida: säljare", "Kant: koper", "Rola: sprzedawca".
    'strona', 'nasza strona', 'rola', 'nasza rola', 'sida', 'var sida', 'var roll', 'side vi er', 'kant', 'onze kant', 'rol', 'onze rol'],
  // A part that tells earlier rounds: what was said and given then is told, not planned.
  history: [
    'history', 'deal history', 'negotiation history', 'account history', 'last time', 'last round', 'last rounds', 'previous round', 'previous rounds',
    'earlier rounds', 'prior rounds', 'past rounds', 'how the last', 'how last year went', 'what happened last time', 'what happened last year',
    'past negotiations', 'previous negotiations', 'last year s negotiation', 'look back', 'looking back', 'the story so far', 'how we got here',
  ],
  currency: ['currency'],
};

/**
 * The parts a hurried label misspells and a finding hangs on: our position, what we give, what we have not checked.
 * Their words are what a misspelt word is mended toward (`lexicon/spelling.ts`).
 */
export const MENDED_CONCEPTS: readonly Concept[] = ['walk-away', 'target', 'opening', 'concessions', 'alternative', 'assumptions', 'questions', 'budget', 'decision-maker'];

/** The lower-case words of the default aliases of `concepts`, as `normalizeLabel` writes them. */
export function defaultLabelWords(concepts: readonly Concept[] = MENDED_CONCEPTS): Set<string> {
  return labelWordsOf(concepts.flatMap((c) => [...DEFAULT_ALIASES[c], ...(OTHER_LANGUAGE_ALIASES[c] ?? [])].map((a) => normalizeLabel(a))));
}

let spelling: LabelSpelling | undefined;
const labelSpelling = (): LabelSpelling => (spelling ??= new LabelSpelling());

// Words that do not change what a heading is about.
const FILLERS = new Set([
  'our', 'the', 'my', 'a', 'an', 'we', 'proposed', 'planned', 'key', 'main', 'draft', 'summary',
  // "Walk away point comma": punctuation said aloud to a dictation app.
  'comma', 'colon', 'semicolon',
  // "Opening natin", "Humari opening", "Walk-away namin": our, in Tagalog and Hindi.
  'natin', 'namin', 'ating', 'aming', 'humari', 'hamari', 'humara', 'hamara', 'humare', 'hamare',
  'section', 'notes', 'overview', 'plan', 'details', 'and',
  // "Max we'll pay", "Most I'd go to": the auxiliary adds nothing to the name.
  'll', 'will', 'would', 'd',
]);

/** Lower-cases, drops punctuation, numbering and emoji, keeps word order. */
export function normalizeLabel(text: string): string {
  return text
    // A checklist's box ("[x] Ceiling agreed with Finance") is no word of the label.
    .replace(/^\s*\[[ xX✓✔]\]\s*/, '')
    // A CRM's field names: "OpeningOffer", "CeilingPrice", "Floor_Price_Internal__c" (Salesforce's custom-field tail).
    // Its underscores may already be blanked as emphasis marks ("ceiling_rate  c").
    .replace(/(?:__| {2})c\b/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    // "v1 proposal", "1st offer": a first version named by its number.
    .replace(/\b(?:v|version\s?)1\b|\b1st\b/g, 'first')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Letters NFKD keeps whole: Polish "ł" ("Założenia"), Danish and Norwegian "ø" and "æ", German "ß".
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’'`]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^\s*(?:\d+|[ivx]+|[a-h])(?:\s+\d+)*\s+(?=\p{L})/u, ' ')
    // A Q&A marker ("Q: Next steps?", "Question 3: …") is no word of the label either.
    // "Question that invites a no" is a label about a question, not a numbered one.
    .replace(/^\s*(?:q(?:\s*\d+)?|(?:question|frage|vraag|pregunta|domanda)\s*\d+)\s+(?=\p{L})/u, ' ')
    // "What we'd like to end at", "Where I would like to land": a wish says what we want.
    .replace(/\b(we|i)\s+(?:d|would)\s+like\s+to\b/g, '$1 want to')
    .replace(/\s+/g, ' ')
    .trim();
}

// Concepts a question may name in any voice: facts about the deal and them, never our position.
const ABOUT_THEM: ReadonlySet<Concept> = new Set<Concept>(['decision-maker', 'timeline', 'budget', 'needs', 'qualification', 'common-ground', 'paper-process']);
const PERSONS = new Set(['they', 'he', 'she', 'you', 'i', 'we', 'it']);
// A label's apostrophes are blanked, so "can't move" reads "can t move": the lone `t` is the contraction's not.
const NEGATING_STEMS = new Set(['not', 'cannot', 'never', 'no', 'nt', 't']);
const QUESTION_WORDS = new Set(['do', 'doe', 'did', 'is', 'be', 'are', 'will', 'would', 'can', 'could', 'should', 's', 're', 'll', 'd', 'what', 'which', 'how', 'much', 'mani', 'anyth', 'that', 'there'].map((w) => w));
// Weak aliases that are verbs: in a question they name our move only when we are their subject.
const VERB_ALONE = new Set(['give', 'trade', 'offer', 'start', 'open', 'aim', 'concede'].map((w) => stemWord(w)));
// The small words of Danish, Norwegian, Swedish, Dutch, Polish and Czech titles ("Spørsmål der et nei er like nyttig som et ja"):
// they do not make a heading a sentence.
const NORTHERN_FUNCTION_WORDS = ['der', 'et', 'ett', 'en', 'er', 'är', 'og', 'och', 'at', 'att', 'som', 'i', 'på', 'til', 'till', 'af', 'av', 'med', 'om', 'vi', 'de', 'den', 'det', 'jeg', 'jag', 'ik', 'wij', 'het', 'een', 'van', 'op', 'dat', 'na', 'w', 'z', 'się', 'jest', 'o', 'do', 'że', 'se', 'je', 'že', 'co', 'like', 'så',
  // Finnish, Hungarian, Romanian, Greek and Turkish: "Kérdések, amelyekre nem is lehet a válasz", "Ερωτήσεις που μπορεί να φέρουν ένα όχι".
  'ja', 'on', 'ei', 'az', 'a', 'és', 'hogy', 'amelyekre', 'ami', 'si', 'și', 'la', 'care', 'pe', 'un', 'o', 'de', 'που', 'και', 'να', 'το', 'τα', 'η', 'ο', 'ένα', 've', 'bir', 'ile', 'için'];
const FILLER_STEMS = new Set([...FILLERS, 'for', 'of', 'to', 'with', 'in', 'on', 'at', 'by', 'is', 'be', 'what', 's', 'q', 'a', '#', ...NORTHERN_FUNCTION_WORDS].map((w) => stemWord(w)));

function stripFillers(norm: string): string {
  // "Plan B" keeps its "plan": a lone letter would name "Section B" too.
  const words = norm.split(' ').filter((w, i, all) => w && (!FILLERS.has(w) || (w === 'plan' && all[i + 1]?.length === 1)));
  return words.join(' ');
}

// Single-word aliases that are ordinary words elsewhere ("Time limit", "Questions to ask", "Key dates for
// the team"): they name a concept only as the whole label, never as a part of a longer one.
const WEAK_ALONE = new Set([
  // "Seuil", "Tetto", "Grens" name our limit as a whole label, not inside "Seuil de rentabilité" or "Tetto del capannone".
  // "Plafond" likewise, not "Plafond 50% → 40%" (a cap being traded) or "Plafond service credits".
  'seuil', 'tetto', 'grens', 'plafond',
  // "Bottom" names our limit only as a whole label ("Our bottom: € 3,40 / pc"), not "bottom of the page".
  'bottom',
  // "Suelo", "Piso", "Techo": our limit as a whole label, not "piso 3" (a building's floor) or "suelo industrial".
  'suelo', 'piso', 'techo',
  // "Financement" as a whole label or beside another ("Échéancier et financement"), not English "Finance".
  'financement',
  // "Going up", "Coming down": our moves as a whole label ("Going up, only for something"), not "Prices going up".
  'going up', 'moving up', 'coming down', 'moving down',
  // "Anders:", "Sonst:", "Sinon :", "Altrimenti:": what we do otherwise, as a whole label only.
  'anders', 'sonst', 'altrimenti', 'sinon',
  'walk', 'walk at', 'cap', 'lowest', 'highest', 'maximum', 'minimum', 'reservation', 'end up', 'one number', 'start at', 'start',
  // Side labels in other languages ("Lado:", "Seite:", "Côté :"): a whole label only ("Seitenzahl", "Rolls to start at").
  'lado', 'lato', 'seite', 'côté', 'cote', 'rolle', 'rôle', 'ruolo',
  'mínimo', 'minimo', 'máximo', 'maximo', 'massimo',
  // MEDDICC shorthand ("IP: …", "DC: …", "DP: …"): a whole label only.
  'ip', 'dc', 'dp', 'metrics',
  // "Stage movement" in a pipeline report moves deals, not our price.
  'movement',
  'happy with', 'happy at',
  'signs', 'geld', 'termine', 'dm', 'eb', 'assuming', 'meta', 'piso', 'techo', 'tope', 'teto', 'alvo', 'soglia', 'mål', 'tavoite', 'avaus',
  // Money in other languages: a whole label, never a word inside a longer one.
  'paisa', 'paise', 'pera', 'dinero', 'dinheiro', 'plata', 'la plata', 'grana', 'argent', 'soldi', 'pieniądze', 'pieniadze', 'peníze', 'penize', 'pengar', 'penge',
  'limit', 'limite', 'nosso limite', 'o nosso limite', 'nuestro limite', 'floor', 'ceiling', 'ask', 'asking', 'aim', 'goal', 'goals', 'objective', 'people', 'authority', 'when', 'dates', 'schedule',
  'timing', 'money', 'funds', 'spend', 'band', 'problem', 'problems', 'pain', 'pains', 'drivers', 'give', 'gives', 'giving', 'levers', 'role', 'party',
  'side', 'value', 'alignment', 'boundaries', 'signature', 'approvals', 'competition', 'competitor', 'incumbent', 'disclosures',
  'opening', 'open', 'trades', 'concede', 'objections', 'pushback', 'requirements', 'approver', 'approvers', 'signer', 'decider', 'deadline', 'deadlines',
  'ladder', 'steps', 'moves', 'milestones', 'fallback', 'alternative', 'alternatives', 'currency', 'we are', 'our role', 'our side', 'paperwork', 'contracting',
]);
// Whole labels only, never inside a longer label or a question: "Wants:" lists what they want, while the
// "want" in "Where do you want to finish?" asks for our target.
const WHOLE_ONLY = new Set(['wants']);
// What a position's number measures, in a label beside the position's word ("ceiling price", "opening bid").
const MEASURE_NOUNS = new Set(['price', 'prices', 'rate', 'rates', 'fee', 'fees', 'amount', 'level', 'point', 'figure', 'number', 'value', 'offer', 'bid', 'quote', 'sum', 'total', 'pricing']);
const STEP_STEM = stemWord('steps');
const NEXT_STEMS = new Set(['next', 'volgende', 'nächste', 'naechste', 'nachste', 'prochaines', 'prochaine', 'próximos', 'proximos', 'próximas', 'proximas', 'prossimi', 'prossime', 'kolejne', 'nästa', 'neste', 'næste'].map((w) => stemWord(w)));
const WHEN_OR_WHERE = new Set(['in', 'for', 'at', 'on', 'during']);
const GLOSS_VERBS = new Set(['ask', 'open', 'start', 'walk', 'stop', 'aim', 'check', 'verify', 'confirm']);
// "Opening, already on the table", "Steps, if I need them": words that open a remark after the label's comma.
const REMARK_START = /^(?:already|still|now|as agreed|as sent|agreed|sent|set|tabled|submitted|if|only if|when|which|that is|that's|also|incl|including|i\.e\.|e\.g\.|as needed|as required|each|every|all|always|only|none|never|please|pls|falls|wenn|als|si|se|qualora|indien)\b/i;
const AT_THE_OPENING = /(?:^|\s)(?:in apertura|en (?:la )?apertura|en ouverture|à l['’]ouverture|na abertura|zur eröffnung|bij de opening)\b/i;
const OPENS_MEETING_WITH = /^\W*(?:open|start|begin|lead|kick off)\s+(?:with|by|on)\b/i;
// Labels that teach or ask the reader ("How to set your walk-away point") name nothing by containing an alias.
// "You" near the start of a label ("Know where you go if you walk"), or "your" anywhere, addresses a reader being taught; a
// briefing's "Things I believe but you must check" names its part first and the one who runs the meeting after.
const TEACHING_LABEL = /^(?:how|why|what is|what are|what s a|tips|example|examples|when to|you)\b|\byour\b|^(?:\S+\s+){0,2}you\b/;

/**
 * The stems of a normalised label: words of letters and digits between single spaces. Plain
 * lower-case words skip the tokenizer (a vocabulary reads over a thousand aliases on start-up).
 */
function labelStems(norm: string): string[] {
  return norm.split(' ').flatMap((w) => (/^[a-z]+$/.test(w) ? [stemWord(w)] : tokenize(w).filter((t) => !t.mark).map((t) => t.stem)));
}

// "What is their ask?", "How much is the supplier's quote?": a question about their number is about their side too.
// "Her floor", "his ceiling": one person across the table, named by pronoun, is their side as well.
// "Hun walk-away", "Leur prix plancher", "Deres budsjett", "Jejich alternativa": their side in the plan's other language.
const THEIR_WORDS = ['hun', 'ihr', 'ihre', 'ihrer', 'ihren', 'leur', 'leurs', 'loro', 'su', 'deres', 'deras', 'jejich', 'їхня', 'їхній', 'їхні', 'их', 'sus', 'seus', 'suas', 'seu', 'sua']
  .map((w) => normalizeLabel(w))
  .join('|');
const THEIRS_RE = new RegExp(String.raw`^(?:(?:what|where|how much|how high|how low|which)(?: is| s| are| was| were| do| does| did)?\s+)?(?:${THEIR_WORDS}|their|theirs|his|her|the other side s|the other party s|(?:the )?(?:supplier|vendor|customer|client|buyer|seller|counterpart|incumbent|competitor|landlord|tenant|dealer|contractor|bidder|tenderer|provider|lessor|licensor|licensee|distributor|manufacturer|carrier|agency|authority)s? s)(?![\p{L}\p{N}])`, 'u');
const OUR_POSITION = new Set<Concept>(['walk-away', 'target', 'opening', 'concessions', 'alternative']);
const THEIR_TWIN: Partial<Record<Concept, Concept>> = { 'walk-away': 'counterpart-walk-away', alternative: 'counterpart-alternative', opening: 'counterpart-opening' };
/** The three numbers of our position, which a figure states: walk-away, target, opening. */
export const OUR_NUMBERS: ReadonlySet<Concept> = new Set<Concept>(['walk-away', 'target', 'opening']);

// "Nordlink's first quote", "Acme's offer": a named party's own number. A plan writes its own as "our …" or bare.
// "The hotel's first quote": the party named by what it is works the same way (not "the team's", which is ours).
const NAMED_PARTY_NUMBER = /^[\s*_]*(?:\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*){0,2}|[Tt]he\s+(?!(?:team|company|firm|group|business|board|department|deal|plan)['’])\p{Ll}[\p{L}-]*)['’]s\s+(?:(?:first|latest|last|current|initial|opening|revised|new|best|final)\s+)?(?:quote|offer|bid|price|proposal|ask|opening|counter(?:offer)?|number|rate|figure|walk-?away|walk away|ceiling|floor|limit|max(?:imum)?|min(?:imum)?|budget|bottom line|red line|target)\b/u;

// "Credit's floor (walk-away)", "Mori-san's floor", "Lauren's ceiling": a bound owned by a named person or department. It
// is ours when our side has that bound (a seller's floor, a buyer's ceiling); the side is read after the labels.
const NAMED_OWNERS_BOUND = /^[\s*_]*(?!(?:Their|The|Supplier|Vendor|Customer|Client|Buyer|Seller|Counterpart|Competitor|Incumbent|Landlord|Tenant|Contractor|Bidder|Provider|Rival)['’]s)\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*){0,2}['’]s\s+(?:(floor|minimum|min|bottom line|lowest)|(ceiling|maximum|max|cap|top))\b/u;

/** Which of our bounds a named owner's label names: `floor`, `ceiling`, or neither. */
export function namedOwnersBound(label: string): 'floor' | 'ceiling' | undefined {
  const m = NAMED_OWNERS_BOUND.exec(label);
  return m ? (m[1] ? 'floor' : 'ceiling') : undefined;
}

// "Lumenix first offer", "Acme latest quote": a name standing before its number with no "'s".
const NAMED_PARTY_BARE = /^[\s*_]*(?!(?:Our|My|We|I|The|This|That|Their|Your|Opening|First|Final|Best|New|Latest|Revised|Initial|Current)\b)\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*){0,2}\s+(?:first|latest|last|current|initial|opening|revised|new|final)\s+(?:quote|offer|bid|price|proposal|ask|counter(?:offer)?)\b/u;

// "Our estimate of Altavista's walk-away", "My read of their ceiling": our guess at their number.
const ESTIMATE_OF_THEIRS = /^[\s*_]*(?:(?:our|my)\s+)?(?:best\s+)?(?:estimate|guess|read|view|reading|sense)\s+(?:of|on)\s+(?:their|his|her|the other side['’]s|\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*){0,2}['’]s)\s/iu;

// "Laurentienne ask", "Dorfmann quote": a name and the number it put forward, no possessive written. Words that name our
// own positions or a kind of price ("Target ask", "List price") are no party.
const NAMED_PARTY_ASK =
  /^[\s*_]*(?!(?:Our|My|We|I|The|This|That|Their|Your|Opening|Open|First|Final|Best|New|Latest|Revised|Initial|Current|Target|Walk|Floor|Ceiling|Anchor|Starting|Start|Max|Min|Maximum|Minimum|Ideal|Stretch|Fallback|Stated|List|Standard|Written|Formal|Verbal|Price|Day|Rate|Total|Annual|Monthly|Counter)\b)\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*){0,2}\s+(?:ask|asks|quote|offer|bid|proposal|counter|counteroffer)[\s*_]*$/u;

// "Alternativa deles", "alternativa de ellos": their side named after the noun, as Portuguese and Spanish do.
// "Obergrenze beim TU", "Plafond chez Nuvio", "Tetto presso il cliente": a limit placed with the other party is theirs.
const THEIRS_AFTER = /\s(?:deles|delas|de ellos|de ellas|(?:beim|bei der|bei|chez|presso(?: il| la)?|del cliente|do cliente|du client)\s+\S+)$/;
// "Lowest they would accept", "Most she can pay", "Max they'll go to": the bound of what they will do is their number.
const THEIR_BOUND = /^(?:the )?(?:lowest|highest|most|least|max|maximum|min|minimum|furthest|bottom|top)\s+(?:(?:price|number|figure|rate|fee)\s+)?(?:they|he|she)\b/;

/** A label that opens with the other side's name for itself ("Their ask", "Supplier's target", "Nordlink's first quote") is about their numbers. */
// A bilingual label names their side in either half ("¿Qué ha pedido el proveedor? / What is their ask?").
const namedTheirsAfter = (label: string): boolean => THEIRS_AFTER.test(normalizeLabel(label.replace(/[ \t]{0,8}\([^()\n]{0,80}\)[ \t]{0,8}$/, '')));

export const namesTheirSide = (label: string): boolean =>
  THEIRS_RE.test(normalizeLabel(label)) ||
  namedTheirsAfter(label) ||
  THEIR_BOUND.test(normalizeLabel(label)) ||
  ESTIMATE_OF_THEIRS.test(label) ||
  NAMED_PARTY_NUMBER.test(label) ||
  NAMED_PARTY_BARE.test(label) ||
  NAMED_PARTY_ASK.test(label) ||
  label.split(/\s\/\s/).slice(1).some((half) => THEIRS_RE.test(normalizeLabel(half)) || NAMED_PARTY_NUMBER.test(half) || NAMED_PARTY_BARE.test(half));

const DECISION_THING = /\b(?:decision (?:tree|trees|matrix|log|record|points?|flow)|entscheidungsbaum|entscheidungsmatrix|arbol de decision|arbre de decision|albero decisionale|beslisboom)\b/;
const REASON_PART = /^(?:the\s+)?(?:why|why so|why there|why that|rationale|reasons?|reasoning|basis|justification|logic)$/i;
// "Highest planned: CHF 7'780", "Lowest we plan to go", "Furthest planned step", "lowest we can land": where our planned
// moves end, not the walk-away.
const LADDER_END = /^(?:the )?(?:highest|lowest|max(?:imum)?|min(?:imum)?|most|least|furthest|last)\s+(?:(?:point|level|price|figure|step)\s+)?(?:(?:we|i)\s+)?(?:plan|plans|planned|planning|intend|mean|(?:(?:can|could|would|will|ll|d)\s+)?(?:land|lands|landing|reach|end up|arrive))\b/;

// Scripts whose words a plan may set beside an English label (Chinese, Japanese, Korean, Arabic, Hebrew, Thai, Devanagari).
const OTHER_SCRIPT_CLASS = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]`;
const OTHER_SCRIPT = new RegExp(OTHER_SCRIPT_CLASS, 'u');
const OTHER_SCRIPT_RUN = new RegExp(`${OTHER_SCRIPT_CLASS}+`, 'gu');

/** "Marit / Anders": a first name that is also a label word ("anders", otherwise), written after another name. */
const personAfterName = (before: string, part: string): boolean =>
  /^\p{Lu}/u.test(part.trim()) && FIRST_NAME_WORDS.has(part.trim().toLowerCase()) && /\p{Lu}[\p{L}'’-]*\s*$/u.test(before);

/** An alias lookup built once per configuration. */
// A title that opens on a case, in the languages plans are written in ("If", "Should", "Wenn", "Si", "Nếu").
const POSITION_INITIALS = new Map(['rp', 'tp', 'op', 'laa', 'mdo', 'msp'].map((w) => [w, new RegExp(`\\b${w.toUpperCase()}\\b`)]));
const CASE_WORD = /^[^\p{L}]*(?:if|when|should|in case|wenn|falls|als|si|se|quand|cuando|quando|jeśli|jesli|om|hvis|nếu|neu|khi|agar|kung|kapag|kalau|jika|apabila|bila|seandainya)(?![\p{L}])/iu;

/**
 * "Quién decide / cuándo / cuánto", "Sino, kailan, magkano", "Wer, wann, wie viel": who, when and how much name the
 * decision maker, the timeline and the budget only as parts of one title (alone, "Wie / Who:" is the author's line).
 */
const PART_OF_THREE: ReadonlyMap<string, Concept> = new Map<string, Concept>([
  ...['quién', 'quien', 'qui', 'wer', 'wie', 'sino', 'kaun', 'chi', 'quem', 'who'].map((w) => [w, 'decision-maker'] as const),
  ...['cuándo', 'cuando', 'quand', 'quando', 'wann', 'wanneer', 'när', 'kailan', 'kab', 'kab tak', 'when'].map((w) => [w, 'timeline'] as const),
  ...['cuánto', 'cuanto', 'combien', 'quanto', 'wie viel', 'hoeveel', 'magkano', 'kitna', 'how much'].map((w) => [w, 'budget'] as const),
  // "Wer entscheidet, bis wann, mit welchem Geld", "Qui décide, quand, avec quel argent", "Quién decide, con qué plata y cuándo".
  ...['bis wann', 'até quando', 'ate quando', 'entro quando', 'hasta cuándo', 'hasta cuando', "jusqu à quand", 'by when'].map((w) => [w, 'timeline'] as const),
  ...['mit welchem budget', 'mit welchem geld', 'avec quel budget', 'avec quel argent', 'con qué plata', 'con que plata', 'con qué dinero', 'con que dinero', 'con qué presupuesto', 'con que presupuesto', 'com que dinheiro', 'com que orçamento', 'com que orcamento', 'con quali soldi', 'con quale budget', 'with what money', 'with what budget'].map((w) => [w, 'budget'] as const),
]);
function partOfThree(part: string, out: Concept[]): boolean {
  const concept = PART_OF_THREE.get(normalizeLabel(part));
  if (concept && !out.includes(concept)) out.push(concept);
  return concept !== undefined;
}

type AliasIndex = [string, { stems: string[]; concepts: Concept[]; possessive: boolean }[]][];
export interface ShippedVocabulary {
  map: [string, Concept[]][];
  contained: AliasIndex;
  inQuestions: AliasIndex;
}

/** The index of the built-in aliases, when shipped ready-made; a team's own aliases rebuild it. */
let shippedVocabulary: ShippedVocabulary | undefined;
export function preloadVocabulary(table: ShippedVocabulary): void {
  shippedVocabulary = table;
}
onNormalizerChange(() => (shippedVocabulary = undefined));

const NAMED_WANTS = /^(\W*(?:\d+(?:\.\d+)*[.)]?\s+)?[Ww]hat\s+)(?!(?:We|I|They|You|Our|The)\b)\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,2}\s+((?:is|are|really|actually)\s+(?:after|need|want|care)\w*|after\b|needs?\b|wants?\b|cares?\b|values?\b)/u;

// "Van Dijk wil:", "Hofbauer braucht:", "Orcalia veut :", "Farmalab vuole:": a label that is the other side's name and a verb of wanting.
// "Was die brauchen:", "Wat ze nodig hebben:", "Lo que quieren:": the same with "they" for the name.
const NAMED_WANTS_OTHER =
  /^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:(?:[Ww]as|[Ww]at|[Cc]e que|[Ll]o que|[Oo] que|[Cc]osa)\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s(?:\p{Lu}[\p{L}'’.&-]*|van|de|der|den|di|du|la|le|von|y)){0,3}|(?:[Ww]as|[Ww]at|[Cc]e qu['’]|[Ll]o que|[Oo] que|[Cc]osa)\s*(?:die|sie|ze|zij|ils|elles|ellos|ellas|eles|elas|loro)?)\s+(?:wil|wilt|willen|will|wollen|braucht|brauchen|veut|veulent|vuole|vogliono|quiere|quieren|quer|querem|zoekt|zoeken|sucht|suchen|cherche|cherchent|nodig hebben|nodig heeft|necesitan|necesita|precisam|precisa)\s*:?\s*$/u;

// "Czego potrzebuje Plastpak", "Hva Havbris trenger", "Vad Ugnsteknik behöver", "Mitä Konetalo tarvitsee": what the other side, by name, needs.
const NAMED_NEEDS_NORTH =
  /^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:[Cc]zego potrzebuje\s+\p{Lu}|(?:[Hh]va|[Vv]ad|[Hh]vad)\s+(?:trenger|behöver|behover|har brug for|ønsker|önskar)\s+\p{Lu}|(?:[Hh]va|[Vv]ad|[Hh]vad|[Mm]itä)\s+\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,2}\s+(?:trenger|behöver|behover|har brug for|tarvitsee|haluaa|vil ha|vill ha|vil have|ønsker|önskar))/u;

export class Vocabulary {
  private readonly map = new Map<string, Concept[]>();
  /** Stem sequences of the aliases that may stand inside a longer label, by their first stem. */
  private readonly contained = new Map<string, { stems: string[]; concepts: Concept[]; possessive: boolean }[]>();
  private readonly inQuestions = new Map<string, { stems: string[]; concepts: Concept[]; possessive: boolean }[]>();
  /** What `match` answered, by label. */
  private readonly matched = new Map<string, Concept[]>();

  constructor(extra: Partial<Record<Concept, readonly string[]>> = {}) {
    if (shippedVocabulary && !CONCEPTS.some((c) => extra[c]?.length)) {
      this.restore(shippedVocabulary);
      return;
    }
    for (const concept of CONCEPTS) {
      // A plan written by one person says "what I can give", "my floor": every alias in our voice has its first-person twin.
      const aliases = [...DEFAULT_ALIASES[concept], ...(OTHER_LANGUAGE_ALIASES[concept] ?? []), ...(extra[concept] ?? [])];
      // The verb follows the person: "we are" / "we're" become "I am" / "I'm" ("What I'm assuming").
      // …and in the plan's other languages: "Was ich geben kann", "Ce que je peux lâcher", "Cosa posso concedere", "Wat ik kan geven".
      const firstPerson = (a: string) =>
        a
          .replace(/\bwe are\b/g, 'i am').replace(/\bwe re\b/g, 'i m').replace(/\bwe\b/g, 'i').replace(/\bour\b/g, 'my').replace(/\bus\b/g, 'me')
          .replace(/\bwir (.+) können\b/g, 'ich $1 kann').replace(/\bwir (.+) konnen\b/g, 'ich $1 kann').replace(/\bwir\b/g, 'ich')
          .replace(/\bce qu on peut\b/g, 'ce que je peux').replace(/\bon peut\b/g, 'je peux').replace(/\bce qu on\b/g, 'ce que je')
          .replace(/\bpossiamo\b/g, 'posso').replace(/\bpodemos\b/g, /\blo\b/.test(a) ? 'puedo' : 'posso')
          .replace(/\bi kunnen\b/g, 'ik kan').replace(/\bwij kunnen\b/g, 'ik kan').replace(/\bi kunnen\b/g, 'ik kan');
      const twins = aliases.map(firstPerson);
      const singular = twins.filter((a, i) => a !== aliases[i]);
      // A twin is as weak as the alias it comes from: "we are" names the side only as a whole label, and so does "I am".
      const ofWeak = new Set(twins.filter((_a, i) => WEAK_ALONE.has(normalizeLabel(aliases[i]!))));
      const weakTwin = new Set(singular.filter((a) => ofWeak.has(a)).map(normalizeLabel));
      for (const alias of [...aliases, ...singular]) {
        const norm = normalizeLabel(alias);
        this.add(norm, concept);
        this.add(stripFillers(norm), concept);
        if (!norm || WHOLE_ONLY.has(norm)) continue;
        const stems = labelStems(norm);
        if (stems.length === 0) continue;
        // Weak aliases stand inside questions only ("Q: What's the opening?"), where the other words are question words.
        const index = WEAK_ALONE.has(norm) || weakTwin.has(norm) ? this.inQuestions : this.contained;
        const list = index.get(stems[0]!) ?? [];
        // "our steps" and "we step" share their stems: a possessive alias needs the possessive written.
        const possessive = /^(?:our|my)\b/.test(norm);
        const same = list.find((e) => e.stems.join(' ') === stems.join(' ') && e.possessive === possessive);
        if (same) {
          if (!same.concepts.includes(concept)) same.concepts.push(concept);
        } else list.push({ stems, concepts: [concept], possessive });
        index.set(stems[0]!, list);
      }
    }
  }

  /**
   * Concepts named by aliases standing inside a longer label: "Walk-away agreed with finance",
   * "Schmerzgrenze / walk-away", "🧱 Our red line", "Section 3 – Lowest we'll go". The longest alias
   * wins where two overlap ("their walk-away" is theirs, not ours); a label with more than six
   * other words is a sentence, not a label.
   */
  private matchContained(label: string, question = false): Concept[] {
    const norm = normalizeLabel(label);
    if (TEACHING_LABEL.test(norm) && !question) return [];
    // In a question the auxiliaries go: "Where do we stop?" reads "where we stop".
    // The tokenizer mends a slip of a label word ("targt"); a capitalised name in the label as written stays as it is.
    let mendable: Set<string> | undefined;
    const asWritten = (t: Token): Token => {
      const raw = norm.slice(t.start, t.end);
      if (t.word === raw || (mendable ??= LabelSpelling.mendable(label)).has(raw)) return t;
      return { ...t, word: raw, stem: stemWord(raw) };
    };
    const tokens = tokenize(norm)
      .map(asWritten)
      .filter((t) => !t.mark && !(question && QUESTION_WORDS.has(t.stem)));
    if (tokens.length > 12) return [];
    const stems = tokens.map((t) => t.stem);
    // The label is read lower-cased: a name after "ask" is seen in the label as written ("What will I ask Petra?").
    const asksSomeone = /\bask\s+(?!I\b)\p{Lu}/u.test(label);
    // "Nina opened with the pilot results": a sentence that reports, not a label (unless the label leads with its concept).
    const hits: { from: number; to: number; concepts: Concept[] }[] = [];
    for (let i = 0; i < stems.length; i++) {
      for (const e of [...(this.contained.get(stems[i]!) ?? []), ...(question ? this.inQuestions.get(stems[i]!) ?? [] : [])]) {
        if (!e.stems.every((s, k) => stems[i + k] === s)) continue;
        if (e.possessive && !['our', 'my', 'ours'].includes(tokens[i]!.word)) continue;
        // "What do we ask them?" asks someone something; "What do we ask?" is our price.
        // "What will I ask Petra?" asks a person by name.
        if (e.stems[e.stems.length - 1] === 'ask' && (PERSONS.has(stems[i + e.stems.length] ?? '') || asksSomeone)) continue;
        // "What we ask back", "What we ask for in return": what we get, not our price ("What do I ask for first?" is our price).
        if (e.stems[e.stems.length - 1] === 'ask' && ['back', 'for', 'in', 'that', 'which', 'to'].includes(stems[i + e.stems.length] ?? '') && !(stems[i + e.stems.length] === 'for' && stems[i + e.stems.length + 1] === 'first')) continue;
        // "What we want for it", "what we want back": the same for what we want ("what we want to sign at" is our target).
        if (e.stems[e.stems.length - 1] === 'want' && ['back', 'for', 'in'].includes(stems[i + e.stems.length] ?? '')) continue;
        // …read in the label as written, where a question drops "that" as an auxiliary ("What will you ask that could give you a no?").
        if (e.stems[e.stems.length - 1] === 'ask' && /\bask\s+(?:that|which)\b/i.test(label)) continue;
        // "What question do we ask to get the no early?": a question asked, not a price.
        if (e.stems[e.stems.length - 1] === 'ask' && stems.slice(0, i).some((st) => st === 'question' || st === 'questions')) continue;
        // "What do we say when they tell us…": "when" opening a clause is no question about timing.
        if (e.stems.length === 1 && e.stems[0] === 'when' && i > 0 && PERSONS.has(stems[i + 1] ?? '')) continue;
        // "Which questions give them room to say no?": a verb with a person after it names our move only with us as its subject ("What can we give them?").
        if (question && e.stems.length === 1 && VERB_ALONE.has(e.stems[0]!) && PERSONS.has(stems[i + 1] ?? '') && !['we', 'i'].includes(stems[i - 1] ?? '')) continue;
        // Initials ("TP S$2.05m. OP S$1.86m") are written in capitals: "openen op 50%" is Dutch, "Rp 68.000" the rupiah.
        if (e.stems.length === 1 && POSITION_INITIALS.get(e.stems[0]!)?.test(label) === false) continue;
        // "Common ground to open with": what we open the meeting with, not our first number.
        if (e.concepts.includes('opening') && stems[i - 1] === 'to') continue;
        // "Q: Next steps?" asks what happens after the meeting, not about the concession ladder.
        // So do "Volgende stappen", "Prochaines marches", "Nächste Stufen": a ladder's one-word name after "next".
        if (e.stems.length === 1 && (e.stems[0] === STEP_STEM || e.concepts.includes('concessions')) && NEXT_STEMS.has(stems[i - 1] ?? '')) continue;
        // "Is there anything we cannot move on?", "What we won't give": a negated give names what we hold, not a concession.
        // "Don't reach for the concessions": a negation up to four words back.
        const negated = stems.slice(Math.max(0, i - 4), i).some((w) => NEGATING_STEMS.has(w));
        const concepts = negated ? e.concepts.filter((c) => c !== 'concessions') : e.concepts;
        if (concepts.length === 0) continue;
        hits.push({ from: i, to: i + e.stems.length, concepts });
      }
    }
    // "Ceiling agreed with Finance", "Floor set by the board": a weak word leads and a participle says who fixed it.
    // …never a first name that is also such a word ("Anders said …").
    // …or we say what it is to us ("floor I never go under for a 60-keg account", "ceiling we hold").
    if (hits.length === 0 && tokens.length >= 2 && !FIRST_NAME_WORDS.has(tokens[0]!.word)) {
      const lead = this.inQuestions.get(stems[0]!)?.find((e) => e.stems.length === 1);
      if (lead && isPast(tokens[1]!.word)) return [...lead.concepts];
      const ours = ['i', 'we'].includes(tokens[1]!.word) ? lead?.concepts.filter((c) => OUR_NUMBERS.has(c)) : undefined;
      if (ours && ours.length > 0) return ours;
    }
    // "Opening in the SPA round", "Target for round 2": one of our numbers, then when or where it stands.
    if (hits.length === 0 && tokens.length >= 3 && tokens.length <= 7 && WHEN_OR_WHERE.has(stems[1]!)) {
      const lead = this.inQuestions.get(stems[0]!)?.find((e) => e.stems.length === 1)?.concepts.filter((c) => OUR_NUMBERS.has(c));
      if (lead && lead.length > 0) return [...lead];
    }
    hits.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const taken: boolean[] = [];
    const out: Concept[] = [];
    let covered = 0;
    for (const h of hits) {
      let free = true;
      for (let k = h.from; k < h.to; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = h.from; k < h.to; k++) taken[k] = true;
      covered += h.to - h.from;
      for (const c of h.concepts) if (!out.includes(c)) out.push(c);
    }
    const others = stems.filter((s, k) => !taken[k] && !FILLER_STEMS.has(s)).length;
    // A passive inside the alias itself ("Matters to be verified") reports nothing.
    // Nor does a negated one ("Things I have not verified yet").
    // "Stuff I haven't confirmed yet": the label keeps "haven't" as "haven t", its negation in the "t".
    const reports = tokens.some((t, k) => isPast(t.word) && !(taken[k] && (stems[k - 1] === 'be' || NEGATING_STEMS.has(stems[k - 1]!))));
    if (reports && !taken[0] && !(FILLER_STEMS.has(stems[0]!) && taken[1])) return [];
    return covered > 0 && others <= 6 ? out : [];
  }

  /** Whether the words after a label's comma are our own remark ("we stop here") that names no part but the label's. */
  private remarkOnly(head: string, remark: string): boolean {
    // …or a "not one more" after it: "Techo, ni un peso más", "Ceiling, not a cent more".
    if (!/^(?:we|i|we'll|i'll|we're|i'm|not|no|never|ni|nicht|kein|pas|nem|não|nao)\b/i.test(remark.trim())) return false;
    const own = this.map.get(normalizeLabel(head));
    if (!own || own.length === 0) return false;
    return this.matchContained(remark).every((c) => own.includes(c));
  }

  /**
   * "Your BATNA", "Your opening": a canvas or a coach's worksheet asks its author in the second person, and the part is the
   * author's own (the teaching-label guard keeps "How to set your walk-away" out).
   */
  private asked(norm: string): Concept[] | undefined {
    if (!norm.startsWith('your ')) return undefined;
    const found = this.map.get(norm.slice(5))?.filter((c) => !c.startsWith('counterpart'));
    return found && found.length > 0 ? found : undefined;
  }

  /**
   * "Ceiling price", "floor rate", "opening bid", "price target": a position's word with the noun of what it measures
   * (a CRM's field names are written so: `CeilingPrice`, `ceiling_rate__c`). Only the three numbers of our position.
   */
  private measured(norm: string): Concept[] | undefined {
    const words = norm.split(' ');
    if (words.length < 2 || words.length > 3) return undefined;
    const rest = words.filter((w) => !MEASURE_NOUNS.has(w));
    if (rest.length !== 1) return undefined;
    const found = this.map.get(rest[0]!)?.filter((c) => OUR_NUMBERS.has(c));
    return found && found.length > 0 ? found : undefined;
  }

  /** The built-in aliases' index as shipped ready-made (see engine/warm-start.ts). */
  ship(): ShippedVocabulary {
    return { map: [...this.map], contained: [...this.contained], inQuestions: [...this.inQuestions] };
  }

  private restore(table: ShippedVocabulary): void {
    for (const [key, concepts] of table.map) this.map.set(key, [...concepts]);
    for (const [key, list] of table.contained) this.contained.set(key, list.map((e) => ({ ...e, concepts: [...e.concepts] })));
    for (const [key, list] of table.inQuestions) this.inQuestions.set(key, list.map((e) => ({ ...e, concepts: [...e.concepts] })));
  }

  private add(key: string, concept: Concept): void {
    if (!key) return;
    const list = this.map.get(key);
    if (!list) this.map.set(key, [concept]);
    else if (!list.includes(concept)) list.push(concept);
  }

  /**
   * The concepts a short label or heading names. The whole label must be an
   * alias (give or take filler words and a parenthesis), so "How to set your
   * walk-away point" or "What is a BATNA?" name nothing.
   */
  match(written: string, options: { contained?: boolean } = {}): Concept[] {
    let label = written;
    let out = this.matchAny(label, options);
    // "walk awya", "targt", "bottem line": a label typed in a hurry is read as the words it misspells.
    const mended = out.length === 0 ? labelSpelling().mend(label) : undefined;
    if (mended) {
      out = this.matchAny(mended, options);
      label = mended;
    }
    // "Two moves, each only with something back", "3 trades": a count before the part's name.
    if (out.length === 0) {
      const counted = /^\s*(?:two|three|four|five|six|\d)\s+(?=\p{L}{3,}s\b)/iu.exec(label);
      if (counted) out = this.matchAny(label.slice(counted[0].length), options);
    }
    // "Offer, first and only", "Price, lowest": an index-style label puts its qualifier after a comma; read it in order.
    if (out.length === 0) {
      const inverted = /^\s*(\p{L}[\p{L}-]{2,20}),\s+([\p{L}\s-]{3,30}?)\s*:?\s*$/u.exec(label);
      if (inverted) out = this.matchAny(`${inverted[2]} ${inverted[1]}`, options);
    }
    // "Límite (walk-away)", "Tak (ceiling)": a gloss in brackets that names one of our positions says which one a word
    // of the plan's own language means, over the plainer reading of that word ("límite" as a constraint).
    const gloss = /\(([^()]{2,30})\)\s*:?\s*$/.exec(label);
    // "Stuff I'm not sure about (ask)": a verb in brackets tells the reader what to do, it glosses nothing.
    if (gloss && out.length > 0 && !out.some((c) => OUR_POSITION.has(c)) && !GLOSS_VERBS.has(normalizeLabel(gloss[1]!))) {
      const named = this.matchAny(gloss[1]!, { contained: false });
      if (named.some((c) => OUR_POSITION.has(c))) out = named;
    }
    // "What Murtagh are after", "What Explonor needs": the other side named in place of "they" says what they want.
    if (out.length === 0) {
      const named = NAMED_WANTS.exec(label);
      if (named) {
        const theirs = `${named[1]}they ${named[2]!.replace(/^(?:is|are)\b/i, 'are').replace(/^(need|want|care|value)s\b/i, '$1')}${label.slice(named[0].length)}`;
        out = this.matchAny(theirs, options);
      }
    }
    if (out.length === 0 && (NAMED_WANTS_OTHER.test(label) || NAMED_NEEDS_NORTH.test(label)) && !/^\W*(?:wir|we|wij|nous|noi|nosotros|ich|ik|je)\b/i.test(label)) out = ['needs'];
    // "Their ask", "Supplier's target", "The customer's opening": the other side's number, never our position.
    // "Walk-away deles (minha estimativa)", "Alternativa de ellos": our position's word with their side named after it, as
    // Portuguese and Spanish write it, is their position.
    if (out.length > 0 && namedTheirsAfter(label)) return [...new Set(out.map((c) => THEIR_TWIN[c] ?? c))].filter((c) => !OUR_POSITION.has(c));
    if (out.length > 0 && namesTheirSide(label)) return out.filter((c) => !OUR_POSITION.has(c));
    if (out.includes('walk-away') && LADDER_END.test(normalizeLabel(label))) return out.filter((c) => c !== 'walk-away');
    // "Open with what is already agreed", "Start with the common ground": how the meeting opens, when what it opens with is another part.
    if (out.includes('opening') && out.length > 1 && OPENS_MEETING_WITH.test(label)) return out.filter((c) => c !== 'opening');
    // "dirlo in apertura", "à dire en ouverture", "decirlo en la apertura": at the start of the meeting, not our first number.
    if (out.includes('opening') && AT_THE_OPENING.test(label)) return out.filter((c) => c !== 'opening');
    // "Entscheidungsbaum / decision tree", "Decision log": a tree of scenarios or a record of decisions names no one who decides.
    if (out.includes('decision-maker') && DECISION_THING.test(normalizeLabel(label))) return out.filter((c) => c !== 'decision-maker');
    return out;
  }

  private matchAny(label: string, options: { contained?: boolean }): Concept[] {
    if (label.length > 90) return [];
    // Plans repeat their labels (across a folder, and across an editor's versions of one plan): read each once.
    const key = options.contained === false ? `\u0000${label}` : label;
    let known = this.matched.get(key);
    if (!known) {
      known = this.matchNow(label, options);
      if (this.matched.size >= 20_000) this.matched.clear();
      this.matched.set(key, known);
    }
    return known.slice();
  }

  private matchNow(label: string, options: { contained?: boolean }): Concept[] {
    // A question asked in two languages ("P: ¿Qué podemos dar…? / What can we give, and what do we want back?") names
    // what either half names: together they are too long to read as one label.
    const halves = /\?\s*\/\s*\S/.test(label) ? label.split(/(?<=\?)\s*\/\s*/) : [];
    if (halves.length === 2) {
      const qa = /^\s*(?:Q|P|V|F|D|Question|Pregunta|Pergunta|Domanda|Vraag|Frage)\s*\d*\s*[:.)]\s*/i.exec(halves[0]!);
      const out: Concept[] = [];
      // A Q&A marker before the first half marks the second too.
      const asked = qa ? [`Q: ${halves[0]!.slice(qa[0].length)}`, `Q: ${halves[1]}`] : halves;
      for (const half of asked) for (const c of this.matchNow(half, options)) if (!out.includes(c)) out.push(c);
      return out;
    }
    // A question names a concept when it is a plan's Q&A ("Q. Who decides?") or asks about ours
    // ("What's our walk-away?"), not when a guide asks "What is a BATNA?".
    if (/\?\s*$/.test(label)) {
      // "give-list?", "numbers?": a chat's one-word question names the part the answer under it fills.
      const bare = label.replace(/\?\s*$/, '').trim();
      if (bare.split(/\s+/).length <= 2) {
        const exact = this.map.get(normalizeLabel(bare));
        if (exact) return [...exact];
      }
      // "Q:", and "P:" / "Pregunta" / "Pergunta", "F:" / "Frage", "D:" / "Domanda", "V:" / "Vraag" in the languages plans are written in.
      const qa = /^\s*(?:Q|Question|P|Pregunta|Pergunta|F|Frage|D|Domanda|V|Vraag)\s*\d*\s*[:.)]\s*/i.exec(label);
      // "Q : Où s'arrête-t-on ?": a question that is itself a name of the part, as written ("ou s arrete t on").
      const asked = this.map.get(normalizeLabel(label.slice(qa ? qa[0].length : 0).replace(/\?\s*$/, '')));
      if (qa && asked) return [...asked];
      let found = this.matchContained(label.slice(qa ? qa[0].length : 0).replace(/\?\s*$/, ''), true);
      // "And when does this get decided?" asks for a date, not for who decides.
      if (/\b(?:when|how soon|what date|which date)\b/i.test(label) && !/\bwho(?:m|se)?\b/i.test(label)) found = found.filter((c) => c !== 'decision-maker');
      // A prep questionnaire asks its author in the second person ("What will you open with, and why that number?").
      if (qa || /\b(?:our|we|we're|we’re|us|I|my|you|your)\b/i.test(label) || tokenize(label).some((t) => OUR_POSSESSIVE_WORDS.has(t.word) || saysWe(t))) return found;
      // "Is there money for it?", "Who decides?": a question about the deal names who, when, with what money and why
      // in any voice. Our position needs our voice ("What is a BATNA?" teaches; it takes no position).
      return found.filter((c) => ABOUT_THEM.has(c));
    }
    const withoutParens = label.replace(/\([^)]*\)/g, ' ');
    // "OPEN WHY:", "Target rationale", "Walk-away logic": the reason for a position, not the position.
    if (REASON_TAIL.test(withoutParens)) {
      const trimmed = withoutParens.trimEnd();
      const head = trimmed.slice(0, Math.max(0, trimmed.lastIndexOf(' ')));
      if (this.matchNow(head, { contained: false }).some((c) => OUR_NUMBERS.has(c))) return [];
    }
    // "Reserve steps, only against something in return", "3.5 Planned steps above the opening, each only against a
    // return": a remark after the comma qualifies the label; the head names the part.
    const remarked = /^([^,]{2,60}),\s*(.+)$/.exec(withoutParens);
    // "Ceiling, we stop here": a remark that names nothing else says more about the same part.
    if (remarked && (REMARK_START.test(remarked[2]!.trim()) || this.remarkOnly(remarked[1]!, remarked[2]!))) {
      const head = this.matchNow(remarked[1]!, options);
      // "Opening, which is also our final offer": the remark may name a second part the value belongs to.
      if (head.length > 0) return [...new Set([...head, ...this.matchNow(remarked[2]!.replace(REMARK_START, ''), options)])];
    }
    // "ladder if they haggle", "Concessions if pushed", "Ladder after BAFO": a part's one- or two-word name, then the case or stage it is for.
    const cased = /^\s*([\p{L}-]+(?:\s[\p{L}-]+)?)\s+(?:if|when|once|should|in case|after|past|beyond)\s+\S.*$/iu.exec(withoutParens);
    if (cased && options.contained !== false) {
      const head = this.map.get(normalizeLabel(cased[1]!))?.filter((c) => c === 'concessions');
      if (head && head.length > 0) return [...head];
    }
    const out: Concept[] = [];
    const tryKey = (text: string): boolean => {
      const norm = normalizeLabel(text);
      const hit = this.map.get(norm) ?? this.map.get(stripFillers(norm)) ?? this.measured(stripFillers(norm)) ?? this.asked(norm);
      if (hit) for (const c of hit) if (!out.includes(c)) out.push(c);
      return Boolean(hit);
    };
    // "Pénz / our money and who signs", "Mit akarnak ők / what the dealer wants and when": a label in two languages is
    // read half by half, each as a label of its own.
    const whole = tryKey(withoutParens);
    // "底線 ceiling", "交渉の余地 concessions": a label in two scripts is read by its Latin words when the rest names nothing.
    if (!whole && OTHER_SCRIPT.test(withoutParens)) {
      const latin = withoutParens.replace(OTHER_SCRIPT_RUN, ' ').trim();
      if (/\p{Script=Latin}{2}/u.test(latin)) {
        const found = this.matchNow(latin, options);
        if (found.length > 0) return found;
      }
      // "10. 확인할 가정 (Assumptions to verify in the meeting)": a title in another script glossed in English in brackets.
      const gloss = /\(([^()]{2,60})\)\s*$/.exec(label)?.[1];
      if (gloss && !/\p{Script=Latin}{2}/u.test(latin.replace(/^[\d.\s]+/, ''))) {
        const found = this.matchNow(gloss, options);
        if (found.length > 0) return found;
      }
    }
    const languages = withoutParens.split('/');
    if (!whole && languages.length === 2 && /\s$/.test(languages[0]!) && /^\s/.test(languages[1]!)) {
      const halves = personAfterName(languages[0]!, languages[1]!) ? [languages[0]!] : languages;
      for (const half of halves) for (const c of this.matchNow(half, { contained: false })) if (!out.includes(c)) out.push(c);
      if (out.length > 0) return out;
    }
    if (!whole) {
      // "Walk-away & BATNA", "Target / opening", "Timeline and budget"
      // "Quién decide, con qué plata y cuándo", "Quem decide, orçamento e prazos": "and" in the plan's language too.
      const parts = withoutParens.split(/(?:&|\/|\+|,|;|\band\b|(?<![\p{L}])(?:und|et|y|e)(?![\p{L}])|\bvs\.?(?![\p{L}]))/iu).map((p) => p.trim()).filter(Boolean);
      if (parts.length > 1) {
        const before = out.length;
        let all = true;
        // "Opening and why", "Target & rationale": the reason beside a position names no part of its own.
        // Who, when and how much stand for their parts only together: two of them at least.
        const three = parts.length >= 3 || new Set(parts.map((part) => PART_OF_THREE.get(normalizeLabel(part))).filter(Boolean)).size >= 2;
        // "Questions for Marit / Anders": a first name listed after another name is a person, not "otherwise".
        const named = (part: string, k: number) => k > 0 && personAfterName(parts[k - 1]!, part);
        for (const [k, part] of parts.entries()) all = (named(part, k) || REASON_PART.test(part) || tryKey(part) || (three && partOfThree(part, out))) && all;
        // A bilingual label is read by its known half ("Plancher / floor", "Schmerzgrenze / walk-away"):
        // the other half is one foreign word standing beside it.
        const bilingual = /\//.test(withoutParens) && parts.length === 2 && parts.some((p) => !/\s/.test(p.trim()));
        // "Opening, already on the table": a remark after the comma qualifies the label, it names nothing of its own.
        const remark = parts.length === 2 && /,/.test(withoutParens) && REMARK_START.test(parts[1]!) && out.length > before;
        if (!all && !(bilingual && out.length > before) && !remark) out.splice(before);
      }
    }
    if (out.length > 0 || options.contained === false) return out;
    const contained = this.matchContained(withoutParens);
    if (contained.length > 0) return contained;
    // "Check (assumptions)": a short title whose parenthesis names what the part holds.
    // "What we do not know yet (assumptions to verify)": a longer title whose parenthesis is the part's own name.
    // "Jōho no kaidan (concession ladder), each step only in exchange for something": a remark may follow the gloss.
    const inParens = /^([^()]*)\(([^()]{2,40})\)\s*(?:$|[,;:—–]\s*\S[^()]*(?:\([^()]*\)[^()]*)?$)/.exec(label);
    if (!inParens) return [];
    const named = this.matchAny(inParens[2]!, { contained: false });
    if (inParens[1]!.trim().split(/\s+/).length <= 3 && named.length > 0) return named;
    // "Wenn wir keinen Abschluss bekommen (unsere Alternative)", "Si nos retiramos (nuestra alternativa)": a gloss that
    // says "our …" in any language names the part, however long the title before it.
    const gloss = inParens[2]!.trim().split(/\s+/);
    if (gloss.length >= 2 && OUR_POSSESSIVE_WORDS.has(gloss[0]!.toLowerCase()) && inParens[1]!.trim().split(/\s+/).length <= 10) {
      const own = this.matchAny(gloss.slice(1).join(' '), { contained: false });
      if (own.length > 0) return own;
    }
    if (inParens[1]!.trim().split(/\s+/).length <= 3) return named;
    // "Nếu không bán được cho Van der Meer (plan B)", "If the Lisbon site says no (fallback)": a title that opens on a
    // case, glossed with the name of our alternative, heads what we do then.
    // "Kalau deal nggak jalan (BATNA)": BATNA names both, and after a case it is what we do then.
    if (named.includes('alternative') && CASE_WORD.test(inParens[1]!) && inParens[1]!.trim().split(/\s+/).length <= 12) return ['alternative'];
    return inParens[1]!.trim().split(/\s+/).length <= 8 && named.length === 1 && named[0] === 'assumptions' ? named : [];
  }

  /** `walkAway`, `walk_away`, `counterpartAlternative` → concepts. */
  matchKey(key: string): Concept[] {
    return this.match(keyWords(key));
  }
}

/** A frontmatter key as the words of a label: "openingWhy", "opening_rationale" → "opening Why", "opening rationale". */
export function keyWords(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');
}
