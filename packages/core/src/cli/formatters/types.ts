import type { FileProblem, LintMessage } from '../../index.js';

/** What every formatter receives: one entry per linted or skipped file. */
export interface FormatterInput {
  files: {
    filePath: string;
    messages: LintMessage[];
    errorCount: number;
    warningCount: number;
    isPlan: boolean;
  }[];
  problems: FileProblem[];
  filesLinted: number;
  plansFound: number;
  fixedFiles: number;
  cwd: string;
  color: boolean;
}

export type Formatter = (input: FormatterInput) => string;
