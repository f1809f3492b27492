// Produces negolint-<version>.vsix with @vscode/vsce. Dependencies are bundled
// by build.mjs, so the package carries dist/ only.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const here = path.resolve(import.meta.dirname, '..');
const { version, name, repository } = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);
const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
// `--out <file>` writes the package elsewhere (tests); the default is beside package.json.
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(here, `${name}-${version}.vsix`);
// vsce rewrites the README's relative links and images to the repository's root and ignores
// `repository.directory`: images/screenshot.png became …/raw/HEAD/images/screenshot.png, a path
// the repository does not have. Point both at this package's folder.
const repo = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const base = (kind) => `${repo}/${kind}/HEAD/${repository.directory}`;
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out, '--baseContentUrl', base('blob'), '--baseImagesUrl', base('raw')], { cwd: here, stdio: 'inherit' });
console.log(out);
