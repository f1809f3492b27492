/**
 * A client that stops reading the server's output (a hung editor) must not make the server's
 * memory grow without bound: output is queued up to a bound, the server then stops reading
 * requests, and diagnostics that a newer publication replaces are dropped while queued. When the
 * client reads again, every answer arrives. The built server, over stdio; the client process
 * (this one) pauses its end of the server's stdout.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspaces, TestClient } from './helpers/client.js';

let client: TestClient | undefined;
afterEach(() => {
  client?.kill();
  client = undefined;
});
afterAll(removeWorkspaces);

/** A plan with 400 sections, each holding a placeholder: a large outline and 400 findings. */
function bigPlan(): string {
  let text = '# Acme renewal\n\n## Walk-away point\n\nWe walk away below $450k.\n\n## Target\n\n$500k per year.\n\n';
  for (let i = 0; i < 400; i++) text += `## Topic ${i}\n\nTBD\n\n`;
  return text;
}

function rssMb(pid: number | undefined): number {
  const status = `/proc/${pid}/status`;
  if (pid === undefined || !existsSync(status)) return 0;
  return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(status, 'utf8'))?.[1] ?? 0) / 1024;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!existsSync('/proc/self/status'))('a client that stops reading', () => {
  it('2,000 outline requests: server memory stays bounded, and every answer arrives once the client reads again', async () => {
    const dir = makeWorkspace();
    client = await TestClient.start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), bigPlan());
    await client.diagnostics(uri, 30_000);
    const first = JSON.stringify(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
    expect(first.match(/Topic \d+/g)).toHaveLength(400);
    const before = rssMb(client.proc.pid);

    client.proc.stdout.pause();
    const answers: Promise<unknown>[] = [];
    for (let i = 0; i < 2000; i++) answers.push(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
    // A failed assertion kills the server; its pending answers are then rejected, not unhandled.
    for (const a of answers) a.catch(() => {});
    // Long enough for the whole batch to be answered if nothing holds the server back (~60 MB of JSON).
    let peak = before;
    for (let t = 0; t < 40; t++) {
      await sleep(250);
      peak = Math.max(peak, rssMb(client.proc.pid));
    }
    expect(peak - before, `RSS growth while the client did not read (MB; ${before.toFixed(0)} → ${peak.toFixed(0)})`).toBeLessThan(80);

    client.proc.stdout.resume();
    const all = await Promise.all(answers);
    expect(all).toHaveLength(2000);
    for (const a of all) expect(JSON.stringify(a)).toBe(first);
    expect(await client.shutdown()).toBe(0);
  }, 120_000);

  it('diagnostics superseded while queued are dropped; the last version is published', async () => {
    const dir = makeWorkspace();
    client = await TestClient.start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), bigPlan());
    await client.diagnostics(uri, 30_000);
    const since = client.published.length;

    client.proc.stdout.pause();
    // Each version is linted and published before the next (the server logs nothing in between).
    for (let i = 0; i < 60; i++) {
      await client.replace(uri, `## Topic ${i}\n\nTBD`, `## Topic ${i}\n\nTBD (owner ${i})`);
      await sleep(150);
    }
    await sleep(1000);
    client.proc.stdout.resume();
    const last = await client.diagnostics(uri, 30_000);
    await client.quiet(500);
    const mine = client.published.slice(since).filter((p) => p.uri === uri);
    // Without dropping, about one publication (400 findings each) per version.
    expect(mine.length, 'publications received for the 60 versions').toBeLessThan(10);
    expect(mine.at(-1)!.version).toBe(client.version(uri));
    expect(last.filter((d) => d.code === 'placeholder').length).toBeGreaterThanOrEqual(400);
    expect(await client.shutdown()).toBe(0);
  }, 120_000);
});
