/** The commands the extension contributes (package.json `contributes.commands`), by name. */
import { Commands } from '@negolint/lsp/protocol';

export const EXTENSION_COMMANDS = {
  newPlan: 'negolint.newPlan',
  showRange: 'negolint.showRange',
  lintWorkspace: 'negolint.lintWorkspace',
  showOutput: 'negolint.showOutput',
  restartServer: 'negolint.restartServer',
  /** Also put into code actions by the server, so its name is the protocol's. */
  openRuleDocs: Commands.openRuleDocs,
} as const;
