// (b) negolint's library API over the same corpus, on one thread like the floor.
import { lintFiles } from '../../packages/core/dist/index.js';

const t = performance.now();
const report = await lintFiles([process.argv[2]], { useIgnoreFiles: false, concurrency: 'off' });
const ms = performance.now() - t;
if (report.filesLinted === 0) throw new Error('nothing linted');
console.log(JSON.stringify({ ms, files: report.filesLinted }));
