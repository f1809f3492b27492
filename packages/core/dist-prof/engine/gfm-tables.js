/**
 * GFM tables, and only tables. Plans use GFM tables for positions and
 * concession ladders; the rest of GFM (autolink literals, footnotes,
 * strikethrough, task lists) adds nothing negolint reads but doubles parse
 * time, and the linter runs on every keystroke.
 */
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
export function remarkGfmTables() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
//# sourceMappingURL=gfm-tables.js.map