import type { LintFilesOptions, LintFilesReport } from './lint-files.js';
export declare function workerCount(files: number, options: LintFilesOptions): number;
export declare function lintInWorkers(files: string[], options: LintFilesOptions, cwd: string, count: number): Promise<LintFilesReport>;
