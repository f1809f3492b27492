/**
 * Facts from the document's structure: headings, labelled lines (bold labels, Q&A,
 * numbered clauses, bold-only pseudo-headings), table rows and frontmatter keys. Each
 * names a concept by the vocabulary's aliases or, a little off the list, by the lexicon.
 */
import { parseAmounts, type Amount } from '../numbers.js';
import { inBrackets, inQuote, type LineIndex, type Span, wordCount } from '../text.js';
import { lowerBound } from '../sorted.js';
import { StemView, tokenize, type Lexicon, type Tag } from '../lexicon/index.js';
import { ANSWER_STEMS, IF_WORDS, PRICE_WORD_STEMS, SPEECH_STEMS } from '../lexicon/words.js';
import type { Blocks, Paragraph } from './blocks.js';
import { OUR_NUMBERS, namedOwnersBound, namesTheirSide, normalizeLabel, type Concept, type Vocabulary } from './concepts.js';
import type { Cell, Fact, FrontmatterInfo, Item, Row } from './model.js';
import { ANSWER_MARK, SPEAKER_LINE, SPEAKER_PREFIX, speakerName, capsTitle, CURRENCY_LEAD, NO_DEAL_TITLE, REASON_LABEL, REASON_TAIL, REMARK_COLUMN, TOTAL_CELL, WALK_AWAY_SHORT } from '../lexicon/shapes.js';
import { allMatches } from '../matches.js';
import { DEFINITION_MARK, definitionTermAt, hangingTitleAt, plainTitleAt } from './title-lines.js';

/** What the fact readers share: the texts, the blocks and the amount index. */
export interface FactContext {
  text: string;
  clean: string;
  lines: LineIndex;
  vocabulary: Vocabulary;
  lexicon: Lexicon;
  blocks: Blocks;
  paragraphLines: Map<Paragraph, Span[]>;
  amountsIn(span: Span): Amount[];
  frontmatter?: FrontmatterInfo;
  currency?: string;
}

// "Q: What's our walk-away? A: $310k", "**Q3. Who signs?**" — with or without the answer on the line.
// Other languages mark the question with their own letter or word (V: Vraag, F: Frage, P: Pregunta/Pergunta/Pytanie,
// D: Domanda) and bilingual plans give both ("V: Waar stoppen we? / Q: Where do we stop?"): the pair is one label.
// …and the Scandinavian, Finnish and Czech words ("Spørsmål: Hva åpner vi med?", "Fråga:", "Kysymys:", "Otázka:").
const QA_MARK = String.raw`(?:[QVFPD]|Question|Frage|Vraag|Pregunta|Pergunta|Domanda|Pytanie|Spørsmål|Sporsmal|Spørgsmål|Sporgsmal|Fråga|Fraga|Kysymys|Otázka|Otazka)\s*\d*\s*[:.)]`;
const QA_RE = new RegExp(String.raw`^(\s{0,12}${QA_MARK}\s*)([^?\n]{2,120}\?(?:\s*\/\s*(?:${QA_MARK}\s*)?[^?\n]{2,120}\?)?)\s*(?:(?:[AR]\s*[:.)]\s*)?([\s\S]*))?$`, 'i');
// "**Marieke:** So what is the lowest you would sign at?" ⏎ "**Lotte:** 118.000 € base…": an interview written as a
// dialogue; the question is the label, the next speaker's reply its answer.
const DIALOGUE_Q_RE = /^(\s{0,12}\*{0,2}\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?\s*:\s*\*{0,2}\s*)([^?\n]{2,140}\?)\s*()$/u;
const DIALOGUE_REPLY_RE = /^\s*\*{0,2}\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?\s*:\s*\*{0,2}\s*\S/u;
const QA_BARE_RE = new RegExp(String.raw`^(\s{0,12}(?:Q|Question)\s*\d*\s*[:.)]\s*)(\S[^?\n]{1,118}?)\s*()$`, 'i');
// "4.3 Floor. £38 per employee per annum.": a numbered clause whose first sentence is its label.
// A word and a number or letter that count the parts of a plan ("Decision 4", "Topic B", "Item 12"); not
// "Plan B", which names our alternative.
const ENUMERATED_RE = /^(?!plan\b)\p{L}{2,20}\s+(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[A-H])\.?$/iu;
// A line that is bold from end to end ("**Decision 4: Our ceiling.**").
const BOLD_LINE_RE = /^(\*\*|__)[^*_\n]+\1$/;
// A figure that makes the rest of a bold line a value, not more of its title: money, a percentage, a number past a
// count ("to be verified at session 2" is still a title; "– $300k" is not).
const TITLE_FIGURE = /[$€£¥₹₩%]|\d{3}|\d[.,]\d/;
const SECTION_MARK_RE = /^(?:(?:section|part|chapter|§)\s*)?(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[A-H])\.?$/i;
// "Reservation price. The Company will not…", "7. Opening position. The Company opens at…": a short
// run-in title that ends with a full stop and is followed by its text on the same line.
// "**Your floor.** £2,700.": a run-in label's value may open with a figure as well as a capital.
// "WALK", "Walk away", "If we walk": walking itself, not the point where we do.
const WALK_WORD = /^\W*(?:if (?:we|i) )?walk(?:[ -]?away)?\W*$/i;
// "**Walk away point** we say 38,400", "- __Target__ $46,500": a bold name, then its value on the same line.
const BOLD_HEAD_VALUE_RE = /^([ \t]{0,8}(?:[-*+][ \t]+)?)(\*\*|__)([^*_\n:]{2,40}?)\2[ \t]+(?=[^\s:—–(-])/;
// Negotiation shorthand for our three numbers (reservation, target, opening point), as a label of its own.
const POSITION_INITIALS = /^[\W_]*(?:our\s+)?(?:rp|tp|op|laa|mdo|msp)[\W_]*$/i;

/**
 * "RP £410k", "OP: € 880.000": initials name one of our numbers only next to its figure. "[OP: the coating change…]",
 * a glossary's "| TP | Target point |" and "Rp 68.000 per meter" (the rupiah, written so) name none.
 */
export function initialsWithoutFigure(f: { concept: Concept; source: Fact['source']; label: { text: string }; value: { text: string } }): boolean {
  if (!OUR_NUMBERS.has(f.concept) || (f.source !== 'label' && f.source !== 'table')) return false;
  const label = f.label.text.trim();
  if (!POSITION_INITIALS.test(label)) return false;
  return !LEADS_WITH_FIGURE.test(f.value.text) || (/^\W*Rp\.?$/.test(label) && /^\s*\d/.test(f.value.text));
}
const RUN_IN_RE = /^(\s{0,12})(\p{Lu}[^.:!?\n]{2,40}?)(\.[ \t]+)((?:\p{Lu}|\p{Sc}|\d)[\s\S]*)$/u;
const NUMBERED_LABEL_RE = /^(\s{0,12}\d+(?:\.\d+)+\.?\s+)([^.:\n]{2,60}?)(\.\s+)(\S[\s\S]*)$/;
// "Section 2 – Price", "Part B: Money", "3) Concessions" standing alone on a line.
const PSEUDO_HEADING_RE = /^\s{0,3}(?:(?:section|part|step)\s+[\dIVXA-H]+\b[^\n]{0,60}|\d{1,2}[.)]\s+[^\n.!?]{1,50})$/i;
// What follows a plain title line: a list item or a table row, on the next line or after one blank line.
const LIST_OR_TABLE_NEXT = /^[ \t]*\n(?:[ \t>]*\n)?(?:[ \t]{0,3}>){0,3}[ \t]{0,3}(?:[-*+•]|\d{1,2}[.)]|\|)[ \t]/;
// "IV. Price positions": a Roman-numbered outline heading.
const ROMAN_HEADING_RE = /^\s{0,3}[IVX]{1,5}[.)]\s+\p{Lu}[^\n.!?]{1,70}$/u;

// A bold title followed only by a remark in brackets, with or without a colon: "**Walk-away** (agreed with Finance):".
const BOLD_LEAD_RE = /^(\*\*|__)([^*_]+)\1[ \t]*\([^()\n]{1,120}\)[ \t]*:?[ \t]*$/;
// "Label: value", "Label — value", "Label = value", "Label -> value".
// "Bottom line... honestly I haven't pinned it down": an ellipsis after a label sets it off as a colon does.
// "opening:: 240": a note app's inline property writes its colon twice.
const LABEL_RE = /^([ \t]{0,12})((?:[^:\n—–=→|…(]|\([^()\n]{0,60}\)){1,80}?)([ \t]{0,8}(?:::?|—|–|=|→|->|[ \t]-[ \t]|(?<=\p{L})[ \t]?(?:\.{3,40}|…)(?=[ \t]))[ \t]*)([\s\S]*)$/u;
// An outline's marker before a label ("C. Ceiling: $42.00", "IV) Target:"): not part of the label.
const ANSWER_MARK_RE = /^[ \t]{0,12}(?:A|R|Answer|Antwort|Antwoord|Respuesta|Resposta|Risposta|Réponse|Reponse)[ \t]*:[ \t]+(?=\S)/;
// "B.1 — Abertura / Opening:", "2.3 – Floor:" number their label with a dash after the marker.
// "[06/05 10:31] First ask: 32%": notes kept with a timestamp per entry, as CRM notes are.
const STAMP_RE = /^[ \t]{0,12}\[(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:[ T]\d{1,2}:\d{2})?|\d{1,2}:\d{2})\][ \t]+(?=\S)/;
// A diary's day in bold ("**Wed 10 Apr.** Trades. …") dates the entry the same way (read on the raw line: the clean text has no bold marks).
// A money figure is no time ("**Opening – €249,000.** Grounds we can show them:").
const BOLD_STAMP_RE = /^[ \t]{0,12}(?:\*\*|__)(?=[^*_:\n]{0,12}\d)(?![^*_:\n]{0,24}[$€£¥₹₩%])[^*_:\n]{3,24}(?:\*\*|__)[ \t]+(?=\S)/;
const OUTLINE_MARK_RE = /^[ \t]{0,12}(?:(?:[IVX]{1,5}|[A-Za-z]|\d{1,2})(?:\.\d{1,2}){0,3}(?:[.)][ \t]+(?:[—–][ \t]+)?|[ \t]+[—–][ \t]+|(?<=\d)[ \t]+(?=\p{Lu}))|(?:→|⇒|»|->|=>)[ \t]+)(?=\S)/u;
// "Bottom line? Honestly, …": a label asked as a question with its answer after it on the line.
const QUESTION_LEAD_RE = /^([ \t]{0,12})([^?\n:]{2,40})\?[ \t]+(?=\S)/;
// "Plan — opening: ₹298": a word before a dash files the label that follows it (what the line is, not what it is about).
const DASH_THEN_LABEL = /^([^:\n—–]{1,40}?)[ \t]*:[ \t]*(?=\S)/;
// "Ask:" (or a checklist's "[ ] Ask:") standing alone: our price when it states one, a question for them when it asks one.
const ASK_LABEL = /^\W*(?:\[[ xX]\]\s*)?ask\W*$/i;

/** `<b><u>Title</u></b><br>` → `**Title**`; other lines unchanged. */
function htmlBold(line: string): string {
  // "【13. 要確認 Assumptions to verify】": a title in corner brackets, as Japanese and Chinese documents mark them.
  const bracketed = /^【([^【】\n]{1,80})】$/.exec(line);
  if (bracketed) return `**${bracketed[1]}**`;
  if (!line.includes('<')) return line;
  const m = /^<(b|strong)>((?:<(?:u|i|em)>)*)([^<>\n]+)((?:<\/(?:u|i|em)>)*)<\/\1>(?:\s*<br\s*\/?>)?$/i.exec(line);
  return m ? `**${m[3]}**` : line;
}

/**
 * A label is a phrase, not sentences: no sentence end inside it. An abbreviation before a
 * lower-case word ("Alt. if > US$36,000", "Est. value") ends nothing.
 */
function isPhrase(label: string): boolean {
  return !/[.!?]\s/.test(label.replace(/^\s*\p{L}{2,5}\.(?=\s+\p{Ll})/u, ''));
}

/** Sections whose heading names a concept. */
export function headingFacts(ctx: FactContext): Fact[] {
  const { clean, vocabulary, lexicon, amountsIn } = ctx;
  const { headings } = ctx.blocks;
  const facts: Fact[] = [];
  for (const s of headings) {
    // The document's title names the deal, not a part of the plan: only an exact name counts there
    // ("# Walk-away point" does; "# Pre-negotiation objectives memorandum" is not a target).
    const contained = !(s.index === 0 && s.depth === 1);
    // "## Move 4 – price challenge", "## Step 2: Concessions": an enumerator names nothing; the title after it does.
    const enumerated = s.label !== s.title && ENUMERATED_RE.test(s.label.trim());
    s.concepts = enumerated ? [] : vocabulary.match(s.label, { contained });
    if (s.concepts.length === 0 && s.label !== s.title) s.concepts = vocabulary.match(s.title, { contained });
    // "## Pinned: assumptions to verify", "## Day 2 — Concessions": a tag before the separator, the name after it.
    if (s.concepts.length === 0 && s.label !== s.title) {
      const after = s.title.slice(s.label.length).replace(/^\s*[:—–-]\s*/, '');
      if (after) s.concepts = vocabulary.match(after, { contained });
    }
    // A heading a little off the alias list ("## OPEN @", "## If negotiations fail") names a position when the
    // lexicon reads one in it and its body holds an amount (or, for the no-deal case, says something).
    if (s.concepts.length === 0 && contained) {
      const body = s.headingValue ?? { start: s.bodyStart, end: s.end };
      s.concepts = questionConcepts(s.label, lexicon, LABEL_TAGS).filter((c) =>
        c === 'alternative' ? /\p{L}{3}/u.test(clean.slice(body.start, body.end)) : amountsIn(body).some((a) => a.kind === 'money'),
      );
    }
    // "## If Mehmet says 27.000 € doesn't work for 300 covers": their words on our number, not our no-deal case.
    const readAsNoDeal = s.concepts.length === 1 && s.concepts[0] === 'alternative' && CASE_LEAD.test(s.title) && SAYS.test(s.title);
    if ((s.concepts.length === 0 || readAsNoDeal) && contained && (challengeTitle(s.label, lexicon) || (s.title !== s.label && challengeTitle(s.title, lexicon)))) s.concepts = ['price-challenge'];
    // "## If we don't book it", "## If it goes the other way": our no-deal case as a heading heads what we do instead.
    if (s.concepts.length === 0 && contained && s.title.length <= 60 && NO_DEAL_TITLE.test(normalizeLabel(s.title))) s.concepts = ['alternative'];
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

  return facts;
}

/**
 * "- 10. Assumptions to verify" parses as a numbered list inside a bullet: the bullet, which starts on the same line and
 * holds the nested points, is the branch.
 */
const spanOf = (item: Item): Span => ({ start: item.start, end: item.end });

function branchItem(text: string, item: Item): Item {
  let owner = item;
  while (owner.parent && !text.slice(owner.parent.start, owner.start).includes('\n')) owner = owner.parent;
  return owner;
}

/** Labelled lines; a label with nothing after it owns what follows, up to the next label or heading. */
export function labelFacts(ctx: FactContext): Fact[] {
  const { text, clean, vocabulary, lexicon, amountsIn } = ctx;
  const { headings, paragraphs, sectionAt } = ctx.blocks;
  const { paragraphLines } = ctx;
  const labelFacts: Fact[] = [];
  // Lines that start a part of the plan without being headings: bold-only lines, "Section 2 –", Q&A questions.
  const pseudoHeadings: number[] = [];
  // A chat's messages and their writers: a lead-in's list ends where another writer begins ("Olivier Garnier 09:41").
  const messageStarts: { at: number; writer: string }[] = [];
  const bareOffers: { label: Span & { text: string }; value: Span; line: Span; section: Fact['section'] }[] = [];
  const itemLabels = new Set<number>();
  const memoTitles = memoTitleItems(ctx);
  for (const [pi, p] of paragraphs.entries()) {
    // "Their side" ⏎ "- their options: …": a short line standing alone over a list titles it, and so ends the part
    // before it, whatever it names.
    const over = paragraphs[pi + 1];
    if (!p.item && over?.item && !/\n[ \t]*\n/.test(text.slice(p.end, over.start))) {
      const alone = clean.slice(p.start, p.end).trim();
      if (!/\n/.test(alone) && /^\p{Lu}/u.test(alone) && wordCount(alone) <= 8 && !/[.!?:;,]$/.test(alone)) pseudoHeadings.push(p.start);
      // "If Mr. Rao says 'your rate is higher than ColdStar', reply with value first:" over its list: a case and its play
      // start a part of their own, as a heading would.
      else if (/[:"”»]$/.test(alone.split('\n')[0]!.trim()) && IF_WORDS.has(/^\p{L}+/u.exec(alone.replace(CASE_NUMBER, ''))?.[0]?.toLowerCase() ?? '')) pseudoHeadings.push(p.start);
    }
    for (const line of paragraphLines.get(p) ?? []) {
      const lineText = clean.slice(line.start, line.end);
      // Text pasted from an email or a word processor marks its titles with HTML ("<b><u>Moves I can make</u></b><br>"):
      // read such a line as the bold line it is.
      const rawLine = htmlBold(text.slice(line.start, line.end).trim());
      // After an outline marker the label starts further in; offsets below count from `labelBase`.
      let outline: readonly [string] | null = OUTLINE_MARK_RE.exec(lineText) as [string] | null;
      if (!outline) {
        // "[12/06/25, 9:44:11 PM] Arjun Mehta: Floor is ₹32 lakh", "03/09/25, 22:02 - Ale Ruiz: $1,250,000 MXN…": the
        // writer named before the words, in the export's own way, unless that name is a label ("[06/05 10:35] Floor:").
        const prefix = SPEAKER_PREFIX.exec(lineText);
        if (prefix) messageStarts.push({ at: line.start, writer: speakerName(prefix) });
        else if (SPEAKER_LINE.test(lineText)) messageStarts.push({ at: line.start, writer: lineText.replace(/[\d:/.,\[\]()*_|—–·-]+/g, ' ').trim() });
        const name = prefix ? speakerName(prefix).replace(/[()]/g, ' ') : undefined;
        if (prefix && name && vocabulary.match(name, { contained: false }).length === 0) outline = [prefix[0]];
        else outline = (STAMP_RE.exec(lineText) ?? BOLD_STAMP_RE.exec(text.slice(line.start, line.end))) as [string] | null;
      }
      // "A: Assumptions to verify:" — a Q&A answer that opens with a label of its own.
      const answer = outline ? null : ANSWER_MARK_RE.exec(lineText);
      const marker = outline ?? answer;
      const labelBase = line.start + (marker ? marker[0].length : 0);
      let m = LABEL_RE.exec(marker ? lineText.slice(marker[0].length) : lineText);
      // "Concessions (what we give – what we get)": a dash inside a parenthesis does not end a label.
      if (m && (m[2]!.match(/\(/g) ?? []).length > (m[2]!.match(/\)/g) ?? []).length) m = null;
      const numbered = NUMBERED_LABEL_RE.exec(lineText);
      let labelSpan: Span | undefined;
      let valueSpan: Span | undefined;
      // The first line of a list item: a label there owns the whole item (with nested items).
      const firstLineOfItem = Boolean(p.item && line.start === paragraphLines.get(p)![0]!.start && p.start <= p.item.start + 6);
      // "q: whats the max we pay" ⏎ "a: …": a Q&A written fast, without its question mark, answered on the next line;
      // "**Q: Assumptions to verify**" alone in its paragraph titles the lines under it.
      const qa =
        QA_RE.exec(lineText) ??
        (ANSWER_MARK.test(clean.slice(line.end + 1, line.end + 16)) || (!p.item && paragraphLines.get(p)!.length === 1) ? QA_BARE_RE.exec(lineText) : null) ??
        (DIALOGUE_REPLY_RE.test(clean.slice(line.end + 1, line.end + 60).replace(/^\s*\n/, '')) ? DIALOGUE_Q_RE.exec(lineText) : null);
      let qlead: RegExpExecArray | null = null;
      let lineIndex = -1;
      let memoTitle = false;
      let boldHead: RegExpExecArray | null = null;
      // A worksheet's prompt: a question alone on the first line of its paragraph, answered on the lines under it
      // ("What is the most we would pay?" ⏎ "Walk-away: SGD 320,000 for the year.").
      const firstLines = paragraphLines.get(p)!;
      const prompt =
        !qa && !p.item && !marker && firstLines.length > 1 && line.start === firstLines[0]!.start && /\?\s*$/.test(lineText) && wordCount(lineText) <= 18 &&
        !/\?\s*$/.test(clean.slice(firstLines[1]!.start, firstLines[1]!.end));
      if (prompt) {
        const lead = lineText.length - lineText.trimStart().length;
        labelSpan = { start: line.start + lead, end: line.start + lineText.trimEnd().length };
        valueSpan = { start: firstLines[1]!.start, end: p.end };
        pseudoHeadings.push(line.start);
        m = null;
      } else if (!m && firstLineOfItem && memoTitles.has(p.item!.start)) {
        // "11. To check before Thursday" ⏎ ⏎ "- I assume…": a memo's numbered titles, which Markdown reads as list
        // items, start its parts, as they would written "11 – To check before Thursday"; text run on under one is its own.
        const title = lineText.split('\n')[0]!;
        const lead = title.length - title.trimStart().length;
        labelSpan = { start: line.start + lead, end: line.start + title.trimEnd().length };
        valueSpan = { start: labelSpan.end, end: labelSpan.end };
        pseudoHeadings.push(p.item!.start);
        memoTitle = true;
        m = null;
      } else if (qa) {
        // "Q: What's our walk-away? A: $310k": the question is the label, the answer its value.
        // "YH: Start with your limit. What is the highest you will pay?": what is asked is the last sentence; the prompt
        // before it names no part of the plan.
        const asked = qa[2]!;
        let skip = 0;
        if (/\?\s*$/.test(asked)) for (const b of asked.matchAll(/[.!]\s+(?=\p{Lu})/gu)) skip = b.index! + b[0].length;
        const labelStart = line.start + qa.index + qa[1]!.length + skip;
        labelSpan = { start: labelStart, end: labelStart + asked.length - skip };
        // "**Q: What are we guessing?** (assumptions to verify before 16 Jul)": a remark in brackets is no answer; the lines under it are.
        let answer = /^[\s*_]*\([^()]*\)[\s*_:]*$/.test(qa[3] ?? '') ? '' : (qa[3] ?? '');
        // "**Q: ¿Qué estamos suponiendo? / Assumptions to verify**": a gloss after a slash translates the question; the
        // lines under it answer.
        if (/^[\s*_]*\/\s*[^/\n]{2,60}$/.test(answer)) {
          let end = answer.length;
          while (end > 0 && ' \t*_'.includes(answer[end - 1]!)) end--;
          labelSpan = { start: labelSpan.start, end: line.end - (answer.length - end) };
          answer = '';
        }
        valueSpan = { start: line.end - answer.length, end: line.end };
        pseudoHeadings.push(line.start);
        m = null;
      } else if ((!m || /\?/.test(m[2]!)) && (qlead = QUESTION_LEAD_RE.exec(lineText.slice(labelBase - line.start))) && wordCount(qlead[2]!) <= 4 && vocabulary.match(questionHead(qlead[2]!), { contained: false }).length > 0) {
        // "Floor on the royalty? I'm not pinning a number on it yet.": a label and what it is for, asked and answered.
        // "- Bottom line? Honestly, I'd rather not fix one.": a short label asked as a question, answered on its line.
        const labelStart = labelBase + qlead[1]!.length;
        labelSpan = { start: labelStart, end: labelStart + questionHead(qlead[2]!).length };
        valueSpan = { start: labelBase + qlead[0].length, end: line.end };
      } else if (numbered && wordCount(numbered[2]!) <= 6 && !(m && wordCount(m[2]!) <= 8 && isPhrase(m[2]!))) {
        const labelStart = line.start + numbered[1]!.length;
        labelSpan = { start: labelStart, end: labelStart + numbered[2]!.length };
        valueSpan = { start: labelStart + numbered[2]!.length + numbered[3]!.length, end: line.end };
        m = null;
      } else if ((!m || wordCount(m[2]!) > 8 || /[.!?]\s/.test(m[2]!)) && (boldHead = BOLD_HEAD_VALUE_RE.exec(text.slice(line.start, line.end))) !== null && vocabulary.match(boldHead[3]!.trim()).length > 0) {
        // "**Walk away point comma** we say 38,400 full stop.": a bold name with its value after it, no colon between.
        const labelStart = line.start + boldHead[1]!.length + boldHead[2]!.length;
        labelSpan = { start: labelStart, end: labelStart + boldHead[3]!.trimEnd().length };
        valueSpan = { start: line.start + boldHead[0].length, end: line.end };
        m = null;
      } else if (!(m && wordCount(m[2]!) <= 8 && isPhrase(m[2]!)) && runIn(lineText.slice(labelBase - line.start), vocabulary, lexicon)) {
        const r = RUN_IN_RE.exec(lineText.slice(labelBase - line.start))!;
        const labelStart = labelBase + r[1]!.length;
        labelSpan = { start: labelStart, end: labelStart + r[2]!.length };
        valueSpan = { start: labelStart + r[2]!.length + r[3]!.length, end: line.end };
        m = null;
      } else if (
        m && /:/.test(m[3]!) && ENUMERATED_RE.test(m[2]!.trim()) &&
        // Bold, or a paragraph of its own ("Part E: What we can give — and what we become for it", with a blank line after).
        (BOLD_LINE_RE.test(rawLine) || (!p.item && p.start >= line.start && p.end <= line.end + 1)) &&
        wordCount(m[4]!) <= 10 && !TITLE_FIGURE.test(m[4]!) && !/[.!?]\s*\S/.test(m[4]!.trim())
      ) {
        // "**Decision 4: Our ceiling.**", "**Topic 2: If they push on price**": a bold line that numbers its
        // title; the title after the colon names the part of the plan, the enumerator names nothing.
        const valueStart = labelBase + m[1]!.length + m[2]!.length + m[3]!.length;
        labelSpan = { start: valueStart, end: valueStart + m[4]!.trimEnd().replace(/[.:]+$/, '').length };
        valueSpan = { start: line.end, end: line.end };
        pseudoHeadings.push(line.start);
        m = null;
      } else if (m && /[–—→]|->/.test(m[3]!) && BOLD_LINE_RE.test(rawLine) && wordCount(lineText) <= 14 && !TITLE_FIGURE.test(m[4]!) && !/[.!?]\s*\S/.test(m[4]!.trim())) {
        // "**Annahmen – zu prüfen / Assumptions to verify**", "**Wisselgeld / what we give → what we get**": a bold line
        // is a title whole, dash or arrow and all; what stands after it is more of the title, not a value.
        const labelStart = labelBase + m[1]!.length;
        labelSpan = { start: labelStart, end: line.start + lineText.trimEnd().length };
        valueSpan = { start: line.end, end: line.end };
        pseudoHeadings.push(line.start);
        m = null;
      } else if (
        m && /[–—]/.test(m[3]!) && wordCount(m[2]!) <= 3 && DASH_THEN_LABEL.test(m[4]!) &&
        vocabulary.match(m[2]!, { contained: false }).length === 0 && vocabulary.match(DASH_THEN_LABEL.exec(m[4]!)![1]!, { contained: true }).length > 0
      ) {
        const inner = DASH_THEN_LABEL.exec(m[4]!)!;
        const labelStart = labelBase + m[1]!.length + m[2]!.length + m[3]!.length;
        labelSpan = { start: labelStart, end: labelStart + inner[1]!.trimEnd().length };
        valueSpan = { start: labelStart + inner[0].length, end: line.end };
        m = null;
      } else if (m && /[–—]|\s-\s/.test(m[3]!) && SECTION_MARK_RE.test(m[2]!.trim()) && wordCount(m[4]!) <= 8 && !/[.!?]\s*\S/.test(m[4]!.trim())) {
        // "Section 7 – Give / get", "8 – Give and take": the marker is no label; the title after it is,
        // and it starts a part of the plan.
        const valueStart = labelBase + m[1]!.length + m[2]!.length + m[3]!.length;
        labelSpan = { start: valueStart, end: valueStart + m[4]!.trimEnd().length };
        valueSpan = { start: line.end, end: line.end };
        pseudoHeadings.push(line.start);
        m = null;
      } else if (
        !m && outline && !p.item && !/[.!?]\s*\S/.test(lineText.slice(outline[0].length).trim()) &&
        (wordCount(lineText.slice(outline[0].length)) <= 8 || (BOLD_LINE_RE.test(rawLine) && wordCount(lineText.slice(outline[0].length)) <= 16))
      ) {
        // "8 – Give and take", "B.2 — Numbers": a numbered title alone on its line starts a part of the plan; in bold it may
        // run longer ("**8. Things Peach State hears from us on Thursday, not later**").
        labelSpan = { start: labelBase, end: line.start + lineText.trimEnd().length };
        valueSpan = { start: line.end, end: line.end };
        pseudoHeadings.push(line.start);
      } else if (m && ((wordCount(m[2]!) <= 8 && (/:/.test(m[3]!) || wordCount(m[2]!) <= 6)) || (m[4]!.trim() === '' && /:/.test(m[3]!) && wordCount(m[2]!) <= 12) ||
        // "**Se não houver acordo abaixo de 1,50 €/kg:**": a no-deal case that names its figure runs longer.
        (/:/.test(m[3]!) && /\d/.test(m[2]!) && wordCount(m[2]!) <= 12 && NO_DEAL_TITLE.test(normalizeLabel(m[2]!))) ||
        // "floor I never go under for a 60 kegs/mo account: $138/keg": one of our numbers, said at length, then its figure.
        (/:/.test(m[3]!) && wordCount(m[2]!) <= 12 && /^[\s*_]*(?:[$€£¥₹₩]|[A-Z]{3}\s?)\d/.test(m[4]!) && vocabulary.match(m[2]!).some((c) => OUR_NUMBERS.has(c)))) && isPhrase(m[2]!)) {
        // A lead-in that ends its line with a colon may run longer ("What I can give, and only ever for something back:").
        const labelStart = labelBase + m[1]!.length;
        labelSpan = { start: labelStart, end: labelStart + m[2]!.trimEnd().length };
        const valueStart = labelStart + m[2]!.length + m[3]!.length;
        valueSpan = { start: valueStart, end: line.end };
        // "**Annahmen – vor dem 6. März klären.**": a line entirely in bold, its remark after a dash, is a title for the
        // lines under it, as a bold line is ("**Target — $360/kg.**" states its figure).
        if (!p.item && !/:/.test(m[3]!) && BOLD_LINE_RE.test(rawLine) && !/^[\s*_]*(?:[\d$€£¥₹₩]|[A-Z]{3}\s?\d)/.test(m[4]!)) {
          valueSpan = { start: line.end, end: line.end };
          pseudoHeadings.push(line.start);
        }
      } else if (BOLD_LEAD_RE.test(rawLine) && wordCount(BOLD_LEAD_RE.exec(rawLine)![2]!) <= 8) {
        // "**Assumptions I still need to verify** (I will check these with Leena before the 4th):" — a bold title with
        // a remark in brackets after it: the bold words are the label, and the line starts a part as a bold line does.
        const raw = text.slice(line.start, line.end);
        const inner = BOLD_LEAD_RE.exec(rawLine)![2]!;
        const at = raw.indexOf(inner);
        labelSpan = { start: line.start + at, end: line.start + at + inner.trimEnd().length };
        valueSpan = { start: line.end, end: line.end };
        pseudoHeadings.push(line.start);
        m = null;
      } else if (
        BOLD_LINE_RE.test(rawLine) &&
        (wordCount(lineText) <= 8 ||
          (wordCount(lineText) <= 14 &&
            (/[?:]\s*$/.test(lineText) || /\s\/\s/.test(lineText) ||
              // "**5. What we can give and what we ask for**": a longer bold title that names a part of the plan.
              (!/[.!]\s*$/.test(lineText) && vocabulary.match(lineText.replace(/^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, ''), { contained: true }).length > 0) ||
              // "**If Tay says longer terms are too costly for them**": a bold title that states their challenge.
              (!/[.!]\s*$/.test(lineText) && challengeTitle(lineText.trim(), lexicon)))))
      ) {
        // A bilingual title says it twice ("**Hipóteses a validar / Assumptions to check before the 20th**").
        // A bold question or lead-in may run longer than a title ("**What can we move on, and what do we get?**").
        // A line that is entirely bold acts as a label for what follows.
        const lead = lineText.length - lineText.trimStart().length;
        labelSpan = { start: line.start + lead, end: line.start + lineText.trimEnd().length };
        valueSpan = { start: line.end, end: line.end };
        pseudoHeadings.push(line.start);
        m = null;
      } else if (
        // "11. *Opening number?*": the question may stand in emphasis.
        /\?[*_]{0,2}\s*$/.test(lineText) &&
        wordCount(lineText) <= 18 &&
        (outline || firstLineOfItem) &&
        // The answer under it may be words or only a figure ("$1,020,000.").
        /\p{L}{3}|\d/u.test(clean.slice(line.end, p.item ? p.item.end : p.end))
      ) {
        // "7. What is the most we will pay before we walk away?" with the answer under it in the same item:
        // a plan written as the questions its author asks, each answered below.
        const lead = outline ? outline[0].length : lineText.length - lineText.trimStart().length;
        labelSpan = { start: line.start + lead, end: line.start + lineText.trimEnd().length };
        valueSpan = { start: line.end, end: p.item ? p.item.end : p.end };
        pseudoHeadings.push(line.start);
        m = null;
      } else if (
        !m &&
        firstLineOfItem &&
        // "Límite / Walk-away (máximo que pagamos / the most we pay)": a remark in brackets is no part of the branch's name.
        wordCount(lineText.replace(/\([^()]*\)/g, ' ')) <= 6 &&
        !/[.!?]\s*$/.test(lineText.trim()) &&
        // Its points may be lettered by hand ("   a) I assume…", "   ii) …"), which Markdown keeps as lines of the item.
        /\n[ \t]+(?:[-*+]|\d+[.)]|[a-h][.)]|[ivx]{1,4}[.)])\s/.test(clean.slice(line.end, branchItem(text, p.item!).end)) &&
        vocabulary.match(lineText.slice(labelBase - line.start).replace(/^\s*(?:\[[ xX]\]\s*)?/, '').trim()).length > 0
      ) {
        // A mind-map branch ("- Assumptions to verify" with its points nested under it) names the part its points belong to;
        // an outline's number before it ("- 10. Assumptions to verify") is no part of the name.
        const branch = lineText.slice(labelBase - line.start);
        const lead = labelBase - line.start + branch.length - branch.trimStart().length;
        labelSpan = { start: line.start + lead, end: line.start + lineText.trimEnd().length };
        valueSpan = { start: line.end, end: branchItem(text, p.item!).end };
      } else if (!m && (!p.item || firstLineOfItem) && capsTitle(lineText.slice(labelBase - line.start))) {
        // "ALS WE NIET TEKENEN", "3) IF WE DON'T FIX HER": a line in capitals standing alone titles what follows, as a
        // bold line does; the first line of a list item titles the rest of the item.
        const lead = lineText.length - lineText.trimStart().length;
        labelSpan = { start: Math.max(labelBase, line.start + lead), end: line.start + lineText.trimEnd().length };
        valueSpan = p.item ? { start: line.end, end: p.item.end } : { start: line.end, end: line.end };
        if (!p.item) pseudoHeadings.push(line.start);
      } else if (
        !m && !marker && (lineIndex = firstLines.indexOf(line)) < firstLines.length - 1 &&
        (hangingTitleAt(text, line.start, line.end) || definitionTermAt(text, line.start, line.end) || (lineIndex === 0 && !p.item && plainTitleAt(text.slice(line.start, line.end), text.slice(firstLines[1]!.start, firstLines[1]!.end)))) &&
        vocabulary.match(lineText.replace(/\\\s*$/, '').trim()).length > 0
      ) {
        // "Walk-away point (Schmerzgrenze)" ⏎ "    1.290.000 EUR…": a title with its value indented under it; "Who decides,
        // when, and with what money" ⏎ "Marlene Dubois…": a plain title on the first line of its paragraph.
        const lead = lineText.length - lineText.trimStart().length;
        labelSpan = { start: line.start + lead, end: line.start + lineText.replace(/\\\s*$/, '').trimEnd().length };
        const next = firstLines[lineIndex + 1]!;
        const nextText = clean.slice(next.start, next.end);
        valueSpan = { start: next.start + (DEFINITION_MARK.exec(nextText)?.[0].length ?? nextText.length - nextText.trimStart().length), end: next.end };
        if (lineIndex === 0) pseudoHeadings.push(line.start);
      } else if (
        !m && !p.item && !marker && firstLines.length === 1 && wordCount(lineText) <= 10 && !/[.!?,;]\s*$/.test(lineText.trim()) &&
        (LIST_OR_TABLE_NEXT.test(clean.slice(line.end, line.end + 120)) || (wordCount(lineText) <= 8 && /^[ \t]*\n[ \t]*\n/.test(clean.slice(line.end, line.end + 40)))) &&
        // "If Sandeep says $1.95m is too much" over the list that answers it: a challenge as a title.
        (vocabulary.match(lineText.trim()).length > 0 || challengeTitle(lineText.trim(), lexicon))
      ) {
        // "Give / get" ⏎ "- Rate to $36.75 ← 3-yr term": a plain line naming a part, alone in its paragraph with a list
        // or a table under it, or a blank line after it ("If we walk" ⏎ ⏎ "If we can't get R900 000…"), titles what
        // follows as a heading would, though it is neither bold nor marked.
        const lead = lineText.length - lineText.trimStart().length;
        labelSpan = { start: line.start + lead, end: line.start + lineText.trimEnd().length };
        valueSpan = { start: line.end, end: line.end };
        pseudoHeadings.push(line.start);
      } else if ((PSEUDO_HEADING_RE.test(lineText) || ROMAN_HEADING_RE.test(lineText)) && !p.item) {
        pseudoHeadings.push(line.start);
        // "V. CONCESSION STEPS", "3) Concessions": a numbered title standing alone labels what follows, as a bold line does.
        const title = /^(\s*(?:[IVX]{1,5}|\d{1,2})[.)]\s+)([^\n.!?:—–]+?)\s*$/.exec(lineText);
        if (title && wordCount(title[2]!) <= 8) {
          labelSpan = { start: line.start + title[1]!.length, end: line.start + title[1]!.length + title[2]!.length };
          valueSpan = { start: line.end, end: line.end };
        }
      }
      // "opn 1.24m", "tgt 7,850", a phone note's "- 🔴 ceiling 4.6cr": a short name and its figure, with nothing between them.
      // In a list, where "Max €1.75m if all three go" is a step of something else, only a position's name labels it.
      // "🔴 floor 1.150. below = no": a label that runs over a sentence's end is no label; the shorthand before it may be.
      const bare = !labelSpan && (!m || /[.!?]\s/.test(m[2]!)) ? SHORTHAND_LABEL.exec(lineText.slice(labelBase - line.start)) : null;
      // "Max €1.75m if all three go": an ordinary word before a figure sums something up; only a position's name labels it.
      // "W 2025 r. zapłaciliśmy…": a year after a one-letter word is a date (Polish "in 2025"), not a figure.
      if (bare && !/^(?:max|min|maximum|minimum|total|cap|top|limit|up|down|from|to)$/i.test(bare[2]!) && !(bare[2]!.length === 1 && /^(?:19|20)\d{2}(?![\d.,])/.test(lineText.slice(labelBase - line.start + bare[0].length))) && shortName(bare[2]!, vocabulary).some((c) => OUR_NUMBERS.has(c))) {
        const labelStart = labelBase + bare[1]!.length;
        labelSpan = { start: labelStart, end: labelStart + bare[2]!.length };
        valueSpan = { start: labelStart + bare[2]!.length + bare[3]!.length, end: line.end };
      }
      if (!labelSpan || !valueSpan) continue;
      let labelText = clean.slice(labelSpan.start, labelSpan.end).trim();
      const asked = Boolean(qa) || prompt;
      let concepts = vocabulary.match(asked ? `Q: ${labelText}` : labelText);
      // "Moves from £448k:", "Steps down from $1.2M:": the level a list of moves starts from, named after the part.
      const fromLevel = concepts.length === 0 ? FROM_LEVEL.exec(labelText) : null;
      if (fromLevel) concepts = vocabulary.match(fromLevel[1]!).filter((c) => c === 'concessions');
      if (concepts.length === 0 && WA_SHORTHAND.test(labelText)) concepts = ['walk-away'];
      // "WALK → go through the county co-op": walking, and where the arrow leads, is what we do then.
      if (concepts.length === 1 && concepts[0] === 'walk-away' && WALK_WORD.test(labelText) && /^\s*(?:→|->|=>)/.test(clean.slice(labelSpan.end, valueSpan.start))) concepts = ['alternative'];
      // Shorthand puts the number in the label ("floor $64k — below that we don't do it"): the label is what stands before it.
      const labelAmount = !asked && !fromLevel
        ? amountsIn({ start: labelSpan.start, end: labelSpan.end + 3 }).find(
            (a) =>
              a.start > labelSpan!.start &&
              a.start < labelSpan!.end &&
              // 'PRICE PUSHBACK ("JobStack is $26K cheaper")': a figure inside their quoted words is part of the title.
              !inQuote(text, a.start) && !inBrackets(text, labelSpan!.start, a.start) &&
              // "opn 132k = list price v7", "WA 96k — below that no margin": a bare figure after a known short name.
              (a.kind === 'money' ||
                (a.kind === 'number' && shortName(clean.slice(labelSpan!.start, a.start), vocabulary).some((c) => OUR_NUMBERS.has(c)))),
          )
        : undefined;
      if (labelAmount) {
        const shortLabel = clean.slice(labelSpan.start, labelAmount.start).trim();
        let shortConcepts = concepts.length > 0 ? concepts : shortLabel ? shortName(shortLabel, vocabulary) : [];
        if (shortConcepts.length === 0 && shortLabel) {
          shortConcepts = questionConcepts(shortLabel, lexicon, LABEL_TAGS).filter((c) => c !== 'alternative');
        }
        if (shortConcepts.length > 0) {
          concepts = shortConcepts;
          labelText = shortLabel;
          labelSpan = { start: labelSpan.start, end: labelSpan.start + shortLabel.length };
          valueSpan = { start: labelAmount.start, end: valueSpan.end };
        }
      }
      // A plan's own Q&A asks in its own words ("Q6. What's the most Meridian will pay?"): the lexicon reads it.
      // "What is their ask?": a question about their number asks about their side, not our position.
      if (asked && concepts.length === 0 && !namesTheirSide(labelText)) concepts = questionConcepts(labelText, lexicon);
      // 'Ja saka "Baltic competitors are at 175"': a rival named inside the words a case quotes is their challenge, not
      // a part about their alternative.
      if ((concepts.length === 0 || (CASE_LEAD.test(labelText) && QUOTED_WORDS.test(labelText) && concepts.every((c) => THEIR_SIDE.has(c)))) && challengeTitle(labelText, lexicon)) concepts = ['price-challenge'];
      // "Who makes the decision on our side?": a prompt's words name what its answer holds, not the plan's metadata.
      if (prompt) concepts = concepts.filter((c) => c !== 'side' && c !== 'currency');
      // "Q: If the Government walks away?", "Q: And if I walk?": a question about the no-deal case asks for our alternative.
      if (asked && /^\W*(?:(?:and|so|but)\s+)?(?:what\s+(?:(?:happens|do we do|do i do)\s+)?)?if\b/i.test(labelText.replace(/^\W*what\s+(?:do|will|would)\s+(?:we|i)\s+do\s+(?=if\b)/i, 'what if ')) && questionConcepts(labelText, lexicon).includes('alternative')) {
        concepts = [...concepts.filter((c) => c !== 'walk-away'), ...(concepts.includes('alternative') ? [] : (['alternative'] as Concept[]))];
      }
      // Other labels a little off the alias list ("Maximum we will pay:", "[x] Ceiling per unit:", "If Sonexa won't meet it:")
      // name a position when the lexicon reads one in them and the value holds an amount (or, for the no-deal case, says something).
      // "**Se não houver acordo abaixo de 1,50 €/kg:** a Lavandaria Atlântico fica com…": a no-deal case as the label heads
      // what we do then, whatever figure it names.
      if (concepts.length === 0 && wordCount(labelText) <= 12 && NO_DEAL_TITLE.test(normalizeLabel(labelText))) concepts = ['alternative'];
      if (!asked && concepts.length === 0) {
        const valueText = clean.slice(valueSpan.start, valueSpan.end);
        // A label alone on its line ("**Where do we start?**") is answered by the paragraph under it.
        const under = valueSpan.start === valueSpan.end ? paragraphs[pi + 1] : undefined;
        const answer = under && under.start - valueSpan.end < 400 ? { start: under.start, end: under.end } : valueSpan;
        // "Rolls to start at: £6.00 per dozen": the label reads as a position together with the figure it introduces.
        const firstFigure = amountsIn(valueSpan).find((a) => a.kind === 'money')?.raw ?? '';
        concepts = questionConcepts(firstFigure ? `${labelText} ${firstFigure}` : labelText, lexicon, LABEL_TAGS).filter((c) =>
          c === 'alternative' ? /\p{L}{3}/u.test(valueText) || valueSpan!.start === valueSpan!.end : amountsIn(answer).length > 0,
        );
        if (concepts.length === 0 && amountsIn(valueSpan).some((a) => a.kind === 'money')) concepts = positionByKeyword(labelText, vocabulary);
        // "Last rate: Rs 2,450 per day. Below this we lose money": a figure past which we stop is our walk-away, whatever its name.
        if (concepts.length === 0 && THRESHOLD_AFTER.test(valueText) && amountsIn(valueSpan).some((a) => a.kind === 'money')) concepts = ['walk-away'];
        // "Oferta inicial del Contratista / Contractor's first offer: 318,60 €": their number, never our position.
        if (namesTheirSide(labelText)) concepts = concepts.filter((c) => !OUR_NUMBERS.has(c) && c !== 'alternative');
      }
      const scope: Span = memoTitle ? { start: labelSpan.end, end: labelSpan.end } : firstLineOfItem ? spanOf(branchItem(text, p.item!)) : { start: line.start, end: line.end };
      // "Ask: "Who besides Ingrid needs to see the lease?"": a question we put to them is no price we ask.
      if (ASK_LABEL.test(labelText) && /\?/.test(clean.slice(scope.start, scope.end))) concepts = concepts.filter((c) => c !== 'opening');
      // "**If he says no.**", "3) IF WE DON'T FIX HER": a title that is our no-deal case heads what we do then.
      if (concepts.length === 0 && wordCount(labelText) <= 10 && NO_DEAL_TITLE.test(normalizeLabel(labelText))) concepts = ['alternative'];
      // "Credit's floor (walk-away): 185 bps": a bound a named person or department holds, ours or theirs by the side
      // (extract.ts decides once the side is read).
      const namedBound = concepts.length === 0 && amountsIn(valueSpan).length > 0 ? namedOwnersBound(labelText) : undefined;
      if (namedBound) concepts = ['walk-away'];
      // "OPEN WHY: LKR pays $32.75 today": the reason for a position, whatever the lexicon reads in its words.
      if (concepts.length === 0 && BARE_OFFER.test(labelText) && amountsIn(valueSpan).some((a) => a.kind === 'money')) {
        bareOffers.push({ label: { ...labelSpan, text: labelText }, value: valueSpan, line, section: sectionAt(line.start) });
        continue;
      }
      if (concepts.length === 0 || (REASON_TAIL.test(labelText) && vocabulary.match(labelText).length === 0)) continue;
      // "Lowest price after steps 1–3: AED 1,190,000, far from the walk-away": a value that measures itself against a
      // position is not that position.
      const valueText = clean.slice(valueSpan.start, valueSpan.end);
      concepts = concepts.filter((c) => !OUR_NUMBERS.has(c) || !comparedTo(valueText, c, vocabulary));
      // "**The target.** Leeds-based SEO agency, 22 staff, FY24 revenue £3.1m": in an acquisition the target is the company.
      if (concepts.includes('target') && /^\W*the\s+target\W*$/i.test(labelText) && TARGET_COMPANY.test(valueText.slice(0, 160))) concepts = concepts.filter((c) => c !== 'target');
      if (POSITION_INITIALS.test(labelText.trim())) {
        const probe = { source: 'label', label: { text: labelText }, value: { text: valueText } } as const;
        concepts = concepts.filter((concept) => !initialsWithoutFigure({ ...probe, concept }));
      }
      if (concepts.length === 0) continue;
      // "Target: $2.10/kg · Walk-away: $2.05/kg": a second position labelled on the same line ends the first one's value.
      let later: { label: Span; value: Span; concepts: Concept[] } | undefined;
      if (concepts.some((c) => OUR_NUMBERS.has(c))) {
        const found = laterPosition(clean, valueSpan, concepts, vocabulary);
        if (found) {
          later = found.later;
          valueSpan = { start: valueSpan.start, end: found.end };
        }
      }
      const own = concepts.length > 1 ? amountsByPart(labelText, concepts, clean, amountsIn(valueSpan), vocabulary) : undefined;
      for (const concept of concepts) {
        if (firstLineOfItem && !memoTitle) itemLabels.add(labelFacts.length);
        labelFacts.push({
          concept,
          source: 'label',
          label: { ...labelSpan, text: labelText },
          value: { ...valueSpan, text: clean.slice(valueSpan.start, valueSpan.end).trim() },
          scope,
          amounts: own?.get(concept) ?? amountsIn(valueSpan),
          section: sectionAt(line.start),
          ...(namedBound ? { namedBound } : {}),
        });
      }
      // "Opening 5,90 · target 6,20 · max 7,05 €/m": each later position on the line ends the one before it.
      for (let more = 0; later && more < 4; more++) {
        const { label, value } = later;
        // (Only in shorthand set apart by dots or bars; a prose line of labelled sentences keeps its second value whole.)
        const rest = clean.slice(value.start, value.end);
        const third = /\s[·|•]\s/.test(rest) ? laterPosition(clean, value, later.concepts, vocabulary) : undefined;
        const next = third?.later;
        if (third) value.end = third.end;
        for (const concept of later.concepts) {
          labelFacts.push({
            concept,
            source: 'label',
            label: { ...label, text: clean.slice(label.start, label.end) },
            value: { ...value, text: clean.slice(value.start, value.end).trim() },
            scope,
            amounts: amountsIn(value),
            section: sectionAt(line.start),
          });
        }
        later = next;
      }
    }
  }
  // "floor: 17,50 €/mug" ⏎ "aim: 20,00 €/mug" ⏎ "offer: 22,00 €/mug": an offer named in a stack of our own numbers is our opening;
  // alone it may be anyone's.
  for (const o of bareOffers) {
    const near = labelFacts.some((f) => OUR_NUMBERS.has(f.concept) && f.concept !== 'opening' && f.source === 'label' && Math.abs(f.label.start - o.line.start) <= 240 && !/\n[ \t]*\n[ \t]*\n/.test(clean.slice(Math.min(f.label.start, o.line.start), Math.max(f.label.start, o.line.start))));
    if (!near || labelFacts.some((f) => f.concept === 'opening')) continue;
    labelFacts.push({ concept: 'opening', source: 'label', label: o.label, value: { ...o.value, text: clean.slice(o.value.start, o.value.end).trim() }, scope: o.line, amounts: amountsIn(o.value), section: o.section });
  }
  // "14. **Keep our guesses in one place.** Assumptions to verify before the first meeting:" with the points nested under
  // it: a lead-in that closes an item's paragraph mid-line names what the nested list holds.
  const labelStarts = labelFacts.map((f) => f.label.start).sort((a, b) => a - b);
  for (const p of paragraphs) {
    if (!p.item || p.code) continue;
    const para = clean.slice(p.start, p.end).trimEnd();
    const firstLabel = labelStarts[lowerBound(labelStarts, p.start, (x) => x)];
    if (!para.endsWith(':') || (firstLabel !== undefined && firstLabel < p.end)) continue;
    const nested = clean.slice(p.end, p.item.end);
    if (!/^\s*\n[ \t]+(?:[-*+]|\d+[.)])\s/.test(nested)) continue;
    const cut = Math.max(para.lastIndexOf('. '), para.lastIndexOf('** '), para.lastIndexOf('__ '), para.lastIndexOf('! '), para.lastIndexOf('? '));
    if (cut < 0) continue;
    const lead = para.slice(cut + 2).trim();
    if (wordCount(lead) > 12 || !/^\p{Lu}/u.test(lead)) continue;
    const labelText = lead.replace(/:$/, '').replace(/\s+/g, ' ');
    const concepts = vocabulary.match(labelText, { contained: true });
    if (concepts.length === 0) continue;
    const at = p.start + para.indexOf(lead, cut);
    const valueSpan = { start: p.end, end: p.item.end };
    for (const concept of concepts) {
      itemLabels.add(labelFacts.length);
      labelFacts.push({
        concept,
        source: 'label',
        label: { start: at, end: at + lead.length - 1, text: labelText },
        value: { ...valueSpan, text: clean.slice(valueSpan.start, valueSpan.end).trim() },
        scope: { start: p.item.start, end: p.item.end },
        amounts: amountsIn(valueSpan),
        section: sectionAt(p.start),
      });
    }
  }
  // A label with nothing after it ("**Concessions:**" above a list) owns what follows,
  // up to the next label or heading.
  // A label's line (or list item) is the boundary, not the label's first letter: "**9. Constraints – …**" ends the part before it.
  // A label on a list item ("- Their floor is probably around: £45,500") is a line of the list the title above owns, not a new part.
  const boundaries = [
    ...labelFacts.filter((_f, i) => !itemLabels.has(i)).map((f) => Math.min(f.label.start, f.scope.start)),
    ...pseudoHeadings,
    ...headings.map((h) => h.start),
    text.length,
  ].sort((a, b) => a - b);
  for (const f of labelFacts) {
    // "Trades. Each one has to buy us something:" — a lead-in that ends on a colon introduces the lines under it.
    const leadIn = f.value.text !== '' && /:\s*[*_]*$/.test(f.value.text) && !/[\d$€£¥₹₩]/.test(f.value.text) && f.value.text.split(/\s+/).length <= 12;
    if ((f.value.text !== '' && !leadIn) || f.scope.end > f.label.end + 200) continue;
    const next = boundaries[lowerBound(boundaries, f.scope.end + 1, (b) => b)] ?? text.length;
    // "Concessions I'd plan, each against something:" ends where another writer answers; its writer may go on in the next message.
    const reply = leadInWriter(f, messageStarts, clean) ?? Infinity;
    const end = Math.min(next, reply, f.section?.end ?? text.length);
    if (end > f.scope.end) {
      const from = leadIn ? f.value.start : f.value.end;
      f.scope = { start: f.scope.start, end };
      f.value = { start: from, end, text: clean.slice(from, end).trim() };
      f.amounts = amountsIn(f.value);
    }
  }
  return labelFacts;
}

// "七、If Liu Zong says…", "3) If they push…": the number a case line is listed under.
const CASE_NUMBER = /^(?:\d{1,2}[.)、．]?|[一二三四五六七八九十]{1,3}[、.．]|[ivx]{1,4}[.)])\s*/iu;

/** Table rows: a first cell that names a concept, or a table whose header names several. */
// A first cell that only numbers its row: "7", "#3", "b)", and a clause number ("| A3 | Unit price – walk-away | …").
const ROW_NUMBER_CELL = /^\s*(?:#?\d{1,3}[.)]?|[a-z][.)]|[a-z]\d{1,2}(?:\.\d{1,2})?)\s*$/i;
// A table cell that is a labelled line of its own: "Opening: 0,63 € per unit", "Their quote: £318.00 per set".
const CELL_LABEL_RE = /^([^:|\n]{2,60}?):[ \t]+(\S[^\n]*)$/;

/** Where a chat lead-in ending on a colon stops: the first later message by another writer. */
function leadInWriter(f: Fact, messages: readonly { at: number; writer: string }[], clean: string): number | undefined {
  if (messages.length === 0 || !/:[\s*_]*$/.test(clean.slice(f.label.start, clean.indexOf('\n', f.label.end) >>> 0))) return undefined;
  const own = messages.filter((m) => m.at <= f.label.start).slice(-1)[0];
  if (!own) return undefined;
  return messages.find((m) => m.at > f.label.start && m.writer !== own.writer)?.at;
}

const FROM_LEVEL = /^(\p{L}[\p{L}' -]{1,30}?)\s+(?:down\s+|up\s+)?from\s+\S*\d\S*$/u;

// "offer: 22,00 €/mug", "My offer – $28k": a bare offer, ours only among our other numbers.
const BARE_OFFER = /^[\s*_]*(?:(?:my|our)\s+)?(?:offer|price)[\s*_]*$/i;

const TASK_TABLE = /^\s*(?:actions?|tasks?|next steps?|to ?dos?|steps?|what|activity|activities)\s*$/i;
const TASK_COLUMN = /^\s*(?:owners?|who|by whom|responsible|dates?|due|by when|when|deadline|status)\s*$/i;

// "4 · OPENING", "7) IF WE WALK", "Box 3 — Who / when / money": a canvas box's number and title.
const CANVAS_NUMBER = /^\s*(?:box\s*)?\d{1,2}\s*[·.:)\-–—]?\s*/i;
const CANVAS_TITLE = /^[^.!?\d]*(?:\d{1,2}\s*[·.:)\-–—]?\s*)?[^.!?\d]{2,60}$/;

// A cell that is only a link to a part of the same page.
const IN_PAGE_LINK = /^[\s|]*\[[^\]\n]{1,80}\]\(#[^)\s]*\)[\s|]*$/;

export function tableFacts(ctx: FactContext): Fact[] {
  const { text, vocabulary, lexicon, amountsIn } = ctx;
  const facts: Fact[] = [];
  // A planning canvas drawn as a table: rows of box titles ("| 4 · OPENING | 5 · TARGET | 6 · CEILING |"), each over a
  // row of what the boxes hold. Each content row is read under the titles just above it, not under the table's header.
  const titleRow = (r: Row) =>
    r.cells.every((c) => c.text === '' || (CANVAS_TITLE.test(c.text) && wordCount(c.text) <= 8)) &&
    r.cells.filter((c) => vocabulary.match(c.text.replace(CANVAS_NUMBER, '')).length > 0).length >= 2;
  const skip = new Set(ctx.blocks.rows.filter(titleRow));
  const titleRows = new Map<number, number>();
  for (const r of skip) titleRows.set(r.table, (titleRows.get(r.table) ?? 0) + 1);
  const titlesAbove = new Map<Row, Row>();
  let titles: Row | undefined;
  for (const r of ctx.blocks.rows) {
    // A grid has two rows of titles or more; a table with one such row keeps its header.
    if ((titleRows.get(r.table) ?? 0) < 2) {
      skip.delete(r);
      continue;
    }
    if (titles && titles.table !== r.table) titles = undefined;
    if (skip.has(r)) {
      titles = r;
      r.boxTitles = true;
    } else if (titles) titlesAbove.set(r, titles);
  }
  for (const r of ctx.blocks.rows) {
    if (r.isHeader || r.cells.length < 2 || skip.has(r)) continue;
    // A table of contents ("| [Price pushback](#price-pushback) | [Concessions](#concessions) |") links to the parts.
    if (r.cells.every((c) => c.text.trim() === '' || IN_PAGE_LINK.test(text.slice(c.start, c.end)))) continue;
    const above = titlesAbove.get(r);
    const header = above?.cells ?? r.header;
    const headerConcepts = header.map((h) => vocabulary.match(titlesAbove.has(r) ? h.text.replace(CANVAS_NUMBER, '') : h.text));
    // "| 品目 Item | 見積 Quote | 目標 Target |": one column of our number over item rows holds that number for each item.
    const ownColumn = headerConcepts.findIndex((c) => c.length > 0 && c.every((x) => OUR_NUMBERS.has(x)));
    // Of several item rows only the total is the deal's number; the items' own are not our position for the whole deal.
    const oneColumn =
      headerConcepts.filter((c) => c.length > 0).length === 1 && ownColumn > 0 && r.cells[ownColumn] !== undefined &&
      amountsIn(r.cells[ownColumn]!).some((a) => a.kind === 'money') && vocabulary.match(r.cells[0]!.text).length === 0 &&
      r.cells.slice(0, ownColumn).some((c) => TOTAL_CELL.test(c.text));
    const columnWise = headerConcepts.filter((c) => c.length > 0).length >= 2 || (titlesAbove.has(r) && headerConcepts.some((c) => c.length > 0)) || oneColumn;
    if (columnWise) {
      r.cells.forEach((cell, i) => {
        for (const concept of headerConcepts[i] ?? []) {
          facts.push({
            concept,
            source: 'table',
            label: { ...header[i]!, text: header[i]!.text },
            value: { ...cell },
            // A canvas box runs from its title row down to its content.
            scope: above ? { start: above.start, end: cell.end } : cell,
            amounts: amountsIn(cell),
            section: r.section,
          });
        }
      });
      // "| A1 | Unit price – opening | CHF 18.40 per blank. Basis: … | … |": in an issues matrix a row may name one of
      // our positions too; its value is the cell after its name.
      const at = ROW_NUMBER_CELL.test(r.cells[0]!.text) && r.cells.length >= 3 ? 1 : 0;
      const name = r.cells[at]!;
      const tail = /\s[—–-]\s+([^—–-]{2,40})$/.exec(name.text)?.[1]?.trim();
      const named = (headerConcepts[at] ?? []).length === 0 ? [...vocabulary.match(name.text), ...(tail ? vocabulary.match(tail) : [])] : [];
      const value = r.cells[at + 1];
      for (const concept of new Set(named)) {
        if (!OUR_NUMBERS.has(concept) || !value || !amountsIn(value).some((a) => a.kind === 'money')) continue;
        facts.push({ concept, source: 'table', label: { ...name, text: name.text }, value: { ...value }, scope: { start: r.start, end: r.end }, amounts: amountsIn(value), section: r.section });
      }
      continue;
    }
    // A deal on a page: "| **Opening:** 0,63 € per unit. Why: … | **Their quote:** 0,71 € |" — each cell is a labelled line.
    const cellLabels = r.cells.map((c) => CELL_LABEL_RE.exec(c.text));
    // Every filled cell labelled ("| Ceiling: we stop here | £4.80 |" is a label with a remark, and its value in the next cell).
    if (cellLabels[0] && r.cells.every((c, i) => cellLabels[i] || c.text.trim() === '')) {
      let found = false;
      r.cells.forEach((cell, i) => {
        const m = cellLabels[i];
        if (!m) return;
        const concepts = vocabulary.match(m[1]!.trim());
        const labelStart = cell.start + text.slice(cell.start, cell.end).indexOf(m[1]!.trim());
        const valueStart = cell.start + text.slice(cell.start, cell.end).lastIndexOf(m[2]!.slice(0, 12));
        for (const concept of concepts) {
          found = true;
          const value = { start: Math.max(valueStart, cell.start), end: cell.end };
          facts.push({
            concept,
            source: 'label',
            label: { start: labelStart, end: labelStart + m[1]!.trim().length, text: m[1]!.trim() },
            value: { ...value, text: m[2]!.trim() },
            scope: { start: cell.start, end: cell.end },
            amounts: amountsIn(value),
            section: r.section,
          });
        }
      });
      if (found) continue;
    }
    // "| 7 | Opening | USD 18,900/day |": a first column that only numbers the rows leaves the label to the next one.
    const indexed = ROW_NUMBER_CELL.test(r.cells[0]!.text) && r.cells.length >= 3;
    const cells = indexed ? r.cells.slice(1) : r.cells;
    const first = cells[0]!;
    // A cell that is a link or code ("[`walk-away-point`](docs/…)") names a thing, not a plan fact.
    if (/^\s*[[`]/.test(text.slice(first.start, first.end).replace(/^\|/, ''))) continue;
    // "| Action | Owner | Date |" ⏎ "| Deal-desk sign-off on the ladder | Piotr | 25 Nov |": a list of tasks names no part.
    if (TASK_TABLE.test(r.header[0]?.text ?? '') && r.header.slice(1).some((h) => TASK_COLUMN.test(h.text))) continue;
    let rowConcepts = vocabulary.match(first.text);
    // "| Floor DDR | £58 per delegate per day |": a position word beside an abbreviation, with money in the row.
    const rowMoney = () => amountsIn({ start: cells[1]!.start, end: r.end }).some((a) => a.kind === 'money');
    if (rowConcepts.length === 0 && rowMoney()) rowConcepts = positionByKeyword(first.text, vocabulary);
    // "| Ceiling: we stop here | £4.80 |", "| Walk-away (board-approved) | … |": the cell's own label, before its note;
    // failing that, a position the lexicon reads at the start of the cell ("| Most we'd pay | £4.80 |").
    if (rowConcepts.length === 0 && rowMoney()) {
      const head = /^([^:(—–]{2,40}?)\s*(?::|\(|—|–)/.exec(first.text)?.[1];
      if (head) rowConcepts = vocabulary.match(head);
      // "| De knip — opening | € 18.500,00 |": a local name, then the plain one after the dash.
      const tail = /\s[—–]\s+([^—–]{2,40})$/.exec(first.text)?.[1];
      if (rowConcepts.length === 0 && tail) rowConcepts = vocabulary.match(tail.trim());
      if (rowConcepts.length === 0 && !namesTheirSide(first.text) && !givesReason(first.text)) rowConcepts = questionConcepts(first.text, lexicon, LABEL_TAGS).filter((c) => c !== 'alternative');
    }
    // "| If no agreement | Ordinary notice, standard reference, no severance. |": a row named by the no-deal case
    // holds what we do then, in words.
    if (rowConcepts.length === 0 && NO_DEAL_LEAD.test(first.text) && wordCount(first.text) <= 6 && /\p{L}{3}/u.test(cells[1]!.text)) {
      rowConcepts = questionConcepts(first.text, lexicon, LABEL_TAGS).filter((c) => c === 'alternative');
    }
    // "| Wenn nicht Huber | Vergabe an Gruber Anlagenbau … |": a condition and a "not", in any language, name it too.
    if (rowConcepts.length === 0 && wordCount(first.text) <= 8 && NO_DEAL_TITLE.test(normalizeLabel(first.text)) && /\p{L}{3}/u.test(cells[1]!.text)) rowConcepts = ['alternative'];
    // "| Opening | **1,60 %** | Why: … new loans > 1 Mio. € … |": the figures of a reason or notes column argue for the
    // position; they are not its amount.
    // "| | Basis |" over "| Target | +C$41.00 |": the only column of figures is the value, whatever its name (a grain "basis").
    const remarks = r.cells.length <= 2 ? [] : r.cells.filter((c, i) => i > 0 && REMARK_COLUMN.test(r.header[i]?.text ?? ''));
    for (const concept of rowConcepts) {
      const valueSpan = { start: cells[1]!.start, end: r.end };
      const own = amountsIn(valueSpan).filter((a) => !remarks.some((c) => a.start >= c.start && a.end <= c.end));
      facts.push({
        concept,
        source: 'table',
        label: { ...first, text: first.text },
        value: { ...valueSpan, text: cells.slice(1).map((c) => c.text).join(' | ') },
        scope: { start: r.start, end: r.end },
        amounts: inHeaderCurrency(own, cells[1]!, r.header[indexed ? 2 : 1]),
        section: r.section,
      });
    }
  }

  return facts;
}

/**
 * "| | Kč/m² | total |" ⏎ "| Strop (walk-away) | 3 450 | … |": a bare figure under a column headed by a currency is money in
 * it, and comes before any other figure the row's remarks hold ("~70 Kč/m² of supervision").
 */
function inHeaderCurrency(amounts: Amount[], cell: Cell, header: Cell | undefined): Amount[] {
  const bare = amounts[0];
  if (!bare || bare.kind !== 'number' || !header || bare.end > cell.end || !/^[\s*_~≈]*$/.test(cell.text.slice(0, Math.max(0, cell.text.indexOf(bare.raw))))) return amounts;
  const named = parseAmounts(`1 ${header.text.trim()}`)[0];
  if (!named || named.kind !== 'money' || named.start !== 0 || !named.currency) return amounts;
  // "| | млн ₴ |", "| | EUR k |": the header's scale word multiplies the figure.
  return [{ ...bare, kind: 'money', currency: named.currency, value: bare.value * named.value }, ...amounts.slice(1)];
}

/** Frontmatter keys that name a concept (`walkAway`, `walk_away`, `target`). */
export function frontmatterFacts(ctx: FactContext): Fact[] {
  const { text, clean, lines, vocabulary, frontmatter, currency } = ctx;
  const facts: Fact[] = [];
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
  return facts;
}

/** "Why that opening", "Reason for the target": a label that gives the reason for a position, not the position. */
const givesReason = (label: string): boolean => REASON_LABEL.test(label);

/**
 * A short label is about its position word ("Government ceiling", "Rent floor", "Opening DDR", "Floor ARR"):
 * the last word, or the first when the others are abbreviations. Only walk-away, target and opening.
 */
// "opn 1.24m", "opn was ₦42m": the name, an optional link word, and the figure.
// A status emoji may lead a phone note's line: "🔴 ceiling 4.6cr".
// "doel € 612.000", "tetto massimo 2.680": in other languages too, with a space after the currency sign and a two-word name
// (not a sentence's subject: "We open at 7,90 €", "our ceiling is KSh 14,800,000" are read as sentences).
const SHORTHAND_LABEL = new RegExp(`^((?:\\s|\\p{Extended_Pictographic}|\\uFE0F|\\u200D){0,12})(?!(?:[Ww]e|I|[Oo]ur|[Mm]y|[Tt]he|[Tt]hey|[Tt]heir|[Ii]t|[Tt]his|[Tt]hat|[Yy]ou|[Yy]our)\\s)([A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F/]{0,11}(?:[ \\t](?!(?:kr|zł|zl|rs|lei|kn|kč|kc|ft|sh|ksh|rp|rm|ron|sek|nok|dkk|pln|chf|eur|usd)\\s)[a-z\\u00DF-\\u00FF][a-z\\u00DF-\\u024F]{1,11})?)(\\s+(?:(?:was|is|at|@|=)\\s+)?)(?=${CURRENCY_LEAD}\\s?\\d)`, 'u');

// A value that opens with its figure: "£410k", "S$2.38m", "€ 1.150.000", "~$1.2m".
const LEADS_WITH_FIGURE = new RegExp(`^[\\s*_~≈]{0,4}${CURRENCY_LEAD}\\s?\\d`);

// "WA 96k", "W/A: $310k": the walk-away in shorthand, standing alone as a label.
const WA_SHORTHAND = new RegExp(`^\\s*${WALK_AWAY_SHORT}\\s*$`, 'i');

// What a figure is when the words after it make it the point we stop at: "Rs 2,450 per day. Below this we lose money".
const THRESHOLD_AFTER =
  /^[^.!?\n]{0,60}[.;:–—-][ \t]{0,3}(?:anything[ \t]+)?(?:below|under|above|over|beyond)[ \t]+(?:this|that|it)\b[^.!?\n]{0,30}?\b(?:we|i)[ \t]+(?:lose|walk|stop|say no|decline|refuse|make a loss|run at a loss|pass|do not|don['’]?t|will not|won['’]?t|cannot|can['’]?t)\b/i;

// What describes a company rather than a price: its people, revenue and earnings.
const TARGET_COMPANY = /\b(?:revenue|turnover|ebitda|staff|employees|headcount|founded|shareholders|-based|based in)\b/i;

// A label further along a value's line, after a separator: " · Walk-away:", "; Ceiling (walk-away):", " | Floor:".
const LATER_LABEL = /(?:\s[·|•/][ \t]{0,3}|[.;,][ \t]{1,3}|\s[–—][ \t]{1,3}|[ \t]{3,8})(\p{L}[\p{L}'’-]{0,30}(?:[ \t]\p{L}[\p{L}'’-]{0,30}){0,3}(?:[ \t]?\([^()\n]{1,30}\))?)[ \t]{0,3}:(?=\s)/gu;

// The same in shorthand, a short name right before its figure: "tgt $600/tire · max $640/tire", "$2.10 | WA $1.95",
// "target 6,20 · max 7,05 €/m" (the currency after the figure, or none). Not after a
// semicolon: "target R$ 265/t; ceiling R$ 300/t" in a plan's later part prices another line item.
const LATER_SHORT_LABEL = new RegExp(`(?:\\s[·|•][ \\t]{0,3})(\\p{L}[\\p{L}/'’-]{0,20}(?:[ \\t]\\p{L}[\\p{L}'’-]{0,20})?)[ \\t]{1,3}(?:[@=][ \\t]{0,3})?(?=(?:${CURRENCY_LEAD})?\\d)`, 'gu');

/** Another of our numbers labelled inside a value ("$2.10/kg · Walk-away: $2.05/kg"): where the first value ends, the label, its value. */
function secondPosition(
  value: string,
  concepts: readonly Concept[],
  vocabulary: Vocabulary,
): { cut: number; label: { start: number; text: string }; valueStart: number; concepts: Concept[] } | undefined {
  const labels = [...(value.includes(':') ? allMatches(value, LATER_LABEL) : []), ...allMatches(value, LATER_SHORT_LABEL)].sort((a, b) => a.index - b.index);
  for (const m of labels) {
    const named = shortName(m[1]!, vocabulary).filter((c) => OUR_NUMBERS.has(c));
    if (named.length === 0 || named.some((c) => concepts.includes(c))) continue;
    const text = m[1]!.trim();
    return { cut: m.index, label: { start: m.index + m[0].indexOf(text), text }, valueStart: m.index + m[0].length, concepts: named };
  }
  return undefined;
}

/** {@link secondPosition} in the document's offsets: where the value in `span` ends, and the later position's label and value. */
function laterPosition(
  clean: string,
  span: Span,
  concepts: readonly Concept[],
  vocabulary: Vocabulary,
): { end: number; later: { label: Span; value: Span; concepts: Concept[] } } | undefined {
  const second = secondPosition(clean.slice(span.start, span.end), concepts, vocabulary);
  if (!second) return undefined;
  const labelStart = span.start + second.label.start;
  return {
    end: span.start + second.cut,
    later: { label: { start: labelStart, end: labelStart + second.label.text.length }, value: { start: span.start + second.valueStart, end: span.end }, concepts: second.concepts },
  };
}

/** The concepts a short label before a figure names: an alias, or the walk-away's shorthand. */
function shortName(label: string, vocabulary: Vocabulary): Concept[] {
  // "opn was ₦42m (our 2024 rate card, sent 3 wks ago)": the link word is no part of the name.
  const words = label.trim().split(/\s+/);
  if (words.length > 1 && /^(?:was|is|were|at|@|=)$/i.test(words[words.length - 1]!)) words.pop();
  const name = words.join(' ');
  return WA_SHORTHAND.test(name) ? ['walk-away'] : vocabulary.match(name);
}

function positionByKeyword(label: string, vocabulary: Vocabulary): Concept[] {
  const words = label.replace(/^\s*\[[ xX]\]\s*/, '').split(/\s+/).filter(Boolean);
  // "Why that opening", "Reason for the target": the reason for a position, not the position.
  if (words.length < 2 || words.length > 3 || namesTheirSide(label) || givesReason(label)) return [];
  // "Lose or walk → Helvion": events joined up name the case we fall back in, not our limit.
  if (/\s(?:or|and|if|when)\s/i.test(label)) return [];
  // "Framework cap", "Liability cap": a cap on something else; only "Cap" alone is our ceiling.
  if (/^caps?$/i.test(words[words.length - 1]!)) return [];
  const last = vocabulary.match(words[words.length - 1]!).filter((c) => OUR_NUMBERS.has(c));
  if (last.length > 0) return last;
  return words.slice(1).every((w) => /^[A-Z0-9]{2,6}$/.test(w)) ? vocabulary.match(words[0]!).filter((c) => OUR_NUMBERS.has(c)) : [];
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

// A title that opens on a case: "If …", "When …", "Q11 ★ When …".
// …and in the languages plans are written in: "Als ze zeggen", "Wenn sie sagen", "Si dicen", "Se dizem", "Jeśli powiedzą", "Nếu họ nói".
const CASE_LEAD = /^[^\p{L}\p{N}]*(?:(?:q\s*)?\d+(?:\.\d+)*[^\p{L}\p{N}]*)?(?:if|when|whenever|should|once|in case|als|wenn|falls|si|se|quand|cuando|quando|jeśli|jesli|jeżeli|jezeli|gdy|kiedy|wanneer|när|nar|pokud|kdyby|dacă|daca|ha|om|hvis|kui|jos|jei|ja|eğer|eger|s['’]ils?|nếu|neu|khi|agar|kung|kapag)(?![\p{L}\p{N}])/iu;

/**
 * "If she says that's more than they pay contractors", "Q11 ★ When Greg says 'we can't go that low'": a title that opens
 * on a case and holds their price challenge, as the lexicon reads it, heads what we answer.
 */
function challengeTitle(title: string, lexicon: Lexicon): boolean {
  if (title.length > 160) return false;
  if (CASE_LEAD.test(title) && !lexicon.phrases('price-challenge').matches(new StemView(tokenize(title).filter((t) => !t.mark))).next().done) return true;
  return quotedObjection(title);
}

const SAYS = /\b(?:says?|said|tells?|argues?|claims?|insists?)\b/i;
const THEIR_SIDE: ReadonlySet<Concept> = new Set<Concept>(['counterpart-alternative', 'counterpart-walk-away', 'counterpart-opening']);
const QUOTED_WORDS = /["“„«‘]([^"“”«»‘’]{2,120})["”“»’]/u;

/**
 * 'When they say "our price list is fixed"', '"Forklift is $48.90" – how I answer': a title that reports their
 * words, or heads our answer to them, is a price challenge when the words quoted are about what something costs.
 */
function quotedObjection(title: string): boolean {
  const q = QUOTED_WORDS.exec(title);
  if (q === null) return false;
  const stemsOf = (text: string): string[] => tokenize(text).filter((t) => !t.mark).map((t) => t.stem);
  // "💬 \"Primefield is at 1.2bn\"": a speech balloon before the quote reports their words as a verb would.
  const reported = CASE_LEAD.test(title) || SPEECH_MARK.test(title.slice(0, q.index)) || stemsOf(title.slice(0, q.index)).some((s) => SPEECH_STEMS.has(s)) || stemsOf(title.slice(q.index + q[0].length)).some((s) => ANSWER_STEMS.has(s));
  if (!reported) return false;
  return stemsOf(q[1]!).some((s) => PRICE_WORD_STEMS.has(s)) || parseAmounts(q[1]!).some((a) => a.kind === 'money' || SCALED_FIGURE.test(a.raw)) || AT_FIGURE.test(q[1]!);
}

const SPEECH_MARK = /[💬🗨🗣]/u;
// "les cartons nigérians sont à 165", "Coldline is at 37 000": a rival put at a figure is a price.
const AT_FIGURE = /\b(?:is|are|sont|est|sind|ist|zijn)\s+(?:at|à|a|bei|op)\s+\d/iu;
// "1.2bn", "480k": a figure scaled in thousands or more is a sum, even with its currency left to the plan's header.
const SCALED_FIGURE = /\d\s?(?:k|m|mn|bn|b|cr|l|lakh|crore|mio|mrd)$/i;

/**
 * "WALK / TGT / OPEN: $24.10 / $27.40 / $29.90", "Target & opening: €44k & €48k": a label naming one position per part,
 * with as many figures in the same order, gives each position its own figure.
 */
function amountsByPart(label: string, concepts: readonly Concept[], clean: string, amounts: readonly Amount[], vocabulary: Vocabulary): Map<Concept, Amount[]> | undefined {
  const parts = label.split(/\/|&|\+|,|\band\b/i).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length !== concepts.length || amounts.length < parts.length) return undefined;
  const named = parts.map((p) => vocabulary.match(p));
  if (named.some((n) => n.length !== 1) || new Set(named.map((n) => n[0])).size !== parts.length) return undefined;
  for (let i = 1; i < parts.length; i++) if (!/^\s*(?:\/|\||,|;|&|and)\s*$/i.test(clean.slice(amounts[i - 1]!.end, amounts[i]!.start))) return undefined;
  return new Map(named.map((n, i) => [n[0]!, [amounts[i]!]]));
}

// "far below the ceiling", and the same in the plan's language: "très loin du plafond", "muy por debajo del techo".
const COMPARED_TO = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:from|above|below|under|over|than|near|past|beyond)\s+(?:the|our|my)|(?:loin|au-dessus|au-dessous|en dessous|sous|près|pres)\s+(?:du|de la|de l['’]|le|la|notre)|(?:por debajo|por encima|lejos|cerca)\s+(?:del|de la|de nuestro|de nuestra)|(?:sotto|sopra|lontano|vicino)\s+(?:il|la|al|alla|dal|dalla|del|della|al nostro|dal nostro)|(?:unter|über|ueber|weit unter|nahe)\s+(?:dem|der|unserem|unserer|unsere[mr]?)|(?:abaixo|acima|longe|perto)\s+(?:do|da|de nosso|de nossa)|(?:onder|boven|ver onder)\s+(?:het|de|ons|onze))\s*([\p{L}-]+(?:\s+[\p{L}-]+)?)`,
  'giu',
);

/** Whether a text measures something against the position it names ("far from the walk-away", "above our floor"). */
function comparedTo(text: string, concept: Concept, vocabulary: Vocabulary): boolean {
  // Only the value's own sentence: "Walk-away: 78.000 €. Under that the account is below our minimum margin" gives the
  // reason after the figure, which measures the account, not the value.
  const own = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;
  for (const m of own.matchAll(COMPARED_TO)) {
    const words = m[1]!.split(/\s+/);
    if (vocabulary.match(words.join(' ')).includes(concept) || vocabulary.match(words[0]!).includes(concept)) return true;
  }
  return false;
}

/**
 * "1. Background" … "11. To check before Thursday": a memo whose parts are numbered short titles, each with its text
 * under it, parses as top-level list items. Three or more such titles, numbered upwards with text between them, are
 * the memo's outline (a list of short points, one per line, has nothing between its items). Item starts.
 */
function memoTitleItems(ctx: FactContext): Set<number> {
  const { text } = ctx;
  const found: { start: number; n: number; end: number }[] = [];
  for (const it of ctx.blocks.items) {
    if (it.depth !== 0 || !it.ordered) continue;
    const lineStart = text.lastIndexOf('\n', it.start - 1) + 1;
    const nl = text.indexOf('\n', it.start);
    const first = text.slice(lineStart, nl < 0 ? text.length : nl);
    const mark = /^\s*(\d{1,2})[.)][ \t]+/.exec(first);
    if (!mark) continue;
    const title = first.slice(mark[0].length).trim();
    // Text indented under the title is the item's own ("6. Concessions" ⏎ "   6(a) Move to…"): a list, as written.
    if (nl >= 0 && nl < it.end && /^[ \t]+\S/.test(text.slice(nl + 1, it.end))) continue;
    if (wordCount(title) > 8 || /[.!?:;,]$/.test(title) || !/^\p{Lu}/u.test(title) || /[$€£¥₹₩%]/u.test(title)) continue;
    found.push({ start: it.start, n: Number(mark[1]), end: nl < 0 ? text.length : nl });
  }
  const out = new Set<number>();
  if (found.length < 3) return out;
  for (let i = 0; i < found.length; i++) {
    const next = found[i + 1];
    const between = text.slice(found[i]!.end, next ? next.start : text.length);
    if (!/\p{L}{3}/u.test(between) || (next && next.n <= found[i]!.n)) return new Set();
    out.add(found[i]!.start);
  }
  return out;
}

/** "Floor on the royalty" → "Floor": the label before what it is for. */
const questionHead = (q: string): string => q.replace(/^(\p{L}+(?:[ -]\p{L}+)?)\s+(?:on|for|of)\s[\s\S]*$/u, '$1');

/** How a label naming the no-deal case begins: "If no agreement", "Should talks fail", "Failing a deal". */
const NO_DEAL_LEAD = /^\W*(?:if|should|failing|without|unless|when)\b/i;

/**
 * A run-in title that the vocabulary names as a concept (not any short first sentence), or one the
 * lexicon reads as a position when a figure follows it ("**Where we start.** £74.50 psf").
 */
function runIn(line: string, vocabulary: Vocabulary, lexicon: Lexicon): boolean {
  const r = RUN_IN_RE.exec(line);
  if (r === null || wordCount(r[2]!) > 8) return false;
  if (wordCount(r[2]!) <= 5) {
    if (vocabulary.match(r[2]!).length > 0) return true;
    // "**If he says no.** We buy the 2016 Westfalia in Zwolle": a run-in title that is our no-deal case.
    if (NO_DEAL_TITLE.test(normalizeLabel(r[2]!))) return true;
  }
  // The value opens with a price: "£74.50 psf", "CHF 1'150 per day"; then the title may run longer
  // ("**This is also what I'm aiming for.** KES 95 × about 9,000 kg").
  const first = parseAmounts(r[4]!.slice(0, 40))[0];
  return first !== undefined && first.start === 0 && first.kind === 'money' && questionConcepts(r[2]!, lexicon, LABEL_TAGS).length > 0;
}

// Words that do not move a label's concept away from its start ("What we're aiming for", "Where we'd like to end up").
const LEAD_FILLERS = new Set([
  'we', 'i', 'what', 'where', 'how', 'be', 'would', 'do', 'the', 'a', 'an', 'to', 'will', 'shall', 'can', 'my', "'s", 're', 'd', 'll', 'our', 'x',
  // "This is also what I'm aiming for.", "And that's where I open": a pointer back to the figure before, which this line repeats.
  'this', 'that', 'it', 'also', 'too', 'and', 'm',
  // "Wenn wir keine Einigung finden", "Als we niet tekenen", "Si nous ne signons pas": the same small words in other languages.
  'wenn', 'falls', 'wir', 'als', 'wij', 'si', 'nous', 'se', 'nós', 'nos', 'jeśli', 'jesli', 'pokud', 'dacă', 'daca', 'ha', 'hvis', 'om', 'vi',
]);

function contentWordsBefore(tokens: readonly { stem: string; word: string }[], index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) if (!LEAD_FILLERS.has(tokens[i]!.word) && !LEAD_FILLERS.has(tokens[i]!.stem)) n++;
  return n;
}

/**
 * The position concepts the lexicon reads in a question, label or heading. For labels and headings
 * (`tags` = LABEL_TAGS) the words must lead ("Most we will pay", "OPEN @", "If negotiations fail"),
 * not stand deep inside ("Why they're happy with the pilot" names no target).
 */
export function questionConcepts(question: string, lexicon: Lexicon, tags = QUESTION_TAGS): Concept[] {
  const tokens = tokenize(question).filter((t) => !t.mark);
  const view = new StemView(tokens);
  const out: Concept[] = [];
  const leading = tags === LABEL_TAGS;
  for (const [tag, concept] of tags) {
    if (out.includes(concept)) continue;
    for (const m of lexicon.phrases(tag).matches(view)) {
      if (leading && contentWordsBefore(tokens, m.from) > 1) continue;
      out.push(concept);
      break;
    }
  }
  return out;
}

