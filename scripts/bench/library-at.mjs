// The library API of a given build (its packages/core/dist) over a corpus, on one thread.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, corpus] = process.argv.slice(2);
const { lintFiles } = await import(pathToFileURL(path.join(root, 'packages/core/dist/index.js')).href);
const t = performance.now();
const report = await lintFiles([corpus], { useIgnoreFiles: false, concurrency: 'off' });
const ms = performance.now() - t;
if (report.filesLinted === 0) throw new Error('nothing linted');
console.log(JSON.stringify({ ms, files: report.filesLinted }));
