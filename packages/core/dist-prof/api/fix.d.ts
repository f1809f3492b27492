import { type LintTextOptions } from './lint.js';
export interface FixOutcome {
    output: string;
    changed: boolean;
}
/** Fixes a text with the safe fixes lint offers, up to a few passes (a fix can unlock another). */
export declare function fixText(text: string, options: LintTextOptions): FixOutcome;
/** Writes through a temporary file in the same folder, so a crash never leaves half a plan. */
export declare function writeAtomic(file: string, content: string): void;
/** A unified diff of two texts as one hunk around the changed lines. */
export declare function unifiedDiff(file: string, before: string, after: string, context?: number): string;
