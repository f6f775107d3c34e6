/**
 * The wire between the extension (client/plan-panel.ts) and the plan webview. Plain JSON.
 *
 * Host -> view: `plan` the EXPLAIN of a statement (`statements/explain`: text and a graph of
 * operators); `metrics` live figures of the running statement (`statements/get`), operator ids
 * matching node ids; `error` when the plan could not be had. View -> host: `ready`.
 */
import type { ExplainGraph, GraphEdge, GraphNode } from '../../../engine/job/explain-graph';
import type { OperatorMetricsView } from '../../../engine/job/statement-metrics';

/** The graph of `statements/explain` (engine/job/explain-graph.ts); node ids match the operator ids of statement metrics. */
export type { ExplainGraph as PlanGraph, GraphEdge as PlanEdge, GraphNode as PlanNode };

/** One operator's figures from a running statement's metrics (engine/job/statement-metrics.ts). */
export type OperatorFigures = OperatorMetricsView;

export interface PlanMessage {
  readonly type: 'plan';
  /** Shown as the heading: a statement name or the first line of the SQL. */
  readonly title: string;
  readonly text: string;
  readonly graph: ExplainGraph;
  /** The plan is of a submitted statement: metrics will follow. */
  readonly statement?: string;
}

export interface MetricsMessage {
  readonly type: 'metrics';
  readonly statement: string;
  readonly phase: string;
  readonly rows?: number;
  readonly ratePerSecond?: number;
  /** Subtasks the statement runs now, and the sources' lag (records not read yet) when known. */
  readonly parallelism?: number;
  readonly backlog?: number;
  /** The autoscaler's last decision (statements/get `scaling`). */
  readonly scaling?: { readonly parallelism: number; readonly reason: string; readonly at: number };
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
