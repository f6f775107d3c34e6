/** Opens the engine API over a state directory (pools, statements, usage, audit, tokens). */
import { AuditLog } from '../audit/audit-log';
import { TokenStore } from '../auth/token-store';
import { PoolService } from '../pools/pool-service';
import type { StatementRunner } from '../pools/runner';
import { CatalogManager } from '../catalog/manager';
import { EngineApi } from './api';
import { HostConnections } from './host-connections';

/** `catalog`: the host's CatalogManager, where the Kafka connections' catalogs are registered. */
export async function openEngineApi(stateDir: string, runner: StatementRunner, shared: boolean, catalog: CatalogManager = new CatalogManager()): Promise<EngineApi> {
  const service = await PoolService.open(stateDir, runner);
  const api = new EngineApi(service, new AuditLog(stateDir), shared ? new TokenStore(stateDir) : undefined);
  api.connections = HostConnections.open(stateDir, catalog);
  return api;
}
