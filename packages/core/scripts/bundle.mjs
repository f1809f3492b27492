// Bundles the CLI into one file: a cold `negolint file.md` then loads one
// module instead of ~150, which is most of its start-up time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/negolint.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __negolintRequire } from 'node:module'; const require = __negolintRequire(import.meta.url);" },
  logLevel: 'warning',
});
