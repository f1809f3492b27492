/**
 * The `negolint` command. Thin: it turns flags into core API calls, picks a
 * formatter and an exit code. Exit codes: 0 clean, 1 lint errors (or too many
 * warnings), 2 usage/config/fatal errors and unreadable files.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unifiedDiff } from '../api/fix.js';
import {
  ConfigError,
  lintFiles,
  lintText,
  resolveConfigFor,
  applyOverrides,
  rules,
  VERSION,
  type LintFilesReport,
  type RuleSetting,
} from '../index.js';
import { decodeText } from '../api/lint-file-list.js';
import type { FileProblem } from '../api/lint-files-types.js';
import { validateConfig } from '../engine/config/config.js';
import { formatBytes, MAX_PLAN_BYTES } from '../engine/read-file.js';
import { FORMATS, HELP, UsageError, parseCli, type CliOptions } from './args.js';
import { FileCache } from './cache.js';
import { useColor } from './color.js';
import { explainRule, rulesTable } from './explain.js';
import type { FormatterInput } from './formatters/index.js';
import { printable } from './formatters/printable.js';
import { runInit } from './init.js';
import { reportData } from './report/data.js';
import { renderHtml } from './report/html.js';
import { renderMarkdown } from './report/markdown.js';

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const EXIT = { ok: 0, lintErrors: 1, fatal: 2 } as const;

/**
 * `--rule id:severity` or `--rule 'id:["error", {options}]'`: checked like a config
 * file's `rules` (unknown ids, severities and option types are usage errors).
 */
function parseRuleFlags(values: string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const value of values) {
    const i = value.indexOf(':');
    if (i <= 0) throw new UsageError(`--rule expects <id>:<severity>, e.g. walk-away-margin:off, got "${value}"`);
    const id = value.slice(0, i).trim();
    const setting = value.slice(i + 1).trim();
    let parsed: unknown = setting;
    if (setting.startsWith('[')) {
      try {
        parsed = JSON.parse(setting);
      } catch {
        throw new UsageError(`--rule ${id}: invalid JSON "${setting}", expected e.g. '["error", {}]'`);
      }
    } else if (/^\d$/.test(setting)) {
      parsed = Number(setting);
    }
    try {
      validateConfig({ rules: { [id]: parsed } }, rules, { keyPrefix: [] });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      throw new UsageError(`--rule ${value}: ${error.reason}`);
    }
    out[id] = parsed as RuleSetting;
  }
  return out;
}

/** Standard input as text, checked as files are: at most MAX_PLAN_BYTES, no NUL bytes, valid UTF-8. */
async function readStdin(stdin: NodeJS.ReadStream): Promise<{ text: string } | { problem: Omit<FileProblem, 'filePath'> }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += bytes.length;
    if (total > MAX_PLAN_BYTES) {
      stdin.destroy();
      return { problem: { code: 'unreadable', message: `too large (over the limit of ${formatBytes(MAX_PLAN_BYTES)}), skipped` } };
    }
    chunks.push(bytes);
  }
  return decodeText(Buffer.concat(chunks, total));
}

/**
 * Runs the command. A report that cannot be written (a full disk: `> /dev/full`) is exit 2 with
 * one line, not an uncaught exception and exit 1, which would read as "lint errors"; a reader
 * that stops early (`| head`) is not an error.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  let writeError: NodeJS.ErrnoException | undefined;
  const onError = (error: NodeJS.ErrnoException) => {
    writeError ??= error;
  };
  io.stdout.on('error', onError);
  try {
    const code = await command(argv, io);
    // Everything written so far has reached the file (or failed) when this callback runs.
    const flushError = await new Promise<NodeJS.ErrnoException | null | undefined>((resolve) => io.stdout.write('', resolve));
    const error = writeError ?? (flushError && flushError.code !== 'ERR_STREAM_DESTROYED' ? flushError : undefined);
    if (!error || error.code === 'EPIPE') return code;
    io.stderr.write(`negolint: cannot write the report to standard output (${error.code ?? error.message})\n`);
    return EXIT.fatal;
  } finally {
    io.stdout.off('error', onError);
  }
}

async function command(argv: string[], io: Io): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`negolint: ${error.message}\nRun \`negolint --help\` for usage.\n`);
      return EXIT.fatal;
    }
    throw error;
  }
  const color = useColor(io.stdout, opts.color, io.env);
  try {
    return await run(opts, io, color);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`negolint: invalid config: ${printable(error.message)}\n`);
      return EXIT.fatal;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`negolint: ${error.message}\nRun \`negolint --help\` for usage.\n`);
      return EXIT.fatal;
    }
    io.stderr.write(`negolint: fatal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.fatal;
  }
}

async function run(opts: CliOptions, io: Io, color: boolean): Promise<number> {
  const { cwd } = io;
  const overrides = {
    preset: opts.preset,
    rules: parseRuleFlags(opts.rule),
    plans: opts.all ? ('all' as const) : undefined,
  };

  switch (opts.command) {
    case 'help':
      io.stdout.write(HELP);
      return EXIT.ok;
    case 'version':
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    case 'rules': {
      const config = applyOverrides(resolveConfigFor(undefined, { cwd, configFile: opts.config, noConfig: opts.noConfig }), overrides, rules);
      io.stdout.write(rulesTable(config, color));
      return EXIT.ok;
    }
    case 'explain': {
      const text = explainRule(opts.positionals[0]!, color);
      if (!text) {
        io.stderr.write(`negolint: unknown rule "${opts.positionals[0]}" (run \`negolint rules\` for the list)\n`);
        return EXIT.fatal;
      }
      io.stdout.write(text);
      return EXIT.ok;
    }
    case 'init': {
      const { written, refused } = runInit(cwd);
      if (refused.length > 0) {
        io.stderr.write(`negolint init: ${refused.join(' and ')} already exist${refused.length === 1 ? 's' : ''}; nothing was written.\n`);
        return EXIT.fatal;
      }
      io.stdout.write(`Wrote ${written.join(' and ')}.\nRun \`negolint ${written[1]}\` to see a clean plan, then copy it for your next deal.\n`);
      return EXIT.ok;
    }
    case 'print-config': {
      const file = path.resolve(cwd, opts.printConfig!);
      const config = applyOverrides(resolveConfigFor(file, { cwd, configFile: opts.config, noConfig: opts.noConfig }), overrides, rules);
      // The effective config as written; where each rule came from is the language server's business.
      const { baseDir: _baseDir, presetFromFiles: _preset, rulesFromFiles: _fromFiles, ...shown } = config;
      io.stdout.write(`${JSON.stringify({ ...shown, files: config.files.map((f) => path.relative(cwd, f) || f) }, null, 2)}\n`);
      return EXIT.ok;
    }
    case 'report':
      return report(opts, io, overrides);
    default:
      return lint(opts, io, color, overrides);
  }
}

/**
 * `negolint report`: lints the plans with summaries and writes one readiness report (HTML,
 * Markdown or JSON). Exit 0 when it is written, whatever the plans say; 2 for a file or config
 * that could not be read (the report still lists it) or a report that could not be written.
 */
async function report(opts: CliOptions, io: Io, overrides: Parameters<typeof applyOverrides>[1]): Promise<number> {
  const { cwd } = io;
  const inputs = opts.positionals.length ? opts.positionals : ['.'];
  const result = await lintFiles(inputs, {
    cwd,
    configFile: opts.config,
    noConfig: opts.noConfig,
    overrides,
    ignorePatterns: opts.ignorePattern,
    useIgnoreFiles: !opts.noIgnore,
    concurrency: opts.concurrency,
    summarize: true,
  });
  // A report over paths with no Markdown at all says so itself, and is still a report (exit 0); a
  // path that matched nothing beside others that did is a warning on stderr.
  const found = result.results.length + result.problems.length + result.configErrors.length > 0;
  const unmatched = inputProblems(found ? result : { ...result, unmatchedPatterns: [] }, { ...opts, errorOnUnmatchedPattern: false }, io);
  const problems = [
    ...result.configErrors.map((e) => ({ filePath: e.file ? path.relative(cwd, e.file) || e.file : '<config>', code: 'config' as const, message: `invalid config: ${e.key ? `${e.key}: ` : ''}${e.reason}${e.line ? ` (line ${e.line}, column ${e.column ?? 1})` : ''}` })),
    ...result.problems.map((p) => ({ filePath: p.filePath, code: p.code, message: p.message })),
    ...unmatched,
  ];
  const data = reportData(result, problems, inputs, VERSION);
  const formatted = opts.format === 'html' ? renderHtml(data) : opts.format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : renderMarkdown(data);
  if (!writeOutput(formatted, opts.outputFile, cwd, io)) return EXIT.fatal;
  for (const p of problems) io.stderr.write(`negolint: ${printable(p.filePath)}: ${printable(p.message)}\n`);
  return problems.length > 0 ? EXIT.fatal : EXIT.ok;
}

async function lint(opts: CliOptions, io: Io, color: boolean, overrides: Parameters<typeof applyOverrides>[1]): Promise<number> {
  const { cwd } = io;
  // Refused rather than guessed (as ESLint does): a dry run that writes, or a fix that silently does not, both surprise.
  if (opts.fix && opts.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together: --fix-dry-run shows the fixes without writing anything');
  let report: LintFilesReport;
  if (opts.stdin) {
    const read = await readStdin(io.stdin);
    const filePath = opts.stdinFilename ? path.resolve(cwd, opts.stdinFilename) : undefined;
    const config = resolveConfigFor(filePath ?? cwd, { cwd, configFile: opts.config, noConfig: opts.noConfig });
    const name = opts.stdinFilename ?? '<stdin>';
    if ('problem' in read) {
      // Refused as the same bytes in a file would be: binary, invalid UTF-8, too large.
      report = { results: [], problems: [{ ...read.problem, filePath: name }], configErrors: [], filesLinted: 0, plansFound: 0, fixedFiles: 0 };
    } else {
      const result = lintText(read.text, { filePath, config, overrides, cwd });
      report = {
        results: [{ ...result, plan: undefined, filePath: name }],
        problems: [],
        configErrors: [],
        filesLinted: 1,
        plansFound: result.isPlan ? 1 : 0,
        fixedFiles: 0,
      };
    }
  } else {
    const cache = opts.cache ? new FileCache(cacheFile(opts.cacheLocation, cwd), VERSION) : undefined;
    if (cache?.discarded) {
      io.stderr.write(`negolint: warning: the cache ${printable(path.relative(cwd, cache.location) || cache.location)} was not used (${printable(cache.discarded)}); every file is linted again\n`);
    }
    const showProgress = Boolean(io.stderr.isTTY) && !io.env['CI'];
    let lastDraw = 0;
    report = await lintFiles(opts.positionals.length ? opts.positionals : ['.'], {
      cwd,
      configFile: opts.config,
      noConfig: opts.noConfig,
      overrides,
      ignorePatterns: opts.ignorePattern,
      useIgnoreFiles: !opts.noIgnore,
      fix: opts.fix ? 'write' : opts.fixDryRun ? 'dry-run' : undefined,
      keepSource: opts.fixDryRun,
      cache,
      concurrency: opts.concurrency,
      onFile: showProgress
        ? (done, total) => {
            const now = Date.now();
            if (total < 200 || (now - lastDraw < 100 && done < total)) return;
            lastDraw = now;
            io.stderr.write(`\rnegolint: ${done}/${total} files${done === total ? '\n' : ''}`);
          }
        : undefined,
    });
    if (cache) {
      // A cache that cannot be written costs speed next time, not correctness now.
      try {
        cache.save();
      } catch (error) {
        io.stderr.write(`negolint: warning: cannot write the cache ${path.relative(cwd, cache.location) || cache.location} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
      }
    }
    // A config error is said once: in the report when a person reads it on the terminal, else
    // (JSON, SARIF, GitHub annotations, a report file) also as one line on stderr.
    const reportIsRead = !opts.outputFile && (opts.format === 'stylish' || opts.format === 'compact');
    if (!reportIsRead) for (const e of report.configErrors) io.stderr.write(`negolint: invalid config: ${printable(e.message)}\n`);
  }

  // Config errors are listed with the unreadable files, so every format reports them
  // (a SARIF notification, a GitHub annotation on the config file, a JSON fatal message).
  const problems: FormatterInput['problems'] = [
    ...report.configErrors.map((e) => ({
      filePath: e.file ? path.relative(cwd, e.file) || e.file : '<config>',
      code: 'config' as const,
      message: `invalid config: ${e.key ? `${e.key}: ` : ''}${e.reason}`,
      line: e.line,
      column: e.column,
    })),
    ...report.problems,
    ...inputProblems(report, opts, io),
  ];

  const withDiff = opts.fixDryRun && opts.format === 'json';
  if (opts.fixDryRun && !withDiff) {
    for (const r of report.results) {
      if (r.output !== undefined && r.source !== undefined) io.stdout.write(unifiedDiff(r.filePath, r.source, r.output));
    }
  }

  let warningsFound = 0;
  const files = report.results.map((r) => {
    warningsFound += r.messages.filter((m) => m.severity === 1).length;
    const messages = opts.quiet ? r.messages.filter((m) => m.severity === 2) : r.messages;
    return {
      filePath: r.filePath,
      messages,
      errorCount: messages.filter((m) => m.severity === 2).length,
      warningCount: messages.filter((m) => m.severity === 1).length,
      isPlan: r.isPlan,
      ...(withDiff && r.output !== undefined ? { output: r.output } : {}),
    };
  });
  // Loaded when a report is written: `--fix-dry-run`'s diff, `init` and `explain` never need them.
  const { FORMATTERS } = await import('./formatters/index.js');
  const formatted = FORMATTERS[opts.format as (typeof FORMATS)[number]]!({
    files,
    problems,
    filesLinted: report.filesLinted,
    plansFound: report.plansFound,
    fixedFiles: opts.fix ? report.fixedFiles : 0,
    cwd,
    color: opts.outputFile ? false : color,
    // Stylish wraps long messages on a terminal; piped or written to a file, a finding stays on one line.
    width: opts.outputFile || !io.stdout.isTTY ? undefined : io.stdout.columns,
  });
  if (!writeOutput(formatted, opts.outputFile, cwd, io)) return EXIT.fatal;

  const errors = files.reduce((n, f) => n + f.errorCount, 0);
  if (problems.length > 0) return EXIT.fatal;
  if (errors > 0) return EXIT.lintErrors;
  // --quiet hides warnings but does not lift the --max-warnings gate.
  if (opts.maxWarnings !== undefined && warningsFound > opts.maxWarnings) {
    io.stderr.write(`negolint: too many warnings (${warningsFound}${opts.quiet ? ', not shown because of --quiet' : ''}); the maximum is ${opts.maxWarnings}.\n`);
    return EXIT.lintErrors;
  }
  return EXIT.ok;
}

/**
 * What the inputs named on the command line gave nothing for, as ESLint reports it: a glob or
 * folder that matches no file to lint is a problem (exit 2; with --no-error-on-unmatched-pattern
 * a warning on stderr), and a file named there that an ignore file excludes gets a warning on
 * stderr (exit code unchanged; --no-warn-ignored turns it off). The default `.` is exempt: an
 * empty folder is "0 files linted".
 */
function inputProblems(report: LintFilesReport, opts: CliOptions, io: Io): FileProblem[] {
  const problems: FileProblem[] = [];
  if (opts.positionals.length > 0) {
    for (const u of report.unmatchedPatterns ?? []) {
      const what = u.kind === 'glob' ? 'this glob' : 'this folder';
      const message =
        u.ignored > 0
          ? `every Markdown file ${u.kind === 'glob' ? 'that matches this glob' : 'in this folder'} is ignored by .gitignore, .negolintignore or an ignore pattern (--no-ignore turns the ignore files off)`
          : u.kind === 'glob'
            ? 'no Markdown file matches this glob'
            : `no Markdown files in ${what}`;
      if (opts.errorOnUnmatchedPattern) problems.push({ filePath: u.pattern, code: 'unmatched', message });
      else io.stderr.write(`negolint: warning: ${printable(u.pattern)}: ${message}\n`);
    }
  }
  if (opts.warnIgnored) {
    for (const f of report.ignoredFiles ?? []) io.stderr.write(`negolint: warning: ${printable(f.filePath)} is ignored (${printable(f.reason)}) and was not linted${f.byIgnoreFile ? '; --no-ignore lints it' : ''}\n`);
  }
  return problems;
}

/** `--cache-location` may name a file or a folder (ending in a slash, or existing). */
/** Writes a report to `--output-file` (creating its folder) or to stdout; false, with the reason on stderr, when it cannot. */
function writeOutput(formatted: string, outputFile: string | undefined, cwd: string, io: Io): boolean {
  if (!outputFile) {
    io.stdout.write(formatted);
    return true;
  }
  const out = path.resolve(cwd, outputFile);
  try {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, formatted);
    return true;
  } catch (error) {
    io.stderr.write(`negolint: cannot write the report to ${printable(outputFile)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return false;
  }
}

function cacheFile(location: string, cwd: string): string {
  const abs = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(abs, '.negolintcache');
  try {
    if (statSync(abs).isDirectory()) return path.join(abs, '.negolintcache');
  } catch {
    /* does not exist yet: a file */
  }
  return abs;
}
