/**
 * The README's install routes that work before negolint is on the registry, run as a user runs
 * them (issue 13, CLI point 13): `pnpm pack` of the core and the language server in this clone,
 * both tarballs installed with npm into a fresh project (`npx negolint`, `npx negolint-lsp`, the
 * library), a global install of the built packages, and the README's `repo: local` pre-commit
 * hook over the installed CLI. `~` is a throwaway home folder in which `~/negolint` is this
 * checkout; the global install goes to a throwaway npm prefix.
 *
 * Needs the npm registry (npm installs the packages' dependencies); without it the test is
 * skipped, saying why, unless NEGOLINT_REQUIRE_TEST_TOOLS=1 (as `.ci/run` sets).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_PLAN, CORE, GOOD_PLAN, ROOT, cleanup, ensureBuilt, ensureLibraryBuilt, project, readmeBlocks, readmeSection, runProcess, type RunResult } from './cli-helpers.js';

const version = JSON.parse(readFileSync(path.join(CORE, 'package.json'), 'utf8')).version as string;
const REQUIRED = process.env['NEGOLINT_REQUIRE_TEST_TOOLS'] === '1';
const OFFLINE = /E(?:NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT|NETUNREACH)|network request .* failed|getaddrinfo/;

let home: string;
let env: Record<string, string | undefined>;
let userProject: string;
let prefix: string;
/** Why the routes cannot be tried here (the registry cannot be reached). */
let unavailable: string | undefined;

/** The environment of a user's shell: this one without pnpm's or vitest's npm_* variables, HOME and the npm prefix replaced. */
function userEnv(): Record<string, string | undefined> {
  const cache = spawnSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).stdout.trim();
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(process.env)) if (/^npm_/i.test(key) || key === 'PNPM_HOME' || key === 'NODE_OPTIONS') out[key] = undefined;
  return {
    ...out,
    HOME: home,
    // The machine's npm cache (npx's pnpm and the dependencies are fetched once), a throwaway global prefix.
    npm_config_cache: cache,
    npm_config_prefix: prefix,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    PATH: `${path.join(prefix, 'bin')}:${process.env['PATH']}`,
  };
}

/** Runs one README command line in `cwd` with the user's environment. */
function run(line: string, cwd: string): Promise<RunResult> {
  return runProcess('/bin/sh', ['-c', line], { cwd, env });
}

/** The command lines of the Install section's sh blocks, in order (comments dropped). */
function installBlocks(): string[][] {
  return readmeBlocks('Install')
    .filter((b) => b.lang === 'sh')
    .map((b) =>
      b.code
        .split('\n')
        .map((l) => l.replace(/\s+#\s.*$/, '').trim())
        .filter(Boolean),
    );
}

beforeAll(async () => {
  ensureBuilt();
  ensureLibraryBuilt();
  home = project({}, 'negolint-home-');
  prefix = path.join(home, 'npm-global');
  mkdirSync(prefix);
  // ~/negolint is the clone the README's first block makes; this checkout, installed and built.
  symlinkSync(ROOT, path.join(home, 'negolint'));
  env = userEnv();
  userProject = project({ 'package.json': `${JSON.stringify({ name: 'deals', version: '1.0.0', private: true }, null, 2)}\n`, 'plans/acme.md': BAD_PLAN, 'plans/globex.md': GOOD_PLAN }, 'negolint-user-project-');
  const ping = await run('npm ping', userProject);
  if (ping.code !== 0) unavailable = `the npm registry cannot be reached (npm ping: ${(ping.stderr.trim().split('\n').pop() ?? '').slice(0, 200)})`;
  if (unavailable && REQUIRED) throw new Error(`NEGOLINT_REQUIRE_TEST_TOOLS=1, but ${unavailable}`);
  if (unavailable) console.warn(`Skipping the install routes: ${unavailable}`);
}, 120_000);
afterAll(cleanup);

/** Fails with the command's output; a registry that went away meanwhile is a skip, as above. */
function expectOk(r: RunResult, line: string): void {
  if (r.code !== 0 && OFFLINE.test(r.stderr) && !REQUIRED) {
    unavailable = `\`${line}\` could not reach the npm registry`;
    console.warn(`Skipping the install routes: ${unavailable}`);
  }
  expect(r.code, `${line}\n${r.stdout}\n${r.stderr}`).toBe(0);
}

/** Speaks LSP over the server's stdio: initialize, open a plan, and wait for its diagnostics. */
async function lspDiagnostics(command: string, cwd: string, file: string): Promise<{ code: string; message: string }[]> {
  const child = spawn(command, ['--stdio'], { cwd, env: { ...process.env, ...env } as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  const send = (message: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  let buffer = Buffer.alloc(0);
  const uri = pathToFileURL(file).href;
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no diagnostics from negolint-lsp within 30 s')), 30_000);
      child.on('error', reject);
      child.stdout.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          const head = buffer.indexOf('\r\n\r\n');
          if (head < 0) return;
          const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())?.[1]);
          if (buffer.length < head + 4 + length) return;
          const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString());
          buffer = buffer.subarray(head + 4 + length);
          if (message.id === 1 && message.result) {
            send({ method: 'initialized', params: {} });
            send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } } });
          } else if (message.method === 'workspace/configuration') {
            send({ id: message.id, result: message.params.items.map(() => null) });
          } else if (message.id !== undefined && message.method) {
            send({ id: message.id, result: null });
          } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && message.params.diagnostics.length > 0) {
            clearTimeout(timer);
            resolve(message.params.diagnostics);
          }
        }
      });
      send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(cwd).href, capabilities: { workspace: { configuration: true } } } });
    });
  } finally {
    child.kill();
  }
}

describe('install routes from a clone (README: Install)', { timeout: 600_000 }, () => {
  it('the README marks the registry route as after publishing, and names no tarball npm pack makes', () => {
    const section = readmeSection('Install');
    const blocks = installBlocks();
    expect(blocks).toHaveLength(5);
    expect(blocks[4]).toEqual(['npm install --save-dev @negolint/core']);
    expect(section).toMatch(/\*\*After publishing\*\* \(not yet[^)]*\):\n\n```sh\nnpm install --save-dev @negolint\/core\n```/);
    expect(section).toContain('Use `pnpm pack`, not `npm pack`');
    // The README's first lines install and build the clone; the rest of the first block packs it.
    expect(blocks[0]![1]).toBe('npx --yes pnpm@10.34.8 install');
  });

  it('pnpm pack writes both tarballs: workspace:* written as the version, and the core has its README', async (ctx) => {
    if (unavailable) ctx.skip();
    const [, , pack] = installBlocks()[0]!;
    expect(pack).toMatch(/ pack --pack-destination ~\/negolint-packages$/);
    expectOk(await run(pack!, path.join(home, 'negolint')), pack!);
    const packages = path.join(home, 'negolint-packages');
    const list = (tgz: string) => spawnSync('tar', ['-tzf', path.join(packages, tgz)], { encoding: 'utf8' }).stdout.split('\n');
    const core = list(`negolint-core-${version}.tgz`);
    expect(core).toContain('package/README.md');
    expect(core).toContain('package/dist/negolint.mjs');
    expect(core).toContain('package/docs/rules/walk-away-point.md');
    const lspManifest = JSON.parse(spawnSync('tar', ['-xzOf', path.join(packages, `negolint-lsp-${version}.tgz`), 'package/package.json'], { encoding: 'utf8' }).stdout);
    expect(lspManifest.dependencies['@negolint/core']).toBe(version);
    // The README in the tarball says how to install and where the rest is.
    const readme = spawnSync('tar', ['-xzOf', path.join(packages, `negolint-core-${version}.tgz`), 'package/README.md'], { encoding: 'utf8' }).stdout;
    expect(readme).toContain('negolint-core-0.1.0.tgz');
    expect(readme).toContain('npx negolint');
  });

  it('the core tarball in a project: npx negolint lints the plans, the library imports', async (ctx) => {
    if (unavailable) ctx.skip();
    const [install, lint] = installBlocks()[1]!;
    expectOk(await run(install!, userProject), install!);
    const r = await run(lint!, userProject);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('plans/acme.md');
    expect(r.stdout).toContain('No walk-away point');
    expect(r.stdout).toContain('2 files linted, 2 plans found');
    const pkg = JSON.parse(readFileSync(path.join(userProject, 'package.json'), 'utf8'));
    expect(pkg.devDependencies['@negolint/core']).toMatch(/negolint-core-0\.1\.0\.tgz$/);
    const lib = await run(`node --input-type=module -e "import { lintText } from '@negolint/core'; console.log(lintText(process.argv[1], { config: { extends: 'recommended' } }).messages.some((m) => m.ruleId === 'walk-away-point'))" '${BAD_PLAN}'`, userProject);
    expect(lib.stdout.trim(), lib.stderr).toBe('true');
  });

  it('both tarballs together: npx negolint-lsp runs and publishes diagnostics for a plan', async (ctx) => {
    if (unavailable) ctx.skip();
    const [install, versionLine] = installBlocks()[2]!;
    expectOk(await run(install!, userProject), install!);
    const v = await run(versionLine!, userProject);
    expect(v.stdout, v.stderr).toBe(`${version}\n`);
    const diagnostics = await lspDiagnostics(path.join(userProject, 'node_modules/.bin/negolint-lsp'), userProject, path.join(userProject, 'plans/acme.md'));
    expect(diagnostics.map((d) => d.code)).toContain('walk-away-point');
  });

  it('the README\'s repo: local pre-commit hook runs the installed CLI on the staged plans', async (ctx) => {
    if (unavailable) ctx.skip();
    const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
    if (!hasPreCommit && REQUIRED) throw new Error('NEGOLINT_REQUIRE_TEST_TOOLS=1, but pre-commit is not installed (scripts/setup-test-tools.sh installs it)');
    if (!hasPreCommit) {
      console.warn('Skipping the repo: local hook over the tarball install: pre-commit is not installed (scripts/setup-test-tools.sh installs it)');
      ctx.skip();
    }
    const config = readmeBlocks('Pre-commit').find((b) => b.title === '.pre-commit-config.yaml')!.code;
    writeFileSync(path.join(userProject, '.pre-commit-config.yaml'), config);
    const git = (args: string) => run(`git -c user.name=Test -c user.email=test@example.invalid ${args}`, userProject);
    writeFileSync(path.join(userProject, '.gitignore'), 'node_modules/\n');
    expectOk(await git('init -q -b main'), 'git init');
    expectOk(await run('pre-commit install', userProject), 'pre-commit install');
    expectOk(await git('add -A'), 'git add');
    const blocked = await git('commit -m plans');
    expect(blocked.code, blocked.stdout + blocked.stderr).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain('No walk-away point');
    writeFileSync(path.join(userProject, 'plans/acme.md'), GOOD_PLAN);
    expectOk(await git('add -A'), 'git add');
    const passed = await git('commit -m plans');
    expect(passed.code, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout + passed.stderr).toMatch(/negolint\.+Passed/);
  });

  it('a global install of the built packages puts negolint and negolint-lsp on the PATH', async (ctx) => {
    if (unavailable) ctx.skip();
    const [install, lint] = installBlocks()[3]!;
    expectOk(await run(install!, userProject), install!);
    const plans = project({ 'plans/acme.md': BAD_PLAN }, 'negolint-global-');
    const r = await run(lint!, plans);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('No walk-away point');
    expect((await run('command -v negolint', plans)).stdout.trim()).toBe(path.join(prefix, 'bin/negolint'));
    expect((await run('negolint-lsp --version', plans)).stdout).toBe(`${version}\n`);
  });
});
