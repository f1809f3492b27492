/**
 * The `yaml` package, loaded the first time a frontmatter block or a config file is read. A
 * plan without frontmatter in a folder without a config never needs it, and it is a sixth of
 * the bundled CLI. (Bundles swap this module for one whose `require` esbuild bundles and
 * evaluates on the first call; see `scripts/lazy-yaml.mjs`, used by the CLI and the extension.)
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;

export function loadYaml(): typeof Yaml {
  return (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}
