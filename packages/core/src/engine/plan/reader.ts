/**
 * Who "you" is. A guide says "you" to any reader; a brief handed to the colleague who will sit at the
 * table ("Stocznia Wisła canteen — your brief for Wednesday", "From Kasia to Tomek") and a letter to
 * oneself say "you" to one of us: "Your floor is 17,20 zł" is our floor there, "You open at 21,40 zł"
 * our opening. Words inside quotation marks stay what they are ("…would stop you signing?" asks them).
 */
import { maskQuotes } from '../language.js';
import { stemWord, type Token } from '../lexicon/index.js';
import type { FrontmatterInfo, Statement } from './model.js';

const BRIEF_TITLE = /\b(?:your|(?:one|1)[- ]page(?:r)?|negotiation|meeting|prep|deal)\s+brief(?:ing)?\b|\bbrief(?:ing)?\s+for\s+(?!new\b|all\b|every\b)\p{Lu}/u;
// "From Kari to Anders", "Jonas, this is your plan; my comments are in the right-hand column", "Sam — here's your script".
const HANDED_OVER = /^\W*from\s+\p{Lu}[^\n]{2,80}?\bto\s+\p{Lu}|^\W*\p{Lu}[\p{L}'’-]+\s*[,—–-]\s*(?:this|here)\s*(?:is|['’]s)\s+your\s+(?:plan|brief|briefing|script|game ?plan|prep|numbers|playbook)\b|\bthis is your (?:plan|brief|briefing|script|game ?plan) for\b|^\W*\p{Lu}[\p{L}'’-]+\s*,\s*here['’]s what we (?:rehearsed|agreed|practised|practiced|discussed|planned)\b/u;
const SELF_ADDRESSED = /\b(?:(?:letter|note|memo|message|reminder)s? to (?:myself|my ?self|self|me)|to myself|note to self|dear (?:me|self|future me))\b/i;

/**
 * What the document calls itself: its first heading, the frontmatter's title and its own kind ("doc: runbook",
 * "type: retrospective"), read alike by plan detection and by the reader below.
 */
export function documentTitles(firstHeading: string | undefined, frontmatter: FrontmatterInfo | undefined): string[] {
  const fm = frontmatter?.data ?? {};
  const own = ['title', 'type', 'doc', 'kind', 'doc_type', 'doctype', 'category'].map((k) => fm[k]).filter((v): v is string => typeof v === 'string');
  return [firstHeading ?? '', ...own].filter(Boolean);
}

/** The plan is written to one of us: a title or its opening lines say so. */
export function addressedToUs(titles: readonly string[], statements: readonly Statement[]): boolean {
  if (titles.some((t) => BRIEF_TITLE.test(t) || SELF_ADDRESSED.test(t))) return true;
  return statements.slice(0, 4).some((s) => HANDED_OVER.test(s.text));
}

const AS_US: Record<string, string> = { you: 'we', your: 'our', yours: 'ours', yourself: 'myself', yourselves: 'ourselves' };

/** The statement's tokens with "you" read as "we", outside quotation marks. */
export function readAsUs(tokens: Token[], text: string, start: number): Token[] {
  let masked: string | undefined;
  return tokens.map((t) => {
    const us = AS_US[t.word];
    if (!us) return t;
    masked ??= maskQuotes(text);
    if (masked[t.start - start] === ' ') return t;
    return { ...t, word: us, stem: stemWord(us) };
  });
}
