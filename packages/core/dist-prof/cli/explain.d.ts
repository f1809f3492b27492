/** `negolint rules` and `negolint explain <id>`: the rules' own metadata, in the terminal. */
import { type ResolvedConfig } from '../index.js';
export declare function rulesTable(config: ResolvedConfig, color: boolean): string;
export declare function explainRule(id: string, color: boolean): string | undefined;
