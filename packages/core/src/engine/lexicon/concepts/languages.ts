/**
 * Plans in other languages: the same concepts in German, French, Spanish, Italian,
 * Portuguese, Dutch and Polish. Teams that plan in two languages write labels and
 * short lines in their own ("Gemeinsame Basis", "Precio mínimo", "Chi firma"), so
 * these groups are appended to the family of the same tag and read exactly like
 * the English ones (stems, gaps, negation). Kept apart so the English families stay
 * readable and a new language is one place to add.
 */
import type { Group, Tag } from '../types.js';

// Months in French, Italian, German and Dutch (the English and Iberian ones live with the English groups).
const EU_MONTHS =
  'janvier|février|fevrier|mars|mai|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|januar|jänner|jaenner|februar|märz|maerz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|april|september|november|december';
// Deal events in the same languages: decision, signature, award, start, order, delivery, go-live.
const EU_EVENT =
  'décision|decision|signature|démarrage|demarrage|lancement|attribution|commande|livraison|début|debut|échéance|echeance|decisione|firma|avvio|inizio|aggiudicazione|ordine|consegna|scadenza|partenza|entscheidung|unterschrift|vergabe|zuschlag|start|beginn|lieferung|bestellung|auftrag|inbetriebnahme|vertragsbeginn|beslissing|besluit|handtekening|ondertekening|gunning|levering|bestelling|oplevering|ingang|keuze|keus';

export const otherLanguages: Partial<Record<Tag, readonly Group[]>> = {
  'walk-away': [
    {
      why: 'The stop point in Scandinavian, Czech, Turkish and romanised Japanese plans: "smärtgräns", "smertegrænse", "tavan", "vazgeçme noktası", "saitei-ne".',
      phrases: [
        'smärtgräns', 'smartgrans', 'smertegrænse', 'smertegraense', 'smertegrense', 'bundlinje', 'bunnlinje', 'ondergrens', 'bovengrens', 'minimální cena', 'maximální cena', 'nejnižší cena',
        'tavan fiyat', 'tavan', 'taban fiyat', 'vazgeçme noktası', 'vazgecme noktasi', 'saitei ne', 'saitei kakaku', 'jōgen', 'jogen',
      ],
      examples: ['tak / smärtgräns (walk-away, max we pay): 412 000 kr', 'Tavan / vazgeçme noktası: ₺118,00/kg', 'Saitei-ne: ¥112,000 / person-day'],
    },
    {
      why: 'The stop point by its names in other languages: minimum / maximum price, limit, threshold.',
      phrases: [
        'precio mínimo|máximo', 'precio minimo|maximo', 'límite|limite de precio', 'punto|precio de retirada|ruptura|abandono', 'ponto de retirada|saída|saida|ruptura', 'prezzo minimo|massimo', 'soglia minima|massima', 'soglia di uscita',
        'preço mínimo|máximo', 'preco minimo|maximo', 'limite mínimo|máximo', 'cena minimalna|maksymalna', 'próg|prog bólu|bolu|wyjścia|wyjscia',
        'prix minimum|maximum', 'seuil de rupture', 'limite basse|haute', 'mindestpreis', 'höchstpreis', 'hoechstpreis', 'maximalpreis', 'minimumprijs', 'maximumprijs',
        'nie zejdziemy poniżej|ponizej', 'no bajamos de', 'non scendiamo sotto', 'não descemos abaixo|de', 'nao descemos abaixo|de',
      ],
      examples: ['Precio mínimo / walk-away: 1.150 € por tonelada', 'Soglia di uscita: 42.000 €', 'Cena minimalna: 180 zł za godzinę', 'Höchstpreis 1,2 Mio. €', 'Punto de retirada / walk @: 18,0 M€ cash at close.'],
    },
    {
      why: 'The line we do not cross, said in French, Italian, German and Dutch: "Soglia sotto cui non firmiamo", "En dessous, on ne signe pas", "Darunter machen wir es nicht", "Daaronder doen we het niet".',
      phrases: [
        'sotto cui non firmiamo|scendiamo|vendiamo', 'sotto la quale non firmiamo|scendiamo|vendiamo', 'sotto … non firmiamo|scendiamo|vendiamo', 'sopra … non firmiamo|paghiamo|compriamo',
        'en|au dessous … ,? on ne signe|vend pas', 'en|au dessous … ,? nous ne signons|vendons pas', 'au dessus … ,? on ne signe|paie|achète pas',
        'darunter … nicht|kein|keinen', 'darüber|darueber … nicht|kein|keinen', 'daaronder … niet|geen', 'daarboven … niet|geen',
      ],
      examples: ['Soglia sotto cui non firmiamo: 1.540.000', 'En dessous de 7,80 €, on ne signe pas.', 'Darunter machen wir es nicht.', 'Daaronder doen we het niet.'],
    },
  ],
  'no-deal': [
    {
      why: 'The no-deal case in other languages: "Als we niet tekenen", "Wenn wir nicht unterschreiben", "Si no firmamos", "Dacă nu ne înțelegem".',
      phrases: [
        // "Wenn wir keine Einigung finden", "geen akkoord", "si no llegamos a un acuerdo", "pas d'accord".
        'si nos levantamos|vamos de la mesa', 'levantarnos de la mesa', 'se sairmos da mesa', 'si on quitte la table',
        'keine einigung', 'ohne einigung', 'kein abschluss', 'geen akkoord', 'zonder akkoord', 'sans accord', 'pas d accord', 'si no llegamos a un acuerdo', 'si no hay acuerdo', 'si no hay trato|deal|contrato', 'sin trato', 'se não|nao houver negócio|negocio|deal', 'sin acuerdo', 'sem acordo', 'senza accordo', 'bez porozumienia',
        'als we|wij niet tekenen|ondertekenen|rondkomen', 'als het niet lukt|doorgaat',
        // A condition told by its verb first: "Lukt het niet, dan…", "Blir det ingen affär…", "Klappt es nicht…".
        'lukt het|dat niet', 'gaat het niet door', 'als dat niet lukt', 'blir det ingen affär|affar|deal|överenskommelse|overenskommelse', 'blir det inget avtal', 'blir det ikke noe|nogen avtale|aftale|deal', 'klappt es nicht', 'kommt es zu keiner einigung',
        // "Als we het niet winnen", "om vi inte vinner", "si on ne gagne pas", "wenn wir nicht gewinnen": a tender we lose.
        // "Om vi går från bordet", "Hvis vi går fra bordet", "Jos kävelemme pois": walking away in Scandinavian and Finnish.
        'om vi går|gar från|fran bordet', 'hvis vi går|gar fra bordet', 'hvis vi går|gar', 'om vi går|gar', 'hvis vi trækker os|oss', 'om vi drar oss ur', 'går|gar från|fran bordet', 'går|gar fra bordet', 'jos kävelemme pois', 'jos sopimusta ei synny',
        'als we|wij … niet winnen|krijgen|halen', 'om vi … inte vinner|får', 'hvis vi … ikke vinner|vinder|får', 'si on|nous … ne gagne|gagnons pas', 'wenn wir … nicht gewinnen|bekommen', 'si no ganamos', 'se não ganharmos|vencermos', 'se nao ganharmos|vencermos', 'se non vinciamo', 'wenn wir nicht unterschreiben|abschließen|abschliessen', 'wenn es nicht klappt',
        'si on ne signe pas', "si on n'a|n’a pas le|la contrat|mandat|deal|job|soumission", 'si on perd',
        // Hindi and Tagalog: "Agar deal nahi hui", "Kung walang deal", "Kung lumampas sila sa ceiling".
        'agar deal nahi|nahin', 'deal nahi hui|hua|hoti|hota|hogi|huyi', 'kung walang deal|kasunduan', 'kung hindi … pumayag', 'kung lumampas|lalampas', "si on|ça|ca n'aboutit|n’aboutit pas", "si nous n'aboutissons|n’aboutissons pas", 'si ça|ca ne se fait pas', 'si ça|ca ne marche|fonctionne pas', 'se não|nao der certo', 'si no funciona', 'si no firmamos|cerramos', 'se não fecharmos|assinarmos', 'se nao fecharmos|assinarmos', 'se non firmiamo|chiudiamo',
        // Walking away ourselves: "Wenn wir gehen", "Si on se retire", "Si nos retiramos", "Se sairmos", "Als we weglopen".
        'wenn|falls wir gehen|aussteigen|abbrechen', 'si on part', 'si on se retire', 'si nous partons', 'si nous nous retirons', 'si nos vamos|retiramos', 'se sairmos|desistirmos', 'se ce ne andiamo', 'se ci ritiriamo', 'als we|wij weglopen|afhaken|stoppen',
        // "Si le groupe choisit un autre prestataire", "si eligen a otro proveedor", "se escolherem outra integradora": another chosen.
        'si|s … choisit|choisissent|retient|retiennent un|une autre', 'si … elige|eligen|escoge|escogen a? otro|otra', 'se … escolher|escolherem outro|outra', 'se … sceglie|scelgono un altro|altra', 'se … sceglie|scelgono altri',
        'wenn|falls … sich für|fuer einen|eine anderen|andere entscheidet|entscheiden', 'als … voor een andere kiest|kiezen', 'als … een andere kiest|kiezen',
        // "Wenn es daran scheitert", "Scheitert es", "Platzt der Deal", "si ça échoue", "se salta", "si se cae", "se não der certo".
        'wenn|falls es|das|der deal? … scheitert|platzt', 'scheitert es|das', 'platzt es|das|der deal', 'wenn|falls … nicht zustande kommt', 'si ça|ca échoue|echoue|capote|tombe à l eau', 'se salta|saltasse', 'se va male', 'se non si chiude', 'si se cae|cayera|cae el trato', 'si no sale|se da', 'se não|nao der certo|rolar|fechar|fecharmos', 'als het … mislukt|misgaat|afspringt',
        'jeśli|jesli nie podpiszemy', 'pokud nepodepíšeme|nepodepiseme', 'dacă|daca nu semnăm|semnam', 'dacă|daca nu ne înțelegem|intelegem', 'ha nem írjuk alá|irjuk ala',
      ],
      examples: ['Wenn es daran scheitert: Die Montagekolonne im August geht an Getränke Reiter in Biberach.', 'Lukt het niet, dan gaat de capaciteit naar de catalogus van Horta Meubelen.', 'ALS WE NIET TEKENEN', 'Wenn wir gehen: Die Shop-Visit-Slots gehen an Aerolease Nordic.', "Si on n'aboutit pas : placement chez Assurances du Léman.", 'Wenn wir nicht unterschreiben: Kapazität geht an Müller.', 'Si no firmamos, la capacidad va a Frutas del Sur.', 'Als we het niet winnen of het onder 3,6% moet', "Si le groupe choisit un autre prestataire, nous mettons l'équipe sur le projet d'Épalinges."],
    },
    {
      why: 'Not reaching a deal, not being chosen or stepping out, in French, Italian, German and Dutch: "Si on n\'arrive pas à un accord", "Se usciamo dalla trattativa", "Falls wir nicht abschließen", "Als we niet gegund worden".',
      phrases: [
        'wenn|falls wir nicht abschließen|abschliessen|unterschreiben|unterzeichnen|zusammenkommen|gewinnen', 'wenn|falls wir den zuschlag|auftrag nicht bekommen|erhalten', 'wenn|falls wir nicht zum zug kommen',
        'wenn|falls wir absagen|ablehnen', 'falls es nicht klappt', 'wenn|falls es mit … nicht klappt', 'als het met … niet lukt|doorgaat', 'se con … non va|andiamo', 'wenn|falls … nicht zustande kommt', 'kein abschluss|vertrag zustande',
        'als we|wij niet gegund worden', 'als we|wij de opdracht|gunning niet krijgen', 'als we|wij niet rondkomen', 'als we|wij nee zeggen', 'als er geen akkoord|deal komt',
        "si on|nous n'arrive|n’arrive|n'arrivons|n’arrivons pas à|a un accord", "si on n'obtient|n’obtient pas le|la|ce contrat|marché|marche|deal|mandat", "si on n'est|n’est pas retenu|retenus|choisi|choisis",
        'si nous ne sommes pas retenus|choisis', "si on|nous n'y|n’y arrive|arrivons pas", "en cas d'échec|d’échec|d'echec", "faute d'accord|d’accord", 'si ça|ca casse',
        "se non c'è|c’è|ce accordo", 'se non ci accordiamo', "se non troviamo l'accordo|l’accordo|un accordo", 'se usciamo dalla trattativa', 'se non chiudiamo', 'se non veniamo scelti|aggiudicati', 'se perdiamo la gara', 'in caso di mancato accordo',
      ],
      examples: ["Si on n'arrive pas à un accord, l'équipe passe sur le projet Lyon.", 'Se usciamo dalla trattativa: i posti pallet restano liberi per Cosmetica Breggia.', 'Falls wir nicht abschließen: Die 6 Krane gehen an die Mietflotte.', 'Als we niet gegund worden', "Se non c'è accordo, la linea va a Biella.", "Si on n'obtient pas le contrat, on garde l'équipe sur Nantes.", 'Wenn wir absagen: die Halle geht an Reisinger.', 'Wenn es mit Nordstapler nicht klappt', "Si on n'y arrive pas, le créneau d'autoclave part sur la commande ferroviaire de Tarbes."],
    },
  ],
  alternative: [
    {
      why: 'Our fallback by its names in other languages: plan B, the alternative, what we do without a deal.',
      phrases: [
        'alternativa|alternativas|alternative|alternatywa|alternatief', 'als het niet doorgaat',
        // "Plano B:", "Piano B", "Plan B" as other languages write it.
        'plano|piano b', 'gaat|gaan naar', 'si no hay acuerdo', 'se non c è accordo', 'senza accordo', 'se não houver acordo', 'se nao houver acordo',
        'sans accord', 'faute d accord', 'ohne einigung', 'ohne deal', 'kein deal', 'zonder akkoord', 'geen deal', 'bez porozumienia', 'brak porozumienia', 'bez umowy',
        // What the capacity does instead: "Die Halle geht an Reisinger", "Dan gaat het team volledig naar…", "restano liberi per Cosmetica Breggia".
        'geht|gehen an den|die|das|unsere|unser', 'gaat|gaan … naar de|het|ons|onze', 'dan gaat|gaan … … naar de|het|ons|onze', 'restano liberi|libere|disponibili per', 'part|partent sur la|le|les|notre|nos',
        // "lägger vi de två teknikerna på Mälardalens Bostäders OVK-program", "flyttar vi teamet till…": our people put on other work.
        'lägger|lagger|flyttar|sätter|satter vi … på|pa|till', 'setter|flytter vi … på|pa|til',
        // "zetten we het kernteam in op de aanbesteding van Ede", "trekken we ons terug en…", "setzen wir das Team auf … ein".
        'zetten we|wij … in op|bij|voor', 'zetten … in op de|het|een', 'setzen wir … auf … ein', 'setzen wir … ein',
      ],
      examples: ['Lukt het niet, dan trekken we ons terug en zetten we het kernteam in op de aanbesteding van de gemeente Ede.', 'Blir det ingen affär lägger vi de två teknikerna på Mälardalens Bostäders OVK-program.', 'Alternativa si no hay acuerdo: ampliamos el contrato con Lavandería Sol.', 'Plan B wenn kein Deal: Fläche Mühlweg.', 'Alternatywa: przedłużamy umowę z obecnym dostawcą.', 'Alternatief als het niet doorgaat: de LTM 1300 gaat naar de windpark-onderhoudscampagne.'],
    },
  ],
  target: [
    {
      why: 'The aim said as "the goal is" in Scandinavian, Finnish, Polish and Czech plans: "Målet er 1.320.000 kr./år", "Målet är", "Tavoite on", "Cel to".',
      phrases: ['målet|malet er|är|ar', 'vores|vårt|vart|vårat mål er|är|ar', 'tavoite on', 'tavoitteemme on', 'naszym celem jest', 'cel to', 'náš cíl je', 'nas cil je'],
      examples: ['Målet er 1.320.000 kr./år.', 'Målet är 2,10 kr per flaska.'],
    },
    {
      why: 'The aim in Scandinavian, Czech, Turkish and romanised Japanese plans.',
      phrases: ['målpris', 'malpris', 'mål', 'cílová cena', 'cilova cena', 'náš cíl', 'nas cil', 'hedef fiyat', 'hedef', 'mokuhyō', 'mokuhyo'],
      examples: ['Målpris: 1 300 kr', 'Cílová cena: 142 Kč/m', 'Hedef fiyat: ₺104,00/kg'],
    },
    {
      why: 'The aim by its names in other languages.',
      phrases: ['objetivo de precio', 'precio objetivo', 'prezzo obiettivo', 'obiettivo di prezzo', 'preço alvo', 'preco alvo', 'preço objetivo', 'cena docelowa', 'prix cible', 'zielpreis', 'doelprijs'],
      examples: ['Precio objetivo: 1.320 € por tonelada', 'Prezzo obiettivo 46.500 €', 'Cena docelowa: 210 zł'],
    },
    {
      why: 'Where we want to land, said as a verb: "We willen uitkomen op € 1.175.000", "On vise 1,2 M€", "Queremos cerrar en 900.000 €".',
      phrases: [
        'willen|wil uitkomen|landen|eindigen|afsluiten op', 'streven naar|op', 'mikken op', 'on vise|visera', 'nous visons', 'queremos cerrar|terminar|llegar en|a', 'aspiramos a', 'puntiamo a|ad',
        'vogliamo chiudere a|su', 'queremos fechar|chegar em|a', 'wir wollen bei … landen|abschließen|abschliessen|rauskommen', 'wir zielen auf',
      ],
      examples: ['We willen uitkomen op € 1.175.000 per jaar.', 'On vise 1 180 000 $.', 'Queremos cerrar en 900.000 € al año.', 'Wir wollen bei 1.150.000 € landen.'],
    },
  ],
  opening: [
    {
      why: 'The first number in Scandinavian, Czech, Turkish and romanised Japanese plans.',
      phrases: ['openingsbod', 'openingsprijs', 'eerste bod', 'l apertura', 'prezzo di apertura', 'apriamo a|con', 'öppningsbud', 'oppningsbud', 'åbningsbud', 'abningsbud', 'åpningsbud', 'úvodní nabídka', 'uvodni nabidka', 'açılış teklifi', 'acilis teklifi', 'kaishi ne', 'kaishi kakaku'],
      examples: ['Openingsbod: € 3.240.000,-', "L'apertura è il nostro listino 2025.", 'öppningsbud (opening): 340 000 kr', 'Úvodní nabídka (opening): 152 Kč/m', 'Açılış teklifi: ₺96,50/kg'],
    },
    {
      why: 'Opening in the first person in Scandinavian, Finnish, Polish and Czech plans: "Vi åbner på 1.480.000 kr.", "Vi öppnar på", "Aloitamme", "Otwieramy na".',
      phrases: ['vi åbner|abner|åpner|apner|öppnar|oppnar på|pa|med', 'jeg|jag åbner|abner|åpner|apner|öppnar|oppnar på|pa|med', 'aloitamme|avaamme', 'otwieramy na|od', 'otevíráme|oteviráme|oteviram na', 'začínáme|zaciname na'],
      examples: ['Vi åbner på 1.480.000 kr./år.', 'Vi öppnar på 340 000 kr.', 'Otwieramy na 20,40 zł/kg.'],
    },
    {
      why: 'The first number by its names in other languages.',
      phrases: [
        'oferta inicial', 'primera oferta', 'precio de apertura|salida', 'offerta iniziale', 'prima offerta', 'prezzo di apertura|partenza', 'proposta inicial', 'primeira oferta',
        'oferta początkowa|poczatkowa|otwierająca|otwierajaca', 'pierwsza oferta', 'offre initiale', 'première offre', 'premiere offre', 'prix d ouverture', 'einstieg', 'einstiegspreis', 'erstes angebot', 'openingsbod', 'eerste bod',
        // Where we start, said as a verb: "Arrancamos ofreciendo: $ 4.050", "Abrimos con 1.200 €", "Começamos com R$ 38 mil", "On ouvre à 40 €".
        'arrancamos|empezamos|comenzamos|abrimos|partimos ofreciendo|con|en|desde',
        // "Erste Indikation: USD 12.250/Tag", "Eröffnungsangebot", "Startgebot": a charterer's or bidder's first number.
        'erste|erstes|ersten indikation|gebot|forderung|offerte',
        // A tender's bid in Quebec French: "Soumission : 96 500 $".
        'soumission', 'notre soumission', 'prix soumis', 'eröffnungsangebot|eroeffnungsangebot|startgebot|anfangsgebot', 'começamos|comecamos|abrimos com|oferecendo|em', 'on ouvre à|a', 'nous ouvrons à|a', 'wir starten|beginnen mit|bei',
        // In the first person, as a note to self says it: "J'ouvre à 2 150 €", "Abro a 31,50 €/m²", "Apro a 3,95", "Ich steige mit 148.000 ein".
        'j|je|on|nous ouvr* à|a|avec|sur', 'je|on|nous démarre|démarrons|demarre|commence|commençons|pars|partons à|a|sur', 'abro|arranco|empiezo a|con|en|pidiendo',
        'apro|apriamo|parto|partiamo a|con|da', 'abro|começo|comeco com|em|a|pedindo', 'ich|wir steige|steigen|starte|beginne mit|bei', 'ik|we|wij open|openen|begin|beginnen|start|starten met|op|bij',
      ],
      examples: ["J'ouvre à 2 150 € HT par lit.", 'Abro a 31,50 €/m².', 'Oferta inicial: 1.480 € por tonelada', 'Offerta iniziale 52.000 €', 'Proposta inicial: R$ 38.000 por mês', 'Einstieg 300.000 €/ha', 'Arrancamos ofreciendo: $ 4.050 por bolsa.', 'Erste Indikation: USD 12.250/Tag'],
    },
  ],
  rationale: [
    {
      why: 'The reason in Scandinavian, Czech, Turkish and romanised Japanese plans: "Begrundelse", "Důvod", "gerekçe", "Riyū", "bygger på".',
      phrases: [
        'begrundelse', 'begrunnelse', 'fordi', 'prisliste', 'prislista', 'baseret på', 'basert på', 'bygger på', 'eftersom', 'därför att', 'motivering', 'notering',
        'důvod', 'duvod', 'protože', 'protoze', 'ceník', 'cenik', 'gerekçe', 'gerekce', 'çünkü', 'cunku', 'fiyat listesi', 'endeks*', 'riyū', 'riyu',
        // Vietnamese, Hindi and Swahili as their writers type them: "lý do", "kyunki", "kwa sababu", "bảng giá".
        'lý do', 'ly do', 'bảng giá', 'bang gia', 'vì', 'kyunki', 'kyonki', 'kwa sababu', 'bei ya soko',
      ],
      examples: ['Begrundelse: Region Midtjylland købte samme model i 2024.', 'Důvod: náš ceník 2025 uvádí 158 Kč/m.', 'gerekçe: PulseMetrics yayımladığı liste fiyatı'],
    },
    {
      why: 'The reason for a number, in the languages bilingual plans give it in: "porque el índice … está +8% vs el año pasado", "weil", "parce que".',
      phrases: [
        'porque', 'ya que', 'debido a', 'según', 'lista de precios', 'tarifa', 'año pasado', 'índice', 'weil', 'da wir', 'laut', 'preisliste', 'vorjahr',
        // "gerechnet nach unserem Kalkulationsschema", "haben wir 2023 mit CHF 671'000 abgerechnet": our costing, a like job billed before.
        'kalkulation*', 'gerechnet nach|mit', 'abgerechnet', 'vergleichbar*',
        // "nuestra lista 2026 para etiqueta", "a nossa tabela 2025": our list of a year.
        'nuestra|nossa|la|a lista|tabela #', 'preço|preco de tabela', 'precio de lista',
        // "es la lista menos el 7% estándar", "publicado en nuestra política comercial": the published list and its standard terms.
        // "l'offre la plus basse reçue (40 200 €) diminuée de…": the lowest quote in hand, adjusted.
        'offre|devis|proposition|cotation la plus basse', 'offerta|quotazione più|piu bassa', 'niedrigste|günstigste|guenstigste angebot', 'laagste offerte|bod|prijs', 'pièces|pieces à|a l appui',
        'la lista menos', 'a tabela menos', 'política|politica comercial', 'politique commerciale', 'politica commerciale', 'preisliste minus|abzüglich',
        'parce que', 'car nous|le|la|les', 'selon', 'tarif', 'l année dernière', 'perché', 'poiché', 'listino', 'anno scorso', 'omdat', 'prijslijst', 'vorig jaar',
        'porque o', 'tabela de preços', 'ano passado', 'ponieważ', 'cennik', 'zeszły rok',
        // "É o mesmo diferencial do contrato de 2024 com eles", "el mismo precio que en 2024", "fechamento de 02/09".
        'mesmo|mesma diferencial|preço|preco|valor|desconto|prêmio|premio', 'mismo|misma diferencial|precio|valor|descuento', 'contrato de|do|da #', 'fechamento|cotação|cotacao|cotización|cotizacion|cierre de',
        // "la cotización más baja de la invitación ($ 13.200) más el costo de las dietas": the lowest quote, a cost added.
        'cotización|cotizacion|cotação|cotacao|oferta|propuesta|proposta más|mais baja|baixa|barata|menor', 'más|mais el|o costo|custo|coste de',
        // "Sustento", "Fundamento", "Justificación" as a label or a column: the reason.
        'sustento', 'fundamento', 'justificación', 'justificacion', 'justificativa', 'justificação', 'onderbouwing', 'uzasadnienie', 'perustelu',
        // "Why" as a label or a column: "Varför 3 %:", "Pourquoi ouvrir à 40 % :", "| Por qué |", "Warum 1,45 Mio.".
        'varför', 'hvorfor', 'pourquoi', 'warum', 'weshalb', 'por qué', 'por que', 'porquê', 'perché', 'waarom', 'dlaczego', 'proč', 'miért', 'miksi', 'neden',
        // "Reason" as a label: "Razón:", "Raison :", "Begründung", "Motivo", "Powód", "Reden".
        'razón', 'razon', 'razão', 'raison', 'begründung', 'motivo', 'motivazione', 'powód', 'reden',
        // Japanese, Chinese and Korean: "提示 ¥9,800,000 の根拠:", "人件費積算", "理由", "依据", "근거".
        '*根拠*', '*理由*', '*積算*', '*依据*', '*依據*', '*근거*', '*이유*',
        // The law or what others pay as the reason: "Es el plazo legal por defecto (Ley 3/2004)", "lo que nos pagan hoy".
        'plazo|máximo|maximo|mínimo|minimo legal', 'por defecto', 'lo que nos pagan|pagamos', 'ley # … art', 'prazo legal', 'délai légal', 'gesetzliche frist',
      ],
      examples: ['Offerte: CHF 684000, gerechnet nach unserem Kalkulationsschema.', 'precio de salida / opening: 5,20 € — porque el índice poolred de esta cosecha está +8% vs el año pasado', 'Varför 3 %: det är vad § 7.3 ger dem vid årsdagen.', 'Pourquoi ouvrir à 40 % : c\'est le plafond légal.'],
    },
    {
      why: 'Where a number comes from in French, Italian, German and Dutch: a rate card, a list, comparable deals, a competing quote, "based on".',
      phrases: [
        // "kostprijsmodel + 18 % marge, in lijn met onze tariefkaart GDP 2025": our costing and our rate card.
        'tarievenkaart', 'tariefkaart', 'kostprijsmodel|kostprijsopbouw|kostprijsplus', 'in lijn met', 'opgebouwd uit', 'gebaseerd op', 'op basis van', 'vergelijkbare|vergelijkbaar', 'concurrerende offerte|offertes|prijs', 'marktprijs|marktprijzen', 'met verwijzing naar',
        'listenpreis|listenpreise', 'basierend auf', 'auf basis', 'abgeleitet aus|von', 'vergleichbar*', 'marktpreis|marktpreise', 'wettbewerbsangebot|konkurrenzangebot', 'herleitung', 'kalkulation', 'denn',
        'grille tarifaire', 'prix catalogue', 'basé|base sur', 'sur la base de|du|des', 'comparable|comparables', 'prix du marché|marche', 'offre concurrente', 'justification', 'au prix de', 'notre tarif|barème|bareme|grille|catalogue', 'indexé|indexe|indexés|indexes sur', 'l indice', 'indice istat|insee|cpi|ipc', 'aggiornato|aggiornata|rivalutato|rivalutata con', 'indicizzato|indicizzata',
        'basato|basata su', 'sulla base di|del|della|dei', 'in base a|al|alla', 'comparabili|paragonabili', 'prezzo|prezzi di mercato', 'offerta concorrente', 'giustificazione', 'il nostro listino', 'listino #',
        // What someone else paid for the same: "c'est le prix payé par Armoires Nadeau", "o preço pago pela Coope", "la misma que pagó".
        // Our own costing: "de kostprijs van 31.400 normuren tegen ons CAO-uurtarief", "elke post onderbouwen we met de urenberekening",
        // "prix de revient", "precio de coste", "prezzo di costo", "Selbstkosten".
        // Their cost price ("leur coût de revient") is their argument, so the other languages name it ours.
        'de|onze|ons kostprijs', 'kostprijsberekening', 'onderbouwen|onderbouwd|onderbouwing', '*berekening', 'ons|onze uurtarief|uurtarieven', 'notre|nos prix|coût|cout|coûts|couts de revient', 'nuestro precio de coste|costo', 'il nostro prezzo di costo', 'unsere selbstkosten', 'unser|unsere stundensatz|stundensätze|stundensatze',
        'prix payé|paye par', 'prix qu … a payé|paye', 'prix qu … ont payé|paye', 'precio pagado por', 'la misma que pagó|pago|pagaron', 'el mismo que pagó|pago|pagaron', 'preço|preco pago pelo|pela|por', 'o mesmo que pagou|pagaram', 'a mesma que pagou|pagaram', 'prezzo pagato da|dal|dalla', 'bezahlt hat|haben', 'betaald heeft|hebben',
      ],
      examples: ['Dat is de kostprijs van 31.400 normuren tegen ons CAO-uurtarief 2026; elke post onderbouwen we met de urenberekening uit het bestek.', 'Opening (reeds ingediend): EUR 1.236.000,00 – opgebouwd uit onze tarievenkaart 2025.', 'Opening (ronde 1): € 2.050.000 – kostprijsmodel + 18 % marge, in lijn met onze tariefkaart GDP 2025.', 'Openingsbod: € 3.240.000,- — de concurrerende offerte van het andere merk ligt op € 3.300.000,-.', "L'apertura è il nostro listino 2025 applicato ai volumi del capitolato.", 'Einstieg 2,31 Mio. € – basierend auf unserer Preisliste 2025.', 'Ouverture à 9,35 € : sur la base de notre grille tarifaire 2025.', "È il costo 2025 (€ 372.000) aggiornato con l'indice ISTAT delle retribuzioni.", "C'est notre grille 2026 pour les sites de 500 à 800 couverts.", "c'est le prix payé par Armoires Nadeau, à Laval, pour la même machine neuve"],
    },
  ],
  'disclose-early': [
    {
      why: 'Telling it early in other languages: "Was wir von Anfang an offenlegen", "gleich zu Beginn ansprechen", "dès le départ", "desde el principio".',
      phrases: [
        'von anfang an', 'gleich zu beginn', 'zu beginn', 'vorab', 'offenlegen', 'offen legen', 'im ersten termin|gespräch|gespraech',
        'dès le départ|depart|début|debut', 'd emblée|emblee', 'dès la première|premiere réunion|reunion', 'en toute transparence',
        'desde el principio|inicio|primer día|dia', 'desde o início|inicio|primeiro dia', 'logo de cara', 'fin dall inizio', 'sin dall inizio',
        'vanaf het begin', 'direct bij de start',
      ],
      examples: ['8. Was wir von Anfang an offenlegen', 'Im Termin gleich zu Beginn ansprechen:', 'On le dit dès le départ.'],
    },
  ],
  'price-challenge': [
    {
      why: 'The challenge by name in other languages: an objection, pushback on price.',
      phrases: ['einwand*', 'objeción|objeciones|obiezione|obiezioni|objeção|objeções|objecao|objecoes|zastrzeżenie|zastrzezenie|bezwaar', 'obiekcja|obiekcje', 'presión|pressione|pressão en|sul|no|sobre precio|prezzo|preço'],
      examples: ['Einwand, der kommt', 'Objeciones de precio', 'Obiezioni sul prezzo', 'Objeções de preço'],
    },
    {
      why: 'A number called unrealistic, said by either side: "« Votre prix n\'est pas réaliste »", "Ihr Angebot ist unrealistisch", "il prezzo non è realistico".',
      phrases: [
        'prix|offre|proposition|chiffre … pas réaliste|realiste|sérieux|serieux', 'prezzo|offerta|proposta … non è|e realistico|realistica|seria', 'precio|oferta|propuesta … no es realista|serio|seria',
        'preço|oferta|proposta … não|nao é|e realista|séria|seria', 'preis|angebot|gebot … nicht realistisch|ernst gemeint', 'unrealistisch*', 'irrealistico|irrealistica', 'irrealista', 'irréaliste|irrealiste',
      ],
      examples: ['« Votre prix n\'est pas réaliste »', 'Ihr Angebot ist unrealistisch.'],
    },
    {
      why: 'What a seller hears in other languages: too expensive, someone is cheaper.',
      side: 'seller',
      phrases: [
        // A rival's price quoted: "o avião agrícola sai por R$ 95/ha", "la competencia cobra 4,10 €".
        'sai|saem|sale|salen por $|€|£|¥|₹|#', 'cobra|cobram|cobran $|€|£|¥|₹|#', 'cobra|cobram|cobran só|solo $|€|£|¥|₹|#',
        'troppo caro|cara|cari|care|costoso|costosi', 'costa troppo', 'costiamo|costano|costate troppo', 'più economico|economici|conveniente', 'muito caro|cara', 'caro demais', 'mais barato|barata', 'za drogo|drogi|droga', 'tańsz*|tansz*', 'demasiado costoso', 'cuesta demasiado', 'más económico', 'mas economico', 'trop élevé|eleve', 'zu hoch',
        // "Si dicen que es caro", "s'ils disent que c'est cher", "wenn sie sagen, es sei zu teuer".
        'es|está|somos|son caro|cara|caros|caras', 'c est|trop cher|chère|chers',
        // "S'ils trouvent ça cher", "si le client juge le prix élevé".
        "s'ils|s'il|si|s’ils … trouvent|trouve|jugent|juge … cher|chère|chers|élevé|elevé|eleve",
        // Hindi and Tagalog: "mehenga hai", "Blue Star sasta hai", "mahal daw", "mas mura".
        'mehenga|mehnga|mahenga|mahanga', 'sasta|sasti|saste hai|hain', 'mahal daw|naman|masyado', 'mas mura', 'zu teuer', 'te duur', 'för dyrt|dyr', 'for dyrt|dyr',
        // "Cuando digan que es demasiado", "c'est trop", "das ist zu viel", "è troppo", "é demais".
        'es|sea demasiado', 'demasiado alto|alta|mucho', 'c est trop', 'zu viel|hoch', 'è troppo', 'é demais', 'te veel|hoog', 'za dużo|duzo',
        // "Vous êtes 20 % plus cher que l'agence zurichoise", "más caros que", "teurer als": dearer than someone else.
        'plus cher|chère|chers|chères que|qu', 'más|mas caro|cara|caros|caras que', 'mais caro|cara|caros|caras que|do', 'più|piu caro|cara|cari|care di|del|della|dei', 'teurer als', 'duurder dan', 'droższy|drozszy|droższa|drozsza niż|niz',
        // "A IKEA Business faz isto por metade", "lo hacen por la mitad", "le font pour moitié prix": someone else for half.
        // "costa la metà", "cuesta la mitad", "coûte moitié moins": someone else at half our price.
        'costa|costano|cuesta|cuestan|custa|custam la|a? metà|meta|mitad|metade', 'coûte|coute|coûtent|coutent moitié|moitie moins', 'kostet|kosten die hälfte|haelfte', 'kost|kosten de|het? helft',
        'por metade|mitad', 'pela metade', 'por la mitad', 'pour moitié|moitie prix', 'pour la moitié|moitie du prix', 'per metà|meta', 'für|fuer die hälfte|haelfte', 'voor de helft',
        // "Se disserem que a Rolhas do Norte está 10 % abaixo", "si dicen que X está un 10 % por debajo": a rival below us.
        'está|esta|estão|estao um? # % abaixo', 'está|esta|están|estan|va|van un? # % por debajo', 'è|e|sono # % sotto', 'est|sont # % moins cher|chère|chers', 'est|sont # % en dessous', 'ist|sind # % günstiger|billiger|darunter', 'is|zijn # % goedkoper|lager',
        'disserem|dizem|dirão que … abaixo', 'dicen|digan|dirán que … por debajo', 'dicono|diranno che … sotto'],
      examples: ['Se mi dicono che il tessitore di Suzhou costa la metà', 'Se disserem que a Rolhas do Norte está 10 % abaixo', 'Se ci dicono che costiamo troppo', 'SE disserem "o avião agrícola sai por R$ 95/ha"', "« Vous êtes 20 % plus cher que l'agence zurichoise »", '"A IKEA Business faz isto por metade"', 'Si dicen que es caro', 'Diranno che siamo troppo cari rispetto a Bianchi.', 'Vão dizer que o concorrente é mais barato.', 'Powiedzą, że Infotech jest tańszy.'],
    },
    {
      why: 'What a buyer hears in other languages: our offer is too low.',
      side: 'buyer',
      phrases: [
        // "$1,400 está debajo de nuestro costo", "abaixo do nosso custo", "unter unseren Kosten": our number below their cost.
        // "Si nos dicen que no llegan", "que no tiene margen", "não chegam a esse preço".
        'dicen|dice que no llegan|llega', 'no tiene|tienen margen', 'não|nao chegam|chega a esse|este preço|preco', 'não|nao têm|tem margem',
        // "Når de siger, at vores bud er urealistisk", "om de säger att priset är för lågt", "jeśli powiedzą, że to za mało".
        'bud|buddet|pris|prisen|tilbud|tilbudet er|är|ar urealistisk|urealistiskt|orealistiskt', 'bud|buddet|pris|prisen|tilbud|tilbudet er for lavt|lav', 'bud|buddet|pris|prisen|tilbud|tilbudet är|ar för|for lågt|lagt', 'under deres|vores|sin kostpris|kostnad|kostnader', 'za mało|malo', 'poniżej|ponizej kosztów|kosztow', 'pod náklady|naklady', 'pod našimi|nasimi|vašimi|vasimi|svými|svymi náklady|naklady', 'příliš|prilis nízk*|nizk*',
        'debajo de|del nuestro|su costo|coste', 'por debajo del costo|coste', 'abaixo do nosso|seu custo', 'sotto il nostro costo', 'unter unseren|ihren kosten', 'en dessous de nos|notre coûts|coût|couts|cout',
        // "Si PN défend son prix", "c'est en bas du marché", "está por debajo del mercado", "abaixo do mercado": their price defended.
        'défend|défendent|defend|defendent son|leur prix', 'defiende|defienden su precio', 'defende|defendem o seu? preço|preco', 'en bas du marché|marche', 'en dessous du marché|marche', 'au dessous du marché|marche', 'sous le marché|marche',
        'por debajo del mercado', 'abaixo do mercado', 'sotto il mercato', 'unter dem markt|marktpreis',
        // "Si Optivia dit que la baisse de fee est trop forte": the cut we ask for called too deep.
        'baisse|réduction|reduction|rabais … trop forte|importante|brutale|grande', 'rebaja|reducción|reduccion … demasiado grande|fuerte',
        // "da verdienen wir nichts mehr", "on ne gagne rien", "no ganamos nada": nothing left for them at our number.
        'verdienen wir|die nichts|nix|kaum', 'nichts mehr verdienen', 'on ne gagne|gagnons rien', 'on ne gagne|gagnons plus rien', 'no ganamos|ganan nada', 'non guadagniamo|guadagnano niente|nulla', 'não|nao ganhamos|ganham nada', 'verdienen we|wij|ze niets|niks',
        'zu wenig', 'zu niedrig', 'trop bas|basse|faible', 'demasiado bajo|baja', 'muy bajo|baja', 'troppo basso|bassa', 'muito baixo|baixa', 'za mało|malo|nisko|niska', 'te laag', 'te weinig',
        // Their price held as the market's: "O preço é R$ 1,2 mi, mercado é esse", "el precio es ese, es el mercado".
        // Their cost quoted: "c'est sous notre coût", "por debajo de nuestro coste", "unter unseren Kosten", "l'énergie a augmenté".
        'sous notre|nos coût|coûts|prix de revient', 'en dessous de notre|nos coût|coûts', 'por debajo de nuestro|nuestros coste|costo|costes|costos', 'unter unseren|unserem kosten|selbstkosten', 'onder onze kostprijs|kosten',
        'ont augmenté', 'a augmenté', 'han subido', 'ha subido', 'sind gestiegen', 'ist gestiegen', 'zijn gestegen', 'sono aumentati', 'aumentaram',
        // "No podemos bajar", "não podemos baixar", "on ne peut pas baisser": they cannot go lower.
        'no podemos|puedo|pueden|puede bajar|rebajar|bajarlo', 'não|nao podemos|posso|podem baixar', 'ne peut|peuvent|pouvons pas baisser', 'nicht billiger|günstiger|tiefer',
        'mercado é esse|este|assim', 'é o mercado', 'es el mercado', 'c est le marché', 'das ist der markt', 'o preço é $|€|£|¥|₹|#', 'el precio es $|€|£|¥|₹|#',
      ],
      examples: ['Wenn Gerber sagt „da verdienen wir nichts mehr“', '"zu wenig, Bauland ist Gold"', 'Si Optivia dit que la baisse de fee est trop forte', 'Si nos dicen que no llegan', 'Si Jon dice que la tarifa del fabricante es de 495.000 € y que no tiene margen:', 'Dirán que nuestra oferta es demasiado baja.', 'Si dicen "con el dólar así no podemos bajar"'],
    },
    {
      why: 'Their words quoted under "when they say", in other languages, when they are about the number: "Si Sérénis dit « 40 % c\'est impossible »", "Wenn der Bieter sagt: „Zu dem Preis geht das nicht"", "Quando disserem "o aço subiu"", "Når de sier «prisen er urealistisk»".',
      phrases: [
        'si|quand|lorsque … dit|disent|diront|dira … prix|coût|coûts|cher|chère|impossible|tarif|remise|$|€|£|#|%',
        // "S'il dit que 78 $ est une insulte": the elided "si" before "il".
        "s'il|s'ils|s’il|s’ils dit|disent|dira|diront … prix|coût|coûts|cher|chère|impossible|tarif|remise|insulte|$|€|£|#|%",
        'wenn|falls|sobald … sagt|sagen … preis|preise|kosten|teuer|$|€|£|#|%', 'wenn|falls|sobald … sagt|sagen : … preis|preise|kosten|teuer|$|€|£|#|%',
        'quando|se|caso … diz|dizem|disser|disserem|dirá|dirão … preço|preços|custo|custos|caro|subiu|baixar|desconto|$|€|£|#|%',
        // "Si dicen "con el dólar así no podemos bajar"": lowering the price is about the number too.
        'cuando|si … dice|dicen|diga|digan|dirá|dirán … precio|precios|costo|coste|costes|caro|imposible|bajar|rebajar|descuento|$|€|£|#|%',
        'når|hvis|om … sier|säger|siger … pris|prisen|priset|prisene|dyr|dyrt|urealistisk|orealistisk|$|€|£|#|%',
        'als|wanneer … zegt|zeggen … prijs|duur|kosten|bedrag|bod|$|€|£|#|%',
        // "Als Kühn zegt: "Voor dat bedrag kunnen wij niet leveren"", "Wenn Nordstapler sagt: „Mit dem Preis kommen wir nicht hin"".
        'voor dat|dit|die bedrag|prijs kunnen wij|we niet', 'mit dem|diesem preis kommen wir nicht', 'zu dem|diesem preis können|koennen|geht', 'à|a ce prix on ne peut', 'à|a ce prix nous ne pouvons', 'a questo prezzo non',
        'se|quando … dice|dicono|dirà|diranno … prezzo|prezzi|costo|costi|caro|impossibile|$|€|£|#|%',
        // A rival's figure brought up: "Cuando saquen lo del porcelánico turco a 19 €", "Quand ils sortent le devis chinois à 12 €".
        'cuando|si saquen|sacan|mencionen|mencionan|comparen|comparan|pongan|ponen … a|por|de|en $|€|£|¥|₹? #', 'quand|si|lorsqu … sortent|sortiront|mentionnent|comparent|évoquent|brandissent … à|a|de $|€|£|¥|₹? #',
        'se|quando tirano|tireranno|citano|confrontano|menzionano … a|da|di $|€|£|¥|₹? #', 'se|quando mencionarem|compararem|trouxerem|falarem … a|por|de $|€|£|¥|₹? #', 'wenn|falls … erwähnt|erwähnen|vergleicht|vergleichen|kommt|kommen … mit|zu|für $|€|£|¥|₹? #', 'als|wanneer … noemt|noemen|vergelijkt|vergelijken|komt|komen … met|voor|van $|€|£|¥|₹? #',
      ],
      examples: ['Cuando saquen lo del porcelánico turco a 19 €', 'Si Sérénis dit « 40 % c\'est impossible, nos coûts ont explosé »', 'Wenn der Bieter sagt: „Zu dem Preis geht das nicht"', 'Quando disserem "o aço subiu, não dá para baixar"', 'Als Kühn zegt: "Voor dat bedrag kunnen wij niet leveren"', 'Wenn Nordstapler sagt: „Mit dem Preis kommen wir nicht hin"', 'Når de sier «prisen er urealistisk lav»', "S'il dit que 78 $ est une insulte"],
    },
  ],
  'best-and-final-request': [
    {
      why: 'Their request for a final offer in other languages: "meilleure offre finale", "mejor y última oferta", "bestes und letztes Angebot".',
      phrases: [
        'meilleure offre finale', 'meilleure et dernière|derniere offre', 'meilleures et dernières|dernieres offres', 'offre finale', 'pas de deuxième|deuxieme|second ronde|tour',
        'mejor y última|ultima oferta', 'mejor oferta final', 'oferta final', 'melhor e última|ultima oferta|proposta', 'melhor oferta final', 'proposta final',
        'bestes und letztes angebot', 'letztes angebot', 'finales angebot', 'migliore offerta finale|definitiva', 'offerta finale|definitiva', 'mejor oferta definitiva', 'meilleure offre définitive|definitive', 'bestes endgültiges|endgueltiges angebot', 'beste en laatste bod', 'laatste bod',
        'final offer na', 'huling offer', 'final price bhejo', 'final offer bhejo',
      ],
      examples: ['Le courtier a demandé les meilleures et dernières offres pour jeudi midi.', '« Veuillez nous faire parvenir votre meilleure offre finale d\'ici le 15 septembre. »', 'Nos pidieron su mejor y última oferta para el viernes.'],
    },
  ],
  'final-offer': [
    {
      why: 'The number we submit, named as our final one, in other languages: "On leur envoie 186 500 $ comme meilleure offre", "nuestra oferta final", "unser letztes Angebot".',
      phrases: [
        'on|nous leur? envoie|envoyons|soumet|soumettons|dépose|déposons|depose|deposons … comme|en meilleure|dernière|derniere|notre offre', 'notre offre finale|définitive|definitive', 'notre dernier prix|mot',
        'enviamos|mandamos|presentamos|ofrecemos … como|nuestra mejor|última|ultima oferta', 'nuestra oferta final|definitiva', 'nuestro último|ultimo precio',
        'enviamos|mandamos|apresentamos … como|nossa melhor|última|ultima oferta|proposta', 'nossa oferta|proposta final|definitiva',
        'inviamo|mandiamo|presentiamo … come|nostra migliore|ultima offerta', 'la|nostra offerta finale|definitiva',
        // "manderei 15.000 €/mese e la chiamo «offerta definitiva»": the number sent, called final.
        'la|lo chiamo|chiamiamo offerta|prezzo definitiva|definitivo|finale', 'on l appelle|appellera offre finale|définitive|definitive', 'la llamamos|llamo oferta final|definitiva', 'nennen es|wir letztes|finales|endgültiges angebot',
        'wir schicken|senden|reichen|geben … als unser? letztes|finales|bestes angebot', 'unser letztes|finales|endgültiges|endgueltiges angebot', 'ons laatste|definitieve|beste bod|aanbod',
      ],
      examples: ['On leur envoie 186 500 $ par saison comme meilleure offre.', 'Enviamos 41.200 € como nuestra última oferta.'],
    },
  ],
  'second-round': [
    {
      why: 'Room kept for later in other languages: "dejamos margen para bajar", "deixamos margem", "on garde de la marge", "Spielraum nach unten", "ruimte om te zakken".',
      phrases: [
        'dejamos|dejar|dejando|guardamos|guardar margen|espacio|colchón', 'margen|espacio para bajar|negociar|después|luego',
        'deixamos|deixar|guardamos|guardar margem|espaço|gordura', 'margem para baixar|negociar|depois',
        'garder|gardons|garde une|de la|la? marge', 'marge pour descendre|négocier|negocier', 'marge pour plus tard',
        // "On envoie 96 500 $ comme point de départ. Quand ils vont revenir vers nous…": the final offer sent as a start.
        'comme point de départ|depart', 'revenir vers nous', 'quand ils vont revenir|reviendront', 'como punto de partida', 'como ponto de partida',
        // Hindi and Tagalog: "baad mein neeche aa sakte hain", "may room pa tayo bumaba".
        'baad mein … neeche', 'room pa … bumaba', 'bababa pa tayo',
        'spielraum|luft nach unten|für später|fuer spaeter', 'ruimte om te zakken|onderhandelen', 'margine per scendere|trattare|dopo', 'lasciamo|lasciare margine',
        // "…als Einstieg und rechnen damit, dass sie zurückkommt. Die eigentliche Verhandlung machen wir dann im Call".
        'zurückkommt|zurückkommen|zurueckkommt', 'eigentliche verhandlung', 'als einstieg', 'dann … runtergehen|heruntergehen|nachgeben',
        // "Bei Medilab kommt aber immer noch eine Runde", "genug Spielraum", "nicht gleich das Beste zeigen"; "il y a toujours un autre tour".
        // Vietnamese: "vẫn giữ lại 0,08" (still keep back), "thêm một vòng" (one more round), "vòng sau" (the next round).
        'giữ lại', 'thêm một vòng', 'vòng sau', 'mới xuống',
        'kommt … noch eine runde', 'kommt … eine zweite runde', 'gibt … noch eine runde', 'gibt … eine zweite runde', 'genug|genügend spielraum', 'nicht gleich … das beste', 'il y a toujours un|une autre tour|ronde', 'siempre hay otra ronda|vuelta', 'sempre tem|há outra rodada',
        // "C'est un prix d'ouverture : on garde les concessions pour la négociation qui suivra", "nicht unser letztes Wort",
        // "niet ons laatste woord", "non è la nostra ultima parola", "deuxième tour", "Nachverhandlung".
        "c'est|c’est un|notre prix d'ouverture|d’ouverture", 'garde|gardons|garder … pour la négociation|negociation|suite', 'négociation|negociation qui suivra|suit', 'deuxième|deuxieme|second tour',
        // "…mas na prática é a nossa abertura: … ainda temos espaço para descer".
        'na prática|pratica … abertura', 'en la práctica|practica … apertura|salida', 'en pratique … ouverture|départ|depart', 'in pratica … apertura|partenza', 'in der praxis … einstieg|eröffnung', 'in de praktijk … opening|openingsbod',
        'espaço|espaco|margem para descer|baixar', 'temos|teremos espaço|espaco', 'espacio para bajar|descender',
        'nicht unser letztes wort', 'nachverhandlung', 'nachlegen', 'niet ons laatste woord', 'tweede ronde', 'non è|e la nostra ultima parola', 'secondo giro|round', 'teniamo … per la trattativa|dopo',
        // "no es la última palabra: si Atrium nos llama a una segunda vuelta, subimos hasta…", "ce n'est pas notre dernier mot".
        // "nos guardamos los escalones para cuando Horacio nos llame a negociar": the steps kept for the call that follows.
        'guardamos|guardar|reservamos … escalones|descuentos|concesiones|margen|pasos para cuando|después|despues|luego', 'para cuando … nos llame|llamen|vuelva|vuelvan', 'llame|llamen|llama a negociar',
        'guardamos|guardar|reservamos … degraus|descontos|concessões|concessoes|margem para quando|depois', 'para quando … ligar|ligarem|voltar|voltarem',
        // "guardamos R$ 150 mil por máquina para a próxima rodada", "un dernier effort" asked after the final round.
        'próxima|proxima|siguiente rodada|ronda|vuelta', 'un|le dernier effort',
        'no es la|nuestra última|ultima palabra', 'segunda vuelta|ronda', 'não é a|nossa última|ultima palavra', 'segunda rodada', 'pas notre|le dernier mot', 'nicht das letzte wort', 'niet het laatste woord', 'non è|e l ultima parola',
      ],
      examples: ['A "melhor e última" que vai pelo portal é a de R$ 1.520.000,00, mas na prática é a nossa abertura: quando eles responderem, ainda temos espaço para descer.', 'mandamos 7.5 % como "mejor y última" y dejamos margen para bajar en la llamada de seguimiento', 'Gửi 3,48 với tiêu đề "best and final", nhưng thực ra vẫn giữ lại 0,08 — Bas sẽ trả giá thêm một vòng, lúc đó mình mới xuống.', "On remet CHF 1'190'000 comme BAFO, mais pour nous c'est un prix d'ouverture : on garde les concessions ci-dessous pour la négociation qui suivra l'attribution.", 'Das ist nicht unser letztes Wort.', 'BAFO: enviamos 8.400.000 €; no es la última palabra: si Atrium nos llama a una segunda vuelta, subimos hasta 8.900.000 €.'],
    },
    {
      why: "Where the meeting starts is no opening offer: \"c'est notre point de départ commun en séance\".",
      idiom: true,
      phrases: ['point de départ|depart commun', 'punto di partenza comune', 'gemeinsamer ausgangspunkt'],
      examples: ["Les deux équipes veulent la mise en production avant l'audit : c'est notre point de départ commun en séance."],
    },
  ],
  get: [
    {
      why: 'What we ask for, as a column or label, in Hungarian, Romanian, Ukrainian, Bulgarian and Greek plans: "Kérek", "Cerem", "Просимо", "Искаме", "Ζητάμε".',
      phrases: [
        // Czech, Polish, Finnish and Scandinavian column heads: "| Dáváme | Dostáváme |", "Dostajemy", "Saamme", "Vi får".
        'dostáváme|dostavame|dostaneme|požadujeme|pozadujeme', 'dostajemy|otrzymujemy|oczekujemy', 'saamme|pyydämme|pyydamme', 'vi får|far|kräver|kraever|krever', 'til gengæld|gengaeld|gjengjeld', 'i gengäld|gengald', 'i utbyte mot', 'mot|mod at|att',
        // Vietnamese column heads: "Mình nhận" (we get), "Chúng tôi nhận", "Chúng ta nhận".
        'mình nhận', 'minh nhan', 'chúng tôi|ta nhận', 'chung toi|ta nhan',
        // Hindi and Tagalog as mixed into English: "| Denge | Lenge |", "Badle mein lenge", "+₱40,000 kapalit ng: …".
        'lenge', 'badle mein|me', 'ke badle', 'kapalit', 'bilang kapalit',
        // As a column or label in French, Spanish, Portuguese, Italian, German and Dutch: "| Je donne | Je demande |", "Pedimos", "Wir bekommen".
        'je|on|nous demande|demandons|reçois|recevons|obtiens|obtenons', 'ce que je|on|nous demande|demandons|reçois|obtiens', 'yo? pido|pedimos|recibo|recibimos|obtengo|obtenemos', 'eu? peço|peco|pedimos|recebo|recebemos',
        'io? chiedo|chiediamo|ricevo|riceviamo|ottengo|otteniamo', 'ich|wir bekomme|bekommen|verlange|verlangen|fordere|fordern|erhalte|erhalten', 'ik|wij|we vraag|vragen|krijg|krijgen|ontvang|ontvangen',
        'kapunk', 'kapok', 'vi får', 'vi far', 'få', 'modydelse', 'motytelse', 'motprestation', 'kérek', 'kérünk', 'cérek', 'cerem', 'în schimb', 'in schimb', 'просимо', 'взамін', 'натомість', 'искаме', 'в замяна', 'ζητάμε', 'σε αντάλλαγμα'],
      examples: ['| Je donne | Je demande |', '| Adok | Kérek |', 'Reducere 2 % în schimb pe un contract de 3 ani.', '| Ge | Få |', '| Chúng ta cho | Chúng ta nhận |'],
    },
    {
      why: 'What we get in return in Scandinavian, Czech and Turkish plans: "mod", "til gengæld", "i utbyte mot", "výměnou za", "karşılığında".',
      phrases: ['til gengæld', 'til gengjeld', 'i gengäld', 'i bytte mod|for', 'i utbyte mot|för', 'mod at', 'mot att', 'mod :', 'mot :', 'výměnou za', 'vymenou za', 'za to chceme', 'karşılığında', 'karsiliginda', 'karşılık olarak'],
      examples: ['Vi står til reference på deres hjemmeside mod: gratis opdateringer i 3 år.', 'Výměnou za roční závazek snížíme cenu.', 'Navlun bizden, karşılığında 90 gün vade yerine 60 gün.'],
    },
    {
      why: 'What we get in return, in other languages: "w zamian", "em troca", "in cambio", "en contrepartie", "only if".',
      phrases: [
        // "| On donne | On obtient |": what we obtain, as a column, in French, Spanish, Italian and Portuguese.
        'on obtient', 'nous obtenons', 'on reçoit', 'nous recevons', 'obtenemos', 'recibimos', 'otteniamo', 'riceviamo', 'obtemos', 'recebemos',
        'w zamian', 'pod warunkiem', 'tylko jeśli|jeżeli|jesli|jezeli', 'em troca', 'em contrapartida', 'desde que', 'só|so se', 'somente se',
        'in cambio', 'a patto che', 'purché|purche', 'solo se', 'en contrepartie', 'seulement si', 'a cambio de', 'siempre y cuando', 'solo si', 'sólo si',
      ],
      examples: ['−0,40 € (do 49,20 €) — w zamian: they give the +20% volume.', 'Desconto de 3% em troca de contrato de três anos.', 'Sconto del 2% in cambio di un ordine annuale.'],
    },
  ],
  'common-ground': [
    {
      why: 'Shared aims and points already agreed, in other languages.',
      phrases: [
        'gemeinsam* basis|ziel|ziele|interesse|interessen|nenner', 'beide seiten wollen|möchten|moechten', 'schon|bereits einig', 'bereits vereinbart', 'schon vereinbart',
        // "Beide wollen eine Referenzanlage", "Was schon steht: …", "Los dos queremos", "Tous les deux on veut".
        'beide wollen|möchten|moechten', 'was schon|bereits steht|stehen', 'los dos queremos|quieren', 'tous les deux on? veut|voulons|veulent', 'os dois queremos|querem',
        'terreno común|comun', 'puntos en común|comun', 'objetivo|objetivos común|comun|comunes', 'intereses comunes', 'ya acordado|acordados|pactado|pactados', 'ambas partes quieren',
        'punti in comune', 'terreno comune', 'obiettivo|obiettivi comune|comuni', 'interessi comuni', 'già|gia concordato|concordati', 'già|gia d accordo', 'entrambe le parti vogliono', 'entrambi vogliamo|volete|vogliono', 'tutti e due vogliamo|vogliono', 'ambedue vogliamo', 'beide willen', 'wir beide wollen', 'nous voulons tous les deux', 'les deux veulent',
        'pontos em comum', 'objetivo|objetivos comum|comuns', 'interesses comuns', 'já acordado|acordados|combinado|combinados', 'já … combinado|combinados|acordado|acordados|fechado|fechados', 'ya … acordado|acordados|pactado|pactados|cerrado', 'ja acordado|combinado', 'ambas as partes querem', 'os dois lados querem', 'os dois querem', 'ambos lados quieren', 'los dos lados quieren', 'les deux côtés veulent', 'beide kanten willen', 'já concordamos', 'ja concordamos', 'já … acertado|acertados|acertadas',
        'terrain d entente', 'points communs', "ce qu'on|qu’on partage", 'ce que nous partageons', 'o que já partilhamos|compartilhamos', 'lo que ya compartimos', 'was wir schon teilen',
        // "Même objectif : l'observance", "mismo objetivo", "dasselbe Ziel": the same aim on both sides.
        'même|meme objectif|objectifs|but', 'mismo objetivo', 'mesmo objetivo', 'stesso obiettivo', 'dasselbe|gleiche|gleiches ziel', 'les deux parties veulent|souhaitent', 'objectif|objectifs commun|communs', 'intérêts communs', 'déjà d accord|convenu|acquis', 'deja d accord|convenu|acquis',
        'wspólne|wspolne cele|interesy|stanowisko', 'wspólny|wspolny cel|interes', 'już|juz uzgodnione|uzgodniliśmy|uzgodnilismy', 'obie strony chcą|chca',
        'gemeenschappelijk* doel|doelen|belang|belangen|grond', 'al afgesproken', 'beide partijen willen',
        // "Wat we al delen", "al afgestemd", "waren … het eens"; "det vi redan är överens om", "det vi er enige om".
        // "en la operación estamos de acuerdo", "En lo que ya coincidimos", "sur le produit on est d'accord", "siamo d'accordo".
        'estamos de acuerdo|acordo', 'ya coincidimos', 'coincidimos en', 'on est d accord', 'nous sommes d accord', 'siamo d accordo', 'wir sind uns einig', 'sind wir uns einig', 'we zijn het eens',
        'wat we al delen', 'al afgestemd', 'het eens', 'redan överens|överenskommet', 'er enige om', 'enige om', 'redan överens om',
      ],
      examples: ['En la operación estamos de acuerdo, lo que falta es el precio.', 'Beide wollen eine Referenzanlage für natürliche Kältemittel im Emmental.', 'Gemeinsame Basis', 'Beide Seiten wollen, dass junge Familien im Ort bleiben können.', 'Puntos en común: ambas partes quieren un contrato de tres años.', 'Già concordato: consegna entro marzo.', 'Entrambi vogliamo le macchine in funzione prima di marzo.', 'Wspólne cele: wdrożenie przed końcem roku.', "Ce qu'on partage déjà", "Même objectif : l'observance."],
    },
  ],
  'decision-maker': [
    {
      why: 'The one who decides or signs, in other languages.',
      phrases: [
        'entscheider*', 'unterschreibt|unterschreiben|unterzeichnet', 'entscheidet', 'zeichnungsberechtigt', 'freigabe durch', 'wer entscheidet',
        // Finnish, Czech and Polish: "toimitusjohtaja hyväksyy hinnat", "ředitel schvaluje", "umowę podpisuje prezes".
        'hyväksyy|hyvaksyy|allekirjoittaa|päättää|paattaa', 'schvaluje|podepisuje|rozhoduje', 'podpisuje|zatwierdza|decyduje', 'päättäjä*', 'paattaja*',
        'quién|quien decide|firma', 'decisor|decisora|decisores', 'firma el contrato|pedido',
        // "Decide Jorge Undurraga, gerente de operaciones; firma el gerente general": the verb first, then who.
        'decide|firma|aprueba el|la|don|doña gerente|director|directora|presidente|presidenta|dueño|dueña|socio|socia|jefe|jefa', 'firma|decide … gerente|director|directora general',
        'assina|decide|aprova o|a diretor|diretora|gerente|presidente|sócio|socio|dono|dona',  'aprueba|aprobación|aprobacion', 'toma la decisión|decision',
        'chi decide|firma', 'decisore|decisori', 'firma il contratto|ordine', 'approva', 'approvazione di|del|della',
        'quem decide|assina', 'decisor|decisora', 'assina o contrato', 'aprova', 'aprovação|aprovacao do|da',
        'décideur|decideur|décisionnaire', 'qui décide|decide|signe', 'signe le contrat|bon', 'signataire',
        'kto decyduje|podpisuje', 'decydent', 'podpisuje', 'zatwierdza', 'beslisser', 'wie beslist|tekent', 'tekent het contract',
        // The verb first, then who: "Decide la Dr.ssa Bernasconi; il contratto lo firma il CFO", "Décide : M. Rey", "X beslist".
        'decide|firma|approva il|la|lo|l dott|dottssa|dr|dr.ssa|ing|cfo|ceo|direttore|direttrice|responsabile|presidente|amministratore|titolare',
        'lo|la|li firma il|la', 'décide|decide|signe|valide le|la|m|mme|dg|daf|directeur|directrice|président|president|responsable', 'beslist', 'tekent',
        // Whose the signature or the decision is: "la firma es de Tomeu", "a decisão é do Sr. Álvaro", "la décision revient à Mme Roussel".
        'la firma es|será de|del', 'la decisión|decision es|será de|del', 'la firma|decisión|decision la tiene|toma|pone', 'a assinatura|decisão|decisao é|e|será do|da|de',
        'la firma|decisione è|e|sarà di|del|della', 'la signature|décision|decision revient|reviendra à|a', 'la signature|décision|decision est celle de', 'die unterschrift|entscheidung liegt bei', 'de handtekening|beslissing ligt bij',
      ],
      examples: ['Laura negocia y prepara, pero la firma es de Tomeu.', 'Wir: GF Anja Reiter unterschreibt bis 1,5 Mio., darüber Aufsichtsrat.', 'Quién decide: el director financiero, Luis Ortega.', 'Decide Jorge Undurraga, gerente de operaciones; firma el gerente general, Felipe Correa.', 'Chi firma: la CFO Giulia Neri.', 'Decide la Dr.ssa Bernasconi; il contratto lo firma il CFO, Marco Cereghetti.', 'Decydent: prezes zarządu, Anna Nowak.'],
    },
  ],
  timeline: [
    {
      why: 'A long-term relationship is no date: "una relación de largo plazo", "parceria de longo prazo".',
      idiom: true,
      phrases: ['largo|medio|corto plazo', 'longo|médio|medio|curto prazo'],
      examples: ['Los dos queremos una relación de largo plazo con contrato marco de repuestos.', 'Queremos uma parceria de longo prazo.'],
    },
    {
      why: 'Dates and deadlines by name in other languages.',
      phrases: ['zeitplan', 'frist', 'fristen', 'cronograma', 'calendario', 'fecha límite|limite', 'plazo', 'plazos', 'scadenza', 'scadenze', 'tempistica', 'prazo', 'prazos', 'harmonogram', 'termin|terminy decyzji', 'échéance|echeance', 'calendrier',
        // Dutch: "afroep in 4 tranches vanaf wk 40", "uiterlijk 1 maart", "planning".
        'vanaf wk|week #', 'in wk|week #', 'uiterlijk', 'tijdpad', 'opleverdatum', 'afroep',
        // A deal event on a date in French, Italian, German and Dutch: "Décision le 12 mars", "avvio operativo il 1° luglio",
        // "Entscheidung bis 15. März", "start 1 mei".
        `${EU_EVENT} … ${EU_MONTHS}`, `${EU_EVENT} … # . ${EU_MONTHS}`, `avant|entro|bis|spätestens|spaetestens|uiterlijk|vóór|voor … # ${EU_MONTHS}`, `avant|entro|bis|spätestens|spaetestens|uiterlijk|voor fin|fine|ende|eind ${EU_MONTHS}`],
      examples: ['afroep in 4 tranches vanaf wk 40', 'Zeitplan: Hoftermin 21.05. → Einigung bis 30.06.', 'Plazo: decisión antes del 15 de marzo.', 'Scadenza: firma entro il 30 aprile.', 'Harmonogram: decyzja do 15 maja.', 'Décision le 12 mars, démarrage le 1er mai.', 'Decisione entro il 15 aprile, avvio operativo il 1° luglio.', 'Timing: start 1 mei, na afloop van de lopende dealercontracten.', 'Vergabe bis Ende Februar.', 'Entscheidung bis 15. März, Start am 1. Mai.', 'Keuze ten laatste op 5 december.'],
    },
  ],
  value: [
    {
      why: 'Going back to value in other languages: savings, payback, the cost of doing nothing, fewer stoppages.',
      phrases: [
        'costo|coste de no hacer nada', 'custo de não|nao fazer nada', 'coût|cout de l inaction', 'coût|cout de ne rien faire', 'costo del non fare nulla|niente', 'kosten des nichtstuns', 'kosten van niets doen',
        'ahorro|ahorros|ahorramos|ahorran', 'economia|economias|poupança|poupanca', 'économie|économies|economie|economies', 'risparmio|risparmi|risparmiano', 'einsparung|einsparungen|ersparnis', 'besparing|besparingen', 'oszczędność|oszczednosc|oszczędności|oszczednosci',
        'amortización|amortizacion|amortização|amortizacao|amortissement|ammortamento|amortisation', 'terugverdientijd', 'retorno de la|da inversión|inversion|investimento', 'retour sur investissement', 'ritorno sull investimento',
        'regresamos|volvemos|volver|regresar al|a valor|piloto', 'voltamos|voltar ao valor', 'retour à|a la valeur', 'torniamo|tornare al valore', 'zurück auf|zum den? wert|nutzen', 'terug naar de waarde',
        'tco',
      ],
      examples: ['costo de no hacer nada: siguen pagando multas', 'onze opbrengst ≈ € 140.000 besparing per jaar', 'nicht sofort mit Rabatt reagieren, erst zurück auf den Wert', 'regresamos al piloto: 9% menos diésel'],
    },
    {
      why: 'What a buyer brings instead of more money, in other languages: volume, prompt payment, references, more work to come.',
      side: 'buyer',
      phrases: [
        'volumen|volume|volumes garantizado|garantido|asegurado', 'sin atrasos', 'sem atrasos', 'a tiempo|horas', 'pago puntual|rápido|rapido', 'pagamento pontual|rápido|rapido', 'paiement rapide|ponctuel', 'pagamento puntuale', 'pünktliche zahlung',
        'referencias|referências|referencias|références|referenze|referenzen|referenties', 'obras|proyectos|projetos|projets|progetti|projekte más|mas|mais|de plus|in più', 'en carpeta', 'vloot', 'service-inkomsten',
      ],
      examples: ['pagamos a 45 días sin atrasos, pueden pedir referencias a nuestros proveedores de acero', 'tenemos 3 obras más en carpeta para 2026'],
    },
  ],
  budget: [
    {
      why: 'Money lost or made is no budget: "abajo de eso perdemos dinero", "on perd de l\'argent", "wir verlieren Geld".',
      idiom: true,
      phrases: ['perder|perdemos|pierde|pierden|perdem|perde|perd|perdons|perdent|verlieren|verliert|perdiamo|perdono … dinero|dinheiro|argent|geld|soldi', 'ganar|ganamos|ganhar|ganhamos|gagner|verdienen dinero|dinheiro|argent|geld'],
      examples: ['Piso: $15.20; abajo de eso perdemos dinero con el costo de papel actual.'],
    },
    {
      why: 'Money set aside and where it comes from, in other languages.',
      phrases: [
        // "Dinheiro:", "Dinero:", "Geld/Budget:", "Argent :": the money, as a label.
        'dinheiro', 'dinero', 'argent', 'geld',
        // "tienen partida de transformación digital 2025", "partida presupuestaria": a budget line.
        'partida presupuestaria|aprobada|asignada', 'tienen|hay una? partida', 'aprobó|aprobo|aprobaron|asignó|asigno|asignaron una? partida', 'stanziamento|stanziati', 'dotation budgétaire|budgetaire', 'haushaltsmittel', 'budgetpost',
        'budżet|budzet|presupuesto|presupuestos|bilancio|orçamento|orcamento|ankaufsbudget', 'finanziert|finanzierung|financiación|financiacion|finanziamento|financiamento|finansowanie', 'financement|financiering par|du|de|bancaire|via|door|van|uit|met', 'fondos|fondi|fundos|środki|srodki'],
      examples: ['Geld: Ankaufsbudget 1,75 Mio. € aus Projektfinanzierung.', 'Presupuesto: 240.000 € aprobados para 2026.', 'Budżet: 1,2 mln zł z funduszu IT.'],
    },
  ],
  constraint: [
    {
      why: 'Rules the deal must meet, in Spanish and Portuguese plans: statutes, the general assembly, approval required by law.',
      phrases: ['estatutos', 'asamblea general', 'assembleia geral', 'lo apruebe|aprueba|aprobará la asamblea|junta|consejo', 'requiere|requieren|exige|exigen aprobación|aprobacion', 'máximo|maximo legal',
        // "nuestra norma (acuerdo del Consejo Rector) es pagar a 90 días", "a nossa política de pagamento".
        'nuestra|la norma|normativa|política|politica', 'norma interna', 'acuerdo del consejo', 'nossa|a norma|política|politica', 'política|politica de pagos|pagamento|compras|crédito|credito',
        // A financier's release on its own terms: "Belfius ne libère le leasing que si la facture est datée avant le 31 mars".
        'ne libère|libere|débloque|debloque … que si|lorsque', 'solo|sólo libera|desembolsa … si', 'só|so libera|liberam … se', 'rilascia|eroga … solo se', 'gibt … nur frei|wenn',
        // Data protection by its local names, and data leaving the EU: "RGPD", "DSGVO", "LGPD", "transfert hors UE".
        'rgpd', 'dsgvo', 'lgpd', 'hors ue', 'außerhalb|ausserhalb der eu', 'fuera de la ue', 'fora da ue', 'al di fuori dell ue'],
      examples: ["Belfius ne libère le leasing que si la facture est datée avant le 31 mars.", 'Pago: nuestra norma (acuerdo del Consejo Rector) es pagar la maquinaria a 90 días desde la puesta en marcha.', 'Los Estatutos de la cooperativa exigen que cualquier contrato de más de 2 años lo apruebe la Asamblea General.', 'Le support niveau 2 est à Bangalore (transfert hors UE).'],
    },
  ],
  withhold: [
    {
      why: 'Raising a point only later, in other languages: "erst nach der Preiseinigung ansprechen", "solo después de", "seulement après", "non prima di".',
      phrases: [
        'erst nach|bei|wenn', 'nicht vor',
        // "Sag ich erst, wenn sie von sich aus … fragen": told only once they ask.
        'sag|sage|sagen|erwähne|erwähnen ich|wir erst', 'wenn|falls sie|er … von sich aus … fragen|fragt', 'später ansprechen|erwähnen|sagen', 'nicht ansprechen|erwähnen|sagen', 'verschweigen', 'für uns behalten',
        'solo|sólo después de', 'no mencionar|decir|comentar', 'no lo mencionamos|decimos', 'no lo|la sacamos|contamos|mostramos hasta|antes',
        // "No se lo mencionemos a CDP hasta…", "no se lo digas", "não contamos até", "on ne leur dit pas avant".
        'no se|le|les? lo|la? mencionemos|mencionamos|digamos|decimos|comentemos|contemos|cuentes|digas', 'no contamos|falamos|mencionamos até|ate', 'hasta tener|cerrar|firmar el precio|contrato|acuerdo', 'más adelante', 'seulement après', 'pas avant', 'ne pas mentionner|dire|évoquer',
        'solo dopo', 'non prima di', 'non menzionare|dire', 'só depois de', 'somente depois de', 'não mencionar|dizer', 'dopiero po', 'nie mówić|wspominać',
        // "On ne l'évoquera qu'à la mise au point du contrat, après l'accord sur le prix": told only at the contract stage.
        'évoquera|évoquerons|mentionnera|mentionnerons|dira|dirons|aborderons|abordera qu', 'qu à la signature|mise au point', 'après l accord sur le prix', 'qu après l accord|la signature',
        // Only if they ask, or not touching the subject: "Não tocar no assunto; se a Fernanda perguntar…", "no sacar el tema",
        // "nur auf Nachfrage", "alleen als ze ernaar vragen".
        'não|nao tocar no assunto', 'não|nao falar disso|nisso', 'se … perguntar',
        // "Só tocar nesse assunto se o Dr. Otávio perguntar", "solo mencionarlo si…": raised only on a condition.
        'só|so tocar|falar|mencionar|comentar', 'solo|sólo tocar|mencionar|mencionarlo|comentar', 'só se perguntar*', 'no sacar|tocar el tema', 'solo si pregunta*', 'sólo si pregunta*',
        // "on n'en parle que s'ils posent la question sur le RGPD": raised only when they ask.
        'n en parle|parlons|parlera|dit|disons que s|si', 's il|ils posent|pose la question', 'si … posent|pose la question',
        'nur auf nachfrage', 'nur wenn sie|er fragt|fragen', 'alleen als ze|hij … vraagt|vragen', 'seulement s ils|si … demande*', 'solo se chied*', 'tylko jeśli|jesli zapytaj*',
        // Dutch and Scandinavian: "houden we achter de hand tot het mandaat getekend is", "pas na ondertekening", "först efter".
        'achter de hand', 'pas na', 'niet noemen|vertellen|melden', 'först efter', 'først efter', 'ikke nævne|nevne', 'inte nämna',
        // "On ne le dit pas à Orcalia", "non glielo diciamo", "das sagen wir nicht", "zeggen we niet"; "nur wenn … ausdrücklich fragt".
        'on ne le|la|les|leur dit pas', 'nous ne le|la|leur disons pas', 'on ne leur en parle pas', 'non lo|glielo|gliela diciamo', 'non ne parliamo', 'sagen|erwähnen|erwaehnen wir nicht', 'das sagen wir nicht',
        'zeggen|vertellen|noemen we|wij niet', 'houden we voor ons', 'nur wenn … ausdrücklich|ausdruecklich|explizit fragt|fragen|nachfragt', 'nur falls … fragt|fragen|nachfragt', 'sprechen|erwähnen|erwaehnen|sagen wir nur an? , wenn|falls',
      ],
      examples: ["On n'en parle que s'ils posent la question sur le RGPD.", 'Dat punt houden we achter de hand tot het mandaat getekend is.', 'LkSG: erst nach der Preiseinigung ansprechen, sonst preisen sie den Aufwand ein.', 'La auditoría: solo después de cerrar el precio.', 'No lo sacamos hasta que estemos cerrando el precio.', 'Clause RSE : pas avant la signature.', 'Só tocar nesse assunto se o Dr. Otávio perguntar sobre prazo de entrega.', "On ne le dit pas à Orcalia, ça leur donnerait un levier énorme.", 'Das sprechen wir nur an, wenn die Vergabestelle ausdrücklich nach dem Fertigungsort fragt.'],
      not: ['Erstes Gespräch am 12. Juni.'],
    },
  ],
  'relationship-problem': [
    {
      why: 'Hurt feelings in Tagalog and Hindi as mixed into English: "nagtampo si Joy", "para bumalik ang goodwill", "naraaz hai".',
      phrases: ['nagtampo|nagtatampo|tampo', 'bumalik ang goodwill|tiwala', 'naraaz|naraz hai|hain', 'naraaz|naraz ho gaye|gayi', 'gussa hai|hain'],
      examples: ['Waive ang penalty — nagtampo si Joy sa late payments natin, para bumalik ang goodwill.', 'Suresh ji naraaz hain since the breakdown in May.'],
    },
    {
      why: 'Feelings about us and buying back a good mood, in other languages: "sigue molesta", "para calmar las cosas", "pour apaiser", "per calmare".',
      phrases: [
        'molesto|molesta|molestos|molestas|enfadado|enfadada|disgustado|disgustada|descontento|descontenta', 'la|su bronca', 'compensar la|el|su bronca|enojo|malestar|molestia', 'recuperar su|la confianza', 'para calmar', 'calmar las cosas|los ánimos', 'buena voluntad', 'gesto de',
        'mécontent|mécontente|mecontent|mecontente|fâché|fâchée|fache|fachee|agacé|agacée', 'pour apaiser|calmer', 'geste commercial', 'bonne volonté',
        'arrabbiato|arrabbiata|scontento|scontenta|irritato|irritata', 'per calmare|rimediare', 'buona volontà',
        'chateado|chateada|irritado|irritada|insatisfeito|insatisfeita', 'para acalmar', 'boa vontade', 'zdenerwowany|zdenerwowana|niezadowolony|niezadowolona', 'żeby załagodzić|zalagodzic',
        'geärgert', 'sauer', 'unzufrieden', 'zu beruhigen', 'besänftigen', 'boos', 'ontevreden', 'om … te sussen',
        // Trust to win back and a slight to make up for: "Pour qu'il nous refasse confiance", "il l'a très mal pris",
        // "riconquistare la fiducia", "Vertrauen zurückgewinnen", "om het goed te maken".
        'refasse|refassent confiance', 'regagner|retrouver|rétablir|retablir sa|leur|la confiance', "l'a|l’a|l'ont|l’ont mal pris", 'mal pris', 'pour se faire pardonner',
        'riconquistare|recuperare la|sua|loro fiducia', 'ricucire il rapporto', 'per farci perdonare',
        // An apology paid in money: "come gesto di scuse per il ritardo", "en disculpa por", "en guise d'excuse", "als Entschuldigung".
        'gesto di scuse', 'come scusa|scuse', 'per scusarci', 'torna|torni serena|sereno|contenta|contento', 'en disculpa|compensación|compensacion por', 'como disculpa', "en guise d excuse", "en guise d excuses", 'pour nous excuser', 'als entschuldigung', 'zur entschuldigung', 'als excuus|goedmakertje', 'como pedido de desculpas', 'vertrauen zurückgewinnen|zurueckgewinnen|wiederherstellen', 'wiedergutmachung', 'verärgert|veraergert',
        'vertrouwen terugwinnen|herstellen', 'om het goed te maken', 'gefrustreerd',
        // Turkish: "bize kırgın" (hurt with us), "aramızı düzeltmek için" (to mend things between us), "gönlünü almak".
        'kırgın|kirgin|kızgın|kizgin|darıldı|darildi', 'aramızı|aramizi düzeltmek|duzeltmek', 'gönlünü|gonlunu al*',
      ],
      examples: ['−0,80 €/m come gesto di scuse per il ritardo di gennaio.', 'Anouk sigue molesta por los retrasos de marzo.', 'Para calmar las cosas, les ofrecemos portes gratis.', 'Il est mécontent des retards.', 'Der Einkäufer ist sauer wegen der Lieferverzüge.', 'Elif Hanım bize kırgın; aramızı düzeltmek için vadeyi kısaltalım.', "Pour qu'il nous refasse confiance, on lui offre le nettoyage des vitres."],
    },
  ],
  'price-cut': [
    {
      why: 'Paying at 45 days is a payment term, not a higher offer: "pagamos a 45 días sin atrasos".',
      idiom: true,
      phrases: ['pagamos|pagaremos a|en|em # días|dias|meses|semanas', 'pagamos siempre|sempre a|en|em # días|dias'],
      examples: ['pagamos a 45 días sin atrasos, pueden pedir referencias'],
    },
    {
      why: 'A buyer raising its offer in Spanish and Portuguese: "Subimos para 102,00 €/MWh", "subimos a 4,20 €".',
      side: 'buyer',
      phrases: ['subimos|aumentamos|pagamos para|a|hasta|até|ate $|€|£|¥|₹|#', 'subimos|aumentamos la|a|nuestra|nossa oferta'],
      examples: ['Subimos para 102,00 €/MWh.'],
    },
    {
      why: 'A seller naming a lower figure in other languages: "Oferecemos R$ 36,90", "bajamos a 4,20 €", "on descend à 15 €", "wir gehen auf 1.200 € runter".',
      side: 'seller',
      phrases: [
        'oferecemos|ofrecemos|offrons|proponiamo|bieten|bieden $|€|£|¥|₹|#', 'baixamos|reduzimos|bajamos|reducimos|rebajamos para|a|hasta $|€|£|¥|₹|#',
        // Finnish: "mennään suoraan askeliin 1 ja 2" (straight to steps 1 and 2), "annamme alennuksen".
        'suoraan askel*', 'mennään|mennaan suoraan', 'annamme alennu*', 'alennus|alennusta # %',
        // "$0.60 menos (→ $17.00)", "€ 0,20 minder": a figure less.
        '# menos|minder|weniger', '# en moins', '# in meno',
        'on descend|baisse à|a $|€|£|¥|₹|#', 'nous descendons à|a', 'on|nous descend|descendons|baisse|baissons … jusqu à|a', 'on|nous descend|descendons tout de suite|directement|immédiatement', 'descend|descendons les marches|paliers|étapes', 'scendiamo a', 'wir gehen auf', 'we zakken naar',
        // A cut by a share: "Les bajamos un 10 %", "baixamos 5 %", "on baisse de 8 %", "scontiamo del 5 %", "wir senken um 5 %".
        'les|le? bajamos|rebajamos|descontamos|reducimos un|el? #', 'baixamos|descontamos|reduzimos um|o? #', 'lhes baixamos|damos desconto',
        'on|nous baisse|baissons|réduit|reduit|réduisons|reduisons de #', 'scontiamo|riduciamo|abbassiamo del|di? #', 'scendiamo|caliamo subito? del|di #', 'wir senken|reduzieren um #', 'we verlagen|zakken met #', 'verlagen|zakken we met|naar #',
        // A sum off the price: "R$ 30.000,00 por ano a menos", "5 000 € de moins", "2.000 € in meno", "500 € weniger", "€ 400 minder"
        // (money only: "23 Tage weniger", "2,5 h a menos" are less of something else).
        '$|€|£|¥|₹ # … a|de menos', '# $|€|£|¥|₹ … a|de menos', '$|€|£|¥|₹ # … de moins', '# $|€|£|¥|₹ … de moins', '$|€|£|¥|₹ # … in meno', '# $|€|£|¥|₹ … in meno',
        '$|€|£|¥|₹ # … weniger', '# $|€|£|¥|₹ … weniger', '$|€|£|¥|₹ # … minder', '# $|€|£|¥|₹ … minder',
      ],
      examples: ['Degrau 1: R$ 30.000,00 por ano a menos, em troca de contrato de 3 safras.', 'Oferecemos R$ 36,90 se assinarem na própria reunião.', 'Bajamos a 4,20 € si firman hoy.', 'Les bajamos un 10 % ahí mismo a cambio de que lo firmen antes del consejo.', 'On baisse de 8 % si le contrat est signé.', 'Scendiamo subito del 4 %, purché confermino entro venerdì.', 'Dan zakken we met 5 % (7.400 EUR), op voorwaarde dat ze voor twee jaar tekenen.'],
    },
  ],
  give: [
    {
      why: 'What we give, in other languages: "les ofrecemos", "gratis", "übernehmen wir", "offerts", "in omaggio".',
      phrases: [
        // A buyer adding money in German: "Wir legen drauf", "legen wir 12.000 € drauf".
        'legen|legt … drauf', 'drauflegen',
        'ofrecemos|ofreceremos|regalamos|incluimos', 'gratis', 'sin coste|cargo', 'übernehmen wir', 'kostenlos', 'kostenfrei', 'ohne aufpreis', 'wir bieten',
        'offert|offerts|offerte|offertes', 'gratuit|gratuite|gratuitement', 'nous offrons|proposons', 'in omaggio', 'gratuito|gratuita', 'offriamo', 'oferecemos', 'grátis', 'sem custo',
        'oferujemy', 'bezpłatnie|bezplatnie', 'za darmo', 'wij bieden', 'kosteloos',
        // As a column or label: "| Je donne | Je demande |", "Damos", "Wir geben", "Wij geven".
        'je|on|nous donne|donnons|cède|cédons|lâche|lâchons', 'yo doy|cedo', 'damos|cedemos', 'eu dou|cedo', 'io do|diamo|concedo|concediamo', 'diamo', 'concediamo', 'ich|wir gebe|geben', 'ik|wij|we geef|geven',
        // Hungarian, Romanian, Ukrainian, Bulgarian and Greek, as a column or label: "Adok", "Oferim", "Даємо", "Даваме", "Δίνουμε".
        'adok', 'adunk', 'oferim', 'даємо', 'даваме', 'δίνουμε', 'ingyen', 'безкоштовно', 'безплатно', 'δωρεάν',
        // Czech, Polish, Finnish and Scandinavian: "| Dáváme |", "Dajemy", "Annamme", "Vi giver".
        'dáváme|davame|dáme|dame|nabízíme|nabizime', 'dajemy|oferujemy|ustępujemy|ustepujemy', 'annamme|tarjoamme|joustamme', 'vi ger|gir|giver|tilbyder|tilbyr|erbjuder',
        // Vietnamese column heads: "Mình cho" (we give), "Chúng tôi cho".
        'mình cho', 'minh cho', 'chúng tôi|ta cho', 'chung toi|ta cho',
        // Hindi and Tagalog: "| Denge | Lenge |", "Hum denge", "ibibigay namin".
        'denge', 'hum denge', 'ibibigay', 'bibigay',
        // "On lui offre le nettoyage des vitres", "on leur accorde", "gli offriamo", "concediamo", "wir gewähren", "we geven … extra".
        'on lui|leur offre|accorde|propose|laisse', 'nous lui|leur offrons|accordons', 'gli|le|loro offriamo|concediamo|regaliamo', 'wir gewähren|gewaehren|erlassen|verlängern|verlaengern',
        'we|wij geven|bieden … extra|gratis|korting', 'we|wij verlengen',
      ],
      examples: ['Wenn sie 36 Monate Gewährleistung geben, legen wir 12.000 € drauf.', 'Les ofrecemos portes gratis DDP en el primer pedido.', "On lui offre le nettoyage des vitres extérieures du premier trimestre.", 'Klischeekosten übernehmen wir.', 'Formation offerte pour deux techniciens.'],
    },
  ],
  'commitment-ask': [
    {
      why: 'A yes/no question that asks them to commit, in the plan\'s other language: "Est-ce que Karen peut valider un accord avant le 31/07 ?", "Können Sie bis Freitag unterschreiben?".',
      phrases: [
        'pouvez|pourriez|peut|peuvent|pourra|pourrait|pourront|allez|voulez … signer|valider|confirmer|accepter|engager|attribuer|commander',
        'können|koennen|könnten|koennten|würden|wuerden|werden|kann|wird … unterschreiben|unterzeichnen|zusagen|freigeben|beauftragen|bestellen|bestätigen|bestaetigen',
        'pueden|podrían|podrian|puede|podría|podria … firmar|aprobar|adjudicar|comprometerse|confirmarnos', 'van|va a … firmar|aprobar|adjudicar',
        'potete|potreste|può|puo|potrebbe|potranno … firmare|approvare|confermare|ordinare|aggiudicare',
        'podem|poderiam|pode|poderia|vão|vao|vai … assinar|aprovar|confirmar|fechar|adjudicar',
        'kunnen|kunt|kan|zouden|zou|willen|wilt … tekenen|ondertekenen|goedkeuren|gunnen|bevestigen|bestellen',
      ],
      examples: [
        'Est-ce que Karen peut valider un accord avant le 31/07, ou est-ce déjà trop tard de votre côté ?',
        'Können Sie bis Ende Juli unterschreiben?',
        '¿Pueden firmar antes del 31 de julio?',
        'Potete firmare entro fine mese?',
        'Kunnen jullie vóór 1 juli tekenen?',
      ],
    },
  ],
  'question-for-a-no': [
    {
      why: 'Offering the way out in Dutch, Scandinavian, Czech and Turkish plans: an obstacle, a reason not to, "at all".',
      phrases: [
        'niet zou|zouden tekenen|kiezen|doorgaan', 'een reden om', 'is het … over', 'hinder',
        // "Als € 668 voor jullie echt niet kan, zeg het dan vandaag.": asking to hear the no now.
        // "est-ce que c'est bloquant pour vous ? Autant le savoir maintenant.", "¿nos lo dicen hoy y no perdemos el tiempo?".
        'c est bloquant', 'est ce bloquant', 'autant le savoir', 'nos lo dicen|dices|dirán hoy|ya|ahora', 'no perdemos|perder el tiempo', 'es un no para', 'è un no per', 'é um não|nao para', 'c est un non pour',
        // Czech and Polish: "je to pro vás konec jednání?", "czy to koniec rozmów?".
        'konec jednání|jednani', 'koniec rozmów|rozmow|negocjacji',
        // "¿lo dejamos hasta aquí? Prefiero saberlo hoy.", "Lieber jetzt ein Nein", "meglio saperlo oggi", "preferem que fiquemos por aqui?".
        'lo dejamos hasta aquí|aqui|ahí|ahi', 'prefiero|mejor saberlo hoy|ya|ahora', 'lieber jetzt|heute|gleich ein nein', 'meglio saperlo oggi|subito|adesso|ora', 'melhor|prefiro saber hoje|já|ja|agora', 'fiquemos|ficamos por aqui', 'mieux vaut le savoir',
        'echt niet kan|gaat|lukt', 'zeg het dan vandaag|nu|meteen', 'zeg het vandaag|nu|meteen', 'liever nu een nee', 'liever vandaag een nee',
        // "Als levering vóór 1 mei niet lukt, wil ik dat vandaag horen."
        'wil ik dat|het vandaag|nu|meteen horen|weten', 'hoor|weet ik dat|het liever vandaag|nu',
        // "Si l'indexation ne vous convient plus pour 2026, pouvez-vous me le dire aujourd'hui ?"
        'me le dire aujourd hui|maintenant|tout de suite|dès maintenant', 'ne vous convient plus|pas', 'nos lo puede|pueden decir hoy|ya|ahora', 'dircelo|dirmelo oggi|subito|adesso', 'me dizer hoje|já|agora',
        // "Is er dan iets waardoor WMZ toch bij de huidige leverancier blijft?": anything that would keep them from us.
        'is er … iets waardoor|waarom', 'iets waardoor … toch|niet', 'toch bij … blijft|blijven', 'hindring',
        // "Finns det något som hindrar er från att skriva under?", "Er det noe som hindrer dere?".
        'hindrar|hindra|hindrer|hindre|forhindrer|förhindrar', 'avstår|avstå|avstar|avsta', 'ointressant', 'overhovedet', 'ikke kan|vil', 'inte kan|vill',
        'důvod říct ne', 'duvod rict ne', 'nepodepsali|nepodepíšete|nepodepisete|nevybrali|nevyberete', 'engel', 'yapamay*', 'başlayamay*', 'baslayamay*', 'veremey*', 'anlamı kalır', 'anlami kalir',
      ],
      examples: [
"Si la clause gazole reste telle quelle, est-ce que c'est bloquant pour vous ? Autant le savoir maintenant.", 'Als € 668 voor jullie echt niet kan, zeg het dan vandaag. Is dat zo?',         'Om vi inte kan ge er 10 års löptid — är det ett hinder för er?', 'Je něco, kvůli čemu byste s námi do 31. 10. nepodepsali?',
        'Er der noget i vores krav om EU-lagring, som gør, at I ikke kan levere?', 'Sizin tarafta bir engel kaldı mı?',
      ],
    },
    {
      why: 'Offering the way out, in other languages: "¿preferís decírnoslo ya?", "que os impida firmar", "sagen Sie es uns heute", "dites-le-nous maintenant".',
      phrases: [
        'impida|impide|impidan|impedir', 'preferís|prefieren|preferiría|preferirian', 'decírnoslo|decirnoslo|díganoslo|diganoslo', 'hay algo que',
        // "¿hay algo — el operador, el alcance — que haga que ustedes no nos asignen la obra?".
        'hay algo … que haga|hagan|haría|harían', 'que haga|hagan que … no',
        'sagen sie es uns', 'hindert|hindern', 'spricht … dagegen', 'lieber … sagen', 'empêche|empêcherait|empeche|empecherait', 'dites le nous', 'préférez|preferez',
        'impedisce|impedirebbe', 'preferite|preferisce', 'ditecelo', 'impede|impediria', 'preferem|prefere', 'digam nos', 'przeszkadza|uniemożliwia|uniemozliwia', 'wolicie', 'woli pan|pani',
        // "¿…que la dirección no vaya a firmar en ningún caso?", "¿…o no hay manera?", "…qui nous élimine d'office ?".
        'no vaya|van|va|vayan|podría|podrían|aceptaría|aceptarían|firmaría|firmarían', 'en ningún caso', 'no hay manera', 'élimine|éliminerait|elimine|eliminerait|exclut|exclurait',
        // "¿es mejor decirlo hoy y no seguimos?", "si 4,90 € no le cuadra".
        'mejor decirlo', 'no seguimos|sigamos', 'no le|les cuadra|cuadran',
        // "Y a-t-il une raison qui vous ferait choisir l'offre allemande, quel que soit notre prix ?", "le projet est-il reporté ?",
        // "c'è un motivo per cui…", "gibt es einen Grund, warum…", "is er een reden waarom…".
        'une|aucune raison qui|pour laquelle', 'quel|quelle que soit notre|le offre|prix', 'est il|elle reporté|reporte|abandonné|abandonne', 'un motivo per cui', 'indipendentemente dal prezzo', 'einen grund , warum|weshalb', 'einen grund warum|weshalb', 'unabhängig|unabhaengig vom preis', 'een reden waarom', 'ongeacht de prijs',
        // "si … no les da, ¿me lo puedes decir hoy? Prefiero un no ahorita": asking for the no out loud.
        'prefiero|preferimos un no', 'no les|le da', 'un no ahora|ahorita|hoy',
        // "Est-ce que M. Beaulac refuserait d'emblée une offre conditionnelle ? Si oui, on aime mieux le savoir tout de suite."
        'refuserait|refuseraient|rifiuterebbe|rechazaría|rechazaria|recusaria', 'aime|aimons|aimerait mieux le savoir', 'préfère|prefere|préférons|preferons le savoir',
        // "…, c'est exclu chez Vendara ? Si oui, dites-le maintenant.", "ou est-ce déjà trop tard de votre côté ?".
        'c est exclu|exclue|exclus', 'est il|elle exclu|exclue', 'trop tard', 'dites le|la maintenant', 'dites le|la tout de suite', 'dites le|la aujourd hui', 'demasiado tarde', 'troppo tardi', 'zu spät|spaet', 'te laat',
        // Japanese questions about what could stop the deal: "承認されない可能性", "受け入れられないものですか".
        '*されない*', '*られない*', '*できない*',
      ],
      examples: ["Est-ce que M. Beaulac refuserait d'emblée une offre conditionnelle à la phase I ? Si oui, on aime mieux le savoir tout de suite.", '¿Hay algo en nuestras condiciones que os impida firmar?', "Y a-t-il aujourd'hui une raison qui vous ferait choisir l'offre allemande, quel que soit notre prix ?", "C'è un motivo per cui, indipendentemente dal prezzo, potreste restare con l'operatore attuale?", 'Wenn 398 € nicht darstellbar ist: sagen Sie es uns heute.', "Qu'est-ce qui vous empêcherait de signer ?", '¿Hay algún punto de nuestra plataforma que la dirección no vaya a firmar en ningún caso?', "Y a-t-il un point de notre proposition qui nous élimine d'office ?"],
    },
  ],
  desperation: [
    {
      why: 'Closing at any price in Spanish and Portuguese: "lo tenemos que cerrar sí o sí", "cueste lo que cueste", "custe o que custar".',
      phrases: ['sí o sí', 'si o si', 'cueste lo que cueste', 'custe o que custar', 'a toda costa', 'a cualquier costo|coste|precio', 'a qualquer custo|preço|preco', 'tenemos que cerrar|ganar|firmar … sí o sí', 'no podemos perder este|esta|a|el', 'não podemos perder este|esta|o|a',
        // "esse deal a gente não pode perder": the deal named first, "a gente" for "we".
        'a gente não|nao pode perder', 'deal|contrato|negócio|negocio|cliente|conta|cuenta no|não|nao podemos|pode perder', 'no|não|nao podemos perder esse|essa|ese|esa|este|esta'],
      examples: ['Lo tenemos que cerrar sí o sí.', 'Este contrato hay que ganarlo cueste lo que cueste.'],
    },
    {
      why: 'Closing at any price in Italian, German, Dutch and French: "a qualunque costo", "um jeden Preis", "koste wat het kost", "à n\'importe quel prix".',
      phrases: [
        'a qualunque|qualsiasi|ogni costo', 'ad ogni costo', 'costi quel che costi', 'va portato|portata a casa', 'dobbiamo portarlo|portarla a casa', 'non possiamo perdere questo|questa|il|la',
        'um jeden preis', 'koste es was es wolle', 'müssen|muessen wir unbedingt', 'brauchen wir unbedingt', 'dürfen|duerfen wir nicht verlieren',
        'tegen elke|iedere prijs', 'koste wat het kost', 'moeten we binnenhalen', 'mogen we niet verliezen',
        "à|a n'importe|n’importe quel prix", 'à|a tout prix', 'coûte que coûte', 'il nous le|la faut', 'on ne peut pas perdre ce|cette|le|la',
      ],
      examples: ['Va portato a casa a qualunque costo.', 'Diesen Auftrag brauchen wir um jeden Preis.', 'Dit contract moeten we binnenhalen, koste wat het kost.', "Il faut signer à n'importe quel prix."],
    },
  ],
  placeholder: [
    {
      why: 'A field left to fill in, in Spanish and Portuguese: "por definir", "a definir".',
      phrases: ['por definir', 'a definir', 'por determinar', 'a determinar', 'a|por preencher|rellenar', 'por completar', 'à|a remplir', 'da compilare|completare|definire', 'auszufüllen|auszufuellen', 'in te vullen'],
      examples: ['Penalización por retraso: por definir.', '- Volume previsto 2026: [a preencher — pedir à Sandra do planeamento]', 'Budget : à remplir'],
    },
  ],
  hedge: [
    {
      why: 'A guess in the plan\'s other language, "I reckon", "I suppose", "presumably": Turkish, Czech, Dutch, Scandinavian, German, French, Spanish and Italian.',
      phrases: [
        'bence', 'sanırım', 'sanirim', 'galiba', 'tahminimce', 'muhtemelen', 'předpokládám', 'predpokladam', 'pravděpodobně', 'pravdepodobne',
        'ik neem aan', 'vermoedelijk', 'waarschijnlijk', 'jag antar', 'antagligen', 'förmodligen', 'formodligen', 'jeg går ud fra', 'jeg antager', 'formentlig',
        'ich nehme an', 'vermutlich', 'wahrscheinlich', 'je suppose', 'probablement', 'supongo', 'probablemente', 'seguramente', 'suppongo', 'probabilmente',
        // "Me imagino que el concesionario no tiene la 32 surcos", "imagino que", "suponho que".
        'me imagino|imagino que', 'suponho|supomos que', 'me parece que',
        // "Acho que eles estão com capacidade ociosa", "creo que", "je pense que", "ich glaube", "penso che": I think, about them.
        'acho|achamos que', 'creo|creemos que', 'asumo|asumimos|supongamos que', 'je pense|crois que', 'ich glaube|denke', 'wir glauben|denken', 'penso|credo che', 'provavelmente', 'talvez',
        // "Ils ont sûrement un objectif de fin d'année", "sicuramente", "bestimmt", "vast wel", "ik denk dat", "immagino che".
        'sûrement', 'surement', 'sans doute', 'sicuramente', 'immagino|immaginiamo che', 'suppose|supposons que', 'ik denk|vermoed dat', 'vast wel', 'ich vermute|schätze|schaetze', 'dürfte|duerfte|dürften|duerften',
        // "I assume that…": "Ich gehe davon aus, dass…", "ik ga ervan uit dat", "je pars du principe que", "doy por hecho que", "do per scontato che".
        'ich gehe davon aus', 'wir gehen davon aus', 'ik ga ervan uit', 'we|wij gaan ervan uit', 'je pars du principe', 'on part du principe', 'nous partons du principe', 'doy|damos por hecho|sentado', 'do|diamo per scontato', 'parto do princípio|principio',
      ],
      examples: ['Ich gehe davon aus, dass Medivista noch keinen zweiten Lieferanten qualifiziert hat.', 'Ik ga ervan uit dat ze nog geen tweede leverancier hebben.', 'Bence 90 gün vadeyi sorun etmezler.', 'Vermutlich akzeptieren sie 60 Tage.', 'Supongo que aceptarán 60 días.', 'Acho que eles estão com capacidade ociosa em janeiro.', "Ils ont sûrement un objectif de fin d'année."],
    },
  ],
  verify: [
    {
      why: 'How we check, in the plan\'s other language: "preguntar a Javier", "spørg Henrik direkte", "confirmar", "nachfragen", "vérifier".',
      phrases: [
        'preguntar', 'pregúntale', 'confirmar', 'verificar', 'comprobar', 'spørg', 'spørge', 'bekræft*', 'fråga', 'bekräfta', 'vraag', 'navragen', 'controleren', 'nagaan',
        'ověřit', 'overit', 'zeptat', 'doğrula*', 'dogrula*', 'teyit', 'sor', 'prüfen', 'nachfragen', 'klären', 'vérifier', 'demander', 'verificare', 'chiedere', 'perguntar',
        // The verb as the writer conjugates it: "Se lo pregunto directamente", "Lo confirmo con Tomeu", "glielo chiedo", "je vérifie",
        // "frag ich nach", "vraag ik na", "pergunto ao Jonas".
        'bestätigung|bestaetigung verlangen|einholen|anfordern', 'schriftlich bestätigen|bestätigen lassen', 'pregunt*', 'confirmo', 'confirmaré', 'confirmare', 'confirmamos', 'comprueb*', 'comprobam*', 'verifico', 'verificaré', 'verificamos', 'verifich*', 'chiedo', 'chiederò', 'chiediamo', 'controllo con|da|prima',
        'je|on|nous vérifie|vérifierai|vérifions|verifie|demande|demanderai|demandons', 'frage|frag ich|wir … nach', 'prüfe|prüfen ich|wir', 'vraag ik|we … na', 'check ik|we', 'pergunto', 'perguntamos', 'vou perguntar|confirmar|verificar', 'confirmo com',
      ],
      examples: ['Carmen probablemente compara con la plataforma gratuita — preguntar a Javier.', 'Nordhavn har formentlig allerede en køber — spørg Henrik direkte.', 'Creo que Laura tiene otra oferta. Se lo pregunto directamente.'],
    },
  ],
  needs: [
    {
      why: 'Why they buy, in other languages: needs, requirements, pains.',
      phrases: ['bedarf', 'bedürfnis*', 'beduerfnis*', 'anforderung*', 'necesidad|necesidades', 'necessità|necessita|esigenza|esigenze', 'necessidade|necessidades', 'potrzeba|potrzeby', 'besoin|besoins', 'behoefte|behoeften', 'braucht'],
      examples: ['Unser Bedarf', 'Necesidades del cliente: entrega diaria y trazabilidad.', 'Esigenze: consegna in 48 ore.', 'Potrzeby klienta: wsparcie 24/7.'],
    },
    {
      why: 'What we need from the deal, said in the first person in Scandinavian, Finnish, Polish and Czech plans: "Vi trenger båten til notskifte", "Potrzebujemy folii".',
      phrases: ['vi trenger|behøver|behover|behöver', 'vi har brug for', 'tarvitsemme', 'potrzebujemy', 'potřebujeme', 'potrebujeme'],
      examples: ['Vi trenger båten til notskifte og lusetelling på 9 lokaliteter.', 'Potrzebujemy folii do 3 linii pakujących.'],
    },
    {
      why: 'A title naming whose wants follow, in Spanish, Portuguese, French and Italian: "Lo que Explonor necesita", "O que a Vale precisa".',
      phrases: ['lo que … necesita|necesitan|quiere|quieren|busca|buscan', 'o que … precisa|precisam|quer|querem|procura', 'ce dont … besoin', 'ce que … veut|veulent|cherche|cherchent', 'di cosa … bisogno', 'cosa … vuole|vogliono|cerca|cercano'],
      examples: ['Lo que Explonor necesita', 'O que a Vale precisa', "Ce dont Lumière a besoin"],
    },
  ],
};
