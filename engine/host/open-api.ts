/** Opens the engine API over a state directory (pools, statements, usage, audit, tokens, catalogs, results). */
import { AuditLog } from '../audit/audit-log';
import { TokenStore } from '../auth/token-store';
import { PoolService } from '../pools/pool-service';
import { EngineApi } from './api';
import { HostConnections } from './host-connections';
import { Notifier } from './notifications';
import { openHostEngine } from './runner-binding';

/**
 * The host's one CatalogManager is opened here (engine/catalog/setup.ts, via openHostEngine):
 * statements run against it and the Kafka connections' catalogs are registered into it.
 */
export async function openEngineApi(stateDir: string, shared: boolean, log?: (message: string) => void): Promise<EngineApi> {
  const engine = await openHostEngine(stateDir, log);
  const service = await PoolService.open(stateDir, engine.runner);
  const api = new EngineApi(service, new AuditLog(stateDir), shared ? new TokenStore(stateDir) : undefined);
  api.engine = engine;
  api.notifier = new Notifier(api);
  const connections = (api.connections = HostConnections.open(stateDir, engine.catalogs.manager));
  engine.runner.knownClusters = () => connections.list();
  return api;
}

/** Stops running statements (they come back STOPPED on the next start) and writes their results. */
export async function closeEngineApi(api: EngineApi): Promise<void> {
  api.notifier?.close();
  await api.engine?.runner.stopAll();
  await api.engine?.results.close();
  await api.service.close();
}
