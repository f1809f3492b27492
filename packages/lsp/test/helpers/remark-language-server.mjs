#!/usr/bin/env node
// remark-language-server, the server vscode-remark runs: its whole program is this call of
// unified-language-server (remarkjs/remark-language-server, index.js). The tests start it
// from here because the `remark-language-server` package cannot be installed from the npm
// registry this project's machines reach, while unified-language-server can.
import process from 'node:process';
import { createUnifiedLanguageServer } from 'unified-language-server';

process.title = 'remark-language-server';

createUnifiedLanguageServer({
  configurationSection: 'remark',
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
});
