/**
 * Is this document a negotiation plan? Most Markdown is not, and the hardest
 * cases are sales handbooks that explain walk-away points and concessions in
 * general terms. A plan names at least two plan concepts, one of them about our
 * position, and speaks about a concrete deal ("we", "our", numbers) rather than
 * teaching the reader ("you", "your").
 */
import { allMatches } from '../matches.js';
import type { Concept } from './concepts.js';
import type { Detection, Fact, FrontmatterInfo, Statement } from './model.js';

export interface DetectInput {
  force?: boolean;
  frontmatter?: FrontmatterInfo;
  concepts: Concept[];
  hasPosition: boolean;
  /** What the document calls itself ({@link documentTitles}). */
  titles: readonly string[];
  /** The plan says "you" to one of us ({@link addressedToUs}). */
  addressedToUs: boolean;
  statements: Statement[];
  facts: Fact[];
  /** How many different fields in angle brackets the text holds ("<value in £>", "<who decides>"), counted only if asked. */
  angleFields?: () => number;
}

const VERSIONED_POLICY = /\b(?:policy|policies|handbook|playbook|guidelines|procedures?|manual|standard operating procedure)\b.*\b(?:v\d+(?:\.\d+)*|version\s+\d+(?:\.\d+)*|rev(?:ision)?\.?\s*\d+)\b/i;
const TEACHING_TITLE =
  /\b(?:guide|guidelines|handbook|handout|hand-out|trainees?|playbook|policy|policies|faq|training|how to|how-to|checklist|template|best practices|primer|101|explained|introduction to|glossary|shorthand|definitions|legend|conventions|what we mean|course|lesson|framework|methodology|tips|cheat[- ]?sheet|abbreviations|acronyms|quick reference|reference card|rules|procedures?|manual|guidance|instructions|approval matrix|discount matrix|sop|runbook|run-book|price list|price ?book|price sheet|rate card|rate sheet|tariff|terms and conditions|service levels?(?: and service credits| schedule| agreement)|sla schedule|schedule \d+\s*[:.—–-]|(?:practice|guidance|procedure|policy) note|(?:scoring|evaluation) (?:method|methodology|criteria|model))\b/i;

// The same in the languages plans are written in: "Šablona: příprava na jednání", "Vorlage", "Leitfaden", "Plantilla".
const TEACHING_TITLE_OTHER =
  /(?<![\p{L}])(?:šablona|sablona|vzor|szablon|política|politica|políticas|politicas|directrices|lineamientos|procedimiento|regolamento|procedura|normativa|diretrizes|diretriz|wzór|wzor|sjabloon|vorlage|leitfaden|richtlinie|handbuch|handleiding|richtlijn|plantilla|guía|guia|modèle|modele|manuale|linee guida|szabályzat|szabalyzat|útmutató|utmutato|sablon|șablon|şablon|ghid|regulamin|instrukcja|směrnice|smernice|metodika|шаблон|інструкція|политика|політика|skabelon|riktlinjer|retningslinjer|ohje|preisliste|listino prezzi|lista de precios|lista de preços|liste de prix|grille tarifaire|prislista|prisliste|cennik|ceník|prijslijst)(?![\p{L}])/iu;
// "Mall: förhandlingsunderlag…", "Mal – forhandlingsplan", "Malli:", "Modello – Piano di trattativa": a template, named first (a shopping
// mall or Spanish "mal" elsewhere in a title is no template).
const TEMPLATE_LEAD = /^\W*(?:mall|mal|malli|modello|plantilla|sjabloon|vorlage)\s*[:–—-]/iu;

const POSITION_CONCEPTS: ReadonlySet<string> = new Set(['walk-away', 'target', 'opening', 'budget', 'concessions']);

// Documents that report on a negotiation rather than prepare one: notes, minutes, retrospectives, agendas.
const REPORT_TITLE =
  /\b(?:retrospective|retro|post-?mortem|debrief|lessons learned|what went (?:wrong|right|well|badly)|minutes|meeting notes|call notes|call summary|activity log|call log|contact log|crm export|recap|wrap-?up|agenda|read-?out|win\/loss|loss review|win review|(?:lost|won|failed|closed|post-?tender|post-?award|post-?deal|post-?negotiation|post-?sale|after-?action) (?:(?:bid|deal|tender|pitch|rfp|rfq|account|opportunity|contract) )?(?:review|analysis|report)|look-?back|(?:q[1-4]|quarterly|annual|yearly|monthly|weekly|season(?:al)?|half-?year(?:ly)?|desk|portfolio|pipeline) review|rückblick|protokoll|retrospectiva|acta de reunión|compte rendu|rétrospective|verslag|notulen|retex|retour d['’]expérience|retour d['’]experience|bilan|lecciones aprendidas|lições aprendidas|licoes aprendidas|lezioni apprese|nachbetrachtung|retrospektive|(?:market|price|pricing|commodity|spend|polymer|freight) (?:monitor|report|update|watch|bulletin|dashboard|outlook)|week \d{1,2}(?: ?\/ ?\d{4})?)\b|振り返り|議事録|反省会|复盘|会议纪要|회고|회의록/i;

// "Review: 2025 green coffee contract with Altura Importers (closed)": a title that opens on what it does to a past deal.
const REVIEW_LEAD = /^\W*(?:review|debrief|recap|retro)\s*[:—–-]/i;

// "This is the retrospective of a deal we lost in March. It is not a plan for any open opportunity.": a document
// that says in its opening lines what it is.
const SAYS_IT_REPORTS =
  /\bwe (?:lost|won) (?:it|the (?:deal|tender|bid|contract|account|renewal))\b(?! if\b)|\b(?:this|these) (?:is|are) (?:the |a |an |our )?(?:(?:quarterly|monthly|weekly|annual|yearly|short|internal|regular) )?(?:notes?|minutes|retrospective|recap|summary|debrief|write-?up|review|post-?mortem|lessons|look-?back|look back)\b[^.]{0,40}\b(?:of|from|on|after|at)\b|\bnot a (?:negotiation |deal )?plan\b|\b(?:result|outcome|status)\s*:?\s*\**\s*(?:lost|won|closed lost|closed won)\b/i;

const SAYS_IT_GUIDES =
  /\b(?:general|generic) (?:guidance|advice|rules|guidelines)\b|\bnot (?:for|about) (?:any|a) (?:one |single |particular |specific )?(?:customer|client|deal|account|supplier|opportunity|negotiation)\b/i;

// Built once: a literal in the loop is a new regex object for every statement, and `allMatches`
// keeps its global twin of a regex by identity.
const QUOTED = /[“"«][^”"»]{0,400}[”"»]|(?<![\p{L}])'[^']{0,400}'(?![\p{L}])/gu;
const YOU = /\b(?:you|your|yours|you're|you'll|you've|yourself)\b/gi;
// A sentence may open on its pronoun ("We open slightly under list"); "US" in capitals is the country.
const WE = /\b(?:[Ww]e|[Oo]urs?|[Uu]s|[Ww]e're|[Ww]e'll|[Ww]e've|I|I'm|I'll|[Mm]y)\b/g;

export function detectPlan(input: DetectInput): Detection {
  const { frontmatter, concepts } = input;
  const fm = frontmatter?.data ?? {};
  const flag = fm['negolint'];
  if (flag === false || flag === 'off' || flag === 'ignore') return { isPlan: false, reason: 'opt-out', concepts };
  if (flag === true || flag === 'plan' || fm['type'] === 'negotiation-plan') return { isPlan: true, reason: 'frontmatter', concepts };
  if (input.force) return { isPlan: true, reason: 'config', concepts };
  // Two parts of a plan, not two readings of one part: "## BATNA" in a book summary names a walk-away and an
  // alternative at once, and is still one heading.
  const parts = new Set(input.facts.filter((f) => concepts.includes(f.concept)).map((f) => (f.source === 'frontmatter' ? `fm:${f.concept}` : f.label.start)));
  if (concepts.length < 2 || parts.size < 2 || !input.hasPosition) return { isPlan: false, reason: 'too-few-sections', concepts };
  // Two parts only, one of them what any document has ("Questions", "Timeline"): a pay plan's "On-target
  // earnings" row and its "Questions and disputes" section are no plan; two positions are ("Floor", "Target").
  if (concepts.length === 2 && concepts.filter((c) => TAKEN.has(c) || c === 'price-challenge').length < 2) return { isPlan: false, reason: 'too-few-sections', concepts };
  // An agenda ("Walk-away discussion (10 min)"), a cheat sheet or a note names our position without
  // taking one: a plan states at least one walk-away, target, opening, concession or alternative with
  // a number, or a walk-away as a condition (only a long plan with many parts is excused).
  if (concepts.length < 6 && !input.facts.some(takesPosition)) return { isPlan: false, reason: 'no-position-taken', concepts };

  // Documents that teach address the reader; plans speak for the team.
  let you = 0;
  let we = 0;
  for (const s of input.statements) {
    if (s.isQuestion || s.kind === 'heading') continue;
    // What a plan scripts for the customer ("tell them: 'you saved $1.1M'") is not addressed to the reader.
    const own = s.text.replace(QUOTED, ' ');
    you += count(own, YOU);
    we += count(own, WE);
  }
  // Figures a plan stands on: money, or a rate where the deal is priced in percent ("Fees are % of base salary").
  const concreteFacts = input.facts.filter((f) => f.amounts.some((a) => a.kind === 'money' || (a.kind === 'percent' && POSITION_CONCEPTS.has(f.concept)))).length;
  // "doc: runbook", "type: retrospective": a document's own kind in its frontmatter says what it is, as its title would.
  const titles = input.titles;
  // "Carbon offtake desk — pricing and approval policy (v3.1)": a policy kept in versions rules many deals, whatever its figures.
  if (titles.some((t) => VERSIONED_POLICY.test(t))) return { isPlan: false, reason: 'descriptive', concepts };
  // A brief handed to the colleague who negotiates says "you" to one of us: its "you" counts as "we".
  const ours = input.addressedToUs ? we + you : we;
  if (titles.some((t) => TEACHING_TITLE.test(t) || TEACHING_TITLE_OTHER.test(t) || TEMPLATE_LEAD.test(t)) && !(concreteFacts >= 3 && ours > (input.addressedToUs ? 0 : you))) {
    return { isPlan: false, reason: 'descriptive', concepts };
  }
  // A template keeps its fields to fill in: "{{supplier}}", "<% tp.file.title %>", "A$ {{current-spend}}". A plan in use has
  // filled them; one left over is a placeholder, many are a template.
  // Blanks in brackets that describe what goes there ("[besoin 1]", "[coût pour le client]", "<who decides>"): many of them are a form to fill in.
  const fields = new Set<string>();
  const blanks = new Set<string>();
  for (const t of titles) for (const m of allMatches(t, TEMPLATE_FIELD)) fields.add(m[0]);
  for (const st of input.statements) {
    for (const m of allMatches(st.text, TEMPLATE_FIELD)) fields.add(m[0]);
    for (const m of allMatches(st.text, BRACKET_BLANK)) blanks.add(m[0]);
  }
  if (fields.size >= 4 || blanks.size >= 6 || (input.angleFields?.() ?? 0) >= 6) return { isPlan: false, reason: 'descriptive', concepts };
  // A title that reports wins over a handful of parts; a full plan for "the sales kick-off" stays a plan.
  if (titles.some((t) => REPORT_TITLE.test(t) || REVIEW_LEAD.test(t)) && concepts.length < 6) return { isPlan: false, reason: 'report', concepts };
  if (input.statements.filter((s) => s.kind !== 'heading').slice(0, 6).some((s) => SAYS_IT_REPORTS.test(s.text))) return { isPlan: false, reason: 'report', concepts };
  // "It's general guidance, not for any one customer": a document that says in its opening lines that it plans no deal.
  if (input.statements.filter((s) => s.kind !== 'heading').slice(0, 8).some((s) => SAYS_IT_GUIDES.test(s.text))) return { isPlan: false, reason: 'descriptive', concepts };
  // "## What went well" and "## What went less well": a retrospective's parts, whatever its title says.
  const headings = input.statements.filter((s) => s.kind === 'heading').map((s) => s.text);
  if (headings.some((h) => WENT_WELL.test(h)) && headings.some((h) => WENT_BADLY.test(h))) return { isPlan: false, reason: 'report', concepts };
  // Worked examples in a guide carry numbers too, so amounts do not outvote the voice.
  // A letter to oneself or a brief handed to the colleague who negotiates says "you" to one of us.
  if (you >= 6 && you >= 2 * we + 2 && !input.addressedToUs) return { isPlan: false, reason: 'descriptive', concepts };
  return { isPlan: true, reason: 'sections', concepts };
}

// A bracketed blank written in lower case: not a footnote ("[^1]"), a task box ("[ ]", "[x]"), a link ("[text](url)") or a wikilink.
// negolint's own skeletons ("[fill in: lowest price we accept]", written by --fix) leave a plan with blanks, not a template.
const BRACKET_BLANK = /(?<!\[)\[(?![\^\[]|fill in:)(?=\p{Ll})[^\[\]\n]{2,50}\](?![(:\[\]])/gu;
// A template engine's field: Handlebars or Mustache ("{{give-1}}"), Templater ("<% tp.date.now() %>"), Jinja ("{% if %}").
// …and a form's bracketed blanks in the plan's language: "[à compléter]", "[montant]", "[Betrag]", "[fecha]".
const TEMPLATE_FIELD =
  /\{\{(?!\[\[)[^{}\n]{1,60}\}\}|<%[^%\n]{1,80}%>|\{%[^%\n]{1,80}%\}|\[(?:à compléter|a compléter|a completar|a preencher|da compilare|da completare|ausfüllen|bitte ausfüllen|einfügen|montant|betrag|importe|valor|importo|amount|date|datum|fecha|data|nom|name|nombre|nome|prix|preis|precio|preço|prezzo|price)\b[^\]\n]{0,40}\]/giu;

const WENT_WELL = /\b(?:what|things that) (?:went|worked|go|goes) (?:well|right)\b|\bwhat worked\b|^\s*(?:wins|went well|keep doing)\s*$/i;
const WENT_BADLY = /\b(?:what|things that) (?:went|go|goes) (?:less well|wrong|badly|poorly|not so well)\b|\bwhat (?:did not|didn['’]t) (?:work|go well)\b|^\s*what (?:did not|didn['’]t)\s*[?:]?\s*$|\b(?:could|to) (?:be )?improve(?:d)?\b|^\s*(?:went wrong|misses|stop doing|lessons(?: learned| learnt)?)\s*$/i;



const TAKEN = new Set<Concept>(['walk-away', 'target', 'opening', 'concessions', 'alternative', 'best-and-final', 'counterpart-walk-away']);

function takesPosition(f: Fact): boolean {
  if (!TAKEN.has(f.concept)) return false;
  // A money amount or a percentage; "(10 min)" on an agenda line is not a position.
  if (f.amounts.some((a) => a.kind !== 'number' || (a.value >= 100 && !/^(?:month|year|quarter|day|hour|total)$/.test(a.unit)))) return true;
  return f.concept === 'walk-away' && /\b(?:if|unless|below|above|under|over|without|more than|less than)\b/i.test(f.value.text);
}

function count(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of allMatches(text, re)) n++;
  return n;
}
