// Bundles the CLI into one file: a cold `negolint file.md` then loads one
// module instead of ~150, which is most of its start-up time. The lint worker
// (src/api/lint-worker.ts) is an entry of its own: a file beside the CLI that
// parallel.ts finds through `__NEGOLINT_WORKER_FILE__`.
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

await Promise.all([
  build({ ...shared, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/negolint.mjs', define: { __NEGOLINT_WORKER_FILE__: JSON.stringify('./negolint-worker.mjs') } }),
  build({ ...shared, entryPoints: ['src/api/lint-worker.ts'], outfile: 'dist/negolint-worker.mjs' }),
]);
