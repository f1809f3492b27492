/** Config loading and validation: every problem names the file, line and key. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOverrides, ConfigError, controlComment, controlCommentsIn, lintText, MAX_CONFIG_BYTES, readRegularFile, resolveConfigFor, rules } from '../src/index.js';

const PLAN = '# Acme\n\n## Target\n\n$420k\n\n## Opening offer\n\n$480k, list price.\n';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'negolint-config-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function configError(files: Record<string, string>, lint = 'plans/a.md'): ConfigError {
  const dir = workspace({ [lint]: PLAN, ...files });
  try {
    resolveConfigFor(path.join(dir, lint), { cwd: dir });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('finding configs', () => {
  it('walks up from the file and applies the nearest config', () => {
    const dir = workspace({ '.negolintrc.json': '{"rules": {"walk-away-point": "off"}}', 'plans/deep/a.md': PLAN });
    const r = lintText(PLAN, { filePath: path.join(dir, 'plans/deep/a.md'), cwd: dir });
    expect(r.messages.filter((m) => m.ruleId === 'walk-away-point')).toEqual([]);
  });
  it('reads YAML and package.json "negolint"', () => {
    for (const files of [
      { '.negolintrc.yaml': 'rules:\n  walk-away-point: warn\n' },
      { '.negolintrc.yml': 'rules:\n  walk-away-point: [warn, {}]\n' },
      { 'package.json': JSON.stringify({ name: 'x', negolint: { rules: { 'walk-away-point': 1 } } }) },
    ]) {
      const dir = workspace({ ...files, 'a.md': PLAN });
      const r = lintText(PLAN, { filePath: path.join(dir, 'a.md'), cwd: dir });
      expect(r.messages.find((m) => m.ruleId === 'walk-away-point')?.severity).toBe(1);
    }
  });
  it('extends strict and another file inside the workspace', () => {
    const dir = workspace({ 'base.yaml': 'extends: strict\n', '.negolintrc.json': '{"extends": "./base.yaml"}', 'a.md': PLAN });
    const config = resolveConfigFor(path.join(dir, 'a.md'), { cwd: dir });
    expect(Object.values(config.rules).every((r) => r.severity === 'error')).toBe(true);
  });
  it("a parent folder's config may extend its siblings when the working folder is below it", () => {
    const dir = workspace({ '.negolintrc.yaml': 'extends: ./shared/base.yaml\n', 'shared/base.yaml': 'extends: strict\n', 'sub/a.md': PLAN });
    const config = resolveConfigFor(path.join(dir, 'sub/a.md'), { cwd: path.join(dir, 'sub') });
    expect(config.files).toEqual([path.join(dir, '.negolintrc.yaml'), path.join(dir, 'shared/base.yaml')]);
    expect(Object.values(config.rules).every((r) => r.severity === 'error')).toBe(true);
  });
});

describe('symbolic links and special files', () => {
  it('an `extends` link out of the workspace is refused unread; a cycle through a link is found', () => {
    const outside = workspace({ 'secret.yaml': 'side: SECRET-VALUE\n' });
    const dir = workspace({ '.negolintrc.yaml': 'extends: ./base.yaml\n', 'a.md': PLAN });
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'base.yaml'));
    let error: ConfigError | undefined;
    try {
      resolveConfigFor(path.join(dir, 'a.md'), { cwd: dir });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error?.message).toMatch(/"\.\/base\.yaml" is a symbolic link to a file outside it; not read/);
    expect(error?.message).not.toContain('SECRET');
    const cycle = workspace({ '.negolintrc.yaml': 'extends: ./b.yaml\n', 'a.md': PLAN });
    symlinkSync('.negolintrc.yaml', path.join(cycle, 'b.yaml'));
    expect(() => resolveConfigFor(path.join(cycle, 'a.md'), { cwd: cycle })).toThrow(/cycle/);
  });
  it('readRegularFile refuses a FIFO at once, a device, and a file over the limit', () => {
    const dir = workspace({ 'big.json': 'x'.repeat(MAX_CONFIG_BYTES + 1), 'ok.json': '{}' });
    execFileSync('mkfifo', [path.join(dir, 'pipe.json')]);
    expect(readRegularFile(path.join(dir, 'pipe.json'), MAX_CONFIG_BYTES)).toEqual({ refused: { code: 'special', message: 'a FIFO (named pipe), not a regular file' } });
    expect(readRegularFile('/dev/zero', MAX_CONFIG_BYTES)).toEqual({ refused: { code: 'special', message: 'a character device, not a regular file' } });
    expect(readRegularFile(path.join(dir, 'big.json'), MAX_CONFIG_BYTES)).toEqual({ refused: { code: 'too-large', message: 'too large (1,048,577 bytes; the limit is 1 MiB)' } });
    expect(readRegularFile(path.join(dir, 'ok.json'), MAX_CONFIG_BYTES)).toEqual({ bytes: Buffer.from('{}') });
  });
});

describe('broken configs', () => {
  it('invalid JSON names the line', () => {
    const e = configError({ '.negolintrc.json': '{\n  "rules": {\n    "walk-away-point": "error",\n  }\n}\n' });
    expect(e.file).toMatch(/\.negolintrc\.json$/);
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/invalid JSON/);
  });
  it('invalid YAML names the line', () => {
    const e = configError({ '.negolintrc.yaml': 'rules:\n  walk-away-point: error\n   bad: [\n' });
    expect(e.line).toBeGreaterThanOrEqual(2);
    expect(e.message).toMatch(/invalid YAML/);
  });
  it('an unknown rule id names the key and suggests', () => {
    const e = configError({ '.negolintrc.yaml': 'extends: recommended\nrules:\n  walk-away: error\n' });
    expect(e.line).toBe(3);
    expect(e.key).toBe('rules.walk-away');
    expect(e.message).toMatch(/unknown rule `walk-away`; did you mean `walk-away-point`/);
  });
  it('a bad severity says what is expected', () => {
    const e = configError({ '.negolintrc.json': '{\n  "rules": {\n    "walk-away-point": "loud"\n  }\n}' });
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/expected a severity/);
  });
  it('an unknown top-level key', () => {
    const e = configError({ '.negolintrc.yaml': 'rulez: {}\n' });
    expect(e.key).toBe('rulez');
    expect(e.line).toBe(1);
  });
  it('extends outside the workspace, absolute, missing or cyclic is refused', () => {
    expect(configError({ '.negolintrc.json': '{"extends": "../../etc/passwd"}' }).message).toMatch(/outside the workspace/);
    expect(configError({ '.negolintrc.json': '{"extends": "/etc/passwd"}' }).message).toMatch(/preset .* or a relative path/);
    expect(configError({ '.negolintrc.json': '{"extends": "./nope.json"}' }).message).toMatch(/does not exist/);
    expect(configError({ '.negolintrc.json': '{"extends": "./b.json"}', 'b.json': '{"extends": "./.negolintrc.json"}' }).message).toMatch(/cycle/);
    expect(configError({ '.negolintrc.json': '{"extends": "eslint:recommended"}' }).message).toMatch(/preset/);
  });
  it('JavaScript configs are never loaded', () => {
    const dir = workspace({ '.negolintrc.js': 'throw new Error("ran code")', 'a.md': PLAN });
    expect(() => lintText(PLAN, { filePath: path.join(dir, 'a.md'), cwd: dir })).not.toThrow();
  });
});

describe('inline control comments', () => {
  const plan = (comment: string) => `${comment}\n# Acme\n\n## Target\n\n$420k\n\n## Opening offer\n\n$480k\n`;
  const ids = (text: string) => lintText(text, { config: {} }).messages.map((m) => m.ruleId);
  it('disable, enable, disable-next-line', () => {
    expect(ids(plan(''))).toContain('walk-away-point');
    expect(ids(plan('<!-- negolint-disable walk-away-point -->'))).not.toContain('walk-away-point');
    expect(ids(plan('<!-- negolint-disable -->'))).toEqual([]);
    expect(ids(plan('<!-- negolint-disable-next-line walk-away-point -->'))).not.toContain('walk-away-point');
    expect(ids(plan('<!-- negolint-disable-next-line desperation -->'))).toContain('walk-away-point');
    expect(ids(plan('<!-- negolint-disable walk-away-point -->\n<!-- negolint-enable walk-away-point -->'))).toContain('walk-away-point');
  });
  it('a malformed marker is reported, not thrown', () => {
    expect(() => lintText(plan('<!-- negolint frobnicate -->'), { config: {} })).not.toThrow();
  });
  it('what controlComment writes, the engine obeys and controlCommentsIn reads back', () => {
    const line = controlComment('disable-next-line', ['walk-away-point', 'desperation']);
    expect(line).toBe('<!-- negolint-disable-next-line walk-away-point desperation -->');
    expect(ids(plan(line))).not.toContain('walk-away-point');
    expect(ids(plan(controlComment('disable', ['walk-away-point'])))).not.toContain('walk-away-point');
    const row = `| Walk-away | TBD | ${controlComment('disable-line', ['placeholder'])} |`;
    expect(controlCommentsIn(row)).toEqual([{ directive: 'disable-line', ids: ['placeholder'], start: row.indexOf('<!--'), end: row.length - 2 }]);
    expect(controlCommentsIn('<!-- negolint-disable -->')).toEqual([{ directive: 'disable', ids: [], start: 0, end: 25 }]);
  });
});

describe('which preset applies (the contract with editor settings)', () => {
  const dirOf = (config: string) => workspace({ '.negolintrc.yaml': config, 'a.md': PLAN });
  const resolved = (config: string) => {
    const dir = dirOf(config);
    return resolveConfigFor(path.join(dir, 'a.md'), { cwd: dir });
  };
  it('the resolved config says which preset its files chose and which rules they set', () => {
    expect(resolved('rules:\n  desperation: off\n')).toMatchObject({ rulesFromFiles: ['desperation'] });
    expect(resolved('rules:\n  desperation: off\n').presetFromFiles).toBeUndefined();
    expect(resolved('extends: strict\n').presetFromFiles).toBe('strict');
    expect(resolved('extends: recommended\n').presetFromFiles).toBe('recommended');
  });
  it('defaultPreset applies only where no file chose a preset, and leaves the rules the files set', () => {
    const own = applyOverrides(resolved('rules:\n  desperation: off\n'), { defaultPreset: 'strict' }, rules);
    expect(own.rules['desperation']!.severity).toBe('off');
    expect(own.rules['walk-away-alternative']!.severity).toBe('error');
    const chosen = applyOverrides(resolved('extends: recommended\n'), { defaultPreset: 'strict' }, rules);
    expect(chosen.rules['walk-away-alternative']!.severity).toBe('warn');
    // `preset` (the CLI's --preset) wins over everything.
    const forced = applyOverrides(resolved('extends: recommended\nrules:\n  desperation: off\n'), { preset: 'strict' }, rules);
    expect(forced.rules['desperation']!.severity).toBe('error');
  });
});
