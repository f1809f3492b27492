/**
 * Configuration: declarative files only (`.negolintrc.json`, `.negolintrc.yaml`,
 * `.negolintrc.yml`, or `"negolint"` in package.json), found by walking up from
 * the linted file. No JavaScript configs: a config must never run code.
 */
import { VOCABULARY_KEYS, type VocabularyKey } from './vocabulary-keys.js';
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { loadYaml } from '../yaml.js';
import { CONCEPTS, type Concept } from '../plan/concepts.js';
import type { Side } from '../plan/model.js';
import { isInside, notRegularFile, MAX_CONFIG_BYTES, readRegularTextFile, realPathOr } from '../read-file.js';
import type { NegolintRule, SeverityName } from '../rule.js';
import { validate, describeSchema } from '../schema.js';
import { closest } from '../suggest.js';
import { findJsonMistake } from './json-error.js';
import { configSchema } from './schema.js';

export const CONFIG_FILES = ['.negolintrc.json', '.negolintrc.yaml', '.negolintrc.yml', 'package.json'] as const;
export const PRESETS = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESETS)[number];

export type RuleSetting = SeverityName | 'warning' | 0 | 1 | 2 | [SeverityName | 'warning' | 0 | 1 | 2, Record<string, unknown>?];

/** The config as written. */
export interface NegolintConfig {
  $schema?: string;
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  vocabulary?: Partial<Record<VocabularyKey, string[]>>;
  side?: Side;
  plans?: 'all' | 'auto' | string[];
  ignorePatterns?: string[];
}

/** One rule's effective setting. */
export interface ResolvedRule {
  severity: SeverityName;
  options: Record<string, unknown>;
}

/** The config after `extends`, presets and overrides are merged. */
export interface ResolvedConfig {
  rules: Record<string, ResolvedRule>;
  vocabulary: Partial<Record<VocabularyKey, string[]>>;
  side?: Side;
  plans: 'all' | 'auto' | string[];
  ignorePatterns: string[];
  /** The config files that contributed, nearest first. */
  files: string[];
  /** Directory `plans` globs and `ignorePatterns` are relative to. */
  baseDir: string;
  /** The preset a config file chose with `extends`; undefined when none did (the recommended defaults apply). */
  presetFromFiles?: PresetName;
  /** The ids of the rules the config files set themselves (they keep their setting under `defaultPreset`). */
  rulesFromFiles: string[];
}

/** Settings applied on top of the config files: CLI flags, editor settings. */
export interface ConfigOverrides {
  /** A preset for every rule, whatever the config files say (`--preset`). */
  preset?: PresetName;
  /**
   * A preset only where no config file chose one, for the rules no config file sets (the editor's
   * `negolint.preset`). Ignored when `preset` is given.
   */
  defaultPreset?: PresetName;
  rules?: Record<string, RuleSetting>;
  plans?: ResolvedConfig['plans'];
}

/** A config problem, with the file, line, column and key that caused it. */
export class ConfigError extends Error {
  constructor(
    readonly reason: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
    readonly key?: string,
  ) {
    super(`${file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ` : ''}${key ? `${key}: ` : ''}${reason}`);
    this.name = 'ConfigError';
  }
}

export function normalizeSeverity(value: unknown): SeverityName | undefined {
  switch (value) {
    case 'off':
    case 0:
    case false:
      return 'off';
    case 'warn':
    case 'warning':
    case 'on':
    case 1:
    case true:
      return 'warn';
    case 'error':
    case 2:
      return 'error';
    default:
      return undefined;
  }
}

export function presetRules(preset: PresetName, rules: readonly NegolintRule<object>[]): Record<string, ResolvedRule> {
  const out: Record<string, ResolvedRule> = {};
  for (const rule of rules) {
    out[rule.meta.id] = { severity: preset === 'strict' ? 'error' : rule.meta.severity, options: {} };
  }
  return out;
}

interface Located {
  file?: string;
  doc?: Document;
  lineCounter?: LineCounter;
  /** Offset of the config object inside the file (package.json's "negolint"). */
  keyPrefix: (string | number)[];
}

const toLineCol = (p: { line: number; col: number }) => ({ line: p.line, column: p.col });

function locate(loc: Located, keyPath: (string | number)[]): { line?: number; column?: number } {
  if (!loc.doc || !loc.lineCounter) return {};
  const { isMap, isScalar, isSeq } = loadYaml();
  const full = [...loc.keyPrefix, ...keyPath];
  // Point at the key when there is one, else at the value.
  for (let n = full.length; n >= 0; n--) {
    const parentPath = full.slice(0, Math.max(0, n - 1));
    const parent = n === 0 ? loc.doc.contents : loc.doc.getIn(parentPath, true);
    if (n === 0) {
      const range = (parent as YamlNode | null)?.range;
      if (range) return toLineCol(loc.lineCounter.linePos(range[0]));
      return {};
    }
    const last = full[n - 1]!;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
      const key = pair?.key as YamlNode | undefined;
      if (key?.range) return toLineCol(loc.lineCounter.linePos(key.range[0]));
    } else if (isSeq(parent)) {
      const item = parent.items[Number(last)] as YamlNode | undefined;
      if (item?.range) return toLineCol(loc.lineCounter.linePos(item.range[0]));
    }
  }
  return {};
}

function keyName(keyPath: (string | number)[]): string {
  return keyPath.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
}

/** Checks a config object against the rules' schemas and our own shape. */
export function validateConfig(config: unknown, rules: readonly NegolintRule<object>[], loc: Located): NegolintConfig {
  const fail = (keyPath: (string | number)[], reason: string): never => {
    const { line, column } = locate(loc, keyPath);
    throw new ConfigError(reason, loc.file, line, column, keyName(keyPath) || undefined);
  };
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    fail([], `expected an object with \`extends\`, \`rules\`, \`vocabulary\`, \`side\` or \`plans\`, got ${Array.isArray(config) ? 'an array' : typeof config}`);
  }
  const top = validate(configSchema(rules), config);
  const c = config as Record<string, unknown>;
  // Rule entries get precise messages of their own below.
  for (const issue of top) {
    if (issue.path[0] === 'rules' && issue.path.length > 1) continue;
    fail(issue.path, issue.path.length === 1 && issue.actual.startsWith('unknown option')
      ? `unknown key, expected one of \`$schema\`, \`extends\`, \`rules\`, \`vocabulary\`, \`side\`, \`plans\`, \`ignorePatterns\``
      : `expected ${issue.expected}, got ${issue.actual}`);
  }
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const ruleEntries = (c['rules'] ?? {}) as Record<string, unknown>;
  for (const [id, setting] of Object.entries(ruleEntries)) {
    const rule = byId.get(id);
    if (!rule) {
      const close = closest(id, byId.keys());
      fail(['rules', id], `unknown rule \`${id}\`${close.length ? `; did you mean ${close.map((k) => `\`${k}\``).join(' or ')}?` : ''} (run \`negolint rules\` for the list)`);
    }
    const [sev, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined];
    if (normalizeSeverity(sev) === undefined) {
      fail(['rules', id, ...(Array.isArray(setting) ? [0] : [])], `expected a severity \`"off"\`, \`"warn"\` or \`"error"\` (or 0, 1, 2), got ${JSON.stringify(sev)}`);
    }
    if (Array.isArray(setting) && setting.length > 2) fail(['rules', id], 'expected `[severity, options]`');
    if (options !== undefined) {
      for (const issue of validate(rule!.meta.options, options)) {
        fail(['rules', id, 1, ...issue.path], `expected ${issue.expected}, got ${issue.actual}`);
      }
    }
  }
  const vocab = c['vocabulary'];
  if (vocab && typeof vocab === 'object') {
    for (const key of Object.keys(vocab)) {
      if (!(VOCABULARY_KEYS as readonly string[]).includes(key)) {
        fail(['vocabulary', key], `unknown concept \`${key}\`, expected one of ${VOCABULARY_KEYS.map((k) => `\`${k}\``).join(', ')}`);
      }
    }
  }
  return c as NegolintConfig;
}

/** Parses a config file's text; JSON and YAML errors name the line. */
export function parseConfigText(text: string, file: string, rules: readonly NegolintRule<object>[]): NegolintConfig {
  const isPackage = path.basename(file) === 'package.json';
  const isJson = file.endsWith('.json');
  const { LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  if (isJson) {
    try {
      JSON.parse(text);
    } catch (error) {
      // Said in plain words at the character to change (JSON.parse names the token after it, in a parser's terms).
      const mistake = findJsonMistake(text);
      const pos = mistake ? undefined : /position (\d+)/.exec((error as Error).message);
      const offset = mistake?.offset ?? (pos ? Number(pos[1]) : undefined);
      let line: number | undefined;
      let column: number | undefined;
      if (offset !== undefined) {
        const before = text.slice(0, offset);
        line = before.split('\n').length;
        column = offset - before.lastIndexOf('\n');
      }
      throw new ConfigError(`invalid JSON: ${mistake?.message ?? 'the file is not valid JSON'}`, file, line, column);
    }
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const { line, col } = lineCounter.linePos(e.pos[0]);
    throw new ConfigError(`invalid YAML: ${e.message.split('\n')[0]}`, file, line, col);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`invalid YAML: ${(error as Error).message}`, file);
  }
  if (isPackage) {
    const pkg = data as Record<string, unknown> | null;
    if (!pkg || typeof pkg !== 'object' || !('negolint' in pkg)) return {};
    return validateConfig(pkg['negolint'], rules, { file, doc, lineCounter, keyPrefix: ['negolint'] });
  }
  if (data === null || data === undefined) return {};
  return validateConfig(data, rules, { file, doc, lineCounter, keyPrefix: [] });
}

export interface LoadOptions {
  /** Use this config file instead of searching. */
  configFile?: string;
  /** Ignore config files altogether. */
  noConfig?: boolean;
  /**
   * The workspace root. `extends` may reach anywhere inside it or inside the folder of the
   * config file the chain starts from (a config above the working directory may extend its
   * siblings), and nowhere else, symbolic links resolved. Defaults to the process cwd.
   */
  root?: string;
  /**
   * The user named the config file (`--config`): it may be a symbolic link to anywhere, and
   * its `extends` may reach inside its real folder too. A config found in the workspace that
   * is a link to a file outside it is refused.
   */
  named?: boolean;
  rules: readonly NegolintRule<object>[];
}

/** Finds the nearest config file for a path (file or directory), or undefined. */
export function findConfigFile(fromPath: string, cache?: Map<string, string | null>): string | undefined {
  let dir = path.resolve(fromPath);
  try {
    if (!statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir);
  }
  const visited: string[] = [];
  let found: string | undefined;
  for (;;) {
    const cached = cache?.get(dir);
    if (cached !== undefined) {
      found = cached ?? undefined;
      break;
    }
    visited.push(dir);
    const hit = CONFIG_FILES.map((name) => path.join(dir, name)).find((candidate) => {
      if (!existsSync(candidate)) return false;
      if (!candidate.endsWith('package.json')) return true;
      const read = readRegularTextFile(candidate, MAX_CONFIG_BYTES);
      // A package.json that is a FIFO, a device or huge is taken as the config, so that
      // loading it reports why it is not read; one that is unreadable or not JSON is skipped.
      if ('refused' in read) return read.refused.code === 'special' || read.refused.code === 'too-large';
      try {
        const data: unknown = JSON.parse(read.text);
        return data !== null && typeof data === 'object' && 'negolint' in data;
      } catch {
        return false;
      }
    });
    if (hit) {
      found = hit;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of visited) cache?.set(d, found ?? null);
  return found;
}

/** Throws when a config path names something other than a regular file (a FIFO, a device). */
function refuseSpecial(file: string): void {
  let st;
  try {
    st = statSync(file);
  } catch {
    return; // reading it says why
  }
  if (!st.isFile()) throw new ConfigError(`cannot read config file: ${notRegularFile(st)}`, file);
}

/** The folders of a list that are not inside another one of the list. */
function outermost(folders: string[]): string[] {
  const unique = [...new Set(folders)];
  return unique.filter((f) => !unique.some((o) => o !== f && isInside(o, f)));
}

/** Reads a config file and everything it extends, and merges them over the base preset. */
export function loadConfigFile(file: string, options: LoadOptions): ResolvedConfig {
  const root = path.resolve(options.root ?? process.cwd());
  const entry = path.resolve(file);
  // The bound of `extends`: the workspace root and the folder of the first config (not the
  // working directory alone: `lint sub/` from a folder whose config extends a sibling works).
  const bounds = outermost([root, path.dirname(entry)]);
  // Checked again with symbolic links resolved: a link inside may point anywhere.
  const realBounds = [...bounds.map(realPathOr), ...(options.named ? [path.dirname(realPathOr(entry))] : [])];
  const where = bounds.join(' or ');
  const chain: NegolintConfig[] = [];
  const files: string[] = [];
  let preset: PresetName | undefined;

  const visit = (configPath: string, stack: string[]): void => {
    const real = realPathOr(configPath);
    if (stack.some((p) => realPathOr(p) === real)) {
      throw new ConfigError(`\`extends\` forms a cycle: ${[...stack, configPath].map((p) => path.relative(root, p) || p).join(' → ')}`, stack[stack.length - 1], undefined, undefined, 'extends');
    }
    // A FIFO or a device is named as such, wherever it is (`readRegularTextFile` checks again).
    refuseSpecial(configPath);
    // Nothing of a file outside the workspace is read, so no error can echo its values.
    if (stack.length === 0 && !options.named && !realBounds.some((b) => isInside(b, real))) {
      throw new ConfigError(`config file is a symbolic link to a file outside the workspace (${where}); not read`, configPath);
    }
    const read = readRegularTextFile(configPath, MAX_CONFIG_BYTES);
    if ('refused' in read) throw new ConfigError(`cannot read config file: ${read.refused.message}`, configPath);
    const config = parseConfigText(read.text, configPath, options.rules);
    files.push(configPath);
    const parents = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    for (const parent of parents) {
      if ((PRESETS as readonly string[]).includes(parent)) {
        preset = parent as PresetName;
        continue;
      }
      if (path.isAbsolute(parent) || /^[a-z]+:/i.test(parent)) {
        throw new ConfigError(`\`extends\` must be a preset (\`recommended\`, \`strict\`) or a relative path to a config file inside the workspace, got ${JSON.stringify(parent)}`, configPath, undefined, undefined, 'extends');
      }
      const target = path.resolve(path.dirname(configPath), parent);
      if (!bounds.some((b) => isInside(b, target))) {
        throw new ConfigError(`\`extends\` may not point outside the workspace (${where}): ${JSON.stringify(parent)}`, configPath, undefined, undefined, 'extends');
      }
      if (!/\.(?:json|ya?ml)$/.test(target)) {
        throw new ConfigError(`\`extends\` must name a .json, .yaml or .yml file or a preset, got ${JSON.stringify(parent)}`, configPath, undefined, undefined, 'extends');
      }
      let realTarget: string;
      try {
        realTarget = realpathSync.native(target);
      } catch {
        throw new ConfigError(`\`extends\` names a file that does not exist: ${JSON.stringify(parent)} (presets: \`recommended\`, \`strict\`)`, configPath, undefined, undefined, 'extends');
      }
      refuseSpecial(target);
      if (!realBounds.some((b) => isInside(b, realTarget))) {
        throw new ConfigError(`\`extends\` may not point outside the workspace (${where}): ${JSON.stringify(parent)} is a symbolic link to a file outside it; not read`, configPath, undefined, undefined, 'extends');
      }
      visit(target, [...stack, configPath]);
    }
    chain.push(config);
  };
  visit(path.resolve(file), []);
  return mergeConfigs(preset, chain, options.rules, files, path.dirname(path.resolve(file)));
}

/**
 * Merges configs (parents first) over a preset into the effective config. `preset` is the one the
 * configs chose, undefined when none did (the recommended preset applies).
 */
export function mergeConfigs(
  preset: PresetName | undefined,
  chain: NegolintConfig[],
  rules: readonly NegolintRule<object>[],
  files: string[] = [],
  baseDir = process.cwd(),
): ResolvedConfig {
  const resolved: ResolvedConfig = {
    rules: presetRules(preset ?? 'recommended', rules),
    vocabulary: {},
    plans: 'auto',
    ignorePatterns: [],
    files,
    baseDir,
    ...(preset ? { presetFromFiles: preset } : {}),
    rulesFromFiles: [],
  };
  const fromFiles = new Set<string>();
  for (const config of chain) {
    for (const [id, setting] of Object.entries(config.rules ?? {})) {
      fromFiles.add(id);
      const [sev, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined];
      const previous = resolved.rules[id];
      resolved.rules[id] = { severity: normalizeSeverity(sev) ?? 'warn', options: { ...(previous?.options ?? {}), ...(options ?? {}) } };
    }
    for (const [concept, words] of Object.entries(config.vocabulary ?? {})) {
      const key = concept as Concept;
      resolved.vocabulary[key] = [...(resolved.vocabulary[key] ?? []), ...(words ?? [])];
    }
    if (config.side) resolved.side = config.side;
    if (config.plans) resolved.plans = config.plans;
    if (config.ignorePatterns) resolved.ignorePatterns.push(...config.ignorePatterns);
  }
  resolved.rulesFromFiles = [...fromFiles];
  return resolved;
}

/**
 * What `plans` says of a file: a plan whatever its content (`true`), not a plan (`false`),
 * or to be recognised by its content (`undefined`). Globs are relative to `baseDir`.
 */
export function planMatcher(plans: ResolvedConfig['plans'], baseDir: string): (filePath: string | undefined) => boolean | undefined {
  if (plans === 'all') return () => true;
  if (plans === 'auto' || !Array.isArray(plans)) return () => undefined;
  const match = picomatch(plans, { dot: true });
  return (filePath) => {
    if (!filePath) return undefined;
    return match(path.relative(baseDir, path.resolve(filePath)).split(path.sep).join('/'));
  };
}

/** Applies overrides given on the command line or by an editor (`--rule`, `--preset`, settings). */
export function applyOverrides(base: ResolvedConfig, overrides: ConfigOverrides, rules: readonly NegolintRule<object>[]): ResolvedConfig {
  const next: ResolvedConfig = { ...base, rules: { ...base.rules } };
  const preset = overrides.preset ?? (base.presetFromFiles ? undefined : overrides.defaultPreset);
  if (preset) {
    const keep = overrides.preset ? new Set<string>() : new Set(base.rulesFromFiles);
    for (const [id, setting] of Object.entries(presetRules(preset, rules))) {
      if (!keep.has(id)) next.rules[id] = { severity: setting.severity, options: base.rules[id]?.options ?? {} };
    }
  }
  for (const [id, setting] of Object.entries(overrides.rules ?? {})) {
    const [sev, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined];
    next.rules[id] = { severity: normalizeSeverity(sev) ?? 'warn', options: { ...(next.rules[id]?.options ?? {}), ...(options ?? {}) } };
  }
  if (overrides.plans) next.plans = overrides.plans;
  return next;
}

export { describeSchema };
