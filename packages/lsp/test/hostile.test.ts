/**
 * The server in a hostile workspace and at the end of its life, over the real protocol
 * (issue 12): a config file that is a FIFO or a symbolic link to /dev/zero must not freeze
 * it, and a request after `shutdown` gets an InvalidRequest error, not an answer.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, PACKAGE_DIR, removeWorkspaces, uriOf, clientsKilledAfterEach } from './helpers/client.js';

afterAll(removeWorkspaces);

const MISSING = readFileSync(path.resolve(PACKAGE_DIR, '../../fixtures/lsp/missing-walk-away.md'), 'utf8');

const start = clientsKilledAfterEach();

// A FIFO only: a link to /dev/zero takes the same path in the core (the CLI tests cover it under
// a memory limit), and a server that regressed on it would eat gigabytes before the test gave up.
describe('special files in the workspace', () => {
  it('a FIFO as .negolintrc.yaml does not freeze the server: it is shown as a config error and plans are still linted', async () => {
    const dir = makeWorkspace();
    const config = path.join(dir, '.negolintrc.yaml');
    execFileSync('mkfifo', [config]);
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    // The defaults apply: walk-away-point is on in the recommended preset.
    expect((await client.diagnostics(uri, 10_000)).map((d) => d.code)).toContain('walk-away-point');
    const shown = await client.until(uriOf(config), (d) => d.length > 0, 'the config error in the config file', 10_000);
    expect(shown[0]!.message).toContain('a FIFO (named pipe), not a regular file');
    expect(await client.shutdown()).toBe(0);
  });
});

describe('after shutdown', () => {
  it('a hover (or any other request) is an InvalidRequest error; exit still exits 0', async () => {
    const dir = makeWorkspace();
    const client = await start({ rootDir: dir });
    const uri = await client.open(path.join(dir, 'plan.md'), MISSING);
    await client.diagnostics(uri);
    const position = { line: 0, character: 2 };
    // Before shutdown: an answer (null or a hover).
    await expect(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })).resolves.not.toBeInstanceOf(Error);
    await client.connection.sendRequest('shutdown');
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }],
    ] as const) {
      const error = await client.connection.sendRequest(method, params).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, method).toBeInstanceOf(ResponseError);
      expect((error as ResponseError<unknown>).code, method).toBe(ErrorCodes.InvalidRequest);
    }
    const exited = new Promise<number | null>((resolve) => client.proc.on('exit', resolve));
    await client.connection.sendNotification('exit');
    expect(await exited).toBe(0);
  });
});
