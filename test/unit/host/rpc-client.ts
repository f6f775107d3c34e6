/** A raw JSON-RPC client over a byte stream for tests: frames with Content-Length, reads responses by id. */
import type { Readable, Writable } from 'node:stream';

export interface RpcResponse {
  readonly id: number | string | null;
  readonly result?: unknown;
  readonly error?: { code: number; message: string; data?: unknown };
}

export interface RpcNotification {
  readonly method: string;
  readonly params: unknown;
}

export class RawRpc {
  private buf = Buffer.alloc(0);
  private readonly waiting = new Map<number | string | null, (r: RpcResponse) => void>();
  private readonly early = new Map<number | string | null, RpcResponse>();
  private nextId = 1;
  /** Notifications received (method + params), in order. */
  readonly notifications: RpcNotification[] = [];
  private readonly watchers = new Set<() => void>();

  constructor(
    private readonly input: Writable,
    output: Readable,
  ) {
    output.on('data', (chunk: Buffer) => {
      this.buf = Buffer.concat([this.buf, chunk]);
      this.parse();
    });
  }

  /** Sends any bytes, framed (or not, with `raw`). */
  sendBody(body: string | Buffer, headerLength?: number): void {
    const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    this.input.write(`Content-Length: ${headerLength ?? b.length}\r\n\r\n`);
    this.input.write(b);
  }

  sendRaw(bytes: string | Buffer): void {
    this.input.write(bytes);
  }

  request(method: string, params?: unknown): Promise<RpcResponse> {
    const id = this.nextId++;
    const msg: Record<string, unknown> = { jsonrpc: '2.0', id, method };
    if (params !== undefined) msg['params'] = params;
    this.sendBody(JSON.stringify(msg));
    return this.response(id);
  }

  response(id: number | string | null): Promise<RpcResponse> {
    const got = this.early.get(id);
    if (got) {
      this.early.delete(id);
      return Promise.resolve(got);
    }
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  /** Resolves once a received notification matches (earlier ones count too); rejects after `timeoutMs`. */
  waitForNotification(pred: (n: RpcNotification) => boolean, timeoutMs = 20_000): Promise<RpcNotification> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.notifications.find(pred);
        if (!hit) return false;
        this.watchers.delete(check);
        clearTimeout(timer);
        resolve(hit);
        return true;
      };
      const timer = setTimeout(() => {
        this.watchers.delete(check);
        reject(new Error(`no matching notification within ${timeoutMs} ms (received: ${this.notifications.map((n) => n.method).join(', ') || 'none'})`));
      }, timeoutMs);
      this.watchers.add(check);
      check();
    });
  }

  private parse(): void {
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, headerEnd).toString('ascii'));
      if (!m) throw new Error('response without Content-Length');
      const len = Number(m[1]);
      if (this.buf.length < headerEnd + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8')) as RpcResponse;
      this.buf = this.buf.subarray(headerEnd + 4 + len);
      if (msg.id === undefined && 'method' in msg) {
        const n = msg as unknown as RpcNotification;
        this.notifications.push({ method: n.method, params: n.params });
        for (const w of [...this.watchers]) w();
        continue;
      }
      const w = this.waiting.get(msg.id);
      if (w) {
        this.waiting.delete(msg.id);
        w(msg);
      } else this.early.set(msg.id, msg);
    }
  }
}
