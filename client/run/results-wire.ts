/**
 * The engine API's results messages (docs/engine-api.md) as the extension receives them:
 * the answer to `results/subscribe` and the `results/batch` / `results/status` notifications.
 * Row values are exactly the JSON of client/webview/results/protocol.ts, so they go to the
 * results panel unchanged.
 */
import type { ColumnSchema, KindCounts } from '../webview/results/protocol';
import type { StatementPhase } from '../views/engine-types';

export interface ResultsSubscription {
  readonly name: string;
  readonly schema: readonly ColumnSchema[];
  readonly upsertKey: readonly number[] | null;
  readonly startedAt: number;
  readonly phase: StatementPhase;
  readonly message?: string;
  readonly endedAt?: number;
  readonly counts: KindCounts;
  readonly lateRows: number;
  /** The materialized table so far. */
  readonly tableRows: readonly (readonly unknown[])[];
  readonly history: { readonly kinds: readonly number[]; readonly rows: readonly (readonly unknown[])[] };
}

export interface ResultsBatch {
  readonly name: string;
  readonly kinds: readonly number[];
  readonly rows: readonly (readonly unknown[])[];
  readonly lateRows: number;
}

export interface ResultsStatus {
  readonly name: string;
  readonly phase: StatementPhase;
  readonly message?: string;
  readonly endedAt?: number;
}

/** A refusal of `statements/submit`: where in the submitted SQL the analysis failed (0-based, relative to it). */
export interface SubmitDiagnostic {
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
  readonly message: string;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
}
