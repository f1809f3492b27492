/** One line per finding: `file:line:column: severity message (rule)` — for grep and editors' problem matchers. */
import type { Formatter } from './types.js';
export declare const compact: Formatter;
