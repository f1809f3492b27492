// Produces negolint-<version>.vsix with @vscode/vsce. Dependencies are bundled
// by build.mjs, so the package carries dist/ only.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const here = path.resolve(import.meta.dirname, '..');
const { version, name } = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);
const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const out = path.join(here, `${name}-${version}.vsix`);
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: here, stdio: 'inherit' });
console.log(out);
