/**
 * The first pass over the tree: headings become sections (with their extents and
 * nesting), and list items, paragraphs and table rows are collected with their offsets.
 */
import type { Nodes, Root } from 'mdast';
import type { Span } from '../text.js';
import { lastFrom } from '../sorted.js';
import type { Cell, Item, Row, Section } from './model.js';
import { SIMPLE_RULE, textTableRows, type TextRow } from './text-tables.js';

// A part's number or letter before its title: "2.1", "IV", "B", "Section 3", "Part B", "§ 4", a canvas's "Block 1".
// "Opening — and why it stands up", "Walk-away – how we got there": words after the dash that comment on the
// part, with no figure in them, are more of the title, not the heading's value.
const COMMENTARY = /^(?:and|or|but|with|how|why|what|where|when|which|who|our|the|a|an|in|on|for|to|from|if|plus)\b(?!.*\d)/i;
// "## Q: So what number goes in the offer?": a Q&A marker numbers the question; the question is the title.
const QA_HEADING_MARK = /^(?:Q|Question|P|Pregunta|Pergunta|F|Frage|V|Vraag|D|Domanda)\s*\d{0,2}\.?$/i;
const SECTION_MARKER = /^(?:(?:section|part|chapter|step|block|box|exercise|task|module|stage|phase|card|parte|teil|partie|sección|seccion|sezione|secção|seccao|część|czesc|§)\s*)?(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[A-H]|[A-Z](?:\.\d{1,2})+)\.?$/i;

// "<h2>Numbers</h2>": an HTML heading and its level.
const HTML_HEADING = /<h([1-6])\b[^>]*>([^<\n]{1,160})<\/h\1>/gi;

// An HTML block of text and what it holds, up to its end tag or the next block's start tag.
const HTML_TEXT_BLOCK = /<(p|li|dd|dt|div|blockquote)\b[^>]*>([\s\S]*?)(?=<\/(?:p|li|dd|dt|div|blockquote)>|<(?:p|li|dd|dt|div|blockquote|ul|ol|dl|table|h[1-6])\b|$)/gi;

export interface Paragraph extends Span {
  item?: Item;
  /** The lines of a config-like code block ("open  S$ 300,000  # why", "walk_away: flexible"): one statement per line. */
  code?: boolean;
}

// Blocks in these languages (or none) hold settings and notes, not a program: engineers keep positions there.
const SETTINGS_LANG = /^(?:ya?ml|toml|ini|te?xt|plain(?:text)?|conf|cfg|properties|env|md|markdown|notes?)$/i;

export interface Blocks {
  headings: Section[];
  items: Item[];
  paragraphs: Paragraph[];
  rows: Row[];
  /** The section an offset belongs to (the innermost heading before it that still reaches it). */
  sectionAt(offset: number): Section | undefined;
}

/** Walks the tree once; `clean` is the text with Markdown punctuation blanked (same offsets). */
export function collectBlocks(tree: Root, text: string, clean: string): Blocks {
  const headings: Section[] = [];
  const items: Item[] = [];
  const paragraphs: Paragraph[] = [];
  const rows: Row[] = [];
  let tableCount = 0;
  // The trees of pipelines with remark-gfm (the remark preset) must read as negolint's own:
  // GFM starts a task item's paragraph after its `[x]`, which negolint's parser keeps as text.
  let taskParagraph: Nodes | undefined;

  // Tables drawn in text: their rows, and where the last one ends (its rows are no paragraph).
  let drawnUntil = -1;
  const addDrawn = (drawn: TextRow[]): void => {
    const table = tableCount++;
    const header = drawn.find((r) => r.isHeader)?.cells ?? drawn[0]!.cells;
    for (const r of drawn) rows.push({ start: r.start, end: r.end, cells: r.cells, header, isHeader: r.isHeader, table });
    drawnUntil = drawn[drawn.length - 1]!.end;
  };
  // "Step   We accept   In exchange we get" ⏎ "------ ----------- ----": Markdown reads a simple table's dashes as a
  // thematic break, its header as the paragraph above and its rows as the paragraph below.
  const simpleTableAt = (header: Span): TextRow[] | undefined => {
    const rule = /^\n([^\n]*)(?:\n|$)/.exec(text.slice(header.end, header.end + 400));
    if (!rule || !SIMPLE_RULE.test(rule[1]!) || text.slice(header.start, header.end).includes('\n')) return undefined;
    const after = header.end + rule[0].length;
    const blank = /\n[ \t]*(?:\n|$)/.exec(text.slice(after));
    return textTableRows(text, clean, { start: header.start, end: blank ? after + blank.index : text.length });
  };

  // One walk over the tree collects every block we care about.
  const walk = (node: Nodes, item: Item | undefined, listOrdered: boolean): void => {
    switch (node.type) {
      case 'heading': {
        // An outliner's page (Logseq, Roam, Workflowy) is all list items, and its headings sit inside them ("- ## Context"):
        // they are the plan's parts as much as a heading at the top level is.
        const span = offsets(node);
        headings.push(makeSection(node.depth, span, headings.length));
        // The item that carries the heading starts the new part, not the end of the part before it.
        if (item && item.start < span.start && !/\S/.test(clean.slice(item.start, span.start).replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])/, ''))) item.start = span.end;
        return;
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
        if (typeof node.checked === 'boolean') taskParagraph = node.children.find((c) => c.type === 'paragraph');
        for (const child of node.children) walk(child, it, listOrdered);
        return;
      }
      case 'list': {
        const numbered = item ? undefined : numberedTitle(node);
        if (numbered) {
          headings.push(makeSection(numbered.depth, numbered.span, headings.length));
          return;
        }
        for (const child of node.children) walk(child, item, Boolean(node.ordered));
        return;
      }
      case 'paragraph': {
        const span = offsets(node);
        if (span.start < drawnUntil) return;
        // A Pandoc grid or simple table, which Markdown reads as a paragraph, is a table.
        const drawn = item ? undefined : (textTableRows(text, clean, span) ?? simpleTableAt(span));
        if (drawn) {
          addDrawn(drawn);
          return;
        }
        if (node === taskParagraph) span.start = checkboxStart(text, span.start);
        // "\- Step 1: …": a list exported from Google Docs keeps its markers escaped, one paragraph per item.
        const escaped = item ? null : /^\\[-*+•][ \t]+/.exec(text.slice(span.start, span.start + 12));
        if (escaped) {
          const body = { start: span.start + escaped[0].length, end: span.end };
          const it: Item = { ...span, index: items.length, depth: 0, parent: undefined, text: clean.slice(body.start, body.end), ordered: false };
          items.push(it);
          paragraphs.push({ ...body, item: it });
          return;
        }
        paragraphs.push({ ...span, item });
        if (item && item.text === '') item.text = clean.slice(span.start, span.end);
        return;
      }
      case 'html': {
        // "<details><summary>Assumptions to check</summary>": a toggle's summary titles what it folds away.
        if (item) break;
        const span = offsets(node);
        // The summary may be bold inside: "<summary><b>If they say "₹9.8 lakh a month is too much"</b></summary>".
        // A remark may follow the bold title: "<summary><b>Assumptions to verify</b> (not facts — check in the meeting)</summary>".
        const m = /<summary>((?:\s*<(?:b|strong|em|i)>)*)\s*([^<\n]{1,120}?)\s*(?:<\/(?:b|strong|em|i)>\s*)*(?:(?<=>)[^<\n]{0,120})?<\/summary>/i.exec(text.slice(span.start, span.end));
        if (m) {
          const start = span.start + m.index + m[0].indexOf(m[2]!, '<summary>'.length + m[1]!.length);
          headings.push(makeSection(6, { start, end: start + m[2]!.length }, headings.length));
        }
        htmlBlock(span);
        return;
      }
      case 'code': {
        if (node.lang && !SETTINGS_LANG.test(node.lang)) return;
        const span = offsets(node);
        const raw = text.slice(span.start, span.end);
        // A fenced block's content lies between its fence lines; an indented block is content throughout.
        if (/^[ \t]{0,3}(?:```|~~~)/.test(raw)) {
          const first = raw.indexOf('\n');
          const last = raw.lastIndexOf('\n');
          if (first < 0 || last <= first) return;
          paragraphs.push({ start: span.start + first + 1, end: span.start + last, item, code: true });
        } else paragraphs.push({ ...span, item, code: true });
        return;
      }
      case 'footnoteDefinition': {
        // Without GFM (negolint's own parser), `[^1]: …` is a link definition and holds no text.
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
          const span = offsets(rowNode);
          // "Víc ne: 142 Kč/m je náš cíl…" typed under a table without a blank line: GFM makes it a row, its
          // writer meant a sentence. A line with no pipe at all is read as the paragraph it looks like.
          if (i > 0 && !text.slice(span.start, span.end).includes('|')) {
            paragraphs.push({ ...span, item });
            return;
          }
          rows.push({ ...span, cells, header, isHeader: i === 0, table });
        });
        return;
      }
      default: {
        if ('children' in node) for (const child of node.children as Nodes[]) walk(child, item, listOrdered);
      }
    }
  };
  /**
   * "6) When Sam says "£23 is below our cost"" ⏎ "------": a numbered title underlined as a setext heading parses as a
   * one-item list (with a rule under it, or a heading inside it for "===="); its writer meant a heading.
   */
  function numberedTitle(list: Nodes & { type: 'list' }): { depth: number; span: Span } | undefined {
    if (list.children.length !== 1) return undefined;
    const only = list.children[0]!.children;
    if (only.length !== 1) return undefined;
    const child = only[0]!;
    if (child.type === 'heading') {
      const span = offsets(child);
      const nl = text.indexOf('\n', span.start);
      return nl > span.start && nl < span.end ? { depth: child.depth, span: { start: span.start, end: nl } } : undefined;
    }
    if (child.type !== 'paragraph') return undefined;
    const span = offsets(child);
    if (text.slice(span.start, span.end).includes('\n')) return undefined;
    const after = text.slice(offsets(list).end, offsets(list).end + 200);
    if (/^[ \t]*\n[ \t]{0,3}-{3,}[ \t]*(?:\n|$)/.test(after)) return { depth: 2, span };
    // "1. PURPOSE", "11. ASSUMPTIONS TO BE VERIFIED BEFORE 12 NOVEMBER": a memo's numbered title in capitals, alone in its list.
    const title = text.slice(span.start, span.end);
    return list.ordered && !/\p{Ll}/u.test(title) && /\p{Lu}{4}/u.test(title) && title.length <= 90 && !/[.:;]\s*$/.test(title) ? { depth: 2, span } : undefined;
  }

  // Text pasted from email or a wiki keeps its HTML: "<h2>Numbers</h2>", "<table><tr><td>Target</td><td>40,200</td></tr>".
  // Its headings and table rows are the plan's as much as Markdown ones; a table split by blank lines goes on.
  let htmlHeader: Cell[] = [];
  let htmlTable = -1;
  function htmlBlock(span: Span): void {
    const raw = text.slice(span.start, span.end);
    if (!/<(?:h[1-6]|tr|table|p|li|dd|dt|div|blockquote)\b/i.test(raw)) return;
    for (const h of raw.matchAll(HTML_HEADING)) {
      const inner = h[2]!;
      const lead = inner.length - inner.trimStart().length;
      const start = span.start + h.index + h[0].indexOf('>') + 1 + lead;
      if (inner.trim()) headings.push(makeSection(Number(h[1]), { start, end: start + inner.trim().length }, headings.length));
    }
    let at = 0;
    for (const t of raw.matchAll(/<table\b|<tr\b[^>]*>([\s\S]*?)(?=<\/tr>|<tr\b|<\/table>|$)/gi)) {
      if (t[0].toLowerCase() === '<table') {
        htmlTable = tableCount++;
        htmlHeader = [];
        at = 0;
        continue;
      }
      if (htmlTable < 0) htmlTable = tableCount++;
      const body = t[1]!;
      const bodyStart = span.start + t.index + t[0].length - body.length;
      const cells: Cell[] = [];
      let header = true;
      for (const c of body.matchAll(/<(t[hd])\b[^>]*>([\s\S]*?)(?=<\/t[hd]>|<t[hd]\b|$)/gi)) {
        if (c[1]!.toLowerCase() === 'td') header = false;
        const start = bodyStart + c.index + c[0].length - c[2]!.length;
        cells.push({ start, end: start + c[2]!.length, text: clean.slice(start, start + c[2]!.length).replace(/\s+/g, ' ').trim() });
      }
      if (cells.length === 0) continue;
      const isHeader = at === 0 && header;
      if (isHeader || htmlHeader.length === 0) htmlHeader = cells;
      rows.push({ start: span.start + t.index, end: bodyStart + body.length, cells, header: htmlHeader, isHeader, table: htmlTable });
      at++;
    }
    // Text blocks outside tables: "<p>", "<li>", "<dd>" are paragraphs (an "<li>" an item too); "<dt>" is the title of
    // the "<dd>" under it, as a heading is of its section.
    const tables = [...raw.matchAll(/<table\b[\s\S]*?(?:<\/table>|$)/gi)].map((t) => ({ start: t.index, end: t.index + t[0].length }));
    for (const e of raw.matchAll(HTML_TEXT_BLOCK)) {
      if (tables.some((t) => e.index >= t.start && e.index < t.end)) continue;
      const inner = e[2]!;
      const innerStart = span.start + e.index + e[0].length - inner.length;
      const cleaned = clean.slice(innerStart, innerStart + inner.length);
      if (!cleaned.trim()) continue;
      const start = innerStart + (cleaned.length - cleaned.trimStart().length);
      const block = { start, end: start + cleaned.trim().length };
      const tag = e[1]!.toLowerCase();
      if (tag === 'dt') headings.push(makeSection(6, block, headings.length));
      else if (tag === 'li') {
        const list = Math.max(raw.lastIndexOf('<ol', e.index), raw.lastIndexOf('<OL', e.index));
        const ordered = list >= 0 && list > Math.max(raw.lastIndexOf('<ul', e.index), raw.lastIndexOf('<UL', e.index));
        const it: Item = { ...block, index: items.length, depth: 0, parent: undefined, text: clean.slice(block.start, block.end), ordered };
        items.push(it);
        paragraphs.push({ ...block, item: it });
      } else paragraphs.push(block);
    }
  }
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
    const found = lastFrom(headings, offset);
    return found && offset < found.end ? found : found?.parent && offset < found.parent.end ? found.parent : found;
  };
  for (const it of items) it.section = sectionAt(it.start);
  for (const r of rows) r.section = sectionAt(r.start);
  return { headings, items, paragraphs, rows, sectionAt };


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
    // "🚀 3 — Opening": an emoji before the number is decoration.
    const marker = title.slice(0, m ? m.index : 0).replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u, '').trim();
    if (m && m.index > 0 && (SECTION_MARKER.test(marker) || QA_HEADING_MARK.test(marker))) {
      // "2.1 — Apertura / Opening", "Part B: Money": the marker numbers the part; the title is what follows it.
      label = title.slice(m.index + m[0].length).trim();
    } else if (m && m.index > 0 && m.index + m[0].length < title.length && COMMENTARY.test(title.slice(m.index + m[0].length))) {
      label = title.slice(0, m.index).trim();
    } else if (m && m.index > 0 && m.index + m[0].length < title.length) {
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

/** Where the `[x]` / `[ ]` box before a GFM task item's text starts (the offset itself if there is none). */
function checkboxStart(text: string, offset: number): number {
  const box = text.lastIndexOf('[', offset);
  return box >= 0 && offset - box <= 12 && /^\[[ \txX]\][ \t]*$/.test(text.slice(box, offset)) ? box : offset;
}

export function offsets(node: Nodes): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
