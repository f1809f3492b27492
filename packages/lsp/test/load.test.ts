/**
 * Load and robustness over the real protocol: the built server as a child process.
 *
 * Push mode: 20 realistic plans, then a burst of 1,000 incremental changes sent without
 * waiting (three times), with hovers, code actions and outlines interleaved and a random half of
 * them cancelled right after sending, plus harmless malformed messages. After each burst the
 * last diagnostics of every document must match `lintText` on the final text, for the last
 * version sent, and the server's memory must stay bounded (RSS loosely; the live heap after a
 * full collection, read by a probe preloaded into the server, closely). Then requests for
 * documents never opened, malformed messages (wrong shapes, strings for objects, ranges far out
 * of the document, versions going backwards) and a clean shutdown. Self-undoing edits: 600
 * edits that return every text to where it was, after which the live heap must not have grown.
 * Pull mode: the same kind of burst with `textDocument/diagnostic` requests cancelled at random.
 *
 * Every random choice comes from a fixed-seed PRNG; no assertion is about time.
 * NEGOLINT_LOAD_REPORT=1 writes the numbers to test/.load-report.json.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '@negolint/core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CancellationTokenSource, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_DEBOUNCE_MS } from '../src/protocol.js';
import { makeWorkspace, onlyRules, PACKAGE_DIR, removeWorkspaces, ruleIds, TestClient, uriOf, writeFile } from './helpers/client.js';

afterAll(removeWorkspaces);

let clients: TestClient[] = [];
afterEach(() => {
  for (const c of clients) c.kill();
  clients = [];
});

const SEED = 0x6e65_676f;
const DOCUMENTS = 20;
const BURST = 1_000;
// Three: with incremental re-lint the server allocates less per edit, and its heap reaches its
// working size during the second burst rather than the first; the third shows a leak as clearly.
const BURSTS = 3;
/** Rounds of self-undoing edits in the heap test. */
const ROUNDS = 4;
/** Per change: the chance of an interleaved request, and of cancelling it right after sending. */
const REQUEST_RATE = 0.12;
const CANCEL_RATE = 0.5;
/** Per change: the chance of a harmless malformed message in between. */
const MALFORMED_RATE = 0.02;
/** How long a request may take to settle before it counts as hung (generous: a loaded 2-core machine). */
const HANG_MS = 45_000;
const SETTLE_MS = 60_000;
const REPORT_FILE = path.join(PACKAGE_DIR, 'test/.load-report.json');

const ROOT = path.resolve(PACKAGE_DIR, '../..');
const readMd = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
const GOOD = readMd(path.join(ROOT, 'fixtures/plans/good'));
const RULES_DIR = path.join(ROOT, 'fixtures/rules');
const FIRES = readdirSync(RULES_DIR)
  .sort()
  .flatMap((rule) =>
    readdirSync(path.join(RULES_DIR, rule))
      .filter((f) => /^fires-.*\.md$/.test(f))
      .sort()
      .map((f) => readFileSync(path.join(RULES_DIR, rule, f), 'utf8')),
  );

/** Text typed into plans: phrases rules react to, structure, newlines, non-BMP characters. */
const SNIPPETS = [
  'flexible',
  ' we will see',
  '\n**Walk-away:** flexible\n',
  '$480k ARR',
  '\n## Concessions\n\n- 10% discount if they sign this quarter\n',
  'best and final offer',
  '\n| Target | $420k ARR |\n',
  '\n',
  ' TBD',
  'our alternative is weak',
  '\n- **Target:** $420k ARR\n',
  '\n# ',
  '> ',
  ' 😀 ',
  'é',
  '<!-- negolint-disable-next-line walk-away-point -->\n',
];

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: Rand, items: readonly T[]): T => items[int(rand, items.length)]!;

/** Plans of realistic size: a good plan with a failing fixture appended, or eight failing fixtures in a row. */
function planTexts(rand: Rand, n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    i % 2 === 0 ? `${GOOD[(i / 2) % GOOD.length]}\n${pick(rand, FIRES)}` : Array.from({ length: 8 }, () => pick(rand, FIRES)).join('\n'),
  );
}

/** One random incremental change (one or two edits) to a text; keeps its size within 0.5–1.5× the original. */
function randomEdits(rand: Rand, text: string, originalLength: number): TextEdit[] {
  const doc = TextDocument.create('file:///model.md', 'markdown', 0, text);
  const span = (start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  const offset = () => int(rand, text.length + 1);
  let r = rand();
  if (text.length > originalLength * 1.5) r = 0.5;
  else if (text.length < originalLength * 0.5) r = 0;
  if (r < 0.45) {
    const at = offset();
    return [{ range: span(at, at), newText: pick(rand, SNIPPETS) }];
  }
  if (r < 0.7) {
    const start = offset();
    return [{ range: span(start, Math.min(text.length, start + 1 + int(rand, 60))), newText: '' }];
  }
  if (r < 0.9) {
    const start = offset();
    return [{ range: span(start, Math.min(text.length, start + int(rand, 30))), newText: pick(rand, SNIPPETS) }];
  }
  const a = offset();
  const b = offset();
  const [lo, hi] = a < b ? [a, b] : [b, a];
  if (lo === hi) return [{ range: span(lo, lo), newText: pick(rand, SNIPPETS) }];
  return [
    { range: span(lo, lo), newText: pick(rand, SNIPPETS) },
    { range: span(hi, Math.min(text.length, hi + int(rand, 20))), newText: pick(rand, SNIPPETS) },
  ];
}

type Outcome = { kind: 'result'; value: unknown } | { kind: 'cancelled' } | { kind: 'error'; code?: number; message: string } | { kind: 'hang' };

const REQUEST_CANCELLED = -32800;
const SERVER_CANCELLED = -32802;

/** Waits for a request to settle: a result, a cancellation error, another error, or nothing within `ms` (a hang). */
async function settle(request: Promise<unknown>, ms = HANG_MS): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'hang' }), ms);
  });
  const answered = request.then(
    (value): Outcome => ({ kind: 'result', value }),
    (error: unknown): Outcome => {
      const code = (error as { code?: unknown }).code;
      if (code === REQUEST_CANCELLED || code === SERVER_CANCELLED) return { kind: 'cancelled' };
      return { kind: 'error', ...(typeof code === 'number' ? { code } : {}), message: String((error as Error).message ?? error) };
    },
  );
  try {
    return await Promise.race([answered, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** The server process's resident set size in MB (Linux), undefined elsewhere. */
function rssMb(pid: number | undefined): number | undefined {
  const status = `/proc/${pid}/status`;
  if (pid === undefined || !existsSync(status)) return undefined;
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(status, 'utf8'))?.[1];
  return kb === undefined ? undefined : Math.round((Number(kb) / 1024) * 10) / 10;
}

/** What a diagnostic says, in the core's terms: rule id and 0-based start and end. */
const shape = (d: Diagnostic) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

const HEAP_PROBE = path.join(PACKAGE_DIR, 'test/helpers/heap-probe.cjs');

/**
 * The server's live heap in MB after a full collection (Linux): the probe preloaded into the server
 * collects garbage and writes `process.memoryUsage()` when signalled. Undefined where signals or the
 * probe are unavailable.
 */
async function liveHeapMb(pid: number | undefined, out: string): Promise<number | undefined> {
  if (pid === undefined || process.platform === 'win32') return undefined;
  rmSync(out, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 200; i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (!existsSync(out)) continue;
    try {
      const { heapUsed } = JSON.parse(readFileSync(out, 'utf8')) as { heapUsed: number };
      return Math.round((heapUsed / 1024 / 1024) * 10) / 10;
    } catch {
      // Read while being written: try again.
    }
  }
  return undefined;
}

/** What `lintText` finds in a text, in the same terms (line and column are 1-based there). */
function expected(text: string, filePath: string, config: object) {
  return lintText(text, { filePath, config }).messages.map((m) => [m.ruleId, m.line - 1, m.column - 1, m.endLine - 1, m.endColumn - 1]);
}

/** Opens each text as a file of the workspace; the URIs in order, and the file behind each URI. */
async function openPlans(client: TestClient, texts: readonly string[], fileOf: (i: number) => string): Promise<{ uris: string[]; files: Map<string, string> }> {
  const uris: string[] = [];
  const files = new Map<string, string>();
  for (const [i, text] of texts.entries()) {
    const file = fileOf(i);
    const uri = await client.open(file, text);
    uris.push(uri);
    files.set(uri, file);
  }
  return { uris, files };
}

/** Waits until every document's diagnostics for its current version are in and the server is quiet. */
async function settled(client: TestClient, uris: string[]): Promise<void> {
  for (const uri of uris) await client.diagnostics(uri, SETTLE_MS);
  await client.quiet(500);
}

/** The last publication for every document is for the last version sent, versions never went down, and the findings match the final text. */
function expectFinalDiagnostics(client: TestClient, uris: string[], files: Map<string, string>, config: object): number {
  let findings = 0;
  for (const uri of uris) {
    const mine = client.published.filter((p) => p.uri === uri);
    const versions = mine.map((p) => p.version ?? 0);
    expect(versions, `versions published for ${uri}`).toEqual([...versions].sort((a, b) => a - b));
    const last = mine.at(-1)!;
    expect(last.version, `last version published for ${uri}`).toBe(client.version(uri));
    const want = expected(client.text(uri), files.get(uri)!, config);
    expect(last.diagnostics.map(shape), `diagnostics of ${uri}`).toEqual(want);
    findings += want.length;
  }
  return findings;
}

describe('load', () => {
  it('1,000 changes over 20 plans, three times, with cancelled requests and malformed messages: final diagnostics exact, memory bounded, clean exit', async () => {
    const rand = prng(SEED);
    const ids = ruleIds();
    const configText = onlyRules(...ids);
    const config = JSON.parse(configText) as object;
    const dir = makeWorkspace({ '.negolintrc.json': configText });
    // One plan on disk and never opened, for the workspace lint at the end.
    writeFile(dir, 'on-disk/plan.md', FIRES[0]!);
    // The default debounce, as editors get it (the helper's 0 lints every change a burst leaves
    // time for); the server's log counts the lints.
    const heapFile = path.join(dir, 'heap.json');
    const client = await TestClient.start({
      rootDir: dir,
      initializationOptions: { debounceMs: DEFAULT_DEBOUNCE_MS },
      env: { NEGOLINT_LSP_LOG: '1', NEGOLINT_HEAP_PROBE: heapFile },
      nodeArgs: ['--expose-gc', '--require', HEAP_PROBE],
    });
    clients.push(client);
    const pid = client.proc.pid;

    const texts = planTexts(rand, DOCUMENTS);
    const { uris, files } = await openPlans(client, texts, (i) => path.join(dir, `plans/plan-${String(i).padStart(2, '0')}.md`));
    const originalLength = new Map(uris.map((u, i) => [u, texts[i]!.length]));
    await settled(client, uris);
    const initialFindings = expectFinalDiagnostics(client, uris, files, config);
    const rssBefore = rssMb(pid);
    const heap: (number | undefined)[] = [await liveHeapMb(pid, heapFile)];
    const chars = [uris.reduce((n, u) => n + client.text(u).length, 0)];

    const ghost = uriOf(path.join(dir, 'plans/never-opened.md'));
    const outcomes: Outcome[] = [];
    /** Answers to the malformed requests sent during the bursts (a result or a proper error, never a hang). */
    const malformedBurstOutcomes: Outcome[] = [];
    let requests = 0;
    let cancelled = 0;
    let malformedInBurst = 0;

    /** A request on a document with random positions; cancelled right after sending at CANCEL_RATE. */
    const randomRequest = (uri: string): Promise<Outcome> => {
      const text = client.text(uri);
      const doc = TextDocument.create(uri, 'markdown', 0, text);
      const at = () => doc.positionAt(int(rand, text.length + 1));
      const source = new CancellationTokenSource();
      const method = pick(rand, ['textDocument/hover', 'textDocument/codeAction', 'textDocument/documentSymbol'] as const);
      const params =
        method === 'textDocument/hover'
          ? { textDocument: { uri }, position: at() }
          : method === 'textDocument/codeAction'
            ? (() => {
                const [a, b] = [at(), at()].sort((x, y) => doc.offsetAt(x) - doc.offsetAt(y));
                return { textDocument: { uri }, range: { start: a!, end: b! }, context: { diagnostics: [] } };
              })()
            : { textDocument: { uri } };
      const sent = client.connection.sendRequest(method, params, source.token);
      requests++;
      if (rand() < CANCEL_RATE) {
        source.cancel();
        cancelled++;
      }
      return settle(sent).finally(() => source.dispose());
    };

    /** Messages of the wrong shape that touch none of the open documents. */
    const harmlessMalformed = (): Promise<unknown> => {
      malformedInBurst++;
      switch (int(rand, 4)) {
        case 0:
          return client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: ghost, version: 7 }, contentChanges: [{ text: '# Ghost' }] });
        case 1:
          return client.connection.sendNotification('textDocument/didChange', { contentChanges: [{ text: 'no document' }] });
        case 2:
          return settle(client.connection.sendRequest('textDocument/hover', { position: { line: 0, character: 0 } })).then((o) => malformedBurstOutcomes.push(o));
        default:
          return settle(client.connection.sendRequest('textDocument/codeAction', 'a string, not params')).then((o) => malformedBurstOutcomes.push(o));
      }
    };

    const lintCount = () => (client.stderr.join('').match(/\] linted /g) ?? []).length;
    const initialLints = lintCount();
    const lints: number[] = [];
    const rss: (number | undefined)[] = [rssBefore];
    const burstMs: number[] = [];
    for (let round = 0; round < BURSTS; round++) {
      const started = performance.now();
      const sends: Promise<unknown>[] = [];
      const pending: Promise<Outcome>[] = [];
      for (let i = 0; i < BURST; i++) {
        const uri = pick(rand, uris);
        sends.push(client.edit(uri, randomEdits(rand, client.text(uri), originalLength.get(uri)!)));
        if (rand() < REQUEST_RATE) pending.push(randomRequest(pick(rand, uris)));
        if (rand() < MALFORMED_RATE) sends.push(harmlessMalformed());
      }
      await Promise.all(sends);
      outcomes.push(...(await Promise.all(pending)));
      await settled(client, uris);
      burstMs.push(Math.round(performance.now() - started));
      lints.push(lintCount() - lints.reduce((a, b) => a + b, 0) - initialLints);
      expectFinalDiagnostics(client, uris, files, config);
      rss.push(rssMb(pid));
      heap.push(await liveHeapMb(pid, heapFile));
      chars.push(uris.reduce((n, u) => n + client.text(u).length, 0));
    }
    expect(outcomes.filter((o) => o.kind === 'hang'), 'requests that never settled').toEqual([]);
    expect(outcomes.filter((o) => o.kind === 'error'), 'requests answered with an unexpected error').toEqual([]);
    expect(
      malformedBurstOutcomes.filter((o) => o.kind === 'hang' || (o.kind === 'error' && o.code === undefined)),
      'malformed requests get a result or a proper error',
    ).toEqual([]);
    expect(client.published.some((p) => p.uri === ghost), 'nothing published for a document never opened').toBe(false);

    // ---- documents never opened: an empty answer, not a crash -----------------------------------
    const unknown = [ghost, 'untitled:Untitled-1', 'file:///nonexistent/folder/plan.md', 'not a uri at all'];
    const unknownOutcomes: Outcome[] = [];
    for (const uri of unknown) {
      unknownOutcomes.push(await settle(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })));
      unknownOutcomes.push(
        await settle(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, context: { diagnostics: [] } })),
      );
      unknownOutcomes.push(await settle(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })));
    }
    for (const o of unknownOutcomes) {
      if (o.kind === 'result') expect([null, []]).toContainEqual(o.value);
      else expect(o, 'a request for an unknown document gets an answer').toMatchObject({ kind: 'error', code: expect.any(Number) });
    }

    // ---- malformed messages ------------------------------------------------------------------------
    // Responses to requests the connection did not send (raw ids) are read off the wire.
    let wire = '';
    const onWire = (chunk: Buffer) => {
      wire += chunk.toString('utf8');
    };
    client.proc.stdout.on('data', onWire);
    const raw = (message: Record<string, unknown>) => client.writer.write({ jsonrpc: '2.0', ...message } as never);
    const rawIds: string[] = [];
    const rawRequest = (method: string, params: unknown) => {
      const id = `raw-${rawIds.length + 1}`;
      rawIds.push(id);
      return raw({ id, method, params });
    };
    const malformedOutcomes: Outcome[] = [];
    const request = async (method: string, params?: unknown) => {
      const o = await settle(params === undefined ? client.connection.sendRequest(method) : client.connection.sendRequest(method, params));
      malformedOutcomes.push(o);
      return o;
    };
    const notify = (method: string, params: unknown) => client.connection.sendNotification(method, params);
    let malformedNotifications = 0;
    const bad = Object.assign(
      (method: string, params: unknown) => {
        malformedNotifications++;
        return notify(method, params);
      },
      {
        raw: (message: Record<string, unknown>) => {
          malformedNotifications++;
          return raw(message);
        },
      },
    );
    const planDir = path.join(dir, 'plans');

    // Shapes that are wrong from the top: strings for objects, missing parts, wrong types.
    await bad.raw({ method: 'textDocument/didOpen', params: 'a string, not params' });
    await bad('textDocument/didOpen', { textDocument: uriOf(path.join(planDir, 'string-document.md')) });
    await bad('textDocument/didOpen', { textDocument: { uri: 42, languageId: 'markdown', version: 1, text: '# Number URI\n' } });
    await bad('textDocument/didOpen', { textDocument: { uri: { path: 'object.md' }, languageId: 'markdown', version: 1, text: '# Object URI\n' } });
    await bad('textDocument/didOpen', { textDocument: { uri: uriOf(path.join(planDir, 'no-text.md')), languageId: 'markdown', version: 1 } });
    await bad('textDocument/didChange', { textDocument: { uri: ghost, version: 3 }, contentChanges: [{ text: 'never opened' }] });
    await bad('textDocument/didChange', { contentChanges: [{ text: 'no textDocument' }] });
    await bad('textDocument/didChange', { textDocument: uris[0], contentChanges: 'oops' });
    await bad.raw({ method: 'textDocument/didChange', params: 'a string, not params' });
    await bad('textDocument/didClose', {});
    await bad('textDocument/didSave', { textDocument: 'a string' });
    await bad('workspace/didChangeWatchedFiles', { changes: 'none' });
    await bad('$/cancelRequest', { id: 'never-sent' });
    await bad.raw({ method: '$/cancelRequest', params: 'a string' });
    await rawRequest('textDocument/hover', 'a string, not params');
    await rawRequest('textDocument/documentSymbol', 'a string, not params');
    await rawRequest('textDocument/codeAction', 12345);
    expect(await request('textDocument/hover', { position: { line: 0, character: 0 } }), 'hover without a document').toEqual({ kind: 'result', value: null });
    await request('textDocument/hover', { textDocument: uris[0], position: 'top' });
    await request('textDocument/hover');
    await request('textDocument/codeAction', { textDocument: { uri: uris[0] }, range: 'everything', context: 'none' });
    await request('textDocument/codeAction', { textDocument: { uri: uris[0] } });
    await request('textDocument/documentSymbol', { textDocument: 'file:///x.md' });
    await request('textDocument/documentSymbol', {});
    await request('negolint/noSuchRequest', { anything: true });

    // Bytes on the wire that are not JSON at all, behind a correct header: the reader reports them and
    // goes on with the next frame. Written on the same stream after the writer's queue has drained.
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
    const wireWrite = (bytes: string) => new Promise<void>((resolve, reject) => client.proc.stdin.write(bytes, (e) => (e ? reject(e) : resolve())));
    await wireWrite(frame('{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": '));
    await wireWrite(frame('not JSON at all ☃'));
    await wireWrite(frame('[1, 2, 3]'));
    await wireWrite(frame('{"jsonrpc": "2.0", "id": "truncated'));
    malformedNotifications += 4;
    expect(await request('textDocument/hover', { position: { line: 0, character: 0 } }), 'answers after garbage on the wire').toEqual({ kind: 'result', value: null });

    // Positions that are not integers (LSP says uinteger): fractions, strings, null, NaN sent as null.
    for (const position of [{ line: 1.5, character: 2.25 }, { line: '2', character: '3' }, { line: null, character: 0 }, { line: 0 }]) {
      const o = await request('textDocument/hover', { textDocument: { uri: uris[0] }, position });
      expect(o.kind === 'result' || (o.kind === 'error' && typeof o.code === 'number'), `hover at ${JSON.stringify(position)}`).toBe(true);
    }
    await request('textDocument/codeAction', { textDocument: { uri: uris[0] }, range: { start: { line: 0.5, character: -0.5 }, end: { line: '4', character: 1.75 } }, context: { diagnostics: [] } });
    const fractional = uriOf(path.join(planDir, 'fractional.md'));
    await notify('textDocument/didOpen', { textDocument: { uri: fractional, languageId: 'markdown', version: 1, text: FIRES[0]! } });
    const fractionalSince = client.published.length;
    await notify('textDocument/didChange', {
      textDocument: { uri: fractional, version: 2 },
      contentChanges: [{ range: { start: { line: 1.5, character: 0.5 }, end: { line: '2', character: 3.9 } }, text: 'fractional ' }],
    });
    const fractionalPublished = await client.waitFor(
      () => client.published.slice(fractionalSince).find((p) => p.uri === fractional && p.version === 2),
      'diagnostics after an edit with fractional positions',
      SETTLE_MS,
    );
    const isPosition = (p: { line: unknown; character: unknown }) => Number.isInteger(p.line) && Number.isInteger(p.character) && (p.line as number) >= 0 && (p.character as number) >= 0;
    expect(fractionalPublished.diagnostics.every((d) => isPosition(d.range.start) && isPosition(d.range.end)), 'published ranges are whole, non-negative positions').toBe(true);

    // A document opened after all that: positions far outside it, a version going backwards,
    // ranges clamped by the server. `model` is what the server must hold (offsets clamp to the text).
    const victimFile = path.join(planDir, 'victim.md');
    const victim = uriOf(victimFile);
    let model = GOOD[1]!;
    const change = (version: number, range: Range, text: string) => {
      const doc = TextDocument.create(victim, 'markdown', 0, model);
      const [a, b] = [doc.offsetAt(range.start), doc.offsetAt(range.end)].sort((x, y) => x - y);
      model = model.slice(0, a) + text + model.slice(b);
      return notify('textDocument/didChange', { textDocument: { uri: victim, version }, contentChanges: [{ range, text }] });
    };
    const lastFor = (uri: string) => client.published.filter((p) => p.uri === uri).at(-1);
    const waitVersion = (version: number, since: number) =>
      client.waitFor(() => client.published.slice(since).filter((p) => p.uri === victim).at(-1)?.version === version || undefined, `victim v${version}`, SETTLE_MS);

    await notify('textDocument/didOpen', { textDocument: { uri: victim, languageId: 'markdown', version: 1, text: model } });
    await waitVersion(1, 0);
    // v2, then v1 again (a version going backwards) with different text, sent together.
    let since = client.published.length;
    await change(2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '**Walk-away:** flexible\n\n');
    const whole = TextDocument.create(victim, 'markdown', 0, model);
    await change(1, { start: { line: 0, character: 0 }, end: whole.positionAt(model.length) }, FIRES[3]!);
    await waitVersion(1, since);
    await client.quiet(400);
    expect(lastFor(victim)!.diagnostics.map(shape), 'diagnostics after a version went backwards match the text').toEqual(expected(model, victimFile, config));

    // Ranges far out of the document: negative, past the end (with newlines), reversed, huge;
    // then an ordinary edit, which must not have to walk a line index the size of the huge line number.
    since = client.published.length;
    await change(2, { start: { line: -5, character: -3 }, end: { line: 1, character: 1e9 } }, 'X');
    await change(3, { start: { line: 1e9, character: 0 }, end: { line: 1e9 + 2, character: 0 } }, '\n**Walk-away:** flexible\n');
    await change(4, { start: { line: 3, character: 2 }, end: { line: 1, character: 0 } }, '');
    await change(5, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# Victim\n');
    await change(6, { start: { line: Number.MAX_SAFE_INTEGER, character: Number.MAX_SAFE_INTEGER }, end: { line: Number.MAX_SAFE_INTEGER, character: Number.MAX_SAFE_INTEGER } }, '\nend 😀\n');
    await change(7, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, 'flexible ');
    await waitVersion(7, since);
    await client.quiet(400);
    expect(lastFor(victim)!.diagnostics.map(shape), 'diagnostics after out-of-range edits match the text').toEqual(expected(model, victimFile, config));
    // A malformed change object applies nothing.
    await bad('textDocument/didChange', { textDocument: { uri: victim, version: 8 }, contentChanges: ['oops'] });
    // Requests with positions far out of the document.
    for (const position of [{ line: -1, character: -1 }, { line: 1e9, character: 1e9 }, { line: Number.MAX_SAFE_INTEGER, character: 0 }]) {
      const o = await request('textDocument/hover', { textDocument: { uri: victim }, position });
      expect(o.kind, 'hover far out of the document').toBe('result');
    }
    const wide = await request('textDocument/codeAction', { textDocument: { uri: victim }, range: { start: { line: -5, character: -5 }, end: { line: 1e9, character: 1e9 } }, context: { diagnostics: [] } });
    expect(wide.kind === 'result' && Array.isArray(wide.value) && wide.value.length > 0, 'code actions over a range covering everything').toBe(true);
    const symbols = await request('textDocument/documentSymbol', { textDocument: { uri: victim } });
    expect(symbols.kind === 'result' && Array.isArray(symbols.value), 'symbols of the victim').toBe(true);

    // Every raw request was answered (a result or an error), and the connection's requests too.
    await client.waitFor(() => rawIds.every((id) => wire.includes(`"id":"${id}"`)) || undefined, 'answers to the raw requests', SETTLE_MS);
    client.proc.stdout.off('data', onWire);
    expect(malformedOutcomes.filter((o) => o.kind === 'hang')).toEqual([]);
    expect(malformedOutcomes.find((o) => o.kind === 'error' && o.code === -32601), 'an unknown method is MethodNotFound').toBeDefined();

    // Still serving everything: a settings change re-lints every open document (the victim
    // included, opened after the malformed opens), the workspace lint works, an edit is linted.
    since = client.published.length;
    await client.setSettings({});
    for (const uri of [victim, ...uris]) await client.nextPublished(uri, since, SETTLE_MS);
    const workspace = (await client.connection.sendRequest('negolint/lintWorkspace')) as { plansFound: number };
    expect(workspace.plansFound, 'the plan on disk is linted').toBeGreaterThanOrEqual(1);
    await client.edit(uris[0]!, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '**Walk-away:** flexible\n\n' }]);
    await settled(client, uris);
    expectFinalDiagnostics(client, uris, files, config);
    const outline = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uris[0] } })) as unknown[];
    expect(outline.length).toBeGreaterThan(0);
    expect(client.stderr.join(''), 'nothing uncaught in the server').not.toMatch(/uncaught exception|unhandled rejection|heap out of memory/i);

    // ---- memory --------------------------------------------------------------------------------------
    const [before, afterFirst, afterSecond, afterLast] = rss;
    const mb = (n: number) => Math.round(n * 10) / 10;
    const firstGrowth = afterFirst !== undefined && before !== undefined ? mb(afterFirst - before) : undefined;
    const secondGrowth = afterSecond !== undefined && afterFirst !== undefined ? mb(afterSecond - afterFirst) : undefined;
    const lastGrowth = afterLast !== undefined && afterSecond !== undefined ? mb(afterLast - afterSecond) : undefined;
    const report = {
      seed: SEED,
      documents: DOCUMENTS,
      documentChars: { min: Math.min(...texts.map((t) => t.length)), max: Math.max(...texts.map((t) => t.length)), total: texts.reduce((n, t) => n + t.length, 0) },
      rules: ids.length,
      initialFindings,
      burst: BURST,
      bursts: BURSTS,
      burstMs,
      lintsPerBurst: lints,
      requests,
      cancelled,
      outcomes: {
        result: outcomes.filter((o) => o.kind === 'result').length,
        cancelledError: outcomes.filter((o) => o.kind === 'cancelled').length,
        error: outcomes.filter((o) => o.kind === 'error').length,
        hang: outcomes.filter((o) => o.kind === 'hang').length,
      },
      malformedInBurst,
      unknownDocumentRequests: unknownOutcomes.length,
      malformedAfter: { notifications: malformedNotifications, requests: malformedOutcomes.length + rawIds.length },
      published: client.published.length,
      rssMb: { before, afterFirstBurst: afterFirst, afterSecondBurst: afterSecond, afterThirdBurst: afterLast, firstGrowth, secondGrowth, lastGrowth },
      liveHeapMb: heap,
      openChars: chars,
    };
    console.log(`negolint-lsp load: ${JSON.stringify(report, null, 2)}`);
    if (process.env['NEGOLINT_LOAD_REPORT']) writeFileSync(REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`);
    if (before !== undefined && afterFirst !== undefined && afterLast !== undefined) {
      expect(afterLast / before, 'RSS after the bursts relative to before').toBeLessThan(3);
      expect(afterLast - before, 'RSS growth over the bursts (MB)').toBeLessThan(300);
    }
    // A leak shows as live heap that keeps growing burst after burst. RSS cannot show it reliably:
    // it moves by ±50 MB with when V8 last collected. The random edits also lengthen the documents a
    // little each burst (`openChars`), so the live heap may grow with them, but by little; the test
    // of self-undoing edits below holds the texts fixed and checks the heap exactly.
    const [heapBefore, heapFirst, heapSecond, heapLast] = heap;
    if (heapBefore !== undefined && heapFirst !== undefined && heapSecond !== undefined && heapLast !== undefined) {
      expect(heapLast - heapSecond, 'live heap added by the last burst (MB)').toBeLessThan(Math.max((heapFirst - heapBefore) / 2, 8));
      expect(heapLast / heapBefore, 'live heap after the bursts relative to before').toBeLessThan(2);
    }

    expect(client.proc.exitCode, 'the server is still running').toBeNull();
    expect(await client.shutdown()).toBe(0);
  }, 180_000);

  it('edits that undo themselves, round after round: the live heap settles (no per-edit leak)', async () => {
    const rand = prng(SEED + 2);
    const configText = onlyRules(...ruleIds());
    const config = JSON.parse(configText) as object;
    const dir = makeWorkspace({ '.negolintrc.json': configText });
    const heapFile = path.join(dir, 'heap.json');
    const client = await TestClient.start({ rootDir: dir, env: { NEGOLINT_HEAP_PROBE: heapFile }, nodeArgs: ['--expose-gc', '--require', HEAP_PROBE] });
    clients.push(client);
    const pid = client.proc.pid;
    const texts = planTexts(rand, 6);
    const { uris, files } = await openPlans(client, texts, (i) => path.join(dir, `undo-${i}.md`));
    await settled(client, uris);
    const heap = [await liveHeapMb(pid, heapFile)];
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < 150; i++) {
        const uri = pick(rand, uris);
        const doc = TextDocument.create(uri, 'markdown', 0, client.text(uri));
        const at = doc.positionAt(Math.floor(rand() * client.text(uri).length));
        const snippet = pick(rand, SNIPPETS);
        await client.edit(uri, [{ range: { start: at, end: at }, newText: snippet }]);
        const end = TextDocument.create(uri, 'markdown', 0, client.text(uri)).positionAt(doc.offsetAt(at) + snippet.length);
        await client.edit(uri, [{ range: { start: at, end }, newText: '' }]);
      }
      await settled(client, uris);
      for (const [i, uri] of uris.entries()) expect(client.text(uri), 'the text is back where it was').toBe(texts[i]);
      heap.push(await liveHeapMb(pid, heapFile));
    }
    expectFinalDiagnostics(client, uris, files, config);
    console.log(`negolint-lsp undo rounds, live heap (MB): ${JSON.stringify(heap)}`);
    // The same texts after every round: whatever the first round warmed up is all there is. One
    // retained tree or model per edit would add tens of MB over the 900 edits that follow.
    if (heap.every((h) => h !== undefined)) {
      expect(heap.at(-1)! - heap[1]!, 'live heap added after the first round (MB)').toBeLessThan(3);
    }
    expect(await client.shutdown()).toBe(0);
  }, 180_000);

  it('pull mode: 300 changes with diagnostic requests cancelled at random; every request settles, the last pull matches the final text', async () => {
    const rand = prng(SEED + 1);
    const configText = onlyRules(...ruleIds());
    const config = JSON.parse(configText) as object;
    const dir = makeWorkspace({ '.negolintrc.json': configText });
    const client = await TestClient.start({ rootDir: dir, pull: true });
    clients.push(client);
    type Report = { kind: string; resultId?: string; items?: Diagnostic[] };
    const pullDiagnostics = (uri: string, source?: CancellationTokenSource): Promise<Report> =>
      source ? client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token) : client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });

    const texts = planTexts(rand, 6);
    const { uris, files } = await openPlans(client, texts, (i) => path.join(dir, `pull-${i}.md`));
    const pending: Promise<Outcome>[] = [];
    const sends: Promise<unknown>[] = [];
    let cancelled = 0;
    for (let i = 0; i < 300; i++) {
      const uri = pick(rand, uris);
      sends.push(client.edit(uri, randomEdits(rand, client.text(uri), texts[uris.indexOf(uri)]!.length)));
      if (rand() < 0.25) {
        const source = new CancellationTokenSource();
        const sent = pullDiagnostics(pick(rand, uris), source);
        if (rand() < CANCEL_RATE) {
          source.cancel();
          cancelled++;
        }
        pending.push(settle(sent).finally(() => source.dispose()));
      }
    }
    await Promise.all(sends);
    const outcomes = await Promise.all(pending);
    expect(outcomes.filter((o) => o.kind === 'hang' || o.kind === 'error')).toEqual([]);
    for (const o of outcomes) if (o.kind === 'result') expect(['full', 'unchanged']).toContain((o.value as Report).kind);
    for (const uri of uris) {
      const report = await pullDiagnostics(uri);
      expect(report.kind).toBe('full');
      expect(report.items!.map(shape), `pulled diagnostics of ${uri}`).toEqual(expected(client.text(uri), files.get(uri)!, config));
    }
    // A document never opened, and a request without a document.
    expect(await pullDiagnostics(uriOf(path.join(dir, 'never-opened.md')))).toEqual({ kind: 'full', items: [] });
    const shapeless = await settle(client.connection.sendRequest('textDocument/diagnostic', {}));
    expect(shapeless.kind === 'result' || (shapeless.kind === 'error' && typeof shapeless.code === 'number')).toBe(true);
    expect(client.published.filter((p) => uris.includes(p.uri)), 'nothing pushed in pull mode').toEqual([]);
    console.log(`negolint-lsp load (pull): ${JSON.stringify({ documents: uris.length, changes: 300, requests: pending.length, cancelled, cancelledError: outcomes.filter((o) => o.kind === 'cancelled').length })}`);
    expect(await client.shutdown()).toBe(0);
  }, 120_000);
});
