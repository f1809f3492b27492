/**
 * `negolint report --format md`: a table of plans and one line per plan, for a pull-request
 * comment or a CI job summary (`>> $GITHUB_STEP_SUMMARY`). Text from plans is escaped so it
 * cannot add links, images, HTML, math (`$…$`) or table cells; amounts and paths are code spans.
 */
import type { PlanSummary } from '../../summary/types.js';
import { dealValue, readinessText, topGaps, zoneWords, type ReportData } from './data.js';

/** Plain text inside Markdown: one line, with every character that could start markup escaped. */
function text(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~$&]/g, '\\$&');
}

/** A code span that holds any text (backtick runs get a longer fence), on one line. */
function code(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...one.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = one.startsWith('`') || one.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${one}${pad}${fence}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function line(p: PlanSummary): string {
  const parts: string[] = [];
  const ours = [
    p.ours.walkAway ? `${p.side === 'buyer' ? 'ceiling' : 'walk-away'} ${code(p.ours.walkAway.text)}` : undefined,
    p.ours.target ? `target ${code(p.ours.target.text)}` : undefined,
    p.ours.opening ? `opening ${code(p.ours.opening.text)}` : undefined,
  ].filter(Boolean);
  parts.push(ours.length > 0 ? ours.join(' · ') : 'no numbers stated');
  const zone = p.zone.status === 'overlap' ? 'zone of agreement' : p.zone.status === 'none' ? '**no zone of agreement**' : 'zone unknown';
  // The zone's reason quotes amounts in backticks already: keep those as code spans, escape the rest.
  const reason = p.zone.reason.split(/(`[^`]*`)/).map((s, i) => (i % 2 === 1 ? code(s.slice(1, -1)) : text(s))).join('');
  parts.push(`${zone}: ${reason}`);
  return `- **${text(p.title.trim())}** (${code(p.filePath ?? '')}, ${p.side}): ${parts.join('; ')}`;
}

/** The report as Markdown. */
export function renderMarkdown(data: ReportData): string {
  const { totals } = data;
  const out: string[] = ['## Deal readiness', ''];
  const summary = [
    plural(totals.plans, 'plan'),
    `${totals.ready} ready`,
    `${totals.noOverlap} with no zone of agreement`,
    `${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}`,
    `${totals.notPlans} not ${totals.notPlans === 1 ? 'a plan' : 'plans'}`,
    ...(totals.unreadable ? [`${totals.unreadable} not read`] : []),
  ];
  out.push(summary.join(' · '), '');
  if (data.plans.length === 0) {
    out.push(totals.files === 0 ? 'No Markdown files in the paths given.' : 'No plans found.', '');
  } else {
    out.push('| Plan | Side | Target | Zone | Readiness | Errors | Warnings | Top gaps |', '| --- | --- | --- | --- | --- | ---: | ---: | --- |');
    for (const p of data.plans) {
      const value = dealValue(p);
      const gaps = topGaps(p).map((r) => `[${r.ruleId}](${r.url})`).join(', ') || 'none';
      out.push(`| ${text(p.title.trim())}<br>${code(p.filePath ?? '')} | ${p.side} | ${value ? code(value.text) : ''} | ${zoneWords(p)} | ${readinessText(p)} | ${p.errors} | ${p.warnings} | ${gaps} |`);
    }
    out.push('');
    for (const p of data.plans) out.push(line(p));
    out.push('');
  }
  if (data.notPlans.length > 0) out.push(`<details><summary>Not plans (${data.notPlans.length})</summary>`, '', ...data.notPlans.map((f) => `- ${code(f)}`), '', '</details>', '');
  if (data.problems.length > 0) out.push(`**Not read (${data.problems.length})**`, '', ...data.problems.map((p) => `- ${code(p.filePath)}: ${text(p.message.trim())}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}
