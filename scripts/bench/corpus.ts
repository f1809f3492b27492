/**
 * A deterministic generator of realistic negotiation plans (20–400 lines):
 * frontmatter, headings in several styles, bold labels, tables, lists, prose
 * and numbers in US, British and European formats. Same seed, same corpus.
 */
import { mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACCOUNTS = ['Acme Freight', 'Globex', 'Initech', 'Northwind', 'Umbrella Health', 'Stark Retail', 'Wayne Logistics', 'Hooli', 'Vandelay Imports', 'Soylent Foods'];
const PEOPLE = ['Priya Shah (CFO)', 'Tom Becker (Procurement)', 'Ana Lima (COO)', 'Jonas Weber (IT security)', 'Dana Ruiz (VP Sales)', 'Marek Nowak (Legal)'];
const PROSE = [
  'They told us the pilot cut their route planning time by a third, and the operations team wants it everywhere.',
  'Procurement runs a formal tender above this size, so we expect a second supplier in the room.',
  'The champion is under pressure from the board to show savings before the end of the fiscal year.',
  'We have delivered on every milestone of the current contract; the service reviews were positive.',
  'Their IT team prefers hosted solutions and asked for our SOC 2 report, which we will send this week.',
  'Usage grew from 180 to 420 seats in twelve months, mostly in the warehouse teams.',
  'The renewal date is fixed by the current contract and cannot move without a notice period.',
];

function money(r: () => number, currency: string, base: number): string {
  const v = Math.round(base / 1000) * 1000;
  switch (currency) {
    case 'EUR':
      return r() < 0.5 ? `€${v.toLocaleString('de-DE')}` : `€${(v / 1e6).toFixed(1).replace('.', ',')}M`;
    case 'GBP':
      return r() < 0.5 ? `£${Math.round(v / 1000)}k` : `£${v.toLocaleString('en-GB')}`;
    default:
      return r() < 0.5 ? `$${Math.round(v / 1000)}k` : `$${v.toLocaleString('en-US')}`;
  }
}

export function generatePlan(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const currency = pick(['USD', 'EUR', 'GBP']);
  const buyer = r() < 0.3;
  const walk = 200_000 + Math.floor(r() * 800_000);
  const target = buyer ? walk * (0.75 + r() * 0.1) : walk * (1.15 + r() * 0.3);
  const opening = buyer ? target * 0.85 : target * 1.12;
  const style = Math.floor(r() * 3);
  const lines: string[] = [];
  if (r() < 0.6) lines.push('---', `account: ${pick(ACCOUNTS)}`, `side: ${buyer ? 'buyer' : 'seller'}`, `currency: ${currency}`, '---', '');
  lines.push(`# ${pick(ACCOUNTS)} — ${buyer ? 'procurement' : 'renewal'} plan`, '');
  const section = (title: string, body: string[]) => {
    if (style === 1) lines.push(`**${title}:** ${body[0]}`, ...body.slice(1), '');
    else if (style === 2) lines.push(title, '-'.repeat(title.length), '', ...body, '');
    else lines.push(`## ${title}`, '', ...body, '');
  };
  section('Walk-away point', [`${buyer ? 'Above' : 'Below'} ${money(r, currency, walk)} per year we walk away.`]);
  section('Our alternative', ['Redeploy the team to the expansion deal that starts next quarter.']);
  section('Target', [`${money(r, currency, target)} per year on a three-year term.`]);
  section('Opening offer', [`${money(r, currency, opening)} per year, based on the list price and the savings measured in the pilot.`]);
  if (r() < 0.7) {
    lines.push('| Position | Value | Rationale |', '| --- | --- | --- |');
    lines.push(`| Walk-away | ${money(r, currency, walk)} | below this we stop |`, `| Target | ${money(r, currency, target)} | realistic |`, `| Opening | ${money(r, currency, opening)} | list price |`, '');
  }
  section('Concessions', ['']);
  const steps = [6, 3, 1];
  steps.forEach((s, i) => lines.push(`${i + 1}. ${s}% off, in exchange for ${pick(['a three-year term', 'a case study', 'signature by month end', 'upfront payment'])}.`));
  lines.push('');
  section('Price challenge', ['If they say we are too expensive, go back to the value: the payback was under six months.']);
  section('Common ground', ['We already agree on the SLA and the rollout order.']);
  lines.push('## Stakeholders', '');
  for (let i = 0; i < 2 + Math.floor(r() * 4); i++) lines.push(`- ${pick(PEOPLE)}`);
  lines.push('', '- Decision maker: the CFO signs.', '- Timeline: decision by 30 June.', `- Budget: ${money(r, currency, target)} approved.`, '- Needs: fewer missed delivery windows.', '');
  lines.push('## Questions', '', '- Is there any reason you would not sign by 30 June?', '');
  const target_lines = 20 + Math.floor(r() * 380);
  lines.push('## Notes', '');
  while (lines.length < target_lines) {
    const k = r();
    if (k < 0.5) lines.push(pick(PROSE), '');
    else if (k < 0.8) lines.push(`- ${pick(PROSE)}`);
    else lines.push(`| ${pick(PEOPLE)} | ${money(r, currency, 10_000 + r() * 90_000)} | ${Math.floor(r() * 30)}% |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `count` plans under `dir` (100 per folder); reuses an existing complete corpus. */
export function writeCorpus(dir: string, count: number, seed = 1): string {
  const marker = path.join(dir, `.complete-${count}-${seed}`);
  if (existsSync(marker)) return dir;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `plan-${String(i).padStart(5, '0')}.md`), generatePlan(seed * 100_003 + i));
  }
  writeFileSync(marker, '');
  return dir;
}

export function countFiles(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countFiles(path.join(dir, e.name));
    else if (e.name.endsWith('.md')) n++;
  }
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100);
  const dir = path.resolve(process.argv[3] ?? `bench/corpus/${count}`);
  writeCorpus(dir, count);
  console.log(`${countFiles(dir)} plans in ${dir}`);
}
