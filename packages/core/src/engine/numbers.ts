/**
 * Money and percentage parsing.
 *
 * Plans are written by people in many locales: `$310,000`, `$310k`, `310K USD`,
 * `USD 1.2M`, `€400.000` (dot thousands), `€1,2M` (comma decimal), `£95k`,
 * `120 000 €`. Amounts keep their unit (`/ year`, `per user per month`, `ARR`)
 * so that rules only ever compare like with like.
 */
import { allMatches } from './matches.js';
import { parseWordAmounts } from './number-words.js';
import { dict } from './dict.js';

/** A parsed amount with the offsets (relative to the scanned text) it came from. */
export interface Amount {
  kind: 'money' | 'percent' | 'number';
  value: number;
  /** ISO-ish currency code (`USD`, `EUR`, `GBP`, …); undefined for bare numbers. */
  currency?: string;
  /** Normalised period/unit, e.g. `year`, `user/month`; empty when none. */
  unit: string;
  start: number;
  end: number;
  raw: string;
  /** Read out with its scale left to the listener ("one ninety-five" in a plan about millions); see `alignElided`. */
  elided?: boolean;
}

const SYMBOLS = dict<string>({
  $: 'USD',
  'US$': 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  'A$': 'AUD',
  'C$': 'CAD',
  'CA$': 'CAD',
  'AU$': 'AUD',
  'NZ$': 'NZD',
  'R$': 'BRL',
  // The Peruvian sol: "S/ 2,380,000.00".
  'S/': 'PEN',
  'S$': 'SGD',
  'SG$': 'SGD',
  'HK$': 'HKD',
  'NT$': 'TWD',
  '₩': 'KRW',
  '円': 'JPY',
  '元': 'CNY',
  '원': 'KRW',
  'MX$': 'MXN',
  'zł': 'PLN',
  'Kč': 'CZK',
  // West and Central Africa and the Maghreb: "1 250 000 FCFA", "54 000 000 F CFA", "2.290.000 DH", "3 400 DT".
  FCFA: 'XOF',
  'F CFA': 'XOF',
  CFA: 'XOF',
  DH: 'MAD',
  Dh: 'MAD',
  Dhs: 'MAD',
  DT: 'TND',
  // Central and Eastern Europe as its plans write it: "2.650,00 lei", "185 000 Ft", "6,90 лв.", "6,8 млн ₴", "12 500 грн".
  lei: 'RON',
  Ft: 'HUF',
  'лв': 'BGN',
  'лв.': 'BGN',
  '₴': 'UAH',
  'грн': 'UAH',
  'грн.': 'UAH',
  // Lira, naira, peso, dong, rupiah and shilling as their plans write them: "₺96,50", "₦1,250", "₱48.50", "118.000 ₫", "Rp 73.500", "KSh 4,500".
  '₺': 'TRY',
  '₦': 'NGN',
  '₱': 'PHP',
  '₫': 'VND',
  Rp: 'IDR',
  KSh: 'KES',
  Ksh: 'KES',
  // Ringgit and taka: "RM 12,400", "Tk 3.5 crore".
  RM: 'MYR',
  Tk: 'BDT',
  'Tk.': 'BDT',
  // Rupees and rand written the local way: "Rs 4.5 crore", "R145,000", "R34,50", "R25,5 million" (R only before a
  // money-sized figure, rand and cents, a figure with a scale word, or three to six digits alone ("R199 per vehicle"); "R 8 200", "+R 150", "R 14,20" with a space before a
  // figure of three digits or more, or rand and cents); a small figure only as a signed move, a cut or a rate ("+R40 (→ R1 100)", "R45 off", "R40 per metre").
  Rs: 'INR',
  'Rs.': 'INR',
  R: 'ZAR',
});
/** The currency codes an amount may carry before or after its number. */
const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'INR', 'PLN', 'NZD', 'SGD', 'BRL', 'MXN', 'ZAR', 'HKD', 'CNY', 'KES', 'CZK', 'HUF', 'AED', 'SAR', 'TRY', 'NGN', 'PHP', 'VND', 'IDR', 'THB', 'MYR', 'EGP', 'KRW', 'TWD', 'ILS', 'QAR', 'KWD', 'RON', 'BGN', 'UAH', 'PKR', 'LKR', 'NPR', 'BDT', 'OMR', 'BHD', 'JOD', 'MAD', 'GHS', 'TZS', 'UGX', 'ETB', 'XOF', 'XAF', 'TND', 'DZD', 'CLP', 'COP', 'PEN', 'ARS', 'ISK', 'RSD', 'KZT'] as const;
const CODES = new Set<string>(CURRENCY_CODES);
/** Whether a three-letter code is a currency the amounts know. */
export const isCurrencyCode = (code: string): boolean => CODES.has(code);
// A currency named in a column header: a code ("EUR/kg", "NOK"), or a symbol that is not a letter ("₦ per trip", "€ / t").
const HEADER_CODE = new RegExp(`(?:^|[^\\p{L}])(${CURRENCY_CODES.join('|')})(?![\\p{L}])`, 'u');
const HEADER_SYMBOL = /[$€£¥₹₩₺₦₱₫₴]/u;
const HEADER_LETTERED_DOLLAR = /(?<![\p{L}])([A-Z]{1,3}\$)/u;

// The scale of the figures under a header: "млн ₴", "EUR Mio.", "(€m)", "£k", "USD '000".
const HEADER_SCALE_WORD = /(?:^|[^\p{L}])(млн|mln|mio|million|millions|мільйонів|thousand|thousands|тыс|тис|bn|billion)(?![\p{L}])/iu;
const HEADER_SCALE_AFTER = /[$€£¥₹₩₺₦₱₫₴][ \t]?(m|k|bn)(?![\p{L}])|[A-Z]{3}[ \t]?(m|k|bn|'000|’000)(?![\p{L}])/u;
const SCALE_VALUE = dict<number>({ млн: 1e6, mln: 1e6, mio: 1e6, million: 1e6, millions: 1e6, мільйонів: 1e6, m: 1e6, thousand: 1e3, thousands: 1e3, тыс: 1e3, тис: 1e3, k: 1e3, "'000": 1e3, '’000': 1e3, bn: 1e9, billion: 1e9 });

/** The currency a table header names for the bare figures under it, and their scale ("млн ₴": millions of hryvnia). */
export function headerCurrency(header: string): { currency: string; scale: number } | undefined {
  const code = HEADER_CODE.exec(header);
  // "A$ / year", "S$ per month": a dollar with its country's letters is that country's.
  const lettered = code ? null : HEADER_LETTERED_DOLLAR.exec(header);
  const symbol = code || (lettered && SYMBOLS[lettered[1]!]) ? null : HEADER_SYMBOL.exec(header);
  const currency = code ? code[1] : lettered && SYMBOLS[lettered[1]!] ? SYMBOLS[lettered[1]!] : symbol ? SYMBOLS[symbol[0]] : undefined;
  if (!currency) return undefined;
  const word = HEADER_SCALE_WORD.exec(header)?.[1] ?? (() => {
    const m = HEADER_SCALE_AFTER.exec(header);
    return m ? (m[1] ?? m[2]) : undefined;
  })();
  return { currency, scale: word ? SCALE_VALUE[word.toLowerCase()] ?? 1 : 1 };
}

const WORDS = dict<string>({
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  francs: 'CHF',
});
const MULTIPLIERS = dict<number>({
  // Korean, Japanese and Chinese count in ten-thousands and hundred-millions: "₩30억", "1,200万円", "3億".
  만: 1e4,
  萬: 1e4,
  万: 1e4,
  억: 1e8,
  億: 1e8,
  亿: 1e8,
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  m: 1e6,
  M: 1e6,
  mm: 1e6,
  MM: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  bn: 1e9,
  b: 1e9,
  B: 1e9,
  billion: 1e9,
  // Indian numbering: ₹12 lakh, ₹1.2 crore.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  // Shorthand in Indian plans: "₹48 cr", "₹5 lac".
  cr: 1e7,
  lac: 1e5,
  lacs: 1e5,
  // "3,2 mln zł", "6,8 млн ₴", "1,2 mld Kč", "40 tys. zł", "450 тис. грн": scale words of Central and Eastern Europe.
  mln: 1e6,
  // Brazilian shorthand: "R$ 4,1 mi", "R$ 1,2 bi", "R$ 850 mil".
  mi: 1e6,
  bi: 1e9,
  // Millions and billions in words, in the languages plans are written in: "R$ 3,6 milhões", "2,4 millones de euros".
  milhões: 1e6,
  milhoes: 1e6,
  milhão: 1e6,
  milhao: 1e6,
  millones: 1e6,
  millón: 1e6,
  millon: 1e6,
  milioni: 1e6,
  milione: 1e6,
  miliony: 1e6,
  milionów: 1e6,
  milionu: 1e6,
  miljoen: 1e6,
  miljoenen: 1e6,
  millionen: 1e6,
  Millionen: 1e6,
  miljoner: 1e6,
  miljoona: 1e6,
  miljoonaa: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
  Milliarde: 1e9,
  Milliarden: 1e9,
  mrd: 1e9,
  Mrd: 1e9,
  bilhões: 1e9,
  bilhoes: 1e9,
  bilhão: 1e9,
  bilhao: 1e9,
  mil: 1e3,
  'млн': 1e6,
  mld: 1e9,
  mlrd: 1e9,
  'млрд': 1e9,
  tys: 1e3,
  'тис': 1e3,
  // Indonesian and Malay: "Rp 55 jt", "Rp 1,2 miliar", "Rp 500 rb".
  jt: 1e6,
  juta: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  rb: 1e3,
  ribu: 1e3,
});

// One pass, linear: optional currency prefix, a number with thousands/decimal
// separators, optional multiplier, optional currency suffix or percent sign.
// Quantifiers are bounded or separated by literal characters so no input can
// make this backtrack catastrophically.
// Built from CURRENCY_CODES, the one list of codes.
const CODE = `(?:${CURRENCY_CODES.join('|')})`;
const AMOUNT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.])(?<!\d,)(?<pre>US\$|A\$|C\$|CA\$|AU\$|NZ\$|NT\$|R\$|S\$|SG\$|HK\$|MX\$|S\/\s?|[$€£¥₹₺₦₱₴₩]|${CODE}\s?|Rs\.?\s?|Rp\.?\s?|KSh\s?|Ksh\s?|RM\s?|Tk\.?\s?|R(?=\d{1,3}(?:[,. \u00a0]\d{3}|,\d{2}(?!\d))|\d{1,3}(?:[.,]\d{1,2})?\s?(?:million|billion|mn|bn|m)(?![\p{L}])|(?!(?:19|20)\d\d(?!\d))\d{3,6}(?![\d\p{L}]))|R(?<=[+−–-]R)(?=\d{1,2}(?![\d\p{L}]))|R(?=\d{2}(?:\s(?:off|more|less|extra|cheaper|lower|higher|per)\b|\s?\/\s?\p{L}))|R[ \u00a0](?=\d{1,3}[ \u00a0,.]\d{3}(?!\d)|\d{1,3},\d{2}(?!\d)|\d{3,}(?![\d.,])))?\s?(?<num>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[,. \u00a0\u202f']\d{3}(?!\d))+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,4})?)(?:\s?(?<mult>thousand|millions?|billion|milh(?:ões|oes|ão|ao)|mill(?:ones|ón|on)|milion(?:i|e|y|ów|u)|miljoen(?:en)?|[Mm]illionen|[Mm]illiarden?|miljoner|miljoona(?:a)?|milliards?|bilh(?:ões|oes|ão|ao)|[Mm]rd|[Ll]akhs?|lacs?|[Cc]rores?|[Cc]r|[Mm]io|[Mm]n|bn|mm|MM|mln|mld|mlrd|млн|млрд|tys|тис|jt|juta|miliar|milyar|rb|ribu|mil|mi|bi|[kKmMbB])(?![\p{L}])(?:\.(?=\s?(?:[€£$₴]|EUR\b|USD\b|GBP\b|CHF\b|zł|Kč|lei\b|Ft\b|грн|лв)))?|(?<cjk>[만억萬万億亿])|[ \t]*\n[ \t]*(?<wrapped>millions?|billion|millones|milhões|milhoes|milioni|Millionen|Milliarden|miljoen|lakhs?|crores?)(?![\p{L}]))?(?<post>\s?(?:%|percent\b|per ?cent\b|bps\b|bp\b|basis points?\b|¢|c\b|p(?!\.?\s?a\b)(?![\p{L}])|cents?\b|cts\b|pence\b|${CODE}\b|zł|Kč|kr\b|lei\b|Ft\b|F\s?CFA\b|CFA\b|DH\b|Dhs?\b|DT\b|лв\.?|грн\.?|[€£$₫₺₴₩円元원]|dollars?\b|euros?\b|pounds?\b|francs\b))?`,
  'gu',
);

const HAS_DIGIT = /\d/;

// Units that follow an amount. Order matters: longer phrases first.
const UNIT_RE =
  /^\s*(?:\/\s*|per\s+|a\s+|an\s+|each\s+)?(?<a>user|seat|licen[cs]e|head|month|mo|year|yr|annum|quarter|day|hour|hr)s?\b(?:\s*(?:\/\s*|per\s+|a\s+)(?<b>month|mo|year|yr|annum|quarter|day|hour|hr)s?\b)?|^\s*(?<c>ARR|MRR|ACV|TCV|p\.?a\.?(?![\p{L}])|annually|yearly|monthly|per\s+annum)|^\s*(?:\/\s*|(?:por|pro|par|al|au|per|pr\.?|i|w|za|na)\s+)(?:(?<m>mês|mes|mese|monat|mois|maand|månad|måned|mån|md\.?|kuukausi|kk|miesiąc|mies\.?|měsíc)|(?<y>año|ano|jahr|an|anno|jaar|år|vuosi|rok))(?![\p{L}])/iu;

const UNIT_ALIASES = dict<string>({
  mo: 'month',
  month: 'month',
  monthly: 'month',
  mrr: 'month',
  yr: 'year',
  year: 'year',
  annum: 'year',
  'per annum': 'year',
  annually: 'year',
  yearly: 'year',
  pa: 'year',
  'p.a.': 'year',
  'p.a': 'year',
  arr: 'year',
  acv: 'year',
  tcv: 'total',
  quarter: 'quarter',
  day: 'day',
  hour: 'hour',
  hr: 'hour',
  user: 'user',
  seat: 'user',
  licence: 'user',
  license: 'user',
  head: 'user',
});

function normUnit(word: string | undefined): string {
  if (!word) return '';
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return UNIT_ALIASES[w] ?? UNIT_ALIASES[w.replace(/\./g, '')] ?? w;
}

/** The unit written right after an amount that ends at `end` ("/ year", "per user per month", "ARR"), and where it ends. */
function unitAfter(text: string, end: number): { unit: string; end: number } | undefined {
  const u = UNIT_RE.exec(text.slice(end, end + 40));
  if (!u?.groups) return undefined;
  const a = normUnit(u.groups.a);
  const b = normUnit(u.groups.b);
  // "R$ 1.500,00/mês", "€ 90 pro Monat", "2 400 kr/år": a period in the plan's language is the same period.
  const c = normUnit(u.groups.c) || (u.groups.m ? 'month' : u.groups.y ? 'year' : '');
  return { unit: c || (b ? `${a}/${b}` : a), end: end + u[0].length };
}

/**
 * Turns the digits of an amount into a number, deciding between US
 * (`1,234.5`) and European (`1.234,5`, `400.000`) separators.
 */
export function parseNumberText(num: string): number {
  const s = num.replace(/[ \u00a0\u202f']/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: whichever comes last is the decimal mark.
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    return Number(s.split(thousands).join('').replace(decimal, '.'));
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (!sep) return Number(s);
  const parts = s.split(sep);
  // Several groups, or one group of exactly three digits: thousands.
  // `1.5`, `1,25` and `0.250` (leading zero) are decimals.
  const isThousands =
    parts.length > 2 || (parts[1]!.length === 3 && parts[0] !== '0' && parts[0]!.length <= 3);
  return isThousands ? Number(parts.join('')) : Number(parts.join('.'));
}

const ENGLISH_SCALE = /^(?:k|K|m|M|mm|MM|mn|bn|b|B|million|millions|billion)$/;

// Scale words of languages that write a decimal comma: Mio, mln, mld, млн, тис.
const CONTINENTAL_SCALE = /^(?:[Mm]io|mln|mld|mlrd|млн|млрд|тис|tys|mi|bi|mil)$/;

/** Finds every amount in `text`; `defaultCurrency` applies to bare numbers with a multiplier or unit. */

export function parseAmounts(text: string, defaultCurrency?: string): Amount[] {
  const found: Amount[] = [];
  // Every amount in figures has a digit; most sentences have none, and the regex would try each position.
  if (!HAS_DIGIT.test(text)) return wordAmounts(text, found, defaultCurrency);
  let carried: { code: string; start: number; end: number } | undefined;
  for (const m of allMatches(text, AMOUNT_RE)) {
    const g = m.groups!;
    // "₩30억", "1,200万円": a multiplier in Korean, Japanese or Chinese counts as one.
    if (g.cjk) g.mult = g.cjk;
    // "$ 1.860⏎  millones": a scale word wrapped onto the next line still scales its figure.
    if (g.wrapped) g.mult = g.wrapped;
    let start = m.index!;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    const pre = g.pre?.trim();
    const post = g.post?.trim();
    // "215 bps over JIBAR": a basis point is a hundredth of a per cent, compared with rates as one.
    const basisPoints = post !== undefined && /^(?:bps|bp|basis points?)$/i.test(post);
    const isPercent = post !== undefined && (basisPoints || /^(?:%|percent|per ?cent)$/i.test(post));
    let value = parseNumberText(g.num!);
    if (!Number.isFinite(value)) continue;
    if (basisPoints) value /= 100;
    // "1,848 Mio €", "3,250 mln zł": continental scale words come with a decimal comma, whatever its three digits suggest.
    if (g.mult && CONTINENTAL_SCALE.test(g.mult) && /^\d{1,3},\d{3}$/.test(g.num!)) value = Number(g.num!.replace(',', '.'));
    // "$1.805m", "1.250k": an English scale word after one group of three digits marks a decimal point.
    if (g.mult && ENGLISH_SCALE.test(g.mult) && /^\d{1,3}\.\d{3}$/.test(g.num!)) value = Number(g.num!);
    if (g.mult) value *= MULTIPLIERS[g.mult] ?? MULTIPLIERS[g.mult.toLowerCase()] ?? 1;
    // "¥4億1,500万", "1億2000万円": hundred-millions and ten-thousands written as one number.
    if (g.cjk && /^[億亿]$/.test(g.cjk)) {
      const rest = /^(\d[\d,]*)\s?[万萬]/.exec(text.slice(end));
      if (rest) {
        value += parseNumberText(rest[1]!.replace(/,/g, '')) * 1e4;
        end += rest[0].length;
      }
    }
    let currency: string | undefined;
    if (pre) currency = SYMBOLS[pre] ?? (CODES.has(pre) ? pre : undefined);
    // "4.1 CHF 17.60 → 17.95": a code between two numbers belongs to the one after it (the first is a clause number).
    if (!currency && carried && carried.end >= start - 1 && !g.mult && !isPercent && !post) {
      currency = carried.code;
      start = carried.start;
    }
    carried = undefined;
    if (!currency && post && !isPercent && /^[A-Z]{3}$/.test(post) && /^\s?\d/.test(text.slice(end, end + 2))) {
      carried = { code: post, start: m.index! + m[0].lastIndexOf(post), end };
      end = carried.start;
    } else if (!currency && post && !isPercent) currency = SYMBOLS[post] ?? (CODES.has(post.toUpperCase()) ? post.toUpperCase() : WORDS[post.toLowerCase()]);
    // "104c a litre", "3.2p/kWh": hundredths of the plan's currency, comparable with each other only.
    if (!currency && post && /^(?:¢|c|cents?|cts)$/i.test(post)) currency = '¢';
    if (!currency && post && /^(?:p|pence)$/i.test(post)) currency = 'GBp';
    // "289 kr": a Scandinavian crown, the plan's own when it names one.
    if (!currency && post && /^kr$/.test(post)) currency = defaultCurrency && /^(?:SEK|NOK|DKK|ISK)$/.test(defaultCurrency) ? defaultCurrency : 'SEK';
    // Trailing whitespace captured by `post`'s optional space is not part of the amount.
    while (end > start && /\s/.test(text[end - 1]!)) end--;

    let unit = '';
    if (!isPercent) {
      const u = unitAfter(text, end);
      if (u) [unit, end] = [u.unit, u.end];
    }

    const startsLikeYear = !currency && !g.mult && !isPercent && /^(?:19|20)\d\d$/.test(g.num!);
    if (startsLikeYear) continue;
    const kind: Amount['kind'] = isPercent ? 'percent' : currency ? 'money' : 'number';
    // "120k" or "120,000" in a plan with `currency: EUR` is money; "ISO 27001" and "36 months" are not.
    const moneyShaped = Boolean(g.mult) || /\d[,. \u00a0\u202f']\d{3}(?!\d)/.test(g.num!);
    const timeUnit = /^(?:month|year|quarter|day|hour|total)$/.test(unit);
    if (kind === 'number' && defaultCurrency && moneyShaped && !(timeUnit && !g.mult && !/[,.]/.test(g.num!))) {
      currency = defaultCurrency;
    }
    found.push({
      kind: kind === 'number' && currency ? 'money' : kind,
      value,
      currency,
      unit,
      start,
      end,
      raw: text.slice(start, end),
    });
  }
  // "CHF 17.60 → 17.95 per unit": the level an arrow moves to is in the currency of the level it leaves.
  // Two levels of one price lie within a factor of two; "instead of 30 → 5 €/t off" pairs a count with a get.
  const levels = (a: Amount, b: Amount) => a.value > 0 && b.value > 0 && Math.max(a.value, b.value) <= 2 * Math.min(a.value, b.value);
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1]!;
    const b = found[i]!;
    if (!levels(a, b)) continue;
    if (b.kind === 'number' && a.kind === 'money' && /^\s{0,3}(?:→|->|=>)\s{0,3}$/.test(text.slice(a.end, b.start))) {
      found[i] = { ...b, kind: 'money', currency: a.currency };
    }
    // "41.000 → 41.800 EUR": and the level it leaves is in the currency of the level it reaches.
    if (a.kind === 'number' && b.kind === 'money' && /^\s{0,3}(?:→|->|=>)\s{0,3}$/.test(text.slice(a.end, b.start))) {
      found[i - 1] = { ...a, kind: 'money', currency: b.currency };
    }
  }
  return wordAmounts(text, found, defaultCurrency);
}

/** Adds the amounts written in words ("forty pounds a seat a month") to those in figures, in text order (a cheap test first: most text names no money in words). */
function wordAmounts(text: string, found: Amount[], defaultCurrency?: string): Amount[] {
  const words = parseWordAmounts(text).filter((w) => !found.some((f) => f.start < w.end && w.start < f.end));
  if (words.length === 0) return found;
  for (const w of words) {
    let end = w.end;
    let unit = '';
    if (w.kind === 'money' || w.elided) {
      const u = unitAfter(text, end);
      if (u) [unit, end] = [u.unit, u.end];
    }
    // "forty grand" is money in the plan's currency; "fifty-five thousand" is too when the plan names one.
    const currency = w.currency ?? (w.kind !== 'percent' ? defaultCurrency : undefined);
    const kind = w.kind === 'number' && currency ? 'money' : w.kind;
    found.push({ kind, value: w.value, currency, unit, start: w.start, end, raw: text.slice(w.start, end), ...(w.elided ? { elided: true } : {}) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Gives a figure read out without its scale ("our ceiling is one ninety-five", "we open at one forty-eight") the currency
 * and the scale of the plan's money said in full ("two hundred and twelve million naira"): the power of a thousand (or
 * cents) that brings it nearest to one of those figures, when that lands it within a factor of three. Amounts are changed in place.
 */
export function alignElided(amounts: Amount[]): void {
  // "four hundred and eighty-five thousand a month" beside "five hundred thousand rand": a sum said aloud is in the money
  // the plan says aloud.
  const said = amounts.filter((a) => a.kind === 'number' && !a.elided && a.value >= 1000 && /^[A-Za-z][A-Za-z\s-]*$/.test(a.raw.trim()));
  const elided = amounts.filter((a) => a.elided);
  if (elided.length === 0 && said.length === 0) return;
  const full = amounts.filter((a) => a.kind === 'money' && !a.elided && a.value > 0);
  if (full.length === 0) return;
  const counts = new Map<string | undefined, number>();
  for (const a of full) counts.set(a.currency, (counts.get(a.currency) ?? 0) + 1);
  const currency = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  for (const a of said) {
    a.kind = 'money';
    a.currency = currency;
    full.push(a);
  }
  const logs = full.filter((a) => a.currency === currency).map((a) => Math.log(a.value)).sort((a, b) => a - b);
  // How far a reading lies from the nearest figure the plan says in full, as a ratio's logarithm (a binary search: a
  // long plan may say many figures).
  const distance = (v: number) => {
    const x = Math.log(v);
    let lo = 0;
    let hi = logs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (logs[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(lo < logs.length ? logs[lo]! - x : Infinity, lo > 0 ? x - logs[lo - 1]! : Infinity);
  };
  for (const a of elided) {
    if (a.currency !== undefined && a.currency !== currency) continue;
    // "four-ten a pallet" beside "five dollars sixty" is $4.10; "one ninety-five" beside "…million naira" is 195 million.
    let best = 1;
    for (const k of [0.01, 1, 1e3, 1e6, 1e9]) if (distance(a.value * k) < distance(a.value * best)) best = k;
    if (distance(a.value * best) > Math.log(3)) continue;
    a.value *= best;
    a.kind = 'money';
    a.currency = currency;
  }
}

/** Two amounts may be compared only when their kind, currency and unit agree. */
export function comparable(a: Amount, b: Amount): boolean {
  return a.kind === b.kind && a.currency === b.currency && a.unit === b.unit;
}

// Minor units and the currencies they belong to: pence are hundredths of a pound, cents of a dollar or euro.
const MAJOR_OF_MINOR: Record<string, readonly string[]> = { GBp: ['GBP'], '¢': ['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'SGD'] };

/**
 * An amount in pence or cents restated in the major unit of another amount's currency ("up 3p" beside
 * "£2.15 a pack" is £0.03), so steps and levels written in either compare; other amounts are returned as they are.
 */
export function inCurrencyOf(a: Amount, like: Amount | undefined): Amount {
  if (!like?.currency || !a.currency || a.kind !== 'money' || a.currency === like.currency) return a;
  if (!MAJOR_OF_MINOR[a.currency]?.includes(like.currency)) return a;
  return { ...a, value: a.value / 100, currency: like.currency };
}

const PREFIX = dict<string>({ USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' });

/** A unit as words: `user/month` → `per user per month`, `total` → `in total`. */
export function describeUnit(unit: string): string {
  if (!unit) return '';
  if (unit === 'total') return 'in total';
  return unit.split('/').map((u) => `per ${u}`).join(' ');
}

/**
 * A computed amount (a gap, a width) written like the plan's own: `$10,000`, `€1,250.50`,
 * `CHF 2,000 per month`; hundredths (`¢`, `GBp`) after the number.
 */
export function formatAmount(value: number, currency: string | undefined, unit = ''): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 || Number.isInteger(abs) ? 0 : 2;
  const n = abs.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const sign = value < 0 ? '-' : '';
  let money: string;
  if (!currency) money = `${sign}${n}`;
  else if (currency === '¢') money = `${sign}${n}¢`;
  else if (currency === 'GBp') money = `${sign}${n}p`;
  else if (PREFIX[currency]) money = `${sign}${PREFIX[currency]}${n}`;
  else money = `${sign}${currency} ${n}`;
  const u = describeUnit(unit);
  return u ? `${money} ${u}` : money;
}
