/**
 * Builds the plan model once per document. Rules never re-parse: they read
 * sections, list items, table rows, facts, sentences and their tags from here,
 * all with absolute offsets into the source. Each step has its own module:
 *
 *   blocks.ts          the tree walk: sections, items, paragraphs, table rows
 *   statements.ts      sentences, item lines, rows and headings; their amounts
 *   tags.ts            the lexicon's concepts per statement (on first question)
 *   facts.ts           headings, labels, Q&A, tables and frontmatter naming a concept
 *   sentence-facts.ts  positions stated in sentences
 *   side.ts            the side we are on, stated or read from the plan's words
 *   detect.ts          whether the document is a plan at all
 *   indexes.ts         position lookups the rules ask for
 */
import type { Root } from 'mdast';

import { LineIndex, cleanMarkup, type Span } from '../text.js';
import { Lexicon } from '../lexicon/index.js';
import { collectBlocks } from './blocks.js';
import { META_CONCEPTS, POSITION_CONCEPTS, namesTheirSide, type Concept, type Vocabulary } from './concepts.js';
import { detectPlan } from './detect.js';
import { frontmatterFacts, headingFacts, initialsWithoutFigure, labelFacts, tableFacts, type FactContext } from './facts.js';
import { currencyCode, readCounterpart, readFrontmatter } from './frontmatter.js';
import { innermostFactIndex, itemLocator, readAnchor, scopeIndex } from './indexes.js';
import type { Fact, PlanModel, Side, Statement } from './model.js';
import { sentenceFacts } from './sentence-facts.js';
import { chatFacts } from './chat.js';
import { offerSiblingFacts } from './offer-siblings.js';
import { inferSide, readSide } from './side.js';
import { buildStatements, indexAmounts } from './statements.js';
import { readOutline } from './outline.js';
import { dropGuidance, guidanceSpans } from './guidance.js';
import { ANGLE_FIELD } from '../language.js';
import { isCurrencyCode } from '../numbers.js';
import { addressedToUs, documentTitles } from './reader.js';
import { MAIL_SUBJECT } from '../lexicon/shapes.js';
import { TagIndex } from './tags.js';
import { reviseFacts } from './revisions.js';
import type { StatementMemo } from '../incremental/memo.js';

export interface ExtractOptions {
  vocabulary: Vocabulary;
  /** Sentence concepts; defaults to the built-in lexicon. */
  lexicon?: Lexicon;
  /** Side to assume when the plan does not say. */
  side?: Side;
  /** `true`: treat the document as a plan whatever it looks like (config `plans`, `--all`). */
  force?: boolean;
  /** What earlier versions of this document read in their statements (incremental re-lint). */
  memo?: StatementMemo;
}

const SUPERSEDED_TITLE =
  /^\W*old\b|\bold (?:plan|version|numbers|section|copy)\b|\(old\)|\b(?:superseded|archived|obsolete|outdated|no longer (?:valid|current)|not current|for reference only|reference only|previous (?:plan|version)|last year['’]?s plan|changelog|change log|revision history|version history)\b/i;

const CHANGE_NOTE =
  /^(?=[^]*\b(?:v\d|drafts?|versions?|review|reviewed)\b)\W*(?:(?:changes?|edits|revisions)(?:\s+(?:since|from|in|after|made)\b[^:\n]{0,50})?|changelog|change log|what changed|revision history|version history)\s*:/i;

/** Our positions read under a part about the other side, as theirs (a target of theirs has no concept of its own). */
const OURS_TO_THEIRS = new Map<Concept, Concept | undefined>([
  ['walk-away', 'counterpart-walk-away'],
  ['opening', 'counterpart-opening'],
  ['alternative', 'counterpart-alternative'],
  ['target', undefined],
]);

let builtIn: Lexicon | undefined;
function defaultLexicon(): Lexicon {
  return (builtIn ??= new Lexicon());
}

export function extractPlan(tree: Root, text: string, options: ExtractOptions): PlanModel {
  const { vocabulary } = options;
  const lexicon = options.lexicon ?? defaultLexicon();
  const lines = new LineIndex(text);
  const clean = cleanMarkup(text);

  const fm = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const frontmatter = fm && options.memo ? options.memo.frontmatter(text.slice(0, fm.position?.end.offset), () => readFrontmatter(tree, text)) : readFrontmatter(tree, text);
  const blocks = collectBlocks(tree, text, clean);
  const { headings, items, rows } = blocks;
  // A part the plan marks as no longer current ("## OLD — 2024 plan (copied for reference only)", "Changelog") says
  // nothing the plan stands by now, as struck-through text does not.
  // The document's own title names the deal ("… feed + archive — renewal prep"), never a part left behind or theirs.
  const parts = headings.filter((h) => !(h.index === 0 && h.depth === 1));
  const superseded: Span[] = parts.filter((h) => SUPERSEDED_TITLE.test(h.title));
  // "Changes since v1 (Pieter's review, 11 June): struck the 'second round' line; …": a paragraph that logs the edits.
  superseded.push(...blocks.paragraphs.filter((p) => !p.item && CHANGE_NOTE.test(clean.slice(p.start, Math.min(p.end, p.start + 300)))));
  const current = (offset: number) => !superseded.some((h) => offset >= h.start && offset < h.end);
  const built = buildStatements(blocks, text, clean);
  const { paragraphLines } = built;
  const statements = dropGuidance(superseded.length > 0 ? built.statements.filter((st) => current(st.start)) : built.statements, headings, guidanceSpans(blocks.paragraphs, clean), clean);
  // An email saved as a plan is titled by its subject line ("Subject: Q3 refresh - how we handle price objections").
  const subject = MAIL_SUBJECT.exec(clean.slice(0, 2000))?.[1];
  const titles = [...documentTitles(headings[0]?.title, frontmatter), ...(subject ? [subject] : [])];
  const toUs = addressedToUs(titles, statements);
  const tags = new TagIndex(statements, lexicon, options.memo, toUs);

  // Currency first: bare numbers in a plan with `currency: EUR` are euros.
  let currency = currencyCode(frontmatter?.data['currency']) ?? headerCurrency(statements);
  const { amounts, amountsIn } = indexAmounts(statements, currency);

  const ctx: FactContext = { text, clean, lines, vocabulary, lexicon, blocks, paragraphLines, amountsIn, frontmatter, currency };
  const facts: Fact[] = [...headingFacts(ctx), ...labelFacts(ctx), ...tableFacts(ctx), ...frontmatterFacts(ctx)].filter((f) => !initialsWithoutFigure(f));
  readOutline(headings, statements, clean);
  // A canvas's rows of box titles are headings, read as such by every rule.
  for (const st of statements) if (st.row?.boxTitles) st.kind = 'heading';
  facts.push(...chatFacts(statements, facts, vocabulary, lexicon, amountsIn, clean));
  facts.push(...sentenceFacts(statements, facts, tags, amountsIn, clean));
  facts.push(...offerSiblingFacts(statements, facts, amountsIn, clean));
  if (superseded.length > 0) facts.splice(0, facts.length, ...facts.filter((f) => f.source === 'frontmatter' || current(f.scope.start)));
  // Under "## Their side — unconfirmed" a walk-away, opening or plan B is theirs: "Walk-away prob ~₹590/pallet".
  const theirParts = parts.filter((h) => namesTheirSide(h.title) && !/\b(?:our|ours|we|us|my|mine)\b/i.test(h.title));
  if (theirParts.length > 0) {
    const inTheirs = (f: Fact) => f.source !== 'frontmatter' && f.source !== 'heading' && theirParts.some((h) => f.scope.start >= h.start && f.scope.start < h.end);
    const kept = facts.flatMap((f): Fact[] => {
      if (!inTheirs(f) || !OURS_TO_THEIRS.has(f.concept)) return [f];
      const theirs = OURS_TO_THEIRS.get(f.concept);
      return theirs ? [{ ...f, concept: theirs }] : [];
    });
    facts.splice(0, facts.length, ...kept);
  }
  facts.sort((a, b) => a.scope.start - b.scope.start);
  facts.splice(0, facts.length, ...reviseFacts(statements, facts, tags, amountsIn, text, clean));

  if (!currency) {
    const c = facts.find((f) => f.concept === 'currency' && /^[A-Za-z]{3}\b/.test(f.value.text));
    if (c) currency = c.value.text.slice(0, 3).toUpperCase();
  }

  // "Credit's floor", "Lauren's ceiling": kept aside until the side says whose bound it is.
  const owned = facts.filter((f) => f.namedBound);
  if (owned.length > 0) facts.splice(0, facts.length, ...facts.filter((f) => !f.namedBound));
  const stated = readSide(frontmatter, facts, text);
  const inferred = stated ? undefined : options.side ?? inferSide(tags, facts);
  const side = stated ?? inferred ?? 'seller';
  // From here on, side-specific tags (price-cut, price-challenge, value) read for our side.
  tags.side = side;
  const sideSource: PlanModel['sideSource'] = stated ? 'stated' : options.side ? 'config' : inferred ? 'inferred' : 'default';
  const counterpart = readCounterpart(frontmatter, statements);
  const ours = owned.filter((f) => f.namedBound === (side === 'seller' ? 'floor' : 'ceiling') && !(counterpart && f.label.text.includes(counterpart)));
  if (ours.length > 0) {
    facts.push(...ours);
    facts.sort((a, b) => a.scope.start - b.scope.start);
  }
  // "Asking: €420,000" is the seller's price: ours in a seller's plan, theirs in a buyer's. Written small and run into a
  // message ("- asking £44.75/seat/mo"), it is a note of what someone asked, not a label of the plan.
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i]!;
    if (f.concept !== 'opening' || f.source !== 'label' || !/^\W*asking\W*$/i.test(f.label.text)) continue;
    if (!/^\W*A/.test(f.label.text) || !/^[\s*_]*:/.test(text.slice(f.label.end, f.label.end + 4))) facts.splice(i, 1);
    else if (side === 'buyer') facts[i] = { ...f, concept: 'counterpart-opening' };
  }
  const anchor = readAnchor(headings, frontmatter, text, lines);

  const scopes = scopeIndex(facts);
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
    titles,
    addressedToUs: toUs,
    statements,
    facts,
    angleFields: () => countAngleFields(text),
  });

  const model: PlanModel = {
    detection,
    isPlan: detection.isPlan,
    side,
    sideSource,
    tags,
    tagged: (tag) => tags.tagged(tag),
    anchor,
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
    has: scopes.has,
    statementsIn: (concept) => {
      let hit = statementsCache.get(concept);
      if (!hit) statementsCache.set(concept, (hit = scopes.has(concept) ? statements.filter((s) => scopes.within(s.start, concept)) : []));
      return hit;
    },
    within: scopes.within,
    amountsIn,
    ownAmounts: (fact) => {
      if (fact.source === 'frontmatter') return fact.amounts;
      return fact.amounts.filter((a) => {
        const inner = innermostFact(a.start);
        return !inner || (inner.scope.start === fact.scope.start && inner.scope.end === fact.scope.end);
      });
    },
    itemAt: itemLocator(items),
  };
  return model;

}

const ANGLE_FIELDS = new RegExp(ANGLE_FIELD, 'giu');

/** Different fields in angle brackets, outside code: a form's blanks are many, a plan's leftover one or two. */
function countAngleFields(text: string): number {
  if (!text.includes('<')) return 0;
  const seen = new Set<string>();
  for (const m of text.replace(/`[^`\n]*`|<!--[\s\S]*?-->/g, ' ').matchAll(ANGLE_FIELDS)) seen.add(m[0].toLowerCase());
  return seen.size;
}

// "all SEK / yr ex moms", "INR. cr / L.", "EUR, whole 2-yr deal unless noted", "Figures in NOK": a note under the title that
// sets the currency of the bare figures after it.
const CURRENCY_NOTE = /^\s*(?:(?:all|figures|amounts|prices|numbers|everything)\s+)?(?:(?:prices|figures|amounts|numbers)\s+)?(?:(?:are|in|are in)\s+)?[*_]*([A-Z]{3})(?=[\s.,;:(/—–*_-]|$)/;
// "All US$/t.", "Figures in €": the same note with the currency's sign.
const CURRENCY_SIGN_NOTE = /^\s*(?:all|figures|amounts|prices|numbers|everything)\s+(?:(?:are\s+)?in\s+)?[*_]*(US\$|A\$|C\$|NZ\$|R\$|S\$|HK\$|€|£|₹)(?=[\s.,;:(/—–*_-]|$)/;
const SIGN_CODE: Record<string, string> = { US$: 'USD', A$: 'AUD', C$: 'CAD', NZ$: 'NZD', R$: 'BRL', S$: 'SGD', HK$: 'HKD', '€': 'EUR', '£': 'GBP', '₹': 'INR' };
// "currency:: CLP" (a note app's page property), "Currency: CLP" among the first lines.
const CURRENCY_PROPERTY = /^\s*currency\s*::?\s*[*_]*([A-Za-z]{3})\b/i;

/** The currency a note among the plan's first lines sets, when the frontmatter sets none. */
function headerCurrency(statements: readonly Statement[]): string | undefined {
  for (const [i, st] of statements.slice(0, 12).entries()) {
    if (st.kind === 'heading' || st.kind === 'row') continue;
    const property = CURRENCY_PROPERTY.exec(st.text)?.[1]?.toUpperCase();
    if (property && isCurrencyCode(property)) return property;
    if (i >= 5) continue;
    const code = CURRENCY_NOTE.exec(st.text)?.[1];
    if (code && isCurrencyCode(code)) return code;
    const sign = CURRENCY_SIGN_NOTE.exec(st.text)?.[1];
    if (sign) return SIGN_CODE[sign];
  }
  return undefined;
}
