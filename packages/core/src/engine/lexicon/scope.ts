/**
 * What a match means in its statement: negated ("we hold nothing back"),
 * whose words they are (we / they / a named person) and whether the statement
 * is a condition ("if they say we are too expensive"). Read from tokens, once,
 * instead of a lookbehind per rule.
 */
import { stemWord, type Token } from './tokens.js';

export type Speaker = 'we' | 'they' | 'named';

// Prepositions that end the phrase "instead of" sets aside.
const INSTEAD_ENDS = new Set(['in', 'at', 'against', 'for', 'with', 'from', 'on', 'by', 'to', 'if', 'provid', 'as']);
const NEGATORS = new Set(
  [
    'not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'without', 'nobody', 'nowhere', 'cannot', 'refuse', 'avoid', 'instead',
    // The same words in the languages plans quote their counterparts in: "Es gibt keine zweite Runde", "geen tweede ronde",
    // "nessun secondo giro", "sin segunda vuelta", "aucun second tour", "bez drugiej rundy".
    'kein', 'keine', 'keinen', 'keiner', 'nicht', 'ohne', 'geen', 'niet', 'zonder', 'nessun', 'nessuna', 'senza', 'ningún', 'ninguna', 'ninguno',
    'sin', 'nenhum', 'nenhuma', 'aucun', 'aucune', 'żadnej', 'żadnego', 'żadnych', 'bez',
    // Portuguese "não" and "sem": "Não responder com desconto", "sem custo".
    'não', 'nao', 'sem',
    // "Rien d'autre", "nada más", "nunca bajamos", "jamais en dessous", "nichts weiter", "nooit onder".
    'rien', 'jamais', 'nada', 'nunca', 'jamás', 'niente', 'nichts', 'nooit', 'nie',
    // "Wert statt Nachlass": what stands after "instead of" is what we do not do.
    'statt', 'anstatt', 'invece',
  ].map((w) => stemWord(w)),
);
// Words that end a negation's reach inside a clause ("we won't discount, but we add…" ends at the comma).
const SCOPE_BREAK = new Set(['but', 'and', 'then', 'so', 'unless', 'except', 'otherwise', 'which', 'that', 'because', 'since', 'until', 'once', 'if'].map((w) => stemWord(w)));
const MAIN_SUBJECTS = new Set(['we', 'i', 'they', 'he', 'she']);
const ABOVE_ALL = new Set(['más que nada', 'mas que nada', 'mais que nada', 'antes de nada', 'de mais nada']);
const CONDITION_OPENERS = new Set(['if', 'unless', 'when', 'should'].map((w) => stemWord(w)));
const OBJECT_THAT_NEXT = new Set(['by', 'with', 'for', 'in', 'on', 'at', 'to', 'through', 'via']);
// Words before a "no" that make it a noun ("a no", "yes or no", "a clear no"); "a discount or no discount" still negates.
// So is a "no" that is said or heard ("I say no and stay with my agencies", "if we hear no by Friday").
const NOUN_NO_BEFORE = new Set(['a', 'ye', 'clear', 'firm', 'quick', 'the', ...['say', 'said', 'says', 'tell', 'told', 'hear', 'heard'].map((w) => stemWord(w))]);
// "not only", "no later than", "nothing less than": negators that affirm.
const AFFIRMING_NEXT = new Set(['onli', 'later', 'less', 'more', 'fewer', 'sooner', 'earlier', 'longer', 'doubt', 'matter', 'question'].map((w) => w));

/**
 * Whether the token at `index` stands in the scope of a negation: a negator
 * earlier in the same clause, with no clause break in between, at most nine
 * words back ("we will not offer a discount", "nothing held back for later").
 */
const PHRASE_PREPOSITIONS = new Set(['in', 'for', 'against', 'with', 'on', 'by'].map((w) => stemWord(w)));

export function negatedAt(tokens: readonly Token[], index: number): boolean {
  // "Don't raise the Board approval unless Kevin asks": a match that opens with a clause word starts a clause of its own.
  if (SCOPE_BREAK.has(tokens[index]?.stem ?? '') && index > 0) return false;
  // Nine words back: "We do not hold anything back in the expectation of a later round".
  let subject = false;
  for (let i = index - 1, words = 0; i >= 0 && words < 10; i--) {
    const t = tokens[i]!;
    if (t.mark) return false;
    // "Without Jati Indah we fill the space…": "without" governs its own phrase; a subject after it starts the main clause.
    if (t.stem === 'without' && subject) return false;
    if (MAIN_SUBJECTS.has(t.stem)) subject = true;
    // "Not going to answer that by giving her a lower number": "that" as the object, not a clause of its own.
    if (SCOPE_BREAK.has(t.stem) && i !== index - 1 && !(t.stem === 'that' && OBJECT_THAT_NEXT.has(tokens[i + 1]?.stem ?? ''))) return false;
    // "a yes or no by 15 August", "take a no": "no" as a noun answers, it does not negate.
    if (t.stem === 'no' && (NOUN_NO_BEFORE.has(tokens[i - 1]?.stem ?? '') || (tokens[i - 1]?.stem === 'or' && tokens[i - 2]?.stem === 'ye'))) {
      words++;
      continue;
    }
    // Spanish and French "nos" (us, our) shares the stem of "no": "Nos pidieron su mejor y última oferta".
    // "SSO included at no extra fee in exchange for 60 days' notice": a "no" before a noun reaches that noun, not the
    // phrase that follows it on a preposition.
    if (t.word === 'no' && words >= 1 && PHRASE_PREPOSITIONS.has(tokens[index]?.stem ?? '')) return false;
    // "más que nada para compensar…", "antes de mais nada": "above all", which denies nothing.
    if (t.word === 'nada' && ABOVE_ALL.has(tokens.slice(Math.max(0, i - 3), i + 1).map((k) => k.word).join(' ').replace(/^\S+ (?=\S+ \S+ nada$)/, ''))) {
      words++;
      continue;
    }
    // "If we can't get a deal at or below KSh 820 we buy direct": a negation inside a condition clause stays there; the
    // subject after it starts the main clause.
    // "monthly instead of quarterly maintenance visits in year 1 at no charge": "instead of" reaches the phrase it sets
    // aside ("instead of the 2.5% we asked for"), up to a preposition that starts another.
    if (t.stem === 'instead' && tokens[i + 1]?.stem === 'of') return !tokens.slice(i + 3, index + 1).some((k) => INSTEAD_ENDS.has(k.stem));
    if (NEGATORS.has(t.stem) && subject && tokens.slice(Math.max(0, i - 4), i).some((c) => CONDITION_OPENERS.has(c.stem))) return false;
    if (NEGATORS.has(t.stem) && t.word !== 'nos') return !AFFIRMING_NEXT.has(tokens[i + 1]?.stem ?? '');
    // Italian and French "non" ("non rispondere con uno sconto"); "non-standard" is a prefix, written "non-".
    if (t.word === 'non') return true;
    // French "sans" is read by its word: its stem "san" is also the Japanese honorific ("Satō-san").
    if (t.word === 'sans') return true;
    // French "pas" ("pas de rabais additionnel", "on ne baisse pas"), read by its word.
    if (t.word === 'pas') return true;
    // "on the table in the first ten minutes rather than being held back": what stands after "rather than" is what
    // we do not do. Tokens are single words, so the pair is read here rather than from the list above. Its reach is
    // the few words it contrasts ("a quarterly rather than monthly meter read if Copyline holds…" leaves the condition alone).
    if (t.stem === 'than' && tokens[i - 1]?.stem === 'rather') return words <= 2;
    words++;
  }
  return false;
}

// After the phrase: "a discount does not fix that", "free months are off the table".
// A condition after the phrase ("plan B if they won't move") does not deny it.
const DENIAL_AFTER = /^(?:(?!(?:if|unless|when|whenev|whether|should) )[^ ,;:.!?—]+ ){0,2}(?:(?:do|doe|will|would|can|could|should|be|shall) not|never|be off the tabl|be out of the question|be not on the tabl)(?: |$)/;

const SPEECH = new Set(['say', 'says', 'said', 'tell', 'tells', 'argue', 'argues', 'claim', 'claims'].map((w) => stemWord(w)));

/** The match holds a verb of saying: what follows it is what someone says, and a "not" after it is theirs. */
export function reports(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SPEECH.has(tokens[k]!.stem)) return true;
  return false;
}

/**
 * A negator among the words a `…` gap let into a match ("hold nothing back"), given the gaps' stems. In a match that
 * holds a verb of saying, a "no" is the answer said ("please tell us no now", "say no today"), not a denial.
 */
export function negatedWithin(gaps: string, spoken = false): boolean {
  if (!gaps) return false;
  const words = gaps.trim().split(' ');
  return words.some((w, i) => NEGATORS.has(w) && !(spoken && w === 'no') && !AFFIRMING_NEXT.has(words[i + 1] ?? ''));
}

const DETERMINERS = new Set(['a', 'an', 'the', 'ani', 'thi', 'that', 'these', 'those', 'we', 'they', 'some', 'more', 'extra', 'further']);

/** The match opens its clause as a noun phrase ("a discount does not…", "free months are…"), so words after it can deny it. */
export function isSubject(tokens: readonly Token[], from: number): boolean {
  let i = from - 1;
  while (i >= 0 && !tokens[i]!.mark && DETERMINERS.has(tokens[i]!.stem)) i--;
  return i < 0 || tokens[i]!.mark;
}

/** Whether the words right after tokens[to-1] deny the phrase (not in questions: "any reason they would not…"). */
/**
 * French negation around its verb: "On ne s'aligne pas", "on n'offre rien", "nous ne baissons jamais". "ne" (or "n'")
 * stands before the match, at most a pronoun between, and "pas", "plus", "jamais" or "rien" right after it.
 */
export function frenchNegated(tokens: readonly Token[], from: number, to: number): boolean {
  const after = tokens[to]?.word;
  if (after === undefined || !FRENCH_NEG_AFTER.has(after)) return false;
  let i = from - 1;
  if (i >= 0 && FRENCH_OBJECT_PRONOUNS.has(tokens[i]!.word)) i--;
  return i >= 0 && (tokens[i]!.word === 'ne' || tokens[i]!.word === 'n');
}
const FRENCH_NEG_AFTER: ReadonlySet<string> = new Set(['pas', 'plus', 'jamais', 'rien', 'guère', 'guere', 'point']);
const FRENCH_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['s', 'se', 'me', 'm', 'te', 't', 'nous', 'vous', 'le', 'la', 'les', 'l', 'lui', 'leur', 'y', 'en']);

export function deniedAfter(tokens: readonly Token[], to: number): boolean {
  let s = '';
  for (let i = to; i < tokens.length && i < to + 9; i++) {
    if (tokens[i]!.mark) break;
    s += `${tokens[i]!.stem} `;
  }
  return DENIAL_AFTER.test(s);
}

const WE = new Set(['we', 'i', 'our', 'us', 'my'].map((w) => stemWord(w)));
// The other side by role: "the incumbent is probably running at a loss", "the landlord will likely…".
const THEY = new Set(
  ['they', 'thei', 'she', 'he', 'customer', 'client', 'buyer', 'supplier', 'vendor', 'procur', 'counterpart', 'prospect', 'incumbent', 'landlord', 'tenant', 'licensee', 'licensor', 'contractor', 'bidder', 'sponsor', 'distributor', 'broker', 'sponsor', 'carrier', 'haulier', 'insurer', 'publisher', 'retailer', 'wholesaler', 'founder', 'owner', 'seller', 'shareholder', 'investor', 'agent'].map((w) =>
    w === 'thei' ? w : stemWord(w),
  ),
);
// "their", "them" fold to `they` in tokens.ts, while "they" itself stems to `thei`: both are them.
THEY.add('they');
// "Ils ont probablement déjà demandé une offre", "Sie haben vermutlich…", "Ellos seguramente…": they, and the other side
// by role, in the languages plans are written in ("le client", "der Kunde", "de leverancier").
for (const w of ['ils', 'elles', 'sie', 'ellos', 'ellas', 'eles', 'elas', 'loro', 'zij', 'ze', 'client', 'kunde', 'kunden', 'klant', 'cliente', 'clientes', 'fournisseur', 'lieferant', 'proveedor', 'fornitore', 'fornecedor', 'leverancier']) THEY.add(stemWord(w));
const THING_BEFORE = new Set(['the', 'a', 'an', 'of']);
const SENTENCE_OPENERS = new Set(['if', 'when', 'the', 'a', 'an', 'thi', 'that', 'below', 'abov', 'at', 'for', 'in', 'on', 'with', 'we', 'i', 'they', 'onc', 'should', 'after', 'befor', 'our', 'their'].map((w) => w));

/**
 * Who a clause is about: the first pronoun or party noun before its verb, or a
 * capitalised name that is not the sentence's first word ("Neil probably…" counts
 * as named because the next word is a hedge or a verb, not a label).
 */
export function speakerAt(tokens: readonly Token[], index: number, isName: (word: string) => boolean = () => true, isOurs: (word: string) => boolean = () => false): Speaker | undefined {
  let from = index;
  while (from > 0 && !tokens[from - 1]!.mark) from--;
  for (let i = from; i <= index && i < from + 6; i++) {
    const t = tokens[i]!;
    // "Let's take their ex-works terms…": the 's of "let's" is us.
    if (WE.has(t.stem) || (t.stem === 'let' && tokens[i + 1]?.word === "'s")) return 'we';
    if (THEY.has(t.stem)) return 'they';
    // One of our own people by name ("Tomasz offers the week"): we speak through them.
    if (t.capital && isOurs(t.word)) return 'we';
    // A capital at the start of a clause is only a name if the plan writes that word as a name
    // elsewhere ("Neil … Neil's team"), not if it is an ordinary word ("Pricing probably…").
    // "3 months of the Promociones module free": a capital after an article or preposition names a thing, not who acts.
    if (i > from && THING_BEFORE.has(tokens[i - 1]!.word)) continue;
    if (t.capital && !SENTENCE_OPENERS.has(t.stem) && t.word.length > 1 && t.word !== 'i' && (i > from || isName(t.word))) return 'named';
  }
  return undefined;
}

// Words between a subject and its verb: "Chen will probably drop…", "they'd likely ask…", "we can also add…".
// "Karin keeps asking about it", "he still wants": a verb that carries on is no subject either.
const BETWEEN_SUBJECT_AND_VERB = new Set(['will', 'would', 'may', 'might', 'could', 'can', 'probabl', 'prob', 'like', 'also', 'then', 'just', 'gladli', 'happili', 'all', 'keep', 'still', stemWord('always')]);

/**
 * The word before the verb at `index` once the auxiliaries and adverbs between them are passed: its subject, when the
 * clause names one ("Chen will probably drop the tooling charge" → Chen). `adjacent` says nothing stood between.
 */
export function subjectBefore(tokens: readonly Token[], index: number): { token: Token; adjacent: boolean } | undefined {
  let i = index - 1;
  while (i >= 0 && !tokens[i]!.mark && BETWEEN_SUBJECT_AND_VERB.has(tokens[i]!.stem)) i--;
  const token = tokens[i];
  return token && !token.mark ? { token, adjacent: i === index - 1 } : undefined;
}

// Italian, Spanish and Portuguese drop the subject: "Accettiamo…", "Aceptamos…", "Aceitamos…" say "we" in the verb's ending.
const OUR_VERB_ENDING = /^\p{L}{2,}(?:iamo|amos|emos|imos|armos|ermos|irmos)$/u;

// Words that end like such a verb and are not one: "mismos", "ánimos", "ramos".
const NOT_OUR_VERBS = new Set(['famos', 'ramos', 'mismos', 'ánimos', 'animos']);
// "We" in the languages plans are written in: "wir", "nous", "noi", "nós", "nosotros", "wij", "vi".
const WE_WORDS = new Set(['we', 'wir', 'nous', 'noi', 'nós', 'nos', 'nosotros', 'wij', 'vi']);

function isOurVerb(token: Token): boolean {
  return OUR_VERB_ENDING.test(token.word) && !NOT_OUR_VERBS.has(token.word);
}

/** The words at `index` open the statement with a verb in the first person plural, its subject dropped. */
export function opensWithOurVerb(tokens: readonly Token[], index: number): boolean {
  let i = 0;
  while (i < index && tokens[i]!.mark) i++;
  return i === index && tokens[index] !== undefined && isOurVerb(tokens[index]!);
}

/** The word says "we", as a pronoun or in a verb's ending ("wir", "nous", "tenemos", "dobbiamo"). */
export function saysWe(token: Token): boolean {
  return WE_WORDS.has(token.word) || isOurVerb(token);
}

const CONDITIONAL_OPENERS = new Set(['if', 'when', 'whenev', 'should', 'onc', 'in case', 'suppos', 'assum', 'assuming'].map((w) => w));

/** Whether the statement opens as a condition ("If they say…", "When procurement pushes…", "Q: what if…"). */
export function isConditional(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length && i < 4; i++) {
    const t = tokens[i]!;
    if (t.mark) continue;
    if (CONDITIONAL_OPENERS.has(t.stem)) return true;
    if (t.stem === 'q' || t.stem === 'what') continue;
    return false;
  }
  return false;
}

// Words that make what follows a hope, a plan or a condition, not a fact: "we need to agree on price",
// "nothing is agreed until everything is agreed", "if they accept the SLA".
// "The rate must be agreed by 26 September" is a requirement, not ground won.
const HYPOTHETICAL = new Set(['if', 'unless', 'until', 'till', 'once', 'whether', 'hope', 'aim', 'try', 'seek', 'expect', 'yet', 'before', 'want', 'need', 'must'].map((w) => stemWord(w)));

/**
 * Whether the words at `index` are only hoped for or conditional: an infinitive ("to agree") or a
 * hope/condition word earlier in the same clause, at most six words back.
 */
export function hypotheticalAt(tokens: readonly Token[], index: number): boolean {
  if (tokens[index - 1]?.stem === 'to') return true;
  for (let i = index - 1, words = 0; i >= 0 && words < 7; i--) {
    const t = tokens[i]!;
    if (t.mark) return false;
    if (HYPOTHETICAL.has(t.stem)) return true;
    words++;
  }
  return false;
}

// Verbs that carry a negation in a question: "can't", "would not", "isn't", "does not".
const ASK_AUX = new Set(['can', 'could', 'will', 'would', 'do', 'doe', 'did', 'be', 'is', 'ar', 'are', 'shall', 'should', 'must', 'mai', 'might', 'have', 'ha'].map((w) => w));
// Negation in the other languages plans are written in: "nicht", "non", "nie", "niet", "não", "ne … pas".
// "non-": "Is three years a non-starter for you?" asks whether it will not do.
const OTHER_NEGATORS = new Set(['nicht', 'kein', 'keine', 'non', 'non-', 'nie', 'niet', 'geen', 'não', 'nao', 'pas']);
// A question opened this way asks for agreement ("why can't you…?", "how come…?"): a push, not a way out.
const PUSH_OPENERS = new Set(['why', 'how']);

/**
 * Whether a question, in tokens[from..to), asks whether something will not happen — "is there
 * anything you can't live with?", "something the board cannot give?", "ça ne marche pas pour
 * vous ?" — which lets them say no. A negative that leads the question ("Don't you agree…?",
 * "Isn't it…?") asks for a yes, and "why can't you…" pushes; neither counts.
 */
export function negativeAsk(tokens: readonly Token[], from: number, to: number): boolean {
  let clauseStart = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.mark) {
      clauseStart = i + 1;
      continue;
    }
    const lead = i - clauseStart;
    const opener = tokens[clauseStart]?.stem ?? '';
    if (PUSH_OPENERS.has(opener)) continue;
    // "What does the new tier include that the current one doesn't?": a negation that ends its clause with its verb left
    // out compares two things; it asks for no refusal.
    const elided = i + 1 >= to || tokens[i + 1]!.mark;
    const english = (t.stem === 'not' || t.stem === 'never') && ASK_AUX.has(tokens[i - 1]?.stem ?? '') && i - 1 > clauseStart && !elided;
    const cannot = t.stem === 'cannot' && lead >= 1;
    const other = OTHER_NEGATORS.has(t.word) && lead >= 1;
    if (english || cannot || other) return true;
  }
  return false;
}

/**
 * Whether the token at `index` stands in the consequence of an "if …, then …" rule, after its "then":
 * "If the conversation turns to what we agree on, then we lead with it: both sides want…" states the ground.
 */
export function inConsequence(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) if (tokens[i]!.stem === 'then' && i > 0 && tokens[i - 1]!.mark) return true;
  return false;
}
