/**
 * Bounded excerpts of the document in messages. Rules quote the plan in backticks
 * (`` Placeholder `TBD` in `Target` ``); a quote is as long as what it quotes, and a
 * 100 KB heading echoed by a thousand findings made 100 MB of output, a 1 MB line
 * quoted by one finding and padded to by 600 others broke the report with
 * `RangeError: Invalid string length`. Every message passes through
 * {@link boundMessage} when it is reported, so no rule has to remember.
 */

/** The most characters of the document a quote keeps (the rest becomes `…`). */
export const QUOTE_MAX = 80;
/** The most characters of a whole message (several quotes, long lists). */
export const MESSAGE_MAX = 2000;

/** The first `max` characters of `text` (never half a surrogate pair), with `…` when cut. */
export function excerpt(text: string, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // a high surrogate: keep its pair together
  return `${text.slice(0, end).trimEnd()}…`;
}

/** A piece of the document as a message quotes it: one line, without Markdown emphasis or code marks. */
export function oneLine(text: string): string {
  return text.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();
}

// A backtick quote as rules write them; its content is the document's text.
const QUOTE = /`([^`]*)`/g;

/** A message with each backtick quote cut to {@link QUOTE_MAX} characters and the whole to {@link MESSAGE_MAX}. */
export function boundMessage(message: string): string {
  if (message.length <= QUOTE_MAX) return message;
  const quoted = message.replace(QUOTE, (whole, inner: string) => (inner.length > QUOTE_MAX ? `\`${excerpt(inner)}\`` : whole));
  return excerpt(quoted, MESSAGE_MAX);
}
