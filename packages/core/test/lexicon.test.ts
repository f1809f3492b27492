/**
 * The lexicon is data that is checked: every group's example sentences must get
 * the family's tag, every `not` sentence must not (affirmed), and the phrase
 * language itself behaves as documented.
 */
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../src/engine/lexicon/concepts/index.js';
import { Lexicon, PhraseSet, StemView, TAGS, negativeAsk, subjectBefore, tokenize } from '../src/engine/lexicon/index.js';
import { TagIndex } from '../src/engine/plan/tags.js';
import type { Statement } from '../src/engine/plan/model.js';
import * as WORDS from '../src/engine/lexicon/words.js';
import { CEILING_WORDS, FLOOR_WORDS } from '../src/engine/lexicon/concepts/position.js';
import { MORE_MONEY_WORDS, THRESHOLD_WORDS } from '../src/engine/lexicon/concepts/qualification.js';
import { OTHER_PARTY_SUBJECT } from '../src/engine/lexicon/concepts/counterpart.js';

const lexicon = new Lexicon();
const statement = (text: string): Statement => ({ start: 0, end: text.length, text, kind: 'prose', isQuestion: text.trim().endsWith('?') });
function affirmed(text: string, tag: (typeof TAGS)[number], lex = lexicon): boolean {
  const st = statement(text);
  const index = new TagIndex([st], lex);
  return index.has(st, tag);
}
function phrases(entries: string[], text: string): string[] {
  const tokens = tokenize(text);
  return [...new PhraseSet(entries).matches(new StemView(tokens))].map((m) => text.slice(tokens[m.from]!.start, tokens[m.to - 1]!.end));
}

describe('every tag has a family and every family a known tag', () => {
  it('one family per tag', () => {
    expect(FAMILIES.map((f) => f.tag).sort()).toEqual([...TAGS].sort());
  });
  it.each(FAMILIES.flatMap((f) => f.groups.map((g, i) => [f.tag, i, g] as const)))('%s group %i has a reason, phrases and examples', (_tag, _i, g) => {
    expect(g.why.length).toBeGreaterThan(10);
    expect(g.phrases.length).toBeGreaterThan(0);
    expect(g.examples.length).toBeGreaterThan(0);
  });
});

describe('examples get their tag', () => {
  const cases = FAMILIES.flatMap((f) => f.groups.filter((g) => !g.idiom).flatMap((g) => g.examples.map((e) => [f.tag, e] as const)));
  it.each(cases)('%s: %s', (tag, example) => {
    expect(affirmed(example, tag)).toBe(true);
  });
});

describe('counter-examples do not', () => {
  // An idiom group's examples are sentences whose family words the idiom takes away.
  const cases = FAMILIES.flatMap((f) => f.groups.flatMap((g) => [...(g.idiom ? g.examples : []), ...(g.not ?? [])].map((e) => [f.tag, e] as const)));
  it.each(cases)('%s: %s', (tag, example) => {
    expect(affirmed(example, tag)).toBe(false);
  });
});

describe('the phrase language', () => {
  it('matches on stems, across contractions and inflections', () => {
    expect(phrases(['rather take'], "Below that I'd rather be taking the other retainer; we'd rather take it")).toEqual(['rather take']);
    expect(phrases(['would rather take'], "we'd rather take it")).toEqual(["'d rather take"]);
    expect(phrases(['go with'], 'we went with them')).toEqual(['went with']);
  });
  it('bridges a gap of up to four words with …', () => {
    expect(phrases(['keep … happy'], 'to keep Neil and his team happy')).toEqual(['keep Neil and his team happy']);
    expect(phrases(['keep … happy'], 'keep the five people on that whole team happy')).toEqual([]);
  });
  it('never bridges a clause mark', () => {
    expect(phrases(['keep … happy'], 'keep the price; happy days')).toEqual([]);
  });
  it('reads prefix families, alternatives, optional words and numbers', () => {
    expect(phrases(['differentiat*'], 'our differentiators')).toEqual(['differentiators']);
    expect(phrases(['discount|rebate'], 'a 10% rebate')).toEqual(['rebate']);
    expect(phrases(['the? competitor is cheaper'], 'competitor is cheaper')).toEqual(['competitor is cheaper']);
    expect(phrases(['# % off'], 'knock 10 % off')).toEqual(['10 % off']);
  });
  it('keeps offsets in the document', () => {
    const tokens = tokenize('We walk.', 100);
    expect(tokens[0]).toMatchObject({ start: 100, end: 102 });
  });
  it('finds the subject of a verb past its auxiliaries', () => {
    const at = (text: string, verb: string) => {
      const tokens = tokenize(text);
      const s = subjectBefore(tokens, tokens.findIndex((t) => t.word === verb));
      return s && [s.token.word, s.adjacent];
    };
    expect(at('Chen will probably drop the tooling charge', 'drop')).toEqual(['chen', false]);
    expect(at('the deposit they asked for', 'asked')).toEqual(['they', true]);
    expect(at('Offer: we can also add two seats', 'add')).toEqual(['we', false]);
    expect(at('Drop the fee.', 'drop')).toBeUndefined();
  });
  it('reads a large sum said aloud as one number, and leaves counts as words', () => {
    expect(phrases(['send #'], 'what I will do is send seventy thousand on Friday')).toEqual(['send seventy thousand']);
    expect(phrases(['# all in'], 'a hundred and ten thousand all-in')).toEqual(['a hundred and ten thousand all-in']);
    expect(phrases(['send #'], 'send two options')).toEqual([]);
  });
});

describe('a phrase set runs its regex only where an entry can begin', () => {
  /** The reference: the family's regex scanned along the whole stem string, as a global regex finds matches. */
  function scanned(set: PhraseSet, view: StemView): { from: number; to: number; gaps: string }[] {
    const re = new RegExp(set.regex!.source, 'g');
    const out: { from: number; to: number; gaps: string }[] = [];
    for (let m = re.exec(view.text); m !== null; m = re.exec(view.text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      let gaps = '';
      for (let g = 1; g < m.length; g++) if (m[g]) gaps += m[g];
      out.push({ from: view.tokenAt(m.index), to: view.tokenAt(m.index + m[0].length - 2) + 1, gaps });
    }
    return out;
  }
  const sentences = FAMILIES.flatMap((f) => f.groups.flatMap((g) => [...g.examples, ...(g.not ?? [])]));
  it.each(TAGS.flatMap((tag) => [undefined, 'seller', 'buyer'].map((side) => [tag, side] as const)))('%s (%s): the same matches as a scan of every position', (tag, side) => {
    const set = lexicon.phrases(tag, side as 'seller' | 'buyer' | undefined);
    for (const text of sentences) {
      const view = new StemView(tokenize(text));
      expect([...set.matches(view)], text).toEqual(scanned(set, view));
      // The tag index reads the same hits.
      const st = statement(text);
      const index = new TagIndex([st], lexicon);
      index.side = side as 'seller' | 'buyer' | undefined;
      // …less the hits inside an idiom of the tag ("to get things moving").
      const idioms = lexicon.idioms(tag);
      const kept = scanned(set, view).filter((m) => !idioms || ![...idioms.matches(view)].some((i) => i.from <= m.from && i.to >= m.to));
      expect(index.hits(st, tag).map((h) => [h.from, h.to]), text).toEqual(kept.map((m) => [m.from, m.to]));
    }
  });
  it('an `*inside*` first word lets any stem holding it begin a match', () => {
    expect(phrases(['*preisliste*'], 'Laut Servicepreisliste gilt das')).toEqual(['Servicepreisliste']);
    expect(phrases(['*index* value'], 'the Kartonpreisindex value holds')).toEqual(['Kartonpreisindex value']);
  });
});

describe('scope', () => {
  it('negation reaches to the end of its clause and not past it', () => {
    expect(affirmed('We hold nothing back for a later round.', 'second-round')).toBe(false);
    expect(affirmed('We will not discount, but we leave room for a second round.', 'second-round')).toBe(true);
    expect(affirmed('We will not offer a discount.', 'price-cut')).toBe(false);
    expect(affirmed('A discount does not fix that.', 'price-cut')).toBe(false);
  });
  it('"no later than" affirms', () => {
    expect(affirmed('Signed no later than 15 May.', 'timeline')).toBe(true);
  });
  it('reads the speaker and conditions', () => {
    const st = statement('If they say we are too expensive, we show the payback.');
    const index = new TagIndex([st], lexicon);
    expect(index.conditional(st)).toBe(true);
    const hit = index.hits(st, 'price-challenge')[0]!;
    expect(index.speaker(st, hit)).toBe('they');
    const named = statement('We met Neil on Monday. Neil probably does not care about the SLA.');
    const i2 = new TagIndex([named], lexicon);
    expect(i2.speaker(named, i2.hits(named, 'hedge')[0])).toBe('named');
  });
  it('vocabulary adds words to a sentence concept', () => {
    const lex = new Lexicon({ 'price-cut': ['Nachlass'] });
    expect(affirmed('Wir geben 5 % Nachlass.', 'price-cut', lex)).toBe(true);
  });
});

describe('side-specific groups', () => {
  function affirmedFor(text: string, tag: (typeof TAGS)[number], side: 'seller' | 'buyer'): boolean {
    const st = statement(text);
    const index = new TagIndex([st], lexicon);
    index.side = side;
    return index.has(st, tag);
  }
  it("a seller's price cut is a discount, a buyer's is paying more", () => {
    expect(affirmedFor('Offer a complimentary month.', 'price-cut', 'seller')).toBe(true);
    expect(affirmedFor('Offer a complimentary month.', 'price-cut', 'buyer')).toBe(false);
    expect(affirmedFor('Raise our offer by €50.000.', 'price-cut', 'buyer')).toBe(true);
    expect(affirmedFor('Raise our offer by €50.000.', 'price-cut', 'seller')).toBe(false);
  });
  it('the challenge is read for our side', () => {
    expect(affirmedFor('If they say our budget is too low', 'price-challenge', 'buyer')).toBe(true);
    expect(affirmedFor("If they say it's expensive", 'price-challenge', 'seller')).toBe(true);
    expect(affirmedFor("Another firm quoted $2,500 a day.", 'price-challenge', 'buyer')).toBe(false);
  });
  it('groups for both sides read on either side', () => {
    expect(affirmedFor('If they still push, we split the difference.', 'price-cut', 'buyer')).toBe(true);
    expect(affirmedFor('If they still push, we split the difference.', 'price-cut', 'seller')).toBe(true);
  });
});

describe('a question that asks whether something will not happen', () => {
  const asks = (q: string) => {
    const tokens = tokenize(q);
    return negativeAsk(tokens, 0, tokens.length);
  };
  it.each([
    'Is there any part of the requirement you cannot live with?',
    'Is that something the Pricing Board cannot give?',
    "What wouldn't work for your finance team?",
    'Est-ce que ça ne marche tout simplement pas pour vous ?',
    'Geht das für Sie nicht?',
  ])('lets them say no: %s', (q) => expect(asks(q)).toBe(true));
  it.each([
    "Don't you agree the price is fair?",
    "Isn't it better to sign this month?",
    "Why can't you sign today?",
    'What is their budget for next year?',
    'Which modules do they not use today?',
  ])('does not: %s', (q) => expect(asks(q)).toBe(false));
});

// A space inside an alternative ("a|free up|b") silently splits the entry into two words of alternatives
// ("a|free" then "up|b"), and the entry stops matching what it was written for; the pattern language cannot
// tell that from two alternations written on purpose ("they|them commit|sign"). The tell-tale shape is an
// alternation followed by one that opens with a particle: every such entry must be listed here as meant.
describe('no entry splits a two-word alternative by accident', () => {
  const PARTICLES = new Set(['up', 'out', 'off', 'in', 'on', 'down', 'back', 'over', 'through', 'away', 'aside', 'around', 'into', 'onto', 'to', 'for', 'with', 'of', 'from']);
  const MEANT = new Set([
    // "forwards trade around 455 kr./MWh": a market trading, then where.
    'trade|trades|trading|traded around|near $|€|£|¥|₹|#',
    // "starting from week 3": a start, then when.
    'start|starts|begin|begins|starting|beginning in|from week|term|semester|trimester #',
    // "keeps ordering off the FSS": buying on, then where from.
    'keep|keeps order|ordering|buying|purchasing|calling off|from|through',
    // "hosted in our Singapore region": a verb, then where.
    'data … hosted|stored|processed|held in|outside',
    'hosted|stored|processed in|outside our|the|their? … region|country|cloud|eu|us',
    // "the number I write on the form", "will you tell me on the 20th": a verb, then where or when.
    'number|price|figure i|we write|put on|in the? form|letter|quote|offer',
    'tell us|me on|by the',
    'not do it|that|this for|at that|this|so|$|€|£|¥|₹|#',
    'ask|asked|want|wanted for|about the same date|dates|slot|slots|week|weekend|day|space|room|block|capacity|volume',
    'put … team|crew|people|staff|engineers|consultants onto|into',
    'what number|figure|price goes|go in|into the|our? offer|proposal|quote|bid|tender',
    'number|figure|price in|into the|our offer|proposal|quote',
    'throw|hit us|me on|about|with price|pricing|rate|rates|fee|fees|cost|costs',
    'throw|hit … at us|me on|about price|pricing|rate|rates|fee|fees|cost|costs',
    'be the highest|dearest|priciest of|among|on the',
    'say|says|said|claim|argue|insist|mention … … do it|this|that|job|work|day|lot for|at £|$|€|₹|#',
    'decision|decisions|call … rest|rests|lie|lies|sit|sits|belong|belongs with|to',
    'put|putting aside|by',
    'sick|tired of|with',
    'unhappy|frustrated|annoyed with|about|by',
    'i|we be pretty|fairly|quite|very? sure|confident|certain of|about that|it|this',
    'seem|appear to|like|keen|happy|open|interested|fine|ok|okay|comfortable|willing|ready|relaxed',
    'then move|step|go up|down',
    'move|step|go up|down through the? steps|ladder',
    'if|once|provided|when … come|comes|join|joins in|on|onto|aboard|over',
    'money … come|comes|coming|came from|out',
    'already agree|agreed on|about|that',
    'should|shall we|i step|bow|pull out|aside|back|away',
    'say|says … go|goes|sell|sells for $|€|£|¥|₹|#',
    'put … capacity|line|lines|cell|cells|shift|shifts|machines|press|presses on|onto|into',
    'put|move|switch|shift|redeploy|reassign|deploy … on|onto|to the|our … follow on|project|account|bid|tender|pitch|job|mandate|client|programme|program|engagement|rollout|contract',
    'contract|job|project|retainer|season|work start|begin in|on|next|this|from|after|soon|later|anyway|then',
    'team|crew|staff|engineers|people|recruiters|consultants|developers|designers|drivers|technicians|installers|nurses|lawyers … move|moves|go|goes straight|directly? to|onto',
    'drop|cut|knock|shave # %|percent on|off|from',
    'put|spend|invest|move the|that|our money|budget|cash into|on',
    'go|goes|move|moves on|onto the … project|account|contract|programme|program|tender|bid|mandate|rollout|engagement',
    'glatte|glätta over|över',
    // "If MIZAR insists on less", "our 2025 price to Osteon": a verb or a noun, then what it is on or for.
    'if … insist|insists|push|pushes on|for less|lower|more|higher',
    'our|the # price|prices|rate|rates to|for|with',
    // "target lowered to…", "floor brought down to…", "revised up to…": a revision's verb, then its direction.
    'revise|update|amend|correct down|up to',
    'target|floor|walkaway|opening|ceiling|limit adjust|reset|change|lower|raise|move|cut|drop|increas|reduc|bring down|up? to',
    'walk away point|price? adjust|reset|change|lower|raise|move|cut|drop|increas|reduc|bring down|up? to',
  ]);
  const suspicious = FAMILIES.flatMap((f) =>
    f.groups.flatMap((g) =>
      g.phrases.filter((p) => {
        const toks = p.split(/\s+/);
        return toks.some((a, i) => i + 1 < toks.length && a.includes('|') && toks[i + 1]!.includes('|') && PARTICLES.has(toks[i + 1]!.split('|')[0]!.replace(/\?$/, '')));
      }),
    ),
  );
  it('every alternation followed by a particle-led alternation is listed as meant', () => {
    expect(suspicious.filter((p) => !MEANT.has(p))).toEqual([]);
  });
});

// "legal :|—|-|says": a hyphen normalises to nothing, and an empty alternative makes the whole slot optional
// ("legal" alone then matches "their legal team").
describe('no alternative is empty once normalised', () => {
  const empty = FAMILIES.flatMap((f) =>
    f.groups.flatMap((g) => g.phrases.filter((p) => p.split(/\s+/).some((slot) => slot.includes('|') && slot.split('|').some((alt) => alt.replace(/[-–]/g, '').trim() === '')))),
  );
  it('every alternative keeps a word or a mark', () => {
    expect(empty).toEqual([]);
  });
});


// The word classes are written as plain words and read against the tokenizer's stems; a class that holds a
// hand-made stem ("onc", "thi") drifts when the stemmer changes. Each word below must land in its class.
describe('closed word classes read the tokenizer\'s stems', () => {
  const cases: [string, ReadonlySet<string>, string][] = [
    ['CASE_STEMS', WORDS.CASE_STEMS, 'once whenever before until should whether'],
    ['CONDITION_STEMS', WORDS.CONDITION_STEMS, 'if unless once when'],
    ['WE_STEMS', WORDS.WE_STEMS, 'we I wir wij nous nosotros'],
    ['BACK_POINTER_STEMS', WORDS.BACK_POINTER_STEMS, 'it this these those dette detta'],
    ['REASON_LINK_STEMS', WORDS.REASON_LINK_STEMS, 'since because whereas although'],
    ['NOTHING_STEMS', WORDS.NOTHING_STEMS, 'nothing anything none'],
    ['SEEMING_STEMS', WORDS.SEEMING_STEMS, 'senses believes noticed concluded looks'],
    ['ASK_ROUND_STEMS', WORDS.ASK_ROUND_STEMS, 'invite issued requires demands'],
  ];
  it.each(cases)('%s', (_name, set, words) => {
    for (const t of tokenize(words)) expect(set.has(t.stem), t.word).toBe(true);
  });
  it('a condition is not a reason, and our words are not theirs', () => {
    for (const t of tokenize('because since although')) expect(WORDS.CONDITION_STEMS.has(t.stem)).toBe(false);
    for (const t of tokenize('they he she you')) expect(WORDS.WE_STEMS.has(t.stem)).toBe(false);
  });
});

// A `word*` slot once let any stem of four letters or more that the prefix starts with match ("index*" took
// "indeed", "justif*" took "just"). It now takes only the stems the stemmer gives words that begin with the prefix.
describe('a prefix slot takes the words it was written for, not shorter ones', () => {
  const matches = (entry: string, text: string) => !new PhraseSet([entry]).matches(new StemView(tokenize(text))).next().done;
  it.each([
    ['index*', 'indexed to CPI'],
    ['index*', 'the index'],
    ['differentiat*', 'our differentiators'],
    ['negotiat*', 'the negotiation'],
    ['justif*', 'we justify it'],
    ['tender*', 'the tenders'],
    ['happy*', 'keep them happy'],
    ['partner*', 'a partnership'],
  ])('%s matches %s', (entry, text) => expect(matches(entry, text)).toBe(true));
  it.each([
    ['index*', 'indeed'],
    ['justif*', 'just'],
    ['tender*', 'they tend to'],
    ['contract*', 'contra'],
    ['partner*', 'part of it'],
    ['offend*', 'the offer'],
    ['commit*', 'common ground'],
  ])('%s does not match %s', (entry, text) => expect(matches(entry, text)).toBe(false));
});

// A word that is also a currency code ("lei" is the Romanian leu, "kr" the crown) is read as a money mark, so an entry
// that lists it as a word ("ley|lei|legge" for the law) matches every amount. A money slot says so with a sign beside it.
describe('no entry word is a currency code by accident', () => {
  const SIGNS = new Set(['$', '€', '£', '¥', '₹', '#']);
  const accidental = FAMILIES.flatMap((f) =>
    f.groups.flatMap((g) =>
      g.phrases.filter((p) =>
        p.split(/\s+/).some((slot) => {
          const alts = slot.replace(/\?$/, '').split('|');
          return alts.some((a) => !SIGNS.has(a) && tokenize(a).some((t) => t.stem === '$')) && !alts.some((a) => SIGNS.has(a));
        }),
      ),
    ),
  );
  it('every slot that holds a currency code also holds a currency sign', () => {
    const words = accidental.flatMap((p) => p.split(/\s+/).flatMap((slot) => slot.replace(/\?$/, '').split('|')).filter((a) => tokenize(a).some((t) => t.stem === '$')));
    expect(words).toEqual([]);
  });
});

// Word groups a rule reads outside the tag index (which way a walk-away point bounds us) are checked like families.
describe('word groups read by rules', () => {
  const groups = { CEILING_WORDS, FLOOR_WORDS, MORE_MONEY_WORDS };
  const cases = Object.entries(groups).flatMap(([name, g]) => [
    ...g.examples.map((e) => [name, e, true] as const),
    ...(g.not ?? []).map((e) => [name, e, false] as const),
  ]);
  it.each(cases)('%s on %s: %s', (name, sentence, expected) => {
    const set = new PhraseSet(groups[name as keyof typeof groups].phrases);
    expect(set.occursIn(new StemView(tokenize(sentence)))).toBe(expected);
  });
});

// Groups read as the words right before a figure or a verb: an example must end on one of their entries.
describe('word groups read as what comes right before', () => {
  const groups = { THRESHOLD_WORDS, OTHER_PARTY_SUBJECT };
  const cases = Object.entries(groups).flatMap(([name, g]) => [
    ...g.examples.map((e) => [name, e, true] as const),
    ...(g.not ?? []).map((e) => [name, e, false] as const),
  ]);
  it.each(cases)('%s on %s: %s', (name, sentence, expected) => {
    const set = new PhraseSet(groups[name as keyof typeof groups].phrases);
    expect(set.endsAtLast(new StemView(tokenize(sentence)))).toBe(expected);
  });
});

// The same accident has another tell: two slots in a row that offer the same word ("as for|as to the", "walk away|red
// line|bottom line", "only if|provided"). An entry means that on purpose only when it repeats a mark ("$$: …").
describe('no two slots in a row offer the same word', () => {
  const MEANT = new Set(['$|€|£ $|€|£']);
  const repeated = FAMILIES.flatMap((f) =>
    f.groups.flatMap((g) =>
      g.phrases.filter((p) => {
        const slots = p.split(/\s+/).map((s) => s.replace(/\?$/, '').split('|'));
        return slots.some((a, i) => i + 1 < slots.length && (a.length > 1 || slots[i + 1]!.length > 1) && a.some((x) => slots[i + 1]!.includes(x)));
      }),
    ),
  );
  it('every such entry is listed as meant', () => {
    expect(repeated.filter((p) => !MEANT.has(p))).toEqual([]);
  });
});
