/** Opens the engine API over a state directory (pools, statements, usage, audit, tokens). */
import { AuditLog } from '../audit/audit-log';
import { TokenStore } from '../auth/token-store';
import { PoolService } from '../pools/pool-service';
import type { StatementRunner } from '../pools/runner';
import { EngineApi } from './api';

export async function openEngineApi(stateDir: string, runner: StatementRunner, shared: boolean): Promise<EngineApi> {
  const service = await PoolService.open(stateDir, runner);
  return new EngineApi(service, new AuditLog(stateDir), shared ? new TokenStore(stateDir) : undefined);
}
