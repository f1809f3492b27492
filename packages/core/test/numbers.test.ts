import { describe, expect, it } from 'vitest';
import { alignElided, comparable, headerCurrency, parseAmounts } from '../src/engine/numbers.js';

const one = (text: string, currency?: string) => {
  const all = parseAmounts(text, currency);
  expect(all.length, `${text} → ${JSON.stringify(all)}`).toBeGreaterThan(0);
  const a = all[0]!;
  return { kind: a.kind, value: a.value, currency: a.currency, unit: a.unit, raw: a.raw };
};

describe('money formats', () => {
  it.each([
    ['$310,000', 310000, 'USD', ''],
    ['$310k', 310000, 'USD', ''],
    ['310K USD', 310000, 'USD', ''],
    ['USD 1.2M', 1200000, 'USD', ''],
    ['€400.000', 400000, 'EUR', ''],
    ['€1,2M', 1200000, 'EUR', ''],
    ['£95k', 95000, 'GBP', ''],
    ['1.234,56 €', 1234.56, 'EUR', ''],
    ['€ 400 000', 400000, 'EUR', ''],
    ['1,5 Mio €', 1500000, 'EUR', ''],
    ['$1.5 million', 1500000, 'USD', ''],
    ['CHF 80k', 80000, 'CHF', ''],
    ['40,000 euros', 40000, 'EUR', ''],
    ['1,1 Mio. €', 1100000, 'EUR', ''],
    ["CHF 48'000", 48000, 'CHF', ''],
    ['₹1,74,000', 174000, 'INR', ''],
    ['₹12,50,000', 1250000, 'INR', ''],
    ['₹1,20,00,000', 12000000, 'INR', ''],
    ['₹1.2 crore', 12000000, 'INR', ''],
    ['₹12 lakh', 1200000, 'INR', ''],
    ['Rs 4.5 crore', 45000000, 'INR', ''],
    ['Rp 55 jt', 55000000, 'IDR', ''],
    ['Rp 1,2 miliar', 1200000000, 'IDR', ''],
    ['Rs. 12,000', 12000, 'INR', ''],
    ['R145,000', 145000, 'ZAR', ''],
    ['R199', 199, 'ZAR', ''],
    // Rand and cents with a space, as South African price lines write them.
    ['R 14,20', 14.2, 'ZAR', ''],
    // Korean, Taiwanese, Japanese and Chinese money: the sign, and ten-thousands and hundred-millions as multipliers.
    ['₩150,000', 150000, 'KRW', ''],
    ['₩30억', 3000000000, 'KRW', ''],
    ['NT$ 745', 745, 'TWD', ''],
    ['1,200万円', 12000000, 'JPY', ''],
    ['3億円', 300000000, 'JPY', ''],
    ['50,000원', 50000, 'KRW', ''],
  ])('%s', (text, value, currency, unit) => {
    expect(one(text)).toMatchObject({ kind: 'money', value, currency, unit });
  });
});

it('reads a bare R as rand only before a money-sized figure', () => {
  expect(parseAmounts('the R2 release and sprint R2024')).toEqual([]);
});

describe('units are kept so only like is compared with like', () => {
  it.each([
    ['$310k / year', 'year'],
    ['$310k per year', 'year'],
    ['USD 1.2M ARR', 'year'],
    ['EUR 280.000 p.a.', 'year'],
    ['$42 per user per month', 'user/month'],
    ['£12 / seat / month', 'user/month'],
    ['€9,000 a month', 'month'],
  ])('%s', (text, unit) => {
    expect(one(text).unit).toBe(unit);
  });

  it('compares only the same kind, currency and unit', () => {
    const [a, b, c, d] = ['$310k / year', '$420k / year', '€420k / year', '$420k'].map((t) => parseAmounts(t)[0]!);
    expect(comparable(a!, b!)).toBe(true);
    expect(comparable(a!, c!)).toBe(false);
    expect(comparable(a!, d!)).toBe(false);
  });
});

describe('percentages and plain numbers', () => {
  it('reads percentages', () => {
    expect(one('a 15% discount')).toMatchObject({ kind: 'percent', value: 15 });
    expect(one('12 percent')).toMatchObject({ kind: 'percent', value: 12 });
    expect(one('2,5 %')).toMatchObject({ kind: 'percent', value: 2.5 });
  });
  it('reads basis points as hundredths of a per cent', () => {
    expect(one('240 bps over JIBAR')).toMatchObject({ kind: 'percent', value: 2.4, raw: '240 bps' });
    expect(one('a 12 bp step')).toMatchObject({ kind: 'percent', value: 0.12 });
    expect(one('40 basis points')).toMatchObject({ kind: 'percent', value: 0.4 });
  });
  it('treats bare numbers as numbers; money-shaped ones take the plan currency', () => {
    expect(one('120000')).toMatchObject({ kind: 'number', value: 120000 });
    expect(one('120,000', 'GBP')).toMatchObject({ kind: 'money', currency: 'GBP' });
    expect(one('120k', 'GBP')).toMatchObject({ kind: 'money', currency: 'GBP' });
    // Counts, standards and durations are not money, whatever the plan's currency.
    expect(one('ISO 27001', 'GBP')).toMatchObject({ kind: 'number' });
    expect(one('36 months', 'GBP')).toMatchObject({ kind: 'number', unit: 'month' });
  });
  it('does not mistake years for amounts', () => {
    expect(parseAmounts('by 30 June 2026').map((a) => a.value)).toEqual([30]);
  });
  it('keeps offsets into the text', () => {
    const text = 'Walk away below €400.000 per year.';
    const a = parseAmounts(text)[0]!;
    expect(text.slice(a.start, a.end)).toBe('€400.000 per year');
  });
  it('stays linear on long digit runs', () => {
    const long = '1,'.repeat(20000) + 'x';
    expect(() => parseAmounts(long)).not.toThrow();
  });
});

describe('amounts written in words', () => {
  const words = (s: string) => parseAmounts(s).map((a) => [a.kind, a.value, a.currency ?? '', a.unit]);
  it('reads money and percentages in words, with their units', () => {
    expect(words('Thirty-six pounds a seat a month.')).toEqual([['money', 36, 'GBP', 'user/month']]);
    expect(words('The board approved eighty-five thousand pounds a year.')).toEqual([['money', 85000, 'GBP', 'year']]);
    expect(words('up two pounds fifty, to thirty-eight pounds fifty')).toEqual([['money', 2.5, 'GBP', ''], ['money', 38.5, 'GBP', '']]);
    expect(words('two hundred and ten thousand dollars')).toEqual([['money', 210000, 'USD', '']]);
    expect(words('forty quid a seat')).toEqual([['money', 40, 'GBP', 'user']]);
    expect(words('a royalty of twelve per cent')).toEqual([['percent', 12, '', '']]);
  });
  it('leaves counts and figures alone', () => {
    expect(words('We offer two options and one more year.')).toEqual([]);
    expect(words('£40 a seat, forty pounds in words')).toEqual([['money', 40, 'GBP', 'user'], ['money', 40, 'GBP', '']]);
    expect(words('two hundred seats and six people')).toEqual([]);
  });
  it('reads a large sum said aloud without a money word, in the plan currency when it has one', () => {
    expect(words('the number I won\'t go under is forty grand all-in')).toEqual([['money', 40000, '', '']]);
    expect(words('send seventy thousand on Friday')).toEqual([['number', 70000, '', '']]);
    expect(parseAmounts('a hundred and ten thousand, approved', 'CHF').map((a) => [a.kind, a.value, a.currency])).toEqual([['money', 110000, 'CHF']]);
  });
  it('reads prices as they are read out: decimals, halves, a digit and tens, thousands and hundreds', () => {
    expect(words('one point two million')).toEqual([['number', 1200000, '', '']]);
    expect(words('two point four mil a year')).toEqual([['number', 2400000, '', '']]);
    expect(words('twelve and a half percent')).toEqual([['percent', 12.5, '', '']]);
    expect(words('sixty-one lakh')).toEqual([['number', 6100000, '', '']]);
    expect(words('two hundred and twelve million naira')).toEqual([['money', 212000000, 'NGN', '']]);
    // "twenty-six five a motor" is 26,500; "twenty five thousand" stays 25,000.
    expect(words('Our floor is twenty-three two a motor.')).toEqual([['number', 23200, '', '']]);
    expect(words('twenty five thousand')).toEqual([['number', 25000, '', '']]);
    const elided = parseAmounts('Our ceiling is one ninety-five.');
    expect(elided.map((a) => [a.kind, a.value, a.elided])).toEqual([['number', 195, true]]);
  });
  it('keeps two sums said in two sentences apart, and a rate\'s denominator out of the sums', () => {
    expect(words('We open at one forty-eight. One hundred and forty-eight million.').map((w) => w[1])).toEqual([148, 148000000]);
    expect(words('seven hundred and twenty euro a thousand cartons')).toEqual([['money', 720, 'EUR', '']]);
  });
  it('gives a price read out without its scale the scale and currency of the money the plan says in full', () => {
    const amounts = [...parseAmounts('two hundred and twelve million naira'), ...parseAmounts('Our ceiling is one ninety-five.')];
    alignElided(amounts);
    expect(amounts.map((a) => [a.kind, a.value, a.currency])).toEqual([['money', 212000000, 'NGN'], ['money', 195000000, 'NGN']]);
    const far = [...parseAmounts('forty pounds a seat'), ...parseAmounts('Our ceiling is one ninety-five.')];
    alignElided(far);
    // 195 is not within a factor of three of £40 at any power of a thousand: left as it was said.
    expect(far[1]!.value).toBe(195);
  });
});

describe('a table header names the currency and scale of the bare figures under it', () => {
  it('reads codes, symbols, lettered dollars and scale words', () => {
    expect(headerCurrency('₦ per trip')).toEqual({ currency: 'NGN', scale: 1 });
    expect(headerCurrency('A$ / year')).toEqual({ currency: 'AUD', scale: 1 });
    expect(headerCurrency('EUR/kg')).toEqual({ currency: 'EUR', scale: 1 });
    expect(headerCurrency('млн ₴')).toEqual({ currency: 'UAH', scale: 1e6 });
    expect(headerCurrency('(€m)')).toEqual({ currency: 'EUR', scale: 1e6 });
    expect(headerCurrency("USD '000")).toEqual({ currency: 'USD', scale: 1e3 });
    expect(headerCurrency('PKR per kg')).toEqual({ currency: 'PKR', scale: 1 });
  });
  it('names none where the header holds no currency', () => {
    expect(headerCurrency('Units per month')).toBeUndefined();
    expect(headerCurrency('Step')).toBeUndefined();
  });
});
