/**
 * Statements as stems: the one normal form every lexicon entry and every
 * statement meet in. "We'd rather take", "we would rather be taking" and
 * "rather takes" all read `would rather take`, so an entry is written once.
 *
 * Stemming is Porter's (the `stemmer` package of the unified collective),
 * with English contractions expanded first and the irregular verbs plans use
 * folded to their base, since a stemmer cannot see that "took" is "take".
 */
import { stemmer } from 'stemmer';
import { endsSpokenStep, isDigitWord, isNumberWord, LARGE_SCALES, MAY_HOLD_SPOKEN_SUM } from '../number-words.js';
import { dict } from '../dict.js';
import { mendWord } from './spelling.js';

/** One word (or clause mark) of a statement, with its offsets in the document. */
export interface Token {
  /** The normal form: a stem, or the punctuation mark itself for clause marks. */
  stem: string;
  /** The word as written, lower-cased. */
  word: string;
  start: number;
  end: number;
  /** Starts with a capital letter (names, sentence starts). */
  capital: boolean;
  /** `,` `;` `:` `.` `!` `?` `—` `(` `)`: ends a clause, never part of a phrase. */
  mark: boolean;
}

// Contractions as separate tokens: `n't` → not, `'d` → would … ("we'd", "won't", "can't").
const CONTRACTION_TAIL = dict<string>({ "n't": 'not', "'d": 'would', "'ll": 'will', "'re": 'are', "'ve": 'have', "'m": 'am', "'s": "'s" });
const CONTRACTED_HEAD = dict<string>({ wo: 'will', ca: 'can', sha: 'shall', ai: 'be' });

// Irregular forms a stemmer leaves apart from their base; plans talk in these verbs.
const IRREGULAR = dict<string>({
  // Porter folds "expenses" into "expensive" (`expens`): costs we carry are no complaint about our price.
  expense: 'expense', expenses: 'expense', expensed: 'expense',
  // Porter folds "one" into "on": "we need that one" is no "we need that on their side".
  one: 'one', ones: 'one',
  // Spanish and Portuguese "nos" (us) is no "no": "Si nos dicen que somos caros" asks no denial.
  nos: 'nos',
  went: 'go', gone: 'go', goes: 'go', took: 'take', taken: 'take', gave: 'give', given: 'give',
  was: 'be', were: 'be', is: 'be', are: 'be', am: 'be', been: 'be', being: 'be', "'s": 'be',
  has: 'have', had: 'have', having: 'have', does: 'do', did: 'do', done: 'do', doing: 'do',
  paid: 'pay', sold: 'sell', bought: 'buy', said: 'say', says: 'say', told: 'tell', made: 'make',
  // Verbs ending in y keep it in every form (Porter turns "say" into `sai` but "said" folds to `say`).
  say: 'say', saying: 'say', pay: 'pay', pays: 'pay', paying: 'pay', buy: 'buy', buys: 'buy', buying: 'buy',
  kept: 'keep', left: 'leav', lost: 'lose', won: 'win', met: 'meet', sent: 'send', spent: 'spend',
  brought: 'bring', thought: 'think', ran: 'run', chose: 'choos', chosen: 'choos', fell: 'fall',
  fallen: 'fall', held: 'hold', stood: 'stand', got: 'get', gotten: 'get', knew: 'know', known: 'know',
  wrote: 'write', written: 'write', began: 'begin', begun: 'begin', broke: 'break', broken: 'break',
  came: 'come', felt: 'feel', found: 'find', heard: 'hear', meant: 'mean', dealt: 'deal', led: 'lead',
  they: 'they', us: 'we', our: 'we', ours: 'we', ourselves: 'we', me: 'i', my: 'i', mine: 'i', myself: 'i',
  them: 'they', their: 'they', theirs: 'they', themselves: 'they', her: 'she', his: 'he', him: 'he',
  wouldn: 'would', couldn: 'could', shouldn: 'should', didn: 'did', doesn: 'does', isn: 'is', aren: 'are', won_t: 'will',
  // Porter folds "likely" into "like" ("looks like", "liked the pilot"): a hedge is not a liking.
  likely: 'likely', unlikely: 'unlikely',
  // …and "apparent" ("selected as apparent successful proposer", a status) with "apparently" (hearsay).
  apparently: 'apparently',
  // …and "tenderers" (the bidders) with "tender" (the process, which either side runs or answers).
  tenderer: 'tenderer', tenderers: 'tenderer',
  // …and "approver" (a person) with "approved" (a budget approved in April is no decision maker).
  approver: 'approver', approvers: 'approver',
  // …and "discounters" (Aldi and Lidl, the retailers) with "discount" (a price cut).
  discounter: 'discounter', discounters: 'discounter',
  // …and "assuming" (a condition or a guess: "assuming they accept") with "assume" ("they assume the office lease": take it over).
  assuming: 'assuming',
  // …and "possible" (an option: "consignment stock is possible") with "possibly" (a guess).
  possibly: 'possibly',
  // …and "objection" into "object", the stem of "objective": a price objection is not our aim.
  objection: 'objection', objections: 'objection',
  // "objective" keeps its own form too, so neither is read as the other (a price objection is not a need).
  objective: 'objective', objectives: 'objective',
  // British and American spellings meet.
  prioritise: 'priorit', prioritize: 'priorit', organise: 'organ', organize: 'organ', apologise: 'apolog', apologize: 'apolog',
  favour: 'favor', honour: 'honor', behaviour: 'behavior', cheque: 'check', programme: 'program', licence: 'licens', license: 'licens',
});

// Words with an apostrophe inside stay one word ("o'clock"); the tails above split off.
// "A$10.60", "NZ$", "HK$", "R$": a dollar with its country letters is one currency mark.
// "R16 000", "Rs500", "KSh 4m", "RM12,400": a currency written in letters, glued to its figure, is a currency mark of its own.
const TOKEN_RE = /(?<![\p{L}\p{N}/])[wW]\/[aA](?![\p{L}\p{N}/])|(?<![\p{L}\p{N}])(?:A|AU|C|CA|NZ|HK|S|R|MX|US|NT)\$|(?<![\p{L}\p{N}])(?:Rs|Rp|RM|KSh|Ksh|R(?=\d{1,3}[ ,.\u00a0]\d{3}|\d{3,}))(?=\d)|[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*|[%$€£¥₹₺₦₱₫₴₩]|\[\[|\]\]|[,;:.!?—–()[\]|→←⇐]|-(?=\s)|(?<=\s)\/(?=\s)/gu;

/** Cache of stems: plans repeat their words, and Porter's steps are the costly part. */
const stems = new Map<string, string>();
let normalize: (word: string) => string = stemmer;

/**
 * Swaps the word normaliser (for `scripts/nlp-compare.ts`, which measures other libraries'
 * lemmatisers against Porter's stemmer on the team corpus). Call before anything is compiled.
 */
export function setWordNormalizer(fn: (word: string) => string): void {
  normalize = fn;
  stems.clear();
  wordParts.clear();
  for (const listener of normalizerListeners) listener();
}

const normalizerListeners: (() => void)[] = [];
/** Runs `listener` when the word normaliser changes (caches of stems elsewhere are cleared so). */
export function onNormalizerChange(listener: () => void): void {
  normalizerListeners.push(listener);
}

// Currency codes read as one currency mark, so "the supplier in Shenzhen is at CHF 29.00" meets the same
// entries as "… at $29": a phrase names money with `$`, whatever the currency.
const CURRENCY_CODES = new Set(['usd', 'eur', 'gbp', 'chf', 'jpy', 'cad', 'aud', 'sek', 'nok', 'dkk', 'inr', 'pln', 'nzd', 'sgd', 'brl', 'mxn', 'zar', 'hkd', 'cny', 'kes', 'czk', 'huf', 'aed', 'sar', 'zł', 'kč', 'kr', 'ron', 'bgn', 'uah', 'lei', 'грн', 'лв']);

/** The normal form of one lower-cased word. */
export function stemWord(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = CURRENCY_CODES.has(word) ? '$' : IRREGULAR[word] ?? (/^[a-z]+$/.test(word) ? normalize(word) : word);
    if (stems.size > 50_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** A token of a written word, its offsets relative to the word's start. */
interface Part {
  stem: string;
  word: string;
  from: number;
  to: number;
  capital: boolean;
  mark: boolean;
}

const ELIDED = /^(l|d|n|s|c|j|m|t|qu|lorsqu|puisqu|jusqu|dell|dall|nell|sull|all|un|quest|quell|tutt|dov|cos)'(?=\p{L})/u;

/** The tokens of each written word seen so far: plans repeat their words, so most are read once. */
const wordParts = new Map<string, readonly Part[]>();

const GLUED_CURRENCY = new Set(['R', 'Rs', 'Rp', 'RM', 'KSh', 'Ksh']);

/** The tokens one written word (a match of TOKEN_RE) gives, with offsets from its start. */
function partsOf(raw: string): Part[] {
  // Lira, naira, peso, dong and hryvnia read as a currency sign like the dollar: entries name "$|€|£|¥|₹" only.
  if (raw.length === 1 && /[₺₦₱₫₴₩]/.test(raw)) return [{ stem: '$', word: raw, from: 0, to: 1, capital: false, mark: false }];
  if (raw.length === 1 && /[%$€£¥₹]/.test(raw)) {
    // Percent and currency signs are words of their own: "10 % off", "$ 310k".
    return [{ stem: raw, word: raw, from: 0, to: 1, capital: false, mark: false }];
  }
  if (raw.endsWith('$') && raw.length <= 3) return [{ stem: '$', word: raw, from: 0, to: raw.length, capital: false, mark: false }];
  if (GLUED_CURRENCY.has(raw)) return [{ stem: '$', word: raw.toLowerCase(), from: 0, to: raw.length, capital: false, mark: false }];
  if (raw.length === 1 && !/[\p{L}\p{N}]/u.test(raw)) {
    return [{ stem: raw === '–' || raw === '-' ? '—' : raw, word: raw, from: 0, to: 1, capital: false, mark: true }];
  }
  const lower = raw.toLowerCase().replace(/’/g, "'");
  const capital = /^\p{Lu}/u.test(raw);
  // Shorthand for the walk-away ("w/a $245k"), read as the words it stands for; "w/ a" (with a) stays apart.
  if (lower === 'w/a') {
    return [
      { stem: stemWord('walk'), word: 'w', from: 0, to: 1, capital, mark: false },
      { stem: stemWord('away'), word: 'a', from: 2, to: 3, capital: false, mark: false },
    ];
  }
  // Numbers keep their digits: "1,2" and "12.5" are one token; "120k", "1.2m" are numbers too, and so are cents and pence ("128c", "19.8p").
  // Swiss figures group thousands with an apostrophe ("CHF 4'980'000").
  // Crore, lakh and Brazilian "mi" glued on ("4.6cr", "12L", "4,1mi") are numbers as well.
  // East Asian scales glued on are too ("9.8억", "1,200万", "3.5億円", "35万元").
  if (/^[\d.,']+(?:k|m|bn|mio|mn|mln|cr|l|mi|c|p|ct|[万萬億亿억만천千]+[円元원]?)?$/.test(lower) && /^\d/.test(lower) && (!lower.includes("'") || /\d$/.test(lower))) {
    return [{ stem: '#', word: lower, from: 0, to: raw.length, capital: false, mark: false }];
  }
  // French and Italian elide an article or pronoun onto the next word: "l'apertura", "n'arrive", "qu'on", "c'è", "s'ils".
  // The word is read on its own, as a label's "l apertura" is, and the elided part is a word of its own.
  const elided = ELIDED.exec(lower);
  if (elided) {
    const head = elided[1]!;
    const rest = partsOf(raw.slice(head.length + 1)).map((p) => ({ ...p, from: p.from + head.length + 1, to: p.to + head.length + 1 }));
    return [{ stem: head, word: head, from: 0, to: head.length + 1, capital, mark: false }, ...rest];
  }
  const tail = /(n't|'d|'ll|'re|'ve|'m|'s)$/.exec(lower);
  if (tail) {
    const out: Part[] = [];
    const headWord = lower.slice(0, tail.index);
    const head = CONTRACTED_HEAD[headWord] && tail[1] === "n't" ? CONTRACTED_HEAD[headWord]! : headWord;
    if (head) out.push({ stem: stemWord(head), word: headWord, from: 0, to: tail.index, capital, mark: false });
    const t = CONTRACTION_TAIL[tail[1]!]!;
    // A possessive 's ("Neil's team") is not "is": it joins no phrase.
    if (t !== "'s" || /^(?:it|that|there|what|here|he|she|who|let)$/.test(headWord)) {
      out.push({ stem: stemWord(t === "'s" ? 'is' : t), word: tail[1]!, from: tail.index, to: raw.length, capital: false, mark: false });
    }
    return out;
  }
  // "targt", "walk awya": a hurried slip of a label word is read as that word (never a capitalised name).
  const mended = /^[a-z]{4,}$/.test(raw) ? mendWord(raw) : undefined;
  if (mended) return [{ stem: stemWord(mended), word: mended, from: 0, to: raw.length, capital, mark: false }];
  return [{ stem: lower.includes("'") ? lower : stemWord(lower), word: lower, from: 0, to: raw.length, capital, mark: false }];
}

/** `tokens` with each neighbour that `join` merges into the token before it (the merged token may take the next one too). */
function joinTokens(tokens: Token[], join: (a: Token, b: Token) => Token | undefined): Token[] {
  if (tokens.length < 2) return tokens;
  const out: Token[] = [tokens[0]!];
  for (let i = 1; i < tokens.length; i++) {
    const merged = join(out[out.length - 1]!, tokens[i]!);
    if (merged) out[out.length - 1] = merged;
    else out.push(tokens[i]!);
  }
  return out;
}

/** Splits `text` (whose first character is at document offset `base`) into tokens. */
export function tokenize(text: string, base = 0): Token[] {
  let out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    // "[[Novacare MDR labelling]]": a note app's link around a name is no mark in the sentence.
    if (raw === '[[' || raw === ']]') continue;
    const start = base + m.index;
    let parts = wordParts.get(raw);
    if (parts === undefined) {
      parts = partsOf(raw);
      if (wordParts.size > 50_000) wordParts.clear();
      wordParts.set(raw, parts);
    }
    for (const p of parts) out.push({ stem: p.stem, word: p.word, start: start + p.from, end: start + p.to, capital: p.capital, mark: p.mark });
  }
  // "186 500 $", "4 520 000 zł", "3 300 m²": thousands grouped with a space are one figure, as they are one amount.
  // (Each pass below builds a new list in one go: splicing in place is quadratic on a line of ten thousand figures.)
  out = joinTokens(out, (a, b) =>
    a.stem === '#' && b.stem === '#' && /^\d{1,3}$/.test(text.slice(a.start - base, a.end - base).replace(/^.*[ \u00a0\u202f]/, '')) && /^\d{3}(?:[.,]\d+)?$/.test(b.word) && /^[ \u00a0\u202f]$/.test(text.slice(a.end - base, b.start - base))
      ? { ...a, word: `${a.word} ${b.word}`, end: b.end }
      : undefined,
  );
  // "4.200 €", "12.500 EUR", "CHF 12'500" and "$4,200" are one amount: the currency after the figure reads
  // as if it stood before it, so every entry written "$ #" meets European and Indian formats alike.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.stem === '#' && (b.stem === '$' || /^[€£¥₹]$/.test(b.stem)) && !(i > 0 && /^[$€£¥₹]$/.test(out[i - 1]!.stem))) {
      out[i] = { ...a, stem: b.stem };
      out[i + 1] = { ...b, stem: '#' };
      i++;
    }
  }
  // "keep ₹150–200/bag in hand": a range written tight is one figure, and its dash ends no clause.
  if (out.some((t) => t.mark && t.stem === '—')) {
    const joined: Token[] = [];
    for (let i = 0; i < out.length; i++) {
      const [a, d, b] = [joined[joined.length - 1], out[i]!, out[i + 1]];
      if (a && b && d.mark && d.stem === '—' && a.stem === '#' && b.stem === '#' && a.end === d.start && d.end === b.start) {
        joined[joined.length - 1] = { ...a, word: `${a.word}${d.word}${b.word}`, end: b.end };
        i++;
      } else joined.push(d);
    }
    out = joined;
  }
  // "up to 49,50 zł, jeśli / if: the price is fixed": a colon after the condition word only sets its clause off.
  // "Knock 40 kr. off": the point after a currency written short abbreviates it, it ends nothing.
  out = out.filter(
    (t, i) =>
      i === 0 ||
      !t.mark ||
      !(
        (t.stem === ':' && IF_WORDS.has(out[i - 1]!.word)) ||
        (t.stem === '.' && /^(?:kr|kn|rs|fr)$/i.test(out[i - 1]!.word) && t.start === out[i - 1]!.end && i + 1 < out.length && !out[i + 1]!.capital)
      ),
  );
  // "send seventy thousand on Friday", "forty grand": a sum said aloud is one number, as if written in figures.
  const spoken = MAY_HOLD_SPOKEN_SUM.test(text);
  for (let i = 0; spoken && i < out.length; i++) {
    const first = out[i]!.word;
    if (!(isNumberWord(first) || ((first === 'a' || first === 'an') && isNumberWord(out[i + 1]?.word ?? '')))) continue;
    let k = i + 1;
    while (k < out.length && (isNumberWord(out[k]!.word) || (out[k]!.word === 'and' && isNumberWord(out[k + 1]?.word ?? '')))) k++;
    if (k - i < 2 || !LARGE_SCALES.has(out[k - 1]!.word)) continue;
    out.splice(i, k - i, { stem: '#', word: out.slice(i, k).map((t) => t.word).join(' '), start: out[i]!.start, end: out[k - 1]!.end, capital: out[i]!.capital, mark: false });
  }
  // "our ceiling is one ninety-five", "quoted sixty, she's said it twice": a price read out, its scale left to the
  // listener, reads as a figure too — a digit and tens, or a number word that a price word leads and nothing counts.
  for (let i = 0; i < out.length; i++) {
    const w = out[i]!.word;
    if (!isNumberWord(w) || LARGE_SCALES.has(w)) continue;
    const pair = isDigitWord(w) && TENS.test(out[i + 1]?.word ?? '') && out[i + 1]!.start - out[i]!.end <= 1;
    // "ninety-five" comes as two tokens.
    const unitAfter = pair && isDigitWord(out[i + 2]?.word ?? '') && text.slice(out[i + 1]!.end - base, out[i + 2]!.start - base) === '-';
    // "eighty-two" after a price word comes as two tokens too.
    const hyphenated = !pair && TENS.test(w) && isDigitWord(out[i + 1]?.word ?? '') && text.slice(out[i]!.end - base, out[i + 1]!.start - base) === '-';
    const span = pair ? (unitAfter ? 3 : 2) : hyphenated ? 2 : 1;
    const next = out[i + span];
    const counted = next !== undefined && !next.mark && !/^(?:a|an|per|each|and|or|but|so|k|grand)$/.test(next.word);
    // "eighty-four down to eighty-two": a step said aloud leads its own first figure.
    const to = next?.word === 'to' ? i + span : /^(?:down|up|back)$/.test(next?.word ?? '') && out[i + span + 1]?.word === 'to' ? i + span + 1 : -1;
    const stepping = to > 0 && TENS.test(out[to + 1]?.word ?? '') && !(out[to + 2] && !out[to + 2]!.mark && !isDigitWord(out[to + 2]!.word) && !endsSpokenStep(out[to + 2]!.word));
    const led = ((i > 0 && PRICE_LEAD.has(out[i - 1]!.word)) || stepping) && !isDigitWord(w);
    if (!pair && !(led && (!counted || stepping))) continue;
    if (pair && counted && next.word !== 'a' && !/^(?:pounds?|dollars?|euros?|rand|naira|bucks|quid)$/.test(next.word) && !next.mark) continue;
    const end = i + span;
    out.splice(i, end - i, { stem: '#', word: out.slice(i, end).map((t) => t.word).join(' '), start: out[i]!.start, end: out[end - 1]!.end, capital: out[i]!.capital, mark: false });
  }
  // "twelve per cent", "three and a half percent", "5 per cent": a percentage said in words reads as written in figures ("# %").
  const perCent = PER_CENT.test(text);
  for (let i = 0; perCent && i < out.length; i++) {
    const w = out[i]!.word;
    const two = w === 'per' && (out[i + 1]?.word === 'cent' || out[i + 1]?.word === 'cents');
    if (w !== 'percent' && !two) continue;
    out.splice(i, two ? 2 : 1, { stem: '%', word: '%', start: out[i]!.start, end: out[i + (two ? 1 : 0)]!.end, capital: false, mark: false });
    let k = i;
    while (k > 0 && (numeral(out[k - 1]!.word) || out[k - 1]!.word === 'and' || out[k - 1]!.word === 'a')) k--;
    // "three and a half", "a quarter": the joining words belong to the number only between or before its words.
    while (k < i && out[k]!.word === 'and') k++;
    if (!out.slice(k, i).some((t) => numeral(t.word))) k = i;
    if (k < i) {
      out.splice(k, i - k, { stem: '#', word: out.slice(k, i).map((t) => t.word).join(' '), start: out[k]!.start, end: out[i - 1]!.end, capital: out[k]!.capital, mark: false });
      i = k + 1;
    }
  }
  // "non-standard", "non-exclusive": a prefix, not the negator "non" of Italian and French.
  for (const t of out) if (t.word === 'non' && text[t.end - base] === '-') t.word = 'non-';
  // "This is going to be long", "they're going to ask": "going to" before a verb is the future, not a move
  // ("the volume goes to Corio", "we go to two deliveries a week").
  for (let i = 0; i + 2 < out.length; i++) {
    if (out[i]!.word !== 'going' || out[i + 1]!.word !== 'to') continue;
    const next = out[i + 2]!;
    if (!next.mark && !next.capital && /^[a-z]+$/.test(next.word) && !NOT_A_VERB_AFTER_TO.has(next.word)) out[i] = { ...out[i]!, stem: 'gonna' };
  }
  return out;
}

const PER_CENT = /per\s?cent/i;
const TENS = /^(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;
// Words that lead a price said aloud: "quoted sixty", "open at eighty", "came in at ninety".
const PRICE_LEAD = new Set(['quoted', 'quote', 'quotes', 'quoting', 'at', 'is', 'to', 'priced', 'charge', 'charges', 'charging', 'pay', 'pays', 'paying', 'paid', 'offered', 'bid', 'bids', 'asking', 'ask']);
/** A word of a number said aloud, fractions included: "three", "half", "quarter". */
const numeral = (w: string): boolean => isNumberWord(w) || w === 'half' || w === 'quarter';

/**
 * "If" as written, in English and in the languages plans are written in ("Se não fecharmos", "Wenn wir nicht…",
 * "Indien ze…", "Jeśli"): a case follows, and a colon after it ("If: they push") joins rather than labels.
 */
export const IF_WORDS: ReadonlySet<string> = new Set([
  'if', 'provided', 'unless', 'once', 'wenn', 'falls', 'sofern', 'mits', 'indien', 'als', 'si', 'se', 'jeśli', 'jezeli', 'jeżeli', 'om', 'hvis', 'jos',
]);

// What follows "going to" when it is a destination, not a verb: "going to the board", "going to two deliveries".
const NOT_A_VERB_AFTER_TO = new Set([
  'the', 'a', 'an', 'our', 'their', 'his', 'her', 'my', 'your', 'its', 'this', 'that', 'these', 'those', 'them', 'us', 'him', 'me',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'half', 'monthly', 'quarterly',
  'weekly', 'annual', 'yearly', 'net', 'another', 'other', 'each', 'every', 'all', 'both', 'market', 'tender', 'procurement', 'legal',
  'finance', 'court', 'arbitration', 'auction', 'committee', 'board', 'cabinet', 'council',
]);

// Past forms: a retrospective's "we opened at $410k" or "finance had signed off a walk-away" reports, it does not plan.
const PAST_IRREGULAR = new Set(['went', 'took', 'gave', 'was', 'were', 'had', 'did', 'said', 'told', 'made', 'sent', 'paid', 'sold', 'bought', 'got', 'met', 'held', 'kept', 'lost', 'won', 'came', 'left', 'ran', 'stood', 'felt', 'thought', 'knew', 'wrote', 'began', 'broke', 'chose', 'fell', 'heard', 'meant', 'dealt', 'led']);
const NOT_PAST = new Set(['need', 'feed', 'seed', 'speed', 'indeed', 'proceed', 'exceed', 'succeed', 'shed', 'embed', 'hundred', 'breed', 'bleed', 'greed', 'weed', 'deed', 'heed', 'reed', 'steed', 'tweed', 'bed', 'red', 'wed', 'fed', 'led']);

/** A verb form in the past tense (or a past participle). */
// Past forms ending in -eed ("agreed"), unlike need, feed, speed, proceed.
const EED_PAST = new Set(['agreed', 'disagreed', 'guaranteed', 'decreed', 'freed', 'refereed']);

export function isPast(word: string): boolean {
  if (PAST_IRREGULAR.has(word) || EED_PAST.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word) && !word.endsWith('eed');
}
