// Bundles the client (CommonJS, as VS Code loads it) and the language server
// (ESM) into dist/, copies the core's rule pages to dist/docs/rules/ (they open
// in VS Code's Markdown preview) and writes a rule list for the "Open rule
// documentation" picker. The config schema the manifest points at (schema/) is
// written by scripts/generate.ts, so `generate:check` notices when it is stale.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
// Shared with the CLI's bundle: yaml bundled, and evaluated on first use.
import { lazyYaml } from '../../core/scripts/lazy-yaml.mjs';

const here = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
mkdirSync(path.join(here, 'dist'), { recursive: true });

await build({
  entryPoints: [path.join(here, 'src/extension.ts')],
  outfile: path.join(here, 'dist/extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});

// The server, and the core's lint worker as a file of its own beside it (the server's workspace
// lint starts workers for large folders; the core finds the file through __NEGOLINT_WORKER_FILE__).
const serverBundle = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  minify: true,
  sourcemap: true,
  banner: { js: "import { createRequire as __negolintRequire } from 'node:module'; const require = __negolintRequire(import.meta.url);" },
  plugins: [lazyYaml],
  logLevel: 'warning',
};
await Promise.all([
  build({
    ...serverBundle,
    entryPoints: [require.resolve('@negolint/lsp/server')],
    outfile: path.join(here, 'dist/server.mjs'),
    define: { __NEGOLINT_WORKER_FILE__: JSON.stringify('./lint-worker.mjs') },
  }),
  build({ ...serverBundle, entryPoints: [require.resolve('@negolint/core/lint-worker')], outfile: path.join(here, 'dist/lint-worker.mjs') }),
]);

const { rules } = await import('@negolint/core');
writeFileSync(path.join(here, 'dist/rules.json'), JSON.stringify(rules.map((r) => ({ id: r.meta.id, description: r.meta.description }))));
// The rule pages (and their index, which they link to), as the core ships them.
const docs = path.join(path.dirname(require.resolve('@negolint/core/package.json')), 'docs/rules');
rmSync(path.join(here, 'dist/docs'), { recursive: true, force: true });
cpSync(docs, path.join(here, 'dist/docs/rules'), { recursive: true, filter: (src) => !/\.tmp$/.test(src) });
console.log('built dist/extension.js, dist/server.mjs, dist/lint-worker.mjs, dist/docs/rules/');
