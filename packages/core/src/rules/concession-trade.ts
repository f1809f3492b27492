import { oneLine } from '../engine/excerpt.js';
import { insertTextFix } from '../engine/fixes.js';
import { defineRule } from '../engine/rule.js';
import { plansConcessions } from '../engine/plan/presence.js';
import { opensWithOurVerb, subjectBefore, type Tag, type TagHit } from '../engine/lexicon/index.js';
import type { Cell, Item, PlanModel, Row, Section, Statement } from '../engine/plan/model.js';
import type { Span } from '../engine/text.js';
import { lowerBound, startingIn } from '../engine/sorted.js';
import { positionRowStarts } from '../engine/plan/positions.js';
import { FREQUENCIES, PRESSING_CONDITIONS_OTHER, PRESSING_PHRASES, PRESSING_VERB_FORMS, WORK_UNIT } from '../engine/lexicon/words.js';
import { MOVE_CURRENCY, MOVE_SHAPE, QA_LABEL, STEPS_TOTAL, summarisesConcessions, theyDoThenWe } from '../engine/lexicon/shapes.js';

// What a give and a get are is the lexicon's business (`concepts/trading.ts`, tags `give` and `get`):
// "in exchange for", "only if", "if they sign", "→", a "Get:" label, a "We ask for" column. This rule only
// reads how a plan lays its concessions out: items, rows, labelled lines and the parts that hold gets.

// "→", "->", "=>", "⇄", "↔": a give pointing at its get; "←", "<-": the get pointing back at its give
// ("$3 off ← a three-year term"). Either way the arrow pairs two sides of a trade.
// Arrows that point forward at what follows them, and the rest (both ways, backwards).
const FORWARD_ARROWS = ['→', '⇒', '⟶', '->', '=>'];
const ARROW = new RegExp(['<->', ...FORWARD_ARROWS, '⇄', '↔', '⟷', '←', '⇐', '⟵', '<-(?!-)'].join('|'));
const LEADING_ARROW = new RegExp(`^\\s*(?:${FORWARD_ARROWS.join('|')})`, 'u');
// A signed price move or a level we go up or down to, its aside in brackets, then "for" and what it buys.
// "−$0.0060/pc for sole-source nomination on all fourteen parts": the move may be priced per unit, and what it is for named.
const MOVE_FOR = /(?:^|[\s(])(?:[+−-]\s?|(?:up|down)\s+to\s+)(?:[A-Z]{1,3}\$|[$€£¥₹₩]|[A-Z]{3}\s|R\s?)?\s?\d(?:[\d.,']|[ \u00a0](?=\d{3}))*\s?(?:k|m|%)?(?:\/\p{L}{1,6}|\s?per\s\p{L}+)?(?:\s*\([^)\n]{1,40}\))?\s+for\s+(?:a|an|the|their|\d|(?:\p{L}+[\s-])?\p{L}+\s+(?:use|rights|access|exclusivity|nomination|commitment|award|prepayment|volumes?)\b|(?:exclusivity|nomination|prepayment|(?:sole|single)[\s-]source)\b|[^.;\n]{2,40}?\s+only\b)/iu;
// "€ 8,00 off (to € 369,00) for full-truck call-offs only": a cut written as an amount off, then what it is for.
const OFF_FOR = /(?<![\d.,'])\d(?:[\d.,']|[ \u00a0](?=\d{3}))*\s?(?:k|m|%)?\s+off\b(?:\s*\([^)\n]{1,40}\))?\s+for\s+(?:a|an|the|their|\d|[^.;\n]{2,40}?\s+only\b)/iu;
// "+$6,000", "(+0.20)": a signed figure.
const SIGNED_FIGURE = new RegExp(`[(]?[+−-]\\s?${MOVE_CURRENCY}?\\d[\\d.,']*\\s?[kKmM%]?[)]?`, 'g');
// "96,50 → 99,50", "$167,500 -> $173,500:": an arrow from a figure to a figure, ending there (no words of a get after it).
const FIGURE_TO_FIGURE = new RegExp(
  `(?<![\\d.,'])\\d[\\d.,']*\\s?[kKmM%]?\\s{0,2}(?:→|->|=>|⟶)\\s{0,2}${MOVE_CURRENCY}?\\d[\\d.,']*\\s?[kKmM%]?(?![\\d.,']?\\d)(?=\\s{0,2}(?:[:;)(|/]|[,.](?!\\d)|$|per\\b))`,
  'g',
);
// What is left of a step once its figures are gone, when it is only their asking: ": if they push", "— if pressed".
const PRESSING_VERB = PRESSING_VERB_FORMS.filter((w) => !/ed$/.test(w) && !/^(?:request|want)/.test(w)).join('|');
const ONLY_ON_ASKING = new RegExp(
  `^[\\s:—–+−$€£¥₹()-]*(?:only\\s+)?(?:if|when)\\s+(?:(?:they|he|she|\\p{Lu}\\p{L}+)\\s+(?:really\\s+|still\\s+)?(?:${PRESSING_VERB})(?:\\s+(?:hard|back|for it|again))?|pressed|pushed|asked|needed|necessary)[\\s.!]*$`,
  'u',
);

/** The words an arrow points at are only a condition of their pressing ("→ if they push", "→ falls es noch hakt"). */
function pressingAfterArrow(text: string): boolean {
  const arrow = ARROW.exec(text);
  return arrow !== null && pressingFrom(text.slice(arrow.index + arrow[0].length));
}

/** Text that opens on a condition of their pressing only: "if they push", "falls es noch hakt", "s'ils le demandent". */
function pressingFrom(text: string): boolean {
  // Only the condition's own clause: "→ if payment terms are net 30 = ₱450k if all three, still under 540k" asks nothing.
  const after = text.replace(/[*_]/g, '').replace(LEADING_ARROW, '').split(/[,;=(\n]|\.(?!\d)/)[0]!;
  return PRESSING_OPENER.test(after) && (CONDITION_ASKING.test(after) || CONDITION_ASKING_OTHER.test(after));
}

// The "if" that opens such a condition, in English and in the languages of `PRESSING_CONDITIONS_OTHER`.
const PRESSING_OPENER = new RegExp(`^\\s*(?:only\\s+|nur\\s+)?(?:if|when|si|${PRESSING_CONDITIONS_OTHER.flatMap((c) => c.if).join('|')})\\s`, 'iu');

/** Tag hits in a piece of text that is not a statement of its own (a cell, a title, a label). */
function textHits(plan: PlanModel, start: number, text: string, tag: Tag): TagHit[] {
  const st: Statement = { start, end: start + text.length, text, kind: 'prose', isQuestion: false };
  return plan.tags.hits(st, tag).filter((h) => !h.negated);
}

const hasTag = (plan: PlanModel, start: number, text: string, tag: Tag) => textHits(plan, start, text, tag).length > 0;

/** A table column that holds what we get: "Get", "We ask for", "In return", "They give". */
// "… (para R$ 226.000,00) se a instalação for sem custo", "… si el pago es a 30 días", "… wenn sie 3 Jahre zeichnen",
// "… als alle 12 trekkers vóór 15 november geleverd zijn" (Dutch "als" only before its subject: German "als" is "than"): the same
// condition in the languages plans are written in.
const CONDITION_GET =
  /[\p{L}\p{Sc}\d)%-],?\s+(?:only\s+)?(?:if|se|si|wenn|falls|jeśli|jeżeli|pokud|hvis|indien|jos|dacă|eğer|jika|kalau|nếu|als(?=\s+(?:de|het|ze|zij|hij|alle|die|dat|onze|hun|jullie)\s))\s+(?!(?:needed|necessary|required|asked|pressed|pushed|possible|at all|any|necesario|necessário|nötig|nécessaire)(?![\p{L}]))\S/u;
const CONDITION_ASKING = new RegExp(`\\bif\\s+(?:\\S+\\s+){0,3}(?:${[...PRESSING_VERB_FORMS, ...PRESSING_PHRASES].join('|')})\\b`, 'i');
const CONDITION_ASKING_OTHER = new RegExp(
  // Verb-final languages put the verb after the whole clause ("falls es nach Schritt 1 noch hakt").
  PRESSING_CONDITIONS_OTHER.map((c) => `(?<![\\p{L}'’])(?:${c.if.join('|')})\\s+(?:\\S+\\s+){0,5}(?:${c.verbs.join('|')})(?![\\p{L}])`).join('|'),
  'iu',
);

// "Halvorsen gives", "Acme provides": what a named party gives is what we get.
const PARTY_GIVES = /^\s*(\p{Lu}[\p{L}&.'’-]{1,30}(?:\s\p{Lu}[\p{L}&.'’-]{1,30})?)\s+(?:gives|provides|offers|pays|commits|brings|returns)\b/u;

const FROM_TO_COUNT = /\bfrom\s+(\d+(?:[.,]\d+)?)\s*(\p{L}+)?\s+to\s+(\d+(?:[.,]\d+)?)\s*(\p{L}+)?/u;
const FROM_TO_FREQ = new RegExp(`\\bfrom\\s+(${FREQUENCIES.join('|')})\\s+to\\s+(${FREQUENCIES.join('|')})\\b`, 'i');

/** Less work for the money: a count of people, visits or hours going down, or a task done less often. */
function lessScope(text: string): boolean {
  const count = FROM_TO_COUNT.exec(text);
  if (count && (WORK_UNIT.test(count[2] ?? '') || WORK_UNIT.test(count[4] ?? '')) && Number(count[3]!.replace(',', '.')) < Number(count[1]!.replace(',', '.'))) return true;
  const freq = FROM_TO_FREQ.exec(text);
  return freq !== null && FREQUENCIES.indexOf(freq[2]!.toLowerCase()) > FREQUENCIES.indexOf(freq[1]!.toLowerCase());
}

const NEEDS_TITLE = /^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?[Ww]hat\s+(?:they|\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*)?)\s+(?:needs?|wants?)\b/u;

const PARTY_BINDS = /^\s*\p{Lu}[\p{L}&.'’-]{1,30}(?:\s\p{Lu}[\p{L}&.'’-]{1,30})?\s+(?:commits|provides|gives|pays|agrees|signs|accepts|guarantees|holds|delivers|covers|absorbs|prepays|extends|waives)\b/u;

// "| Give | For |", "| Geben | Gegen |": a column headed by the bare word a trade turns on holds what the give is for.
// "| Thema | Wert für uns | Wert für KVO | Tausch |": a trade-off matrix's last column says what each issue is traded for.
// "| Give | Take |": in a give-and-take table the other column is what we take back.
// "| Purchaser moves by | Condition (Vendor gives) |": the condition a move is made on.
const FOR_HEADER = /^\s*[*_]*(?:conditions?(?:\s*\([^()]{1,40}\))?|take|we take|what we take|takes|for|against|in exchange|in return|für|gegen|pour|contre|por|para|voor|tegen|per|mot|za|trade|trade for|trade against|exchange|tausch|im tausch|gegenleistung|échange|echange|en échange|en echange|ruil|in ruil|a cambio|em troca|in cambio)[*_]*\s*[?:]?\s*$/iu;

function isGetColumn(plan: PlanModel, cell: Cell, header?: readonly Cell[]): boolean {
  if (FOR_HEADER.test(cell.text)) return true;
  // "| Halvorsen gives | Halvorsen gets |": a party that both gives and gets in the same table is our side, as an
  // adviser writes the client's name.
  const party = PARTY_GIVES.exec(cell.text)?.[1];
  const alsoGets = party !== undefined && header?.some((h) => h !== cell && h.text.trim().startsWith(party) && /\b(?:gets|receives|asks|wants)\b/i.test(h.text));
  if (party !== undefined && !alsoGets && !/^\s*(?:we|i|our)\b/i.test(cell.text)) return true;
  const gets = textHits(plan, cell.start, cell.text, 'get');
  if (gets.length === 0) return false;
  // "They give" is their give, our get; "We give" is ours.
  return !hasTag(plan, cell.start, cell.text, 'give') || gets.some((g) => g.to - g.from > 1);
}

/** A table column that holds what we give: "Give", "We give", "Concessions", "Levers". */
const isGiveColumn = (plan: PlanModel, cell: Cell, header?: readonly Cell[]) => !isGetColumn(plan, cell, header) && (hasTag(plan, cell.start, cell.text, 'give') || PARTY_GIVES.test(cell.text));

// A get cell that is empty in all but name.
const EMPTY_CELL = /^(?:|-+|—|–|n\/?a|none|nothing|tbd|tbc|\?+|x|\.+)$/i;
// "nothing, offer it when they hesitate", "none (goodwill)": a cell that says it gets nothing, then why.
// "nothing", and the same in the plan's language: "nessuna", "rien", "nada", "nichts", "niets", "nenhuma".
const NOTHING_CELL = /^(?:n\/?a|none|nothing|zero|nessuna|nessuno|niente|nulla|rien|aucune?|nada|ninguna|ninguno|nichts|keine|niets|geen|nenhuma|nenhum)\s*(?:[,;:(—–]|-\s|$)/iu;
// "| — they ask for this every year anyway |", "| — (freebie, costs the client little) |": a dash that leaves the cell empty, then a remark on why.
const DASH_REMARK = /^[—–-]\s+(?:\p{Ll}|\((?:freebie|free|nothing|no return|gift)\b)/u;

/** "Get: a case study", "In return — net-30", "Our ask: a three-year term": a short label that names a get. */
function getLabelAt(plan: PlanModel, start: number, text: string): boolean {
  // Bounded runs of blanks and a label that starts with a letter keep this linear on a line of spaces.
  // "$62 → $67: if they include…" is a step with its condition, not a "Get:" label.
  const m = /^[ \t]{0,12}(?:[-*+][ \t]{1,4})?(?:\[[ xX]\][ \t]{0,4})?(\p{L}[^:—–=\n]{0,29}?)[ \t]{0,8}(?::|—|–|=|[ \t]-[ \t])/u.exec(text);
  if (!m || m[1]!.split(/\s+/).length > 4) return false;
  return hasTag(plan, start + m.index + m[0].indexOf(m[1]!), m[1]!, 'get');
}

// Sub-sections and lead-in lines that list what we will not give, or what is no concession ("Not concessions:").
const HOLD_PART =
  /\b(?:won['’]?t give|will not give|(?:not|aren['’]?t|isn['’]?t) (?:a |really )?concessions?\b(?! without| unless| except)|not on the table|off the table|red lines?|never|non[- ]negotiables?|not negotiable|no[- ]go|hold firm|we hold|what we keep|keep|do not give|don['’]?t give|not for trade|not tradeable|not tradable)\b/i;
// An item that is a line we hold rather than something we give.
const HOLD_ITEM = /^\s*(?:no|never|not|none|nothing|don['’]?t|do not|won['’]?t|will not|we will not|we won['’]?t|hold|keep|stay|maintain|no further)\b/i;

interface Unit {
  /** Where the finding goes: the item's first line, or the row's give cell. */
  at: Span;
  /** Statements that belong to the concession (nested items included). */
  statements: Statement[];
  row?: Row;
  /** The concessions part this belongs to also lists what we ask for, as a package. */
  package: boolean;
  /** For a labelled line, the label ("What can we give?"), which names the concession rather than giving it. */
  label?: Span;
}

const within = (offset: number, span: Span) => offset >= span.start && offset < span.end;

/** Lookups built once per plan, so a plan with thousands of concessions stays linear. */
interface PlanIndex {
  position: Map<Statement, number>;
  children: Map<Item, Item[]>;
  rowStatement: Map<Row, Statement>;
}

function indexPlan(plan: PlanModel): PlanIndex {
  const position = new Map<Statement, number>();
  const rowStatement = new Map<Row, Statement>();
  plan.statements.forEach((s, i) => {
    position.set(s, i);
    if (s.row) rowStatement.set(s.row, s);
  });
  const children = new Map<Item, Item[]>();
  for (const it of plan.items) {
    if (!it.parent) continue;
    const list = children.get(it.parent);
    if (list) list.push(it);
    else children.set(it.parent, [it]);
  }
  return { position, children, rowStatement };
}

/** A line that only introduces what follows: "Gives:", "**What we ask for:**", "In return". */
function isLeadIn(plan: PlanModel, st: Statement): boolean {
  if (/:\s*$/.test(st.text) && st.text.split(/\s+/).length <= 8) return true;
  const raw = plan.text.slice(st.start - 2, st.end + 2);
  return /^(\*\*|__)[^*_]+\1$/.test(raw.trim()) && st.text.split(/\s+/).length <= 8;
}

/** A sub-section title or lead-in line about what we get ("What we ask for", "In return") or what we hold. */
function kindOf(plan: PlanModel, start: number, text: string): 'gets' | 'hold' | undefined {
  if (HOLD_PART.test(text)) return 'hold';
  // "Three steps, each traded:" says the gives below are traded; it lists no gets itself.
  const gets = textHits(plan, start, text, 'get').filter((g) => !/^trad/i.test(plan.text.slice(g.start, g.end)));
  if (gets.length > 0 && !hasTag(plan, start, text, 'give')) return 'gets';
  // "Give something only for something, in this order:": a rule for the gives that follow, led by the give; it lists no gets.
  const gives = textHits(plan, start, text, 'give');
  if (gives.length > 0 && gets.length > 0 && gives[0]!.start < gets[0]!.start && gives[0]!.start - start < 4) return undefined;
  if (gets.some((g) => g.to - g.from > 1)) return 'gets';
  return undefined;
}

/** A table with a give column and a get column ("| We give | We get |"): its rows are judged one by one. */
const hasGiveAndGet = (plan: PlanModel, header: readonly Cell[]): boolean =>
  header.some((h) => isGiveColumn(plan, h, header)) && header.some((h) => isGetColumn(plan, h, header));

function rowUnit(plan: PlanModel, idx: PlanIndex, row: Row, pkg: boolean): Unit {
  const st = idx.rowStatement.get(row);
  const giveIdx = row.header.findIndex((h) => isGiveColumn(plan, h, row.header));
  const cell = row.cells[giveIdx >= 0 ? giveIdx : 0] ?? row;
  // Cell positions include the pipes and padding around the text.
  let start = cell.start;
  let end = cell.end;
  while (start < end && /[\s|]/.test(plan.text[start]!)) start++;
  while (end > start && /[\s|]/.test(plan.text[end - 1]!)) end--;
  return { at: { start, end }, statements: st ? [st] : [], row, package: pkg };
}

/** The planned concessions: items, rows and labelled lines in the concessions scope, and "Give" tables anywhere. */
function concessionUnits(plan: PlanModel, idx: PlanIndex): Unit[] {
  const units: Unit[] = [];
  const positionRows = positionRowStarts(plan);
  const taken = new Set<object>();
  const facts = plan.factsOf('concessions').filter((f) => f.source !== 'frontmatter');
  for (const fact of facts) {
    // "## What Corvane needs (and what we can give)": their needs, which are our levers; the trades are planned elsewhere.
    if (fact.source === 'heading' && fact.section && (fact.section.concepts.includes('needs') || NEEDS_TITLE.test(fact.section.title))) continue;
    const found: Unit[] = [];
    let pkg = false;
    const add = (key: object, unit: Unit) => {
      if (taken.has(key)) return;
      taken.add(key);
      found.push(unit);
    };
    const scope = fact.scope;
    // "> [!WARNING]" ⏎ "> FSC chain-of-custody: …" under "## What we can give": an untitled callout is an aside to the
    // section, not one of its concessions.
    const statements = startingIn(plan.statements, scope).filter((st) => !(st.callout && !st.callout.titled && fact.source === 'heading'));
    const prose = statements.filter((st) => st.kind === 'prose');
    const subSections = startingIn(plan.sections, scope).filter((sec) => sec !== fact.section);
    // What part of the scope an offset is in: a sub-section or lead-in line about gets or about what we hold.
    const partAt = (offset: number): 'gets' | 'hold' | undefined => {
      let inner: Section | undefined;
      for (const sec of subSections) if (within(offset, sec) && (!inner || sec.depth > inner.depth)) inner = sec;
      if (inner) {
        // "What we ask for in return" may also read as another concept ("ask"); what it lists is still our gets.
        const k = kindOf(plan, inner.titleSpan.start, inner.title);
        if (k) return k;
        if (!inner.concepts.includes('concessions') && inner.concepts.length > 0) return 'hold';
      }
      const from = inner?.bodyStart ?? scope.start;
      const lead = prose[lowerBound(prose, offset, (p) => p.start) - 1];
      if (lead && lead.start >= from && isLeadIn(plan, lead) && !within(fact.label.start, lead)) return kindOf(plan, lead.start, lead.text);
      // "Constraints – tell Suresh at the start of the call:" over a list: a part of another name inside the concessions' scope.
      if (lead && lead.start >= from && !within(fact.label.start, lead) && /:\s*$/.test(lead.text) && plan.facts.some((f) => f.source === 'label' && f.concept !== 'concessions' && within(f.label.start, lead) && f.label.start - lead.start < 4)) return 'hold';
      // "We make it only against these, all written into the BAFO letter as conditions of the price:": a longer
      // lead-in that says what follows is what we get.
      if (lead && lead.start >= from && /:\s*$/.test(lead.text) && lead.text.split(/\s+/).length <= 24 && !within(fact.label.start, lead) && kindOf(plan, lead.start, lead.text) === 'gets') return 'gets';
      return undefined;
    };
    // Items: the outermost items inside the scope. An item that only introduces a list ("Gives:") hands over to its children.
    const visit = (it: Item, parentPart: 'gets' | 'hold' | undefined) => {
      if (taken.has(it)) return;
      const own = itemUnit(plan, it, false);
      const first = own.statements[0];
      const children = idx.children.get(it) ?? [];
      const part = parentPart ?? partAt(it.start);
      // "- Our ask: a three-year term" next to the gives: the list is traded as a package.
      if (first && first.item === it && getLabelAt(plan, first.start, first.text)) {
        pkg = true;
        return;
      }
      if (first && children.length > 0 && isLeadIn(plan, first) && first.item === it) {
        const k = kindOf(plan, first.start, first.text) ?? part;
        if (k === 'gets') pkg = true;
        if (k) return;
        taken.add(it);
        for (const c of children) visit(c, undefined);
        return;
      }
      if (part === 'gets') {
        pkg = true;
        return;
      }
      if (part === 'hold') return;
      add(it, own);
    };
    const inScope = startingIn(plan.items, scope);
    const isScope = (it: Item) => it.start === scope.start && it.end === scope.end;
    for (const it of inScope) {
      const p = it.parent;
      const top = !p || !within(p.start, scope) || isScope(p);
      if (isScope(it) || !top) continue;
      visit(it, undefined);
    }
    for (const row of startingIn(plan.rows, scope)) {
      // "## Position and concessions" over "| Opening | 12,900 |", "| Ceiling | 15,400 |": a row that states a position is no step.
      if (row.isHeader || positionRows.has(row.start)) continue;
      const part = partAt(row.start);
      if (part === 'gets') pkg = true;
      if (part) continue;
      add(row, rowUnit(plan, idx, row, false));
    }
    // A labelled line with its value on the same line and nothing nested: "**Concessions:** 5% off, free onboarding".
    if (fact.source === 'label' && fact.value.text && !inScope.some((it) => !isScope(it))) {
      // Rows of a give/get table under the label are concessions of their own, judged by their columns above.
      // (A table's header row names its columns; it concedes nothing. Once the label's give/get table is judged row by
      // row, a paragraph after it that opens on the steps comments on them: "Steps are reducing (3 lakh, 2 lakh, 1 lakh).
      // … Total increase INR 6,00,000".)
      const judgedRow = startingIn(plan.rows, scope).find((r) => taken.has(r));
      const commentary = (st: Statement) => {
        if (!judgedRow || st.row || st.start < judgedRow.start) return false;
        const paragraphStart = plan.text.lastIndexOf('\n\n', st.start) + 2;
        return STEPS_COMMENT.test(plan.text.slice(paragraphStart, paragraphStart + 40));
      };
      // A give/get table under the label ("| We give | We get |") is judged row by row, below, with its Get column.
      const giveGetRow = (st: Statement) => st.row !== undefined && hasGiveAndGet(plan, st.row.header);
      const own = statements.filter((st) => st.start >= fact.label.start && !(st.row && (taken.has(st.row) || st.row.isHeader)) && !commentary(st) && !editorNote(plan, st) && !giveGetRow(st));
      const key = statements.find((st) => within(fact.label.start, st)) ?? fact;
      // A value over several lines ("Q: What can I give? A: … / … / …") lists one concession per line; a line
      // that opens with a get label ("In return: …") belongs to the line before.
      const lines: Statement[][] = [];
      let lastLine = -1;
      for (const st of own) {
        const line = plan.lines.point(st.start).line;
        // A sentence wrapped onto the next line goes on where it started: only one that opens a line opens a concession.
        const opensLine = /^[\s>*_+-]*$/.test(plan.text.slice(plan.text.lastIndexOf('\n', st.start - 1) + 1, st.start));
        if (line !== lastLine && (opensLine || lines.length === 0) && !(lines.length > 0 && getLabelAt(plan, st.start, st.text))) lines.push([]);
        lines[lines.length - 1]!.push(st);
        lastLine = line;
      }
      // "A: We move in small steps, and each one is paid for:" introduces the list under it, which holds the concessions.
      const leadsIn = lines.length <= 1 && own.length > 0 && /:\s*$/.test(own[own.length - 1]!.text);
      // (Nothing of its own beside a give/get table: the table's rows are the concessions.)
      if (leadsIn || (own.length === 0 && statements.some(giveGetRow))) taken.add(key);
      // With a table judged row by row above it, the line left is reported where it stands, not at the table.
      // "All three used = A$32,600 per tyre, still under target." under the table: where the steps add up to.
      else if (lines.length <= 1 && own[0] && judgedRow && own[0].start > judgedRow.start && leadsInOrSumsUp(own[0].text)) taken.add(key);
      else if (lines.length <= 1) {
        const first = own[0];
        const at = first && judgedRow && first.start > judgedRow.start ? { start: first.start, end: first.end } : fact.value;
        add(key, { at, statements: followingGets(plan, idx, own), package: false, label: fact.label });
      }
      else {
        lines.forEach((list, i) => {
          if (lines.length > 2 && leadsInOrSumsUp(list[list.length - 1]!.text)) return;
          const first = list[0]!;
          const at = i === 0 ? fact.value : { start: first.start, end: plan.text.indexOf('\n', first.start) === -1 ? first.end : Math.min(list[list.length - 1]!.end, plan.text.indexOf('\n', first.start)) };
          add(i === 0 ? key : first, { at, statements: i === lines.length - 1 ? followingGets(plan, idx, list) : list, package: false, label: fact.label });
        });
      }
    }
    // Labelled lines in a concessions section ("**Discount:** up to 8% for a 3-year term").
    if (fact.source === 'heading') {
      for (const st of statements) {
        if (st.kind !== 'prose' || taken.has(st) || isLeadIn(plan, st) || partAt(st.start) || editorNote(plan, st)) continue;
        // "6.2 We will take on the disposal…": a numbered paragraph is an item written by hand, with the rest of its paragraph.
        if (NUMBERED_PARA.test(plan.text.slice(st.start, st.end))) {
          if (leadsInOrSumsUp(st.text)) continue;
          const para = [st];
          for (let i = idx.position.get(st)! + 1; i < plan.statements.length; i++) {
            const next = plan.statements[i]!;
            if (next.kind !== 'prose' || /\n[ \t]*\n/.test(plan.text.slice(para[para.length - 1]!.end, next.start))) break;
            // "5.3 — Allow …" ⏎ "5.4 — Start …": the next number on the next line is the next concession, not more of this one.
            if (/\n/.test(plan.text.slice(para[para.length - 1]!.end, next.start)) && NUMBERED_PARA.test(plan.text.slice(next.start, next.end))) break;
            para.push(next);
            taken.add(next);
          }
          add(st, { at: { start: st.start, end: st.end }, statements: para, package: false });
          continue;
        }
        // "Note on #3: Sophie is still frustrated…": a note about a step above, not a concession of its own.
        if (NOTE_ON_STEP.test(st.text)) continue;
        const m = /^([^:\n]{1,40}?)\s*:\s+\S/.exec(st.text);
        // "We'll also waive the performance bond", "I'd also throw in the workshops at no charge": a sentence of the part in
        // which we give something is a concession too, however it is laid out.
        // "Also on the table from the start: we can extend their delivery window…": a long lead before a colon is no label.
        const longLead = m !== null && m[1]!.split(/\s+/).length > 4;
        // ("2.1 The Upfront may come down in the following steps, in this order:" leads into the steps.)
        if ((!m || longLead) && !st.isQuestion && !st.item && !st.row && !/:\s*[*_]*\s*$/.test(st.text) && weGive(plan, st)) {
          add(st, { at: { start: st.start, end: st.end }, statements: followingGets(plan, idx, [st]), package: false });
          continue;
        }
        // "Q: What are you prepared to give?" asks; "A: …" answers: Q&A markers are no labels of a concession.
        if (!m || st.isQuestion || QA_LABEL.test(m[1]!) || m[1]!.split(/\s+/).length > 4 || kindOf(plan, st.start, m[1]!) === 'gets') continue;
        if (listsLevers(plan, st, m[1]!.length)) continue;
        add(st, { at: { start: st.start, end: st.end }, statements: followingGets(plan, idx, [st]), package: false });
      }
    }
    // Rows carry their own Get column and labelled lines their own "Get:" line; the package only covers list items.
    for (const u of found) u.package = pkg && u.statements[0]?.item !== undefined;
    // "| Most we reach via the ladder | ₹5,95,000 |", "Total: 12% off": where the steps add up to, not a step of its own.
    // "5.1 All concessions are conditional.": the rule they follow, not a concession.
    // "3.3 — After the BAFO there is no further movement on the rate": where the steps end, not a step.
    const endsTheLadder = (u: Unit) =>
      u.statements.slice(0, 1).some((st) => plan.tags.hits(st, 'final-offer').some((h) => !h.negated && /\b(?:no|nothing|not)\b/i.test(plan.text.slice(h.start, h.end))));
    const textOf = (u: Unit) => (u.row ? plan.text.slice(u.row.start, u.row.end) : plan.text.slice(u.statements[0]?.start ?? u.at.start, u.at.end));
    units.push(...found.filter((u) => !endsTheLadder(u) && !summarisesConcessions(textOf(u).replace(/^[\s|*_\-•]+/, ''))));
  }
  // Give/Get tables anywhere in the plan.
  for (const row of plan.rows) {
    if (row.isHeader || taken.has(row)) continue;
    if (hasGiveAndGet(plan, row.header)) {
      taken.add(row);
      units.push(rowUnit(plan, idx, row, false));
    }
  }
  // "And we also pay the airfreight to Schiphol from week 27. That one's free, no need to ask for anything back.": a give
  // anywhere in the plan that says in so many words it asks nothing back is a concession without a get.
  const inUnits = new Set(units.flatMap((u) => u.statements));
  for (const [i, st] of plan.statements.entries()) {
    // "We also gave free shipping … without asking for anything back. This year every concession has a price on it.": told as the past.
    if (inUnits.has(st) || st.kind === 'heading' || plan.within(st.start, 'history') || plan.tags.tokens(st).some((t) => PAST_GIVE.has(t.word)) || !weGive(plan, st)) continue;
    const next = plan.statements[i + 1];
    const sameBlock = next && !/\n/.test(plan.text.slice(st.end, next.start)) ? [st, next] : [st];
    if (sameBlock.some((s) => asksNothingBack(plan, s))) units.push({ at: { start: st.start, end: st.end }, statements: [st], package: false });
  }
  return units.sort((a, b) => a.at.start - b.at.start);
}

/** "no need to ask for anything back", "nothing in return": a get the words deny, and none they affirm. */
function asksNothingBack(plan: PlanModel, st: Statement): boolean {
  const gets = plan.tags.hits(st, 'get');
  return gets.length > 0 && gets.every((h) => h.negated) && NOTHING_BACK.test(st.text);
}

/** A sentence in which we give: a give or price cut, not negated, not in a case ("if we need to move"), spoken by us. */
const BRACKETS_HOLD_GET = /\b(?:for|get|gets|return|exchange)\b[^()]{0,40}\b(?:in|the)\s+(?:brackets|parenthes[ie]s)\b/i;
const RUN_ON_LABEL = /^\p{Lu}[\p{L}\d&/' -]{1,24}:\s+\S/u;
const NOTE_ON_STEP = /^\W*(?:note|notes|re|on|about|comment)\s+(?:on\s+|to\s+)?(?:step\s+|item\s+|concession\s+)?#?\d{1,2}\s*[:—–-]/i;
const WE_DO = /^\W*(?:we|i)(?:['’](?:ll|d))?\s+(?:(?:also|then|can|will|would|could|shall)\s+){0,2}(?!(?:know|think|expect|hear|believe|see|understand|want|need|hope|fear|assume|guess|reckon)\b)[a-z]+\b/i;
const AT_NO_CHARGE = /\b(?:no (?:extra |additional )?(?:charge|cost|fee)|free)\b/i;

const EDITOR_NOTE = /^[\s>*_-]*\[[^\[\]\n]{2,400}\][\s*_]*$/;
/** '[Fernanda: "better to start with the small step…" — accepted in Rev. 3]': a reviewer's note in brackets on a line of its own edits the plan; it concedes nothing. */
function editorNote(plan: PlanModel, st: Statement): boolean {
  const from = plan.text.lastIndexOf('\n', st.start - 1) + 1;
  const to = plan.text.indexOf('\n', st.start);
  return EDITOR_NOTE.test(plan.text.slice(from, to < 0 ? plan.text.length : to));
}
const INVERTED_WE: ReadonlySet<string> = new Set(['wir', 'wij', 'vi']);
const WILLING = new Set(['be', 'also', 'fine', 'happi', 'glad', 'will', 'readi', 'prepar', 'commit', 'open', 'to', 'okai', 'ok']);

function weGive(plan: PlanModel, st: Statement): boolean {
  // "Two smaller things we can offer, each with a return:" introduces the list under it.
  if (plan.tags.conditional(st) || /:\s*[*_]*$/.test(st.text)) return false;
  const gives = [...plan.tags.hits(st, 'give'), ...plan.tags.hits(st, 'price-cut')];
  // "We offer it up front as part of the proposal, not as a concession": a give the sentence itself denies.
  if (gives.some((h) => h.negated)) return false;
  const tokens = plan.tags.tokens(st);
  // "We also do the artwork adaptation for the Natal edition at no charge": what we do, priced at nothing further on.
  if (WE_DO.test(st.text) && gives.some((h) => !h.negated && AT_NO_CHARGE.test(plan.text.slice(h.start, h.end)))) return true;
  // "Außerdem geben wir 4 Wochen Vor-Ort-Betreuung kostenlos dazu": our pronoun after the verb, as German, Dutch and the
  // Nordic languages place it, opens the sentence on us.
  const weInverted = tokens.slice(0, 4).some((t) => INVERTED_WE.has(t.word));
  return gives.some((h) => {
    if (opensWithOurVerb(tokens, h.from) || (weInverted && plan.tags.speaker(st, h) !== 'they')) return true;
    if (plan.tags.speaker(st, h) !== 'we') return false;
    // The subject right before the give, past its auxiliaries and adverbs: "we'll also waive", "I'd also throw in";
    // and past the words that say we are willing: "We're also fine going to a 3-year term", "We'll commit to giving them…".
    let at = h.from;
    while (at > 0 && WILLING.has(tokens[at - 1]!.stem)) at--;
    const s = subjectBefore(tokens, at);
    return s !== undefined && /^(?:we|i)$/.test(s.token.word);
  });
}

/**
 * "Levers we hold: term length, payment profile, reference rights, phasing": a line naming what can be traded, as a list
 * of things with no move on any of them, sums up the part; the moves come below it.
 */
function listsLevers(plan: PlanModel, st: Statement, labelLength: number): boolean {
  const labelEnd = st.start + labelLength;
  const value = st.text.slice(labelLength + 1);
  if ((value.match(/,/g) ?? []).length < 2) return false;
  const inValue = (h: TagHit) => !h.negated && h.start >= labelEnd;
  if (plan.tags.hits(st, 'give').some(inValue) || plan.tags.hits(st, 'price-cut').some(inValue)) return false;
  return !plan.amountsIn({ start: labelEnd, end: st.end }).some((a) => a.kind === 'money') && hasTag(plan, st.start, st.text.slice(0, labelLength), 'give');
}

function itemUnit(plan: PlanModel, it: Item, pkg: boolean): Unit {
  const all = startingIn(plan.statements, it);
  // "4. Free late check-out for every Hana couple." ⏎ "FAM trip: we pay the hotel part if Hana pays the flights.": a
  // labelled line run on under an item without a blank line is a point of its own, and its get is not the item's.
  const cut = all.findIndex((st, i) => i > 0 && /^[ \t]*$/.test(plan.text.slice(plan.text.lastIndexOf('\n', st.start - 1) + 1, st.start)) && RUN_ON_LABEL.test(st.text) && !getLabelAt(plan, st.start, st.text));
  const statements = cut > 0 ? all.slice(0, cut) : all;
  const first = statements[0];
  return { at: first ? { start: first.start, end: first.end } : { start: it.start, end: it.end }, statements, package: pkg };
}

/** A labelled give and the "Get:" line right after it. */
function followingGets(plan: PlanModel, idx: PlanIndex, own: Statement[]): Statement[] {
  const last = own[own.length - 1];
  if (!last) return own;
  const at = idx.position.get(last)!;
  const next = plan.statements[at + 1];
  // "- give: free on-site day …" ⏎ "- get: she signs off the incident closure report": the get is the next item beside it.
  if (next && last.item && next.item && next.item !== last.item && next.item.parent === last.item.parent && /^[\s*+•\d.)-]*$/.test(plan.text.slice(next.item.start, next.start)) && getLabelAt(plan, next.start, next.text)) return [...own, next];
  if (!next || next.section !== last.section || next.item) return own;
  if (getLabelAt(plan, next.start, next.text)) return [...own, next];
  // "Also on the table: a free go-live week. Why: … Tomasz offers the week … Get: her sign-off on the rollout plan.": a
  // "Get:" further on in the same paragraph closes the give it explains.
  const rest: Statement[] = [];
  for (let i = at + 1; i < plan.statements.length && rest.length < 6; i++) {
    const st = plan.statements[i]!;
    const before = rest[rest.length - 1] ?? last;
    if (st.section !== last.section || st.item || st.kind !== 'prose' || /\n[ \t]*\n/.test(plan.text.slice(before.end, st.start))) break;
    rest.push(st);
    if (getLabelAt(plan, st.start, st.text)) return [...own, ...rest];
  }
  // "…a design workshop, a heater for the pilot, extended training. Each of these is also traded, not given.": the next
  // sentence of the paragraph says what the gives before it are traded for, or that they are.
  const sameParagraph = !/\n[ \t]*\n/.test(plan.text.slice(last.end, next.start));
  if (!sameParagraph) return own;
  // "[00:03:42] Tom: They asked about 40 extra training hours." ⏎ "[00:03:46] Marcus: Only in exchange for a signed case
  // study…": the next message names what the give is traded for.
  // The give may itself be the answer to a question in the message before ("Anything we give besides price?").
  for (let k = at + 1; k <= at + 2 && k < plan.statements.length; k++) {
    const reply = plan.statements[k]!;
    if (!reply.message || reply.section !== last.section) break;
    if (EXCHANGE_LEAD.test(plan.text.slice(reply.message.wordsFrom, reply.end).replace(/^[\s*_]+/, ''))) return [...own, ...plan.statements.slice(at + 1, k + 1)];
  }
  if (POINTS_BACK.test(next.text) && plan.tags.hits(next, 'get').some((h) => !h.negated)) return [...own, next];
  // "Take-or-pay: ofrecemos 80%. Subimos a 85% solo si bajan la tarifa": the next step of the same give, on a condition,
  // says the give is traded.
  const cond = next.text.replace(/[*_]/g, '');
  return CONDITION_GET.test(cond) && !CONDITION_ASKING.test(cond) ? [...own, next] : own;
}

const EXCHANGE_LEAD = /^(?:only\s+)?(?:in exchange|in return|in trade|against|if they|if she|if he|provided|as long as|for a|for their)\b/i;
const PAST_GIVE = new Set(['gave', 'offered', 'threw', 'waived', 'granted', 'conceded', 'paid', 'dropped', 'included', 'added']);
const NOTHING_BACK = /\b(?:anything|nothing)\s+(?:back|in return|in exchange)\b|\bno\s+need\s+to\s+ask\b/i;
const POINTS_BACK = /^\s*(?:each|all|every|both|these|those|they|it|this|that)\b/i;

function hasGet(plan: PlanModel, unit: Unit): boolean {
  if (unit.row) {
    const row = unit.row;
    const getCols = row.header.map((h, i) => (isGetColumn(plan, h, row.header) ? i : -1)).filter((i) => i >= 0);
    if (getCols.length > 0) return getCols.some((i) => row.cells[i] && !EMPTY_CELL.test(row.cells[i]!.text.trim()) && !NOTHING_CELL.test(row.cells[i]!.text.trim()) && !DASH_REMARK.test(row.cells[i]!.text.trim()));
    // "| Concession 1 | −$8k ARR | Get: 2-year term |": a get label in a cell.
    if (row.cells.some((c) => getLabelAt(plan, c.start, c.text))) return true;
  }
  // "## Concessions (each only for the thing in brackets)": the part says where its gets are written.
  const title = unit.statements[0]?.section?.title ?? '';
  if (BRACKETS_HOLD_GET.test(title) && unit.statements.some((st) => /\([^()]*\p{L}{3}[^()]*\s[^()]*\p{L}{3}[^()]*\)/u.test(st.text))) return true;
  // An arrow pointing from the give to its get is notation, not words: "5% off → a case study", "+€0.15 ↔ dock hours".
  // "+$6,000 → $173,500: if they push": a step from one figure to the next given only on their asking has no get; the
  // arrow is the step, not a trade.
  const first = unit.statements[0];
  if (unit.statements.length === 1 && first && ONLY_ON_ASKING.test(first.text.replace(FIGURE_TO_FIGURE, ' ').replace(SIGNED_FIGURE, ' '))) return false;
  // "+ € 3,– → falls es nach Schritt 1 noch hakt": an arrow to their pressing is the move's occasion, not its get.
  if (unit.statements.some((st) => ARROW.test(st.text) && !pressingAfterArrow(st.text))) return true;
  // "Up to $40.50 (+$0.80) for a guaranteed 3-business-day turnaround", "+S$4,000 (to S$48,000) for 30 days of
  // whitelisting": a price move, then "for" and what it buys.
  if (unit.statements.some((st) => MOVE_FOR.test(st.text) || OFF_FOR.test(st.text))) return true;
  if (unit.statements.some((st) => theyDoThenWe(st.text))) return true;
  // "+$75,000 — accept 600 more hours. Cuyahoga commits to named key technicians": a later sentence of the step in
  // which the other party, by name, binds itself is what the step buys.
  if (unit.statements.slice(1).some((st) => PARTY_BINDS.test(st.text) && !/^\s*(?:we|i|our|my)\b/i.test(st.text))) return true;
  // "−$170,000 — day porter coverage from 2.0 to 1.5 FTE": a seller's lower price for less work is a trade, the work is what we keep.
  if (plan.side !== 'buyer' && unit.statements.some((st) => lessScope(st.text))) return true;
  // "Move to AED 4,480,000 (−120,000) **if** payment terms go from 90 days to 45 days": a condition on our move is what
  // it buys, unless the condition is only their asking or our need ("if they push", "if needed").
  // "We drop our performance clause (partial refund if the team finishes in the bottom two)": a condition in brackets
  // says what the give is, not what it buys.
  const plain = (st: Statement) => st.text.replace(/[*_]/g, '').replace(/\([^()]*\bif\b[^()]*\)/gi, ' ');
  if (unit.statements.some((st) => CONDITION_GET.test(plain(st)) && !CONDITION_ASKING.test(plain(st)) && !CONDITION_ASKING_OTHER.test(plain(st)))) return true;
  // "if they ask for it" gives on demand: asking words count only when we are the ones asking.
  // "Drop our ask for a free tasting": an ask right after the give is what we give up, not what we get.
  return unit.statements.some((st) => {
    const gives = plan.tags.hits(st, 'give');
    return plan.tags
      .hits(st, 'get')
      .some(
        (h) =>
          !h.negated &&
          !(gives.some((g) => g.to === h.from) && /^(?:our\s+|the\s+)?(?:ask|request|want|need)/i.test(plan.text.slice(h.start, h.end))) &&
          // "Audio rights: theirs for an extra €2,000": money they pay for it is our get, whoever the sentence is about; and
          // "Give them a reference if the SLAs are met" conditions the give on their performance, not on their asking.
          !(
            plan.tags.speaker(st, h) === 'they' &&
            !/^(?:they|them|their)\b/i.test(plan.text.slice(h.start, h.end)) &&
            /\b(?:ask|asks|asked|want|wants|request|requests|need|needs|push|pushes|press|presses|insist|insists)\b/i.test(plan.text.slice(h.start, h.end)) &&
            !plan.amountsIn(h).some((a) => a.kind === 'money')
          ) &&
          !askedByThem(plan, st, h) &&
          // "falls es nach Schritt 1 noch hakt": a condition that is only their pressing, and the arrow pointing at it.
          !pressingFrom(plan.text.slice(h.start, st.end)) &&
          // "if they bring it up": they raise the subject; nothing is brought to us.
          !/^\s+(?:it|that|this)\s+up\b/i.test(plan.text.slice(h.end, h.end + 12)),
      );
  });
}

/** "…the deposit they asked for", "the commit Marco pushed for": the ask right after its subject is theirs, however long the clause before it. */
function askedByThem(plan: PlanModel, st: Statement, h: TagHit): boolean {
  if (!/^(?:ask|want|need|request|require|push|press)/i.test(plan.text.slice(h.start, h.end))) return false;
  // "the deposit they asked for", "what Marco will probably push for": the subject before the ask, past its auxiliaries.
  const prev = subjectBefore(plan.tags.tokens(st), h.from)?.token;
  if (!prev) return false;
  // "give it if asked": asked by them, said without a subject.
  return /^(?:they|he|she|them|if|when|unless|once)$/.test(prev.word) || (prev.capital && plan.tags.isName(prev.word));
}

// "6.2 We will take on the disposal…", "5.3 — Allow …", "b) …": a numbered paragraph.
const NUMBERED_PARA_MARK = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-h][.)])\s+/;
const NUMBERED_PARA = new RegExp(`${NUMBERED_PARA_MARK.source}\\S`);

/**
 * "2.1 The Upfront may come down in the following steps, in this order:" leads into the steps under it, and "2.2 After
 * (a) and (b) the Upfront is €10.1m" or "After Step 3 the offer is EUR 805.000" sums them up: neither concedes anything.
 */
function leadsInOrSumsUp(text: string): boolean {
  const body = text.replace(NUMBERED_PARA_MARK, '');
  return /:\s*[*_]*\s*$/.test(body) || STEPS_COMMENT.test(body) || SUMMARY.test(body) || /^after\s+(?:(?:step|move|round|concession)s?\b|\(?[a-h]\))/i.test(body);
}

// A paragraph about the steps as a whole: "Steps are reducing…", "After step 3 we stop", "Total increase …".
const STEPS_COMMENT = /^\s*(?:the\s+|these\s+|all\s+|each\s+|after\s+)?(?:steps?|moves?|total|in total|overall|altogether)\b/i;
// "All three used = A$32,600 per tyre", "All steps taken: 8,00 €": where the steps add up to.
const SUMMARY = /^\s*(?:total|totals|end point|sum|overall|net|in all|altogether|cumulative|all steps|result|landing|all (?:two|three|four|five|\d) (?:steps )?(?:used|taken|given|together|combined)|after all (?:steps|three|four|of (?:them|it)))\b/i;

const START_LEVEL_CELL = /^\s*[*_]*(?:opening|opening level|opening position|start|starting point|baseline|as is|current|today|list|list price|anchor)[*_]*\s*$/i;

const POINTS_ELSEWHERE = /^\s*(?:see\s+(?:the\s+)?)?\p{L}+(?:\s+\p{L}+){0,2}\s+(?:above|below)\s*\.?\s*$|^\s*(?:see|as per|per)\s+(?:the\s+)?(?:section|§|part|step|concession|plan)\b/iu;

/** A list item or labelled line that gives nothing: a running total, a floor check, a note. */
const SIGNED_MOVE_ITEM = new RegExp(`^\\s*[+−]\\s?${MOVE_CURRENCY}?\\s?\\d[\\d.,']*\\s?${MOVE_CURRENCY}?(?:\\s+[\\p{L}/]+){0,4}\\s*[.;]?\\s*$`, 'u');

function givesNothing(plan: PlanModel, unit: Unit): boolean {
  // "|   | Total +€6.000 → €130.000 |": a summary row under the steps sums them up and gives nothing new.
  if (unit.row) {
    const cells = unit.row.cells;
    if (cells[0]!.text === '' && SUMMARY.test(cells.map((c) => c.text).join(' '))) return true;
    // "| Opening | 20,90 € | — | — |": a level the steps start from, with no move and no give words, is no step.
    const st = unit.statements[0];
    // "| Unit price | High | High | Concession plan above |": a cell that sends the reader to another part gives nothing here.
    const hits = st ? [...plan.tags.hits(st, 'give'), ...plan.tags.hits(st, 'price-cut')].filter((h) => !h.negated) : [];
    const pointer = cells.filter((c) => POINTS_ELSEWHERE.test(c.text));
    if (hits.length > 0 && pointer.length > 0 && hits.every((h) => pointer.some((c) => h.start >= c.start && h.end <= c.end))) return true;
    if (hits.length > 0) return false;
    // "| 0 | 1'380'000 | Opening | – |": the step before the first, named as the level it is, with no move in any cell.
    if (cells.some((c) => START_LEVEL_CELL.test(c.text)) && !cells.some((c) => /[+±−]\s?\d|(?:^|\s)-\s?\d/.test(c.text))) return true;
    const rest = cells.slice(1).filter((c) => !EMPTY_CELL.test(c.text.trim()));
    return rest.length === 1 && rest.every((c) => plan.amountsIn(c).length === 1 && !/[+±−]|\p{L}{4}/u.test(c.text.replace(plan.amountsIn(c)[0]!.raw, '')));
  }
  if (unit.statements[0] && STEPS_TOTAL.test(unit.statements[0].text)) return true;
  const outsideLabel = (h: TagHit) => !h.negated && !(unit.label && h.start >= unit.label.start && h.end <= unit.label.end);
  // "Chen will probably drop the tooling charge": what they give is not a concession of ours.
  const ours = (st: Statement) => (h: TagHit) => outsideLabel(h) && !givenByThem(plan, st, h);
  // "+$6,000 → $173,500: if they push": a step of the price made on their asking is a give, whatever its words.
  const first = unit.statements[0];
  // "1. + € 3,– → falls es noch hakt": Markdown reads "+ " after the number as a nested bullet, so the sign is on the raw line.
  const signedLine = first ? plan.text.slice(plan.text.lastIndexOf('\n', first.start - 1) + 1, first.end) : '';
  if (first && (MOVE_SHAPE.test(first.text) || MOVE_SHAPE.test(signedLine)) && (CONDITION_ASKING.test(first.text) || CONDITION_ASKING_OTHER.test(first.text)) && plan.amountsIn(first).some((a) => a.kind === 'money')) return false;
  // "2. +0,004 € al pezzo.": a list item of the concessions part that is only a signed move of the price gives by its shape
  // ("+£150 (to £17,450): 90-day payment terms" names what it buys and is read as such).
  if (first && unit.statements.length === 1 && first.item && SIGNED_MOVE_ITEM.test(first.text) && plan.amountsIn(first).some((a) => a.kind === 'money')) return false;
  return !unit.statements.some((st) => plan.tags.hits(st, 'give').some(ours(st)) || plan.tags.hits(st, 'price-cut').some(ours(st)));
}

/** The give's subject, just before it past any auxiliaries, is them: "Chen will probably drop the tooling charge". */
function givenByThem(plan: PlanModel, st: Statement, h: TagHit): boolean {
  const s = subjectBefore(plan.tags.tokens(st), h.from);
  if (!s || s.adjacent || /^(?:i|we|our|us)$/.test(s.token.word)) return false;
  // A capital before "will", "may"… is a name, even where it opens its sentence ("Chen will probably drop…").
  return /^(?:they|he|she)$/.test(s.token.word) || s.token.capital;
}

/** "[fill in: float-pool concession once costed]": a blank is placeholder's finding, not a concession without a get. */
const isPlaceholder = (plan: PlanModel, unit: Unit) =>
  unit.statements.some((st) => plan.tags.has(st, 'placeholder') || /^\s*(?:\[(?![ xX]\])[^\]\n]{2,}\]|<[^>\n]+>|\{\{[^}\n]+\}\})\s*$/.test(st.text));

/** "When Cytolux says '2 050 000 is far below what other labs pay': we stay on what Aventra gives them": a challenge and its answer, price-challenge-response's part. */
const answersChallenge = (plan: PlanModel, unit: Unit) => {
  const first = unit.statements[0];
  return first !== undefined && !first.row && plan.tags.conditional(first) && plan.tags.hits(first, 'price-challenge').some((h) => !h.negated);
};


/** Whether an item or row states a line we hold rather than something we give ("No discount beyond 8%"). */
function isHold(plan: PlanModel, unit: Unit): boolean {
  const first = unit.statements[0];
  if (!first) return true;
  // "| Concession limit | Nothing below S$6.90 planned |": a row's value cell may state the line we hold; a "nothing" under
  // the Get column ("| Free artwork & plate setup | nothing, just throw it in |") is what the give buys.
  const row = unit.row;
  if (row) return row.cells.slice(0, 2).some((c, i) => HOLD_ITEM.test(c.text) && !(row.header[i] && isGetColumn(plan, row.header[i]!, row.header)));
  return HOLD_ITEM.test(first.text);
}

export default defineRule({
  meta: {
    id: 'concession-trade',
    severity: 'warn',
    description: 'Every planned concession says what we get in return.',
    principle:
      'A negotiation is an exchange: each side gives something and gets something back. A concession handed over for nothing costs money, teaches the other side to keep asking, and buys none of the movement we need, so every give in the plan should name the get it is traded for.',
    sources: ['trust-is-imperative', 'care-but-not-that-much'],
    fix: 'Pair each concession with what we ask for: "5% off in exchange for a three-year term", "60-day payment terms → a public case study", a "Get" column in the give/get table, or a nested "Get:" line. Drop concessions we would not trade.',
    details:
      'Concessions are the list items, table rows, numbered paragraphs and labelled lines in the concessions part of the plan (concessions, trades, give and get, give-aways, levers, our moves…), the sentences there in which we give something ("We\'ll also waive the performance bond"), "Give:" lines, and the rows of any table with a give column and a get column. The part may be titled by a heading, a bold line, or a plain line standing over its list ("Give / get"); a line that only lists the levers we hold ("Levers we hold: term, payment profile, phasing") sums it up and is no concession. Nested sub-items belong to their item, so a "Get: …" sub-item counts. What we get is the lexicon\'s tag `get`: in exchange (for), in return, against, provided, only if, conditional on, subject to, tied to, "if they sign / commit / prepay…", "if Acme signs", "for a three-year term", a "Get:" / "Ask:" / "Our ask:" label, a filled "Get" / "We ask for" / "In return" / "They give" / "For" column, a bracket after the give when the part\'s title says its gets stand in brackets ("Concessions (each only for the thing in brackets)"), "€ 8,00 off (to € 369,00) for full-truck call-offs only", and in other languages wenn, gegen, im Gegenzug, in ruil voor, en échange, a cambio; an arrow (→, ->, =>, ↔, or ← pointing from the get back to its give) also pairs a give with its get — but not a step from one figure to the next given only on their asking ("+$6,000 → $173,500: if they push"), and so does a condition on the move ("Move to AED 4,480,000 if payment terms go from 90 to 45 days"; not "if needed" or "if they push"). A table row that only states a level the steps start from ("| Opening | 20,90 € | — | — |": one figure, no move, no give words) is not a concession. Asking words count only when we ask ("if they ask for it", "if they bring it up" and "the deposit they asked for" give on demand), and "drop our ask for a tasting" is a give; what they do in the same breath ("— and they send the new certificates"), a "Get:" further on in the give\'s paragraph and a "get:" item beside a "give:" item are its get. A line that is only a bracketed note to the writer ("[fill in: …]") is placeholder\'s finding. A line that gives nothing (no `give` or `price-cut` words: a running total, a floor check) is not a concession; a concession given to mend a relationship that asks for nothing back is reported here as well as by relationship-concession (one rule says why it should not be given, this one that it buys nothing), and a price challenge with its answer ("When they say 2 050 000 is far below what other labs pay: we stay on value") to price-challenge-response. Sub-sections and lists of gets ("What we ask for", "In return") and of lines we hold ("Not on the table", "Red lines", "No discount beyond 8%") are not concessions. Each concession without a get is reported once, at its line. A give on their asking is no trade, in any of the plan\'s languages ("if they ask for it", "wenn Hofbauer danach fragt", "als ze erom vragen", "s\'ils le demandent"); words of willingness before a give keep it ours ("We\'re also fine going to a 3-year term", "We\'ll commit to giving them 100% of our volume"); and an item of the concessions part that is only a signed move of the price ("+0,004 € al pezzo.") gives by its shape. Add your team\'s words under `vocabulary.get` (and `vocabulary.give`). A "nothing" in the Get column ("| Free artwork & plate setup | nothing, just throw it in |") is a give without a get, not a line we hold; an untitled callout ("> [!WARNING]") under a concessions heading is an aside, not a concession; a line that sums the steps ("C1 to C3 total £0.70m") gives nothing new; and a move that points only at their pressing ("+ € 3,– → falls es nach Schritt 1 noch hakt") buys nothing. In a chat, the next message may name what a give buys ("They asked about 40 extra training hours." ⏎ "Only in exchange for a signed case study…"); a condition in brackets that only describes the give ("We drop our performance clause (partial refund if the team finishes in the bottom two)") buys nothing. A "Take" column is what we get. A give anywhere in the plan that says in so many words it asks nothing back ("And we also pay the airfreight… That one\'s free, no need to ask for anything back") is reported too, unless it is told as the past. A table\'s header row concedes nothing; once a give/get table under a label is judged row by row, a paragraph after it that opens on the steps ("Steps are reducing (3 lakh, 2 lakh, 1 lakh). Total increase …") comments on them, and any other line left after the table is reported where it stands. "What we request" and "Condition we request" columns hold gets; Dutch "als" before its subject ("+ € 30.000,- als alle 12 trekkers vóór 15 november geleverd zijn") is a condition on their move, German "als" ("than") is not; moving payment terms for them ("from our standard 60-day payment terms to 30 days", "passamos o pagamento de 60 p/ 30 dias") is a give; "If we need to move up from A$238k:" is our occasion for a step, not what it buys. In a clause-numbered plan, a numbered paragraph that leads into the steps ("2.1 Increases of our offer are made only as listed, each against what Velomar gives:") or sums them up ("2.2 After Step 3 the offer is EUR 805.000") concedes nothing, and neither does such a line inside a labelled part\'s list. A column headed "Condition" ("| Purchaser moves by | Condition (Vendor gives) |") holds what each move is made on. A labelled line run on under a list item without a blank line ("4. Free late check-out for every Hana couple." ⏎ "FAM trip: we pay the hotel part if Hana pays the flights.") is a point of its own: its get does not pay for the item above it. A case written as a line over its list ("If Mr. Rao says \'your rate is higher than ColdStar\', reply with value first:") starts a part of its own, so a concessions label above it does not own that list. A give/get table under a label is judged row by row with its Get column, a reviewer\'s note in brackets on a line of its own ("[Fernanda: … accepted in Rev. 3]") concedes nothing, and a line that adds the steps up under the table ("All three used = A$32,600 per tyre") is a summary. Our pronoun after the verb, as German, Dutch and Nordic plans write it ("Außerdem geben wir 4 Wochen Vor-Ort-Betreuung kostenlos dazu"), makes the give ours, and parts named in plain words ("Other stuff we can give", "Extra bits to trade") hold concessions.',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [
        {
          title: 'A concession given away',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Concessions\n\n- 5% off in exchange for a three-year term\n- Free onboarding for their second team\n',
        },
        {
          title: 'A give/get table with an empty get',
          code: '---\nside: buyer\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n\n## Trades\n\n| Give | Get |\n| --- | --- |\n| 60-day payment | three-year warranty |\n| public case study | — |\n',
        },
      ],
      valid: [
        {
          title: 'Every give has a get',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n\n## Concessions\n\n1. 5% off if they sign for three years\n2. Free onboarding → a public case study\n3. Net-60 payment\n   - Get: signature before 30 June\n',
        },
        {
          title: 'Lines we hold are not concessions',
          code: '# Globex supply deal\n\n**Floor:** €900.000\n\n## Levers\n\n- Extended warranty against a five-year term\n- No discount beyond 8%, whatever they offer\n',
        },
      ],
    },
  },
  check({ plan, report }) {
    const seen = new Set<number>();
    for (const unit of concessionUnits(plan, indexPlan(plan))) {
    if (unit.package || isHold(plan, unit) || answersChallenge(plan, unit) || hasGet(plan, unit) || givesNothing(plan, unit) || isPlaceholder(plan, unit)) continue;
      // One finding per line: a "Give:" line found both as a label and as an item is one concession.
      const line = plan.lines.point(unit.at.start).line;
      if (seen.has(line)) continue;
      seen.add(line);
      // A bullet typed by hand ("• Royalty holiday…") is no part of the concession's words.
      const text = oneLine(plan.text.slice(unit.at.start, unit.at.end)).replace(/^[•·▪◦‣]\s*/, '');
      const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
      // The fix names the get after the concession's words (before its full stop); a table row gets none: its Get cell is the place.
      const raw = plan.text.slice(unit.at.start, unit.at.end);
      const lineStart = plan.text.lastIndexOf('\n', unit.at.start - 1) + 1;
      const inRow = /^\s*\|/.test(plan.text.slice(lineStart, unit.at.start + 1));
      // Trailing blanks and stops trimmed by a scan from the end (a `+$` regex backtracks on long runs).
      let kept = raw.length;
      while (kept > 0 && ' \t\n\r.;,!'.includes(raw[kept - 1]!)) kept--;
      const end = unit.at.start + kept;
      report(
        `Concession \`${shown}\` gets nothing in return: say what we ask for in exchange ("in exchange for…", "only if they…", "→ …", a Get column).`,
        unit.at,
        inRow ? undefined : { fix: insertTextFix('Ask for something in return', end, ' in exchange for <what we get in return>') },
      );
    }
  },
  applies: ({ plan }) => plansConcessions(plan),
});
