/**
 * Rule documentation inside the editor: the rule pages of @negolint/core ship in the extension
 * (dist/docs/rules/<id>.md, copied by scripts/build.mjs) and open in VS Code's Markdown preview.
 * The server links each finding and hover to the page on the web; these pure helpers turn such a
 * link (or a rule id) into the command that opens the bundled page. No VS Code API here.
 */
import { Commands } from '@negolint/lsp/protocol';

const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** A rule page's URL, on the web or as a file: `…/docs/rules/walk-away-point.md`. */
const DOCS_URL = /\/docs\/rules\/([a-z][a-z0-9-]*)\.md(?=$|[?#])/;

/**
 * The rule a docs request names: a rule id, a rule page's URL, or `{ ruleId }` / `{ url }` (what
 * the quick fix, the hover link, the Problems panel and the command palette pass).
 */
export function ruleIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') {
    if (RULE_ID.test(arg)) return arg;
    return DOCS_URL.exec(arg)?.[1];
  }
  if (arg && typeof arg === 'object') {
    const { ruleId, url } = arg as { ruleId?: unknown; url?: unknown };
    return ruleIdOf(ruleId) ?? ruleIdOf(url);
  }
  return undefined;
}

/** A `command:` link that opens the bundled page of a rule (for trusted hovers and the Problems panel). */
export function docsCommandUri(ruleId: string): string {
  return `command:${Commands.openRuleDocs}?${encodeURIComponent(JSON.stringify([ruleId]))}`;
}

/** Markdown with every link to a rule page turned into the command that opens the bundled page. */
export function localDocsLinks(markdown: string): string {
  return markdown.replace(/\]\((https?:\/\/[^)\s]+)\)/g, (link, url: string) => {
    const id = ruleIdOf(url);
    return id ? `](${docsCommandUri(id)})` : link;
  });
}
