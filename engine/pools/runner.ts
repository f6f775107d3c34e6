/**
 * What pools need from the job layer to run a statement. engine/job implements it (statement
 * -> plan -> dataflow graph -> Executor); pools only decide where, when and how wide.
 */

/** What the client sends with a statement: where it comes from and what is in effect there. */
export interface StatementContext {
  readonly catalog?: string;
  readonly database?: string;
  readonly file?: string;
  /** 1-based line of the statement's first character in `file`. */
  readonly line?: number;
  /** SET values in effect. */
  readonly settings?: Readonly<Record<string, string>>;
}

export type StatementKind = 'query' | 'insert' | 'ddl' | 'other';

export interface StatementDescription {
  /** What the statement does (statement views show it). */
  readonly kind?: StatementKind;
  /** Clusters the statement reads or writes (the in-region rule checks them). */
  readonly clusters: readonly string[];
  /** Source splits (partitions, files…): the autoscaler's upper bound on parallelism. */
  readonly splits: number;
}

export interface RunSpec {
  readonly name: string;
  readonly sql: string;
  readonly pool: string;
  readonly principal: string;
  readonly context?: StatementContext;
  /** Subtasks to run with (the slots granted). */
  readonly parallelism: number;
  /**
   * The statement's checkpoint folder (`<state>/checkpoints/<statement>`): INSERTs checkpoint
   * there and resume from the latest checkpoint in it (after a host restart, or when a
   * stopped statement is resumed).
   */
  readonly checkpointDir?: string;
}

/** How a running statement reports back; each may be called at most once per phase change. */
export interface RunCallbacks {
  /** A bounded statement finished. */
  completed(): void;
  failed(reason: string): void;
  /** Running but skipping bad records or with a stalled watermark. */
  degraded(reason: string): void;
  /** Healthy again after `degraded`. */
  recovered(): void;
}

/** What a running statement measured since it started (the autoscaler's input). */
export interface RunLoad {
  /** Records per second arriving at the sources (read plus the growth of the backlog). */
  readonly inputRate: number;
  /** Records waiting at the sources (Kafka lag, a local topic's unread records). */
  readonly backlog: number;
  /** Records per second one subtask processes while busy. */
  readonly throughputPerSlot: number;
  /** The splits its sources read (partitions, files…), when known: replaces the described count. */
  readonly splits?: number;
  /** Milliseconds since a record last arrived or was processed. */
  readonly idleForMs: number;
}

export interface RunHandle {
  /** Stops the statement (a final checkpoint where it has state); resolves once stopped. */
  stop(): Promise<void>;
  /** Measured load; without it the statement keeps its parallelism. */
  load?(): RunLoad | undefined;
  /** Checkpoints and restores the statement at a new parallelism (state by key groups). */
  rescale?(parallelism: number): Promise<void>;
}

export interface StatementRunner {
  /** Analyzes the statement without running it; rejects with a user-facing message when it cannot run. */
  describe(sql: string, context?: StatementContext): Promise<StatementDescription>;
  start(spec: RunSpec, callbacks: RunCallbacks): RunHandle;
}
