/**
 * HTTP basic authentication in front of a real service, for testing clients' registry
 * credentials. Apicurio only authenticates through OIDC (Keycloak), while Confluent's
 * registry checks basic auth at the HTTP layer; this proxy does exactly that check (401 with
 * a `WWW-Authenticate` challenge and a Confluent-style error body) and forwards everything
 * else unchanged to the real registry. It is not a registry: every answer comes from upstream.
 */
import { createServer, IncomingMessage, request, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BasicAuthProxy {
  /** The upstream URL with the proxy's origin (same path). */
  readonly url: string;
  /** Requests refused for missing or wrong credentials. */
  readonly refused: () => number;
  stop(): Promise<void>;
}

export async function startBasicAuthProxy(upstreamUrl: string, credentials: { username: string; password: string }): Promise<BasicAuthProxy> {
  const upstream = new URL(upstreamUrl);
  if (upstream.protocol !== 'http:') throw new Error(`only http upstreams are supported, got ${upstreamUrl}`);
  const expected = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  let refused = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.headers.authorization !== expected) {
      refused++;
      req.resume();
      res.writeHead(401, { 'Content-Type': 'application/vnd.schemaregistry.v1+json', 'WWW-Authenticate': 'Basic realm="tideline-test"' });
      res.end(JSON.stringify({ error_code: 401, message: 'Unauthorized' }));
      return;
    }
    const headers = { ...req.headers, host: upstream.host };
    delete headers.authorization;
    const forward = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error_code: 502, message: `upstream: ${err.message}` }));
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = new URL(upstreamUrl);
  url.host = `127.0.0.1:${port}`;
  return {
    url: url.toString().replace(/\/$/, ''),
    refused: () => refused,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
