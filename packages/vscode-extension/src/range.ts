/**
 * What the "Show negotiation range" panel and the CodeLens on a plan's title show, from the plan
 * summary the server sends (`negolint/planSummary`). Pure, so it is unit-tested without VS Code.
 * The chart is the core's (`@negolint/core/chart`), the same SVG as in `negolint report`.
 */
import { escapeHtml as e, rangeChart } from '@negolint/core/chart';
import type { PlanSummary, SummaryAmount } from '@negolint/core';

const ready = (s: PlanSummary) => `Ready ${s.readiness.met}/${s.readiness.met + s.readiness.notMet}`;

function zonePhrase(s: PlanSummary): string {
  const theirs = s.zone.theirLimit === 'budget' ? 'their budget' : s.side === 'buyer' ? "the supplier's floor" : 'their ceiling';
  if (s.zone.status === 'none') return `no overlap with ${theirs}`;
  if (s.zone.status === 'overlap') return `overlaps ${theirs}`;
  return /^not comparable/i.test(s.zone.reason) ? `not comparable with ${theirs}` : 'their limit unknown';
}

/** The CodeLens above a plan's title: "Ready 9/11 · walk-away $310k · target $380k · no overlap with their budget". */
export function lensTitle(s: PlanSummary): string {
  const parts = [ready(s)];
  if (s.ours.walkAway) parts.push(`${s.side === 'buyer' ? 'ceiling' : 'walk-away'} ${s.ours.walkAway.text}`);
  if (s.ours.target) parts.push(`target ${s.ours.target.text}`);
  parts.push(zonePhrase(s));
  return parts.join(' · ');
}

/** A random nonce for the panel's style element. */
export function nonce(): string {
  let out = '';
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < 32; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

// The editor's own colours (the webview defines these variables for the active theme).
const CSS = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 8px 16px; }
h1 { font-size: 1.3em; margin: 8px 0 2px; }
h2 { font-size: 1.05em; margin: 16px 0 4px; }
a { color: var(--vscode-textLink-foreground); }
.muted { color: var(--vscode-descriptionForeground); }
code { font-family: var(--vscode-editor-font-family); }
.range-chart { display: block; width: 100%; max-width: 760px; height: auto; margin: 8px 0; }
.range-chart text { font: 12px var(--vscode-font-family); fill: var(--vscode-foreground); }
.range-chart .axis { stroke: var(--vscode-descriptionForeground); stroke-width: 1.5; }
.range-chart .marker line { stroke-width: 1.5; stroke-dasharray: 3 2; }
.range-chart .ours line, .range-chart .ours circle { stroke: var(--vscode-charts-blue); fill: var(--vscode-charts-blue); }
.range-chart .theirs line, .range-chart .theirs circle { stroke: var(--vscode-charts-orange); fill: var(--vscode-charts-orange); }
.range-chart .ours text { fill: var(--vscode-charts-blue); }
.range-chart .theirs text { fill: var(--vscode-charts-orange); }
.range-chart .zone { fill: var(--vscode-charts-green); fill-opacity: 0.25; stroke: var(--vscode-charts-green); }
.range-chart .gap { fill: var(--vscode-charts-red); fill-opacity: 0.2; stroke: var(--vscode-charts-red); stroke-dasharray: 4 3; }
.range-chart .gap-label { fill: var(--vscode-charts-red); font-weight: 600; }
.zone-none, .not-met { color: var(--vscode-charts-red); }
.zone-overlap, .met { color: var(--vscode-charts-green); }
.not-applicable { color: var(--vscode-descriptionForeground); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 4px 0; }
dt { color: var(--vscode-descriptionForeground); }
dd { margin: 0; }
ul.checklist { list-style: none; padding: 0; margin: 0; }
ul.checklist > li { padding: 2px 0; }
ul.checklist ul { margin: 2px 0 4px 24px; padding: 0; list-style: disc; color: var(--vscode-foreground); }
.mark { display: inline-block; width: 1.4em; font-weight: 700; }
`;

function amount(a: SummaryAmount | undefined): string {
  if (!a) return '<span class="muted">not stated</span>';
  return `<strong>${e(a.text)}</strong> <span class="muted">(line ${a.line})</span>${a.comparable ? '' : ' <span class="muted">not comparable</span>'}`;
}

/**
 * The panel's HTML. The policy allows the one style element (by nonce) and nothing else: no
 * script, no image, no font, nothing fetched; every text from the plan is escaped.
 */
export function panelHtml(s: PlanSummary | null, options: { nonce: string; fileName: string }): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${options.nonce}'; img-src 'none'; script-src 'none'; font-src 'none'"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Negotiation range</title><style nonce="${options.nonce}">${CSS}</style></head><body>`;
  if (!s) return `${head}<h1>Negotiation range</h1><p class="muted">${e(options.fileName)} is not a negotiation plan (or negolint is off for it): nothing to show.</p></body></html>`;
  const zoneTitle = s.zone.status === 'overlap' ? 'Zone of agreement' : s.zone.status === 'none' ? 'No zone of agreement' : 'Zone of agreement unknown';
  const reason = s.zone.reason.split(/(`[^`]*`)/).map((part, i) => (i % 2 === 1 ? `<code>${e(part.slice(1, -1))}</code>` : e(part))).join('');
  const limit = s.side === 'buyer' ? 'Our ceiling' : 'Our walk-away point';
  const rows: [string, string][] = [
    [limit, amount(s.ours.walkAway)],
    ['Our target', amount(s.ours.target)],
    ['Our opening', amount(s.ours.opening)],
  ];
  if (s.side === 'seller') rows.push(['Their budget', amount(s.theirs.budget)]);
  rows.push([s.side === 'buyer' ? "The supplier's floor" : 'Their ceiling (estimate)', amount(s.theirs.walkAway)]);
  if (s.theirs.opening) rows.push(['Their opening', amount(s.theirs.opening)]);
  rows.push(['Their alternative', s.theirs.alternative ? `${e(s.theirs.alternative.text)} <span class="muted">(line ${s.theirs.alternative.line})</span>` : '<span class="muted">not stated</span>']);
  const order = { 'not-met': 0, met: 1, 'not-applicable': 2 } as const;
  const mark = { met: '✓', 'not-met': '✗', 'not-applicable': '–' } as const;
  const checklist = [...s.readiness.rules]
    .sort((a, b) => order[a.status] - order[b.status])
    .map(
      (r) =>
        `<li class="${r.status}"><span class="mark">${mark[r.status]}</span><a href="${e(r.url)}">${e(r.ruleId)}</a> <span class="muted">— ${e(r.description)}</span>` +
        (r.findings.length ? `<ul>${r.findings.map((f) => `<li>Line ${f.line}: ${e(f.message)}</li>`).join('')}</ul>` : '') +
        `</li>`,
    )
    .join('');
  const chart = rangeChart(s, { idPrefix: 'range' }) ?? '<p class="muted">No range to draw: the plan states no amount for its walk-away point, target or opening.</p>';
  return `${head}<h1>${e(s.title)}</h1><p class="muted">${e(options.fileName)} · ${e(s.side)} · ${e(ready(s))}${s.readiness.notApplicable ? ` · ${s.readiness.notApplicable} not applicable` : ''}</p>
${chart}
<p class="zone-${s.zone.status}"><strong>${zoneTitle}.</strong> ${reason}</p>
<dl>${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}</dl>
<h2>Readiness checklist</h2><ul class="checklist">${checklist}</ul></body></html>`;
}
