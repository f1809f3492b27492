/** The YAML frontmatter: its data, where each key stands, and what it says about the counterpart. */
import type { Nodes, Root } from 'mdast';
import { loadYaml } from '../yaml.js';
import { offsets } from './blocks.js';
import type { FrontmatterInfo } from './model.js';

export function readFrontmatter(tree: Root, text: string): FrontmatterInfo | undefined {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') return undefined;
  const span = offsets(node as Nodes);
  const contentStart = text.indexOf('\n', span.start) + 1;
  const info: FrontmatterInfo = { ...span, data: {}, keys: new Map() };
  const { isMap, isScalar, parseDocument } = loadYaml();
  const doc = parseDocument(node.value, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    // The position is reported by us, in document lines; YAML's own "at line 3" counts from the frontmatter.
    info.error = { message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), offset: contentStart + (e.pos?.[0] ?? 0) };
    recoverFlatKeys(node.value, contentStart, info);
    return info;
  }
  if (!isMap(doc.contents)) {
    if (doc.contents !== null) info.error = { message: 'frontmatter is not a map of keys to values', offset: contentStart };
    return info;
  }
  try {
    const data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
    info.data = data && typeof data === 'object' ? data : {};
  } catch (error) {
    info.error = { message: (error as Error).message, offset: contentStart };
    return info;
  }
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      info.keys.set(String(pair.key.value), { start: contentStart + pair.key.range[0], end: contentStart + pair.key.range[1] });
    }
  }
  return info;
}

// "title: Claims redesign: consulting sourcing" breaks YAML (a colon inside a plain value), yet its writer meant one
// key and its value. What such a frontmatter says on its top-level `key: value` lines is kept, so a broken title line
// loses nothing else (`side: buyer` still counts); the error is still reported.
const FLAT_KEY = /^([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*(.*?)[ \t]*$/;

function recoverFlatKeys(source: string, contentStart: number, info: FrontmatterInfo): void {
  let at = 0;
  for (const line of source.split('\n')) {
    const m = FLAT_KEY.exec(line);
    if (m && !(m[1]! in info.data)) {
      // A comment after the value ("side: buyer  # set by finance") is no part of it.
      const hash = m[2]!.search(/\s#/);
      const raw = (hash >= 0 ? m[2]!.slice(0, hash) : m[2]!).trimEnd();
      // A quote left open ("currency: \"EUR") is what broke the YAML; the value inside it is still meant.
      info.data[m[1]!] = raw.replace(/^(["'])(.*?)\1?$/, '$2');
      info.keys.set(m[1]!, { start: contentStart + at, end: contentStart + at + m[1]!.length });
    }
    at += line.length + 1;
  }
}

const PARTY_KEYS = ['counterpart', 'counterparty', 'account', 'customer', 'client', 'supplier', 'vendor', 'company'];
// "Supplier: Veltrix Manufacturing Software GmbH", "**Customer:** Northwind (renewal)": the other party named on a
// line of its own near the top. Which words name a party is the summary's business alone, not a plan concept.
const PARTY_LINE = new RegExp(`^\\s*(?:${PARTY_KEYS.join('|')})\\s*[:=—–]\\s*(\\S[^\\n;·|]{0,79})`, 'i');


/**
 * The currency code a frontmatter `currency` value states: "EUR", or a code with a note after it
 * ("MXN, per unit, before IVA", "EUR (ex VAT)"); undefined when it states none.
 */
export function currencyCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // "CHF for everything negotiated; group budget in EUR": the code first, then a note.
  const m = /^\s*([A-Za-z]{3})(?:\s*$|\s*[,;(/—–-]|\s+(?:per|ex|excl|incl|before|after|net|gross|for|on|in|throughout|across|only|unless|except|but|and|or)\b)/.exec(value);
  return m ? m[1]!.toUpperCase() : undefined;
}

/** The other party: a frontmatter key (`counterpart`, `customer`, `supplier`…), else such a label among the first lines. */
export function readCounterpart(frontmatter: FrontmatterInfo | undefined, lines: readonly { text: string }[] = []): string | undefined {
  for (const key of PARTY_KEYS) {
    const v = frontmatter?.data[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  for (const line of lines.slice(0, 20)) {
    const m = PARTY_LINE.exec(line.text);
    if (!m) continue;
    // The name without what follows it in brackets ("Northwind (renewal)") or closes the label's markup.
    let name = m[1]!;
    const paren = name.indexOf('(');
    if (paren >= 0) name = name.slice(0, paren);
    name = name.trim();
    while (name && '*_.,'.includes(name.charAt(name.length - 1))) name = name.slice(0, -1).trimEnd();
    if (name) return name;
  }
  return undefined;
}
