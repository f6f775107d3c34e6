/**
 * Binds one JSON-RPC connection (stdio or a socket) to the engine API: every request goes
 * through EngineApi.handle; every failure becomes a JSON-RPC error with a clear message and
 * never escapes (a malformed message cannot take the host down).
 */
import type { Readable } from 'node:stream';
import { createMessageConnection, ResponseError, type MessageConnection, type MessageWriter } from 'vscode-jsonrpc/node';
import { ApiError, ErrorCodes, type EngineApi, type Session } from './api';
import { FramedMessageReader } from './framed-reader';
import { TIDELINE_VERSION } from '../version';

/** JSON-RPC's code for a message that is not valid JSON or not a request object. */
const PARSE_ERROR = -32700;

/** A connection for a host that could not open its state: engine/ping answers, every other method is refused with `reason`. */
export function openUnavailableConnection(input: Readable, writer: MessageWriter, reason: string, log: (m: string) => void): MessageConnection {
  const reader = new FramedMessageReader(input, (why) => log(`bad message: ${why}`));
  const connection = createMessageConnection(reader, writer);
  const startedAt = Date.now();
  connection.onRequest((method: string) =>
    method === 'engine/ping'
      ? { pong: true, version: TIDELINE_VERSION, pid: process.pid, uptimeMs: Date.now() - startedAt, unavailable: reason }
      : new ResponseError(ErrorCodes.Refused, reason),
  );
  connection.onNotification(() => undefined);
  connection.onError(([err]) => log(`protocol error (message skipped): ${err?.message ?? String(err)}`));
  return connection;
}

/** A connection over a byte stream (stdin, a socket) whose bad messages are answered, never fatal. */
export function openConnection(input: Readable, writer: MessageWriter, api: EngineApi, session: Session, log: (m: string) => void): MessageConnection {
  const reader = new FramedMessageReader(input, (reason) => {
    log(`bad message: ${reason}`);
    void writer.write({ jsonrpc: '2.0', id: null, error: { code: PARSE_ERROR, message: reason } } as never).catch(() => undefined);
  });
  const connection = createMessageConnection(reader, writer);
  bindConnection(connection, api, session, log);
  return connection;
}

export function bindConnection(connection: MessageConnection, api: EngineApi, session: Session, log: (m: string) => void): void {
  // Notifications (statements/changed, results/batch, results/status) go out on this connection.
  session.notify = (method, params) => void connection.sendNotification(method, params).catch(() => undefined);
  const detach = api.notifier?.attach(session);
  if (detach) connection.onClose(detach);
  connection.onRequest(async (method: string, params: unknown) => {
    try {
      return await api.handle(method, params, session);
    } catch (e) {
      if (e instanceof ApiError) return new ResponseError(e.code, e.message, e.data);
      log(`internal error in ${method.slice(0, 80)}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return new ResponseError(ErrorCodes.Internal, `internal error: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  connection.onNotification(() => undefined); // notifications are not part of the API; ignored
  connection.onError(([err]) => log(`protocol error (message skipped): ${err?.message ?? String(err)}`));
}
