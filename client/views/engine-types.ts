/**
 * The engine API answers the views read (docs/engine-api.md), as the extension sees them on the
 * wire. Pool, usage, metrics and catalog-tree shapes are the engine's own types; the statement
 * view is engine/host/methods/statement-view.ts with the fields older hosts may leave out optional.
 */
import type { TreeNode } from '../../engine/host/methods/catalog';
import type { StatementMetrics } from '../../engine/job/statement-metrics';
import type { UsageReport } from '../../engine/pools/metering';
import type { Pool } from '../../engine/pools/pool';
import type { ScaleDecisionRecord } from '../../engine/pools/pool-service';

export type { StatementMetrics, UsageReport };

/** The autoscaler's last decision about a running statement: `{ parallelism, reason, at }`. */
export type ScalingDecision = ScaleDecisionRecord;

export interface PoolView extends Pool {
  readonly cfuInUse: number;
  /** Statements waiting for a slot. */
  readonly pending: number;
  /** Worker threads the pool's running statements hold now (their keyed subtasks). */
  readonly workerThreads?: number;
  /** The host's worker threads alive now, shared by all embedded pools. */
  readonly workerThreadsAlive?: number;
}

export type StatementPhase = 'PENDING' | 'RUNNING' | 'DEGRADED' | 'COMPLETED' | 'STOPPING' | 'STOPPED' | 'FAILED';

export interface StatementContext {
  readonly catalog?: string;
  readonly database?: string;
  readonly file?: string;
  /** Line of the statement in `file`, 1-based as people count (and as the CLI prints). */
  readonly line?: number;
}

export interface StatementView {
  readonly name: string;
  readonly pool: string;
  readonly principal: string;
  readonly sql: string;
  readonly createdAt: number;
  readonly phase: StatementPhase;
  readonly reason?: string;
  readonly history?: readonly { readonly phase: StatementPhase; readonly at: number; readonly reason?: string }[];
  readonly kind?: string;
  readonly context?: StatementContext;
  readonly cfu?: number;
  readonly startedAt?: number;
  readonly endedAt?: number;
  readonly metrics?: StatementMetrics;
  readonly scaling?: ScalingDecision;
}

export type CatalogNode = TreeNode;

export const ACTIVE_PHASES: ReadonlySet<StatementPhase> = new Set(['PENDING', 'RUNNING', 'DEGRADED', 'STOPPING']);

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
