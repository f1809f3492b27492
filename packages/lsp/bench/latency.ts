/**
 * Language-server latency: time from `textDocument/didChange` to the
 * `publishDiagnostics` for that version, for a 400-line generated plan, over
 * 200 edits (one keystroke each, typed and deleted in turn), with debounce 0;
 * compared in the same run with the core's bare `lintText` on the same 200
 * texts, interleaved edit by edit so both see the same machine load. The server re-lints from
 * the document's last result (only the blocks an edit touched are parsed again), so the ratio
 * is what an editor gains over a full lint, protocol and scheduling included. Then 40 edits of
 * the whole document (the text swapped for another plan), where nothing can be reused: the
 * server against a full lint again.
 *
 *   node --import tsx packages/lsp/bench/latency.ts      (from the repository root)
 *   npx --yes pnpm@10.34.8 --filter @negolint/lsp bench
 *
 * Prints a table and writes bench/results/lsp-latency.json at the repository root.
 * Only the ratio between the two rows is meaningful across machines.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintText, resolveConfigFor } from '@negolint/core';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generatePlan } from '../../../scripts/bench/corpus.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const SERVER = path.resolve(HERE, '../dist/bin.js');
const EDITS = 200;
const WARMUP = 20;
const WHOLE_EDITS = 40;
const WARMUP_WHOLE = 4;

interface Stat {
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  return { median: pct(s, 50), p95: pct(s, 95), min: s[0]!, max: s[s.length - 1]!, mean: xs.reduce((a, b) => a + b, 0) / xs.length };
}

// The same plan as `pnpm bench`'s single-file measurements: the first generated plan of 400+ lines.
let plan = generatePlan(42);
for (let seed = 43; plan.split('\n').length < 400; seed++) plan = generatePlan(seed);
const lines = plan.split('\n').length;

const dir = mkdtempSync(path.join(os.tmpdir(), 'negolint-lsp-bench-'));
const file = path.join(dir, 'plan-400.md');
writeFileSync(file, plan);
const uri = pathToFileURL(file).href;

/** The edits: type a character at the end of a line, then delete it, walking down the plan. */
function editAt(doc: TextDocument, i: number) {
  const textLines = doc.getText().split('\n');
  const line = (Math.floor(i / 2) * 7) % textLines.length;
  const end = textLines[line]!.length;
  return i % 2 === 0
    ? { range: { start: { line, character: end }, end: { line, character: end } }, text: 'x' }
    : { range: { start: { line, character: end - 1 }, end: { line, character: end } }, text: '' };
}

const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
const waiting = new Map<number, (p: PublishDiagnosticsParams) => void>();
connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
  if (p.uri === uri && p.version !== undefined) waiting.get(p.version)?.(p);
});
connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
connection.onRequest('client/registerCapability', () => null);
connection.listen();
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(dir).href,
  workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }],
  capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  initializationOptions: { debounceMs: 0 },
});
await connection.sendNotification('initialized', {});

const published = (version: number) => new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(version, resolve));
let doc = TextDocument.create(uri, 'markdown', 1, plan);
const opened = published(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: plan } });
const first = await opened;

// Interleaved: each edit is timed through the server, then the core lints the same text in this
// process, so both see the same machine load.
const config = resolveConfigFor(file, { cwd: dir });
/** Sends one change, times it until its diagnostics arrive, then times the core alone on the same text. */
async function timeEdit(change: TextDocumentContentChangeEvent): Promise<{ elapsed: number; bare: number }> {
  doc = TextDocument.update(doc, [change], doc.version + 1);
  const done = published(doc.version);
  let started = performance.now();
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
  await done;
  const elapsed = performance.now() - started;
  waiting.delete(doc.version);
  // The core alone, warm, with the config resolved once (as the server caches it).
  const text = doc.getText();
  started = performance.now();
  lintText(text, { filePath: file, config });
  return { elapsed, bare: performance.now() - started };
}
const server: number[] = [];
const core: number[] = [];
for (let i = 0; i < WARMUP + EDITS; i++) {
  const { elapsed, bare } = await timeEdit(editAt(doc, i));
  if (i >= WARMUP) {
    server.push(elapsed);
    core.push(bare);
  }
}
// Edits of the whole document: the text swapped for another plan of the same size and back,
// each as one full-text change, so nothing of the previous parse can be reused.
let other = generatePlan(1042);
for (let seed = 1043; other.split('\n').length < 400; seed++) other = generatePlan(seed);
const wholeServer: number[] = [];
const wholeCore: number[] = [];
for (let i = 0; i < WARMUP_WHOLE + WHOLE_EDITS; i++) {
  const { elapsed, bare } = await timeEdit({ text: i % 2 === 0 ? other : plan });
  if (i >= WARMUP_WHOLE) {
    wholeServer.push(elapsed);
    wholeCore.push(bare);
  }
}

await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
rmSync(dir, { recursive: true, force: true });

const s = stat(server);
const c = stat(core);
const ws = stat(wholeServer);
const wc = stat(wholeCore);
const ms = (x: number) => `${x.toFixed(2)} ms`;
const rows = [
  ['server: didChange → publishDiagnostics', s],
  ['core: bare lintText, same texts', c],
  ['server, whole-document edits', ws],
  ['core: bare lintText, same texts', wc],
] as const;
console.log(`\nnegolint-lsp latency — ${lines}-line plan, ${first.diagnostics.length} findings, ${EDITS} edits, debounce 0, Node ${process.versions.node}\n`);
console.log('| measure | median | p95 | min | max |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, x] of rows) console.log(`| ${name} | ${ms(x.median)} | ${ms(x.p95)} | ${ms(x.min)} | ${ms(x.max)} |`);
console.log(`| server overhead (median / p95) | ${ms(s.median - c.median)} | ${ms(s.p95 - c.p95)} | | |`);
console.log(`\nserver / core: ${(s.median / c.median).toFixed(2)}× at the median, ${(s.p95 / c.p95).toFixed(2)}× at p95`);
console.log(`whole-document edits, server / core: ${(ws.median / wc.median).toFixed(2)}× at the median, ${(ws.p95 / wc.p95).toFixed(2)}× at p95`);
console.log(`load average during the run: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);

const out = path.join(ROOT, 'bench/results/lsp-latency.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.versions.node, loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))) },
      plan: { lines, findings: first.diagnostics.length },
      edits: EDITS,
      debounceMs: 0,
      server: s,
      core: c,
      ratio: { median: s.median / c.median, p95: s.p95 / c.p95 },
      whole: { edits: WHOLE_EDITS, server: ws, core: wc, ratio: { median: ws.median / wc.median, p95: ws.p95 / wc.p95 } },
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${path.relative(process.cwd(), out)}`);
