/**
 * Text from plans, configs and file names, made safe for a terminal and for line-based
 * formats: control characters (C0 but tab, DEL, C1) and bidirectional overrides become visible
 * escapes (`\x1b`, `\n`, `\u202e`). A heading with an escape sequence could otherwise recolour,
 * retitle or clear the terminal, and a newline in a file name could forge a `compact` line.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const UNPRINTABLE_BUT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  const code = c.charCodeAt(0);
  return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
};

/** `text` with every control character written as an escape; one line whatever it holds. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}

/** Like {@link printable}, but keeps line breaks (for formats that encode them themselves). */
export function printableKeepingNewlines(text: string): string {
  return text.replace(UNPRINTABLE_BUT_NEWLINES, escape);
}
