/**
 * Plans written wholly in Danish, Norwegian, Swedish, Dutch, Polish or Czech: the words a
 * plan in those languages uses for the same concepts, appended after the other languages'
 * groups of each family. Labels and headings in these languages live with the other
 * aliases in `plan/concepts.ts`; these are the sentence words the rules read.
 */
import type { Group, Tag } from '../types.js';

export const northernLanguages: Partial<Record<Tag, readonly Group[]>> = {
  rationale: [
    {
      why: 'The reason for a number in Nordic, Dutch, Polish and Czech plans: "Det er vores listepris 2026", "Vychází z našeho ceníku", "wynika z cennika".',
      phrases: [
        'listepris*', 'prisliste*', 'prislist*', 'prijslijst*', 'cennik*', 'ceník*', 'ceniku', 'ceníku',
        'vychází z', 'vychazi z', 'wynika z', 'na podstawie', 'gebaseerd op', 'op basis van', 'ut fra', 'ud fra', 'utifrån', 'utifran',
        'uzasadnienie', 'zdůvodnění', 'zduvodneni', 'odůvodnění', 'oduvodneni', 'onderbouwing', 'cena katalogowa', 'cen* katalogow*', 'katalogová cena', 'katalogpris*', 'listeprijs*', 'kalkulacj*', 'kalkulac*',
        // "to cena z 2025 minus 10 %", "Lignoboard dał nam pisemną ofertę", "notowania branżowe": last year's price, a written rival offer, an index.
        'cena|ceny z #', 'pisemn* ofert*', 'ofert* na piśmie', 'notowania', 'samma nivå som', 'samma pris som', 'zelfde prijs als', 'zelfde niveau als',
        'markedspris*', 'marknadspris*', 'marktprijs*', 'cena rynkow*', 'tržní cen*', 'trzni cen*', 'samme tal alle får', 'det som alla betalar', 'wat iedereen betaalt',
      ],
      examples: ['Pierwsza propozycja: to cena z 2025 minus 10 %.', 'Det er vores listepris 2026 for lejetekstil med to daglige leverancer i sæsonen.', 'Vychází z našeho ceníku pro svařované díly s tlakovou zkouškou.', 'Cena wynika z cennika 2026 dla obudów malowanych proszkowo.'],
    },
  ],
  'price-challenge': [
    {
      why: 'What a seller hears in Nordic, Dutch, Polish and Czech plans: too expensive, someone is cheaper.',
      side: 'seller',
      phrases: [
        'for dyre|dyr|dyrt', 'för dyra|dyr|dyrt', 'dyrere … end|enn', 'dyrare … än', 'duurder … dan', 'te duur', 'droższ*', 'drożs*', 'za drodzy|drogi|drogo',
        'drazí|drazi|drahý|drahy|drahá|draha|drahé|drahe|dražší|drazsi', 'moc drah*', 'příliš drah*', 'prilis drah*',
        'billigere|billigare|goedkoper|levnější|levnejsi|tańsi|tansi|tańszy|tanszy',
      ],
      examples: ['Hvis de siger, at vi er for dyre', 'Når Kari sier «dette er dyrere enn OxyWatch»', 'Om de säger att vi är för dyra jämfört med Kodverket', 'Když řeknou, že jsme drazí', 'Als ze zeggen dat we duurder zijn dan Jungheinrich'],
    },
    {
      why: 'What a buyer hears in Nordic, Dutch, Polish and Czech plans: our offer is too low.',
      side: 'buyer',
      phrases: ['for lavt|lav', 'för lågt|lagt|låg|lag', 'te laag|weinig', 'za nisk*|mało|malo', 'příliš nízk*', 'prilis nizk*', 'moc nízk*|nizk*', 'ikke realistisk|urealistisk|orealistiskt|onrealistisch|nierealn*|nerealn*'],
      examples: ['När de säger att vårt bud är för lågt', 'Når Håkon sier at 1 040 er helt urealistisk'],
    },
  ],
  undecided: [
    {
      why: 'Putting the limit off in Nordic, Dutch, Polish and Czech plans: "vi er fleksible… vi ser, hvad de kommer med".',
      phrases: [
        'fleksibl*', 'flexibl*', 'flexibiln*', 'elastyczn*', 'vi ser hvad|hva', 'vi får se', 'vi far se', 'det får vi se', 'det ser vi', 'vi ser an', 'ser an',
        'we zien wel', 'we kijken wel', 'zien we dan', 'zobaczymy', 'uvidíme', 'uvidime', 'se uvidí', 'se uvidi', 'tager den derfra', 'tar det derfra', 'tar det därifrån',
      ],
      examples: ['Vi er fleksible på prisen – vi ser, hvad de kommer med, og tager den derfra.', 'Zobaczymy, co zaproponują.'],
    },
  ],
  desperation: [
    {
      why: 'Needing this deal in Nordic, Dutch, Polish and Czech plans: "Vi behöver den här affären… vi kan inte förlora Fjällvind".',
      phrases: [
        'behöver den här affären|avtalen|kunden', 'behöver vi den här affären|avtalen|kunden', 'trenger vi denne avtalen|kunden', 'trenger denne avtalen|kunden', 'har brug for denne aftale|kunde', 'hebben deze deal|klant … nodig', 'potrzebujemy tego kontraktu|klienta|zlecenia', 'potřebujeme tuto zakázku|smlouvu|zakazku',
        'kan inte förlora', 'kan ikke miste|tabe', 'kunnen … niet verliezen', 'nie możemy stracić|stracic', 'nemůžeme ztratit', 'nemuzeme ztratit', 'koste hvad det vil', 'kosta vad det vill', 'koste wat kost', 'za wszelką cenę', 'za každou cenu',
      ],
      examples: ['Ärligt talat behöver vi den här affären för att nå årsbudgeten.', 'Vi behöver den här affären – Q4 har varit tunt och vi kan inte förlora Fjällvind till en konkurrent.', 'Tuto zakázku nemůžeme ztratit.'],
    },
  ],
  'relationship-problem': [
    {
      why: 'Hurt feelings and trust to win back in Nordic, Dutch, Polish and Czech plans: "Louise er stadig utilfreds… for at genopbygge tilliden".',
      phrases: [
        'utilfreds', 'misfornøyd', 'misfornoyd', 'missnöjd', 'missnojd', 'ontevreden', 'boos', 'sur på os|oss', 'nespokojen*', 'naštvan*', 'nastvan*', 'niezadowolon*', 'zdenerwowan*',
        'genopbygge|genvinde tilliden', 'gjenoppbygge|gjenvinne tilliten', 'återuppbygga|återfå förtroendet', 'vertrouwen herstellen|terugwinnen', 'het vertrouwen … herstellen', 'obnovit důvěru|duveru', 'odbudować|odzyskać zaufanie', 'odbudowac|odzyskac zaufanie',
        'god vilje', 'godvilje', 'dobrá vůle', 'dobra wola|woli', 'glatte ud|ut', 'släta över', 'gladstrijken', 'załagodzić', 'urovnat',
        // "har gjort QA-sjefen deres skikkelig sur … for å glatte over og få tilliten tilbake".
        'glatte|glätta over|över', 'få tilliten|tilliden tilbake', 'få förtroendet tillbaka', 'skikkelig|veldig|ganske|helt sur', 'gjort … sur',
      ],
      examples: ['De to sene bilene har gjort QA-sjefen deres skikkelig sur. Vi gir 0,50 kr/kg ekstra rabatt for å glatte over og få tilliten tilbake.', 'Louise er stadig utilfreds efter vores leveringssvigt i Løkken i juli; for at genopbygge tilliden tilbyder vi gratis lørdagslevering.', 'Pan Nowak jest niezadowolony po awarii w marcu.'],
    },
  ],
  'second-round': [
    {
      why: 'Room kept for a later round in Nordic, Dutch, Polish and Czech plans: "v lednu se stejně bude ještě jednat o slevě, tak ať máme z čeho ustupovat".',
      phrases: [
        'z čeho ustupovat', 'z ceho ustupovat', 'ještě jednat', 'jeste jednat', 'prostor pro slevu|ústup|ustup', 'výchozí cena', 'vychozi cena',
        'z czego schodzić|schodzic|ustępować|ustepowac', 'miejsce na negocjacje|rabat', 'jako punkt wyjścia|wyjscia',
        'plads til at gå ned|forhandle', 'rum att gå ned|förhandla', 'rom for å gå ned|forhandle', 'ruimte om … zakken', 'som udgangspunkt|utgångspunkt|utgangspunkt', 'als startpunt|uitgangspunt',
        // "tar prutningen i nästa runda", "där har vi utrymme ner till…": haggling kept for a later round.
        'nästa|nasta|andra runda|rundan', 'neste|andre runde|runden', 'volgende|tweede ronde', 'utrymme ner|nedåt|nedat', 'ruimte naar beneden',
        // "men holder igjen rom – de kommer alltid tilbake med en runde til, så i praksis er dette åpningen".
        'holder|holde|holder vi igjen rom|noe|litt', 'håller|hålla inne|tillbaka', 'kommer alltid tilbake|tillbaka', 'en runde|runda til', 'i praksis … åpningen|öppningen|åbningen|apningen',
      ],
      examples: ['Vi skickar 1 240 000 kr och tar prutningen i nästa runda.', 'Pošleme tedy 3 400 Kč/ks – to je výchozí cena, v lednu se stejně bude ještě jednat o slevě, tak ať máme z čeho ustupovat.'],
    },
  ],
  'best-and-final-request': [
    {
      why: 'Their request for a final offer in Nordic, Dutch, Polish and Czech: "nejlepší a konečnou nabídku", "bedste og endelige tilbud".',
      phrases: [
        'nejlepší a konečn* nabídk*', 'nejlepsi a konecn* nabidk*', 'konečn* nabídk*', 'konecn* nabidk*', 'další kolo … nebude', 'dalsi kolo … nebude',
        'najlepsz* i ostateczn* ofert*', 'ostateczn* ofert*', 'bedste og endelige tilbud', 'endelige tilbud', 'bästa och slutliga bud|anbud|pris|erbjudande', 'slutliga bud|anbud|pris', 'bedste og endelige pris|bud', 'beste og endelige pris|bud', 'beste en laatste|definitieve prijs|bod|aanbod', 'beste og endelige tilbud',
        'ingen ny runde|omgang|runda', 'geen nieuwe ronde',
        // "Detta är sista anbudsomgången. Lämna ert slutliga timpris … Ingen ytterligare förhandling sker.": the last round, no talks after.
        'sista anbudsomgång*', 'slutliga|slutligt timpris|priser|anbudet', 'ingen ytterligare förhandling*', 'ingen videre forhandling*', 'ingen yderligere forhandling*',
      ],
      examples: ['Hon vill ha ”ert bästa och slutliga pris” senast fredag.', '„Prosíme o vaši nejlepší a konečnou nabídku písemně do 28. 11. Rozhodneme na jejím základě, další kolo jednání nebude.“'],
    },
  ],
  get: [
    {
      why: 'What we ask for back, as a column or label, in Nordic, Dutch, Polish and Czech plans: "Wij vragen terug", "Co za to chceme", "hva jeg vil ha tilbake".',
      phrases: [
        'vragen terug', 'wij vragen', 'we vragen', 'terugvragen', 'ervoor terug', 'vil ha tilbake', 'vil have igen|tilbage', 'vad vi får', 'hvad vi får', 'hva vi får', 'det vi får',
        'co za to chceme', 'za to chceme', 'co chceme', 'chceme', 'chcemy', 'co dostaneme', 'co chcemy w zamian', 'co dostajemy', 'mod en|et|at', 'mot en|ett|att', 'i bytte mot|for', 'i gengæld|gengæld', 'i utbyte mot',
      ],
      examples: ['| Wij geven | Wij vragen terug |', 'gratis lørdagslevering mod en underskrevet aftale inden 15. december', '| Co dáme | Co za to chceme |'],
    },
  ],
  give: [
    {
      why: 'What we give, as a column or label, in Nordic, Dutch, Polish and Czech plans: "Wij geven", "Co dáme", "hva jeg kan gi".',
      phrases: ['wij geven', 'we geven', 'vi giver', 'vi gir', 'vi ger', 'co dáme', 'co dame', 'dáme', 'co dajemy', 'dajemy', 'kan gi', 'kan give', 'kan ge', 'tilbyder vi', 'tilbyr vi', 'erbjuder vi', 'bieden we', 'nabídneme', 'oferujemy'],
      examples: ['| Wij geven | Wij vragen terug |', 'Hva jeg kan gi, og hva jeg vil ha tilbake'],
    },
  ],
  'price-cut': [
    {
      why: 'A seller lowering its price in Nordic, Dutch, Polish and Czech plans: "då sänker vi priset så att vi ligger i nivå med dem", "rabat", "sleva".',
      side: 'seller',
      phrases: [
        'sänk* priset', 'sænke* prisen', 'sætter prisen ned', 'sett* ned prisen', 'går ned|ner i pris', 'verlag* de|onze prijs', 'prijs … verlagen', 'obniż* cen*', 'obniz* cen*', 'sníž* cen*', 'sniz* cen*', 'dáme|dáváme slevu', 'poskytneme slevu', 'dajemy rabat', 'geven we korting', 'giver vi rabat', 'ger vi rabatt', 'gir vi rabatt',
        'i nivå med', 'på niveau med', 'på nivå med', 'op hetzelfde niveau', 'na poziomie konkurencji', 'na úroveň',
      ],
      examples: ['Om de säger att vi är för dyra: då sänker vi priset så att vi ligger i nivå med dem.', 'Dáme slevu 5 %.'],
    },
  ],
  constraint: [
    {
      why: 'Rules the deal must meet in Dutch, Nordic, Polish and Czech plans: "vanaf boekjaar 2025 moeten we energieverbruik … rapporteren", "lovkrav", "musíme".',
      phrases: ['moeten we', 'wij moeten', 'verplicht*', 'wettelijk*', 'regelgeving', 'lovkrav', 'lagkrav', 'myndighedskrav', 'påkrævet', 'påkrevd', 'måste vi', 'skal vi ifølge', 'musimy', 'wymóg|wymogi', 'obowiązek|obowiazek', 'przepisy', 'musíme', 'musime', 'povinnost', 'předpis*', 'zákon*'],
      examples: ['Onze CSRD-rapportage: vanaf boekjaar 2025 moeten we energieverbruik per truck per kwartaal van de leverancier krijgen.'],
    },
  ],
  withhold: [
    {
      why: 'Keeping a point back in Dutch, Nordic, Polish and Czech plans: "Dat houden we voor ons tot de prijs rond is", "pas in de contractfase".',
      phrases: ['houden we voor ons', 'voor ons houden', 'pas in de contractfase', 'pas bij het contract', 'holder vi for os selv', 'holder vi for oss selv', 'håller vi för oss själva', 'zatrzymujemy dla siebie', 'necháme si pro sebe', 'dopiero przy umowie', 'až po podpisu|dohodě'],
      examples: ['Dat houden we voor ons tot de prijs rond is; pas in de contractfase inbrengen.'],
    },
  ],
  'question-for-a-no': [
    {
      why: 'Offering the way out in Danish, Norwegian, Swedish, Dutch, Polish and Czech questions: anything that would keep them elsewhere, whether a date is realistic.',
      phrases: [
        'er der … noget|nogen', 'er det … noe|noen', 'finns det … något|någon', 'czy jest … coś|ktoś', 'jest coś', 'je … něco|někdo',
        'alligevel|allikevel|ändå|jednak|stejně', 'realistisk|realistiskt|realistisch|realistyczn*|realistick*',
      ],
      examples: ['Hvis vi kan levere før kl. 11, er der så noget, der gør, at I alligevel bliver hos Nordvask?', 'Er en beslutning den 10. december realistisk, eller rykker den til januar?'],
    },
  ],
  'decision-maker': [
    {
      why: 'The one who decides or signs in Nordic, Polish and Czech: "Den som bestemmer er Kari Tveit", "rozhoduje", "podpisuje".',
      phrases: ['den som bestemmer|beslutter|bestämmer|beslutar', 'bestemmer|beslutter|bestämmer|beslutar alene|selv|själv', 'skriver under', 'signerer', 'undertegner', 'undertecknar', 'godkender|godkjenner|godkänner', 'rozhoduje', 'podepisuje', 'schvaluje', 'decyduje', 'keurt … goed', 'tekent'],
      examples: ['Den som bestemmer er Kari Tveit, driftsdirektør.', 'Smlouvu podepisuje jednatel Ing. Karel Novák.'],
    },
  ],
  budget: [
    {
      why: 'Money set aside in Nordic, Dutch, Polish and Czech plans: "det er satt av 750 000 kr", "budsjettet", "rozpočet".',
      phrases: ['budsjett*', 'budgettet', 'budgeten', 'rozpočet', 'rozpočtu', 'rozpocet', 'rozpoctu', 'budżet*', 'begroting', 'satt av', 'sat af|av', 'afsat', 'avsatt', 'öronmärkt', 'vyčleněn*', 'vyclenen*', 'przeznaczon*', 'gereserveerd', 'finansiering', 'financování', 'financovani'],
      examples: ['Budsjettet: Kari sa på Teams 17. november at det er satt av 750 000 kr i året til miljøovervåkning.'],
    },
  ],
  timeline: [
    {
      why: 'A deadline in Nordic, Polish and Czech plans: "beslutning innen 19. desember", "senast 15 mars", "nejpozději do 28. 11.".',
      phrases: ['innen|inden|senest|senast #', 'beslutning|beslut|afgørelse|avgjørelse|rozhodnutí|rozhodnuti|decyzja … #', 'nejpozději|nejpozdeji|najpóźniej|najpozniej … #'],
      examples: ['Tidslinje: beslutning innen 19. desember.', 'Rozhodnutí padne nejpozději do 28. 11.'],
    },
  ],
};
