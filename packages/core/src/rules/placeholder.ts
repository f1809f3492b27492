import { defineRule } from '../engine/rule.js';
import { LETTERS, wordRegex, WORD_CHARS, allMatches, ANGLE_FIELD } from '../engine/language.js';
import { inGroup } from '../engine/lexicon/index.js';
import type { PlanModel, Statement } from '../engine/plan/model.js';
import { firstFrom, upperBound } from '../engine/sorted.js';
import type { Span } from '../engine/text.js';

interface Options {
  ignoreEmptySections: boolean;
}

const w = wordRegex;

// Blanks in the typography a reader sees: masked numbers ($XXX, xxx, X%, XX/XX/2025). The placeholder
// words (TBD, TODO, "to be confirmed"…) are the lexicon's `placeholder` tag.
const MASKS = w(
  [
    // Not "Why 0,14 €?": a currency after a figure ends it, and the question mark ends the sentence.
    // Nor "what is inside the 9,4 Mio €?": a scale word may stand between the figure and its currency.
    String.raw`(?<!\d(?:[\s\u00a0]?(?:[Mm]io|[Mm]rd|[Mm]n|bn|million|millions|thousand|lakh|crore)\.?)?[\s\u00a0]?)[$€£¥]\s?(?:x+|\?+)(?:[.,](?:x+|0{3}))*(?:\s?[km])?`,
    String.raw`x{3,}(?:[.,]x{3})*(?:\s?[km])?`,
    String.raw`x{1,3}\s?%|\?+\s?%`,
    String.raw`x{1,2}(?:[/.-]x{1,2}){1,2}(?:[/.-](?:x{2,4}|\d{2,4}))?`,
  ].join('|'),
);
// Bracketed instructions to the writer: "[fill in]", "[insert walk-away]", "[customer name]", "[date?]",
// and the fields the fixes of other rules insert, however long ("[fill in: go with a competitor / …]").
// A wikilink ("#[[price pushback]]"), an outliner's task mark ("{{[[DONE]]}}") and a redaction ("[figure removed]") are no blanks.
const BRACKETS =
  /\[fill in: [^\]\n]+\]|(?<!\[)\[(?![^\]\n]*\b(?:removed|redacted|withheld|omitted|deleted)\])(?:fill(?:[\s-]?in)?|insert|add|enter|type|complete|put|write|replace|update|tbd|tbc|tba|todo|placeholder|name|date|amount|price|number|figure|value|percent(?:age)?|x{2,3}|\.{3}|…|customer|client|company|counterpart|supplier|vendor|who|when|how much|link|details?|something|here|your)\b[^\]\n]{0,60}\](?![[(\]])|(?<!\[)\[[^\]\n]{1,40}\?\](?![[(\]])|\{\{(?!\[\[)[^{}\n]{1,60}\}\}|\{[a-z_][a-z0-9_ ]{1,40}\}/gi;
// MkDocs' folded admonition: `??? info "GeBIZ tenders"`, `???+ note`.
const FOLDED_ADMONITION = /^[ \t]*\?\?\?\+?[ \t]+[a-z]+(?:[ \t]+"[^"\n]*")?[ \t]*(?:\n|$)/;
// A run of question marks standing alone ("???", "Budget: ??"), not "why??" at the end of a question.
const QUESTION_RUN = new RegExp(`(?<![${WORD_CHARS}?])\\?{2,}(?![${WORD_CHARS}?])`, 'g');
// Values that are a blank by their marks alone: "?", "…", "❓" (an emoji before a heading's words is decoration).
const VALUE_ONLY = /^(?:\?+|\.{2,}|…|[❓❔]+)$/;
// Clause breaks for values: "Target: ?", "| Budget | ? |", "Decision maker — to be confirmed".
// A soft line break inside a statement wraps it; it is no clause break ("…at a premium; to be clarified⏎in the cost breakdown").
const CLAUSE = /[^,;:|—–]+/g;

// Written for the raw text, because the cleaned text blanks what looks like HTML: "<lowest price we accept>", "$____".
const RAW = new RegExp(`${ANGLE_FIELD}|(?<![${WORD_CHARS}_])_{3,}(?![${WORD_CHARS}_])`, 'giu');
const HIDE_IN_RAW = /<!--[\s\S]*?-->|`[^`\n]*`/g;

interface Hit extends Span {
  text: string;
}

function collect(plan: PlanModel, st: Statement): Hit[] {
  const { text, start: base } = st;
  const hits: Hit[] = [];
  const add = (start: number, raw: string): void => {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    const at = base + start + lead;
    // `??? info "GeBIZ tenders"`: MkDocs opens a folded admonition so; the marks are syntax, not a blank.
    if (/^\?+$/.test(t) && FOLDED_ADMONITION.test(plan.text.slice(plan.text.lastIndexOf('\n', at - 1) + 1, at + 200))) return;
    if (t) hits.push({ start: base + start + lead, end: base + start + lead + t.length, text: t });
  };
  for (const re of [MASKS, BRACKETS, QUESTION_RUN]) for (const m of allMatches(text, re)) add(m.index!, m[0]);
  const clauses = [...allMatches(text, CLAUSE)].map((m) => {
    // "(?)" and "[…]" around a blank are still a blank; a trailing full stop too.
    const core = unwrap(m[0]);
    const at = m.index! + m[0].indexOf(core);
    return { core, start: base + at, end: base + at + core.length };
  });
  // "below CHF 560'000.–? If not…": the Swiss dash after a round price, then the question's own mark.
  const swissPrice = (c: { start: number }) => /[.\d][–—]$/.test(text.slice(Math.max(0, c.start - base - 2), c.start - base));
  for (const c of clauses) if (c.core && VALUE_ONLY.test(c.core) && !swissPrice(c)) add(c.start - base, c.core);
  // Placeholder words: group 0 (TBD, TODO…) and the team's `vocabulary.placeholder` wherever they stand;
  // group 1 ("to follow", "to be confirmed") only as all a value says, after at most one noun ("figures to follow").
  const tokens = plan.tags.tokens(st);
  for (const hit of plan.tags.hits(st, 'placeholder')) {
    if (inGroup(tokens, hit, 1)) {
      const clause = clauses.find((c) => c.start <= hit.start && hit.end <= c.end);
      if (!clause || clause.end !== hit.end) continue;
      const before = tokens.filter((t) => !t.mark && t.start >= clause.start && t.end <= hit.start);
      if (before.length > 1 || (before.length === 1 && !/^(?:n\/?a|details|figures?|numbers?|amounts?|prices?|names?|dates?|values?|more|info|information|specifics|breakdown|content|text)$/.test(before[0]!.word))) continue;
      add(clause.start - base, text.slice(clause.start - base, clause.end - base));
      continue;
    }
    // "todo el año", "todos los meses": in Spanish and Portuguese a lower-case "todo" running into the next word is "all".
    const word = plan.text.slice(hit.start, hit.end);
    if (/^[Tt]odos?$/.test(word) && /^[ \t]+\p{Ll}/u.test(plan.text.slice(hit.end, hit.end + 3))) continue;
    // "carga base o ano todo, …": a lower-case "todo" after a word of the sentence closes "all year", it blanks nothing.
    if (/^todos?$/.test(word) && /\p{Ll}[ \t]+$/u.test(plan.text.slice(Math.max(0, hit.start - 3), hit.start))) continue;
    // "TODO(aylin): send the updated DPA draft to Noerr by 2025-12-05": a task with its owner, not a gap in the plan.
    // As a labelled line's value it still blanks that value: "SOC 2 bridge letter: TODO(darnell) get date from security".
    if (/^(?:TODO|FIXME)$/i.test(word) && OWNED_TASK.test(plan.text.slice(hit.end, hit.end + 40)) && opensItsLine(plan.text, hit.start)) continue;
    // "- TODO I assume the steel surcharge has come down — check the index": an outliner's task state (Logseq, org-mode)
    // leading a task written out in full, on a page that keeps such states, not a blank.
    if (word === 'TODO' && outlinerTask(plan.text, hit.start, hit.end)) continue;
    add(hit.start - base, text.slice(hit.start - base, hit.end - base));
  }
  return hits;
}

// An outliner page's marks: other task states leading items ("- DONE …", "* LATER …") or block properties ("side:: buyer").
const OUTLINER_PAGE = /^[ \t]*(?:[-*+][ \t]+(?:DONE|LATER|NOW|DOING|WAITING|CANCELED|CANCELLED)[ \t]+\S|[\w-]{1,30}::[ \t]+\S)/m;

/** A `TODO` that opens a list item as its task state, with the task written out after it ("- TODO ask Ruud who approves"). */
function outlinerTask(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*[-*+][ \t]+$/.test(text.slice(lineStart, start))) return false;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd === -1 ? undefined : lineEnd);
  return /^[ \t]+\p{L}/u.test(rest) && (rest.match(/\p{L}+/gu) ?? []).length >= 4 && OUTLINER_PAGE.test(text);
}

/** Whether only a list marker or a checkbox stands before `start` on its line. */
function opensItsLine(text: string, start: number): boolean {
  return /^[ \t>]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?(?:\*\*|__)?$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
}

// The owner of a task, right after its marker: "TODO(aylin):", "TODO @jonas:", "FIXME [Priya]".
const OWNED_TASK = /^\s?(?:\(\s?@?[\p{L}][\p{L}.' -]{0,30}\)|\[\s?@?[\p{L}][\p{L}.' -]{0,30}\]|\s@[\p{L}][\p{L}.-]{0,30})\s?:?\s+\p{L}/u;

const LETTER_OR_SPACE_THEN_STOP = new RegExp(`[${LETTERS}\\s][.!]$`);

/** A clause without the brackets around it and a trailing full stop: "(?)" → "?", "to be confirmed." → "to be confirmed". */
function unwrap(clause: string): string {
  let t = clause.trim();
  if (t.startsWith('(') || t.startsWith('[')) t = t.slice(1).trimStart();
  if (t.endsWith(')') || t.endsWith(']')) t = t.slice(0, -1).trimEnd();
  if (LETTER_OR_SPACE_THEN_STOP.test(t.slice(-2))) while (t.endsWith('.') || t.endsWith('!')) t = t.slice(0, -1);
  return t.trim();
}

function collectRaw(raw: string, base: number): Hit[] {
  const masked = raw.replace(HIDE_IN_RAW, (s) => ' '.repeat(s.length));
  return [...allMatches(masked, RAW)].map((m) => ({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0] }));
}

/** Start of the first hit at or after `offset` (hits sorted by start), or Infinity. */
function firstAtOrAfter(hits: Hit[], offset: number): number {
  return firstFrom(hits, offset)?.start ?? Infinity;
}

/** The label or heading a placeholder belongs to, for the message: a labelled value, a frontmatter key, a section. */
function contextFinder(plan: PlanModel): (offset: number) => string | undefined {
  const labelled = plan.facts.filter((f) => f.source === 'label' || f.source === 'table').sort((a, b) => a.value.start - b.value.start);
  const keys = plan.frontmatter ? [...plan.frontmatter.keys] : [];
  const sections = plan.sections;
  return (offset) => {
    // The last labelled value starting at or before the offset; a few steps back cover nested labels.
    const lo = upperBound(labelled, offset, (f) => f.value.start);
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (offset <= labelled[i]!.value.end) return labelled[i]!.label.text;
    const line = plan.lines.point(offset).line;
    const key = keys.find(([, span]) => plan.lines.point(span.start).line === line);
    if (key) return key[0];
    // The innermost section whose body holds the offset.
    for (let s = sections[upperBound(sections, offset, (x) => x.bodyStart) - 1]; s; s = s.parent) if (offset < s.end) return s.title;
    return undefined;
  };
}

const ENUMERATOR = /^(?!plan\b)\p{L}{2,20}\s+(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[A-H])\.?$/iu;
const ANNEX_TITLE = /^\W*(?:annex|annexe|appendix|anhang|anexo|allegato|attachment|exhibit|enclosure)\s*(?:\d{1,2}|[IVX]{1,5}|[A-Z])\.?\s*[—–:-]/i;

export default defineRule<Options>({
  meta: {
    id: 'placeholder',
    severity: 'warn',
    description: 'Placeholder text (TBD, TODO, ???, [fill in], xxx, <amount>) or an empty section in a plan.',
    principle:
      'A blank in a plan is a decision nobody has made yet, and it tends to get made under pressure in the room. Every "TBD" next to a walk-away point or a target is a gap the other side can fill for us; finish the plan before the meeting.',
    sources: [],
    fix: 'Replace the placeholder with the real value ("**Walk-away:** €280.000 per year" instead of "**Walk-away:** TBD"), or, if it cannot be known yet, move it to an "Open questions" section with who will find it out and by when. Fill in or delete empty sections.',
    details:
      'The rule reads the plan\'s sentences, list items, table cells, headings, labelled values and frontmatter values (not code blocks or HTML comments). It reports, one finding each, at the placeholder itself: `TBD`, `TBC`, `TBA`, `TODO`, `FIXME`, runs of question marks standing alone (`???`, `Budget: ??` — but not "why??" at the end of a question), `?`, `…` or `❓` as the whole value of a label or cell (an emoji before a heading\'s words is decoration), `to follow` / `to be confirmed` / `to be determined` as a whole value or clause (including "n/a – to follow", "figures to follow"), bracketed instructions (`[fill in]`, `[insert amount]`, `[customer name]`, `[date?]`), template fields (`{{price}}`, `{amount}`), angle-bracket fields (`<amount>`, `<lowest price we accept>`), the fields the quick fixes of other rules insert (`[fill in: lowest price we accept]`, however long), masked numbers (`xxx`, `$XXX,XXX`, `€XXk`, `X%`, `XX/XX/2025`), blanks (`$____`) and `lorem ipsum`. The placeholder words come from the lexicon\'s `placeholder` concept; add your team\'s words under `vocabulary.placeholder` (they count wherever they stand). Ordinary words are safe: "toddler", "what to do if…", "XXL", task-list boxes `- [ ]`, real HTML such as `<br>`, a task marked with its owner (`TODO(aylin): send the DPA draft by 5 December`), a task state leading a task written out on an outliner page (`- TODO ask Ruud who approves discounts`, on a page with `DONE` or `LATER` items or `key:: value` properties), and MkDocs\' folded admonitions (`??? info "Tenders"`). A heading with nothing under it (no text and no sub-sections) is reported as an empty section unless `ignoreEmptySections` is set; a heading that carries its value (`## Target: $240k`) is not empty.',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignoreEmptySections: {
          type: 'boolean',
          description: 'Do not report headings that have nothing under them.',
        },
      },
    },
    defaultOptions: { ignoreEmptySections: false },
    examples: {
      invalid: [
        {
          title: 'Blanks in the numbers',
          code: '# Acme renewal\n\n**Walk-away:** TBD\n**Target:** $XXX ARR\n**Opening:** [fill in]\n',
        },
        {
          title: 'An empty section and a marker left by a quick fix',
          code: '---\nside: buyer\n---\n# Globex hosting tender\n\n## Ceiling\n\nWe walk away above <highest price we pay>.\n\n## Target\n\n## Concessions\n\n- 36-month term in exchange for 8% off.\n',
        },
      ],
      valid: [
        {
          title: 'A finished plan',
          code: '# Acme renewal\n\n**Walk-away:** $310k ARR\n**Target:** $420k ARR\n**Opening:** $480k ARR, the list price\n',
        },
        {
          title: 'Ordinary words and an open question',
          code: '# Toddler-gear supply deal\n\n**Walk-away:** €1,2M\n**Target:** XXL and XL sizes at €1,4M\n\n## Open questions\n\n- Why did they drop the second supplier??\n- [ ] Ask Marc about the Breda depot.\n',
        },
      ],
    },
  },
  check({ plan, report, options }) {
    const hits: Hit[] = [];

    for (const s of plan.statements) hits.push(...collect(plan, s));
    // What the cleaned statements cannot show: angle-bracket fields and underscores, in the blocks the model knows.
    const blocks: Span[] = [
      ...plan.statements,
      ...plan.items.map((it) => ({ start: it.start, end: plan.lines.lineEnd(plan.lines.point(it.start).line) })),
      ...plan.rows,
      ...plan.sections.map((s) => s.titleSpan),
      ...plan.facts.filter((f) => f.source === 'label' || f.source === 'table').map((f) => f.value),
      // A body the cleaned text shows as blank may still hold a field ("## Target⏎⏎<amount>").
      ...plan.sections.filter((s) => s.empty).map((s) => ({ start: s.bodyStart, end: s.end })),
    ];
    for (const b of blocks) hits.push(...collectRaw(plan.text.slice(b.start, b.end), b.start));
    // Frontmatter values: `owner: TBD`, `walkAway: <amount>`.
    const fm = plan.frontmatter;
    if (fm) {
      for (const [key, span] of fm.keys) {
        const value = fm.data[key];
        if (typeof value !== 'string' || !value.trim()) continue;
        const line = plan.text.slice(span.end, plan.lines.lineEnd(plan.lines.point(span.start).line));
        const at = line.indexOf(value);
        if (at < 0) continue;
        hits.push(...collect(plan, { start: span.end + at, end: span.end + at + value.length, text: value, kind: 'prose', isQuestion: false }), ...collectRaw(value, span.end + at));
      }
    }

    // One report per placeholder: the earliest, longest hit wins over what overlaps it.
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Hit[] = [];
    let reach = -1;
    for (const h of hits) {
      if (h.start < reach) continue;
      kept.push(h);
      reach = h.end;
    }
    const context = contextFinder(plan);
    for (const h of kept) {
      const where = context(h.start);
      report(`Placeholder \`${h.text}\`${where ? ` in \`${where}\`` : ''}: replace it with the real content.`, h);
    }

    if (options.ignoreEmptySections) return;
    for (const s of plan.sections) {
      // "## Annex B — Freight cost model" names an annex; it carries no value the way "## Target: $240k" does.
      // "### Scenario C – Harbourview goes to a formal tender": after an enumerator the words are the title, no value.
      if (!s.empty || (s.headingValue && !ANNEX_TITLE.test(s.title) && !ENUMERATOR.test(s.label.trim()))) continue;
      // The model calls a section empty when its cleaned text is blank, which includes an HTML-only
      // body (an embedded video, a figure); only blank lines and comments make it empty here.
      if (!s.onlyPrompt && plan.text.slice(s.bodyStart, s.end).replace(/<!--[\s\S]*?-->/g, '').trim() !== '') continue;
      // The document's title is not a section to fill, unless it names a plan concept ("# Walk-away").
      if (s.index === 0 && s.concepts.length === 0) continue;
      if (firstAtOrAfter(kept, s.bodyStart) < s.end) continue;
      report(`Section \`${s.title}\` is empty: write its content or remove the heading.`, s.titleSpan);
    }
  },
});
