/**
 * `tideline serve --listen 127.0.0.1:PORT`: the engine host's API on a local socket, shared
 * by several clients, each authenticating with an API token (`tideline token create`).
 */
import type { AddressInfo } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { housekeepingSettings, startHousekeeping } from '../../host/housekeeping';
import { metricsPortArg, serveMetrics } from '../../host/metrics-endpoint';
import { closeEngineApi, openEngineApi } from '../../host/open-api';
import { parseListen, serveSocket } from '../../host/socket-server';
import { hostStateDir } from '../../host/state-dir';
import { optionString, UsageError } from '../args';
import { EXIT_OK, type Command } from '../command';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'share one engine host over a local socket (clients authenticate with API tokens)',
  usage: 'tideline serve --listen 127.0.0.1:PORT [--state-dir DIR] [--metrics-port PORT]',
  options: [
    { name: 'listen', value: 'HOST:PORT', description: 'loopback address to listen on (port 0 picks a free one)' },
    { name: 'state-dir', value: 'DIR', description: 'pools, statements, usage, audit and tokens (default $TIDELINE_STATE_DIR or ~/.tideline)' },
    { name: 'metrics-port', value: 'PORT', description: 'also serve Prometheus metrics on http://127.0.0.1:PORT/metrics (0 picks a free port)' },
  ],
  async run(args, io) {
    const listen = optionString(args, 'listen');
    if (!listen) throw new UsageError('name the address to listen on: --listen 127.0.0.1:PORT');
    let at;
    try {
      at = parseListen(listen);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (args.positionals.length) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
    const metricsOption = optionString(args, 'metrics-port');
    let metricsPort: number | undefined;
    try {
      metricsPort = metricsOption === undefined ? undefined : metricsPortArg(['--metrics-port', metricsOption]);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const stateDir = hostStateDir(stateDirArgs(optionString(args, 'state-dir'), io.cwd));
    const log = (m: string) => io.err(`[tideline serve ${new Date().toISOString()}] ${m}\n`);
    process.on('uncaughtException', (err) => log(`uncaught exception (server keeps running): ${err.stack ?? err}`));
    process.on('unhandledRejection', (err) => log(`unhandled rejection (server keeps running): ${String(err)}`));
    const api = await openEngineApi(stateDir, true, log);
    const server = await serveSocket(api, at, log);
    const stopHousekeeping = startHousekeeping(api.service, housekeepingSettings(process.env, log), log);
    const addr = server.address() as AddressInfo;
    io.out(`listening on ${addr.address}:${addr.port} (state ${stateDir})\n`);
    setTimeout(() => api.engine?.runner.warmUp(), 0);
    const metrics = metricsPort === undefined ? undefined : await serveMetrics(api, metricsPort, log);
    if (metrics) io.out(`Prometheus metrics on http://127.0.0.1:${(metrics.address() as AddressInfo).port}/metrics\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        metrics?.close();
        server.close(() => resolve());
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    stopHousekeeping();
    await closeEngineApi(api);
    return EXIT_OK;
  },
};

/** The state directory as `hostStateDir` reads it, relative to the CLI's cwd. */
export function stateDirArgs(dir: string | undefined, cwd: string): string[] {
  return dir === undefined ? [] : ['--state-dir', resolvePath(cwd, dir)];
}
