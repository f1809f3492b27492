/** Command-line options: one table (`SPEC`) drives parsing and the Options list of `--help`. */
import { parseArgs } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'compact'] as const;
/** Formats of `negolint report`. */
export const REPORT_FORMATS = ['html', 'md', 'json'] as const;

/** A whole number written in decimal digits: `Number()` would also take '', ' 7 ', '0x10' and '1e1'. */
function wholeNumber(value: string): number | undefined {
  if (!/^-?\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

export interface CliOptions {
  command: 'lint' | 'report' | 'rules' | 'explain' | 'init' | 'help' | 'version' | 'print-config';
  positionals: string[];
  config?: string;
  noConfig: boolean;
  rule: string[];
  preset?: 'recommended' | 'strict';
  all: boolean;
  /** A lint format, or with `report` a report format. */
  format: (typeof FORMATS)[number] | (typeof REPORT_FORMATS)[number];
  outputFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  color?: boolean;
  stdin: boolean;
  stdinFilename?: string;
  printConfig?: string;
  fix: boolean;
  fixDryRun: boolean;
  cache: boolean;
  cacheLocation: string;
  ignorePattern: string[];
  noIgnore: boolean;
  concurrency: 'auto' | 'off' | number;
}

/**
 * Every option: how `parseArgs` reads it, and its lines in `--help` (`arg` names its value,
 * `label` replaces the flag when two flags share a line, no `help` keeps it out of the list).
 */
const SPEC = {
  config: { type: 'string', short: 'c', arg: 'file', help: ['use this config file instead of looking for one'] },
  'no-config': { type: 'boolean', help: ['ignore config files (recommended preset)'] },
  rule: {
    type: 'string',
    multiple: true,
    arg: 'id:severity',
    help: ['set a rule, e.g. --rule walk-away-margin:off (repeatable;', 'severity may be off|warn|error or a JSON [severity, options])'],
  },
  preset: { type: 'string', arg: 'name', help: ['recommended | strict'] },
  all: { type: 'boolean', help: ['treat every Markdown file as a plan'] },
  format: {
    type: 'string',
    short: 'f',
    arg: 'name',
    help: [
      `${FORMATS[0]} (default) | ${FORMATS.slice(1).join(' | ')};`,
      `for report: ${REPORT_FORMATS.join(' | ')} (default from --output-file's`,
      'extension, else md)',
    ],
  },
  'output-file': { type: 'string', short: 'o', arg: 'file', help: ['write the report to a file'] },
  'max-warnings': { type: 'string', arg: 'n', help: ['exit 1 when there are more than n warnings'] },
  quiet: { type: 'boolean', short: 'q', help: ['report errors only'] },
  color: { type: 'boolean', label: '--color, --no-color', help: ['force colour on or off (NO_COLOR is honoured)'] },
  'no-color': { type: 'boolean' },
  stdin: { type: 'boolean', help: ['lint text from standard input'] },
  'stdin-filename': { type: 'string', arg: 'path', help: ['path to use for stdin (config lookup, output)'] },
  'print-config': { type: 'string', arg: 'file', help: ['print the effective config for a file and exit'] },
  fix: { type: 'boolean', help: ['apply safe fixes to the files'] },
  'fix-dry-run': { type: 'boolean', help: ['show the fixes as a diff without writing'] },
  cache: { type: 'boolean', help: ['only lint files that changed since the last run'] },
  'cache-location': { type: 'string', arg: 'path', help: ['cache file (default .negolintcache)'] },
  'ignore-pattern': { type: 'string', multiple: true, arg: 'glob', help: ['ignore files matching the glob (repeatable)'] },
  'no-ignore': { type: 'boolean', help: ['do not honour .gitignore / .negolintignore'] },
  concurrency: { type: 'string', arg: 'n|auto|off', help: ['worker threads for large folders (default auto; at', 'most one per core)'] },
  version: { type: 'boolean', short: 'v', help: ['print the version'] },
  help: { type: 'boolean', short: 'h', help: ['print this help'] },
} as const satisfies Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean; arg?: string; label?: string; help?: readonly string[] }>;

/** Where the descriptions in the Options list start. */
const HELP_COLUMN = 30;

function optionLines(): string[] {
  const lines: string[] = [];
  for (const [name, option] of Object.entries(SPEC) as [string, { short?: string; arg?: string; label?: string; help?: readonly string[] }][]) {
    if (!option.help) continue;
    const flag = option.label ?? `--${name}${option.arg ? ` <${option.arg}>` : ''}`;
    const left = `  ${option.short ? `-${option.short}, ` : '    '}${flag}`;
    const [first, ...more] = option.help;
    lines.push(left.length < HELP_COLUMN ? `${left.padEnd(HELP_COLUMN)}${first}` : `${left}  ${first}`);
    for (const line of more) lines.push(`${' '.repeat(HELP_COLUMN)}${line}`);
  }
  return lines;
}

export const HELP = `negolint — lint Markdown negotiation plans

Usage:
  negolint [options] [files, folders or globs...]   lint (default: .)
  negolint report [options] [paths...]             deal readiness over a folder of plans: each plan's
                                                   numbers, range chart, zone of agreement and gaps
  negolint rules                                   list the rules with their severity
  negolint explain <rule-id>                       explain a rule: why, what, how to fix
  negolint init                                    write .negolintrc.yaml and an example plan

Options:
${optionLines().join('\n')}

Exit codes:
  0  no errors (and warnings within --max-warnings)
  1  lint errors, or more warnings than --max-warnings
  2  usage error, invalid config, unreadable file or other fatal error
`;

/** `--format` of `negolint report`: as given, else from the output file's extension, else Markdown. */
function reportFormat(given: string | undefined, outputFile: string | undefined): (typeof REPORT_FORMATS)[number] {
  if (given !== undefined) {
    const f = given === 'markdown' ? 'md' : given;
    if (!(REPORT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown --format "${given}" for negolint report, expected one of ${REPORT_FORMATS.join(', ')}`);
    return f as (typeof REPORT_FORMATS)[number];
  }
  const ext = outputFile ? /\.([a-z]+)$/i.exec(outputFile)?.[1]?.toLowerCase() : undefined;
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'json') return 'json';
  return 'md';
}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  const v = parsed.values;
  const positionals = [...parsed.positionals];
  let command: CliOptions['command'] = 'lint';
  if (v.help) command = 'help';
  else if (v.version) command = 'version';
  else if (v['print-config'] !== undefined) command = 'print-config';
  else if (positionals[0] === 'rules' || positionals[0] === 'explain' || positionals[0] === 'init' || positionals[0] === 'report') {
    command = positionals.shift() as CliOptions['command'];
  }
  let format: CliOptions['format'];
  if (command === 'report') {
    format = reportFormat(v.format, v['output-file']);
    for (const flag of ['fix', 'fix-dry-run', 'stdin', 'cache', 'quiet', 'max-warnings'] as const) {
      if (v[flag] !== undefined && v[flag] !== false) throw new UsageError(`--${flag} does not apply to negolint report (it reads every plan and changes nothing)`);
    }
  } else {
    format = (v.format ?? 'stylish') as CliOptions['format'];
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown --format "${v.format}", expected one of ${FORMATS.join(', ')} (or, for negolint report, ${REPORT_FORMATS.join(', ')})`);
  }
  if (v.preset !== undefined && v.preset !== 'recommended' && v.preset !== 'strict') {
    throw new UsageError(`unknown --preset "${v.preset}", expected recommended or strict`);
  }
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = wholeNumber(v['max-warnings']);
    if (maxWarnings === undefined || maxWarnings < -1) throw new UsageError(`--max-warnings expects a whole number, got "${v['max-warnings']}"`);
    if (maxWarnings === -1) maxWarnings = undefined;
  }
  if (v.config !== undefined && v['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename requires --stdin');
  if (v.stdin && (v.fix || v['fix-dry-run'])) throw new UsageError('--fix cannot write to stdin; use --fix-dry-run without --stdin, or pipe through a file');
  if (v.stdin && positionals.length > 0 && command === 'lint') throw new UsageError('--stdin lints standard input: do not pass files as well');
  if (command === 'explain' && positionals.length !== 1) throw new UsageError('usage: negolint explain <rule-id>');
  let concurrency: CliOptions['concurrency'] = 'auto';
  if (v.concurrency !== undefined) {
    if (v.concurrency === 'auto' || v.concurrency === 'off') concurrency = v.concurrency;
    else {
      const n = wholeNumber(v.concurrency);
      if (n === undefined || n < 1) throw new UsageError(`--concurrency expects auto, off or a whole number >= 1, got "${v.concurrency}"`);
      concurrency = n;
    }
  }
  return {
    command,
    positionals,
    config: v.config,
    noConfig: Boolean(v['no-config']),
    rule: v.rule ?? [],
    preset: v.preset as CliOptions['preset'],
    all: Boolean(v.all),
    format,
    outputFile: v['output-file'],
    maxWarnings,
    quiet: Boolean(v.quiet),
    color: v['no-color'] ? false : v.color ? true : undefined,
    stdin: Boolean(v.stdin),
    stdinFilename: v['stdin-filename'],
    printConfig: v['print-config'],
    fix: Boolean(v.fix),
    fixDryRun: Boolean(v['fix-dry-run']),
    cache: Boolean(v.cache),
    cacheLocation: v['cache-location'] ?? '.negolintcache',
    ignorePattern: v['ignore-pattern'] ?? [],
    noIgnore: Boolean(v['no-ignore']),
    concurrency,
  };
}
