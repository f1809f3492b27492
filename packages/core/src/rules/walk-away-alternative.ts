import { defineRule } from '../engine/rule.js';
import { insertSectionFix } from '../engine/fixes.js';
import { PhraseSet, saysWe, StemView, type TagHit, type Token } from '../engine/lexicon/index.js';
import { ALTERNATIVE_HANDOVER, ALTERNATIVE_NAMES, PAST_THE_LIMIT, STILL_TALKING } from '../engine/lexicon/concepts/position.js';
import type { Fact, PlanModel, Statement } from '../engine/plan/model.js';
import { CONDITION_STEMS, CONTACT_STEMS, HANDING_STEMS, IF_WORDS, KEEPING_STEMS, LEAVING_STEMS, WALK_AGAIN_STEMS, NOT_STEMS, OTHER_PARTY_STEMS, OTHER_SUBJECT_STEMS, THRESHOLD_WORDS } from '../engine/lexicon/words.js';
import { inBrackets } from '../engine/text.js';
import { titleStatement } from '../engine/plan/statements.js';
import { SPEAKER_LINE } from '../engine/lexicon/shapes.js';

/*
 * The words live in the lexicon (`concepts/position.ts`): `alternative` (names such as BATNA or
 * plan B, and what people do instead of a deal: take the other retainer, move the team, renew
 * with the incumbent) and `no-deal` (the case that makes an action an alternative: "if they
 * pass", "below that", "without a deal"). This rule only decides how they combine.
 */

// An alternative that is only a price ("BATNA: $310k") or a bare mark says nothing about what we do.
const UNITS = /^(?:k|m|bn|mio|usd|eur|gbp|arr|mrr|acv|per|year|month|week|day|a|an|the|at|of|or|and)$/i;
// The ways of writing "nothing here": a dash, n/a, a question mark.
const BLANK = /^(?:[-–—?.!\s]*|n\/?a|none|nothing|nil)$/i;

/** The statements that belong to a fact's value. */
function valueStatements(plan: PlanModel, fact: Fact): Statement[] {
  return plan.statements.filter((s) => s.kind !== 'heading' && s.start < fact.value.end && s.end > fact.value.start);
}

function saysSomething(plan: PlanModel, fact: Fact): boolean {
  const text = fact.value.text.replace(/[`*_>#|]/g, ' ').trim();
  if (BLANK.test(text)) return false;
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (!words.some((w) => !UNITS.test(w))) return false;
  if (fact.source === 'frontmatter') return true;
  // "No real alternative", "TBD": a negated alternative or a placeholder, and nothing affirmed.
  const sts = valueStatements(plan, fact);
  if (sts.length === 0) return true;
  const affirmed = sts.some((s) => plan.tags.has(s, 'alternative'));
  // "(Vardhan still needs ~40% of our parts, no second source approved)": a remark in brackets about them denies nothing of ours.
  const denied = sts.some((s) => plan.tags.hits(s, 'alternative').some((h) => h.negated && !inBrackets(plan.text, fact.value.start, h.start)) || plan.tags.has(s, 'placeholder'));
  return affirmed || !denied;
}

// Someone else acting, as the value opens: "the fideicomiso adjusts our certificates", "their board reopens the tender".
const THIRD_PARTY_ACTS = /^\W*(?:the|their|its)\s+\p{L}+(?:\s+\p{L}+)?\s+\p{L}+s\b/iu;
// A value that gives a reason or a consequence: "because…", "since…", "the rent would exceed…" (not "we would rather…").
const REASON_VALUE = /^\W*(?:because|since|as|given)\b|\bwould\b(?!\s+(?:rather|sooner|then|instead))/i;
const NAMES = new PhraseSet(ALTERNATIVE_NAMES.phrases);
const HANDOVER = new PhraseSet(ALTERNATIVE_HANDOVER.phrases);
const TALKING = new PhraseSet(STILL_TALKING.phrases);
const CONSEQUENCE = new PhraseSet(PAST_THE_LIMIT.phrases);

/**
 * "If the employer will not reach our floor by the third meeting, we register a formal dispute…": our own action,
 * in the clause after our no-deal case, that is no move in these talks and no walking as such, is what we do instead.
 */
const OUR_CAPACITY_MOVES =
  /^(?:the|our|those|these|my|all)\s+(?:[\p{L}-]+\s+){0,6}?(?:team|teams|crew|crews|vans?|trucks?|guards|engineers|people|staff|shift|shifts|line|lines|machines?|capacity|slots?|hours|consultants|developers|squad)\b[^.;!?]{0,40}?\b(?:go|goes|move|moves|switch|switches|shift|shifts|transfer|transfers)\s+(?:straight\s+|back\s+)?(?:to|on|onto|on to|over to|across to)\b/iu;
// The same in the languages plans are written in: "a equipe de implantação de junho vai para a Logística Serra Verde",
// "el equipo pasa a…", "l'équipe passe sur…", "das Team geht zu…".
const OUR_CAPACITY_MOVES_OTHER =
  /^(?:a|o|as|os|nossa|nosso|la|el|los|las|nuestra|nuestro|l['’]|le|les|notre|nos|il|lo|i|nostra|nostro|die|das|der|unser\p{L}*|ons|onze|het|de)\s*(?:[\p{L}-]+\s+){0,6}?\p{L}*(?:equipe|equipa|equipo|équipe|squadra|team|mannschaft|monteure|kolonne|técnicos|tecnicos|camiões|caminhões|caminhoes|camiones|camions|furgonetas|vans|capacidade|capacidad|capacité|capacità|kapazität|ploeg)\b[^.;!?]{0,40}?\b(?:vai|vão|vao|passa|va|van|pasa|pasan|passe|passent|geht|gehen|wechselt|wechseln|gaat|gaan)\s+(?:para|pra|a|al|à|sur|su|an|zu|zur|zum|nach|auf|naar)\b/iu;

const capacityMoves = (text: string): boolean => OUR_CAPACITY_MOVES.test(text) || OUR_CAPACITY_MOVES_OTHER.test(text);


function actsInCase(plan: PlanModel, st: Statement, noDeal: readonly TagHit[]): boolean {
  const tokens = plan.tags.tokens(st);
  // "[02:10] If we walk, …": a timestamp before the words is no part of the sentence.
  let lead = 0;
  // "00:01:54 Sanne de Vries ⏎ if there's no deal we move…": a transcript's line naming the speaker, too.
  const firstBreak = st.text.indexOf('\n');
  if (firstBreak > 0 && SPEAKER_LINE.test(st.text.slice(0, firstBreak))) while (lead < tokens.length && tokens[lead]!.start < st.start + firstBreak) lead++;
  while (lead < tokens.length && (tokens[lead]!.mark || tokens[lead]!.stem === '#')) lead++;
  for (const n of noDeal) {
    // A case that is their refusal ("if the employer will not reach…"), or our limit as a threshold ("Above it, we sign
    // the Yatala pre-lease"), where what follows is no consequence ("above that, we blow the budget").
    const threshold = THRESHOLD_WORDS.has(tokens[n.from]!.word);
    // "If DealDost will not come under the ceiling we walk away…": "we" right before the walking speaks, whoever the clause named first.
    const weBefore = n.from > 0 && /^(?:we|i)$/.test(tokens[n.from - 1]!.stem);
    const speaker = weBefore ? 'we' : plan.tags.speaker(st, n);
    if (n.negated || (n.from - lead > 2 && !weBefore) || !(threshold || weBefore || CONDITION_STEMS.has(tokens[n.from]!.stem) || IF_WORDS.has(tokens[n.from]!.word) || tokens[n.from]!.word === 'failing') || speaker === 'they') continue;
    // "If we end up walking away, then you and Mei Xin move onto the Changi account": after our own walking, "you" is
    // the colleague the plan is written to.
    const weWalk = weBefore || tokens.slice(n.from, n.to).some((t) => t.stem === 'we' || t.stem === 'i' || saysWe(t));
    // "…we walk away and put the same money into paid search": our act joined to the walking itself.
    if (weWalk && tokens[n.to]?.stem === 'and' && /^[a-z]+$/.test(tokens[n.to + 1]?.word ?? '') && !/^(?:we|i|they|he|she|it)$/.test(tokens[n.to + 1]!.stem)) {
      const clause = tokens.slice(n.to + 1);
      const end = clause.findIndex((t) => t.mark && t.stem !== ',');
      const rest = end < 0 ? clause : clause.slice(0, end);
      if (rest.length >= 3 && TALKING.matches(new StemView(rest)).next().done) return true;
    }
    // "Above 2.05‰ we move the lead…": a threshold that runs straight into our subject, with no comma.
    // "Below that I say thanks but no, and take the audit…", "If we don't agree I carry on as I am": or runs into it after the case.
    // "If we don't get it we stay in the flat…": past the case's object.
    const after = /^(?:it|this|that|them|one)$/.test(tokens[n.to]?.word ?? '') ? n.to + 1 : n.to;
    const bare = /^(?:we|i)$/.test(tokens[n.to - 1]?.stem ?? '') ? n.to - 2 : /^(?:we|i)$/.test(tokens[after]?.word ?? '') ? after - 1 : -1;
    for (let i = bare >= 0 ? bare : n.to; i < Math.min(tokens.length - 2, n.to + 24); i++) {
      // "If we walk, they stay on the current contract to term and the onboarding team moves to the Bexar County
      // expansion": after our own walking, a second consequence joined by "and" may be ours.
      if (i !== bare && !(tokens[i]!.mark && tokens[i]!.stem === ',') && !(weWalk && tokens[i]!.stem === 'and' && i > n.to)) continue;
      let subject = i + 1;
      // "If we walk, Redline stays an advertiser at rate card, and we take the exclusivity to…": our act may come second.
      if (tokens[subject]?.stem === 'then' || tokens[subject]?.stem === 'and') subject++;
      // "If we walk, the vans and the night shift go on the Swansea Bay overflow work": our people or kit go to other work.
      if ((weWalk || speaker === undefined) && capacityMoves(plan.text.slice(tokens[subject]?.start ?? st.end, st.end))) return true;
      if (!/^(?:we|i)$/.test(tokens[subject]?.stem ?? '') && !(weWalk && tokens[subject]?.stem === 'you')) continue;
      const clause = tokens.slice(subject + 1);
      const end = clause.findIndex((t) => t.mark && t.stem !== ',');
      const rest = end < 0 ? clause : clause.slice(0, end);
      if (rest.length < 3) return false;
      const first = TALKING.matches(new StemView(rest)).next();
      // "we sign the Yatala pre-lease": signing with someone named is signing elsewhere, not closing this deal.
      // "we move the lead to Lloyd's": moving the business to someone named is going elsewhere, not a move in these talks.
      // …or to others named by what they are: "we take the exclusivity to the two brands that asked about it".
      const elsewhere =
        (/^(?:sign|accept|agre)/.test(rest[0]!.stem) && rest.slice(1, 4).some((t) => t.capital && t.stem !== '#')) ||
        // "Above that we renew Splunk for one more year", "we stay with Orbis": keeping the one we have is our alternative.
        (KEEPING_STEMS.has(rest[0]!.stem) && rest.slice(1, 4).some((t) => t.capital && t.stem !== '#')) ||
        (HANDING_STEMS.has(rest[0]!.stem) && toNamed(rest, 1)) ||
        // "we call off from the regional framework": ordering under another contract is buying elsewhere.
        (rest[0]!.stem === 'call' && rest[1]?.word === 'off');
      // "I thank him, end the call politely and ring Lindenhof back": leaving first, then going to someone else by name.
      // "…, we don't submit an FPR and move the team onto the Army recompete": not going on is leaving too.
      const declining = NOT_STEMS.has(rest[1]?.stem ?? '') && /^(?:do|will|would)$/.test(rest[0]!.stem);
      if (!first.done && first.value.from === 0 && !elsewhere) return (LEAVING_STEMS.has(rest[0]!.stem) || declining) && goesElsewhereAfter(rest);
      const consequence = CONSEQUENCE.matches(new StemView(rest)).next();
      if (threshold && !consequence.done && consequence.value.from === 0) return false;
      // The first action decides ("we sign the Yatala pre-lease, give notice at Pinkenba…").
      const comma = rest.findIndex((t) => t.mark);
      const head = comma > 0 ? rest.slice(0, comma) : rest;
      const span = { start: head[0]!.start, end: head[head.length - 1]!.end };
      const moves = (['give', 'price-cut', 'value', 'opening', 'target', 'walk-away'] as const).some((t) =>
        plan.tags.hits(st, t).some((h) => h.start < span.end && h.end > span.start),
      );
      // Taking the business to others is going elsewhere, whatever it is named ("we take the exclusivity to the two brands").
      // Doing it with someone else by name is too: "we build the integration with Paie-Express and refer to them".
      const withNamed = rest.slice(0, 6).some((t, k) => t.stem === 'with' && rest[k + 1]?.capital === true && rest[k + 1]!.stem !== '#' && rest[k + 1]!.word !== 'i');
      return !moves || elsewhere || withNamed;
    }
  }
  return false;
}

/**
 * The business handed "to" or "into" someone named ("to Lloyd's", "into the ESA mission bid") or to others named by what they are ("to
 * the two brands that asked about it"): a determiner may stand between.
 */
function toNamed(rest: readonly Token[], from: number): boolean {
  return rest.slice(from, from + 6).some((t, k) => {
    if (t.stem !== 'to' && t.stem !== 'into' && t.stem !== 'onto') return false;
    let at = from + k + 1;
    while (at < rest.length && DETERMINER_STEMS.has(rest[at]!.stem)) at++;
    const next = rest[at];
    // "put the capex into phase 2 of the Kericho tea factory": the name may close the phrase it heads.
    const phrase = rest.slice(at, at + 6);
    const end = phrase.findIndex((o) => o.mark);
    const named = (end < 0 ? phrase : phrase.slice(0, end)).some((o, j) => j > 0 && o.capital && o.stem !== '#' && phrase[j - 1]?.stem === 'the');
    return (next?.capital === true && next.stem !== '#') || named || rest.slice(from + k + 1, from + k + 5).some((o) => OTHER_PARTY_STEMS.has(o.stem));
  });
}

const DETERMINER_STEMS = new Set(['the', 'a', 'an']);

/** A later action in the clause, after a comma or "and", that is no move in these talks and names another party. */
function goesElsewhereAfter(rest: readonly Token[]): boolean {
  for (let i = 1; i < rest.length - 1; i++) {
    if (!((rest[i]!.mark && rest[i]!.stem === ',') || rest[i]!.stem === 'and' || rest[i]!.stem === 'then')) continue;
    const action = rest.slice(i + 1);
    if (action.length < 2 || LEAVING_STEMS.has(action[0]!.stem)) continue;
    const talking = TALKING.matches(new StemView(action)).next();
    // "…, we decline and give the two shop bays to the ATR programme": handing the capacity to someone else is going elsewhere.
    if (HANDING_STEMS.has(action[0]!.stem) && toNamed(action, 1)) return true;
    if (!talking.done && talking.value.from === 0 && !CONTACT_STEMS.has(action[0]!.stem)) continue;
    if (action.slice(1, 4).some((t) => t.capital && t.stem !== '#')) return true;
  }
  return false;
}

/**
 * "The UHT goes to Meridian": a handover counts when the thing we sell is its subject, or we go to
 * another party by name ("we go to Trans-Odra"), not to a term ("we go to two deliveries a week" is a
 * concession); the taker is no approver ("it goes to the CFO") and not theirs to decide.
 */
function handoverOk(plan: PlanModel, st: Statement, hit: TagHit): boolean {
  const tokens = plan.tags.tokens(st);
  // Only a hit that is the handover itself ("goes to Meridian"), not a longer phrase that holds one ("go to summary judgment").
  const handover = HANDOVER.matches(new StemView(tokens.slice(hit.from, hit.to))).next();
  if (handover.done || handover.value.to - handover.value.from < hit.to - hit.from) return true;
  // "The freed capacity on line 3 (around 120 t a year) goes to Brandt Polster": an aside in brackets stands between
  // the subject and its verb.
  let before = hit.from - 1;
  if (tokens[before]?.stem === ')') {
    let k = before - 1;
    while (k > 0 && tokens[k]!.stem !== '(' && before - k < 20) k--;
    if (tokens[k]?.stem === '(') before = k - 1;
  }
  const subject = tokens[before];
  if (!subject || subject.mark || OTHER_SUBJECT_STEMS.has(subject.stem)) return false;
  // "we go to the HealthShare NSW state contract": the name may follow its article.
  const taker = /^(?:the|a|an)$/.test(tokens[hit.to]?.word ?? '') ? tokens[hit.to + 1] : tokens[hit.to];
  if (/^(?:we|i)$/.test(subject.stem) && !(taker && taker.capital && taker.stem !== '#')) return false;
  // "If we walk, those fourteen guards go to the Sandton office park contract": after a no-deal case, a handover is what we
  // do then, not the next approver.
  const inCase = plan.tags.hits(st, 'no-deal').some((n) => !n.negated && n.end <= hit.start && tokens.slice(n.from, n.to).some((t) => t.stem === 'we' || t.stem === 'i'));
  if (!inCase && plan.tags.hits(st, 'decision-maker').some((d) => d.start < hit.end + 40 && d.end > hit.start)) return false;
  // "Mark signs off on packages under $500K; above that it goes to Lisa Chen": the next approver in a chain of sign-offs.
  return !plan.tags.hits(st, 'decides').some((d) => !d.negated && d.end <= hit.start);
}

// The wordings a clause position is written in, as labels: "pref:", "Preferred position:", "Red line:", "Ideal:".
const CLAUSE_POSITION = /(?:^|\n)[ \t]*(?:[-*+][ \t]+|\|[ \t]*)?(?:\*\*)?(?:pref|preferred(?: position)?|ideal|opening position|red line|must have|walk-?away)(?:\*\*)?[ \t]*(?::|\|)/i;

/** A "fallback:" line or label that stands between a clause's preferred wording and its red line. */
function clauseFallback(plan: PlanModel, at: number): boolean {
  const lineStart = plan.text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = plan.text.indexOf('\n', at);
  const line = plan.text.slice(lineStart, lineEnd < 0 ? plan.text.length : lineEnd);
  if (!/^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)?(?:\*\*)?fall ?back(?: position)?(?:\*\*)?[ \t]*(?::|\|)/i.test(line)) return false;
  return CLAUSE_POSITION.test(plan.text.slice(Math.max(0, lineStart - 300), lineStart)) || CLAUSE_POSITION.test(plan.text.slice(lineEnd < 0 ? plan.text.length : lineEnd, (lineEnd < 0 ? plan.text.length : lineEnd) + 300));
}

/** The statement ends on the walk or the no-deal case ("If Harlow's won't come to 116 or better, we walk."): what follows is what we do then. */
function endsOnCase(plan: PlanModel, st: Statement): boolean {
  const tokens = plan.tags.tokens(st);
  let last = tokens.length;
  while (last > 0 && tokens[last - 1]!.mark) last--;
  return [...plan.tags.hits(st, 'no-deal'), ...plan.tags.hits(st, 'walk-away')].some((h) => !h.negated && h.to >= last - 1 && plan.tags.speaker(st, h) !== 'they');
}

/** An alternative hit is ours and affirmed, reading it after any no-deal case before it. */
function ours(plan: PlanModel, st: Statement, hit: TagHit, noDeal: readonly TagHit[]): boolean {
  const tokens = plan.tags.tokens(st);
  // The case is a case whatever follows it ("above that we do not renew: we subscribe directly…").
  const before = noDeal.filter((n) => n.to <= hit.from);
  const lastCase = before[before.length - 1];
  if (hit.negated) {
    // "If it doesn't happen we stay with the incumbent": the negation belongs to the no-deal case.
    if (!lastCase || hit.from - lastCase.to > 6 || !tokens.slice(lastCase.from, lastCase.to).some((t) => NOT_STEMS.has(t.stem))) return false;
  }
  if (lastCase) {
    // What follows the case is what happens then; it is theirs only when they are its subject ("I thank them and…" is ours).
    const subject = tokens.slice(lastCase.to, hit.from).find((t) => /^(?:we|i|our|my|they|their)$/.test(t.word));
    return subject === undefined || !/^(?:they|their)$/.test(subject.word);
  }
  const speaker = plan.tags.speaker(st, hit);
  // "Callum probably still has the kelp meal supplier as a fallback": a guess about someone named is about their side.
  return speaker !== 'they' && !(speaker === 'named' && plan.tags.has(st, 'hedge'));
}

const OTHER_OFFER = /\b(?:offer|role|contract|booking|gig|slot|date|position|job|season)\b/i;

function underNoDealHeading(plan: PlanModel, st: Statement): boolean {
  for (let sec = st.section; sec; sec = sec.parent) {
    if (plan.tags.has(titleStatement(sec), 'no-deal')) return true;
  }
  return false;
}

/**
 * A statement names our alternative: a name ("our fallback is…"), or what we do instead of the
 * deal next to a no-deal case, the walk-away, or inside the walk-away / alternative part of the plan.
 * A label line whose label is a no-deal case ("If they pass: …") says what we do then.
 */
function statesAlternative(plan: PlanModel, st: Statement, recent: readonly Statement[]): boolean {
  if (st.isQuestion || st.kind === 'heading' || clauseFallback(plan, st.start)) return false;
  // Where the plan weighs their options, only what "we" do counts ("they keep the old tool and we focus on…").
  const theirPart = plan.within(st.start, 'counterpart-alternative');
  const alt = plan.tags.hits(st, 'alternative');
  const noDeal = plan.tags.hits(st, 'no-deal');
  // "No deal: …", and in shorthand "No deal → the 30 guards go to Menlyn": the case, then what we do.
  const caseLabel = /^[^:→\n]{2,80}(?::|\s?→|\s->)\s*\S/.exec(st.text);
  if (caseLabel) {
    // The case itself, not the walk-away named in a label ("Walk-away signed off by finance: £24,000").
    const labelEnd = st.start + caseLabel[0].length - 1;
    const walk = plan.tags.hits(st, 'walk-away');
    // "If we walk:" is a case that holds the walk; "Walk-away signed off by finance" is the walk-away alone.
    // "If Pulse awards elsewhere, or we walk:": a label that opens as a case holds the walk as its case.
    const opensAsCase = /^\W*(?:if|when|should|in case)\b/i.test(caseLabel[0]);
    const isCase = (n: TagHit) => !n.negated && n.end <= labelEnd && (opensAsCase || !walk.some((w) => w.start <= n.start && n.end <= w.end));
    const value = st.text.slice(caseLabel[0].length - 1).trim();
    const words = value.match(/\p{L}{2,}/gu) ?? [];
    // "Above this we do not sign: the rent would exceed the approved budget" gives the reason for the case, not what
    // we do then: a value that explains ("because…", "…would exceed…") names no alternative unless the lexicon reads one.
    // "Without the cap, no deal: the fideicomiso adjusts our certificates by ICC…": someone else's act after the case is
    // what goes wrong, unless the lexicon reads an alternative in it ("No deal: the team moves to the Orwell job").
    const consequence = REASON_VALUE.test(value) || THIRD_PARTY_ACTS.test(value);
    const explains = consequence && !plan.tags.hits(st, 'alternative').some((h) => !h.negated && h.start > labelEnd);
    // "above this → no deal, I stop there": a value that only says the walk again names nothing we do instead.
    const ends = [...noDeal, ...walk].filter((h) => h.start >= labelEnd);
    const saysMore = plan.tags
      .tokens(st)
      .some((t) => t.start >= labelEnd && !t.mark && /\p{L}/u.test(t.word) && !WALK_AGAIN_STEMS.has(t.stem) && !ends.some((h) => t.start >= h.start && t.end <= h.end));
    if (noDeal.some(isCase) && plan.tags.speaker(st, noDeal.find(isCase)) !== 'they' && words.some((w) => !UNITS.test(w)) && saysMore && !explains) return true;
  }
  // The label of an alternative fact ("Plan B: none") was judged with its fact; its words prove nothing.
  const labels = plan.factsOf('alternative').map((f) => f.label);
  const tokens = plan.tags.tokens(st);
  const mine = alt.filter(
    (h) =>
      !labels.some((l) => h.start >= l.start && h.start < l.end) &&
      ours(plan, st, h, noDeal) &&
      handoverOk(plan, st, h) &&
      (!theirPart || tokens.slice(Math.max(0, h.from - 3), h.from).some((t) => t.stem === 'we' || t.stem === 'i')),
  );
  // "Walk-away: below USD 320K base we stop. Sione signs Bay of Plenty's head-coach offer": for the talent or client we act
  // for, the other offer taken, right after the sentence that ends on our walk, is the alternative.
  const last = recent[recent.length - 1];
  if (mine.length === 0 && last && !/\n[ \t]*\n/.test(plan.text.slice(last.end, st.start)) && endsOnCase(plan, last) && OTHER_OFFER.test(st.text) && !/^\W*(?:they|their|he|she|it)\b/i.test(st.text)) return true;
  if (mine.length === 0) return actsInCase(plan, st, noDeal);
  // A name says it on its own ("Plan B if Fathom won't land under $2,100: split the work…").
  if (mine.length >= 2 || mine.some((h) => !NAMES.matches(new StemView(tokens.slice(h.from, h.to))).next().done)) return true;
  const context =
    noDeal.length > 0 ||
    plan.tags.has(st, 'walk-away') ||
    plan.within(st.start, 'walk-away') ||
    plan.within(st.start, 'alternative') ||
    // "Q: And if I walk?" / "A: The team goes onto the Orwell diagnostic."; "Alternative if agreement is not reached. The capacity…"
    recent.some(
      (previous) =>
        (previous.isQuestion || /:\s*$/.test(previous.text) || plan.tags.tokens(previous).length <= 10) &&
        (plan.tags.has(previous, 'no-deal') || plan.tags.has(previous, 'walk-away')),
    ) ||
    // "If we cannot hold 11.5%, we decline the renewal… The depot capacity goes to the Haarlem pipeline.": the sentence
    // after one that opens on our no-deal case goes on with what we do then.
    recent.some(
      (previous) =>
        !previous.isQuestion &&
        previous.kind === 'prose' &&
        !/\n[ \t]*\n/.test(plan.text.slice(previous.end, st.start)) &&
        // "Above A$ 2,780 per pump we do not sign with MedaLine. At that point we go to the state contract": a threshold
        // that opens the sentence before is the case too.
        plan.tags.hits(previous, 'no-deal').some((h) => !h.negated && (h.from <= 1 || THRESHOLD_WORDS.has(plan.tags.tokens(previous)[0]?.word ?? '')) && plan.tags.speaker(previous, h) !== 'they'),
    ) ||
    // "If Harlow's won't come to 116 or better, we walk. The 38 million litres go to Corio Cheese…"
    (recent.length > 0 && /^[^\n]*$/.test(plan.text.slice(recent[recent.length - 1]!.end, st.start)) && endsOnCase(plan, recent[recent.length - 1]!)) ||
    // Under a heading that is a no-deal case ("## If negotiations fail", "### Q. What if they walk?").
    underNoDealHeading(plan, st);
  return context;
}

export default defineRule({
  meta: {
    id: 'walk-away-alternative',
    severity: 'warn',
    description: 'The plan says what we do if we walk away: our alternative to this deal.',
    principle:
      'A walk-away point only holds when there is somewhere to go. If the team knows what it will do without this deal (renew elsewhere, move the capacity, buy from the runner-up), it can say no calmly; without that, every limit quietly softens under pressure.',
    sources: ['care-but-not-that-much', 'willing-to-walk-away'],
    fix: 'Add an "Alternative if we walk away" section (or a `BATNA:` / `Plan B:` line) that says what we actually do with no deal — "we renew with the incumbent for a year", "the team moves to the Globex rollout". It can also sit in the walk-away section: "…otherwise we redeploy the team to the Q3 pipeline".',
    details:
      'The alternative is found under its names in headings, labels, table rows and frontmatter (BATNA, alternative, plan B, fallback, "If we don\'t get a deal", "If they pass:", and in shorthand "No deal → the guards go to Menlyn"; a case that only says the walk again, "above this → no deal, I stop there", names nothing we do), and in sentences anywhere in the plan. A sentence counts when it names the alternative ("our fallback is…") or says what we do instead of the deal (take the other retainer, move the team, renew with the incumbent, re-tender, build in-house, sell the slot to the waiting list, what we sell going to another taker — "the 38 million litres go to Corio Cheese", though not to an approver such as "it goes to the CFO"…) next to a no-deal case ("if they pass", "if it falls through", "without a deal", "below that", "if they stay above $465,000", "Above 2.05‰ we move the lead to Lloyd\'s") or the walk-away point, or inside the walk-away or alternative part of the plan; an answer to a question such as "Q: And if I walk?" counts too, and so does the sentence right after one that ends on the walk ("If they won\'t come to 116, we walk. The volume goes to…"), which for the talent or client we act for may be another offer taken ("Below USD 320K base we stop. Sione signs Bay of Plenty\'s head-coach offer"). Negated mentions ("we have no plan B"), questions and the other side\'s alternative ("if they walk, they stay with the incumbent") do not count. What we do may follow the case with or without a comma ("Below that I say thanks but no, and take the accessibility audit…", "If we don\'t get it we stay in the flat and keep looking"). An alternative section that is empty or says only "none", "TBD" or a bare number is reported at its label. The words come from the lexicon (`alternative`, `no-deal`): add your team\'s words under `vocabulary.alternative` (sentences and headings) or `vocabulary[\'no-deal\']`. Keeping what we have after a no-deal case ("Above that we renew Splunk for one more year") and putting our money or people into another venture named at the end of its phrase ("we walk and put the capex into phase 2 of the Kericho tea factory") count as well; in other languages a condition and a "not" in a short label or row name the no-deal case ("Se non troviamo l\'accordo", "Wenn nicht Huber"), and so does a condition told by its verb first ("Lukt het niet, dan…", "Blir det ingen affär…"). After our own walking, our people or kit going to other work count as what we do ("If we walk, the vans and the night shift go on the Swansea Bay overflow work"), and a transcript\'s timestamp or speaker line before the case ("[02:10] If we walk, …", "00:01:54 Sanne de Vries ⏎ if there\'s no deal we move…") is no part of it. The same holds in the plan\'s language ("Se não fecharmos, a equipe de implantação vai para…", "Wenn es daran scheitert: Die Montagekolonne geht an…"); an act joined to our walking ("we walk away and put the same money into paid search"), a job done with someone else by name ("we build the integration with Paie-Express") and calling off from another framework count too. In a dispute the formal route is the alternative ("Below that we leave the mediation and serve a notice of adjudication", "we go to arbitration"), and a part titled by the talks giving way ("## If talks break down", "lukt dat niet:", "Plano B:") holds it. Their choosing someone else set off as a case ("If they go Google: fine. We keep them on the free tier…") opens the no-deal case. After our own walking, a second consequence joined by "and" may be ours ("If we walk, they stay on the current contract to term and the onboarding team moves to the Bexar County expansion"), and so may our capacity kept for another taker ("we hold the positions for Sanjeevani Vaccines"). A plan\'s Q&A asks for it in its language ("D: E se ci alziamo, che cosa facciamo?"), and a first name that is also a label word ("Questions for Marit / Anders") names a person, not an alternative.',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [
        {
          title: 'A walk-away point with nowhere to go',
          code: '# Acme renewal\n\n## Walk-away point\n\nBelow $310k ARR we walk away.\n\n## Target\n\n$420k ARR.\n',
        },
        {
          title: 'An alternative section that admits there is none',
          code: '---\nside: buyer\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n**Plan B:** none\n',
        },
      ],
      valid: [
        {
          title: 'Its own section',
          code: '# Acme renewal\n\n## Walk-away point\n\nBelow $310k ARR.\n\n## BATNA\n\nWe move the implementation team to the Globex rollout, which is waiting for capacity.\n',
        },
        {
          title: 'Inside the walk-away section (buyer)',
          code: '---\nside: buyer\n---\n# Laptop refresh\n\n## Ceiling\n\n€1,2M for 2,000 devices; otherwise we renew with the incumbent for one more year.\n\n## Target\n\n€1M.\n',
        },
      ],
    },
  },
  check({ plan, report }) {
    // A lawyer's clause table ("pref: … / fallback: … / red line: …") calls its second-best wording a fallback; it is
    // no plan for walking away.
    const facts = plan.factsOf('alternative').filter((f) => !clauseFallback(plan, f.label.start));
    if (facts.some((f) => saysSomething(plan, f))) return;

    const statements = plan.statements;
    for (let i = 0; i < statements.length; i++) {
      const st = statements[i]!;
      // The statements just before, in the same part of the plan: a question or a short no-deal line leads into its answer.
      const recent = statements.slice(Math.max(0, i - 3), i).filter((p) => p.section === st.section && st.start - p.end < 400);
      if (statesAlternative(plan, st, recent)) return;
    }

    if (facts.length > 0) {
      const first = facts[0]!;
      const said = first.value.text.trim();
      report(
        said
          ? `Alternative \`${said.slice(0, 60)}\` does not say what we do if we walk away: name the action (renew elsewhere, move the team, buy from the runner-up).`
          : `Alternative \`${first.label.text}\` is empty: say what we do if we walk away.`,
        said && first.source !== 'heading' ? first.value : first.label,
      );
      return;
    }
    report(
      'No alternative if we walk away found — looked for a heading or label such as BATNA, Plan B, Fallback, "If we don\'t get a deal", and for a sentence such as "if they pass, we move the team to…". Say what we do without this deal; add your team\'s words under `vocabulary.alternative`.',
      undefined,
      {
        fix: insertSectionFix(
          plan,
          'Insert an "Alternative if we walk away" section',
          'Alternative if we walk away',
          plan.side === 'buyer'
            ? 'If we walk away, we <stay with the current supplier / buy from the runner-up / build in-house>.'
            : 'If we walk away, we <move the team to another deal / sell the capacity elsewhere / keep the current contract>.',
          ['target', 'opening', 'concessions', 'price-challenge'],
        ),
      },
    );
  },
});
