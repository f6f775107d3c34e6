/**
 * A forgiving reader of `Content-Length`-framed JSON-RPC messages. vscode-jsonrpc's own
 * stream reader stops reading for good after a header without Content-Length; this one skips
 * what it cannot use and reads on: a header block without a usable length is dropped, a body
 * longer than `maxBytes` is discarded as it streams by (never buffered), invalid JSON and
 * non-object messages are reported through `onBadMessage` (the host answers them with a
 * JSON-RPC parse error) and skipped.
 */
import type { Readable } from 'node:stream';
import { AbstractMessageReader, Disposable, type DataCallback, type Message } from 'vscode-jsonrpc/node';

export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
const MAX_HEADER_BYTES = 8 * 1024;
const SEP = Buffer.from('\r\n\r\n');

export class FramedMessageReader extends AbstractMessageReader {
  private buf: Buffer = Buffer.alloc(0);
  /** Bytes of an oversized body still to be skipped. */
  private skipping = 0;
  private callback: DataCallback | undefined;

  constructor(
    private readonly input: Readable,
    private readonly onBadMessage: (reason: string) => void,
    private readonly maxBytes = MAX_MESSAGE_BYTES,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer) => this.onData(chunk);
    const onClose = () => this.fireClose();
    const onError = (e: Error) => this.fireError(e);
    this.input.on('data', onData);
    this.input.on('close', onClose);
    this.input.on('end', onClose);
    this.input.on('error', onError);
    return Disposable.create(() => {
      this.input.off('data', onData);
      this.input.off('close', onClose);
      this.input.off('end', onClose);
      this.input.off('error', onError);
    });
  }

  private onData(chunk: Buffer): void {
    if (this.skipping > 0) {
      const n = Math.min(this.skipping, chunk.length);
      this.skipping -= n;
      chunk = chunk.subarray(n);
      if (chunk.length === 0) return;
    }
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    for (;;) {
      const end = this.buf.indexOf(SEP);
      if (end < 0) {
        if (this.buf.length > MAX_HEADER_BYTES) {
          this.onBadMessage(`header longer than ${MAX_HEADER_BYTES} bytes without an end; discarded`);
          this.buf = Buffer.alloc(0);
        }
        return;
      }
      const header = this.buf.subarray(0, end).toString('ascii');
      const m = /(?:^|\r\n)content-length:\s*(\d{1,12})\s*(?:\r\n|$)/i.exec(header);
      if (!m) {
        this.onBadMessage('a message header without Content-Length; skipped');
        this.buf = this.buf.subarray(end + SEP.length);
        continue;
      }
      const len = Number(m[1]);
      const start = end + SEP.length;
      if (len > this.maxBytes) {
        this.onBadMessage(`a message of ${len} bytes is larger than the limit of ${this.maxBytes}; skipped`);
        const have = this.buf.length - start;
        if (have >= len) {
          this.buf = this.buf.subarray(start + len);
          continue;
        }
        this.skipping = len - have;
        this.buf = Buffer.alloc(0);
        return;
      }
      if (this.buf.length < start + len) return;
      const body = this.buf.subarray(start, start + len).toString('utf8');
      this.buf = this.buf.subarray(start + len);
      let msg: unknown;
      try {
        msg = JSON.parse(body);
      } catch (e) {
        this.onBadMessage(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) {
        this.onBadMessage('a message must be a JSON object (batches are not supported)');
        continue;
      }
      const o = msg as Record<string, unknown>;
      if ('method' in o && typeof o['method'] !== 'string') {
        this.onBadMessage(`'method' must be a string`);
        continue;
      }
      if ('id' in o && !(typeof o['id'] === 'number' || typeof o['id'] === 'string' || o['id'] === null)) {
        this.onBadMessage(`'id' must be a number or a string`);
        continue;
      }
      this.callback?.(msg as Message);
    }
  }
}
