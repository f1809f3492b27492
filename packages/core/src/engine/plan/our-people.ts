/**
 * The people on our side of the table, by name: a team plan lists them under "Roles", "Deal team",
 * "Who does what in the room", and an author signs it ("Prepared by Thabo Nkosi"). What one of
 * them offers or owns ("Tomasz offers the week", "Credit's floor") is ours, not the other side's.
 */
import type { Statement } from './model.js';

// "## Roles", "## Deal team and roles", "## Our team and who owns what", "## Who does what in the room", "## 2. Team".
const TEAM_TITLE =
  /^(?:[\d.]+\s*[.)-]?\s*)?(?:(?:our|the)\s+)?(?:(?:deal|negotiation|bargaining|commercial|account|core|pursuit|bid)\s+)?(?:team|roles|cast|line-?up)\b|\bwho does what\b|\bwho(?:['’]s| is) in the room\b|\bteam and roles\b|\broles and (?:signals|responsibilities|rules)\b|\bour (?:team|side|people)\b/i;
const NOT_OURS = /\b(?:their|theirs|them|customer|client|supplier|vendor|buyer['’]?s|seller['’]?s|counterpart|other side)\b/i;

// The name that opens a team list's item, after a role label if one comes first: "Thabo Nkosi – lead",
// "Lead: Priya Raman (VP Sales)", "Mori-san (Accounting) – finance voice".
const OPENING_NAME = /^[\s*_•-]*(?:[\p{L} /&]{1,25}:[\s*_]*)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})/u;
// "Prepared by Thabo Nkosi", "Author: Agnieszka Wróbel", "Owner – Priya".
const SIGNED = /\b(?:prepared|written|written up|drawn up|drafted|compiled|owned)\s+by:?\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})|^[\s*_]*(?:author|owner|prepared by|plan owner|deal owner|negotiator|lead negotiator)[\s*_]*[:–—-]\s*[\s*_]*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})/iu;

// Words that open an item as readily as a name does.
const NOT_A_NAME = new Set(['the', 'our', 'we', 'us', 'i', 'me', 'my', 'they', 'he', 'she', 'it', 'all', 'both', 'no', 'nobody', 'everyone', 'anyone', 'if', 'when', 'only', 'ceo', 'cfo', 'coo', 'cto', 'md', 'gm', 'vp', 'head', 'lead', 'finance', 'legal', 'sales']);

/** The words of our people's names, in lower case as tokens hold them ("thabo", "nkosi", "mori-san"). */
export function ourPeople(statements: readonly Statement[], isName: (word: string) => boolean): Set<string> {
  const out = new Set<string>();
  const add = (name: string | undefined) => {
    if (!name) return;
    const words = name.split(/\s+/).map((w) => w.replace(/[.'’]+$/, '').toLowerCase());
    // A first name and a surname read as a person's ("Piotr Mazur"); one word alone only when the plan uses it as a name.
    const person = words.length >= 2 && !words.some((w) => NOT_A_NAME.has(w));
    for (const w of words) if (w.length > 1 && !NOT_A_NAME.has(w) && (person || isName(w) || /-san$/.test(w))) out.add(w);
  };
  for (const st of statements) {
    const signed = SIGNED.exec(st.text);
    if (signed) add(signed[1] ?? signed[2]);
    const sec = st.section;
    if (!sec || st.kind === 'heading' || !TEAM_TITLE.test(sec.title) || NOT_OURS.test(sec.title)) continue;
    // Only the item's or row's opening names the member; the rest of it may name the people they deal with.
    if (st.item && st.start - st.item.start > 8) continue;
    if (st.kind === 'prose') continue;
    // A team table names its members in its first cells: "| Lead | Thabo Nkosi | … |".
    const openings = st.row ? st.row.cells.slice(0, 2).map((c) => c.text) : [st.text];
    for (const o of openings) add(OPENING_NAME.exec(o)?.[1]);
  }
  return out;
}
