import type { Formatter } from './types.js';
export declare const FORMATTERS: Record<string, Formatter>;
export type { Formatter, FormatterInput, Problem } from './types.js';
