/**
 * Editor settings (`negolint.*`), read per document through
 * `workspace/configuration` and cached per document until the client says
 * they changed. Clients without `workspace/configuration` get the settings
 * they push with `workspace/didChangeConfiguration` (or pass as
 * `initializationOptions.settings`), for every document alike.
 *
 * To add a setting: add it to `Settings`, `DEFAULT_SETTINGS` and `normalizeSettings`
 * here, and to `contributes.configuration` in packages/vscode-extension/package.json.
 */
import { PRESETS, type PresetName, type RuleSetting } from '@negolint/core';

export interface Settings {
  /** Lint at all. */
  enable: boolean;
  /** Lint while typing (debounced) or only when the file is saved. */
  run: 'onType' | 'onSave';
  /** Rule overrides on top of the config file. */
  rules: Record<string, RuleSetting>;
  /** Preset used where no config file chooses one. */
  preset?: PresetName;
  /** Lint every plan of the workspace folders when the server starts. */
  lintWorkspaceOnStartup: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  run: 'onType',
  rules: {},
  preset: undefined,
  lintWorkspaceOnStartup: false,
});

const SEVERITIES = new Set<unknown>(['off', 'warn', 'warning', 'error', 0, 1, 2]);

function isRuleSetting(value: unknown): value is RuleSetting {
  if (SEVERITIES.has(value)) return true;
  return (
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= 2 &&
    SEVERITIES.has(value[0]) &&
    (value[1] === undefined || (typeof value[1] === 'object' && value[1] !== null && !Array.isArray(value[1])))
  );
}

/**
 * Turns whatever the client sent into `Settings`. Values of the wrong type fall back to
 * the default instead of failing: a typo in one setting must not switch linting off.
 */
export function normalizeSettings(raw: unknown): Settings {
  const r = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const rules: Record<string, RuleSetting> = {};
  if (r['rules'] !== null && typeof r['rules'] === 'object' && !Array.isArray(r['rules'])) {
    for (const [id, setting] of Object.entries(r['rules'] as Record<string, unknown>)) {
      if (isRuleSetting(setting)) rules[id] = setting;
    }
  }
  return {
    enable: typeof r['enable'] === 'boolean' ? r['enable'] : DEFAULT_SETTINGS.enable,
    run: r['run'] === 'onSave' || r['run'] === 'onType' ? r['run'] : DEFAULT_SETTINGS.run,
    rules,
    preset: (PRESETS as readonly unknown[]).includes(r['preset']) ? (r['preset'] as PresetName) : undefined,
    lintWorkspaceOnStartup:
      typeof r['lintWorkspaceOnStartup'] === 'boolean' ? r['lintWorkspaceOnStartup'] : DEFAULT_SETTINGS.lintWorkspaceOnStartup,
  };
}

/** Reads the `negolint` section for a scope (a document or folder URI) from the client. */
export type SettingsFetcher = (scopeUri: string) => Promise<unknown>;

/** Settings per document, cached; `clear()` when the client reports a change. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private global: Settings;

  constructor(
    /** Undefined when the client cannot answer `workspace/configuration`. */
    private readonly fetch: SettingsFetcher | undefined,
    initial: unknown,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.global = normalizeSettings(initial);
  }

  /** The settings that apply to a document or folder. */
  get(scopeUri: string): Promise<Settings> {
    if (!this.fetch) return Promise.resolve(this.global);
    let hit = this.cache.get(scopeUri);
    if (!hit) {
      hit = this.fetch(scopeUri).then(
        (raw) => normalizeSettings(raw ?? undefined),
        (error: unknown) => {
          this.onError(error);
          // Do not cache a failed round trip: the next lint asks again.
          this.cache.delete(scopeUri);
          return this.global;
        },
      );
      this.cache.set(scopeUri, hit);
    }
    return hit;
  }

  /** Settings pushed by `workspace/didChangeConfiguration` (clients without pull). */
  setGlobal(raw: unknown): void {
    this.global = normalizeSettings(raw);
  }

  forget(scopeUri: string): void {
    this.cache.delete(scopeUri);
  }

  clear(): void {
    this.cache.clear();
  }
}
