/**
 * `negolint report --format html`: one self-contained page. Styles and the small table-sorting
 * script are inline and pinned by hash in the page's content security policy, so nothing is
 * fetched and nothing else runs; charts are inline SVG coloured by the page's CSS, for light and
 * dark themes and for print. Every text from a plan or a file name is escaped.
 */
import { createHash } from 'node:crypto';
import { escapeHtml, rangeChart } from '../../summary/chart.js';
import type { PlanSummary, SummaryAmount, SummaryRoom } from '../../summary/types.js';
import { dealValue, readinessText, topGaps, zoneWords, type ReportData } from './data.js';

const CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --card: #f6f8fa;
  --ours: #0550ae; --theirs: #953800; --zone: #1a7f37; --gap: #cf222e; --ok: #1a7f37; --bad: #cf222e; --na: #59636e; --link: #0550ae; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --card: #151b23;
    --ours: #79c0ff; --theirs: #ffa657; --zone: #3fb950; --gap: #ff7b72; --ok: #3fb950; --bad: #ff7b72; --na: #9198a1; --link: #79c0ff; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1240px; padding: 24px; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--link); }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.25em; margin: 0 0 4px; }
h3 { font-size: 1em; margin: 16px 0 4px; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.muted, .meta { color: var(--muted); }
.totals { display: flex; flex-wrap: wrap; gap: 8px 24px; padding: 0; list-style: none; margin: 12px 0 20px; }
.totals strong { font-size: 1.3em; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 32px; }
caption { text-align: left; color: var(--muted); padding-bottom: 6px; }
th, td { border-bottom: 1px solid var(--border); padding: 6px 8px; text-align: left; vertical-align: top; }
th { white-space: nowrap; }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " \\2191"; }
th[aria-sort="descending"] button::after { content: " \\2193"; }
td.nowrap { white-space: nowrap; }
td:first-child { min-width: 12em; }
.table-wrap { overflow-x: auto; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.score { display: inline-block; width: 60px; height: 8px; background: var(--border); border-radius: 4px; vertical-align: middle; margin-right: 6px; overflow: hidden; }
.score span { display: block; height: 100%; background: var(--ok); }
.zone-none, .status-not-met { color: var(--bad); }
.zone-overlap, .status-met { color: var(--ok); }
.status-not-applicable { color: var(--na); }
.plan { border: 1px solid var(--border); border-radius: 8px; padding: 16px 20px; margin: 0 0 20px; background: var(--card); }
.range-chart { display: block; width: 100%; max-width: 760px; height: auto; margin: 12px 0; }
.range-chart text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--fg); }
.range-chart .axis { stroke: var(--muted); stroke-width: 1.5; }
.range-chart .marker line { stroke-width: 1.5; stroke-dasharray: 3 2; }
.range-chart .ours line, .range-chart .ours circle { stroke: var(--ours); fill: var(--ours); }
.range-chart .theirs line, .range-chart .theirs circle { stroke: var(--theirs); fill: var(--theirs); }
.range-chart .ours text { fill: var(--ours); }
.range-chart .theirs text { fill: var(--theirs); }
.range-chart .zone { fill: var(--zone); fill-opacity: 0.25; stroke: var(--zone); }
.range-chart .gap { fill: var(--gap); fill-opacity: 0.18; stroke: var(--gap); stroke-dasharray: 4 3; }
.range-chart .gap-label { fill: var(--gap); font-weight: 600; }
dl.numbers { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
dl.numbers dt { color: var(--muted); }
dl.numbers dd { margin: 0; }
ul.checklist { list-style: none; padding: 0; margin: 0; }
ul.checklist > li { padding: 2px 0; }
ul.checklist ul { margin: 2px 0 4px 24px; padding: 0; list-style: disc; color: var(--fg); }
.mark { display: inline-block; width: 1.4em; font-weight: 700; }
.nc { color: var(--muted); font-style: italic; }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #444444; --border: #999999; --card: #ffffff;
    --ours: #0550ae; --theirs: #953800; --zone: #1a7f37; --gap: #cf222e; --ok: #1a7f37; --bad: #cf222e; --na: #444444; --link: #000000; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  th button::after { content: ""; }
  .plan { break-inside: avoid; page-break-inside: avoid; }
  a { text-decoration: none; }
}
`;

// Sorts the plans table by the column whose header button was pressed; empty cells stay last.
const SCRIPT = `(() => {
  const table = document.getElementById('plans');
  if (!table) return;
  const body = table.tBodies[0];
  for (const button of table.querySelectorAll('thead button')) {
    button.addEventListener('click', () => {
      const th = button.closest('th');
      const col = Array.prototype.indexOf.call(th.parentNode.children, th);
      const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const h of table.querySelectorAll('thead th')) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir);
      const numeric = th.dataset.type === 'number';
      const key = (row) => { const c = row.cells[col]; return c.dataset.sort !== undefined ? c.dataset.sort : c.textContent.trim(); };
      const rows = Array.from(body.rows).sort((a, b) => {
        const x = key(a), y = key(b);
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        const c = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return dir === 'ascending' ? c : -c;
      });
      for (const r of rows) body.appendChild(r);
    });
  }
})();`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const e = escapeHtml;
/** Text with `code` spans (as the summary's reasons quote amounts) as HTML. */
const withCode = (text: string) => text.split(/(`[^`]*`)/).map((part, i) => (i % 2 === 1 ? `<code>${e(part.slice(1, -1))}</code>` : e(part))).join('');
/** An amount that does not break between its currency and its digits ("€ 1.000.000", "CHF 21 000"). */
const money = (text: string) => e(text).replace(/(?<=[^\s\d]|\d) (?=\d)/g, '\u00a0');
/** The score bar's width class: 0–100 in steps of 5 (the policy allows no inline styles). */
const barClass = (p: PlanSummary) => `w${Math.round(p.readiness.score * 20) * 5}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function amountHtml(a: SummaryAmount | undefined, what: string): string {
  if (!a) return `<span class="muted">not stated</span>`;
  const where = `${a.source === 'frontmatter' ? 'frontmatter' : `line ${a.line}`}${a.label ? `, ${a.label}` : ''}`;
  return `<strong>${e(a.text)}</strong> <span class="muted">(${e(where)})</span>${a.comparable ? '' : ` <span class="nc" title="${e(`${what} is in another currency or unit than our walk-away point`)}">not comparable</span>`}`;
}

function roomHtml(r: SummaryRoom): string {
  if (!('difference' in r)) return `<span class="muted">${e(r.reason)}</span>`;
  if (r.status === 'ok') return `${e(r.difference.text)} (${r.difference.percent}%)`;
  return `<span class="zone-none">inverted by ${e(r.difference.text)} (${r.difference.percent}%)</span>`;
}

function planSection(p: PlanSummary, i: number): string {
  const id = `plan-${i + 1}`;
  const chart = rangeChart(p, { idPrefix: `${id}-chart` });
  const side = `${p.side}${p.sideSource === 'stated' ? '' : ` (${p.sideSource === 'default' ? 'assumed' : p.sideSource === 'config' ? 'from the config' : 'read from its words'})`}`;
  const zoneClass = `zone-${p.zone.status}`;
  const zoneTitle = p.zone.status === 'overlap' ? 'Zone of agreement' : p.zone.status === 'none' ? 'No zone of agreement' : 'Zone of agreement unknown';
  const ourLimit = p.side === 'buyer' ? 'Our ceiling' : 'Our walk-away point';
  const theirLimit = p.side === 'buyer' ? "The supplier's floor" : 'Their ceiling (estimate)';
  const rows: [string, string][] = [
    [ourLimit, amountHtml(p.ours.walkAway, ourLimit)],
    ['Our target', amountHtml(p.ours.target, 'Our target')],
    ['Our opening', amountHtml(p.ours.opening, 'Our opening')],
  ];
  if (p.ours.budget) rows.push(['Our budget', amountHtml(p.ours.budget, 'Our budget')]);
  if (p.side === 'seller') rows.push(['Their budget', amountHtml(p.theirs.budget, 'Their budget')]);
  rows.push([theirLimit, amountHtml(p.theirs.walkAway, theirLimit)]);
  if (p.theirs.opening) rows.push(['Their opening', amountHtml(p.theirs.opening, 'Their opening')]);
  rows.push(['Their alternative', p.theirs.alternative ? `${e(p.theirs.alternative.text)} <span class="muted">(line ${p.theirs.alternative.line})</span>` : '<span class="muted">not stated</span>']);
  const order = { 'not-met': 0, met: 1, 'not-applicable': 2 } as const;
  const rules = [...p.readiness.rules].sort((a, b) => order[a.status] - order[b.status]);
  const mark = { met: '✓', 'not-met': '✗', 'not-applicable': '–' } as const;
  const word = { met: 'met', 'not-met': 'not met', 'not-applicable': 'not applicable' } as const;
  const checklist = rules
    .map(
      (r) =>
        `<li class="status-${r.status}"><span class="mark" aria-hidden="true">${mark[r.status]}</span><span class="visually-hidden">${word[r.status]}: </span>` +
        `<a href="${e(r.url)}">${e(r.ruleId)}</a> <span class="muted">— ${e(r.description)}</span>` +
        (r.findings.length > 0 ? `<ul>${r.findings.map((f) => `<li>Line ${f.line}: ${e(f.message)}</li>`).join('')}</ul>` : '') +
        `</li>`,
    )
    .join('');
  return `<section class="plan" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${e(p.title)}</h2>
<p class="meta"><code>${e(p.filePath ?? '')}</code> · ${e(side)}${p.counterpart ? ` · ${e(p.counterpart)}` : ''} · ready ${readinessText(p)} · ${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')}</p>
${chart ?? `<p class="muted">No range to draw: the plan states no amount for its walk-away point, target or opening.</p>`}
<p class="${zoneClass}"><strong>${zoneTitle}.</strong> ${withCode(p.zone.reason)}</p>
<dl class="numbers">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}
<dt>Walk-away → target</dt><dd>${roomHtml(p.room.walkAwayToTarget)}</dd><dt>Target → opening</dt><dd>${roomHtml(p.room.targetToOpening)}</dd></dl>
<h3>Readiness: ${readinessText(p)} rules met${p.readiness.notApplicable ? `, ${p.readiness.notApplicable} not applicable` : ''}</h3>
<ul class="checklist">${checklist}</ul>
</section>`;
}

function tableRow(p: PlanSummary, i: number): string {
  const value = dealValue(p);
  const gaps = topGaps(p);
  return `<tr>
<td data-sort="${e(p.title.toLowerCase())}"><a href="#plan-${i + 1}">${e(p.title)}</a><br><code class="muted">${e(p.filePath ?? '')}</code></td>
<td>${e(p.side)}</td>
<td class="num" data-sort="${value && value.comparable ? value.value : ''}">${value ? money(value.text) : ''}</td>
<td class="num" data-sort="${p.ours.walkAway ? p.ours.walkAway.value : ''}">${p.ours.walkAway ? money(p.ours.walkAway.text) : ''}</td>
<td class="nowrap zone-${p.zone.status}">${e(zoneWords(p))}</td>
<td class="num nowrap" data-sort="${p.readiness.score.toFixed(4)}"><span class="score" aria-hidden="true"><span class="${barClass(p)}"></span></span>${readinessText(p)}</td>
<td class="num" data-sort="${p.errors}">${p.errors}</td>
<td class="num" data-sort="${p.warnings}">${p.warnings}</td>
<td class="gaps">${gaps.length > 0 ? gaps.map((r) => `<a href="${e(r.url)}">${e(r.ruleId).replace(/-/g, '\u2011')}</a>`).join(', ') : '<span class="muted">none</span>'}</td>
</tr>`;
}

/** The report as one HTML page. */
export function renderHtml(data: ReportData): string {
  const { totals } = data;
  const widths = [...new Set(data.plans.map(barClass))].sort();
  const css = `${CSS}${widths.map((w) => `.score .${w} { width: ${w.slice(1)}%; }`).join('\n')}\n.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }\n`;
  const csp = `default-src 'none'; style-src ${hash(css)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const rows = data.plans.map(tableRow).join('\n');
  const list = (items: string[]) => `<ul>${items.map((x) => `<li>${x}</li>`).join('')}</ul>`;
  const inputs = data.inputs.map((i) => `<code>${e(i)}</code>`).join(', ');
  const body: string[] = [];
  body.push(`<header><h1>Deal readiness</h1><p class="meta">negolint ${e(data.negolint)} · ${inputs}</p></header>`);
  body.push(
    `<ul class="totals">` +
      `<li><strong>${totals.plans}</strong> ${totals.plans === 1 ? 'plan' : 'plans'}</li>` +
      `<li><strong>${totals.ready}</strong> ready</li>` +
      `<li><strong>${totals.noOverlap}</strong> with no zone of agreement</li>` +
      `<li><strong>${totals.errors}</strong> ${totals.errors === 1 ? 'error' : 'errors'}, <strong>${totals.warnings}</strong> ${totals.warnings === 1 ? 'warning' : 'warnings'}</li>` +
      `<li><strong>${totals.notPlans}</strong> not ${totals.notPlans === 1 ? 'a plan' : 'plans'}</li>` +
      (totals.unreadable ? `<li><strong>${totals.unreadable}</strong> not read</li>` : '') +
      `</ul>`,
  );
  if (data.plans.length === 0) {
    body.push(`<p>No plans found${totals.files === 0 ? ': no Markdown files in the paths given' : ''}.</p>`);
  } else {
    const th = (label: string, type: 'text' | 'number' = 'text') => `<th scope="col" data-type="${type}"><button type="button">${label}</button></th>`;
    body.push(
      `<div class="table-wrap"><table id="plans"><caption>Plans: sort by a column with its header button. Target is the deal's value where the plan states it.</caption>` +
        `<thead><tr>${th('Plan')}${th('Side')}${th('Target', 'number')}${th('Walk-away', 'number')}${th('Zone')}${th('Readiness', 'number')}${th('Errors', 'number')}${th('Warnings', 'number')}<th scope="col">Top gaps</th></tr></thead>` +
        `<tbody>\n${rows}\n</tbody></table></div>`,
    );
    body.push(...data.plans.map(planSection));
  }
  if (data.notPlans.length > 0) body.push(`<section aria-labelledby="not-plans"><h2 id="not-plans">Not plans (${data.notPlans.length})</h2><p class="muted">Markdown files negolint read and did not recognise as negotiation plans.</p>${list(data.notPlans.map((f) => `<code>${e(f)}</code>`))}</section>`);
  if (data.problems.length > 0) body.push(`<section aria-labelledby="problems"><h2 id="problems">Not read (${data.problems.length})</h2>${list(data.problems.map((p) => `<code>${e(p.filePath)}</code>: ${e(p.message)}`))}</section>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="negolint ${e(data.negolint)}">
<title>Deal readiness — negolint</title>
<style>${css}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
