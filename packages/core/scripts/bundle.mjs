// Bundles the CLI into one file: a cold `negolint file.md` then loads one
// module instead of ~150, which is most of its start-up time. The command
// (dist/negolint.mjs, from launcher.mjs) loads that bundle (dist/negolint.cjs)
// with a V8 code cache written here, after a lint of the fixtures. The lint worker
// (src/api/lint-worker.ts) is an entry of its own: a file beside the CLI that
// parallel.ts finds through `__NEGOLINT_WORKER_FILE__`.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { lazyYaml } from './lazy-yaml.mjs';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __negolintRequire } from 'node:module'; const require = __negolintRequire(import.meta.url);" },
  // yaml is bundled, and evaluated on the first frontmatter or YAML config (see lazy-yaml.mjs).
  plugins: [lazyYaml],
  logLevel: 'warning',
};

// The built-in words' indexes and compiled patterns, from the same sources (see src/engine/warm-start.ts). Built from
// src, not from tsc's output: the pre-commit hook bundles without running tsc.
mkdirSync('dist', { recursive: true });
await build({ ...shared, entryPoints: ['src/engine/warm-start.ts'], outfile: 'dist/.warm-start-build.mjs' });
const { buildWarmStart } = await import(pathToFileURL(path.resolve('dist/.warm-start-build.mjs')).href);
writeFileSync('dist/negolint-warm.json', JSON.stringify(buildWarmStart()));
rmSync('dist/.warm-start-build.mjs', { force: true });
const warm = { __NEGOLINT_WARM_FILE__: JSON.stringify('./negolint-warm.json') };

await Promise.all([
  // CommonJS, so that the launcher can compile it with a code cache (vm.Script); import.meta.url
  // becomes the bundle's own URL.
  build({
    ...shared,
    format: 'cjs',
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/negolint.cjs',
    banner: { js: "const __negolintUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...warm, __NEGOLINT_WORKER_FILE__: JSON.stringify('./negolint-worker.mjs'), 'import.meta.url': '__negolintUrl' },
  }),
  build({ ...shared, entryPoints: ['src/api/lint-worker.ts'], outfile: 'dist/negolint-worker.mjs', define: warm }),
]);

// The launcher wraps the bundle in a function, where a hashbang line is a syntax error.
writeFileSync('dist/negolint.cjs', readFileSync('dist/negolint.cjs', 'utf8').replace(/^#!.*/, ''));
copyFileSync('scripts/launcher.mjs', 'dist/negolint.mjs');
chmodSync('dist/negolint.mjs', 0o755);
rmSync('dist/negolint.cache', { force: true });
// Lint the fixture plans once (fewer than the files that start workers) so that the cache holds the functions a lint
// compiles, not only the top level. Without them (a copy of the package alone) the command runs without a cache.
if (existsSync('../../fixtures/plans')) {
  try {
    execFileSync(process.execPath, ['dist/negolint.mjs', '--no-config', '--quiet', '../../fixtures/plans'], { env: { ...process.env, NEGOLINT_WRITE_CODE_CACHE: '1' }, stdio: 'ignore' });
  } catch (error) {
    if (error.status !== 1) throw error; // findings exit 1; anything else is a failure to run
  }
  if (!existsSync('dist/negolint.cache')) throw new Error('bundle: the CLI did not run; no code cache written');
}
