/**
 * Where a JSON config goes wrong, in plain words. `JSON.parse` says "Expected double-quoted
 * property name" at the token after a trailing comma; people need "remove this comma" at the
 * comma. This scanner walks the text as JSON's grammar does and stops at the first mistake,
 * pointing at the character to change: the stray comma, the spot where a comma is missing, the
 * single quote, the unquoted key, the comment, the string or bracket left open.
 */

export interface JsonMistake {
  /** Offset of the mistake in the text (UTF-16 units). */
  offset: number;
  /** What is wrong and how to put it right. */
  message: string;
}

class Stop {
  constructor(readonly mistake: JsonMistake) {}
}

const WORD = /[A-Za-z_$][\w$-]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_LIKE = /[-+.\d][\w.+-]*/y;

/** The first mistake in `text` as JSON, or undefined when it is valid JSON. */
export function findJsonMistake(text: string): JsonMistake | undefined {
  let i = 0;
  function stop(offset: number, message: string): never {
    throw new Stop({ offset, message });
  }
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const show = (c: string) => (c === '`' ? '` ` `' : /[\s\u0000-\u001f]/.test(c) ? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `\`${c}\``);

  const space = (): void => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) stop(i, 'JSON has no comments: remove this one, or write the config as .negolintrc.yaml, where `#` starts a comment');
      else if (c === '#') stop(i, 'JSON has no comments: remove this one, or write the config as .negolintrc.yaml, where `#` starts a comment');
      else if (c === '\uFEFF' && i === 0) i++;
      else return;
    }
  };

  const string = (): void => {
    const start = i;
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n' || c === '\r') stop(start, 'this text has no closing double quote (") before the end of its line');
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop(i, '`\\u` must be followed by four hexadecimal digits, e.g. `\\u00e9`');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else stop(i, `\`\\${e ?? ''}\` is not an escape JSON knows: write \`\\\\\` for a backslash`);
        continue;
      }
      if (c < ' ') stop(i, `a control character (${show(c)}) inside text: write it as an escape such as \`\\t\``);
      i++;
    }
  };

  const value = (what: string): void => {
    space();
    const c = text[i];
    if (c === undefined) stop(i, `the file ends where ${what} should follow`);
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === "'") stop(i, 'text in JSON takes double quotes ("), not single quotes');
    if (c === '}' || c === ']' || c === ',') stop(i, `${what} is missing before ${show(c)}`);
    NUMBER.lastIndex = i;
    if (/[-\d]/.test(c) && NUMBER.exec(text)) {
      const end = NUMBER.lastIndex;
      NUMBER_LIKE.lastIndex = i;
      NUMBER_LIKE.exec(text);
      if (NUMBER_LIKE.lastIndex === end) {
        i = end;
        return;
      }
    }
    NUMBER_LIKE.lastIndex = i;
    if (NUMBER_LIKE.exec(text)) {
      const token = text.slice(i, NUMBER_LIKE.lastIndex);
      stop(i, `\`${token}\` is not a number JSON can read (write e.g. \`15\`, \`0.5\`, \`-3\`; no leading zeros, + signs or units)`);
    }
    WORD.lastIndex = i;
    if (WORD.exec(text)) {
      const word = text.slice(i, WORD.lastIndex);
      if (word === 'true' || word === 'false' || word === 'null') {
        i = WORD.lastIndex;
        return;
      }
      stop(i, `\`${word}\` is not a JSON value: write text in double quotes ("${word}"), or true, false, null or a number`);
    }
    stop(i, `${show(c)} cannot start a value: expected text in double quotes, a number, true, false, null, an object ({…}) or a list ([…])`);
  };

  /** After a value inside `open` (`{` or `[`): a comma, or the closing bracket. Returns true when closed. */
  const next = (open: number, close: '}' | ']', valueEnd: number): boolean => {
    space();
    const c = text[i];
    if (c === close) {
      i++;
      return true;
    }
    if (c === ',') {
      const comma = i;
      i++;
      space();
      if (text[i] === close) stop(comma, `remove this comma: JSON allows no comma after the last ${close === '}' ? 'entry of an object' : 'item of a list'}`);
      return false;
    }
    if (c === undefined) stop(open, `this ${show(text[open]!)} is never closed: the file ends before its ${show(close)}`);
    if (c === '"' || c === "'" || c === '{' || c === '[' || /[\w-]/.test(c!)) stop(valueEnd, `a comma (,) is missing here, between two ${close === '}' ? 'entries' : 'items'}`);
    return stop(i, `expected a comma (,) or ${show(close)} here, found ${show(c!)}${c === (close === '}' ? ']' : '}') ? ` — the ${show(text[open]!)} opened on line ${lineOf(open)} is closed with the wrong bracket` : ''}`);
  };

  const object = (): void => {
    const open = i;
    i++;
    space();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      space();
      const c = text[i];
      if (c === undefined) stop(open, `this \`{\` is never closed: the file ends before its \`}\``);
      if (c === "'") stop(i, 'keys in JSON take double quotes ("), not single quotes');
      if (c !== '"') {
        WORD.lastIndex = i;
        if (WORD.exec(text)) {
          const word = text.slice(i, WORD.lastIndex);
          stop(i, `the key \`${word}\` needs double quotes: "${word}"`);
        }
        stop(i, `expected a key in double quotes here, found ${show(c)}`);
      }
      const keyStart = i;
      string();
      const key = text.slice(keyStart, i);
      space();
      if (text[i] !== ':') stop(i, `a colon (:) is missing after the key ${key}`);
      i++;
      value(`the value of ${key}`);
      if (next(open, '}', i)) return;
    }
  };

  const array = (): void => {
    const open = i;
    i++;
    space();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value('an item');
      if (next(open, ']', i)) return;
    }
  };

  try {
    space();
    if (i >= text.length) return { offset: 0, message: 'the file is empty: write `{}` for no settings, or delete it' };
    value('a value');
    space();
    if (i < text.length) stop(i, 'more text after the end of the config: a JSON file holds one object, so everything after its closing `}` must go');
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.mistake;
    throw error;
  }
}
