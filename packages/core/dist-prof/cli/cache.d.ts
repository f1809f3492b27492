import type { LintResult, ResultCache } from '../index.js';
type Stored = Pick<LintResult, 'messages' | 'isPlan'>;
export declare class FileCache implements ResultCache {
    readonly location: string;
    private data;
    private dirty;
    hits: number;
    constructor(location: string, version: string);
    private static hash;
    get(filePath: string, text: string, configKey: string): Stored | undefined;
    set(filePath: string, text: string, configKey: string, result: Stored): void;
    save(): void;
}
export {};
