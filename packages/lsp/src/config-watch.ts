/**
 * Config files for the server: the same lookup as the CLI (nearest
 * `.negolintrc.*` or `package.json#negolint`, walking up), cached until a
 * watched config file changes, and resilient: when a config file breaks,
 * documents keep the last config that loaded, and the error is kept so the
 * server can show it in the config file itself.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { applyOverrides, CONFIG_FILES, ConfigError, findConfigFile, loadConfigFile, resolveConfigFor, rules as allRules, type ResolvedConfig } from '@negolint/core';
import type { Settings } from './settings.js';

/** Globs for `workspace/didChangeWatchedFiles` registration. */
export const CONFIG_WATCH_GLOBS = CONFIG_FILES.map((name) => `**/${name}`);

/** Whether a path names a config file (a `package.json` may hold a `negolint` key; not those of dependencies). */
export function isConfigFileName(filePath: string): boolean {
  return (CONFIG_FILES as readonly string[]).includes(path.basename(filePath)) && !filePath.split(/[\\/]/).includes('node_modules');
}

/** Modification time and size of a file, '' when it is missing. */
function stampOf(file: string): string {
  try {
    const st = statSync(file);
    return `${st.mtimeMs}:${st.size}`;
  } catch {
    return '';
  }
}

/** A loaded config. */
export interface ConfigEntry {
  config: ResolvedConfig;
  /** The nearest config file, if any. */
  configFile?: string;
}

export interface Resolution {
  entry: ConfigEntry;
  /** Set when the config file is broken; `entry` is then the last good config (or the defaults). */
  error?: ConfigError;
}

const knownRules = new Set(allRules.map((r) => r.meta.id));

export class ConfigStore {
  /** findConfigFile's per-directory cache. */
  private dirs = new Map<string, string | null>();
  private current = new Map<string, ConfigEntry | ConfigError>();
  /** The files each loaded config came from, with their stamps when loaded. */
  private stamps = new Map<string, [string, string][]>();
  private readonly lastGood = new Map<string, ConfigEntry>();
  /** Bumped on every invalidation; part of pull-diagnostic result ids. */
  generation = 0;

  /** The config for a document (`filePath` undefined for untitled documents: the root's config). */
  resolve(filePath: string | undefined, root: string): Resolution {
    const configFile = findConfigFile(filePath ?? root, this.dirs);
    const key = `${configFile ?? '<none>'}\0${root}`;
    let hit = this.current.get(key);
    // A config file edited on disk without a watcher event (clients that do not watch files):
    // start over, so every document sees the change. The server notices the new generation.
    if (hit && this.stamps.get(key)?.some(([file, stamp]) => stampOf(file) !== stamp)) {
      this.invalidate();
      return this.resolve(filePath, root);
    }
    if (!hit) {
      // Stamp before reading: a file written while it is read then looks changed next time.
      const before = configFile ? stampOf(configFile) : '';
      hit = this.load(configFile, root);
      this.current.set(key, hit);
      const others = hit instanceof ConfigError ? [hit.file] : hit.config.files;
      const stamps = new Map<string, string>();
      if (configFile) stamps.set(configFile, before);
      for (const f of others) if (f && !stamps.has(f)) stamps.set(f, stampOf(f));
      this.stamps.set(key, [...stamps]);
      if (!(hit instanceof ConfigError)) this.lastGood.set(key, hit);
    }
    if (hit instanceof ConfigError) {
      return { entry: this.lastGood.get(key) ?? defaults(root), error: hit };
    }
    return { entry: hit };
  }

  /** The config errors found since the last invalidation, by the file they are in. */
  errors(): Map<string, ConfigError> {
    const out = new Map<string, ConfigError>();
    for (const [key, value] of this.current) {
      if (!(value instanceof ConfigError)) continue;
      const file = value.file ?? key.split('\0')[0]!;
      if (!out.has(file)) out.set(file, value);
    }
    return out;
  }

  /** Whether a loaded config file changed on disk since it was read. */
  stale(): boolean {
    for (const stamps of this.stamps.values()) if (stamps.some(([file, stamp]) => stampOf(file) !== stamp)) return true;
    return false;
  }

  /** Forget every loaded config (a config file changed); last good configs are kept. */
  invalidate(): void {
    this.dirs = new Map();
    this.current = new Map();
    this.stamps = new Map();
    this.generation++;
  }

  private load(configFile: string | undefined, root: string): ConfigEntry | ConfigError {
    if (!configFile) return defaults(root);
    try {
      return { config: loadConfigFile(configFile, { root, rules: allRules }), configFile };
    } catch (error) {
      if (error instanceof ConfigError) return error;
      return new ConfigError(`cannot load config: ${(error as Error).message}`, configFile);
    }
  }
}

function defaults(root: string): ConfigEntry {
  return { config: resolveConfigFor(undefined, { cwd: root, noConfig: true }) };
}

/** The rule settings that name rules the core has; unknown ids are reported, once, by the document linter. */
export function knownRuleSettings<T>(rules: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(rules).filter(([id]) => knownRules.has(id)));
}

/**
 * The config after editor settings: `negolint.preset` as the core's `defaultPreset` (it applies
 * where no config file chose a preset, and rules the files set keep their setting), then
 * `negolint.rules`. Unknown rule ids in the settings are skipped (and returned, so they can be
 * reported once).
 */
export function applySettings(entry: ConfigEntry, settings: Settings): { config: ResolvedConfig; unknownRules: string[] } {
  const unknownRules = Object.keys(settings.rules).filter((id) => !knownRules.has(id));
  const rules = knownRuleSettings(settings.rules);
  if (!settings.preset && Object.keys(rules).length === 0) return { config: entry.config, unknownRules };
  return { config: applyOverrides(entry.config, { defaultPreset: settings.preset, rules }, allRules), unknownRules };
}
