/**
 * The engine API answers the views read (docs/engine-api.md), as the extension sees them on the
 * wire. Pool and usage shapes come from engine/pools; the statement view adds what the host
 * reports beyond the stored record (context, CFU, times, live metrics with hints).
 */
import type { UsageReport } from '../../engine/pools/metering';
import type { Pool } from '../../engine/pools/pool';

export type { UsageReport };

export interface PoolView extends Pool {
  readonly cfuInUse: number;
  /** Statements waiting for a slot. */
  readonly pending: number;
}

export type StatementPhase = 'PENDING' | 'RUNNING' | 'DEGRADED' | 'COMPLETED' | 'STOPPING' | 'STOPPED' | 'FAILED';

export interface OperatorMetrics {
  readonly id: string;
  readonly name: string;
  readonly recordsIn: number;
  readonly recordsOut: number;
  /** Epoch milliseconds. */
  readonly watermark?: number | null;
  /** Bytes (approximate) or entries, as the host reports. */
  readonly stateSize?: number | null;
  readonly lateDropped: number;
  readonly errors: number;
}

export interface StatementMetrics {
  readonly rows: number;
  readonly ratePerSecond: number;
  readonly lateRows: number;
  readonly watermark?: number | null;
  readonly operators: readonly OperatorMetrics[];
  /** Plain-words reasons a statement produces nothing. */
  readonly hints?: readonly string[];
}

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
}

export type CatalogNodeKind = 'catalog' | 'database' | 'table' | 'view' | 'column';

export interface CatalogNode {
  readonly name: string;
  readonly kind: CatalogNodeKind;
  readonly type?: string;
  readonly detail?: string;
  /** Why this part of the catalog cannot be read right now. */
  readonly unavailable?: string;
}

export const ACTIVE_PHASES: ReadonlySet<StatementPhase> = new Set(['PENDING', 'RUNNING', 'DEGRADED', 'STOPPING']);

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
