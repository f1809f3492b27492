/**
 * A plan that edits itself: minutes, chats and living plans restate a position or a list at its
 * new value ("Ricardo, after the break: target revised to R$ 2.480,00/t"; "No, the other way
 * round. Start small…" ⏎ "- first move 3%…"). The newest statement is the plan's; the older one
 * says nothing the plan stands by, as struck-through text does not.
 */
import type { Amount } from '../numbers.js';
import type { Span } from '../text.js';
import { SPEAKER_LINE } from '../lexicon/shapes.js';
import { lastFrom } from '../sorted.js';
import type { Concept } from './concepts.js';
import type { Fact, Statement } from './model.js';
import type { TagIndex } from './tags.js';

/** The parts of a plan whose newest statement replaces the older ones. */
const REVISED: ReadonlySet<Concept> = new Set<Concept>(['walk-away', 'target', 'opening', 'concessions']);

// How far back a correction reaches for what it corrects: the message or paragraph before it, and one more.
const MAX_BETWEEN = 3;

const opensMessage = (st: Statement): boolean => st.message !== undefined || SPEAKER_LINE.test(st.text);

/**
 * Reads the revisions in `facts` (sorted by scope) and returns them without the statements a later one replaced;
 * a correction with no label of its own ("No, the other way round.") becomes a fact of the part it corrects.
 */
export function reviseFacts(statements: readonly Statement[], facts: readonly Fact[], tags: TagIndex, amountsIn: (span: Span) => Amount[], clean: string): Fact[] {
  const revisions = tags.tagged('revision').filter(({ hit, statement }) => !hit.negated && statement.kind !== 'heading' && !statement.isQuestion && !tags.conditional(statement));
  if (revisions.length === 0) return [...facts];
  const sorted = [...facts].sort((a, b) => a.scope.start - b.scope.start);
  const statementAt = (offset: number) => lastFrom(statements, offset);
  const revising = new Set<Fact>();
  const added: Fact[] = [];
  const revisedAt = new Set<Statement>(revisions.map((r) => r.statement));
  for (const f of sorted) {
    if (!REVISED.has(f.concept) || f.source === 'frontmatter') continue;
    const st = statementAt(f.label.start);
    if (st && revisedAt.has(st)) revising.add(f);
  }
  const index = new Map(statements.map((st, i) => [st, i]));
  for (const { statement: st } of revisions) {
    // A correction that names no part itself replaces the part stated just before it.
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
    REVISED.has(f.concept) && f.source !== 'frontmatter' && !revising.has(f) && [...revising].some((r) => r.concept === f.concept && r.scope.start >= f.scope.end);
  for (const f of revising) f.revision = true;
  return all.filter((f) => !replaced(f));
}
