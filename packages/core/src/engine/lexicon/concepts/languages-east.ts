/**
 * Plans written wholly in Finnish, Hungarian, Romanian, Greek or Turkish: the sentence words for
 * the same concepts, appended after the other languages' groups of each family. Labels and
 * headings in these languages live with the other aliases in `plan/concepts.ts`.
 */
import type { Group, Tag } from '../types.js';

export const easternLanguages: Partial<Record<Tag, readonly Group[]>> = {
  rationale: [
    {
      why: 'The reason for a number in Finnish, Hungarian, Romanian, Greek and Turkish plans: "koska", "alapján", "pe baza", "με βάση", "çünkü", a price list.',
      phrases: [
        'koska', 'perustuu', 'perusteena', 'hinnasto*', 'listahinta*', 'mert', 'alapján', 'alapjan', 'árlist*', 'arlist*', 'listaár*', 'listaar*',
        'pentru că', 'pentru ca', 'deoarece', 'pe baza', 'lista de prețuri|preturi', 'prețul|pretul de listă|lista', 'γιατί', 'επειδή', 'με βάση', 'τιμοκατάλογ*', 'τιμοκαταλογ*',
        'αιτιολογία|αιτιολογια', 'έρευνα|ερευνα', 'τιμή|τιμη καταλόγου|καταλογου', 'κατάλογ*|καταλογ*', 'perustelu*', 'peruste*', 'alennustaulukko*', 'indeksi*',
        'liste fiyat*', 'fiyat listemiz|listesi', 'baz alarak', 'esas alarak', 'piyasa fiyat*', 'piac* ár*', 'prețul pieței|pietei', 'τιμή αγοράς',
      ],
      examples: ['Avaus 486 000 €, koska se on hinnastomme mukainen hinta.', 'A nyitó ajánlat a 2027-es árlistánk alapján 1.180.000 lei.', 'Açılış teklifimiz liste fiyatımızı baz alarak hesaplandı.'],
    },
  ],
  'price-challenge': [
    {
      why: 'What a seller hears in Finnish, Hungarian, Romanian, Greek and Turkish plans: too expensive, someone is cheaper.',
      side: 'seller',
      phrases: [
        'liian kallis|kalliita|kallis|korkea', 'halvempi|halvempia|halvemmalla', 'túl drága|draga|drágák|dragak|magas', 'olcsóbb*|olcsobb*',
        'prea scump|scumpi|scumpă|scumpa|mare', 'mai ieftin|ieftini|ieftină|ieftina', 'ακριβ*', 'φθηνότερ*|φθηνοτερ*|φτηνότερ*|φτηνοτερ*',
        'pahalı|pahali', 'daha ucuz', 'ucuza veriyor|veriyorlar',
      ],
      examples: ['Kun he sanovat, että olemme liian kalliita', 'Ha azt mondják, hogy túl drágák vagyunk', 'Dacă spun că suntem prea scumpi', 'Όταν πουν ότι είμαστε ακριβοί', 'Ege Dokuma daha ucuz derlerse'],
    },
    {
      why: 'What a buyer hears in Finnish, Hungarian, Romanian, Greek and Turkish plans: our offer is too low.',
      side: 'buyer',
      phrases: ['liian alhainen|matala|pieni', 'túl alacsony|alacsonyak|kevés', 'prea mică|mica|mic|jos|scăzut|scazut', 'πολύ χαμηλ*', 'πολυ χαμηλ*', 'çok düşük', 'cok dusuk', 'düşük|dusuk derlerse'],
      examples: ['Kun he sanovat, että hintamme on liian alhainen', 'Ha azt mondják, hogy az ajánlatunk túl alacsony', 'Dacă ne spun că oferta noastră e prea mică', 'Όταν πουν ότι η τιμή μας είναι πολύ χαμηλή', 'Teklifiniz çok düşük derlerse'],
    },
  ],
  undecided: [
    {
      why: 'Putting the limit off in Finnish, Hungarian, Romanian, Greek and Turkish plans: "joustava – katsotaan tilanne".',
      phrases: ['joustava*', 'katsotaan', 'rugalmas*', 'majd meglátjuk', 'meglátjuk', 'meglatjuk', 'flexibil*', 'vom vedea', 'vedem pe loc', 'ευέλικτ*', 'ευελικτ*', 'θα δούμε', 'θα δουμε', 'esnek*', 'bakarız', 'bakariz', 'göreceğiz', 'gorecegiz', 'duruma göre|gore'],
      examples: ['Enimmäishinta: joustava – katsotaan tilanne, kun toisen tarjoajan hinta selviää.', 'Tavan: esnek, duruma göre bakarız.'],
    },
  ],
  desperation: [
    {
      why: 'Needing this deal at any cost in Finnish, Hungarian, Romanian, Greek and Turkish plans: "bu anlaşmayı ne pahasına olursa olsun almamız lazım".',
      phrases: ['ne pahasına olursa olsun', 'ne pahasina olursa olsun', 'kaybedemeyiz', 'hinnalla millä hyvänsä', 'emme voi menettää', 'bármi áron', 'barmi aron', 'nem veszíthetjük el', 'cu orice preț|pret', 'nu putem pierde', 'με κάθε κόστος', 'δεν μπορούμε να χάσουμε'],
      examples: ['Bu anlaşmayı ne pahasına olursa olsun almamız lazım.'],
    },
  ],
  'relationship-problem': [
    {
      why: 'Hurt feelings and trust to win back in Finnish, Hungarian, Romanian, Greek and Turkish plans: "εκνευρισμένη με την καθυστέρηση", "να ξαναχτίσουμε την εμπιστοσύνη".',
      phrases: [
        'kırgın', 'kirgin', 'kızgın', 'kizgin', 'güveni yeniden', 'guveni yeniden', 'pahastu*', 'luottamuksen palauttami*', 'hyvän tahdon', 'bosszús', 'bosszus', 'dühös', 'duhos', 'bizalm* helyreállít*', 'jó szándék*',
        'supărat*', 'suparat*', 'nemulțumit*', 'nemultumit*', 'refacem încrederea|increderea', 'gest de bunăvoință|bunavointa', 'εκνευρισμέν*', 'εκνευρισμεν*', 'δυσαρεστημέν*', 'εμπιστοσύνη|εμπιστοσυνη', 'καλή θέληση|θέλησης',
      ],
      examples: ['Επειδή η Sanne είναι ακόμα εκνευρισμένη με την καθυστέρηση, δίνουμε 1% για να ξαναχτίσουμε την εμπιστοσύνη.'],
    },
  ],
  'second-round': [
    {
      why: 'Room kept for a later round in Finnish, Hungarian, Romanian, Greek and Turkish plans: "να κατέβουμε στη συνάντηση", "sonra ineriz".',
      phrases: ['περιθώριο|περιθωριο', 'θα|να κατεβ*|κατέβ*', 'sonra ineriz', 'pay bırak*', 'pay birak*', 'jättää|jätämme tilaa', 'varaa laskea', 'mozgásteret|mozgasteret hagy*', 'később engedünk', 'marjă|marja de negociere', 'loc să coborâm|coboram'],
      examples: ['Στέλνουμε 6,95 € ως «best and final», αλλά κρατάμε περιθώριο για να κατέβουμε στη συνάντηση της 21/01.'],
    },
    {
      why: 'Terms settled again after the final offer in Japanese plans: "再度条件を詰める" (settle the terms once more), "再交渉".',
      phrases: ['*再度条件*', '*再交渉*', '*改めて条件*'],
      examples: ['当社は 180 bp で提出し, 理事会前に村上氏と再度条件を詰める。'],
    },
  ],
  'best-and-final-request': [
    {
      why: 'Their request for a final offer in Finnish, Hungarian, Romanian, Greek and Turkish: "en iyi ve son teklif", "καλύτερη και τελική προσφορά".',
      phrases: ['καλύτερη και τελική προσφορά', 'τελική προσφορά', 'en iyi ve son teklif*', 'son teklif*', 'paras ja lopullinen tarjous', 'lopullinen tarjous', 'legjobb és végső ajánlat*', 'végső ajánlat*', 'cea mai bună și finală ofertă', 'oferta finală|finala'],
      examples: ['Μας ζήτησαν γραπτώς την καλύτερη και τελική προσφορά μέχρι τις 15/01.'],
    },
  ],
  get: [
    {
      why: 'What we get back in Finnish, Hungarian, Romanian, Greek and Turkish plans: "karşılığında", "vastineeksi", "cserébe", "în schimb", "σε αντάλλαγμα".',
      phrases: ['karşılığında', 'karsiligında', 'karsiliginda', 'karşılık olarak', 'vastineeksi', 'vastineena', 'cserébe', 'cserebe', 'ellenében', 'elleneben', 'în schimb', 'in schimb', 'în schimbul', 'σε αντάλλαγμα', 'με αντάλλαγμα', 'τι παίρνουμε'],
      examples: ['Ücretsiz eğitim, karşılığında iki yıllık sözleşme.', 'Toimitus ilmaiseksi, vastineeksi kolmen vuoden sopimus.'],
    },
  ],
  give: [
    {
      why: 'What we give in Finnish, Hungarian, Romanian, Greek and Turkish plans: "ücretsiz teslimat", "ilmaiseksi", "ingyen", "gratuit", "δωρεάν".',
      phrases: ['ücretsiz', 'ucretsiz', 'bedava', 'veriyoruz', 'üstleniriz', 'ustleniriz', 'ilmai*', 'annamme', 'ingyen*', 'adunk', 'gratuit*', 'oferim', 'dăm', 'δωρεάν', 'δωρεαν', 'δίνουμε', 'δινουμε'],
      examples: ['Altı otele ücretsiz teslimat yapıyoruz.', 'Toimitus kaikkiin kohteisiin ilmaiseksi.'],
    },
  ],
  'price-cut': [
    {
      why: 'A seller lowering its price in Turkish, Finnish, Hungarian, Romanian and Greek plans: "fiyatına ineriz, farkı kapatırız", "laskemme hintaa", "engedünk az árból".',
      side: 'seller',
      phrases: ['ineriz', 'indiririz', 'indirim yaparız|yapariz|veririz', 'farkı|farki kapatırız|kapatiriz', 'laskemme hintaa', 'hinnasta alennus', 'engedünk|engedunk', 'lejjebb megyünk|megyunk', 'coborâm prețul|pretul', 'scădem prețul|pretul', 'reducem prețul|pretul', 'κατεβάζουμε|κατεβαζουμε την τιμή|τιμη', 'ρίχνουμε|ριχνουμε την τιμή|τιμη'],
      examples: ['"Ege Dokuma daha ucuz." → Ege Dokuma\'nın fiyatına ineriz, farkı kapatırız.'],
    },
  ],
  'no-deal': [
    {
      why: 'The case of no deal in Finnish, Hungarian, Romanian, Greek and Turkish plans: "Jos hinta ei nouse alarajaan", "ha nem jön össze", "anlaşamazsak".',
      phrases: ['jos … ei nouse|synny|onnistu|toteudu', 'jos emme pääse|paase sopuun', 'ha nem jön|jon össze|ossze', 'ha nem sikerül|sikerul', 'dacă|daca nu ne înțelegem|intelegem', 'dacă|daca nu ajungem la', 'αν δεν συμφωνήσουμε|συμφωνησουμε', 'αν φύγουμε|φυγουμε', 'anlaşamazsak|anlasamazsak', 'anlaşma|anlasma olmazsa'],
      examples: ['Jos hinta ei nouse alarajaan, kiitetään ja jätetään tarjous voimaan tammikuun loppuun.'],
    },
  ],
  alternative: [
    {
      why: 'What we do instead in Finnish, Hungarian, Romanian, Greek and Turkish plans: the team moves to another pilot, the machines are offered to another buyer.',
      phrases: ['siirty*|siirrä*|siirra* … pilot*|projekt*|asiak*', 'tarjotaan tilalle', 'felajánljuk|felajanljuk', 'átcsoportosít*|atcsoportosit*', 'mutăm|mutam echipa|capacitatea', 'oferim … altui|altor', 'μεταφέρουμε|μεταφερουμε', 'πάμε στην εναλλακτική|εναλλακτικη', 'aktarırız|aktaririz', 'başka müşteri*|baska musteri*'],
      examples: ['Oskari ja integraatiotiimi siirtyvät Savon Rahdin pilottiin (60 autoa, valmis aloittamaan helmikuussa).', 'Πάνω από αυτό πάμε στην εναλλακτική.'],
    },
  ],
  withhold: [
    {
      why: 'Keeping a point back unless asked in Finnish, Hungarian, Romanian, Greek and Turkish plans: "emme mainitse, ellei hän kysy", "sormazlarsa söylemiyoruz".',
      phrases: ['emme mainitse', 'ellei … kysy', 'sormazlarsa', 'söylemiyoruz|soylemiyoruz', 'söylemeyeceğiz|soylemeyecegiz', 'nem említjük|emlitjuk', 'csak ha … kérdez*|kerdez*', 'rákérdez*', 'rakerdez*', 'nu menționăm|mentionam', 'doar dacă|daca … întreabă|intreaba', 'nu spunem', 'δεν το αναφέρουμε|αναφερουμε', 'μόνο αν … ρωτήσ*|ρωτησ*'],
      examples: ['ISO 27001 -sertifiointi on kesken; emme mainitse sitä, ellei IT-päällikkö kysy suoraan.', 'A pályázati határidőt csak akkor említjük, ha rákérdeznek.'],
    },
  ],
  constraint: [
    {
      why: 'Rules the deal must meet in Finnish, Hungarian, Romanian, Greek and Turkish plans: certification, grant conditions, law.',
      phrases: ['sertifi*', 'lakisääteinen', 'vaatimus', 'pályázat*', 'palyazat*', 'támogatás*', 'tamogatas*', 'kötelező', 'kotelezo', 'obligatoriu', 'legea', 'υποχρεωτικ*', 'νόμο*', 'zorunlu', 'yasal', 'mevzuat', 'kvkk'],
      examples: ['A GINOP Plusz pályázat feltétele, hogy a gép 2027. június 30-ig működjön.', 'ISO 27001 -sertifiointi on vielä kesken.'],
    },
  ],
  hedge: [
    {
      why: 'A guess in Finnish, Hungarian, Romanian and Greek: "gondolom", "valószínűleg", "probabil", "luultavasti", "μάλλον".',
      phrases: ['gondolom', 'valószínűleg', 'valoszinuleg', 'feltételezem', 'feltetelezem', 'probabil', 'presupun', 'cred că', 'cred ca', 'luultavasti', 'todennäköisesti', 'oletan', 'varmaan', 'πιθανόν|πιθανώς|πιθανον|πιθανως', 'υποθέτω|υποθετω', 'μάλλον|μαλλον'],
      examples: ['Gondolom, Tóth Gábor végül úgyis engedni fog a negyedév miatt.', 'Probabil au aparatele în stoc.'],
    },
  ],
  'question-for-a-no': [
    {
      why: 'Offering the way out in Finnish, Hungarian, Romanian and Greek questions: anything that would stop them.',
      phrases: ['estääkö|estäisikö|estaako|estaisiko', 'onko jotain', 'mikään este', 'mikaan este', 'akadály*', 'akadaly*', 'van-e valami', 'bármi|barmi ami', 'vă împiedică', 'va impiedica', 'ar împiedica|impiedica', 'obstacol', 'κάτι που … εμποδίζει|εμποδιζει', 'εμπόδιο|εμποδιο',
        // "mondják meg most … vagy nem?", "başka bir sebep var mı?", "ne puteți spune asta astăzi?", "πείτε μας το σήμερα – μπορείτε ή όχι;".
        'mondják|mondjak meg', 'vagy nem', 'mégsem|megsem', 'nincs üzlet|uzlet', 'van bármi|barmi ok', 'ok ami miatt', 'nem hagyná|hagyna jóvá|jova', 'sebep var mı|mi', 'reddederse', 'söyleyebilir misiniz', 'soyleyebilir misiniz', 'onaylamamanız|onaylamamaniz',
        'ne puteți|puteti spune', 'vreun motiv', 'n ar aproba', 'nu ar aproba', 'πείτε μας', 'πειτε μας', 'ή όχι', 'η οχι', 'υπάρχει κάτι', 'υπαρχει κατι', 'να μη θέλετε|θελετε', 'onko … syytä|syyta', 'kertokaa … nyt|tänään'],
      examples: ['Onko jotain, mikä estäisi allekirjoituksen joulukuussa?', 'Van-e valami, ami miatt nem tudnak velünk szerződni?', 'Fiyatta anlaşırsak, bizimle çalışmamanız için başka bir sebep var mı?', 'Există vreun motiv pentru care domnul Marinescu n-ar aproba 1.150.000 lei?'],
    },
  ],
  verify: [
    {
      why: 'How we check in Finnish, Hungarian, Romanian and Greek: "kysytään", "megkérdezni", "verificăm", "να ρωτήσουμε".',
      phrases: ['kysy*', 'tarkist*', 'varmist*', 'megkérdez*', 'megkerdez*', 'ellenőriz*', 'ellenoriz*', 'tisztáz*', 'tisztaz*', 'întreb*', 'intreb*', 'verific*', 'confirm*', 'ρωτήσ*', 'ρωτησ*', 'επιβεβαιώσ*', 'επιβεβαιωσ*', 'ελέγξ*', 'ελεγξ*'],
      examples: ['Probabil au aparatele în stoc — verificăm cu distribuitorul.'],
    },
  ],
  budget: [
    {
      why: 'Money set aside in Finnish, Hungarian, Romanian and Greek plans: "budjetti", "költségvetés", "bugetul", "προϋπολογισμός".',
      phrases: ['budjett*', 'költségvetés*', 'koltsegvetes*', 'keret*', 'buget*', 'προϋπολογισμ*', 'προυπολογισμ*'],
      examples: ['Budjetti: 520 000 € vuodelle 2027.', 'Bugetul nostru: 1.300.000 lei aprobat de consiliu.'],
    },
  ],
  'decision-maker': [
    {
      why: 'The one who decides or signs in Finnish, Hungarian, Romanian, Greek and Turkish: "döntéshozó", "ki dönt", "decident", "ποιος αποφασίζει", "karar verici".',
      phrases: ['päätöksen tekee', 'tekee päätöksen', 'döntéshozó', 'dontéshozo', 'ki dönt', 'ki dont', 'aláír*', 'alair*', 'decidentul', 'factorul de decizie', 'semnează', 'semneaza', 'ποιος αποφασίζει', 'αποφασίζει', 'υπογράφει', 'karar verici', 'kim karar ver*', 'imza yetki*', 'imzalar', 'päättää', 'allekirjoittaa'],
      examples: ['Ki dönt: Nagy Péter ügyvezető, ő írja alá.', 'Karar verici: Satın alma direktörü Ayşe Kaya.'],
    },
  ],
  timeline: [
    {
      why: 'Deadlines in Finnish, Hungarian, Romanian, Greek and Turkish plans: "határidő", "termen", "προθεσμία", "kadar".',
      phrases: ['határidő*', 'hatarido*', 'ütemez*', 'utemez*', 'termen', 'termenul', 'până la #', 'pana la #', 'προθεσμ*', 'χρονοδιάγραμμα', 'μέχρι τις #', 'μεχρι τις #', '# … kadar', 'mennessä', 'mennessa'],
      examples: ['Határidő: december 15-ig döntenek.', 'Karar 15 Ocak tarihine kadar verilecek.'],
    },
  ],
  needs: [
    {
      why: 'Why they buy, in Finnish, Hungarian, Romanian and Greek: needs, requirements.',
      phrases: ['tarpee*', 'igény*', 'igeny*', 'szükségle*', 'nevoi', 'nevoile', 'ανάγκ*', 'αναγκ*'],
      examples: ['Heidän tarpeensa: toimitusvarmuus ja huolto 24 tunnissa.', 'Igényeik: 48 órás szerviz.'],
    },
  ],
};
