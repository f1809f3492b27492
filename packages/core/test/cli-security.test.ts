/**
 * The security promises of SECURITY.md, checked on the CLI as a process: with a
 * hostile workspace (configs pointing outside, at URLs, at modules; a JavaScript
 * config lying around; YAML tags), negolint opens no connection, starts no
 * process, loads no module from the workspace and reads no file outside it. A
 * preloaded hook records every attempt instead of trusting the code to behave.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_PLAN, BIN, cleanup, ensureBuilt, negolint, project } from './cli-helpers.js';

beforeAll(ensureBuilt);
afterAll(cleanup);

// Runs before the CLI: wraps the doors out of the process and logs who knocks.
const HOOK = String.raw`
import fs from 'node:fs';
import net from 'node:net';
import dns from 'node:dns';
import cp from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
const log = (what) => fs.appendFileSync(process.env.NEGOLINT_AUDIT, what + '\n');
const root = process.env.NEGOLINT_AUDIT_ROOT;
const allowed = [root, process.env.NEGOLINT_AUDIT_BIN, '/dev/', '/proc/', '/etc/localtime'];
const check = (p) => {
  if (typeof p !== 'string' && !(p instanceof URL)) return;
  const abs = p instanceof URL ? p.pathname : p.startsWith('/') ? p : process.cwd() + '/' + p;
  if (!allowed.some((a) => abs.startsWith(a))) log('read ' + abs);
};
for (const name of ['readFileSync', 'openSync', 'readFile', 'open', 'createReadStream']) {
  const orig = fs[name];
  fs[name] = function (p, ...rest) { check(p); return orig.call(this, p, ...rest); };
}
for (const name of ['readFile', 'open']) {
  const orig = fs.promises[name];
  fs.promises[name] = function (p, ...rest) { check(p); return orig.call(this, p, ...rest); };
}
net.Socket.prototype.connect = function () { log('connect'); throw new Error('network is off'); };
dns.lookup = function () { log('dns'); throw new Error('network is off'); };
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  cp[name] = function () { log('process ' + name); throw new Error('processes are off'); };
}
syncBuiltinESMExports();
`;

describe('a hostile workspace', () => {
  it('cannot make negolint connect, spawn, load code or read outside the workspace', async () => {
    const dir = project({
      'plans/a.md': BAD_PLAN,
      'plans/sub/b.md': BAD_PLAN,
      // Each of these configs is refused; none may be followed.
      'plans/sub/.negolintrc.json': JSON.stringify({ extends: '../../../../../../etc/passwd' }),
      'plans/url/.negolintrc.json': JSON.stringify({ extends: 'https://example.com/negolint.json' }),
      'plans/url/c.md': BAD_PLAN,
      'plans/abs/.negolintrc.yaml': 'extends: /etc/hostname\n',
      'plans/abs/d.md': BAD_PLAN,
      'plans/tag/.negolintrc.yaml': 'rules: !!js/function "function () { require(\'fs\').writeFileSync(\'pwned\', \'\') }"\n',
      'plans/tag/e.md': BAD_PLAN,
      'plans/mod/package.json': JSON.stringify({ negolint: { plugins: ['./evil.js'], formatter: './evil.js', extends: 'eslint:recommended' } }),
      'plans/mod/f.md': BAD_PLAN,
      // A JavaScript config is never looked for, let alone run.
      '.negolintrc.js': "require('fs').writeFileSync(__dirname + '/pwned-js', '')\n",
      'negolint.config.mjs': "import fs from 'node:fs'; fs.writeFileSync(new URL('./pwned-mjs', import.meta.url), '')\n",
      'plans/mod/evil.js': "require('fs').writeFileSync(__dirname + '/pwned-plugin', '')\n",
    });
    const hook = path.join(dir, '..', `${path.basename(dir)}-hook.mjs`);
    writeFileSync(hook, HOOK);
    const audit = path.join(dir, '..', `${path.basename(dir)}-audit.log`);
    writeFileSync(audit, '');
    const r = await negolint(['--format', 'json', '.'], {
      cwd: dir,
      env: { NODE_OPTIONS: `--import ${hook}`, NEGOLINT_AUDIT: audit, NEGOLINT_AUDIT_ROOT: dir, NEGOLINT_AUDIT_BIN: path.dirname(BIN) },
    });
    const { readFileSync, rmSync } = await import('node:fs');
    const attempts = readFileSync(audit, 'utf8').trim();
    // The control: the same hook, told the workspace is elsewhere, sees the plans being read.
    const control = await negolint(['--format', 'json', 'plans/a.md'], {
      cwd: dir,
      env: { NODE_OPTIONS: `--import ${hook}`, NEGOLINT_AUDIT: audit, NEGOLINT_AUDIT_ROOT: '/nonexistent', NEGOLINT_AUDIT_BIN: path.dirname(BIN) },
    });
    expect(control.code).toBe(1);
    expect(readFileSync(audit, 'utf8')).toContain(`read ${path.join(dir, 'plans/a.md')}`);
    rmSync(hook);
    rmSync(audit);
    // Broken configs stop the run with exit 2 and name each file and key.
    expect(r.code).toBe(2);
    for (const where of ['plans/sub/.negolintrc.json', 'plans/url/.negolintrc.json', 'plans/abs/.negolintrc.yaml', 'plans/tag/.negolintrc.yaml', 'plans/mod/package.json']) {
      expect(r.stderr).toContain(where);
    }
    expect(attempts, 'reads, connections or processes outside the sandbox').toBe('');
    for (const marker of ['pwned', 'pwned-js', 'pwned-mjs', 'plans/mod/pwned-plugin', 'plans/tag/pwned']) expect(existsSync(path.join(dir, marker))).toBe(false);
  });
});
