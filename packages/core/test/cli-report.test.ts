/**
 * `negolint report`, run as a process: the readiness report over a folder of plans in each
 * format (Markdown by default, HTML by the output file's name, JSON), empty folders, files that
 * are not plans or cannot be read, plans with no numbers, hostile names and titles, the config,
 * and the flags that do not apply. The page in a real browser: test/browser/report.mjs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SUMMARY_VERSION } from '../src/index.js';
import { NOT_A_PLAN, PARALLEL, ROOT, cleanup, ensureBuilt, negolint, project } from './cli-helpers.js';

beforeAll(ensureBuilt);
afterAll(cleanup);

/** The example: the customer's budget ($280k) below our walk-away point ($290k). */
const NO_OVERLAP = '# Northwind analytics\n\nSide: seller\n\n**Walk-away:** $290k\n**Target:** $340k\n**Opening:** $380k, the 2025 list price\n**Budget:** $280k approved by their CFO\n';
const OVERLAP = '---\ncustomer: Acme Corp\n---\n# Acme renewal\n\nSide: seller\n\n**Walk-away:** $300k\n**Target:** $400k, agreed with finance\n**Opening:** $500k, the 2025 list price\n**Their walk-away:** $450k, the platform line in their budget\n';
const BUYER = '---\nside: buyer\n---\n# Globex hosting tender\n\n| Position | Value |\n| --- | --- |\n| Ceiling | € 1.200.000 |\n| Target | € 1.000.000 |\n| Their floor | € 1.250.000 |\n';
const NO_NUMBERS = '# Initech support\n\nSide: seller\n\n## Walk-away point\n\nWe walk if they insist on a one-year term.\n\n## Our alternative\n\nWe move the team to the Hooli rollout.\n';

/** A complete plan: every rule met. */
const READY = readFileSync(path.join(ROOT, 'fixtures/plans/good/seller-saas-renewal.md'), 'utf8');

const FOLDER = { 'plans/ledgerline.md': READY, 'plans/northwind.md': NO_OVERLAP, 'plans/acme.md': OVERLAP, 'plans/globex.md': BUYER, 'plans/initech.md': NO_NUMBERS, 'notes/team.md': NOT_A_PLAN };

interface Report {
  reportVersion: number;
  negolint: string;
  inputs: string[];
  plans: { filePath: string; schemaVersion: number; title: string; zone: { status: string }; readiness: { rules: { ruleId: string }[] } }[];
  notPlans: string[];
  problems: { filePath: string; code: string; message: string }[];
  totals: Record<string, number>;
}

describe('negolint report', PARALLEL, () => {
  it('writes Markdown to stdout by default: a table of plans and one line per plan; exit 0 whatever the plans say', async () => {
    const dir = project(FOLDER);
    const r = await negolint(['report'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('## Deal readiness');
    expect(r.stdout).toContain('5 plans · 1 ready · 2 with no zone of agreement');
    expect(r.stdout).toContain('1 not a plan');
    const header = lines.findIndex((l) => l.startsWith('| Plan |'));
    const rows = lines.slice(header + 2, header + 7);
    expect(rows.map((l) => l.split('<br>')[1]!.split(' |')[0])).toEqual(['`plans/acme.md`', '`plans/globex.md`', '`plans/initech.md`', '`plans/ledgerline.md`', '`plans/northwind.md`']);
    // Every row has as many cells as the header.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(lines[header]!.split('|').length);
    expect(r.stdout).toMatch(/^- \*\*Northwind analytics\*\* \(`plans\/northwind\.md`, seller\): walk-away `\$290k` · target `\$340k` · opening `\$380k`; \*\*no zone of agreement\*\*: Their budget `\$280k` is below our walk-away point `\$290k` by \\\$10,000 \\\(3\.4%\\\): as written, no price works for both sides\.$/m);
    expect(r.stdout).toMatch(/^- \*\*Initech support\*\* \(`plans\/initech\.md`, seller\): no numbers stated; zone unknown: /m);
    expect(r.stdout).toContain('[zone-of-agreement](https://github.com/negolint/negolint/blob/main/packages/core/docs/rules/zone-of-agreement.md)');
    expect(r.stdout).toContain('<details><summary>Not plans (1)</summary>');
    expect(r.stdout).toContain('- `notes/team.md`');
  });

  it('picks HTML from an output file ending in .html: one self-contained page whose policy allows only its own style and script', async () => {
    const dir = project(FOLDER);
    const r = await negolint(['report', 'plans', '--output-file', 'out/readiness.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const html = readFileSync(path.join(dir, 'out/readiness.html'), 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toBe(`default-src 'none'; style-src ${sha(style)}; script-src ${sha(script)}; img-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/\s(?:src|href)="(?!#|https:\/\/github\.com\/negolint\/negolint\/blob\/main\/packages\/core\/docs\/rules\/)/);
    expect(html).not.toMatch(/\sstyle="/);
    // A chart per plan with numbers, the zone shaded or the gap marked, none for the plan without numbers.
    expect(html.match(/<svg class="range-chart"/g)).toHaveLength(4);
    expect(html.match(/<rect class="zone"/g)).toHaveLength(2);
    expect(html.match(/<rect class="gap"/g)).toHaveLength(2);
    expect(html).toContain('No range to draw');
    expect(html).toContain('<th scope="col" data-type="number"><button type="button">Readiness</button></th>');
  });

  it('writes JSON: the report and each plan\'s summary, versioned', async () => {
    const dir = project(FOLDER);
    const r = await negolint(['report', '--format', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as Report;
    expect(data).toMatchObject({ reportVersion: 1, inputs: ['.'], notPlans: ['notes/team.md'], problems: [] });
    expect(data.totals).toEqual({ files: 6, plans: 5, notPlans: 1, unreadable: 0, ready: 1, noOverlap: 2, errors: expect.any(Number), warnings: expect.any(Number) });
    expect(data.plans.map((p) => [p.filePath, p.schemaVersion, p.zone.status])).toEqual([
      ['plans/acme.md', PLAN_SUMMARY_VERSION, 'overlap'],
      ['plans/globex.md', PLAN_SUMMARY_VERSION, 'none'],
      ['plans/initech.md', PLAN_SUMMARY_VERSION, 'unknown'],
      ['plans/ledgerline.md', PLAN_SUMMARY_VERSION, 'overlap'],
      ['plans/northwind.md', PLAN_SUMMARY_VERSION, 'none'],
    ]);
    // The same from an output file ending in .json.
    const f = await negolint(['report', '-o', 'r.json'], { cwd: dir });
    expect(f.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'))).toEqual(data);
  });

  it('an empty folder, or one with no plans, is a report that says so', async () => {
    const empty = project({ 'plans/.keep': '' });
    for (const format of ['md', 'html', 'json']) {
      const r = await negolint(['report', '--format', format, 'plans'], { cwd: empty });
      expect(r.code, format).toBe(0);
      expect(r.stderr).toBe('');
    }
    expect((await negolint(['report', 'plans'], { cwd: empty })).stdout).toContain('No Markdown files in the paths given.');
    expect((await negolint(['report', '--format', 'html', 'plans'], { cwd: empty })).stdout).toContain('<p>No plans found: no Markdown files in the paths given.</p>');
    const notes = project({ 'notes.md': NOT_A_PLAN });
    const r = await negolint(['report'], { cwd: notes });
    expect(r.stdout).toContain('0 plans · 0 ready');
    expect(r.stdout).toContain('No plans found.');
  });

  it('files that cannot be read and paths that do not exist are listed, the rest reported; exit 2', async () => {
    const dir = project({ ...FOLDER, 'plans/binary.md': Buffer.from([0x23, 0x20, 0x00, 0x01]) });
    const r = await negolint(['report', '--output-file', 'r.md', '.', 'missing/'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('negolint: plans/binary.md: binary file (contains NUL bytes), skipped\n');
    expect(r.stderr).toContain('negolint: missing/: no such file, folder or matching glob\n');
    const md = readFileSync(path.join(dir, 'r.md'), 'utf8');
    expect(md).toContain('5 plans');
    expect(md).toContain('2 not read');
    expect(md).toContain('- `plans/binary.md`: binary file \\(contains NUL bytes\\), skipped');
  });

  it('a broken config is reported and exits 2', async () => {
    const dir = project({ ...FOLDER, '.negolintrc.yaml': 'rules:\n  zone-of-agreement: [warn, { tolerancePercent: lots }]\n' });
    const r = await negolint(['report', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid config: .*zone-of-agreement.*tolerancePercent/);
  });

  it('follows the config and --rule: a rule turned off is not in readiness; the zone follows the rule\'s options', async () => {
    const dir = project({ ...FOLDER, '.negolintrc.yaml': 'rules:\n  ask-for-the-no: off\n  zone-of-agreement: [warn, { tolerancePercent: 5 }]\n' });
    const data = JSON.parse((await negolint(['report', '--format', 'json'], { cwd: dir })).stdout) as Report;
    const northwind = data.plans.find((p) => p.filePath === 'plans/northwind.md')!;
    expect(northwind.readiness.rules.map((r) => r.ruleId)).not.toContain('ask-for-the-no');
    // $280k against $290k is 3.4% short: within a 5% tolerance.
    expect(northwind.zone.status).toBe('overlap');
    const off = JSON.parse((await negolint(['report', '--format', 'json', '--rule', 'zone-of-agreement:off', '--preset', 'strict'], { cwd: dir })).stdout) as Report;
    expect(off.plans[0]!.readiness.rules.map((r) => r.ruleId)).not.toContain('zone-of-agreement');
    expect(off.plans[0]!.readiness.rules.map((r) => r.ruleId)).toContain('paper-process');
  });

  it('titles and file names with markup stay text: no table cell, link or tag can be forged', async () => {
    const title = '# Deal | with `pipes` and [a](https://evil.example) <b>bold</b> $1 and $2\n\nSide: seller\n\n**Walk-away:** $100k\n**Target:** $150k\n';
    const dir = project({ 'plans/a|b <i>.md': title });
    const md = (await negolint(['report'], { cwd: dir })).stdout;
    const row = md.split('\n').find((l) => l.startsWith('| Deal'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(10);
    expect(md).not.toContain('](https://evil.example)');
    expect(md).not.toContain('<b>');
    expect(row).toContain('bold \\$1 and \\$2');
    const html = (await negolint(['report', '--format', 'html'], { cwd: dir })).stdout;
    expect(html).not.toContain('<b>bold');
    expect(html).not.toContain('<i>');
    expect(html).toContain('plans/a|b &lt;i&gt;.md');
  });

  it('refuses flags that do not apply, and formats of the other command', async () => {
    const dir = project(FOLDER);
    for (const args of [['report', '--fix'], ['report', '--fix-dry-run'], ['report', '--stdin'], ['report', '--cache'], ['report', '--quiet'], ['report', '--max-warnings', '0'], ['report', '--format', 'sarif'], ['--format', 'html']]) {
      const r = await negolint(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^negolint: .*\nRun `negolint --help` for usage\.\n$/);
    }
    expect(existsSync(path.join(dir, '.negolintcache'))).toBe(false);
  });

  it('a report that cannot be written exits 2', async () => {
    const dir = project({ ...FOLDER, 'out.html': 'a file, not a folder' });
    const r = await negolint(['report', '-o', 'out.html/r.html'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^negolint: cannot write the report to out\.html\/r\.html \(E[A-Z]+\)\n$/);
  });

  it('lint reports the same gap at the number, as a warning', async () => {
    const dir = project({ 'plan.md': NO_OVERLAP });
    const r = await negolint(['--format', 'compact', '--rule', 'zone-of-agreement:warn', 'plan.md'], { cwd: dir });
    expect(r.stdout).toMatch(/^plan\.md:8:13: warning Their budget `\$280k` is below our walk-away point `\$290k` \(short by \$10,000, 3\.4%\).* \(zone-of-agreement\)$/m);
  });
});
