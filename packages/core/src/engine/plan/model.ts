/**
 * The plan model: everything rules need to know about a negotiation plan,
 * extracted once per document (see `extract.ts`) and stored on `file.data`.
 */
import type { Amount } from '../numbers.js';
import type { LineIndex, Span } from '../text.js';
import type { Concept } from './concepts.js';
import type { Tag } from '../lexicon/index.js';
import type { TagIndex, Tagged } from './tags.js';

export type Side = 'seller' | 'buyer';

/** A heading and everything under it until the next heading of the same or higher level. */
export interface Section extends Span {
  index: number;
  depth: number;
  /** The heading line itself. */
  heading: Span;
  /** Heading text as a reader sees it (no `#`, no markup). */
  title: string;
  /** Where that text stands. */
  titleSpan: Span;
  /** The part of the heading before a `:`/`—` separator. */
  label: string;
  /** `## Target: $240,000` carries its value in the heading. */
  headingValue?: Span;
  concepts: Concept[];
  parent?: Section;
  /** Start of the content after the heading line. */
  bodyStart: number;
  /** True when nothing but blank lines or comments stands between the heading and the next heading. */
  empty: boolean;
  /** Its body is only a template's prompt ("> Prompt: what's the worst deal you'd sign?"), with no answer under it. */
  onlyPrompt?: boolean;
}

/** A list item: its whole extent, including nested lists. */
export interface Item extends Span {
  index: number;
  depth: number;
  parent?: Item;
  section?: Section;
  /** Cleaned text of the item's own paragraphs (not nested items). */
  text: string;
  /** The list's items are ordered (`1.`) rather than bullets. */
  ordered: boolean;
}

/** A table row with its cells; `header` is the table's header row. */
export interface Row extends Span {
  cells: Cell[];
  header: Cell[];
  isHeader: boolean;
  section?: Section;
  table: number;
  /** A row of box titles in a canvas drawn as a table ("| 4 · OPENING | 5 · TARGET |"): it heads the row under it. */
  boxTitles?: boolean;
}

export interface Cell extends Span {
  text: string;
}

/** Where a fact was found. */
export type FactSource = 'heading' | 'label' | 'table' | 'frontmatter' | 'sentence';

/**
 * One statement of a concept: a heading section, a labelled line, a table row
 * or a frontmatter key. `value` is what the plan says about the concept;
 * `scope` is all the text that belongs to it (a section's body, a list item).
 */
export interface Fact {
  concept: Concept;
  source: FactSource;
  /** The label or heading that named the concept. */
  label: Span & { text: string };
  /** The value part (may be empty: start === end). */
  value: Span & { text: string };
  /** Everything that belongs to this fact. */
  scope: Span;
  /** Amounts in the value (or, for a section, its body), with absolute offsets. */
  amounts: Amount[];
  section?: Section;
  /** It restates its part at a new value ("target revised to…", a correction in the next message): it outranks the older ones. */
  revision?: true;
  /** A bound a named owner holds ("Credit's floor"): ours only when our side has that bound. */
  namedBound?: 'floor' | 'ceiling';
}

/** A sentence of prose, a list item's line, a table row or a heading, with its context. */
export interface Statement extends Span {
  text: string;
  kind: 'heading' | 'prose' | 'item' | 'row';
  section?: Section;
  item?: Item;
  row?: Row;
  isQuestion: boolean;
  /**
   * A chat or transcript message that names its writer before its words ("[09:42] Sneha Iyer: Yes.") or on the line
   * above ("Olivier Garnier 09:41" ⏎ "No, the other way round."): the absolute offset where the message's own words
   * begin. Set once where statements are cut, on the message's first statement.
   */
  message?: { wordsFrom: number };
  /** A sentence of a callout ("> [!WARNING]", "> [!tip] Concessions"): whether the callout carries a title of its own. */
  callout?: { titled: boolean };
}

export interface FrontmatterInfo extends Span {
  data: Record<string, unknown>;
  /** Absolute offset of each top-level key. */
  keys: Map<string, Span>;
  error?: { message: string; offset: number };
}

export interface Detection {
  isPlan: boolean;
  /** Why: `frontmatter`, `config`, `sections`, `opt-out`, `too-few-sections`, `descriptive`. */
  reason: string;
  concepts: Concept[];
}

export interface PlanModel {
  detection: Detection;
  isPlan: boolean;
  side: Side;
  /** How the side was found: said in the plan, set in the config, read from the plan's words, or the default. */
  sideSource: 'stated' | 'config' | 'inferred' | 'default';
  /** Sentence concepts per statement, computed once per tag. */
  tags: TagIndex;
  /** Statements carrying a tag, with the words that carry it. */
  tagged(tag: Tag): readonly Tagged[];
  /** Where facts that are missing are reported: the first heading, else the start of the body. */
  anchor: Span;
  text: string;
  lines: LineIndex;
  frontmatter?: FrontmatterInfo;
  currency?: string;
  counterpart?: string;
  sections: Section[];
  items: Item[];
  rows: Row[];
  facts: Fact[];
  statements: Statement[];
  /** Amounts found anywhere in prose, lists and tables (absolute offsets). */
  amounts: Amount[];
  factsOf(concept: Concept): Fact[];
  has(concept: Concept): boolean;
  /** Statements inside the scope of any fact of `concept`. */
  statementsIn(concept: Concept): Statement[];
  /** Whether an offset lies inside the scope of a fact of `concept`. */
  within(offset: number, concept: Concept): boolean;
  /** Amounts inside a span. */
  amountsIn(span: Span): Amount[];
  /**
   * The amounts a fact states itself: for a section, not those of a labelled line or
   * table row nested in it ("**Value:** $1.2M saved" inside the opening section is not
   * the opening).
   */
  ownAmounts(fact: Fact): Amount[];
  /** The innermost list item containing an offset. */
  itemAt(offset: number): Item | undefined;
}
