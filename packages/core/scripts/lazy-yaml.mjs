// An esbuild plugin for every bundle that contains the core (the CLI and its lint worker here,
// the VS Code extension's server and worker in packages/vscode-extension/scripts/build.mjs).
//
// `engine/yaml.ts` loads `yaml` with `createRequire`, which esbuild leaves to Node at run time:
// a bundle shipped without node_modules (the VSIX) then fails on the first frontmatter or YAML
// config with "Cannot find module 'yaml'". In the bundle the module becomes a plain `require`:
// esbuild bundles the package (CommonJS) and evaluates it on the first call, not at start-up.
// It matches the source (src/engine/yaml.ts) and the compiled core (dist/engine/yaml.js).
import path from 'node:path';

export const lazyYaml = {
  name: 'negolint-lazy-yaml',
  setup(b) {
    b.onLoad({ filter: /[\\/](?:src[\\/]engine[\\/]yaml\.ts|dist[\\/]engine[\\/]yaml\.js)$/ }, (args) => ({
      contents: 'let yaml; export function loadYaml() { return (yaml ??= require("yaml")); }',
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};
