/**
 * Inline control comments, in the spelling markdownlint and ESLint users know:
 * `<!-- negolint-disable [ids] -->`, `<!-- negolint-enable [ids] -->`,
 * `<!-- negolint-disable-next-line [ids] -->`, `<!-- negolint-disable-line [ids] -->`.
 * Ranges are handled by unified-message-control (the engine behind
 * remark-message-control) with a marker that reads our spelling; the line
 * forms are filtered here.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
export declare function negolintMessageControl(known: string[]): (tree: Root, file: VFile) => void;
