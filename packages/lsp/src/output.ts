/**
 * The server's output with a bound. vscode-jsonrpc's stream writer queues every message until
 * the stream has taken the previous one; a client that stops reading (a hung editor, a plugin
 * stuck in a loop) left the server queueing without end: 8,000 outline requests took it from
 * 220 MB to 3 GB. Here:
 *
 * - at most {@link OutputLimits.streamBytes} sit in the stream's own buffer; the rest waits in
 *   a queue where it can still be replaced or dropped;
 * - a diagnostics or plan-status notification replaces the one still queued for the same
 *   document (the client only shows the latest anyway);
 * - log messages are dropped while the queue is over its bound (and counted, then reported);
 * - over {@link OutputLimits.queuedBytes}, `onPressure(true)` asks the caller to stop handing
 *   input to the server ({@link GatedMessageReader}) and to stop reading it, so no new requests
 *   make new answers (requests are small: 2,000 of them arrive before the first answer backs up);
 *   below half of it, `onPressure(false)`.
 *
 * Answers and the server's own requests are never dropped: a client that reads again gets them all.
 */
import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type DataCallback, type Disposable, type Message, type MessageReader, type MessageWriter } from 'vscode-languageserver/node.js';

export interface OutputLimits {
  /** Bytes allowed in the stream's buffer before messages wait in the queue (default 64 KB). */
  streamBytes: number;
  /** Queued bytes above which input should stop being read (default 8 MB). */
  queuedBytes: number;
}

const DEFAULT_LIMITS: OutputLimits = { streamBytes: 64 * 1024, queuedBytes: 8 * 1024 * 1024 };

interface Queued {
  frame: Buffer;
  /** Messages with the same key replace each other while queued. */
  key?: string;
}

const SUPERSEDED_BY_URI = new Set(['textDocument/publishDiagnostics', 'negolint/planStatus']);
const DROPPABLE = new Set(['window/logMessage', '$/logTrace', 'telemetry/event']);

function notification(msg: Message): { method: string; params?: unknown } | undefined {
  const m = msg as { method?: unknown; id?: unknown };
  return typeof m.method === 'string' && m.id === undefined ? (msg as unknown as { method: string; params?: unknown }) : undefined;
}

/** A JSON-RPC message writer for a stream (stdio) with bounded memory; see the module comment. */
export class BoundedMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private readonly queue: Queued[] = [];
  private queued = 0;
  private blocked = false;
  private ended = false;
  /** Messages dropped or replaced so far (for the log and for tests). */
  dropped = { superseded: 0, logs: 0 };
  private logsReported = 0;

  constructor(
    private readonly stream: Writable,
    private readonly onPressure: (blocked: boolean) => void = () => {},
    private readonly limits: OutputLimits = DEFAULT_LIMITS,
  ) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
    stream.on('drain', () => this.pump());
  }

  write(msg: Message): Promise<void> {
    if (this.ended) return Promise.resolve();
    const note = notification(msg);
    let key: string | undefined;
    if (note && SUPERSEDED_BY_URI.has(note.method)) {
      const uri = (note.params as { uri?: unknown } | undefined)?.uri;
      if (typeof uri === 'string') key = `${note.method}\0${uri}`;
    }
    if (key !== undefined) {
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i]!.key !== key) continue;
        this.queued -= this.queue[i]!.frame.length;
        this.queue.splice(i, 1);
        this.dropped.superseded++;
      }
    } else if (note && DROPPABLE.has(note.method) && this.queued >= this.limits.queuedBytes) {
      this.dropped.logs++;
      return Promise.resolve();
    }
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    const frame = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    this.queue.push({ frame, key });
    this.queued += frame.length;
    this.pump();
    return Promise.resolve();
  }

  /** Moves queued messages into the stream while its buffer has room. */
  private pump(): void {
    while (this.queue.length > 0 && this.stream.writableLength < this.limits.streamBytes && !this.stream.destroyed) {
      const item = this.queue.shift()!;
      this.queued -= item.frame.length;
      // Errors (EPIPE: the client is gone) arrive as the stream's 'error' event.
      this.stream.write(item.frame);
    }
    if (this.queue.length === 0 && this.dropped.logs > this.logsReported) {
      const count = this.dropped.logs - this.logsReported;
      this.logsReported = this.dropped.logs;
      void this.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 2, message: `negolint: ${count} log messages were dropped while the client was not reading` } } as Message);
    }
    const blocked = this.blocked ? this.queued > this.limits.queuedBytes / 2 : this.queued > this.limits.queuedBytes;
    if (blocked !== this.blocked) {
      this.blocked = blocked;
      this.onPressure(blocked);
    }
  }

  /** Bytes waiting in the queue (not yet handed to the stream). */
  get queuedBytes(): number {
    return this.queued;
  }

  end(): void {
    this.ended = true;
    this.stream.end();
  }
}

/**
 * Hands incoming messages to the connection one per turn of the event loop (the pace at which
 * the connection handles them anyway), and none while output is blocked. The connection queues
 * whatever it is given: 2,000 small requests read in one chunk were all queued, and all
 * answered, before the first answer backed up. Here they wait, in order, until the answers
 * before them have been taken.
 */
export class GatedMessageReader implements MessageReader {
  private readonly held: Message[] = [];
  private blocked = false;
  private waiting = false;
  private callback: DataCallback | undefined;

  /** `seen` is called with each message as it is handed on. */
  constructor(
    private readonly inner: MessageReader,
    private readonly seen: (msg: Message) => void = () => {},
  ) {}

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return this.inner.listen((msg) => {
      this.held.push(msg);
      this.next();
    });
  }

  /** Stop (true) or resume (false) handing messages on. */
  setBlocked(blocked: boolean): void {
    this.blocked = blocked;
    if (!blocked) this.next();
  }

  /** Hands on the next message unless blocked or one was handed on in this turn. */
  private next(): void {
    if (this.blocked || this.waiting) return;
    const msg = this.held.shift();
    if (!msg) return;
    // The next turn is booked before handing on: the connection throws on some malformed
    // messages, and the messages behind one must not wait for another to arrive.
    this.waiting = true;
    setImmediate(() => {
      this.waiting = false;
      this.next();
    });
    this.seen(msg);
    // The connection throws on some malformed messages (a request whose id is neither a number nor
    // a string); outside the reader's own event that would be an uncaught exception, so it is
    // reported here and the message dropped, as the stream reader drops what it cannot read.
    try {
      this.callback?.(msg);
    } catch (error) {
      process.stderr.write(`negolint-lsp: dropped a malformed message: ${(error as Error).message}\n`);
    }
  }

  /** Messages waiting to be handed on. */
  get heldCount(): number {
    return this.held.length;
  }

  dispose(): void {
    this.inner.dispose();
  }
}
