/** GitHub Actions workflow commands: annotations on the pull request's changed lines. */
import type { Formatter } from './types.js';
export declare const github: Formatter;
