import type { Processor } from 'unified';
export declare function remarkGfmTables(this: Processor): void;
