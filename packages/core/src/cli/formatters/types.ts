import type { FileProblem, LintMessage } from '../../index.js';

/** A file that could not be linted, or a config error (then with the config's line and column). */
export interface Problem extends Omit<FileProblem, 'code'> {
  code: FileProblem['code'];
  line?: number;
  column?: number;
}

/** What every formatter receives: one entry per linted or skipped file. */
export interface FormatterInput {
  files: {
    filePath: string;
    messages: LintMessage[];
    errorCount: number;
    warningCount: number;
    isPlan: boolean;
    /** With `--fix-dry-run --format json`: the fixed text. */
    output?: string;
  }[];
  problems: Problem[];
  filesLinted: number;
  plansFound: number;
  fixedFiles: number;
  cwd: string;
  color: boolean;
  /** The terminal's width in columns, for formats that wrap long messages (stylish); none when piped. */
  width?: number;
}

export type Formatter = (input: FormatterInput) => string;
