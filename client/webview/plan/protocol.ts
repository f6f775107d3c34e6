/**
 * The wire between the extension (client/plan-panel.ts) and the plan webview. Plain JSON.
 *
 * Host -> view: `plan` the EXPLAIN of a statement (`statements/explain`: text and a graph of
 * operators); `metrics` live figures of the running statement (`statements/get`), operator ids
 * matching node ids; `error` when the plan could not be had. View -> host: `ready`.
 */

export interface PlanNode {
  readonly id: string;
  readonly name: string;
  /** The operator kind (e.g. `GroupAggregate`, `Join`, `Source`). */
  readonly kind: string;
  /** e.g. `insert-only`, `retract`, `upsert`. */
  readonly changelogMode: string;
  /** The upsert key (column names or indexes), when the output is keyed. */
  readonly upsertKey?: unknown;
  /** The watermark strategy or rowtime this node carries. */
  readonly watermark?: unknown;
  readonly detail?: string;
}

export interface PlanEdge {
  readonly from: string;
  readonly to: string;
  /** How rows travel: `forward`, `hash`, `broadcast`, `single`, ... */
  readonly exchange?: string;
  /** Hash keys of the exchange. */
  readonly keys?: unknown;
}

export interface PlanGraph {
  readonly nodes: readonly PlanNode[];
  readonly edges: readonly PlanEdge[];
}

export interface OperatorFigures {
  readonly id: string;
  readonly recordsIn: number;
  readonly recordsOut: number;
  /** Epoch milliseconds. */
  readonly watermark?: number | null;
  readonly stateSize?: number | null;
  readonly lateDropped?: number;
  readonly errors?: number;
}

export interface PlanMessage {
  readonly type: 'plan';
  /** Shown as the heading: a statement name or the first line of the SQL. */
  readonly title: string;
  readonly text: string;
  readonly graph: PlanGraph;
  /** The plan is of a submitted statement: metrics will follow. */
  readonly statement?: string;
}

export interface MetricsMessage {
  readonly type: 'metrics';
  readonly statement: string;
  readonly phase: string;
  readonly rows?: number;
  readonly ratePerSecond?: number;
  readonly operators: readonly OperatorFigures[];
  /** Plain-words reasons the statement produces nothing. */
  readonly hints: readonly string[];
}

export interface ErrorMessage {
  readonly type: 'error';
  readonly title: string;
  readonly message: string;
}

export type HostToPlan = PlanMessage | MetricsMessage | ErrorMessage;

export type PlanToHost = { readonly type: 'ready' };

/** What the view keeps across hide/show (VS Code's getState/setState). */
export interface PlanState {
  readonly version: 1;
  readonly plan: PlanMessage | ErrorMessage | null;
  readonly metrics: MetricsMessage | null;
}

export function isHostToPlan(m: unknown): m is HostToPlan {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  return t === 'plan' || t === 'metrics' || t === 'error';
}
