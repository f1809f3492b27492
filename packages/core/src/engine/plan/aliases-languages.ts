/**
 * Label names for the parts of a plan in French, Italian, German, Dutch and, where the English table is thin, Spanish
 * and Portuguese: "Seuil de rupture", "Su cosa siamo già allineati", "Worüber wir uns einig sind", "Als we niet gegund
 * worden". Written as `normalizeLabel` writes them (lower case, no accents, apostrophes as spaces; a leading single
 * letter is read as list lettering, so "À dire d'emblée" is `dire d emblee`). Kept apart from the English aliases so
 * each table stays readable and a language is one place to extend.
 */
import type { Concept } from './concepts.js';

export const OTHER_LANGUAGE_ALIASES: Partial<Record<Concept, readonly string[]>> = {
  'walk-away': [
    // "Massimo che paghiamo", "Lo máximo que pagamos", "Mehr zahlen wir nicht": the most we pay, said in the plan's language.
    'massimo che paghiamo', 'il massimo che paghiamo', 'massimo che possiamo pagare', 'minimo che accettiamo', 'il minimo che accettiamo',
    'lo máximo que pagamos', 'máximo que pagamos', 'lo maximo que pagamos', 'maximo que pagamos', 'lo mínimo que aceptamos', 'mínimo que aceptamos',
    'le maximum que nous payons', 'maximum que nous payons', 'le maximum qu on paie', 'le minimum que nous acceptons', 'le minimum qu on accepte',
    'mehr zahlen wir nicht', 'maximal zahlen wir', 'weniger nehmen wir nicht', 'o máximo que pagamos', 'máximo que pagamos', 'o mínimo que aceitamos',
    'meer betalen we niet', 'maximaal betalen we', 'minder accepteren we niet',
    // "Max. bedrag: flexibel…", "Höchstbetrag", "importo massimo", "montant maximum": the most we pay, by its name.
    'max bedrag', 'maximaal bedrag', 'maximumbedrag', 'maximum bedrag', 'höchstbetrag', 'hoechstbetrag', 'maximalbetrag', 'importo massimo', 'montant maximum', 'montant maximal', 'importe máximo', 'importe maximo', 'valor máximo', 'valor maximo',
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'nasz sufit', 'sufit cenowy', 'lagsta niva', 'lagsta pris', 'vart golv', 'vores bund', 'laveste pris', 'hoyeste pris', 'alaraja', 'kipuraja', 'minimihinta', 'enimmaishinta', 'nasza granica', 'ponizej ktorego rezygnujemy', 'powyzej ktorego rezygnujemy', 'ponizej ktorej rezygnujemy', 'powyzej ktorej rezygnujemy', 'gorna granica', 'dolna granica', 'granica cenowa', 'cena minimalna', 'cena maksymalna', 'var smartgrans', 'var grense',
    'seuil', 'seuil de rupture', 'notre limite', 'limite basse', 'limite haute', 'prix limite', 'ligne rouge', 'ou s arrete t on', 'ou on s arrete',
    'jusqu ou on peut descendre', 'jusqu ou peut on descendre', 'jusqu ou on peut monter', 'tetto massimo', 'tetto', 'prezzo limite',
    'limite massimo', 'limite minimo', 'soglia minima', 'soglia massima', 'il nostro limite', 'linea rossa', 'fin dove scendiamo',
    'fin dove possiamo scendere', 'fin dove saliamo', 'unsere grenze', 'wo ist unsere grenze', 'rote linie', 'preisuntergrenze', 'preisobergrenze',
    'grenzpreis', 'ausstiegspreis', 'darunter gehen wir nicht', 'mehr zahlen wir nicht', 'grens', 'waar stoppen we', 'tot waar gaan we',
    'hoe ver gaan we', 'hoe laag gaan we', 'rode lijn', 'prijsgrens',
    // Spanish and Portuguese: "Suelo", "¿Cuál es nuestro piso?", "O nosso teto", "Hasta dónde bajamos"; French "Notre plancher".
    'suelo', 'piso', 'techo', 'nuestro suelo', 'nuestro piso', 'nuestro techo', 'mi piso', 'mi suelo', 'mi techo', 'nosso piso', 'o nosso piso', 'nosso teto', 'o nosso teto', 'nosso limite', 'linea roja', 'linha vermelha', 'hasta donde bajamos', 'hasta donde llegamos', 'hasta donde podemos llegar', 'hasta donde podemos bajar', 'ate onde descemos', 'ate onde vamos', 'ate onde podemos ir', 'ate onde podemos descer', 'minimo absoluto', 'maximo absoluto', 'nuestro minimo', 'nuestro maximo', 'nosso minimo', 'nosso maximo', 'punto de ruptura', 'ponto de ruptura', 'notre plancher', 'notre plafond', 'prix plancher', 'prix plafond', 'point de rupture',
  ],
  alternative: [
    // The Q&A question in Italian: "E se ci alziamo, che cosa facciamo?" ("and if we get up from the table, what do we do?").
    'e se ci alziamo che cosa facciamo', 'se ci alziamo che cosa facciamo', 'e se ci alziamo cosa facciamo', 'se ci alziamo cosa facciamo', 'se salta cosa facciamo', 'e se salta',
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'om vi inte far avtalet', 'om vi inte blir overens', 'om vi inte kommer overens', 'jesli nie dojdziemy do porozumienia', 'jesli nie ma zgody', 'jezeli nie bedzie porozumienia', 'hvis vi ikke blir enige', 'hvis vi ikke bliver enige', 'hvis vi ikke far aftalen', 'hvis vi ikke far avtalen', 'jos emme paase sopimukseen', 'vaihtoehtomme',
    'anders', 'sonst', 'altrimenti', 'sinon',
    'se usciamo dalla trattativa', 'se usciamo', 'wenn wir absagen', 'falls wir nicht abschliessen', 'falls wir nicht abschließen', 'wenn wir nicht abschließen', 'als we niet gegund worden',
    'si on n arrive pas a un accord', 'si on ne trouve pas d accord', 'sans accord', 'en l absence d accord', 'notre alternative',
    'solution de repli', 'mesore', 'si ca echoue', 'si le deal ne se fait pas', 'et sinon', 'se non c e accordo', 'se non troviamo un accordo',
    'se non firmiamo', 'se salta', 'se la trattativa salta', 'senza accordo', 'piano b', 'plano b', 'soluzione di ripiego', 'maan',
    'wenn wir nicht zum zug kommen', 'wenn wir aussteigen', 'wenn wir gehen', 'wenn wir abbrechen', 'wenn wir keine einigung finden', 'ohne einigung',
    'wenn wir uns nicht einigen', 'unsere alternative', 'wenn der deal platzt', 'wenn sie nein sagen', 'als we niet tekenen', 'als we weglopen',
    'als ze nee zeggen', 'als we er niet uitkomen', 'geen akkoord', 'zo niet', 'als het afspringt', 'als de deal afspringt', 'si no hay acuerdo',
    'si nos retiramos', 'se sairmos sem acordo',
    // "Si ce n'est pas nous", "Se não for a gente", "Si no somos nosotros": not being chosen, as the heading of what we then do.
    'si ce n est pas nous', 'si ce n est pas nous qui', 'si on ne nous choisit pas', 'si ils choisissent un autre', 'si no somos nosotros', 'si no nos eligen', 'si no es con nosotros', 'se nao for a gente', 'se nao formos nos', 'se nao nos escolherem', 'se nao for connosco', 'se nao for conosco', 'se non siamo noi', 'se non ci scelgono', 'wenn nicht wir', 'wenn sie uns nicht nehmen', 'als wij het niet worden', 'als ze ons niet kiezen', 'nuestra alternativa', 'nossa alternativa', 'a nossa alternativa', 'plan alternativo', 'plano alternativo',
    'si ca ne marche pas', 'si ca ne fonctionne pas', 'si no funciona', 'si no sale', 'se nao der certo', 'se nao funcionar', 'se non funziona', 'wenn es nicht klappt', 'als het niet lukt',
  ],
  target: [
    // "Hva er målet?", "Vad är målet?", "Hvad er målet?", "Mitä tavoittelemme?".
    'hva er malet', 'vad ar malet', 'hvad er malet', 'malet', 'mita tavoittelemme', 'tavoite',
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'malbild', 'mal', 'malpris', 'cel', 'cena docelowa', 'tavoite', 'tavoitehinta', 'onsket resultat', 'vart mal', 'nasz cel',
    'prix vise', 'ce qu on vise', 'ce que l on vise', 'resultat vise', 'accord vise', 'ou on veut atterrir', 'zone d atterrissage', 'prix ideal',
    'ce qu on espere obtenir', 'prezzo ideale', 'dove vogliamo arrivare', 'dove vogliamo chiudere', 'dove vogliamo atterrare', 'cosa puntiamo',
    'risultato atteso', 'prezzo a cui puntiamo', 'zielwert', 'angestrebter preis', 'wunschpreis', 'wo wir landen wollen', 'wo wollen wir landen',
    'was wir erreichen wollen', 'verhandlungsziel', 'angestrebtes ergebnis', 'preisziel', 'zielkorridor', 'anvisierter preis', 'streefbedrag',
    'beoogde prijs', 'waar we willen uitkomen', 'waar willen we uitkomen', 'waar willen we landen', 'waar we op mikken', 'mikpunt',
    'gewenste uitkomst', 'beoogd resultaat', 'onderhandelingsdoel', 'precio meta', 'donde queremos cerrar', 'onde queremos chegar',
    // "¿Adónde queremos llegar?", "Onde queremos chegar", "Où veut-on arriver".
    'adonde queremos llegar', 'a donde queremos llegar', 'donde queremos llegar', 'donde queremos cerrar', 'donde queremos terminar', 'onde queremos chegar', 'onde queremos fechar', 'onde queremos ficar', 'ou on veut arriver', 'ou voulons nous arriver', 'ou on veut finir', 'ou on veut conclure', 'precio meta', 'nuestra meta', 'nossa meta', 'o nosso alvo',
  ],
  opening: [
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'otwarcie', 'oferta otwarcia', 'pierwsza oferta', 'avaus', 'avaustarjous', 'apning', 'apningsbud', 'abning', 'oppning', 'startbud', 'vart forste bud', 'vart forsta bud',
    // Czech: "Otevření:", "Úvodní cena", "Vstupní nabídka".
    'otevreni', 'uvodni cena', 'vstupni nabidka', 'vstupni cena',
    // The question a Scandinavian Q&A asks: "Hva åpner vi med?", "Vad öppnar vi med?", "Hvad åbner vi med?".
    'hva apner vi med', 'vad oppnar vi med', 'hvad abner vi med', 'hva apner vi pa', 'hvad starter vi med', 'vad borjar vi med', 'hva starter vi med',
    'quel prix annonce t on en premier', 'quel prix annonce t on', 'on annonce quel prix', 'quale prezzo diamo per primo', 'welchen preis nennen wir zuerst', 'welke prijs noemen we eerst',
    'offre de depart', 'proposition initiale', 'premiere proposition', 'prix d ancrage', 'ancrage', 'on ouvre a combien', 'combien on ouvre',
    'proposition de depart', 'premier chiffre', 'proposta iniziale', 'prima proposta', 'da quanto partiamo', 'prezzo di ancoraggio', 'ancoraggio',
    'richiesta iniziale', 'da dove partiamo', 'einstiegsangebot', 'eroffnungspreis', 'ausgangspreis', 'startpreis', 'ankerpreis', 'erste forderung',
    'eroffnungsposition', 'erstes anbot', 'womit wir einsteigen', 'openingsaanbod', 'eerste aanbod', 'eerste voorstel', 'beginprijs', 'startbod',
    'beginbod', 'onze vraagprijs', 'met welk bod openen we', 'ankerprijs', 'openingspositie', 'proposta inicial', 'primeira proposta',
    // "¿Con cuánto salimos?", "Proposta que vamos mandar", "Prix présenté": the first number we put down.
    'con cuanto salimos', 'con que salimos', 'con cuanto abrimos', 'con que abrimos', 'salimos con', 'propuesta que vamos a enviar', 'propuesta que enviamos', 'la propuesta que mandamos', 'propuesta que vamos a mandar', 'proposta que vamos mandar', 'proposta que vamos enviar', 'proposta que mandamos', 'proposta enviada', 'com quanto abrimos', 'com quanto saimos', 'com que abrimos', 'nossa abertura', 'a nossa abertura', 'prix presente', 'prix annonce', 'avec quoi on ouvre', 'on ouvre avec', 'prix de depart', 'con quanto apriamo', 'womit steigen wir ein', 'waarmee openen we',
    // The verb as a label, in the first person: "Abrimos: $18.60", "Abrimos con:", "On ouvre à :", "Wir starten mit:".
    'abrimos', 'abrimos con', 'abrimos en', 'abrimos com', 'abrimos a', 'abrimos em', 'salimos', 'on ouvre', 'on ouvre a', 'nous ouvrons a', 'apriamo', 'apriamo a', 'wir starten mit', 'wir steigen ein mit', 'we openen met', 'we openen op',
  ],
  concessions: [
    // A buyer's moves up in German: "Was wir drauflegen – und wofür", "Wir legen drauf".
    'was wir drauflegen', 'drauflegen', 'wir legen drauf', 'was wir drauflegen und wofur',
    // The steps of a ladder by their own names: "Subidas", "Bajadas", "Escalones", "Stappen", "Paliers", "Stufen" (not French "Marches", which reads as the month).
    'subidas', 'bajadas', 'escalones', 'stappen', 'paliers', 'stufen', 'degraus',
    // Indonesian and Malay: "Konsesi", "Konsesi kami".
    'konsesi', 'konsesi kami',
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'det vi kan ge', 'ustepstwa', 'drabinka ustepstw', 'drabinka', 'nasze ustepstwa', 'myonnytykset', 'indrommelser', 'innrommelser', 'eftergifter', 'co mozemy dac', 'mita voimme antaa',
    'marges de manoeuvre', 'marges de manœuvre', 'marge de manoeuvre', 'nos contreparties', 'en contrepartie', 'monnaie d echange',
    'ce qu on peut accorder', 'ce qu on lache', 'ce qu on demande en echange', 'donnant donnant', 'margini di manovra', 'margine di trattativa',
    'cosa possiamo cedere', 'cosa chiediamo in cambio', 'contropartite', 'do ut des', 'merce di scambio', 'leve negoziali', 'konzessionen',
    'verhandlungsspielraum', 'unser spielraum', 'gegenleistungen', 'gegenleistung', 'was wir im gegenzug verlangen', 'verhandlungsmasse',
    'geben und nehmen', 'wo wir nachgeben konnen', 'toegeven', 'wat we kunnen toegeven', 'toegevingen', 'onderhandelingsruimte', 'speelruimte',
    'wat we ervoor terug willen', 'geven en nemen', 'voor wat hoort wat', 'tegenprestatie', 'wat kunnen we lossen', 'margen de maniobra',
    'contrapartidas', 'margem de manobra',
    // "Cedências", "Margen para ceder", "¿Qué más podemos ceder?", "Descidas": the moves we can make.
    'cedencias', 'cedencias possiveis', 'concesiones posibles', 'margen para ceder', 'que podemos ceder', 'que mas podemos ceder', 'lo que podemos soltar', 'margem para ceder', 'o que mais podemos ceder', 'descidas', 'bajadas', 'rebajas posibles', 'escalera de concesiones', 'escada de concessoes', 'concessions possibles', 'ce qu on peut lacher', 'ce qu on peut ceder encore',
  ],
  constraints: [
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'begrensninger vi legger frem tidlig', 'begransningar', 'begraensninger', 'ograniczenia', 'od razu na stole', 'rajoitteet', 'det vi sager direkt', 'det vi siger med det samme',
    'vooraf zeggen', 'vooraf melden', 'vorab sagen', 'dire d avance', 'da dire prima',
    'dire d emblee', 'dire d entree', 'annoncer d emblee', 'annoncer des le debut', 'non negociables', 'non negociable', 'points non negociables',
    'imperatifs', 'incontournables', 'ce qu on ne peut pas changer', 'ce qui n est pas negociable', 'da dire subito', 'da comunicare subito',
    'da mettere subito sul tavolo', 'paletti', 'non negoziabile', 'non negoziabili', 'punti non negoziabili', 'vorab offenlegen', 'vorab klarstellen',
    'was wir fruh offenlegen', 'was wir von anfang an offenlegen', 'nicht verhandelbar', 'unverhandelbar', 'interne vorgaben', 'randbedingungen',
    'sachzwange', 'was wir nicht andern konnen', 'leitplanken', 'vooraf melden', 'vooraf aangeven', 'meteen op tafel leggen', 'niet onderhandelbaar',
    'harde voorwaarden', 'vaste kaders', 'wat we niet kunnen veranderen', 'no negociable', 'innegociables', 'nao negociavel', 'inegociaveis',
    // "Lo que les decimos desde el principio", "Dito logo à partida", "Ce que nous annonçons dès la présentation": what we say first.
    'lo que les decimos desde el principio', 'lo que decimos desde el principio', 'lo que decimos de entrada', 'que les avisamos de entrada', 'lo que avisamos de entrada', 'dicho desde el principio', 'o que avisamos ja', 'o que dizemos logo de inicio', 'o que dizemos logo a partida', 'dito logo a partida', 'dito logo de inicio', 'ce que nous annoncons des la presentation', 'ce que nous annoncons d emblee', 'ce qu on annonce d emblee', 'ce qu on dit d emblee', 'ce qu on dit d entree',
  ],
  'price-challenge': [
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'nar de sager att vi ar for dyra', 'gdy powiedza ze jestesmy za drodzy', 'kun sanotaan etta olemme kalliita', 'nar de siger vi er for dyre', 'nar de sier at vi er for dyre', 'zastrzezenie cenowe', 'prisinvandning', 'innvendingen',
    'objection prix', 'objection sur le prix', 'objection tarifaire', 's ils disent que c est trop cher', 'si on nous dit trop cher',
    'si on nous dit c est trop cher', 'si on nous dit qu on est trop cher', 'quand ils disent que c est trop cher', 'traitement des objections',
    's ils demandent une remise', 'le concurrent est moins cher', 'obiezione sul prezzo', 'obiezioni sul prezzo', 'obiezioni previste',
    'se dicono che il prezzo e troppo alto', 'se dicono che costa troppo', 'se dicono che siamo cari', 'gestione delle obiezioni',
    'se chiedono uno sconto', 'einwand preis', 'preiseinwand', 'preis einwand', 'preiseinwande', 'einwandbehandlung', 'erwartete einwande',
    'wenn sie sagen wir sind zu teuer', 'wenn sie sagen zu teuer', 'preisdruck', 'wenn sie sagen das sei zu teuer', 'prijsbezwaar',
    'als ze zeggen dat we te duur zijn', 'als ze zeggen te duur', 'bezwaarbehandeling', 'verwachte bezwaren', 'prijsdruk', 'als ze korting vragen',
    'objecion de precio', 'si dicen que es caro', 'si nos dicen que somos caros', 'si dicen que estamos caros',
    // "Si nos dicen que es caro", "Se disserem que está caro", "¿Qué hacemos si dicen que estamos caros?".
    'si nos dicen que es caro', 'que hacemos si dicen que estamos caros', 'si dicen que somos caros', 'cuando digan que es caro', 'se disserem que esta caro', 'se disserem que e caro', 'se disserem que estamos caros', 'quando disserem que e caro', 'objeciones de precio', 's ils disent que c est cher', 's ils trouvent ca cher',
  ],
  'common-ground': [
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'faelles fodslag', 'faelles fodfaeste', 'faelles grund', 'felles grunn', 'gemensam grund', 'gemensamma mal', 'yhteinen pohja', 'spolny grunt', 'wspolne cele', 'spolecny zaklad', 'na cem se shodneme', 'na cem jsme se shodli',
    'redan overens', 'overens sedan tidigare', 'det vi ar overens om', 'juz uzgodnione', 'co juz uzgodnilismy', 'aftalt i forlobet', 'allerede aftalt', 'allerede enige om', 'det vi er enige om', 'jo sovittu', 'yhteista', 'mista olemme samaa mielta', 'wspolny cel', 'wspolne cele',
    'punti gia condivisi', 'punti condivisi', 'gia condiviso', 'points deja partages', 'points partages', 'bereits geteilt', 'gemeinsame punkte',
    'sur quoi est on deja d accord', 'sur quoi est on d accord', 'su cosa siamo gia d accordo', 'worin sind wir uns schon einig', 'waarover zijn we het al eens',
    'waar we samen staan', 'waar we elkaar vinden', 'wo wir zusammen stehen', 'ou on se rejoint', 'dove ci troviamo',
    'al eens', 'al afgesproken', 'schon einig', 'deja d accord', 'gia d accordo',
    'eens over', 'het eens over', 'al eens over', 'wat al vastligt',
    'ce sur quoi on est d accord', 'ce sur quoi on s est deja entendus', 'points d accord', 'ce qui est deja acte', 'deja acte', 'interets communs',
    'points de convergence', 'ce qu on veut tous les deux', 'sur quoi on est alignes', 'su cosa siamo gia allineati', 'su cosa siamo allineati',
    'dove siamo allineati', 'punti di accordo', 'in cosa siamo gia d accordo', 'interessi comuni', 'obiettivi comuni', 'obiettivi condivisi',
    'cosa ci unisce', 'cosa vogliamo entrambi', 'woruber wir uns einig sind', 'wo wir ubereinstimmen', 'ubereinstimmungen', 'bereits vereinbart',
    'bereits geeinigt', 'was bereits geklart ist', 'schon geklart', 'beruhrungspunkte', 'schnittmenge', 'was beide wollen', 'wat we gemeen hebben',
    'wat we al delen', 'gedeelde belangen', 'al overeengekomen', 'al afgeklopt', 'wat we allebei willen', 'waar we het eens over zijn',
    'en lo que coincidimos', 'puntos de acuerdo', 'intereses comunes',
    'en que ya estamos de acuerdo', 'lo que compartimos', 'lo que ya compartimos', 'ya acordado', 'onde ja concordamos', 'o que ja esta acordado', 'o que ja temos em comum', 'o que ja concordamos', 'pontos em comum',
    'ar overens', 'vi overens', 'einig sind', 'wir einig', 'uns einig', 'la ou on s entend deja', 'ou on s entend deja', 'ce sur quoi on s entend', 'donde ya coincidimos', 'onde ja nos entendemos',
  ],
  'decision-maker': [
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'beslutning', 'beslut', 'godkjenner og signerer', 'godkanner och skriver under', 'decyzja', 'kto decyduje', 'paatos', 'paattaa', 'paattaja', 'beslutter', 'beslutsfattare',
    // "Päättäjät, aikataulu, budjetti", "Kto decyduje", "Kdo rozhoduje": who decides, in a heading that names more.
    'paattajat', 'kuka paattaa', 'kdo rozhoduje', 'rozhoduje', 'hvem beslutter', 'hvem bestemmer', 'vem beslutar', 'vem bestammer',
    'beslist', 'entscheidet', 'decide', 'decide e firma', 'decide y firma', 'entscheidet und unterschreibt', 'beslist en tekent',
    'besluit', 'wie besluit', 'entscheidung durch',
    'decideur', 'decideurs', 'decideur final', 'qui signe', 'signataire', 'signataires', 'qui tranche', 'qui valide', 'qui a le dernier mot',
    'decisionnaire', 'decisore', 'decisori', 'chi firma', 'firmatario', 'chi ha l ultima parola', 'chi approva', 'responsabile della decisione',
    'potere di firma', 'entscheidungstrager', 'wer unterschreibt', 'unterzeichner', 'zeichnungsberechtigt', 'zeichnungsberechtigter',
    'wer hat das letzte wort', 'entscheidungsbefugnis', 'wer zeichnet', 'wer gibt frei', 'beslissingsnemer', 'beslissingnemer', 'besluitvormer',
    'besluitnemer', 'wie ondertekent', 'ondertekenaar', 'wie heeft het laatste woord', 'tekenbevoegd', 'wie hakt de knoop door', 'decisor',
    'quien firma', 'quem bate o martelo',
    'quien decide', 'quien decide y cuando', 'quem assina', 'quem decide e quando', 'chi decide', 'wer entscheidet', 'wie beslist',
  ],
  timeline: [
    'retroplanning', 'dates cles', 'jalons', 'date de decision', 'date de signature', 'date butoir', 'date limite', 'quand ca se decide',
    'date de demarrage', 'cronoprogramma', 'date chiave', 'scadenza', 'data di decisione', 'data di firma', 'entro quando decidono',
    'quando decidono', 'termine ultimo', 'data di avvio', 'zeitschiene', 'meilensteine', 'wichtige termine', 'entscheidungstermin',
    'entscheidungszeitpunkt', 'stichtag', 'bis wann entscheiden sie', 'wann wird entschieden', 'terminplan', 'zeitlicher rahmen', 'tijdspad',
    'tijdslijn', 'mijlpalen', 'belangrijke data', 'beslisdatum', 'beslissingsdatum', 'uiterste datum', 'wanneer beslissen ze', 'tijdschema', 'hitos',
    'datas importantes', 'data de decisao',
    'plazo', 'plazos', 'prazo', 'prazos', 'calendario', 'cronograma', 'fechas clave', 'datas chave', 'echeancier',
  ],
  budget: [
    // Money as Latin-American speech calls it: "Plata:", "con qué plata".
    'plata', 'la plata', 'con que plata', 'grana',
    'ligne budgetaire', 'combien ils ont', 'de combien ils disposent', 'budget alloue', 'budget valide', 'enveloppe disponible', 'stanziamento',
    'fondi disponibili', 'quanto possono spendere', 'quanto hanno a disposizione', 'capacita di spesa', 'copertura finanziaria', 'budget stanziato',
    'budgetrahmen', 'budgetfreigabe', 'finanzrahmen', 'wie viel geld haben sie', 'wie viel sie ausgeben konnen', 'budgetlage', 'haushaltsmittel',
    'investitionsbudget', 'verfugbares budget', 'freigegebenes budget', 'hoeveel kunnen ze uitgeven', 'hoeveel geld is er', 'budgetruimte',
    'beschikbaar budget', 'goedgekeurd budget', 'verba', 'verba disponivel', 'quanto podem gastar', 'cuanto pueden gastar', 'presupuesto disponible',
    'orcamento disponivel',
    // "¿Tienen la plata?", "Dinheiro": the money, as the writer says it.
    'tienen la plata', 'hay plata', 'la plata', 'tienen el dinero', 'hay presupuesto', 'tem dinheiro', 'ha dinheiro', 'dinheiro', 'financiacion', 'financiamento', 'avec quel argent',
    'financement',
  ],
  needs: [
    'ce que le client veut', 'ce que veut le client', 'attentes du client', 'leurs attentes', 'enjeux du client', 'leurs enjeux',
    'ce qui compte pour eux', 'leurs priorites', 'points de douleur', 'ce qu ils attendent', 'cosa cercano', 'esigenze', 'esigenze del cliente',
    'cosa vuole il cliente', 'aspettative del cliente', 'priorita del cliente', 'cosa conta per loro', 'punti dolenti', 'was der kunde will',
    'was sie wollen', 'kundenbedarf', 'kundenbedurfnisse', 'anforderungen', 'kundenanforderungen', 'erwartungen des kunden', 'was ihnen wichtig ist',
    'worauf es ihnen ankommt', 'schmerzpunkte', 'wat ze willen', 'wat de klant wil', 'klantbehoeften', 'wensen', 'verwachtingen van de klant',
    'wat ze belangrijk vinden', 'pijnpunten', 'klanteisen', 'lo que quiere el cliente', 'que buscan', 'o que o cliente quer', 'dores do cliente',
    'que necesitan', 'lo que necesitan', 'o que precisam', 'o que eles precisam', 'ce dont ils ont besoin', 'leurs besoins',
    // The verb alone as a label, as shorthand writes it: "precisam: 2 deliveries/wk", "necesitan:", "brauchen:".
    'precisam', 'eles precisam', 'precisa', 'necesitan', 'necesita', 'brauchen', 'sie brauchen', 'ils ont besoin', 'ont besoin', 'hanno bisogno', 'hebben nodig',
    // Their pains, the word alone: "Dores:", "Dolores:", "Douleurs:", "Schmerzen:", "Pijn:".
    'dores', 'dores deles', 'dolores', 'sus dolores', 'puntos de dolor', 'douleurs', 'schmerzen', 'pijn', 'dolori',
    'pourquoi on achete', 'pourquoi nous achetons', 'por que compramos', 'por que compramos esto', 'por que estamos comprando', 'perche compriamo', 'warum wir kaufen', 'waarom we kopen',
  ],
  assumptions: [
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'zalozenia do sprawdzenia', 'zalozenia do sprawdzenia na spotkaniu', 'antaganden att kontrollera', 'antagelser vi skal tjekke', 'antakelser a sjekke', 'oletukset tarkistettavaksi',
    'reste a confirmer', 'points a eclaircir', 'ce qu il reste a verifier', 'suppositions', 'ce qu on suppose', 'ce qu on croit savoir',
    'zones d ombre', 'inconnues', 'incertitudes', 'points a creuser', 'assunti', 'assunzioni', 'supposizioni', 'incognite', 'cosa non sappiamo',
    'da approfondire', 'da appurare', 'non verificato', 'dubbi', 'zu verifizieren', 'zu uberprufen', 'noch offen', 'vermutungen', 'arbeitshypothesen',
    'hypothesen', 'unklarheiten', 'ungeklart', 'was wir annehmen', 'unsicherheiten', 'veronderstellingen', 'te toetsen', 'nog uit te zoeken',
    'nog te bevestigen', 'wat we niet weten', 'onzekerheden', 'vermoedens', 'checar', 'confirmar', 'suposicoes', 'verificar',
    // "Por comprobar", "¿Qué damos por supuesto y hay que chequear?", "Para checar".
    'por comprobar', 'a comprobar', 'por verificar', 'por chequear', 'a chequear', 'para chequear', 'que damos por supuesto', 'lo que damos por supuesto', 'que damos por supuesto y hay que chequear', 'supuestos', 'supuestos a verificar', 'hipotesis', 'pressupostos', 'premissas', 'a checar', 'hypotheses a verifier', 'da verificare', 'zu prufen', 'te checken',
  ],
  questions: [
    'vraag met ruimte voor nee', 'vragen met ruimte voor nee', 'frage mit raum fur ein nein', 'question qui permet un non', 'domanda che permette un no',
    'questions qui invitent un non', 'questions qui autorisent un non', 'la question du non', 'oser le non', 'questions de qualification',
    'questions cles', 'ce qu on va leur demander', 'questions a leur poser', 'domande da fare', 'domande chiave', 'domande che invitano un no',
    'domande che ammettono un no', 'domanda per il no', 'cosa gli chiediamo', 'fragen die ein nein zulassen', 'frage die ein nein zulasst',
    'fragen fur ein nein', 'schlusselfragen', 'qualifizierungsfragen', 'was wir sie fragen', 'vragen die een nee uitlokken',
    'vragen die een nee toelaten', 'vraag voor een nee', 'sleutelvragen', 'kernvragen', 'te stellen vragen', 'preguntas que invitan al no',
    'perguntas que convidam ao nao', 'perguntas chave', 'perguntas', 'perguntas para a reuniao',
    'que le preguntamos', 'que les preguntamos', 'preguntas para', 'perguntas a fazer', 'o que perguntamos', 'o que lhes perguntamos', 'questions a poser',
  ],
  'counterpart-alternative': [
    'leur alternative', 'leurs alternatives', 'leur plan b', 'la concurrence', 'les concurrents', 's ils ne signent pas avec nous',
    'ce qu ils feront sans nous', 'autres fournisseurs', 'fournisseur en place', 'offres concurrentes', 'la loro alternativa', 'concorrenza',
    'concorrenti', 'altri fornitori', 'fornitore attuale', 'offerte concorrenti', 'se non scelgono noi', 'cosa fanno senza di noi', 'le loro opzioni',
    'ihre alternative', 'ihre alternativen', 'wettbewerb', 'wettbewerber', 'konkurrenz', 'mitbewerber', 'andere anbieter', 'bestandslieferant',
    'wettbewerbsangebote', 'was sie ohne uns machen', 'hun plan b', 'hun opties', 'concurrentie', 'concurrenten', 'andere leveranciers',
    'huidige leverancier', 'wat ze zonder ons doen', 'als ze niet voor ons kiezen', 'su alternativa', 'competidores', 'concorrentes',
  ],
  'counterpart-walk-away': [
    'leur limite', 'leur plancher', 'leur plafond', 'leur prix plancher', 'leur prix plafond', 'leur seuil', 'leur ligne rouge',
    'jusqu ou ils peuvent monter', 'jusqu ou ils peuvent descendre', 'limite du client', 'zone d accord possible', 'il loro limite', 'il loro tetto',
    'la loro soglia', 'limite del cliente', 'tetto del cliente', 'fin dove possono arrivare', 'fin dove possono scendere',
    'zona di possibile accordo', 'ihre schmerzgrenze', 'ihre grenze', 'ihr limit', 'ihre untergrenze', 'ihre obergrenze', 'schmerzgrenze des kunden',
    'wie weit sie gehen konnen', 'wo ihre grenze liegt', 'einigungsbereich', 'verhandlungskorridor', 'hun grens', 'hun ondergrens', 'hun bovengrens',
    'hun pijngrens', 'hun limiet', 'hun maximum', 'hun minimum', 'hoe ver kunnen zij gaan', 'waar stoppen zij', 'su limite',
    'zona de posible acuerdo',
  ],
  'counterpart-opening': [
    'leur offre', 'leur proposition', 'leur devis', 'offre du fournisseur', 'devis du fournisseur', 'offre du client', 'leur premiere offre',
    'leur contre proposition', 'leur contre offre', 'ce qu ils demandent', 'la loro offerta', 'la loro proposta', 'il loro preventivo',
    'preventivo del fornitore', 'offerta del fornitore', 'offerta del cliente', 'la loro controfferta', 'ihr angebot', 'ihr erstes angebot',
    'angebot des lieferanten', 'lieferantenangebot', 'ihr gegenangebot', 'was sie fordern', 'ihre offerte', 'ihr anbot', 'hun offerte', 'hun bod',
    'hun aanbod', 'hun voorstel', 'hun tegenbod', 'hun vraagprijs', 'offerte van de leverancier', 'bod van de klant', 'hun eerste bod', 'su oferta',
    'cotizacion del proveedor', 'proposta deles', 'cotacao do fornecedor',
  ],
  'best-and-final': [
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'vores endelige tilbud', 'endeligt tilbud', 'slutligt bud', 'endelig tilbud', 'oferta ostateczna', 'lopullinen tarjous',
    'derniere proposition', 'proposition finale', 'notre dernier mot', 'offre definitive', 'ultime offre', 'prendre ou a laisser', 'ultima offerta',
    'offerta definitiva', 'ultima proposta', 'prendere o lasciare', 'migliore e ultima offerta', 'round finale', 'finales gebot', 'letztes gebot',
    'unser letztes wort', 'letztangebot', 'letztes anbot', 'bestes und letztes angebot', 'laatste bod', 'eindbod', 'finaal bod', 'definitief bod',
    'laatste aanbod', 'definitieve offerte', 'eindvoorstel', 'laatste voorstel', 'beste en laatste bod', 'graag of niet', 'ultima oferta',
    'oferta definitiva', 'propuesta final', 'proposta definitiva', 'pegar ou largar',
  ],
  qualification: [
    // Swedish, Danish, Norwegian, Finnish and Polish.
    'kwalifikacja', 'kvalificering', 'kvalifisering', 'hvem hvornar hvor mange penge hvorfor',
  ],
};
