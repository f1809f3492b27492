// Preloaded into the server by the load test (node --expose-gc --require heap-probe.cjs):
// on SIGUSR2 it collects garbage and writes the heap in use to NEGOLINT_HEAP_PROBE. RSS alone
// swings by tens of MB with when V8 last collected, so a leak is judged on the live heap.
'use strict';
const { writeFileSync } = require('node:fs');
const out = process.env.NEGOLINT_HEAP_PROBE;
if (out && typeof global.gc === 'function') {
  process.on('SIGUSR2', () => {
    global.gc();
    const { heapUsed, external, arrayBuffers, rss } = process.memoryUsage();
    writeFileSync(out, JSON.stringify({ heapUsed, external, arrayBuffers, rss }));
  });
}
