// The HTML readiness report (`negolint report`) opened in a real browser: Debian's Chromium
// driven by playwright-core. It writes a report over a folder of plans with known numbers and
// checks, in the page: the range chart's markers stand in the right order and proportions (from
// the SVG's coordinates), the zone is shaded or a gap marked "No overlap", sorting the table
// works both ways, nothing is fetched and the content security policy blocks nothing of the
// page's own, light and dark themes both pass axe-core with no serious or critical violation,
// and the page prints. A screenshot goes to test-results/report/ (and, with
// NEGOLINT_UPDATE_SCREENSHOTS=1, to docs/images/ for the README).
//
// Exit codes: 0 passed (or skipped because an install is impossible here, with a message
// saying so), 1 failed.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const here = path.dirname(new URL(import.meta.url).pathname);
const core = path.resolve(here, '../..');
const root = path.resolve(core, '../..');
const cache = process.env.NEGOLINT_BROWSER_CACHE ?? path.join(root, '.cache/browser');
const outDir = path.join(root, 'test-results/report');
mkdirSync(outDir, { recursive: true });
const log = (...a) => console.log('[report-browser]', ...a);
let failures = 0;
function check(ok, message) {
  if (ok) log(`ok   ${message}`);
  else {
    failures++;
    console.error(`[report-browser] FAIL ${message}`);
  }
}

try {
  execFileSync('bash', [path.join(here, 'setup.sh')], { stdio: 'inherit' });
} catch (error) {
  if (error.status === 3) {
    console.log('[report-browser] SKIPPED: the report browser test needs chromium (apt) and playwright-core and axe-core (npm), and installing them failed on this machine; see the messages above.');
    process.exit(0);
  }
  throw error;
}
const require = createRequire(path.join(cache, 'package.json'));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// 1. A folder of plans with known numbers, a plan with none, and a file that is not a plan.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'negolint-report-'));
const plans = {
  'plans/acme.md': '---\nside: seller\ncustomer: Acme Corp\n---\n# Acme renewal\n\n**Walk-away:** $300k\n**Target:** $400k, the three-year price agreed with finance\n**Opening:** $500k, the 2025 list price for 800 seats\n**Their walk-away:** $450k, the platform line in their FY26 budget\n',
  'plans/globex.md': '---\nside: buyer\n---\n# Globex hosting tender\n\n| Position | Value |\n| --- | --- |\n| Ceiling | € 1.200.000 |\n| Target | € 1.000.000 |\n| Opening | € 880.000 |\n| Their floor | € 1.250.000 |\n',
  'plans/northwind.md': '# Northwind analytics\n\nSide: seller\n\n**Walk-away:** $290k\n**Target:** $340k\n**Opening:** $380k, list price\n**Budget:** $280k approved by their CFO\n',
  'plans/initech.md': '# Initech support\n\nSide: seller\n\n## Walk-away point\n\nWe walk if they insist on a one-year term.\n\n## Our alternative\n\nWe move the team to the Hooli rollout.\n',
  'plans/<script>alert(1)</script>.md': '# <img src=x onerror=alert(1)> deal\n\nSide: seller\n\n**Walk-away:** $100k\n**Target:** $150k\n',
  'notes/team.md': '# Team notes\n\nLunch is at noon.\n',
};
for (const [name, text] of Object.entries(plans)) {
  mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
  writeFileSync(path.join(tmp, name), text);
}
const bin = path.join(core, 'dist/negolint.mjs');
const run = spawnSync(process.execPath, [bin, 'report', '.', '--output-file', 'out/report.html'], { cwd: tmp, encoding: 'utf8' });
check(run.status === 0 && run.stderr === '', `negolint report exits 0 and says nothing (got ${run.status}; ${run.stderr.trim()})`);
const file = path.join(tmp, 'out/report.html');
const html = readFileSync(file, 'utf8');
check(!/<script[^>]*\bsrc=/i.test(html) && !/<link\b/i.test(html) && !/https?:\/\/(?!github\.com\/negolint\/negolint\/blob\/)/.test(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')), 'the page loads nothing from elsewhere');

// 2. The browser.
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('table#plans');

  // Markers in the right order and proportions, read from the SVG.
  const charts = await page.evaluate(() =>
    Array.from(document.querySelectorAll('section.plan')).map((s) => ({
      title: s.querySelector('h2').textContent,
      markers: Object.fromEntries(Array.from(s.querySelectorAll('svg g.marker')).map((g) => [g.dataset.role, Number(g.querySelector('circle').getAttribute('cx'))])),
      zone: (() => {
        const r = s.querySelector('svg rect.zone');
        return r ? { x: Number(r.getAttribute('x')), width: Number(r.getAttribute('width')) } : null;
      })(),
      gap: (() => {
        const r = s.querySelector('svg rect.gap');
        return r ? { x: Number(r.getAttribute('x')), width: Number(r.getAttribute('width')) } : null;
      })(),
      noOverlap: s.querySelector('svg [data-role="no-overlap"]')?.textContent ?? null,
      svgVisible: (() => {
        const svg = s.querySelector('svg');
        if (!svg) return false;
        const b = svg.getBoundingClientRect();
        return b.width > 100 && b.height > 40;
      })(),
    })),
  );
  const byTitle = (t) => charts.find((c) => c.title.startsWith(t));
  const near = (a, b) => Math.abs(a - b) < 0.01;
  const acme = byTitle('Acme');
  const m = acme?.markers ?? {};
  check(acme?.svgVisible, 'the Acme chart is drawn');
  check(m['our-walk-away'] < m['our-target'] && m['our-target'] < m['their-walk-away'] && m['their-walk-away'] < m['our-opening'], `Acme: walk-away < target < their ceiling < opening on the scale (${JSON.stringify(m)})`);
  check(near((m['our-target'] - m['our-walk-away']) / (m['our-opening'] - m['our-walk-away']), 0.5), 'Acme: the target sits halfway between walk-away ($300k) and opening ($500k)');
  check(near((m['their-walk-away'] - m['our-walk-away']) / (m['our-opening'] - m['our-walk-away']), 0.75), 'Acme: their ceiling ($450k) sits three quarters of the way');
  check(acme?.zone && near(acme.zone.x, m['our-walk-away']) && near(acme.zone.x + acme.zone.width, m['their-walk-away']), 'Acme: the zone is shaded from our walk-away point to their ceiling');
  check(acme?.gap === null && acme?.noOverlap === null, 'Acme: no "No overlap" mark');
  const globex = byTitle('Globex');
  const g = globex?.markers ?? {};
  check(g['our-opening'] < g['our-target'] && g['our-target'] < g['our-walk-away'] && g['our-walk-away'] < g['their-walk-away'], 'Globex (buyer): opening < target < ceiling < their floor');
  check(near((g['our-target'] - g['our-opening']) / (g['their-walk-away'] - g['our-opening']), (1000 - 880) / (1250 - 880)), 'Globex: the target in proportion between opening and their floor');
  check(globex?.zone === null && globex?.gap && near(globex.gap.x, g['our-walk-away']) && near(globex.gap.x + globex.gap.width, g['their-walk-away']), 'Globex: no zone; the gap is marked between our ceiling and their floor');
  check(/^No overlap/.test(globex?.noOverlap ?? ''), `Globex: the chart says "No overlap" (${globex?.noOverlap})`);
  const northwind = byTitle('Northwind');
  check(northwind?.gap && northwind.markers['their-budget'] < northwind.markers['our-walk-away'], 'Northwind: their budget left of our walk-away point, the gap marked');
  const initech = byTitle('Initech');
  check(initech && Object.keys(initech.markers).length === 0 && !initech.svgVisible, 'Initech: a plan with no numbers has no chart');
  check(await page.locator('section.plan', { hasText: 'Initech' }).getByText('No range to draw').count() === 1, 'Initech: says there is no range to draw');
  check(charts.some((c) => c.title.trim() === 'deal'), 'a heading with markup keeps only its text');
  check((await page.getByText('plans/<script>alert(1)</script>.md').count()) >= 1, 'a file name with markup is shown as text');
  check(await page.locator('img').count() === 0, 'no element comes from a plan\'s markup');

  // Sorting.
  const firstColumn = () => page.$$eval('#plans tbody tr', (rows) => rows.map((r) => r.cells[0].querySelector('a').textContent));
  const walkAways = () => page.$$eval('#plans tbody tr', (rows) => rows.map((r) => r.cells[3].dataset.sort));
  await page.click('#plans thead th:nth-child(1) button');
  const ascending = await firstColumn();
  check(JSON.stringify(ascending) === JSON.stringify([...ascending].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))), `sort by plan, ascending (${ascending.join(' | ')})`);
  await page.click('#plans thead th:nth-child(1) button');
  check(JSON.stringify(await firstColumn()) === JSON.stringify([...ascending].reverse()), 'sort by plan again: descending');
  check((await page.getAttribute('#plans thead th:nth-child(1)', 'aria-sort')) === 'descending', 'the header says how the table is sorted (aria-sort)');
  await page.click('#plans thead th:nth-child(4) button');
  const values = (await walkAways()).filter((v) => v !== '').map(Number);
  check(values.length === 4 && values.every((v, i) => i === 0 || values[i - 1] <= v), `sort by walk-away, numerically (${values.join(', ')})`);
  check((await walkAways()).at(-1) === '', 'a plan with no walk-away amount sorts last');

  check(requests.every((u) => u.startsWith('file:')), `nothing is fetched (${requests.filter((u) => !u.startsWith('file:')).join(', ') || 'only the file'})`);

  // Accessibility, light and dark.
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const colors = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    check(scheme === 'light' ? colors === 'rgb(255, 255, 255)' : colors !== 'rgb(255, 255, 255)', `${scheme} theme: background ${colors}`);
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    for (const v of result.violations) log(`axe (${scheme}): ${v.impact} ${v.id}: ${v.help} (${v.nodes.length})`);
    check(serious.length === 0, `${scheme} theme: axe-core finds no serious or critical violation`);
    await page.screenshot({ path: path.join(outDir, `report-${scheme}.png`), fullPage: false });
  }
  check(problems.length === 0, `no console errors, CSP violations or dialogs (${problems.join(' | ')})`);

  // Print.
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(path.join(outDir, 'report.pdf'), pdf);
  check(pdf.length > 10_000 && pdf.subarray(0, 5).toString() === '%PDF-', `prints to PDF (${pdf.length} bytes)`);
  const printBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  check(printBg === 'rgb(255, 255, 255)', 'print: white background');
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

  // The README's screenshot: a report over complete plans and plans with gaps, the table and the first charts.
  const show = mkdtempSync(path.join(os.tmpdir(), 'negolint-report-show-'));
  try {
    for (const f of ['seller-saas-renewal.md', 'buyer-procurement.md', 'seller-table-plan.md']) copyFileSync(path.join(root, 'fixtures/plans/good', f), path.join(show, f));
    writeFileSync(path.join(show, 'northwind.md'), plans['plans/northwind.md']);
    writeFileSync(path.join(show, 'globex.md'), plans['plans/globex.md']);
    const r = spawnSync(process.execPath, [bin, 'report', '.', '-o', 'report.html'], { cwd: show, encoding: 'utf8' });
    check(r.status === 0, 'the screenshot\'s report is written');
    await page.goto(pathToFileURL(path.join(show, 'report.html')).href);
    await page.click('#plans thead th:nth-child(6) button');
    const shot = path.join(outDir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1150 } });
    if (process.env.NEGOLINT_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(path.join(root, 'docs/images'), { recursive: true });
      copyFileSync(shot, path.join(root, 'docs/images/report.png'));
      log('updated docs/images/report.png');
    }
  } finally {
    rmSync(show, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`[report-browser] ${failures} check(s) failed`);
  process.exit(1);
}
log('passed');
