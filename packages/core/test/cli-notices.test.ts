/**
 * What the CLI says when the command line or a config is off (issue 13, CLI points 14–17), run
 * as a process: a glob or folder that matches no file, a named file an ignore file excludes, a
 * broken JSON config (one message, plain words, the mistake's line and column), an unknown
 * option (the closest one suggested), and stylish output on a narrow terminal (wrapped to its
 * width; piped and JSON output keep each message whole).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_PLAN, BAD_PLAN_MESSAGE, BIN, GOOD_PLAN, PARALLEL, cleanup, ensureBuilt, negolint, onlyRule, project, sh } from './cli-helpers.js';

beforeAll(ensureBuilt);
afterAll(cleanup);

const CONFIG = { '.negolintrc.yaml': onlyRule() };

describe('inputs that give nothing to lint', PARALLEL, () => {
  it('a glob that matches no file: an error naming it, exit 2; --no-error-on-unmatched-pattern makes it a warning', async () => {
    const dir = project({ ...CONFIG, 'plans/acme.md': GOOD_PLAN });
    const r = await negolint(['plans/', 'deals/**/*.md'], { cwd: dir });
    expect(r.stdout).toContain('deals/**/*.md\n  error  no Markdown file matches this glob\n');
    expect(r.stdout).toContain('1 file linted, 1 plan found, 1 pattern matched no file');
    expect(r.code).toBe(2);
    const json = await negolint(['deals/**/*.md', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ filePath: path.join(dir, 'deals/**/*.md'), messages: [expect.objectContaining({ fatal: true, message: 'no Markdown file matches this glob' })] })]);
    expect(json.code).toBe(2);
    const lenient = await negolint(['plans/', 'deals/**/*.md', '--no-error-on-unmatched-pattern'], { cwd: dir });
    expect(lenient.stderr).toBe('negolint: warning: deals/**/*.md: no Markdown file matches this glob\n');
    expect(lenient.stdout).toBe('✔ No problems (1 file linted, 1 plan found)\n');
    expect(lenient.code).toBe(0);
  });

  it('a folder without Markdown files, and a glob or folder whose files are all ignored, are errors too; the default `.` is not', async () => {
    const dir = project({ ...CONFIG, 'empty/readme.txt': 'no plans here\n', 'drafts/wip.md': BAD_PLAN, '.gitignore': 'drafts/\n' });
    const r = await negolint(['empty', 'drafts/', 'drafts/*.md'], { cwd: dir });
    expect(r.stdout).toContain('empty\n  error  no Markdown files in this folder\n');
    expect(r.stdout).toContain('drafts/\n  error  every Markdown file in this folder is ignored by .gitignore, .negolintignore or an ignore pattern (--no-ignore turns the ignore files off)\n');
    expect(r.stdout).toContain('drafts/*.md\n  error  every Markdown file that matches this glob is ignored by');
    expect(r.code).toBe(2);
    expect((await negolint(['drafts/', '--no-ignore'], { cwd: dir })).stdout).toContain(BAD_PLAN_MESSAGE);
    const none = await negolint([], { cwd: project() });
    expect(none.stdout).toBe('✔ No problems (0 files linted, 0 plans found)\n');
    expect(none.code).toBe(0);
  });

  it('a file named on the command line that an ignore file or pattern excludes: a warning saying which rule, exit code unchanged; --no-warn-ignored is silent', async () => {
    const dir = project({ ...CONFIG, 'plans/acme.md': BAD_PLAN, 'plans/wip.md': BAD_PLAN, 'plans/.negolintignore': 'wip.md\n', 'notes.tmp.md': BAD_PLAN });
    const r = await negolint(['plans/wip.md'], { cwd: dir });
    expect(r.stderr).toBe('negolint: warning: plans/wip.md is ignored (`wip.md` in plans/.negolintignore) and was not linted; --no-ignore lints it\n');
    expect(r.stdout).toBe('✔ No problems (0 files linted, 0 plans found)\n');
    expect(r.code).toBe(0);
    const pattern = await negolint(['notes.tmp.md', 'plans/acme.md', '--ignore-pattern', '*.tmp.md'], { cwd: dir });
    expect(pattern.stderr).toBe('negolint: warning: notes.tmp.md is ignored (`*.tmp.md` from --ignore-pattern) and was not linted\n');
    expect(pattern.stdout).toContain(BAD_PLAN_MESSAGE);
    expect(pattern.code).toBe(1);
    const quiet = await negolint(['plans/wip.md', '--no-warn-ignored'], { cwd: dir });
    expect(quiet.stderr).toBe('');
    expect(quiet.code).toBe(0);
    expect((await negolint(['plans/wip.md', '--no-ignore'], { cwd: dir })).code).toBe(1);
  });
});

describe('a broken JSON config', PARALLEL, () => {
  it('is said once, in plain words, at the line and column of the mistake', async () => {
    const config = '{\n  "rules": {\n    "walk-away-point": "error",\n    "desperation": "off",\n  }\n}\n';
    const dir = project({ '.negolintrc.json': config, 'plan.md': BAD_PLAN });
    const r = await negolint([], { cwd: dir });
    expect(r.stdout).toBe(
      '.negolintrc.json\n  4:25  error  invalid config: invalid JSON: remove this comma: JSON allows no comma after the last entry of an object\n\n✖ 1 problem (1 error, 0 warnings)\n0 files linted, 0 plans found, 1 config error\n',
    );
    expect(config.split('\n')[3]![24]).toBe(',');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(2);
    // Written for a program, the report holds it; stderr says it once for the person at the terminal.
    const json = await negolint(['--format', 'json', '--output-file', 'out.json'], { cwd: dir });
    expect(json.stderr).toBe(`negolint: invalid config: ${path.join(dir, '.negolintrc.json')}:4:25: invalid JSON: remove this comma: JSON allows no comma after the last entry of an object\n`);
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toContain('remove this comma');
    // negolint report lists it once on stderr too (it used to print it twice).
    const report = await negolint(['report', '--format', 'json'], { cwd: dir });
    expect(report.stderr.match(/invalid JSON/g)).toHaveLength(1);
    expect(report.code).toBe(2);
  });
});

describe('unknown options', PARALLEL, () => {
  it('suggest the closest option', async () => {
    const dir = project();
    const cases: [string, string][] = [
      ['--frmat', "negolint: Unknown option '--frmat'; did you mean --format?\n"],
      ['--fix-dry', "negolint: Unknown option '--fix-dry'; did you mean --fix-dry-run?\n"],
      ['--colour', "negolint: Unknown option '--colour'; did you mean --color?\n"],
      ['--max-warning', "negolint: Unknown option '--max-warning'; did you mean --max-warnings?\n"],
      ['--frobnicate', "negolint: Unknown option '--frobnicate'\n"],
    ];
    const results = await Promise.all(cases.map(([flag]) => negolint([flag, 'json'], { cwd: dir })));
    results.forEach((r, i) => {
      expect(r.stderr).toBe(`${cases[i]![1]}Run \`negolint --help\` for usage.\n`);
      expect(r.code).toBe(2);
    });
  });
});

describe('stylish output and the terminal width', PARALLEL, () => {
  const LONG = `# Acme renewal\n\n## Target\n\n$500k per year.\n\n## Opening offer\n\n$600k per year.\n`;

  it('wraps each message to the terminal width, under the message column; piped output and JSON keep the whole message on one line', async () => {
    const dir = project({ 'plan.md': LONG });
    for (const cols of [100, 60]) {
      const tty = await sh(`script -qec 'stty cols ${cols}; "${process.execPath}" "${BIN}" --no-color plan.md' /dev/null`, { cwd: dir });
      const lines = tty.stdout.replace(/\r/g, '').split('\n');
      for (const line of lines) expect(Array.from(line).length, `${cols}: ${line}`).toBeLessThanOrEqual(cols);
      const first = lines.findIndex((l) => l.includes('No walk-away point found'));
      expect(first, tty.stdout).toBeGreaterThan(0);
      // The next line carries on the message, indented under it.
      expect(lines[first + 1]).toMatch(/^ {10,}\S/);
      const column = lines[first]!.indexOf('No walk-away point');
      expect(lines[first + 1]!.length - lines[first + 1]!.trimStart().length).toBe(column);
      // Nothing is lost: the words come back when the lines are joined.
      const joined = lines.slice(first).map((l) => l.trim()).join(' ');
      expect(joined).toContain(BAD_PLAN_MESSAGE.split(' ').slice(-6).join(' '));
      expect(tty.stdout).toContain('walk-away-point');
    }
    const piped = await negolint(['plan.md'], { cwd: dir });
    expect(piped.stdout).toContain(BAD_PLAN_MESSAGE);
    expect(piped.stdout.split('\n').some((l) => l.length > 200)).toBe(true);
    const json = await sh(`script -qec 'stty cols 60; "${process.execPath}" "${BIN}" --format json plan.md' /dev/null`, { cwd: dir });
    expect(JSON.parse(json.stdout.replace(/\r/g, ''))[0].messages.map((m: { message: string }) => m.message)).toContain(BAD_PLAN_MESSAGE);
  });

  it('gives one finding per sentence and rule: a sentence with three desperate phrases is one finding', async () => {
    const plan = `${GOOD_PLAN}\n## Notes\n\nWe must win this deal, at any cost, whatever it takes.\n`;
    const dir = project({ 'plan.md': plan });
    const r = await negolint(['--format', 'json'], { cwd: dir });
    const desperation = JSON.parse(r.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'desperation');
    expect(desperation).toHaveLength(1);
  });
});
