/**
 * Helpers for the CLI tests: they run the built `negolint` (the bundled
 * `dist/negolint.mjs` that package.json's `bin` points at) as a child process in
 * throwaway folders, and check stdout, stderr and the exit code.
 */
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintText } from '../src/index.js';

export const CORE = path.resolve(import.meta.dirname, '..');
export const ROOT = path.resolve(CORE, '../..');
/** The command as installed: package.json `bin.negolint`. `NEGOLINT_BIN` tests another build. */
export const BIN = process.env['NEGOLINT_BIN'] ?? path.join(CORE, 'dist/negolint.mjs');

/** A plan (Target + Opening offer) with no walk-away point: `walk-away-point` reports an error with a safe fix. */
export const BAD_PLAN = '# Acme renewal\n\n## Target\n\n$500k per year.\n\n## Opening offer\n\n$600k per year.\n';
/** The message walk-away-point gives BAD_PLAN, as the library words it (the CLI must print the same). */
export const BAD_PLAN_MESSAGE = lintText(BAD_PLAN, { config: { extends: 'recommended' } }).messages.find((m) => m.ruleId === 'walk-away-point')!.message;
/** The same plan with a walk-away point: clean under {@link onlyRule}('walk-away-point'). */
export const GOOD_PLAN = '# Acme renewal\n\n## Walk-away point\n\nWe walk away below $450k per year.\n\n## Target\n\n$500k per year.\n\n## Opening offer\n\n$600k per year.\n';
/** Ordinary Markdown: not a plan, skipped. */
export const NOT_A_PLAN = '# Team notes\n\nLunch is at noon. The offsite is in May.\n';

let ids: string[] | undefined;

/** The rule ids, as the built CLI lists them (`negolint rules`). */
export function ruleIds(): string[] {
  if (!ids) {
    ensureBuilt();
    const r = spawnSync(process.execPath, [BIN, 'rules', '--no-config'], { encoding: 'utf8', env: cleanEnv() });
    ids = r.stdout.trim().split('\n').slice(1).map((l) => l.split(/\s+/)[0]!);
    if (r.status !== 0 || ids.length === 0) throw new Error(`negolint rules failed:\n${r.stdout}${r.stderr}`);
  }
  return ids;
}

/** A YAML config with every rule off but `id`, so tests do not depend on the other rules' wording. */
export function onlyRule(id = 'walk-away-point', severity: 'error' | 'warn' = 'error'): string {
  return `rules:\n${ruleIds().map((r) => `  ${r}: ${r === id ? severity : 'off'}\n`).join('')}`;
}

const SOURCES = [path.join(CORE, 'src'), path.join(CORE, 'scripts/bundle.mjs')];

function newestMtime(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(p).map((n) => newestMtime(path.join(p, n))));
}

/**
 * Makes sure the bundle is there and newer than the sources; rebuilds it with the
 * package's own bundler otherwise (the full `pnpm build` also type-checks, which
 * other people's work in progress can break). Test files run in parallel, so the
 * rebuild takes a lock.
 */
export function ensureBuilt(): void {
  if (process.env['NEGOLINT_BIN']) return;
  const fresh = () => existsSync(BIN) && statSync(BIN).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
  if (fresh()) return;
  const lock = path.join(CORE, 'dist/.cli-test-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > until) rmSync(lock, { recursive: true, force: true });
      spawnSync('sleep', ['0.2']);
    }
  }
  try {
    if (!fresh()) {
      const r = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: CORE, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`building the CLI failed:\n${r.stdout}${r.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const LIBRARY = path.join(CORE, 'dist/index.js');

/**
 * Makes sure the library's `dist/` (what `@negolint/core` and `@negolint/core/remark` load
 * in another process) is newer than the sources; compiles it with the package's `tsc`
 * otherwise, under the same kind of lock as {@link ensureBuilt}.
 */
export function ensureLibraryBuilt(): void {
  const fresh = () => existsSync(LIBRARY) && statSync(LIBRARY).mtimeMs >= newestMtime(path.join(CORE, 'src'));
  if (fresh()) return;
  const lock = path.join(CORE, 'dist/.library-test-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > until) rmSync(lock, { recursive: true, force: true });
      spawnSync('sleep', ['0.2']);
    }
  }
  try {
    if (!fresh()) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: CORE, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`compiling the library failed:\n${r.stdout}${r.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Text for standard input (else stdin is empty). */
  input?: string | Buffer;
  /** Added to a clean environment (no colour or CI variables inherited). */
  env?: Record<string, string | undefined>;
  /** Run as another user (tests run as root, where file permissions do not bite). */
  uid?: number;
  gid?: number;
}

/** The environment the CLI sees: the parent's, minus variables that change its output. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'GITHUB_ACTIONS', 'NODE_OPTIONS', 'TERM']) delete env[k];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Runs `negolint ...args` and collects its output. */
export function negolint(args: string[], options: RunOptions): Promise<RunResult> {
  return runProcess(process.execPath, [BIN, ...args], options);
}

export function runProcess(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const spawnOptions: SpawnOptions = { cwd: options.cwd, env: cleanEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] };
    if (options.uid !== undefined) spawnOptions.uid = options.uid;
    if (options.gid !== undefined) spawnOptions.gid = options.gid;
    const child = spawn(command, args, spawnOptions);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin!.on('error', () => {
      /* the command may exit before reading its input */
    });
    child.stdin!.end(options.input ?? '');
  });
}

/** Runs a shell command line (`sh -c`), e.g. a pipeline documented in the README. */
export function sh(command: string, options: RunOptions): Promise<RunResult> {
  return runProcess('/bin/sh', ['-c', command], options);
}

const created: string[] = [];

/** A throwaway folder with these files (string or bytes); removed by {@link cleanup}. */
export function project(files: Record<string, string | Buffer> = {}, prefix = 'negolint-cli-'): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  created.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** A folder with an executable `negolint` that runs the built CLI, to put first on PATH. */
export function binDir(): string {
  const dir = project({}, 'negolint-bin-');
  const shim = path.join(dir, 'negolint');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  return dir;
}

/** Makes `npx negolint` resolve offline in `dir`, as after `npm install --save-dev @negolint/core`. */
export function installLocally(dir: string): void {
  mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(BIN, path.join(dir, 'node_modules/.bin/negolint'));
}

export function cleanup(): void {
  for (const dir of created.splice(0)) {
    // Tests chmod things; make sure everything can be removed.
    spawnSync('chmod', ['-R', 'u+rwX', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Strips ANSI colour codes. */
export const plain = (s: string) => s.replace(/\u001b\[\d+m/g, '');

/** The uid to drop to for permission tests when running as root. */
export const NOBODY = 65534;
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * How to run the CLI so that file permissions apply: as `nobody` when the tests run as
 * root (root reads and writes everything), else as is. A reason instead when `nobody`
 * cannot even start the CLI (e.g. the checkout is under a private home folder).
 */
export function permissionRunner(): { uid?: number; gid?: number } | string {
  if (!isRoot) return {};
  ensureBuilt();
  const r = spawnSync(process.execPath, [BIN, '--version'], { uid: NOBODY, gid: NOBODY, cwd: '/', encoding: 'utf8' });
  return r.status === 0 ? { uid: NOBODY, gid: NOBODY } : `running as root, and user nobody cannot run ${BIN} (${(r.stderr || r.error?.message || '').trim().split('\n')[0]})`;
}

/** The body of a `## name` section of the root README (headings inside code fences do not count). */
export function readmeSection(name: string, file = path.join(ROOT, 'README.md')): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  let fence: string | undefined;
  let inside = false;
  const out: string[] = [];
  for (const line of lines) {
    const f = /^(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (line.startsWith(fence) && line.trim() === fence) fence = undefined;
    }
    if (!fence && !f && /^## /.test(line)) {
      inside = line.slice(3).trim() === name;
      continue;
    }
    if (inside) out.push(line);
  }
  return out.join('\n');
}

export interface CodeBlock {
  lang: string;
  /** From an info string like ```yaml title=".negolintrc.yaml" */
  title?: string;
  code: string;
}

/** The fenced code blocks of a README section, in order. */
export function readmeBlocks(section: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const re = /^(`{3,})([^\n`]*)\n([\s\S]*?)^\1[ \t]*$/gm;
  for (const m of readmeSection(section).matchAll(re)) {
    const info = m[2]!.trim();
    const title = /title="([^"]+)"/.exec(info)?.[1];
    blocks.push({ lang: info.split(/\s+/)[0] ?? '', ...(title ? { title } : {}), code: m[3]! });
  }
  return blocks;
}

/**
 * Options for the CLI test suites: the tests mostly wait for child processes, so they
 * run concurrently (vitest gives a 2-core machine one worker); the generous timeout
 * is for machines busy with other work.
 */
export const PARALLEL = { concurrent: true, timeout: 120_000 } as const;

/** `file:line:col: severity message (rule)` lines of the compact format, as `file severity rule` (the rules' wording is theirs to change). */
export function findings(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const m = /^(.*):\d+:\d+: (error|warning) .* \(([\w-]+)\)$/.exec(l);
      if (!m) throw new Error(`not a compact line: ${l}`);
      return `${m[1]} ${m[2]} ${m[3]}`;
    });
}
