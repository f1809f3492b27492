/**
 * A plan that edits itself: minutes, chats and living plans restate a position or a list at its
 * new value ("Ricardo, after the break: target revised to R$ 2.480,00/t"; "No, the other way
 * round. Start small…" ⏎ "- first move 3%…"). The newest statement is the plan's; the older one
 * says nothing the plan stands by, as struck-through text does not.
 */
import type { Amount } from '../numbers.js';
import type { Span } from '../text.js';
import { REFUSAL, SPEAKER_LINE } from '../lexicon/shapes.js';
import { inGroup } from '../lexicon/index.js';
import { monthOf } from '../lexicon/words.js';
import { lastFrom } from '../sorted.js';
import type { Concept } from './concepts.js';
import type { Fact, Statement } from './model.js';
import type { TagIndex } from './tags.js';

/** The parts of a plan whose newest statement replaces the older ones. */
const REVISED: ReadonlySet<Concept> = new Set<Concept>(['walk-away', 'target', 'opening', 'concessions']);

// The lexicon's groups of a position restated (0) and of corrections that name no part (1) (`concepts/editing.ts`).
const RESTATED_GROUP = 0;
const CORRECTION_GROUP = 1;
// The position a restatement opens on: "ceiling raised to…", "target revised to…".
const POSITION_WORD = new Map<string, Concept>([
  ['target', 'target'], ['floor', 'walk-away'], ['ceil', 'walk-away'], ['limit', 'walk-away'], ['walkawai', 'walk-away'], ['walk', 'walk-away'], ['open', 'opening'],
]);

// How far back a correction reaches for what it corrects: the message or paragraph before it, and one more.
const MAX_BETWEEN = 3;

const opensMessage = (st: Statement): boolean => st.message !== undefined || SPEAKER_LINE.test(st.text);

/**
 * Returns `facts` without the positions and lists a later statement replaced: one a chat reply refuses ("No. 440k I
 * can't defend…"), one an email thread's newer message restates, one a revision restates ("target revised to…"). A
 * correction with no label of its own ("No, the other way round.") becomes a fact of the part it corrects.
 */
export function reviseFacts(statements: readonly Statement[], facts: readonly Fact[], tags: TagIndex, amountsIn: (span: Span) => Amount[], text: string, clean: string): Fact[] {
  const refused = refusedInChat(statements, facts, tags, text);
  if (refused.size > 0) facts = facts.filter((f) => !refused.has(f));
  const dividers = [...text.matchAll(REPLY_DIVIDER)].map((m) => m.index!);
  // A thread saved as messages under "From: … Date: …" heads, in either order: the dates say which is newest.
  const dated = dividers.length === 0 ? datedMessages(text) : [];
  const age = (f: Fact) => (dividers.length > 0 ? ageIn(text, dividers, f.label.start) : dated.length > 0 ? datedAge(text, dated, f.label.start) : 0);
  const current = dividers.length === 0 && dated.length === 0 ? [...facts] : olderInThread(facts, age);
  const revisions = tags.tagged('revision').filter(({ hit, statement }) => !hit.negated && statement.kind !== 'heading' && !statement.isQuestion && !tags.conditional(statement));
  if (revisions.length === 0) return current;
  const sorted = [...current].sort((a, b) => a.scope.start - b.scope.start);
  const statementAt = (offset: number) => lastFrom(statements, offset);
  const revising = new Set<Fact>();
  const added: Fact[] = [];
  for (const f of sorted) {
    if (!REVISED.has(f.concept) || f.source === 'frontmatter') continue;
    const st = statementAt(f.label.start);
    // The revision stands before the new figure ("UPDATE: walk-away now £380k", "Target (revised): $41.50"), not in a
    // remark after it ("… The numbers above replace all earlier ones").
    const upTo = f.amounts[0]?.end ?? f.value.end;
    if (st && revisions.some((r) => r.statement === st && r.hit.start < upTo)) revising.add(f);
  }
  // "**UPDATE 12.03.:** ceiling raised to € 400.000" under "**Obergrenze (ceiling):** € 385.000": the revision names the
  // position and holds its new figure, though the word alone ("ceiling") would not state one in a sentence.
  for (const { statement: st, hit } of revisions) {
    if (!inGroup(tags.tokens(st), hit, RESTATED_GROUP)) continue;
    const concept = POSITION_WORD.get(tags.tokens(st)[hit.from]?.stem ?? '');
    if (!concept || sorted.some((f) => f.concept === concept && f.label.start >= st.start && f.label.start < st.end)) continue;
    const figure = amountsIn({ start: hit.end, end: st.end }).find((a) => a.kind === 'money' || a.kind === 'percent');
    if (!figure || /[.;!?]/.test(clean.slice(hit.end, figure.start))) continue;
    const fact: Fact = {
      concept,
      source: 'sentence',
      label: { start: hit.start, end: hit.end, text: clean.slice(hit.start, hit.end) },
      value: { start: hit.end, end: st.end, text: clean.slice(hit.end, st.end).trim() },
      scope: { start: st.start, end: st.end },
      amounts: [figure],
      section: st.section,
    };
    added.push(fact);
    revising.add(fact);
  }
  const index = new Map(statements.map((st, i) => [st, i]));
  for (const { statement: st, hit } of revisions) {
    // A correction that names no part itself ("No, the other way round.") replaces the part stated just before it.
    if (!inGroup(tags.tokens(st), hit, CORRECTION_GROUP)) continue;
    if (sorted.some((f) => f.label.start >= st.start && f.label.start < st.end)) continue;
    const at = index.get(st);
    if (at === undefined) continue;
    const before = sorted
      .filter((f) => f.source !== 'frontmatter' && f.label.start < st.start)
      .reduce<Fact | undefined>((nearest, f) => (!nearest || f.label.start > nearest.label.start ? f : nearest), undefined);
    if (!before || !REVISED.has(before.concept) || before.value.end > st.start) continue;
    const from = index.get(statementAt(Math.max(before.label.start, before.value.end - 1))!) ?? -1;
    if (at - from > MAX_BETWEEN || statements.slice(from + 1, at).some((s) => s.kind === 'heading')) continue;
    // The correction holds its new value: the rest of its message, up to the next message or heading.
    let last = st;
    for (let k = at + 1; k < statements.length; k++) {
      const next = statements[k]!;
      if (next.kind === 'heading' || opensMessage(next)) break;
      last = next;
    }
    const value = { start: st.start, end: last.end };
    const amounts = amountsIn(value);
    if (amounts.length === 0) continue;
    const fact: Fact = {
      concept: before.concept,
      source: 'label',
      label: { start: st.start, end: st.end, text: clean.slice(st.start, st.end).trim() },
      value: { ...value, text: clean.slice(value.start, value.end).trim() },
      scope: value,
      amounts,
      section: st.section,
    };
    added.push(fact);
    revising.add(fact);
  }
  const all = [...sorted, ...added].sort((a, b) => a.scope.start - b.scope.start);
  // A revision replaces the older statements of its part, except a part that holds it ("## Target" over "UPDATE: target now…").
  const replaced = (f: Fact) =>
    REVISED.has(f.concept) && f.source !== 'frontmatter' && !revising.has(f) &&
    // Newer: in a newer message of a thread that puts the newest on top, or further down the same message.
    [...revising].some((r) => r.concept === f.concept && (age(r) < age(f) || (age(r) === age(f) && r.scope.start >= f.scope.end)));
  for (const f of revising) f.revision = true;
  return all.filter((f) => !replaced(f));
}

// "> On Wed, 4 Dec 2024 at 17:40, Ito Yumi wrote:", "-----Original Message-----": a reply above the messages it answers.
const REPLY_DIVIDER = /^[ \t>]*(?:On\b[^\n]{4,120}\bwrote:|-{2,}[ \t]*Original Message[ \t]*-{2,})[ \t]*$/gim;

/** How old the message holding an offset is, in a thread that puts the newest on top: its quote depth or the dividers above it. */
function ageIn(text: string, dividers: readonly number[], offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lead = /^(?:[ \t]*>)*/.exec(text.slice(lineStart, lineStart + 40))![0];
  const depth = (lead.match(/>/g) ?? []).length;
  let above = 0;
  while (above < dividers.length && dividers[above]! < offset) above++;
  return Math.max(depth, above);
}

// An email's head as saved into a plan: "**From:** Petra Vogel", "From: …", "Von: …", "De : …".
const MESSAGE_HEAD = /^[ \t]*(?:\*\*|__)?(?:From|Von|De|Da|Van|Från|Fra)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*\S/gimu;
const DATE_LINE = /^[ \t]*(?:\*\*|__)?(?:Date|Sent|Datum|Gesendet|Envoyé|Enviado|Fecha|Data|Inviato|Verzonden|Skickat|Sendt)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*([^\n]+)/imu;

/** A message date as a sortable number (year, month, day, minutes), from the formats mail clients write. */
function dateValue(raw: string): number | undefined {
  const time = /(\d{1,2})[:.h](\d{2})(?!\d)/.exec(raw.replace(/\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/, ' '));
  const minutes = time ? Number(time[1]) * 60 + Number(time[2]) : 0;
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(raw);
  const dotted = /(\d{1,2})[./](\d{1,2})[./](\d{2,4})/.exec(raw);
  const named = /(\d{1,2})\.? {1,3}([A-Za-zé]{3,9})\.?,? {1,3}(\d{4})|([A-Za-z]{3,9})\.? {1,3}(\d{1,2}),? {1,3}(\d{4})/.exec(raw);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted) [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3]!.length === 2 ? `20${dotted[3]}` : dotted[3])];
  else if (named) {
    m = monthOf((named[2] ?? named[4] ?? '').slice(0, 3));
    d = Number(named[1] ?? named[5]);
    y = Number(named[3] ?? named[6]);
  }
  if (!y || !m || !d || m < 1 || m > 12) return undefined;
  return ((y * 13 + m) * 32 + d) * 1440 + minutes;
}

/** The messages of a thread saved with "From:"/"Date:" heads: where each starts and its date; empty unless two or more dates differ. */
function datedMessages(text: string): { start: number; date: number }[] {
  const out: { start: number; date: number }[] = [];
  for (const m of text.matchAll(MESSAGE_HEAD)) {
    const head = text.slice(m.index!, m.index! + 400);
    const date = DATE_LINE.exec(head);
    const value = date ? dateValue(date[1]!) : undefined;
    if (value !== undefined) out.push({ start: m.index!, date: value });
  }
  return new Set(out.map((o) => o.date)).size >= 2 ? out : [];
}

/** How old the message holding an offset is among dated messages (0 for the newest), plus its quote depth. */
function datedAge(text: string, dated: readonly { start: number; date: number }[], offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const depth = (/^(?:[ \t]*>)*/.exec(text.slice(lineStart, lineStart + 40))![0].match(/>/g) ?? []).length;
  let own: number | undefined;
  for (const d of dated) if (d.start <= offset) own = d.date;
  if (own === undefined) return depth;
  // A quote inside a message is older than the message that quotes it.
  const newer = dated.filter((d) => d.date > own!).length;
  return newer + depth;
}

/**
 * In an email thread the quoted messages are the older ones: a position the newest message names (a heading, label or
 * row; a passing sentence may only say the rest "stands") replaces the same position in a message it quotes.
 */
function olderInThread(facts: readonly Fact[], age: (f: Fact) => number): Fact[] {
  const newest = new Map<Concept, number>();
  for (const f of facts) {
    if (!REVISED.has(f.concept) || f.source === 'frontmatter' || f.source === 'sentence' || f.amounts.length === 0) continue;
    newest.set(f.concept, Math.min(newest.get(f.concept) ?? Infinity, age(f)));
  }
  return facts.filter((f) => !REVISED.has(f.concept) || f.source === 'frontmatter' || age(f) <= (newest.get(f.concept) ?? Infinity));
}

// Telegram's "[In reply to Marta Wójcik: "Open at 440k. They always haggle."]": the message replied to, quoted again.
const IN_REPLY = /^\[?\s*(?:in reply to|replying to|reply to)\b/i;

/** Positions proposed in a chat message that the next message refuses, and those quoted again in a reply's header. */
function refusedInChat(statements: readonly Statement[], facts: readonly Fact[], tags: TagIndex, text: string): Set<Fact> {
  const out = new Set<Fact>();
  const spans: Span[] = [];
  let previous: number | undefined;
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i]!;
    if (!st.message) continue;
    const quoting = IN_REPLY.test(st.text);
    // The reply's own words start on the line after its header, whatever sentences the quoted message holds.
    const lineEnd = quoting ? (text.indexOf('\n', st.start) + 1 || text.length) : st.start;
    if (quoting) spans.push({ start: st.start, end: lineEnd });
    let w = i;
    while (quoting && w < statements.length && statements[w]!.start < lineEnd) w++;
    const words = statements[w];
    // "No, the other way round. Start small…" corrects the list before it (see the corrections below) rather than refusing it.
    if (previous !== undefined && words && REFUSAL.test(words.text) && !tags.has(words, 'revision')) spans.push({ start: statements[previous]!.start, end: st.start });
    previous = i;
  }
  if (spans.length === 0) return out;
  for (const f of facts) if (REVISED.has(f.concept) && f.source !== 'frontmatter' && spans.some((sp) => f.label.start >= sp.start && f.label.start < sp.end)) out.add(f);
  return out;
}
