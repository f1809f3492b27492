// The cold floor of `negolint one-file.md`: a fresh process that parses the file with negolint's
// parser (remark-parse + GFM tables + frontmatter) and nothing else. `pnpm bench` bundles it
// into one file, as the CLI is bundled, and times it like the CLI.
import { readFileSync } from 'node:fs';
import { createParser } from '../../packages/core/src/engine/processor.js';

createParser().parse(readFileSync(process.argv[2]!, 'utf8'));
