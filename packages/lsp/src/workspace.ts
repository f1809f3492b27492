/**
 * Linting the plans of a workspace folder that are not open in the editor
 * (`negolint.lintWorkspaceOnStartup`, `negolint/lintWorkspace`), with the
 * core's `lintFiles`: the same discovery, ignore files and configs as the CLI.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintFiles, type ConfigError, type RuleSetting } from '@negolint/core';
import type { Diagnostic } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from './diagnostics.js';

export interface FolderReport {
  /** Diagnostics of every file linted (empty lists included), by URI. */
  files: { uri: string; diagnostics: Diagnostic[] }[];
  filesLinted: number;
  plansFound: number;
  /** Files that could not be read (binary, bad encoding, …). */
  problems: number;
  configErrors: ConfigError[];
}

/**
 * Lints a folder (or only `targets` inside it), skipping files for which `skip(absolutePath)` is true (open
 * documents). A large folder (the core's threshold, 400 files) is linted on worker threads, as the CLI does,
 * which also leaves the server's own thread free to answer the editor meanwhile.
 */
export async function lintFolder(root: string, rules: Record<string, RuleSetting>, skip: (file: string) => boolean, targets: string[] = [root]): Promise<FolderReport> {
  const report = await lintFiles(targets, { cwd: root, keepSource: true, concurrency: 'auto', overrides: { rules } });
  const files: FolderReport['files'] = [];
  for (const r of report.results) {
    const file = path.resolve(root, r.filePath);
    if (skip(file)) continue;
    const uri = pathToFileURL(file).href;
    const doc = TextDocument.create(uri, 'markdown', 0, r.source ?? '');
    files.push({ uri, diagnostics: r.messages.map((m) => toDiagnostic(m, doc)) });
  }
  return { files, filesLinted: report.filesLinted, plansFound: report.plansFound, problems: report.problems.length, configErrors: report.configErrors };
}
