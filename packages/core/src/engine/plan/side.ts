/**
 * Which side of the table we are on: stated (frontmatter, a `Side:` line, "(we are the
 * buyer)", "we are buying") or read from the plan's own words.
 */
import type { TagIndex } from './tags.js';
import { CEILING_LABEL_OTHER, CEILING_SAID, FLOOR_LABEL_OTHER, FLOOR_SAID } from '../lexicon/concepts/position.js';
import { comparable, type Amount } from '../numbers.js';
import type { Fact, FrontmatterInfo, Side } from './model.js';

const BUYER_RE = /\b(?:buyer|buy side|buy-side|purchas\w*|procurement|customer|client|acquirer)\b/i;
const SELLER_RE = /\b(?:seller|sell side|sell-side|vendor|supplier|sales|provider)\b/i;
// The side named in another language on a bilingual label ("Lado / Side: comprador (buyer)").
const BUYER_WORD = /^(?:kopende|compra|compras|acquisto|acquisti|achat|achats|kauf|comprador|compradora|acquirente|compratore|acheteur|acheteuse|käufer|kaeufer|einkäufer|einkauf|koper|inkoper|kupujący|kupujacy|kupujemy|zamawiamy|nabywca|zamawiający|zamawiajacy|cliente|client|klant|kunde|køber|kober|kjøper|kjoper|köpare|kopare|köper|koper|kjøper|kjoper|køber|beställare|bestallare|ostaja|tilaaja|asiakas)$/i;
const SELLER_WORD = /^(?:verkopende|venta|ventas|venda|vendas|vendita|vendite|vente|ventes|verkauf|vertrieb|vendedor|vendedora|venditore|fornitore|vendeur|vendeuse|fournisseur|verkäufer|verkaeufer|lieferant|anbieter|verkoper|leverancier|sprzedawca|sprzedający|sprzedajacy|sprzedajemy|dostawca|proveedor|fornecedor|sælger|saelger|selger|säljare|saljare|säljer|saljer|sælger|leverandør|leverandor|leverantör|leverantor|myyjä|myyja|toimittaja)$/i;

// "Side: seller · Buyer meeting: 12 March": only the first word after the label decides.
const SIDE_VALUE = /^\W*(?:we\s+are\s+(?:the\s+)?|we['’]re\s+(?:the\s+)?|our\s+side\s*[:=]?\s*)?(\w[\w-]*(?:\s+side)?)/i;
// A side stated anywhere: "Side: buyer", "Seite / side: buyer", "(buyer side; …)", "(we are the buyer)";
// not a bare "(customer)", which names the other party as often as us. A label may follow a sentence on the
// same line ("Yorkshire region. Side: buyer (we are letting the package)."): a stated side outranks any verb near it.
const SIDE_STATED = /(?:^|\n|[(\[|·•;/]|[.!?](?=[ \t]))[ \t]{0,8}(?:\*\*|__)?[ \t]{0,8}(?:side|our side|our role|role)[ \t]{0,8}(?:\*\*|__)?[ \t]{0,8}[:=—–-][ \t]{0,8}(?:\*\*|__)?[ \t]{0,8}(buyer|buy[\s-]side|purchaser|customer|client|tenant|licensee|seller|sell[\s-]side|vendor|supplier|provider|licensor|landlord)\b|\([ \t]{0,8}(?:we\s+are\s+(?:the\s+)?(buyer|purchaser|customer|client|tenant|licensee|seller|vendor|supplier|provider|licensor|landlord|sublandlord)s?|(buyer|seller|buy|sell)[\s-]side|(sublandlord|licensor|licensee))[ \t]{0,8}[);,]/i;
const SIDE_POSITION = /(?:^|\n)[ \t>*_-]{0,8}(?:\*\*|__)?[ \t]{0,4}(?:position|posición|posicion|posição|posicao|posizione|rôle|rolle|ruolo|papel|our position)[ \t]{0,4}(?:\*\*|__)?[ \t]{0,4}[:=—–][ \t]{0,4}(?:\*\*|__)?[ \t]{0,4}(?:(?:siamo|somos|sommes|nous sommes|sind|wir sind|zijn|wij zijn|we are|we're)[ \t]{1,4}(?:(?:il|la|lo|el|le|der|die|de|the|o|a)[ \t]{1,4}|l['’])?)?([\p{L}-]{3,20})(?:[ \t]{0,4}[(/][ \t]{0,4}(\p{L}{3,15}))?/iu;
// "We are buying", "we're the client", "**We are:** the buyer", "wir kaufen / we are buying": said in so many words near the top.
const SIDE_SAID = /\bwe(?:[ \t]{1,8}are|['’]re)(?:[ \t]{0,4}(?:\*\*|__)?[ \t]{0,4}[:—–][ \t]{0,4}(?:\*\*|__)?)?[ \t]{1,8}(?:the[ \t]{1,8}(?:ones[ \t]{1,8})?)?(buying|purchasing|procuring|sourcing|leasing|renting|hiring|selling|letting|subletting|buyer|purchaser|customer|client|tenant|occupier|licensee|seller|vendor|supplier|provider|licensor|landlord|sublandlord)\b(?!['’]s)/i;

// "Selling. 60,000 dmt/yr SC6…", "**Buying:** 40 e-trucks": a line that opens on what we do.
const SIDE_OPENS = /(?:^|\n)[ \t>*_-]{0,8}(?:\*\*|__)?(selling|buying)(?:\*\*|__)?[ \t]{0,4}[.:—–](?:\*\*|__)?[ \t]/i;

// The same in the plan's language: "Wij zijn de verkopende partij", "Wir sind der Lieferant", "Nous sommes l'acheteur", "Somos el comprador".
const SIDE_SAID_OTHER =
  /\b(?:wij zijn de|we zijn de|wir sind (?:der|die)|nous sommes (?:le|la|l['’])|on est (?:le|la|l['’])|somos (?:el|la|o|a)|siamo (?:il|la|l['’]))[ \t]?(verkopende|kopende|verkäufer|verkaeufer|käufer|kaeufer|anbieter|lieferant|vendeur|acheteur|fournisseur|vendedor|comprador|proveedor|fornecedor|venditore|acquirente|fornitore)\b/i;

/** The side a word or value names ("buyer", "procurement", "tenant", "vendor", "landlord"…), if any. */
export function sideOf(word: string): Side | undefined {
  if (BUYER_RE.test(word) || /^(?:tenant|licensee|occupier|buying|leasing|renting|hiring|procuring|sourcing)/i.test(word)) return 'buyer';
  if (SELLER_RE.test(word) || /^(?:licensor|landlord|sublandlord|selling|letting|subletting)/i.test(word)) return 'seller';
  if (BUYER_WORD.test(word)) return 'buyer';
  if (SELLER_WORD.test(word)) return 'seller';
  return undefined;
}

export function readSide(frontmatter: FrontmatterInfo | undefined, facts: Fact[], text: string): Side | undefined {
  const fm = frontmatter?.data['side'] ?? frontmatter?.data['role'];
  if (typeof fm === 'string') {
    const s = sideOf(fm);
    if (s) return s;
  }
  for (const f of facts) {
    if (f.concept !== 'side') continue;
    const first = SIDE_VALUE.exec(f.value.text);
    const s = first ? sideOf(first[1]!) : undefined;
    if (s) return s;
    // "comprador (buyer)": a word in brackets right after the first translates it.
    const gloss = /^[^\p{L}\n]{0,8}\p{L}{1,30}[ \t]{0,4}[(/][ \t]{0,4}(\p{L}{1,30})/u.exec(f.value.text);
    const g = gloss ? sideOf(gloss[1]!) : undefined;
    if (g) return g;
  }
  const m = SIDE_STATED.exec(text.length > 200_000 ? text.slice(0, 200_000) : text);
  if (m) return sideOf(m[1] ?? m[2] ?? m[3] ?? m[4]!);
  // "**Position :** acheteur (buyer)", "**Ruolo:** siamo il cliente": a label that elsewhere holds a figure holds the side when its value is one.
  const p = SIDE_POSITION.exec(text.slice(0, 3000));
  const bySide = p ? (sideOf(p[1]!) ?? (p[2] ? sideOf(p[2]) : undefined)) : undefined;
  if (bySide) return bySide;
  const head = text.slice(0, 3000);
  const said = SIDE_SAID.exec(head) ?? SIDE_SAID_OTHER.exec(head) ?? SIDE_OPENS.exec(head);
  return said ? sideOf(said[1]!) : undefined;
}

/**
 * The side from the plan's own words when it does not state one: a buyer speaks of "our
 * supplier", "the most we pay", "procurement plan"; a seller of "our customer", "our rate
 * card". The plan is a buyer's only when its buyer words clearly outnumber its seller words.
 */
const NAMES_OUR_SIDE = /^(?:we|i|wij|nous|on|wir|vi)\s+(?:are|am|zijn|sommes|est|sind|er|är|ar)\b|^(?:we['’]re|i['’]m|somos|siamo)\b/iu;


export function inferSide(tags: TagIndex, facts: Fact[]): Side | undefined {
  // "Wij zijn de koper", "We are the seller": naming our side outright counts twice as much as a passing word.
  const weigh = (tag: 'buyer-voice' | 'seller-voice') =>
    tags.tagged(tag).reduce((n, t) => (t.hit.negated ? n : n + (NAMES_OUR_SIDE.test(t.statement.text.slice(t.hit.start - t.statement.start, t.hit.end - t.statement.start)) ? 2 : 1)), 0);
  let buyer = weigh('buyer-voice');
  let seller = weigh('seller-voice');
  for (const f of facts) {
    if (f.concept !== 'walk-away' || f.source === 'frontmatter') continue;
    const said = `${f.label.text} ${f.value.text.slice(0, 80)}`;
    // A walk-away named as a ceiling is a buyer's, as a floor a seller's.
    if (CEILING_SAID.test(said) || CEILING_LABEL_OTHER.test(f.label.text)) buyer += 2;
    if (FLOOR_SAID.test(said) || FLOOR_LABEL_OTHER.test(f.label.text)) seller += 2;
  }
  // Our three numbers in order say the side whatever the words: a seller's walk-away < target < opening, a buyer's the reverse.
  // With no opening to read, the target against the walk-away still leans one way, with half the weight.
  const order = positionOrder(facts);
  if (order) {
    const weight = order.opening ? 4 : 2;
    if (order.side === 'seller') seller += weight;
    else buyer += weight;
  }
  if (buyer >= 2 && buyer > 1.5 * seller) return 'buyer';
  if (seller >= 2 && seller > 1.5 * buyer) return 'seller';
  return undefined;
}

/**
 * The side our positions' order says, from the first figure of each: a seller's walk-away < target < opening, a buyer's
 * the reverse; with no opening stated, a target above the walk-away is a seller's, below it a buyer's.
 */
function positionOrder(facts: readonly Fact[]): { side: Side; opening: boolean } | undefined {
  // The first in the document, whichever kind of fact states it.
  // A sum said aloud with no currency word ("four hundred and eighty-five thousand a month") is a figure all the same.
  const figure = (a: Amount) => a.kind === 'money' || (a.kind === 'number' && (a.value >= 1000 || a.elided === true));
  const first = (concept: string) =>
    facts
      .filter((f) => f.concept === concept && f.source !== 'frontmatter' && f.amounts.some(figure))
      .sort((a, b) => a.label.start - b.label.start)[0]
      ?.amounts.find(figure);
  const w = first('walk-away');
  const t = first('target');
  const o = first('opening');
  // Their order speaks even when one states its period and another leaves it to the reader ("$18.4m p.a.", "$21.9m").
  const alike = (a: typeof w, b: typeof w) => a !== undefined && b !== undefined && (comparable(a, b) || (a.currency === b.currency && (a.unit === '' || b.unit === '')));
  if (!w || !t || !alike(w, t)) return undefined;
  if (!o) return w.value < t.value ? { side: 'seller', opening: false } : w.value > t.value ? { side: 'buyer', opening: false } : undefined;
  if (!alike(t, o)) return undefined;
  if (w.value < t.value && t.value < o.value) return { side: 'seller', opening: true };
  if (w.value > t.value && t.value > o.value) return { side: 'buyer', opening: true };
  return undefined;
}
