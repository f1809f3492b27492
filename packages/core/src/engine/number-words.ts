/**
 * Amounts written in words: "forty pounds a seat a month", "eighty-five thousand pounds",
 * "two pounds fifty", "seventy-five pence", "twelve per cent". Prose plans and plans read
 * aloud write their numbers so; only words that name money or a percentage make an amount,
 * so "two options" or "one more year" stay words.
 */
import { dict } from './dict.js';

const SMALL = dict<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALES = dict<number>({ hundred: 100, thousand: 1e3, grand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, mil: 1e6, mill: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, bil: 1e9 });

/** The currency a word names after a number ("pounds", "quid", "bucks"); minor units are the plan currency's hundredths. */
const MONEY_WORDS = dict<string>({
  pound: 'GBP', pounds: 'GBP', quid: 'GBP', dollar: 'USD', dollars: 'USD', bucks: 'USD', euro: 'EUR', euros: 'EUR',
  franc: 'CHF', francs: 'CHF', rupee: 'INR', rupees: 'INR', pence: 'GBp', p: 'GBp', cent: '¢', cents: '¢',
  naira: 'NGN', rand: 'ZAR', yen: 'JPY', yuan: 'CNY', rmb: 'CNY', dirham: 'AED', dirhams: 'AED', ringgit: 'MYR', zloty: 'PLN', zlotys: 'PLN',
  // Not "real" ("two real options") nor "bob": words that follow a number in plain English too.
  shilling: 'KES', shillings: 'KES', cedi: 'GHS', cedis: 'GHS', kwacha: 'ZMW', pesos: 'MXN', reais: 'BRL',
});

/** Whether text may hold an amount in words at all (a cheap test before the scan). */
const MAY_HOLD_WORD_AMOUNT =
  /\b(?:pounds?|quid|dollars?|bucks|euros?|francs?|rupees?|pence|cents?|grand|per\s?cent|percent|thousand|million|mill?|billion|bil|lakhs?|crores?|naira|rand|yen|yuan|dirhams?|ringgit|zlotys?|shillings?|cedis?|kwacha)\b|\b(?:one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?\s+(?:one|two|three|four|five|six|seven|eight|nine|(?:down |up |back )?to)\b/i;

// "forty grand", "fifty-five thousand all-in", "a hundred and ten thousand": a sum said aloud, with no money word after
// it, is still an amount when a scale of a thousand or more ends it ("two options", "three years" stay words).
export const LARGE_SCALES: ReadonlySet<string> = new Set(['thousand', 'grand', 'lakh', 'lakhs', 'million', 'mil', 'mill', 'crore', 'crores', 'billion', 'bil']);

/** "one" to "nine": the digit a price read out starts with ("one ninety-five", "four-ten"). */
export const isDigitWord = (w: string): boolean => SMALL[w] !== undefined && SMALL[w]! >= 1 && SMALL[w]! < 10;

/** A word that can stand in a sum said aloud: "seventy", "fifty-five", "hundred", "thousand". */
export const isNumberWord = (w: string): boolean =>
  SMALL[w] !== undefined || SCALES[w] !== undefined || (w.includes('-') && w.split('-').every((p) => SMALL[p] !== undefined));

/** Whether a text may hold a sum said aloud at all (a cheap test before reading its words). */
export const MAY_HOLD_SPOKEN_SUM = /\b(?:thousand|grand|lakhs?|million|mill?|crores?|billion|bil)\b/i;

export interface WordAmount {
  /** `number`: a large sum with no money word ("fifty-five thousand"); the plan's currency may apply. */
  kind: 'money' | 'percent' | 'number';
  value: number;
  /**
   * Said the way a price is read out, with its scale left to the listener ("our ceiling is one ninety-five" in a plan
   * about millions, "three ninety-five a unit"): the plan's other figures say what it counts in.
   */
  elided?: boolean;
  currency?: string;
  start: number;
  end: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
  /** Only spaces or a hyphen stand between it and the word before: "forty-eight. One hundred" is two sums. */
  joined: boolean;
}

/** The value of a run of number words from words[i], and where it stops; undefined when words[i] is no number word. */
function readNumber(words: Word[], i: number): { value: number; next: number; elided: boolean; thousands: boolean } | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  // "one ninety-five", "four fifty-two": a digit and then tens, a price read out (195, 452), not one plus ninety-five.
  let digitOnly = false;
  let tensOnly = false;
  let thousands = false;
  let elided = false;
  let k = i;
  for (; k < words.length; k++) {
    const w = words[k]!.text;
    if (k > i && !words[k]!.joined) break;
    // "twelve and a half percent", "two and a quarter million".
    if (w === 'and' && any && words[k + 1]?.text === 'a' && (words[k + 2]?.text === 'half' || words[k + 2]?.text === 'quarter')) {
      current += words[k + 2]!.text === 'half' ? 0.5 : 0.25;
      k += 2;
      digitOnly = false;
      continue;
    }
    // "one point two million", "two point four mil": decimals said digit by digit.
    if (w === 'point' && any && SMALL[words[k + 1]?.text ?? ''] !== undefined && SMALL[words[k + 1]!.text]! < 10) {
      let scale = 0.1;
      let m = k + 1;
      for (; m < words.length && SMALL[words[m]!.text] !== undefined && SMALL[words[m]!.text]! < 10; m++, scale /= 10) current += SMALL[words[m]!.text]! * scale;
      k = m - 1;
      digitOnly = false;
      continue;
    }
    // "a hundred", "a thousand": the article counts as one only before a scale word.
    if ((w === 'a' || w === 'an') && !any && SCALES[words[k + 1]?.text ?? ''] !== undefined) {
      current = 1;
      any = true;
      continue;
    }
    if (w === 'and' && any && (SMALL[words[k + 1]?.text.split('-')[0] ?? ''] !== undefined)) continue;
    const parts = w.split('-');
    // "four-ten a pallet", "five-twenty": a digit and tens joined by a hyphen, a price read out (4.10 or 410).
    if (!any && parts.length === 2 && isDigitWord(parts[0]!) && SMALL[parts[1]!] !== undefined && SMALL[parts[1]!]! >= 10) {
      current = SMALL[parts[0]!]! * 100 + SMALL[parts[1]!]!;
      any = true;
      elided = true;
      continue;
    }
    if (parts.every((p) => SMALL[p] !== undefined)) {
      const said = parts.reduce((s, p) => s + SMALL[p]!, 0);
      if (digitOnly && said >= 10 && said < 100) {
        current = current * 100 + said;
        elided = true;
        digitOnly = false;
        continue;
      }
      // "twenty-six five", "twenty-three two": thousands and hundreds read out, as a dealer quotes a price (26,500).
      // …but "twenty-four seven" is round the clock.
      if (tensOnly && said >= 1 && said < 10 && parts.length === 1 && !(current === 24 && said === 7)) {
        current = current * 1000 + said * 100;
        thousands = true;
        tensOnly = false;
        continue;
      }
      digitOnly = !any && parts.length === 1 && said >= 1 && said < 10;
      tensOnly = !any && said > 20 && said < 100 && parts.length === 2;
      current += said;
      any = true;
      continue;
    }
    const scale = SCALES[w];
    if (scale !== undefined && any && !thousands) {
      digitOnly = false;
      tensOnly = false;
      elided = false;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      continue;
    }
    break;
  }
  if (!any) return undefined;
  return { value: total + current, next: k, elided, thousands };
}

// Words that may follow the second figure of a step said aloud ("eighty-four down to eighty-two, in return for…",
// "… to seventy-nine if they sign"); a noun there counts something else ("twenty to twenty-two weeks").
const AFTER_STEP = new Set(['in', 'for', 'if', 'once', 'when', 'as', 'with', 'against', 'only', 'provided', 'and', 'but', 'then', 'a', 'an', 'per', 'each']);

/** Whether `word` may follow the second figure of a step said aloud: a joining word or a money word ("… to eighty-two pounds"). */
export const endsSpokenStep = (word: string): boolean => AFTER_STEP.has(word) || MONEY_WORDS[word] !== undefined;

/**
 * Where the second figure of a step said aloud starts, when words from `next` read "down to", "up to", "back to" or
 * "to" and a figure close to the first (within a fifth) follows: "eighty-four down to eighty-two" moves a price.
 */
function stepTo(words: Word[], text: string, next: number, first: number): number | undefined {
  let j = next;
  if (['down', 'up', 'back'].includes(words[j]?.text ?? '') && words[j]!.joined) j++;
  if (words[j]?.text !== 'to' || !words[j]!.joined || !words[j + 1]?.joined) return undefined;
  const second = readNumber(words, j + 1);
  if (!second || second.elided || second.value < 10 || second.value >= 1000 || second.value === first) return undefined;
  if (Math.min(first, second.value) / Math.max(first, second.value) < 0.8) return undefined;
  const after = words[second.next];
  if (after && after.joined && !endsSpokenStep(after.text)) return undefined;
  return j + 1;
}

/** Every amount written in words in `text`, with offsets into it. */
export function parseWordAmounts(text: string): WordAmount[] {
  if (!MAY_HOLD_WORD_AMOUNT.test(text)) return [];
  const words: Word[] = [];
  for (const m of text.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) {
    const prev = words[words.length - 1];
    words.push({ text: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length, joined: !prev || /^[ \t-]*$/.test(text.slice(prev.end, m.index!)) });
  }
  const out: WordAmount[] = [];
  // The second figure of a step said aloud, read as a price like the first.
  let stepSecond = -1;
  for (let i = 0; i < words.length; i++) {
    // "seven hundred and twenty euro a thousand cartons", "six eighty a thousand": a rate's denominator, not a sum.
    if ((words[i]!.text === 'a' || words[i]!.text === 'an') && i > 0 && words[i]!.joined && (isNumberWord(words[i - 1]!.text) || MONEY_WORDS[words[i - 1]!.text] !== undefined)) continue;
    const n = readNumber(words, i);
    if (!n) continue;
    const unit = words[n.next];
    // Only adjacent words: "forty pounds", not "forty, pounds".
    const adjacent = unit && /^[\s-]*$/.test(text.slice(words[n.next - 1]!.end, unit.start));
    if (adjacent && (unit.text === 'percent' || (unit.text === 'per' && words[n.next + 1]?.text === 'cent'))) {
      const end = unit.text === 'per' ? words[n.next + 1]!.end : unit.end;
      out.push({ kind: 'percent', value: n.value, start: words[i]!.start, end });
      i = n.next;
      continue;
    }
    const currency = unit && adjacent ? MONEY_WORDS[unit.text] : undefined;
    if (!unit || !currency || (unit.text === 'p' && n.value >= 100)) {
      const last = words[n.next - 1]!;
      if ((LARGE_SCALES.has(last.text) || n.thousands) && n.value >= 1000) out.push({ kind: last.text === 'grand' ? 'money' : 'number', value: n.value, start: words[i]!.start, end: last.end });
      else if (n.elided) out.push({ kind: 'number', value: n.value, start: words[i]!.start, end: last.end, elided: true });
      else if (n.value >= 10 && n.value < 1000 && !n.thousands) {
        const second = i === stepSecond ? undefined : stepTo(words, text, n.next, n.value);
        if (second !== undefined || i === stepSecond) out.push({ kind: 'number', value: n.value, start: words[i]!.start, end: last.end, elided: true });
        if (second !== undefined) stepSecond = second;
      }
      i = n.next - 1;
      continue;
    }
    let value = n.value;
    let end = unit.end;
    let next = n.next + 1;
    // "two pounds fifty", "forty pounds seventy-five": the minor units after the major.
    if (currency !== 'GBp' && currency !== '¢') {
      const minor = readNumber(words, next);
      if (minor && minor.value < 100 && /^\s+$/.test(text.slice(end, words[next]!.start))) {
        const after = words[minor.next]?.text;
        value += minor.value / 100;
        end = words[minor.next - 1]!.end;
        next = minor.next;
        if (after === 'pence' || after === 'p' || after === 'cents') {
          end = words[minor.next]!.end;
          next++;
        }
      }
    }
    out.push({ kind: 'money', value, currency, start: words[i]!.start, end });
    i = next - 1;
  }
  return out;
}
