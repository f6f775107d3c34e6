/**
 * A static file server on 127.0.0.1 for browser tests: serves a folder, and in .html files
 * replaces `{{nonce}}` with a fresh random nonce per response (the way the extension will
 * serve webview HTML with a strict Content-Security-Policy).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** The nonces handed out so far, newest last. */
  readonly nonces: readonly string[];
  close(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const nonces: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body: Buffer | string = readFileSync(file);
    if (extname(file) === '.html') {
      const nonce = randomBytes(16).toString('base64');
      nonces.push(nonce);
      body = body.toString('utf8').replaceAll('{{nonce}}', nonce);
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  if (!addr || typeof addr !== 'object') throw new Error('static server has no address');
  return {
    origin: `http://127.0.0.1:${addr.port}`,
    nonces,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
