/**
 * `--cache`: results of unchanged files are reused when the content hash, the
 * effective config and the negolint version all match the last run.
 *
 * The cache is read as untrusted input: a file that is not a regular file or is
 * too large is not read, and every entry is checked — its shape, and a checksum
 * over its key and result, so an entry edited by hand (messages removed, an error
 * turned into a warning) or damaged on disk no longer matches. One bad entry and
 * the whole cache is discarded: every file is linted again. The checksum is not a
 * secret: it detects edits and corruption, not a forger who recomputes it, so a
 * cache file from someone else (one committed to a repository) is no more to be
 * trusted than their config.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../api/fix.js';
import { readRegularFile } from '../engine/read-file.js';
import type { LintMessage, LintResult, ResultCache } from '../index.js';

type Stored = Pick<LintResult, 'messages' | 'isPlan'>;

interface Entry {
  /** Of the config key and the text. */
  hash: string;
  /** Of `hash` and the result as stored. */
  sum: string;
  result: Stored;
}

interface CacheFile {
  version: string;
  entries: Record<string, Entry>;
}

/** Largest cache file read: about 100,000 files' results. */
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;

const HEX64 = /^[0-9a-f]{64}$/;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown, min: number): v is number => Number.isSafeInteger(v) && (v as number) >= min;

function isMessage(m: unknown): m is LintMessage {
  if (!isObject(m)) return false;
  if (typeof m['ruleId'] !== 'string' || (m['severity'] !== 1 && m['severity'] !== 2) || typeof m['message'] !== 'string') return false;
  if (!isCount(m['line'], 1) || !isCount(m['column'], 1) || !isCount(m['endLine'], 1) || !isCount(m['endColumn'], 0)) return false;
  if (!isCount(m['offset'], 0) || !isCount(m['endOffset'], 0) || (m['endOffset'] as number) < (m['offset'] as number)) return false;
  if (m['url'] !== undefined && typeof m['url'] !== 'string') return false;
  const fix = m['fix'];
  if (fix === undefined) return true;
  return (
    isObject(fix) &&
    typeof fix['title'] === 'string' &&
    typeof fix['safe'] === 'boolean' &&
    Array.isArray(fix['edits']) &&
    fix['edits'].every((e: unknown) => isObject(e) && isCount(e['start'], 0) && isCount(e['end'], 0) && (e['end'] as number) >= (e['start'] as number) && typeof e['text'] === 'string')
  );
}

function isEntry(e: unknown): e is Entry {
  if (!isObject(e) || typeof e['hash'] !== 'string' || !HEX64.test(e['hash']) || typeof e['sum'] !== 'string' || !isObject(e['result'])) return false;
  const result = e['result'];
  if (typeof result['isPlan'] !== 'boolean' || !Array.isArray(result['messages']) || !result['messages'].every(isMessage)) return false;
  return e['sum'] === FileCache.seal(e['hash'], result as unknown as Stored);
}

export class FileCache implements ResultCache {
  private data: CacheFile;
  private dirty = false;
  hits = 0;
  /** Why the cache file found was not used, if it was not (for a warning). */
  readonly discarded?: string;

  constructor(
    readonly location: string,
    version: string,
  ) {
    this.data = { version, entries: Object.create(null) as Record<string, Entry> };
    const read = readRegularFile(location, MAX_CACHE_BYTES);
    if ('refused' in read) {
      // No cache yet is the usual case; anything else is said, and the cache rebuilt.
      if (read.refused.code !== 'missing') this.discarded = read.refused.message;
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(read.bytes.toString('utf8'));
    } catch {
      this.discarded = 'not valid JSON';
      return;
    }
    if (!isObject(parsed) || typeof parsed['version'] !== 'string' || !isObject(parsed['entries'])) {
      this.discarded = 'not a negolint cache';
      return;
    }
    // Another version's results are stale, not suspicious.
    if (parsed['version'] !== version) return;
    const entries = Object.create(null) as Record<string, Entry>;
    for (const [file, entry] of Object.entries(parsed['entries'])) {
      if (!isEntry(entry)) {
        this.discarded = `the entry for ${JSON.stringify(file)} is malformed or was edited`;
        return;
      }
      entries[file] = entry;
    }
    this.data = { version, entries };
  }

  private static hash(text: string, configKey: string): string {
    return createHash('sha256').update(configKey).update('\0').update(text).digest('hex');
  }

  /** The checksum of an entry: its hash and the result exactly as stored. */
  static seal(hash: string, result: Stored): string {
    return createHash('sha256').update(hash).update('\0').update(JSON.stringify({ isPlan: result.isPlan, messages: result.messages })).digest('hex');
  }

  get(filePath: string, text: string, configKey: string): Stored | undefined {
    const e = this.data.entries[filePath];
    // A result must also fit the text it is for.
    if (e && e.hash === FileCache.hash(text, configKey) && e.result.messages.every((m) => m.endOffset <= text.length)) {
      this.hits++;
      return e.result;
    }
    return undefined;
  }

  set(filePath: string, text: string, configKey: string, result: Stored): void {
    const hash = FileCache.hash(text, configKey);
    const stored: Stored = { isPlan: result.isPlan, messages: result.messages };
    this.data.entries[filePath] = { hash, sum: FileCache.seal(hash, stored), result: stored };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(path.dirname(this.location), { recursive: true });
    writeAtomic(this.location, JSON.stringify(this.data));
  }
}
