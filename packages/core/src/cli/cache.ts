/**
 * `--cache`: results of unchanged files are reused when the content hash, the
 * effective config and the negolint version all match the last run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../api/fix.js';
import type { LintResult, ResultCache } from '../index.js';

type Stored = Pick<LintResult, 'messages' | 'isPlan'>;

interface CacheFile {
  version: string;
  entries: Record<string, { hash: string; result: Stored }>;
}

export class FileCache implements ResultCache {
  private data: CacheFile;
  private dirty = false;
  hits = 0;

  constructor(
    readonly location: string,
    version: string,
  ) {
    this.data = { version, entries: {} };
    try {
      const parsed = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      if (parsed && parsed.version === version && parsed.entries && typeof parsed.entries === 'object') this.data = parsed;
    } catch {
      /* no cache yet, or an unreadable one: start afresh */
    }
  }

  private static hash(text: string, configKey: string): string {
    return createHash('sha256').update(configKey).update('\0').update(text).digest('hex');
  }

  get(filePath: string, text: string, configKey: string): Stored | undefined {
    const e = this.data.entries[filePath];
    if (e && e.hash === FileCache.hash(text, configKey)) {
      this.hits++;
      return e.result;
    }
    return undefined;
  }

  set(filePath: string, text: string, configKey: string, result: Stored): void {
    this.data.entries[filePath] = { hash: FileCache.hash(text, configKey), result: { isPlan: result.isPlan, messages: result.messages } };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(path.dirname(this.location), { recursive: true });
    writeAtomic(this.location, JSON.stringify(this.data));
  }
}
