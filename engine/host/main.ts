/**
 * The engine host process: the engine API (docs/engine-api.md) as JSON-RPC (vscode-jsonrpc)
 * over stdio. The extension starts it as a child process and acts as the local OS user with
 * every role; `tideline serve` offers the same API on a local socket with tokens. stdout
 * carries only protocol messages; logs go to stderr (the extension shows them in an output
 * channel). Nothing a client sends is fatal: errors are answered, uncaught ones logged.
 */
import { StreamMessageWriter } from 'vscode-jsonrpc/node';
import { localPrincipal } from '../auth/roles';
import { TIDELINE_VERSION } from '../version';
import { openConnection, openUnavailableConnection } from './connection';
import { housekeepingSettings, startHousekeeping } from './housekeeping';
import { metricsPortArg, serveMetrics } from './metrics-endpoint';
import { closeEngineApi, openEngineApi } from './open-api';
import { hostStateDir } from './state-dir';

function log(message: string): void {
  process.stderr.write(`[engine-host ${new Date().toISOString()}] ${message}\n`);
}

process.on('uncaughtException', (err) => log(`uncaught exception (host keeps running): ${err.stack ?? err}`));
process.on('unhandledRejection', (err) => log(`unhandled rejection (host keeps running): ${String(err)}`));

async function main(): Promise<void> {
  const stateDir = hostStateDir(process.argv.slice(2));
  const metricsPort = metricsPortArg(process.argv.slice(2));
  let api;
  try {
    api = await openEngineApi(stateDir, false, log);
  } catch (e) {
    // Still answer engine/ping (the extension shows the host as up) and refuse the rest with the reason.
    const reason = `the engine host could not open its state directory ${stateDir}: ${e instanceof Error ? e.message : String(e)}`;
    log(reason);
    const connection = openUnavailableConnection(process.stdin, new StreamMessageWriter(process.stdout), reason, log);
    connection.onClose(() => process.exit(0));
    connection.listen();
    return;
  }
  const connection = openConnection(process.stdin, new StreamMessageWriter(process.stdout), api, { principal: localPrincipal() }, log);
  const stopHousekeeping = startHousekeeping(api.service, housekeepingSettings(process.env, log), log);
  connection.onClose(() => {
    log('connection closed; exiting');
    stopHousekeeping();
    void closeEngineApi(api)
      .catch((e: unknown) => log(`closing: ${String(e)}`))
      .finally(() => process.exit(0));
  });
  connection.listen();
  if (metricsPort !== undefined) {
    const server = await serveMetrics(api, metricsPort, log);
    const at = server.address();
    log(`Prometheus metrics on http://127.0.0.1:${typeof at === 'object' && at ? at.port : metricsPort}/metrics`);
  }
  log(`engine host ${TIDELINE_VERSION} ready (pid ${process.pid}, state ${stateDir})`);
  setTimeout(() => api.engine?.runner.warmUp(), 0);
}

main().catch((err) => {
  log(`could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(2);
});
