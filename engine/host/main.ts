/**
 * The engine host process: JSON-RPC (vscode-jsonrpc) over stdio. The extension starts it as
 * a child process; `tideline serve` will start the same API on a local socket. stdout carries
 * only protocol messages; logs go to stderr (the extension shows them in an output channel).
 */
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TIDELINE_VERSION } from '../version';

const startedAt = Date.now();
const connection = createMessageConnection(
  new StreamMessageReader(process.stdin),
  new StreamMessageWriter(process.stdout),
);

function log(message: string): void {
  process.stderr.write(`[engine-host ${new Date().toISOString()}] ${message}\n`);
}

connection.onRequest('engine/ping', () => ({
  pong: true,
  version: TIDELINE_VERSION,
  pid: process.pid,
  uptimeMs: Date.now() - startedAt,
}));

connection.onClose(() => {
  log('connection closed; exiting');
  process.exit(0);
});
process.on('uncaughtException', (err) => log(`uncaught exception (host keeps running): ${err.stack ?? err}`));
process.on('unhandledRejection', (err) => log(`unhandled rejection (host keeps running): ${String(err)}`));

connection.listen();
log(`engine host ${TIDELINE_VERSION} ready (pid ${process.pid})`);
