/** Bounded quotes in messages (engine/excerpt.ts); the full-size cases run the CLI in cli-bounded-output.test.ts. */
import { describe, expect, it } from 'vitest';
import { boundMessage, excerpt, MESSAGE_MAX, QUOTE_MAX } from '../src/engine/excerpt.js';

describe('boundMessage', () => {
  it('leaves ordinary messages alone, quotes of up to QUOTE_MAX characters included', () => {
    const quote = 'q'.repeat(QUOTE_MAX);
    const message = `Placeholder \`TBD\` in \`${quote}\`: replace it with the real content; see \`vocabulary.placeholder\`.`;
    expect(boundMessage(message)).toBe(message);
  });

  it('cuts each long quote, keeps the text around it and the other quotes', () => {
    const out = boundMessage(`Placeholder \`${'x'.repeat(1_000_000)}\` in \`${'Opening offer '.repeat(7_300)}\`: replace it.`);
    expect(out).toMatch(/^Placeholder `x{79}…` in `(Opening offer ){5}Opening o…`: replace it\.$/);
  });

  it('bounds a whole message of many quotes, and never splits a surrogate pair', () => {
    const many = Array.from({ length: 500 }, (_, i) => `\`item ${i}\``).join(', ');
    expect(boundMessage(`Found ${many}.`).length).toBeLessThanOrEqual(MESSAGE_MAX);
    const emoji = excerpt('a'.repeat(QUOTE_MAX - 3) + '😀'.repeat(10));
    expect(emoji.endsWith('…')).toBe(true);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(emoji)).toBe(false);
  });
});
