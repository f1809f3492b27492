/**
 * Builds the plan model from an mdast tree in one walk. Rules never re-parse:
 * they read sections, list items, table rows, labelled facts and sentences
 * from here, all with absolute offsets into the source.
 */
import type { Nodes, Root } from 'mdast';
import { parseDocument, isMap, isScalar } from 'yaml';
import { parseAmounts, type Amount } from '../numbers.js';
import { LineIndex, cleanMarkup, splitSentences, wordCount, type Span } from '../text.js';
import { POSITION_CONCEPTS, META_CONCEPTS, type Concept, type Vocabulary } from './concepts.js';
import { detectPlan } from './detect.js';
import type { Cell, Fact, FrontmatterInfo, Item, PlanModel, Row, Section, Side, Statement } from './model.js';
import { lowerBound } from '../sorted.js';
import { Lexicon, StemView, isPast, tokenize, type Tag, type Token } from '../lexicon/index.js';
import { TagIndex } from './tags.js';

export interface ExtractOptions {
  vocabulary: Vocabulary;
  /** Sentence concepts; defaults to the built-in lexicon. */
  lexicon?: Lexicon;
  /** Side to assume when the plan does not say. */
  side?: Side;
  /** `true`: treat the document as a plan whatever it looks like (config `plans`, `--all`). */
  force?: boolean;
}

interface Paragraph extends Span {
  item?: Item;
}

// "Q: What's our walk-away? A: $310k", "**Q3. Who signs?**" — with or without the answer on the line.
const QA_RE = /^(\s{0,12}(?:Q\s*\d*\s*[:.)]|Question\s*\d*\s*[:.)])\s*)([^?\n]{2,120}\?)\s*(?:(?:A\s*[:.)]\s*)?([\s\S]*))?$/i;
// "4.3 Floor. £38 per employee per annum.": a numbered clause whose first sentence is its label.
const NUMBERED_LABEL_RE = /^(\s{0,12}\d+(?:\.\d+)+\.?\s+)([^.:\n]{2,60}?)(\.\s+)(\S[\s\S]*)$/;
// "Section 2 – Price", "Part B: Money", "3) Concessions" standing alone on a line.
const PSEUDO_HEADING_RE = /^\s{0,3}(?:(?:section|part|step)\s+[\dIVXA-H]+\b[^\n]{0,60}|\d{1,2}[.)]\s+[^\n.!?]{1,50})$/i;

// "Label: value", "Label — value", "Label = value", "Label -> value".
const LABEL_RE = /^([ \t]{0,12})([^:\n—–=→|]{1,80}?)([ \t]{0,8}(?::|—|–|=|→|->|[ \t]-[ \t])[ \t]*)([\s\S]*)$/;

export function extractPlan(tree: Root, text: string, options: ExtractOptions): PlanModel {
  const { vocabulary } = options;
  const lines = new LineIndex(text);
  const clean = cleanMarkup(text);

  const frontmatter = readFrontmatter(tree, text);
  const headings: Section[] = [];
  const items: Item[] = [];
  const paragraphs: Paragraph[] = [];
  const rows: Row[] = [];
  let tableCount = 0;

  // One walk over the tree collects every block we care about.
  const walk = (node: Nodes, item: Item | undefined, listOrdered: boolean): void => {
    switch (node.type) {
      case 'heading': {
        if (item) break; // headings inside list items are rare and not plan structure
        headings.push(makeSection(node.depth, offsets(node), headings.length));
        return;
      }
      case 'listItem': {
        const span = offsets(node);
        const it: Item = {
          ...span,
          index: items.length,
          depth: item ? item.depth + 1 : 0,
          parent: item,
          text: '',
          ordered: listOrdered,
        };
        items.push(it);
        for (const child of node.children) walk(child, it, listOrdered);
        return;
      }
      case 'list': {
        for (const child of node.children) walk(child, item, Boolean(node.ordered));
        return;
      }
      case 'paragraph': {
        const span = offsets(node);
        paragraphs.push({ ...span, item });
        if (item && item.text === '') item.text = clean.slice(span.start, span.end);
        return;
      }
      case 'table': {
        const table = tableCount++;
        let header: Cell[] = [];
        node.children.forEach((rowNode, i) => {
          const cells: Cell[] = rowNode.children.map((c) => {
            const s = offsets(c);
            return { ...s, text: clean.slice(s.start, s.end).replace(/\|/g, ' ').trim() };
          });
          if (i === 0) header = cells;
          rows.push({ ...offsets(rowNode), cells, header, isHeader: i === 0, table });
        });
        return;
      }
      default: {
        if ('children' in node) for (const child of node.children as Nodes[]) walk(child, item, listOrdered);
      }
    }
  };
  for (const child of tree.children) walk(child, undefined, false);

  // Section extents and nesting: a section runs until the next heading of the same or higher level.
  for (let i = 0; i < headings.length; i++) {
    const s = headings[i]!;
    let end = text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j]!.depth <= s.depth) {
        end = headings[j]!.start;
        break;
      }
    }
    s.end = end;
    for (let j = i - 1; j >= 0; j--) {
      if (headings[j]!.depth < s.depth) {
        s.parent = headings[j];
        break;
      }
    }
    const nextHeading = headings[i + 1]?.start ?? text.length;
    s.empty = clean.slice(s.bodyStart, nextHeading).trim() === '' && (headings[i + 1] === undefined || headings[i + 1]!.depth <= s.depth);
  }
  const sectionAt = (offset: number): Section | undefined => {
    let lo = 0;
    let hi = headings.length - 1;
    let found: Section | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid]!.start <= offset) {
        found = headings[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && offset < found.end ? found : found?.parent && offset < found.parent.end ? found.parent : found;
  };
  for (const it of items) it.section = sectionAt(it.start);
  for (const r of rows) r.section = sectionAt(r.start);

  // Statements: headings, sentences of paragraphs (label blocks split per line), table rows.
  const statements: Statement[] = [];
  const addStatement = (span: Span, kind: Statement['kind'], extra: Partial<Statement>): void => {
    const raw = clean.slice(span.start, span.end);
    const t = raw.trim();
    if (!t) return;
    const start = span.start + (raw.length - raw.trimStart().length);
    statements.push({ start, end: start + t.length, text: t, kind, section: sectionAt(span.start), isQuestion: /\?["'”’)]*$/.test(t), ...extra });
  };
  for (const h of headings) addStatement(h.titleSpan, 'heading', { section: h });
  const paragraphLines = new Map<Paragraph, Span[]>();
  for (const p of paragraphs) {
    const pLines = splitLabelLines(clean, text, p);
    paragraphLines.set(p, pLines);
    for (const line of pLines) {
      for (const s of splitSentences(clean.slice(line.start, line.end), line.start)) {
        addStatement(s, p.item ? 'item' : 'prose', { item: p.item });
      }
    }
  }
  for (const r of rows) if (!r.isHeader) addStatement(r, 'row', { row: r });
  statements.sort((a, b) => a.start - b.start);
  const tags = new TagIndex(statements, options.lexicon ?? defaultLexicon());

  // Currency first: bare numbers in a plan with `currency: EUR` are euros.
  let currency: string | undefined;
  const fmCurrency = frontmatter?.data['currency'];
  if (typeof fmCurrency === 'string' && /^[A-Za-z]{3}$/.test(fmCurrency.trim())) currency = fmCurrency.trim().toUpperCase();

  const amounts: Amount[] = [];
  for (const st of statements) {
    for (const a of parseAmounts(st.text, currency)) {
      amounts.push({ ...a, start: a.start + st.start, end: a.end + st.start });
    }
  }
  // Statements are sorted and disjoint, so their amounts are sorted by start: binary search.
  const amountsIn = (span: Span): Amount[] => {
    let lo = 0;
    let hi = amounts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (amounts[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Amount[] = [];
    for (let i = lo; i < amounts.length && amounts[i]!.start < span.end; i++) if (amounts[i]!.end <= span.end) out.push(amounts[i]!);
    return out;
  };

  // Facts.
  const facts: Fact[] = [];
  for (const s of headings) {
    // The document's title names the deal, not a part of the plan: only an exact name counts there
    // ("# Walk-away point" does; "# Pre-negotiation objectives memorandum" is not a target).
    const contained = !(s.index === 0 && s.depth === 1);
    s.concepts = vocabulary.match(s.label, { contained });
    if (s.concepts.length === 0 && s.label !== s.title) s.concepts = vocabulary.match(s.title, { contained });
    // A heading a little off the alias list ("## OPEN @", "## If negotiations fail") names a position when the
    // lexicon reads one in it and its body holds an amount (or, for the no-deal case, says something).
    if (s.concepts.length === 0 && contained) {
      const body = s.headingValue ?? { start: s.bodyStart, end: s.end };
      s.concepts = questionConcepts(s.label, options.lexicon ?? defaultLexicon(), LABEL_TAGS).filter((c) =>
        c === 'alternative' ? /\p{L}{3}/u.test(clean.slice(body.start, body.end)) : amountsIn(body).some((a) => a.kind === 'money'),
      );
    }
    for (const concept of s.concepts) {
      const value = s.headingValue ?? { start: s.bodyStart, end: s.end };
      facts.push({
        concept,
        source: 'heading',
        label: { ...s.heading, text: s.label },
        value: { ...value, text: clean.slice(value.start, value.end).trim() },
        scope: { start: s.start, end: s.end },
        amounts: s.headingValue ? amountsIn(s.headingValue) : amountsIn({ start: s.bodyStart, end: s.end }),
        section: s,
      });
    }
  }

  const labelFacts: Fact[] = [];
  // Lines that start a part of the plan without being headings: bold-only lines, "Section 2 –", Q&A questions.
  const pseudoHeadings: number[] = [];
  for (const p of paragraphs) {
    for (const line of paragraphLines.get(p) ?? []) {
      const lineText = clean.slice(line.start, line.end);
      const rawLine = text.slice(line.start, line.end).trim();
      let m = LABEL_RE.exec(lineText);
      const numbered = NUMBERED_LABEL_RE.exec(lineText);
      let labelSpan: Span | undefined;
      let valueSpan: Span | undefined;
      const qa = QA_RE.exec(lineText);
      if (qa) {
        // "Q: What's our walk-away? A: $310k": the question is the label, the answer its value.
        const labelStart = line.start + qa.index + qa[1]!.length;
        labelSpan = { start: labelStart, end: labelStart + qa[2]!.length };
        const answer = qa[3] ?? '';
        valueSpan = { start: line.end - answer.length, end: line.end };
        pseudoHeadings.push(line.start);
        m = null;
      } else if (numbered && wordCount(numbered[2]!) <= 6 && !(m && wordCount(m[2]!) <= 8 && !/[.!?]\s/.test(m[2]!))) {
        const labelStart = line.start + numbered[1]!.length;
        labelSpan = { start: labelStart, end: labelStart + numbered[2]!.length };
        valueSpan = { start: labelStart + numbered[2]!.length + numbered[3]!.length, end: line.end };
        m = null;
      } else if (m && wordCount(m[2]!) <= 8 && !/[.!?]\s/.test(m[2]!)) {
        const labelStart = line.start + m[1]!.length;
        labelSpan = { start: labelStart, end: labelStart + m[2]!.trimEnd().length };
        const valueStart = labelStart + m[2]!.length + m[3]!.length;
        valueSpan = { start: valueStart, end: line.end };
      } else if (/^(\*\*|__)[^*_]+\1$/.test(rawLine) && wordCount(lineText) <= 8) {
        // A line that is entirely bold acts as a label for what follows.
        const lead = lineText.length - lineText.trimStart().length;
        labelSpan = { start: line.start + lead, end: line.start + lineText.trimEnd().length };
        valueSpan = { start: line.end, end: line.end };
        pseudoHeadings.push(line.start);
        m = null;
      } else if (PSEUDO_HEADING_RE.test(lineText) && !p.item) {
        pseudoHeadings.push(line.start);
      }
      if (!labelSpan || !valueSpan) continue;
      let labelText = clean.slice(labelSpan.start, labelSpan.end).trim();
      let concepts = vocabulary.match(qa ? `Q: ${labelText}` : labelText);
      // Shorthand puts the number in the label ("floor $64k — below that we don't do it"): the label is what stands before it.
      const labelAmount = !qa
        ? amountsIn({ start: labelSpan.start, end: labelSpan.end + 3 }).find((a) => a.kind === 'money' && a.start > labelSpan!.start && a.start < labelSpan!.end)
        : undefined;
      if (labelAmount) {
        const shortLabel = clean.slice(labelSpan.start, labelAmount.start).trim();
        let shortConcepts = concepts.length > 0 ? concepts : shortLabel ? vocabulary.match(shortLabel) : [];
        if (shortConcepts.length === 0 && shortLabel) {
          shortConcepts = questionConcepts(shortLabel, options.lexicon ?? defaultLexicon(), LABEL_TAGS).filter((c) => c !== 'alternative');
        }
        if (shortConcepts.length > 0) {
          concepts = shortConcepts;
          labelText = shortLabel;
          labelSpan = { start: labelSpan.start, end: labelSpan.start + shortLabel.length };
          valueSpan = { start: labelAmount.start, end: valueSpan.end };
        }
      }
      // A plan's own Q&A asks in its own words ("Q6. What's the most Meridian will pay?"): the lexicon reads it.
      if (qa && concepts.length === 0) concepts = questionConcepts(labelText, options.lexicon ?? defaultLexicon());
      // "Q: If the Government walks away?", "Q: And if I walk?": a question about the no-deal case asks for our alternative.
      if (qa && /^\W*(?:(?:and|so|but)\s+)?(?:what\s+(?:happens\s+)?)?if\b/i.test(labelText) && questionConcepts(labelText, options.lexicon ?? defaultLexicon()).includes('alternative')) {
        concepts = [...concepts.filter((c) => c !== 'walk-away'), ...(concepts.includes('alternative') ? [] : (['alternative'] as Concept[]))];
      }
      // Other labels a little off the alias list ("Maximum we will pay:", "[x] Ceiling per unit:", "If Sonexa won't meet it:")
      // name a position when the lexicon reads one in them and the value holds an amount (or, for the no-deal case, says something).
      if (!qa && concepts.length === 0) {
        const valueText = clean.slice(valueSpan.start, valueSpan.end);
        concepts = questionConcepts(labelText, options.lexicon ?? defaultLexicon(), LABEL_TAGS).filter((c) =>
          c === 'alternative' ? /\p{L}{3}/u.test(valueText) || valueSpan!.start === valueSpan!.end : amountsIn(valueSpan!).length > 0,
        );
        if (concepts.length === 0 && amountsIn(valueSpan).some((a) => a.kind === 'money')) concepts = positionByKeyword(labelText, vocabulary);
      }
      if (concepts.length === 0) continue;
      // In a list item the whole item (with nested items) belongs to the label.
      const isFirstLineOfItem = p.item && line.start === paragraphLines.get(p)![0]!.start && p.start <= p.item.start + 6;
      const scope: Span = isFirstLineOfItem ? { start: p.item!.start, end: p.item!.end } : { start: line.start, end: line.end };
      for (const concept of concepts) {
        labelFacts.push({
          concept,
          source: 'label',
          label: { ...labelSpan, text: labelText },
          value: { ...valueSpan, text: clean.slice(valueSpan.start, valueSpan.end).trim() },
          scope,
          amounts: amountsIn(valueSpan),
          section: sectionAt(line.start),
        });
      }
    }
  }
  // A label with nothing after it ("**Concessions:**" above a list) owns what follows,
  // up to the next label or heading.
  const boundaries = [...labelFacts.map((f) => f.label.start), ...pseudoHeadings, ...headings.map((h) => h.start), text.length].sort((a, b) => a - b);
  for (const f of labelFacts) {
    if (f.value.text !== '' || f.scope.end > f.label.end + 200) continue;
    const next = boundaries[lowerBound(boundaries, f.scope.end + 1, (b) => b)] ?? text.length;
    const end = Math.min(next, f.section?.end ?? text.length);
    if (end > f.scope.end) {
      f.scope = { start: f.scope.start, end };
      f.value = { start: f.value.end, end, text: clean.slice(f.value.end, end).trim() };
      f.amounts = amountsIn(f.value);
    }
  }
  facts.push(...labelFacts);

  for (const r of rows) {
    if (r.isHeader || r.cells.length < 2) continue;
    const headerConcepts = r.header.map((h) => vocabulary.match(h.text));
    const columnWise = headerConcepts.filter((c) => c.length > 0).length >= 2;
    if (columnWise) {
      r.cells.forEach((cell, i) => {
        for (const concept of headerConcepts[i] ?? []) {
          facts.push({
            concept,
            source: 'table',
            label: { ...r.header[i]!, text: r.header[i]!.text },
            value: { ...cell },
            scope: cell,
            amounts: amountsIn(cell),
            section: r.section,
          });
        }
      });
      continue;
    }
    const first = r.cells[0]!;
    // A cell that is a link or code ("[`walk-away-point`](docs/…)") names a thing, not a plan fact.
    if (/^\s*[[`]/.test(text.slice(first.start, first.end).replace(/^\|/, ''))) continue;
    let rowConcepts = vocabulary.match(first.text);
    // "| Floor DDR | £58 per delegate per day |": a position word beside an abbreviation, with money in the row.
    if (rowConcepts.length === 0 && amountsIn({ start: r.cells[1]!.start, end: r.end }).some((a) => a.kind === 'money')) rowConcepts = positionByKeyword(first.text, vocabulary);
    for (const concept of rowConcepts) {
      const valueSpan = { start: r.cells[1]!.start, end: r.end };
      facts.push({
        concept,
        source: 'table',
        label: { ...first, text: first.text },
        value: { ...valueSpan, text: r.cells.slice(1).map((c) => c.text).join(' | ') },
        scope: { start: r.start, end: r.end },
        amounts: amountsIn(valueSpan),
        section: r.section,
      });
    }
  }

  if (frontmatter) {
    for (const [key, span] of frontmatter.keys) {
      const concepts = vocabulary.matchKey(key);
      if (concepts.length === 0) continue;
      const raw = frontmatter.data[key];
      const valueText = raw === null || raw === undefined ? '' : typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
      const lineEnd = lines.lineEnd(lines.point(span.start).line);
      const afterKey = text.slice(span.end, lineEnd);
      const colon = afterKey.indexOf(':');
      const valueStart = colon >= 0 ? span.end + colon + 1 : span.end;
      const valueSpan = { start: valueStart, end: lineEnd };
      const local = parseAmounts(clean.slice(valueStart, lineEnd), currency).map((a) => ({
        ...a,
        start: a.start + valueStart,
        end: a.end + valueStart,
        // `walkAway: 310000` next to `currency: USD` is money.
        ...(typeof raw === 'number' && currency && a.kind === 'number' ? { kind: 'money' as const, currency } : {}),
      }));
      for (const concept of concepts) {
        facts.push({
          concept,
          source: 'frontmatter',
          label: { ...span, text: key },
          value: { ...valueSpan, text: valueText },
          scope: { start: span.start, end: lineEnd },
          amounts: local,
        });
      }
    }
  }
  facts.push(...sentenceFacts(statements, facts, tags, amountsIn, clean));
  facts.sort((a, b) => a.scope.start - b.scope.start);

  if (!currency) {
    const c = facts.find((f) => f.concept === 'currency' && /^[A-Za-z]{3}\b/.test(f.value.text));
    if (c) currency = c.value.text.slice(0, 3).toUpperCase();
  }

  const stated = readSide(frontmatter, facts, text);
  const inferred = stated ? undefined : options.side ?? inferSide(tags, facts);
  const side = stated ?? inferred ?? 'seller';
  // From here on, side-specific tags (price-cut, price-challenge, value) read for our side.
  tags.side = side;
  const sideSource: PlanModel['sideSource'] = stated ? 'stated' : options.side ? 'config' : inferred ? 'inferred' : 'default';
  const counterpart = readCounterpart(frontmatter);
  const anchor = readAnchor(headings, frontmatter, text, lines);

  // Per concept, the union of its facts' scopes as sorted disjoint intervals.
  const scopesByConcept = new Map<Concept, Span[]>();
  for (const f of facts) {
    const list = scopesByConcept.get(f.concept) ?? [];
    list.push(f.scope);
    scopesByConcept.set(f.concept, list);
  }
  for (const [concept, list] of scopesByConcept) {
    list.sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const s of list) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ start: s.start, end: s.end });
    }
    scopesByConcept.set(concept, merged);
  }
  const within = (offset: number, concept: Concept): boolean => {
    const list = scopesByConcept.get(concept);
    if (!list) return false;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const innermostFact = innermostFactIndex(facts);
  const statementsCache = new Map<Concept, Statement[]>();
  const factsCache = new Map<Concept, Fact[]>();

  const found = new Set<Concept>();
  for (const f of facts) if (!META_CONCEPTS.has(f.concept)) found.add(f.concept);
  const detection = detectPlan({
    force: options.force,
    frontmatter,
    concepts: [...found],
    // A price objection alone is what scripts and cheat sheets are about; a plan also states where it stands.
    hasPosition: [...found].some((c) => POSITION_CONCEPTS.has(c) && c !== 'price-challenge') || (found.has('price-challenge') && found.size >= 3),
    title: headings[0]?.title,
    statements,
    facts,
  });

  const model: PlanModel = {
    detection,
    isPlan: detection.isPlan,
    side,
    sideSource,
    tags,
    tagged: (tag) => tags.tagged(tag),
    anchor,
    insertionPoint: text.length,
    text,
    lines,
    frontmatter,
    currency,
    counterpart,
    sections: headings,
    items,
    rows,
    facts,
    statements,
    amounts,
    factsOf: (concept) => {
      let hit = factsCache.get(concept);
      if (!hit) factsCache.set(concept, (hit = facts.filter((f) => f.concept === concept)));
      return hit;
    },
    has: (concept) => scopesByConcept.has(concept),
    statementsIn: (concept) => {
      let hit = statementsCache.get(concept);
      if (!hit) statementsCache.set(concept, (hit = scopesByConcept.has(concept) ? statements.filter((s) => within(s.start, concept)) : []));
      return hit;
    },
    within,
    amountsIn,
    ownAmounts: (fact) => {
      if (fact.source === 'frontmatter') return fact.amounts;
      return fact.amounts.filter((a) => {
        const inner = innermostFact(a.start);
        return !inner || (inner.scope.start === fact.scope.start && inner.scope.end === fact.scope.end);
      });
    },
    itemAt: (offset) => {
      // Items are in document order; the last one starting at or before the offset,
      // or one of its ancestors, is the innermost one containing it.
      let lo = 0;
      let hi = items.length - 1;
      let found: Item | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (items[mid]!.start <= offset) {
          found = items[mid];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      while (found && offset >= found.end) found = found.parent;
      return found;
    },
  };
  return model;

  function makeSection(depth: number, span: Span, index: number): Section {
    const raw = text.slice(span.start, span.end);
    let titleStart = span.start;
    let titleEnd = span.end;
    if (/^\s{0,3}#/.test(raw)) {
      const lead = /^\s{0,3}#{1,6}\s*/.exec(raw)![0].length;
      titleStart += lead;
      // Trailing spaces, closing #s, spaces — trimmed by hand to stay linear on hostile input.
      let end = span.end;
      while (end > titleStart && /\s/.test(text[end - 1]!)) end--;
      const beforeHashes = end;
      while (end > titleStart && text[end - 1] === '#') end--;
      if (end < beforeHashes && end > titleStart && !/\s/.test(text[end - 1]!)) end = beforeHashes;
      while (end > titleStart && /\s/.test(text[end - 1]!)) end--;
      titleEnd = end;
    } else {
      // Setext: the underline is the last line.
      const nl = raw.lastIndexOf('\n');
      if (nl > 0) titleEnd = span.start + nl;
      while (titleEnd > titleStart && /\s/.test(text[titleEnd - 1]!)) titleEnd--;
    }
    const title = clean.slice(titleStart, titleEnd).trim();
    const m = /[ \t]{0,8}(?::|—|–|[ \t]-[ \t])[ \t]{0,8}/.exec(title);
    let label = title;
    let headingValue: Span | undefined;
    if (m && m.index > 0 && m.index + m[0].length < title.length) {
      label = title.slice(0, m.index).trim();
      const lead = clean.slice(titleStart, titleEnd).length - clean.slice(titleStart, titleEnd).trimStart().length;
      headingValue = { start: titleStart + lead + m.index + m[0].length, end: titleEnd };
    }
    const lineEnd = text.indexOf('\n', span.end - 1);
    return {
      index,
      depth,
      start: span.start,
      end: text.length,
      heading: { start: span.start, end: span.end },
      title,
      titleSpan: { start: titleStart, end: titleEnd },
      label,
      headingValue,
      concepts: [],
      bodyStart: lineEnd === -1 ? text.length : lineEnd + 1,
      empty: false,
    };
  }
}

function offsets(node: Nodes): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/**
 * Paragraphs written as stacks of labelled lines ("**Walk-away:** …⏎**Target:** …")
 * are split per line; flowing prose is kept whole so sentences can wrap.
 */
function splitLabelLines(clean: string, text: string, p: Span): Span[] {
  const body = clean.slice(p.start, p.end);
  if (!body.includes('\n')) return [{ start: p.start, end: p.end }];
  const out: Span[] = [];
  let start = 0;
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) {
    const next = body.slice(i + 1, i + 81);
    // A bold-only line is a pseudo-heading: what follows it on the next line is its own statement.
    const line = text.slice(p.start + start, p.start + i);
    const boldLine = line.length <= 120 && /^\s*(\*\*|__)[^*_\n]+\1\s*$/.test(line);
    if (boldLine || /^\s*(?:[-*+•]\s|\d+[.)]\s|[^\s:\n][^:\n]{0,50}(?::|\s[—–]\s))/.test(next)) {
      out.push({ start: p.start + start, end: p.start + i });
      start = i + 1;
    }
  }
  out.push({ start: p.start + start, end: p.end });
  return out;
}

function readFrontmatter(tree: Root, text: string): FrontmatterInfo | undefined {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') return undefined;
  const span = offsets(node as Nodes);
  const contentStart = text.indexOf('\n', span.start) + 1;
  const info: FrontmatterInfo = { ...span, data: {}, keys: new Map() };
  const doc = parseDocument(node.value, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    // The position is reported by us, in document lines; YAML's own "at line 3" counts from the frontmatter.
    info.error = { message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), offset: contentStart + (e.pos?.[0] ?? 0) };
    return info;
  }
  if (!isMap(doc.contents)) {
    if (doc.contents !== null) info.error = { message: 'frontmatter is not a map of keys to values', offset: contentStart };
    return info;
  }
  try {
    const data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
    info.data = data && typeof data === 'object' ? data : {};
  } catch (error) {
    info.error = { message: (error as Error).message, offset: contentStart };
    return info;
  }
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      info.keys.set(String(pair.key.value), { start: contentStart + pair.key.range[0], end: contentStart + pair.key.range[1] });
    }
  }
  return info;
}

export const BUYER_RE = /\b(?:buyer|buy side|buy-side|purchas\w*|procurement|customer|client|acquirer)\b/i;
export const SELLER_RE = /\b(?:seller|sell side|sell-side|vendor|supplier|sales|provider)\b/i;

// "Side: seller · Buyer meeting: 12 March": only the first word after the label decides.
const SIDE_VALUE = /^\W*(?:we\s+are\s+(?:the\s+)?|we['’]re\s+(?:the\s+)?|our\s+side\s*[:=]?\s*)?(\w[\w-]*(?:\s+side)?)/i;
// A side stated anywhere: "Side: buyer", "Seite / side: buyer", "(buyer side; …)", "(we are the buyer)";
// not a bare "(customer)", which names the other party as often as us.
const SIDE_STATED = /(?:^|\n|[(\[|·•;/])[ \t]{0,8}(?:\*\*|__)?[ \t]{0,8}(?:side|our side|our role|role)[ \t]{0,8}(?:\*\*|__)?[ \t]{0,8}[:=—–-][ \t]{0,8}(?:\*\*|__)?[ \t]{0,8}(buyer|buy[\s-]side|purchaser|customer|client|tenant|licensee|seller|sell[\s-]side|vendor|supplier|provider|licensor|landlord)\b|\([ \t]{0,8}(?:we\s+are\s+(?:the\s+)?(buyer|purchaser|customer|client|tenant|licensee|seller|vendor|supplier|provider|licensor|landlord|sublandlord)s?|(buyer|seller|buy|sell)[\s-]side|(sublandlord|licensor|licensee))[ \t]{0,8}[);,]/i;
// "We are buying", "we're the client", "wir kaufen / we are buying": said in so many words near the top.
const SIDE_SAID = /\bwe(?:[ \t]{1,8}are|['’]re)[ \t]{1,8}(?:the[ \t]{1,8}(?:ones[ \t]{1,8})?)?(buying|purchasing|procuring|sourcing|leasing|renting|hiring|selling|letting|subletting|buyer|purchaser|customer|client|tenant|occupier|licensee|seller|vendor|supplier|provider|licensor|landlord|sublandlord)\b(?!['’]s)/i;

function sideOf(word: string): Side | undefined {
  if (BUYER_RE.test(word) || /^(?:tenant|licensee|occupier|buying|leasing|renting|hiring|procuring|sourcing)/i.test(word)) return 'buyer';
  if (SELLER_RE.test(word) || /^(?:licensor|landlord|sublandlord|selling|letting|subletting)/i.test(word)) return 'seller';
  return undefined;
}

function readSide(frontmatter: FrontmatterInfo | undefined, facts: Fact[], text: string): Side | undefined {
  const fm = frontmatter?.data['side'] ?? frontmatter?.data['role'];
  if (typeof fm === 'string') {
    const s = sideOf(fm);
    if (s) return s;
  }
  for (const f of facts) {
    if (f.concept !== 'side') continue;
    const first = SIDE_VALUE.exec(f.value.text);
    const s = first ? sideOf(first[1]!) : undefined;
    if (s) return s;
  }
  const m = SIDE_STATED.exec(text.length > 200_000 ? text.slice(0, 200_000) : text);
  if (m) return sideOf(m[1] ?? m[2] ?? m[3] ?? m[4]!);
  const said = SIDE_SAID.exec(text.slice(0, 3000));
  return said ? sideOf(said[1]!) : undefined;
}

/**
 * The side from the plan's own words when it does not state one: a buyer speaks of "our
 * supplier", "the most we pay", "procurement plan"; a seller of "our customer", "our rate
 * card". The plan is a buyer's only when its buyer words clearly outnumber its seller words.
 */
function inferSide(tags: TagIndex, facts: Fact[]): Side | undefined {
  let buyer = tags.tagged('buyer-voice').filter((t) => !t.hit.negated).length;
  let seller = tags.tagged('seller-voice').filter((t) => !t.hit.negated).length;
  for (const f of facts) {
    if (f.concept !== 'walk-away' || f.source === 'frontmatter') continue;
    if (/\b(?:ceiling|maximum|max|most|highest|above|over|more than)\b/i.test(`${f.label.text} ${f.value.text.slice(0, 80)}`)) buyer += 2;
    if (/\b(?:floor|minimum|min|lowest|below|under|less than)\b/i.test(`${f.label.text} ${f.value.text.slice(0, 80)}`)) seller += 2;
  }
  if (buyer >= 2 && buyer > 1.5 * seller) return 'buyer';
  if (seller >= 2 && seller > 1.5 * buyer) return 'seller';
  return undefined;
}

const SENTENCE_FACT_TAGS = ['walk-away', 'target', 'opening'] as const;
const TIME_UNIT = /^(?:month|year|quarter|day|hour|total|week)$/;
const CONDITION_NEXT = /^(?:if|unless|should|when|whenev|onc)$/;
const LEADS = new Set(['we', 'i', 'the', 'how', 'where', 'a', 'thi']);

/** The tag opens its sentence (after at most "our", "the", "how"…), not a condition or a clause about something else. */
function isSubjectOf(tokens: readonly Token[], from: number): boolean {
  for (let i = 0; i < from; i++) if (!LEADS.has(tokens[i]!.stem)) return false;
  return from <= 2;
}

/**
 * Facts stated in sentences ("I'll open at USD 545k per year: that is…", "The walk-away is USD
 * 440k; below that…", "We are aiming for £58.00 per sq ft"): a statement tagged with a position
 * concept, in our voice, not a question, not in the past tense, not inside a labelled fact or
 * section of the same concept, holding an amount in the clause the tag opens. The fact's value is
 * the first amount after the tag (a walk-away may also be a condition, which its rule judges).
 */
function sentenceFacts(statements: Statement[], facts: Fact[], tags: TagIndex, amountsIn: (span: Span) => Amount[], clean: string): Fact[] {
  const out: Fact[] = [];
  const covered = new Map<Concept, Span[]>();
  for (const f of facts) {
    const list = covered.get(f.concept) ?? [];
    list.push(f.scope);
    covered.set(f.concept, list);
  }
  for (const concept of SENTENCE_FACT_TAGS) {
    const seen = new Set<Statement>();
    for (const { statement: st, hit } of tags.tagged(concept)) {
      if (seen.has(st) || hit.negated || st.isQuestion || st.kind === 'heading') continue;
      if ((covered.get(concept) ?? []).some((sc) => st.start >= sc.start && st.start < sc.end)) continue;
      const tokens = tags.tokens(st);
      // Reported, not planned: a past form in the tag's clause ("our walk-away at the time was…").
      let clauseStart = hit.from;
      while (clauseStart > 0 && !tokens[clauseStart - 1]!.mark) clauseStart--;
      let clauseStop = hit.to;
      while (clauseStop < tokens.length && !tokens[clauseStop]!.mark) clauseStop++;
      if (tokens.slice(clauseStart, clauseStop).some((t) => isPast(t.word))) continue;
      if (tags.speaker(st, hit) === 'they' || /\byou\b/i.test(st.text)) continue;
      // The clause the tag opens: up to the next sentence mark after the hit.
      let clauseEnd = st.end;
      for (let i = hit.to; i < tokens.length; i++) {
        if (tokens[i]!.mark && /[.;!?]/.test(tokens[i]!.stem)) {
          clauseEnd = tokens[i]!.start;
          break;
        }
      }
      // A bare number right after the tag is the value too ("we open at 104 a litre"), unless it
      // counts time; further on only money, percentages and numbers with a unit are.
      const near = tokens[Math.min(tokens.length - 1, hit.to + 3)]!.end;
      const amounts = amountsIn({ start: hit.start, end: clauseEnd }).filter(
        (a) => a.kind !== 'number' || (a.unit && !TIME_UNIT.test(a.unit)) || (concept !== 'walk-away' && a.start <= near && a.value >= 10 && !TIME_UNIT.test(a.unit)),
      );
      const before = amounts.length === 0 ? amountsIn({ start: st.start, end: hit.start }).filter((a) => a.kind === 'money').slice(-1) : [];
      const value = amounts[0] ?? before[0];
      // Without an amount a walk-away counts when it is stated as a condition ("we walk if they insist
      // on…") or is what the sentence is about ("How low we'll go depends on the meeting"), so its
      // rule can judge whether it commits to anything.
      if (!value && (concept !== 'walk-away' || !(CONDITION_NEXT.test(tokens[hit.to]?.stem ?? '') || isSubjectOf(tokens, hit.from)))) continue;
      seen.add(st);
      out.push({
        concept,
        source: 'sentence',
        label: { start: hit.start, end: hit.end, text: clean.slice(hit.start, hit.end) },
        value: { start: hit.end, end: st.end, text: clean.slice(hit.end, st.end).trim() },
        scope: { start: st.start, end: st.end },
        amounts: value ? [value] : [],
        section: st.section,
      });
    }
  }
  return out;
}

/**
 * A short label is about its position word ("Government ceiling", "Rent floor", "Opening DDR", "Floor ARR"):
 * the last word, or the first when the others are abbreviations. Only walk-away, target and opening.
 */
function positionByKeyword(label: string, vocabulary: Vocabulary): Concept[] {
  const words = label.replace(/^\s*\[[ xX]\]\s*/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 3) return [];
  const keep = (c: Concept) => c === 'walk-away' || c === 'target' || c === 'opening';
  const last = vocabulary.match(words[words.length - 1]!).filter(keep);
  if (last.length > 0) return last;
  return words.slice(1).every((w) => /^[A-Z0-9]{2,6}$/.test(w)) ? vocabulary.match(words[0]!).filter(keep) : [];
}

// Position questions the lexicon recognises in a Q&A plan; the no-deal case asks for our alternative.
const QUESTION_TAGS: readonly (readonly [Tag, Concept])[] = [
  ['walk-away', 'walk-away'],
  ['target', 'target'],
  ['opening', 'opening'],
  ['alternative', 'alternative'],
  ['no-deal', 'alternative'],
  ['best-and-final-request', 'best-and-final'],
];

// In a label the no-deal case stands for the alternative ("If Sonexa won't meet it:", "IF WE DON'T RENEW");
// the alternative's action words ("Move to $43 →") do not.
const LABEL_TAGS: readonly (readonly [Tag, Concept])[] = QUESTION_TAGS.filter(([tag]) => tag !== 'alternative' && tag !== 'best-and-final-request');

/**
 * The position concepts the lexicon reads in a question, label or heading. For labels and headings
 * (`tags` = LABEL_TAGS) the words must lead ("Most we will pay", "OPEN @", "If negotiations fail"),
 * not stand deep inside ("Why they're happy with the pilot" names no target).
 */
function questionConcepts(question: string, lexicon: Lexicon, tags = QUESTION_TAGS): Concept[] {
  const tokens = tokenize(question).filter((t) => !t.mark);
  const view = new StemView(tokens);
  const out: Concept[] = [];
  const leading = tags === LABEL_TAGS;
  for (const [tag, concept] of tags) {
    if (out.includes(concept)) continue;
    for (const m of lexicon.phrases(tag).matches(view)) {
      if (leading && m.from > 2) continue;
      out.push(concept);
      break;
    }
  }
  return out;
}

let builtIn: Lexicon | undefined;
function defaultLexicon(): Lexicon {
  return (builtIn ??= new Lexicon());
}

function readCounterpart(frontmatter: FrontmatterInfo | undefined): string | undefined {
  for (const key of ['counterpart', 'account', 'customer', 'client', 'supplier', 'vendor', 'company']) {
    const v = frontmatter?.data[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

function readAnchor(headings: Section[], frontmatter: FrontmatterInfo | undefined, text: string, lines: LineIndex): Span {
  const first = headings[0];
  if (first) return { start: first.heading.start, end: lines.lineEnd(lines.point(first.heading.start).line) };
  let start = frontmatter ? frontmatter.end : 0;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  const line = lines.point(start).line;
  return { start, end: Math.max(start, lines.lineEnd(line)) };
}

/**
 * Finds the innermost fact scope around an offset (frontmatter and the side and
 * currency switches excluded, as they have no place in the text). Scopes nest — a
 * section holds its labelled lines and rows — so the innermost one containing an
 * offset is the latest-starting one that still reaches past it: a binary search,
 * then a short walk up the enclosing scopes.
 */
function innermostFactIndex(facts: readonly Fact[]): (offset: number) => Fact | undefined {
  const sorted = facts
    .filter((f) => f.source !== 'frontmatter' && f.concept !== 'side' && f.concept !== 'currency' && f.scope.end > f.scope.start)
    .sort((a, b) => a.scope.start - b.scope.start || b.scope.end - a.scope.end);
  const parent: (number | undefined)[] = [];
  const stack: number[] = [];
  sorted.forEach((f, i) => {
    while (stack.length > 0 && sorted[stack[stack.length - 1]!]!.scope.end <= f.scope.start) stack.pop();
    parent[i] = stack[stack.length - 1];
    stack.push(i);
  });
  return (offset) => {
    let i: number | undefined = lowerBound(sorted, offset + 1, (f) => f.scope.start) - 1;
    while (i !== undefined && i >= 0) {
      if (offset < sorted[i]!.scope.end) return sorted[i];
      i = parent[i];
    }
    return undefined;
  };
}
