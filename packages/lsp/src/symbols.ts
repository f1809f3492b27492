/**
 * The plan's outline as document symbols: its sections (with the concepts
 * each one states, e.g. "walk-away, alternative") and the facts written as
 * labels, table rows or frontmatter keys, nested under their section.
 */
import type { PlanModel } from '@negolint/core';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { offsetToPosition } from './diagnostics.js';

type Span = { start: number; end: number };
type Fact = PlanModel['facts'][number];
type Section = PlanModel['sections'][number];

function oneLine(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function range(doc: TextDocument, span: Span) {
  return { start: offsetToPosition(doc, span.start), end: offsetToPosition(doc, Math.max(span.start, span.end)) };
}

/** Hierarchical symbols of a plan; none for documents that are not plans. */
export function documentSymbols(doc: TextDocument, plan: PlanModel | undefined): DocumentSymbol[] {
  if (!plan?.isPlan) return [];
  const bySection = new Map<Section, DocumentSymbol>();
  const top: DocumentSymbol[] = [];
  for (const section of plan.sections) {
    const symbol: DocumentSymbol = {
      // Editors reject symbols with empty names.
      name: oneLine(section.title) || oneLine(section.label) || '(untitled section)',
      detail: section.concepts.join(', '),
      kind: SymbolKind.String,
      range: range(doc, section),
      selectionRange: range(doc, section.heading),
      children: [],
    };
    bySection.set(section, symbol);
    const parent = section.parent ? bySection.get(section.parent) : undefined;
    (parent?.children ?? top).push(symbol);
  }
  // Headings are already sections; the other ways of stating a fact become leaves.
  for (const fact of plan.facts.filter((f: Fact) => f.source !== 'heading')) {
    const start = Math.min(fact.label.start, fact.value.start, fact.scope.start);
    const end = Math.max(fact.label.end, fact.value.end, fact.scope.end);
    const value = oneLine(fact.value.text);
    const symbol: DocumentSymbol = {
      name: oneLine(fact.label.text) || fact.concept,
      detail: value ? `${fact.concept}: ${value}` : fact.concept,
      kind: fact.source === 'frontmatter' ? SymbolKind.Property : SymbolKind.Field,
      range: range(doc, { start, end }),
      selectionRange: range(doc, fact.label),
    };
    const parent = fact.section ? bySection.get(fact.section) : undefined;
    (parent?.children ?? top).push(symbol);
  }
  const sort = (symbols: DocumentSymbol[]): DocumentSymbol[] => {
    symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    for (const s of symbols) if (s.children) sort(s.children);
    return symbols;
  };
  return sort(top);
}

/** The same outline, flat, for clients without hierarchical symbol support. */
export function flattenSymbols(uri: string, symbols: DocumentSymbol[], containerName?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(containerName ? { containerName } : {}) },
    ...flattenSymbols(uri, s.children ?? [], s.name),
  ]);
}
