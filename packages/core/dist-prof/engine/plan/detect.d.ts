import type { Concept } from './concepts.js';
import type { Detection, Fact, FrontmatterInfo, Statement } from './model.js';
export interface DetectInput {
    force?: boolean;
    frontmatter?: FrontmatterInfo;
    concepts: Concept[];
    hasPosition: boolean;
    title?: string;
    statements: Statement[];
    facts: Fact[];
}
export declare function detectPlan(input: DetectInput): Detection;
