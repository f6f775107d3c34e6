/**
 * The shared mode: the engine API on a TCP socket bound to the loopback interface only.
 * Each connection starts anonymous and authenticates with `auth/login { token }`; the token
 * is re-verified on every request (a revoked token stops working at once).
 */
import { createServer, type Server, type Socket } from 'node:net';
import { SocketMessageWriter } from 'vscode-jsonrpc/node';
import type { EngineApi } from './api';
import { openConnection } from './connection';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export interface ListenAddress {
  readonly host: string;
  readonly port: number;
}

/** `127.0.0.1:PORT` -> address; only loopback hosts are accepted (others reach the host through an SSH tunnel). */
export function parseListen(text: string): ListenAddress {
  const m = /^(\[::1\]|[^:]+):(\d{1,5})$/.exec(text);
  if (!m) throw new Error(`--listen needs HOST:PORT, e.g. 127.0.0.1:7878 (got '${text}')`);
  const host = m[1] === '[::1]' ? '::1' : m[1]!;
  const port = Number(m[2]);
  if (!LOOPBACK.has(host)) throw new Error(`the engine host listens on the loopback interface only (127.0.0.1, ::1 or localhost), not '${host}'; use an SSH tunnel to reach it from elsewhere`);
  if (port > 65535) throw new Error(`port ${port} is out of range`);
  return { host, port };
}

export function serveSocket(api: EngineApi, at: ListenAddress, log: (m: string) => void): Promise<Server> {
  if (!api.tokens) throw new Error('a socket server needs a token store (shared mode)');
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    const peer = `${socket.remoteAddress}:${socket.remotePort}`;
    socket.on('error', (e) => log(`connection ${peer}: ${e.message}`));
    const connection = openConnection(socket, new SocketMessageWriter(socket), api, { principal: undefined }, log);
    connection.onClose(() => {
      sockets.delete(socket);
      connection.dispose();
    });
    connection.listen();
  });
  server.on('close', () => {
    for (const s of sockets) s.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(at.port, at.host, () => {
      server.off('error', reject);
      server.on('error', (e) => log(`server error: ${e.message}`));
      resolve(server);
    });
  });
}
