/**
 * The range chart: one plan's numbers on a horizontal scale, as inline SVG. Our walk-away point,
 * target and opening above the line, their numbers below it, the zone of agreement shaded between
 * the two limits, or a hatched gap marked "No overlap". Only amounts comparable with the plan's
 * reference amount are drawn; the others are listed beside the chart by the caller.
 *
 * The SVG carries no styles of its own, only classes (`marker`, `ours`, `theirs`, `zone`, `gap`…),
 * so the page it sits in colours it for light and dark themes; every text is escaped.
 */
import { formatAmount } from '../engine/numbers.js';
import type { PlanSummary, SummaryAmount } from './types.js';

/** One point drawn on the chart. */
export interface ChartMarker {
  /** `our-walk-away`, `our-target`, `our-opening`, `our-budget`, `their-budget`, `their-walk-away`, `their-opening`, `their-alternative`. */
  role: string;
  side: 'ours' | 'theirs';
  label: string;
  amount: SummaryAmount;
}

export interface ChartOptions {
  /** Width of the drawing in SVG units (default 640). */
  width?: number;
  /** Prefix for element ids (titles referenced by `aria-labelledby`); unique per page. */
  idPrefix?: string;
}

/** HTML/XML escaping for text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The markers a summary puts on its chart: comparable amounts only, in a fixed order. */
export function chartMarkers(s: PlanSummary): ChartMarker[] {
  const limit = s.side === 'buyer' ? 'Ceiling' : 'Walk-away';
  const theirLimit = s.side === 'buyer' ? 'Their floor' : 'Their ceiling';
  const candidates: [string, 'ours' | 'theirs', string, SummaryAmount | undefined][] = [
    ['our-walk-away', 'ours', limit, s.ours.walkAway],
    ['our-target', 'ours', 'Target', s.ours.target],
    ['our-opening', 'ours', 'Opening', s.ours.opening],
    ['our-budget', 'ours', 'Our budget', s.ours.budget],
    ['their-budget', 'theirs', 'Their budget', s.theirs.budget],
    ['their-walk-away', 'theirs', theirLimit, s.theirs.walkAway],
    ['their-opening', 'theirs', 'Their opening', s.theirs.opening],
    ['their-alternative', 'theirs', 'Their alternative', s.theirs.alternative?.amount],
  ];
  return candidates.filter((c): c is [string, 'ours' | 'theirs', string, SummaryAmount] => c[3] !== undefined && c[3].comparable).map(([role, side, label, amount]) => ({ role, side, label, amount }));
}

const short = (a: SummaryAmount) => {
  const t = a.text.replace(/\s+/g, ' ');
  return t.length > 22 ? formatAmount(a.value, a.currency) : t;
};

/** The plan's range chart as an SVG element, or `undefined` when fewer than one comparable amount is stated. */
export function rangeChart(s: PlanSummary, options: ChartOptions = {}): string | undefined {
  const markers = chartMarkers(s);
  if (markers.length === 0) return undefined;
  const width = options.width ?? 640;
  const id = options.idPrefix ?? 'chart';
  const pad = 56;
  const values = markers.map((m) => m.amount.value);
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (max === min) {
    // One value, or all the same: a scale ±10% around it.
    const d = Math.abs(max) * 0.1 || 1;
    min -= d;
    max += d;
  }
  const span = max - min;
  min -= span * 0.06;
  max += span * 0.06;
  const x = (v: number) => Math.round((pad + ((v - min) / (max - min)) * (width - 2 * pad)) * 10) / 10;

  // Labels in rows above (ours) and below (theirs) the axis, moved to another row when they would overlap.
  const rowHeight = 16;
  const charWidth = 6.4;
  const placed = markers
    .map((m) => ({ m, cx: x(m.amount.value), text: `${m.label} ${short(m.amount)}` }))
    .sort((a, b) => a.cx - b.cx);
  const rows = { ours: [] as number[], theirs: [] as number[] };
  const rowOf = new Map<(typeof placed)[number], number>();
  for (const p of placed) {
    const ends = rows[p.m.side];
    const half = (p.text.length * charWidth) / 2;
    let r = ends.findIndex((end) => end < p.cx - half - 4);
    if (r < 0) r = ends.push(-Infinity) - 1;
    ends[r] = p.cx + half;
    rowOf.set(p, r);
  }
  const above = Math.max(1, rows.ours.length);
  const below = Math.max(1, rows.theirs.length);
  const axisY = 18 + above * rowHeight + 8;
  const height = axisY + 14 + below * rowHeight + 30;
  const labelX = (cx: number, text: string) => Math.min(width - 4 - (text.length * charWidth) / 2, Math.max(4 + (text.length * charWidth) / 2, cx));

  const parts: string[] = [];
  const z = s.zone;
  const desc: string[] = [];
  const at = (a: SummaryAmount | undefined) => (a && a.comparable ? x(a.value) : undefined);
  if (z.status === 'overlap' && z.low && z.high) {
    const x1 = at(z.low);
    const x2 = at(z.high);
    if (x1 !== undefined && x2 !== undefined) {
      parts.push(`<rect class="zone" data-role="zone" x="${x1}" y="${axisY - 10}" width="${Math.max(2, x2 - x1)}" height="20"><title>Zone of agreement: ${escapeHtml(z.low.text)} to ${escapeHtml(z.high.text)}</title></rect>`);
      desc.push(`Zone of agreement from ${z.low.text} to ${z.high.text}.`);
    }
  } else if (z.status === 'none') {
    const ourLimit = markers.find((m) => m.role === 'our-walk-away');
    const theirLimit = markers.find((m) => m.role === (z.theirLimit === 'budget' ? 'their-budget' : 'their-walk-away'));
    if (ourLimit && theirLimit) {
      const x1 = Math.min(x(ourLimit.amount.value), x(theirLimit.amount.value));
      const x2 = Math.max(x(ourLimit.amount.value), x(theirLimit.amount.value));
      parts.push(`<rect class="gap" data-role="gap" x="${x1}" y="${axisY - 10}" width="${Math.max(2, x2 - x1)}" height="20"><title>No overlap: ${escapeHtml(z.gap?.text ?? '')} apart</title></rect>`);
      parts.push(`<text class="gap-label" data-role="no-overlap" x="${labelX((x1 + x2) / 2, 'No overlap')}" y="${height - 8}" text-anchor="middle">No overlap${z.gap ? ` (${escapeHtml(z.gap.text)} apart)` : ''}</text>`);
      desc.push(`No overlap: ${z.reason}`);
    }
  }
  parts.push(`<line class="axis" x1="${pad / 2}" y1="${axisY}" x2="${width - pad / 2}" y2="${axisY}"/>`);
  for (const p of placed) {
    const r = rowOf.get(p)!;
    const ours = p.m.side === 'ours';
    const y1 = ours ? 18 + (above - 1 - r) * rowHeight + 4 : axisY;
    const y2 = ours ? axisY : axisY + 14 + r * rowHeight;
    const ty = ours ? 18 + (above - 1 - r) * rowHeight : axisY + 14 + r * rowHeight + 12;
    parts.push(
      `<g class="marker ${p.m.side} ${p.m.role}" data-role="${p.m.role}" data-value="${p.m.amount.value}" data-x="${p.cx}">` +
        `<line x1="${p.cx}" y1="${y1}" x2="${p.cx}" y2="${y2}"/>` +
        `<circle cx="${p.cx}" cy="${axisY}" r="4"/>` +
        `<text x="${labelX(p.cx, p.text)}" y="${ty}" text-anchor="middle">${escapeHtml(p.text)}</text>` +
        `</g>`,
    );
    desc.push(`${p.m.label}: ${p.m.amount.text}.`);
  }
  const unit = s.unit ? ` (${s.unit.replace('/', ' per ')})` : '';
  const title = `Negotiation range for ${s.title}${unit}`;
  return (
    `<svg class="range-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc.join(' '))}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
