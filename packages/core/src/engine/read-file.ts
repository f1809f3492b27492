/**
 * Reading files that come from an untrusted workspace: configs, `package.json`,
 * ignore files, plans, the cache. Only regular files of bounded size are read.
 * A symbolic link to `/dev/zero`, a FIFO or a device named like a config file
 * would otherwise hang the reader (a FIFO blocks on open, `/dev/zero` never
 * ends) while memory grows without bound.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** Largest config file (`.negolintrc.*`, `package.json`) or ignore file read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Largest plan read (files, standard input). Lint time grows with size; memory by ~20×. */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024;

/** Why a file was not read. `message` is a phrase: "a FIFO (named pipe), not a regular file". */
export interface ReadRefusal {
  code: 'missing' | 'unreadable' | 'directory' | 'special' | 'too-large';
  message: string;
}

/** What a file that is not a regular file is, in words. */
export function describeSpecial(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** "a FIFO (named pipe), not a regular file", "a character device, not a regular file", … */
export function notRegularFile(st: Stats): string {
  const what = describeSpecial(st);
  return what === 'not a regular file' ? what : `${what}, not a regular file`;
}

const special = (st: Stats): ReadRefusal => ({ code: st.isDirectory() ? 'directory' : 'special', message: notRegularFile(st) });

/** A size in words, as the limits are written: "1 MiB", "64 MiB", "1.5 MiB", "120 bytes". */
export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return n < 1024 ? `${n} bytes` : `${Math.round(n / 1024)} KiB`;
  const mib = n / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}

const tooLarge = (size: number | undefined, max: number): ReadRefusal => ({
  code: 'too-large',
  message: size === undefined ? `too large (over the limit of ${formatBytes(max)})` : `too large (${size.toLocaleString('en-US')} bytes; the limit is ${formatBytes(max)})`,
});

const errnoRefusal = (error: unknown): ReadRefusal => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'missing', message: `no such file (${code})` };
  if (code === 'ELOOP') return { code: 'unreadable', message: 'a symbolic link loop' };
  return { code: 'unreadable', message: `cannot be read (${code ?? (error as Error).message})` };
};

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, before fstat could
// tell what it is. It does not change reads from regular files. O_NOCTTY: a terminal device
// named like a config file must not become the process's controlling terminal.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads a regular file of at most `maxBytes`. Anything else — a FIFO, a device, a socket, a
 * folder, a link to one, a file larger than the limit (or growing past it while read) — is
 * refused without reading. `stat` runs first so that a device is not even opened (opening some
 * has side effects); `fstat` on the opened descriptor then checks what was really opened, in case
 * the path was swapped in between.
 */
export function readRegularFile(file: string, maxBytes: number): { bytes: Buffer } | { refused: ReadRefusal } {
  let st: Stats;
  try {
    st = statSync(file);
  } catch (error) {
    return { refused: errnoRefusal(error) };
  }
  if (!st.isFile()) return { refused: special(st) };
  if (st.size > maxBytes) return { refused: tooLarge(st.size, maxBytes) };
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    return { refused: errnoRefusal(error) };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { refused: special(opened) };
    if (opened.size > maxBytes) return { refused: tooLarge(opened.size, maxBytes) };
    // Read to the end, never past the limit: the file may grow while it is read.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // The size fstat gave, then small probes for the end (or for what was appended since).
      const expected = opened.size - total;
      const chunk = Buffer.allocUnsafe(Math.min(expected > 0 ? expected : 8192, maxBytes + 1 - total, 1024 * 1024));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { refused: tooLarge(undefined, maxBytes) };
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (error) {
    return { refused: errnoRefusal(error) };
  } finally {
    closeSync(fd);
  }
}

/** {@link readRegularFile} as UTF-8 text (configs and ignore files; invalid bytes become U+FFFD, as `readFileSync(f, 'utf8')` did). */
export function readRegularTextFile(file: string, maxBytes = MAX_CONFIG_BYTES): { text: string } | { refused: ReadRefusal } {
  const read = readRegularFile(file, maxBytes);
  return 'bytes' in read ? { text: read.bytes.toString('utf8') } : read;
}

/** Whether `p` is `folder` or inside it (`..draft.md` is inside; `../draft.md` is not). */
export function isInside(folder: string, p: string): boolean {
  const rel = path.relative(folder, p);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel));
}

/** The real path (symbolic links resolved), or the path itself when it cannot be resolved. */
export function realPathOr(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}
