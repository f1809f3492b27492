/**
 * Applying fixes to files: repeated until nothing more applies, written
 * atomically (temp file + rename), keeping the file's line endings and BOM,
 * and never over an edit made since the file was read.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fchownSync, lstatSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { Fix } from '../engine/rule.js';
import { applyFixes, lintText, type LintTextOptions } from './lint.js';

export interface FixOutcome {
  output: string;
  changed: boolean;
}

/** Fixes a text with the safe fixes lint offers, up to a few passes (a fix can unlock another). */
export function fixText(text: string, options: LintTextOptions): FixOutcome {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  let body = bom ? text.slice(1) : text;
  const crlf = /\r\n/.test(body) && !/(^|[^\r])\n/.test(body);
  // A fix offered again after it was applied did not resolve its finding; applying it
  // once more would only insert the same text again.
  const applied = new Set<string>();
  for (let pass = 0; pass < 5; pass++) {
    const offered = lintText(body, options).messages.flatMap((m) =>
      m.fix?.safe ? [{ key: [m.ruleId, m.fix.title, ...m.fix.edits.map((e) => e.text)].join('\0'), fix: m.fix }] : [],
    );
    // Overlapping fixes wait for the next pass (the text they target changes); the same
    // fix reported twice in one pass (several findings, one fix) is applied once.
    const chosen: Fix[] = [];
    const keys = new Set<string>();
    const taken: [number, number][] = [];
    for (const o of offered) {
      const at = `${o.key}\0${o.fix.edits.map((e) => `${e.start}-${e.end}`).join(',')}`;
      if (applied.has(o.key) || keys.has(at)) continue;
      if (o.fix.edits.some((e) => taken.some(([s, t]) => e.start < t && s < e.end))) continue;
      keys.add(at);
      chosen.push(o.fix);
      for (const e of o.fix.edits) taken.push([e.start, e.end]);
    }
    for (const k of keys) applied.add(k.slice(0, k.lastIndexOf('\0')));
    const fixes = chosen;
    if (fixes.length === 0) break;
    const normalized = fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, text: crlf ? e.text.replace(/\r?\n/g, '\r\n') : e.text })) }));
    const { text: next, applied: count } = applyFixes(body, normalized);
    if (count === 0 || next === body) break;
    body = next;
  }
  const output = bom + body;
  return { output, changed: output !== text };
}

/**
 * Why a fix was not written. The message is a reason in a few words (the CLI shows it as
 * "cannot write fixes (<message>)"); the file is left exactly as it was.
 */
export class FixNotWritten extends Error {
  override name = 'FixNotWritten';
}

export interface WriteAtomicOptions {
  /**
   * The text the new content was computed from. When given, the file must still hold exactly
   * this (same size and bytes) before the temporary file is written and again just before the
   * rename; otherwise nothing is written, so an edit made meanwhile is never lost.
   */
  expected?: string;
  /**
   * A symbolic link is written through (its target is replaced, the link stays) only when the
   * target's real path lies inside this folder; without it, or outside it, the write is refused.
   */
  root?: string;
}

const isInside = (file: string, dir: string): boolean => {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/** Whether the file at `file` holds exactly `expected`, and is still the file `before` described. */
function holds(file: string, expected: Buffer, before: Stats): boolean {
  let now: Stats;
  try {
    now = statSync(file);
  } catch {
    return false;
  }
  if (now.ino !== before.ino || now.dev !== before.dev || now.size !== expected.length) return false;
  try {
    return readFileSync(file).equals(expected);
  } catch {
    return false;
  }
}

/**
 * Writes through a temporary file in the same folder and renames it over the file, so a crash
 * never leaves half a plan. The temporary file gets a random name and is created exclusively
 * (`wx`: a file or symbolic link already at that name is never opened or followed); its mode is
 * set on the open descriptor. Refused with {@link FixNotWritten}, leaving the file untouched:
 * a file without write permission (even for root), a file with other hard links (the rename would
 * split them), a symbolic link whose target is not inside `options.root`, and a file that no longer
 * holds `options.expected`.
 */
export function writeAtomic(file: string, content: string, options: WriteAtomicOptions = {}): void {
  let target = file;
  let before: Stats | undefined;
  try {
    const link = lstatSync(file);
    if (link.isSymbolicLink()) {
      const real = realpathSync(file);
      const root = options.root === undefined ? undefined : realpathSync(options.root);
      if (!root || !isInside(real, root)) throw new FixNotWritten('a symbolic link to a file outside the working folder; left untouched, fix its target directly');
      target = real;
    }
    before = statSync(target);
  } catch (error) {
    // A new file (the cache) may be created; a file that was linted must still be there.
    if (error instanceof FixNotWritten || options.expected !== undefined || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (before) {
    if (!before.isFile()) throw new FixNotWritten('not a regular file; left untouched');
    // The mode bits decide, not only access(2): root may write anything, but a 0444 plan says "do not rewrite".
    let writable = (before.mode & 0o222) !== 0;
    try {
      accessSync(target, constants.W_OK);
    } catch {
      writable = false;
    }
    if (!writable) throw new FixNotWritten('read-only file; left untouched');
    if (before.nlink > 1) throw new FixNotWritten('a file with other hard links; left untouched, the rename would split them');
  }
  const expected = options.expected === undefined ? undefined : Buffer.from(options.expected, 'utf8');
  const changed = () => new FixNotWritten('the file changed while it was being fixed; left untouched, run --fix again');
  if (expected && before && !holds(target, expected, before)) throw changed();

  const dir = path.dirname(target);
  let tmp = '';
  let fd: number | undefined;
  for (let attempt = 0; fd === undefined; attempt++) {
    tmp = path.join(dir, `.${path.basename(target)}.negolint-${randomBytes(8).toString('hex')}.tmp`);
    try {
      // A new file gets the usual mode (umask applies); a replacement starts private and gets the old mode below.
      fd = openSync(tmp, 'wx', before ? 0o600 : 0o666);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 4) throw error;
    }
  }
  try {
    try {
      writeFileSync(fd, content);
      if (before) {
        fchmodSync(fd, before.mode & 0o7777);
        // Root fixing someone else's plan must not hand it over to root.
        if (process.getuid?.() === 0 && (before.uid !== 0 || before.gid !== 0)) fchownSync(fd, before.uid, before.gid);
      }
    } finally {
      closeSync(fd);
    }
    // Checked again after the (possibly long) write: the window left is the rename itself.
    if (expected && before && !holds(target, expected, before)) throw changed();
    renameSync(tmp, target);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw error;
  }
}

/**
 * A unified diff of two texts (`--fix-dry-run`): `--- a/<file>` and `+++ b/<file>`, then one hunk
 * per group of changes with `context` unchanged lines around each, as `diff -u` and git print them;
 * changes further apart than twice the context get hunks of their own. Empty when nothing changed.
 */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context, headerOptions: FILE_HEADERS_ONLY });
}
