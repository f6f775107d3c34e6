/**
 * The wire between the extension (client/results-panel.ts, fed by the engine host's results
 * channel) and the results panel webview. Every message is plain JSON: it crosses
 * `webview.postMessage`, is kept in `setState`, and is what the engine host sends.
 *
 * Host -> panel, in order for one statement:
 *   1. `open`      schema (name + Flink summary type string, e.g. `TIMESTAMP(3) *ROWTIME*`) and
 *                  the upsert key (column indexes) or null; resets the panel.
 *   2. `batch`*    coalesced changelog: `kinds[i]` is the RowKind of `rows[i]`
 *                  (0 = +I, 1 = -U, 2 = +U, 3 = -D, as engine/runtime/changelog.ts).
 *   3. `counters`* numbers only the engine knows (late rows dropped by windows/OVER/joins, the
 *                  sources' lag while it is known).
 *   4. `status`*   phase changes; `FINISHED`/`FAILED`/`STOPPED` end the stream.
 * `restore` hands back a snapshot the panel posted earlier (reopen / window reload).
 *
 * Row values follow engine/types/values.ts as JSON: numbers, strings, booleans, null, arrays
 * (ARRAY and ROW); TIMESTAMP/TIMESTAMP_LTZ are epoch milliseconds, DATE is days since the
 * epoch, TIME is milliseconds of the day; BYTES travel as base64 strings; MAP and MULTISET
 * as arrays of [key, value] pairs. The panel formats them by the column's type string.
 *
 * Panel -> host: `ready` once listening; `copy` text for the clipboard; `export` a file's
 * content for a save dialog; `snapshot` the state to keep for a later `restore`; `paused`
 * so the host may tell the engine (the panel buffers batches itself meanwhile).
 */

export interface ColumnSchema {
  readonly name: string;
  /** Flink's summary type string (engine/types/print.ts `printType`). */
  readonly type: string;
}

/** RowKind numbers, the same as engine/runtime/changelog.ts. */
export const KIND_INSERT = 0;
export const KIND_UPDATE_BEFORE = 1;
export const KIND_UPDATE_AFTER = 2;
export const KIND_DELETE = 3;
export const KIND_SYMBOLS = ['+I', '-U', '+U', '-D'] as const;

export interface ChangeBatch {
  readonly kinds: readonly number[];
  readonly rows: readonly (readonly unknown[])[];
}

export type Phase = 'PENDING' | 'RUNNING' | 'FINISHED' | 'FAILED' | 'STOPPED';

export interface OpenMessage {
  readonly type: 'open';
  readonly statementId: string;
  /** Shown as the panel title, e.g. the statement's first line. */
  readonly title: string;
  readonly schema: readonly ColumnSchema[];
  /** Column indexes of the upsert key, or null: rows are then matched as whole rows. */
  readonly upsertKey: readonly number[] | null;
  /** Epoch milliseconds; the elapsed-time counter runs from here. */
  readonly startedAt: number;
}

export interface BatchMessage {
  readonly type: 'batch';
  readonly statementId: string;
  readonly batch: ChangeBatch;
}

export interface CountersMessage {
  readonly type: 'counters';
  readonly statementId: string;
  /** Rows dropped as late so far (cumulative). */
  readonly lateRows: number;
  /** Records the sources have not read yet (Kafka: consumer lag), when the engine can tell; shown as `lag N`. */
  readonly backlog?: number;
}

export interface StatusMessage {
  readonly type: 'status';
  readonly statementId: string;
  readonly phase: Phase;
  /** Plain-words detail, e.g. the error of a FAILED statement. */
  readonly message?: string;
  /** Epoch milliseconds when the stream ended (stops the elapsed-time counter). */
  readonly endedAt?: number;
}

export interface RestoreMessage {
  readonly type: 'restore';
  readonly snapshot: PanelSnapshot;
}

export type HostToPanel = OpenMessage | BatchMessage | CountersMessage | StatusMessage | RestoreMessage;

export type ExportFormat = 'csv' | 'json';

export type PanelToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'copy'; readonly text: string }
  | { readonly type: 'export'; readonly format: ExportFormat; readonly fileName: string; readonly content: string }
  | { readonly type: 'snapshot'; readonly snapshot: PanelSnapshot }
  | { readonly type: 'paused'; readonly paused: boolean };

export type ViewMode = 'table' | 'changelog' | 'chart';

export interface KindCounts {
  readonly inserts: number;
  readonly updatesBefore: number;
  readonly updatesAfter: number;
  readonly deletes: number;
}

/** Everything needed to show the panel again: the stream so far (bounded) and the UI choices. */
export interface PanelSnapshot {
  readonly version: 1;
  readonly open: OpenMessage | null;
  readonly phase: Phase;
  readonly message: string;
  readonly endedAt: number | null;
  readonly lateRows: number;
  readonly counts: KindCounts;
  /** The materialized table (table mode), in display order, possibly truncated. */
  readonly tableRows: readonly (readonly unknown[])[];
  /** The tail of the changelog history. */
  readonly history: ChangeBatch;
  readonly ui: UiState;
}

export interface UiState {
  readonly mode: ViewMode;
  readonly sort: { readonly column: number; readonly dir: 'asc' | 'desc' } | null;
  /** Per-column filter text by column index (changelog mode's op column is index -1). */
  readonly filters: Readonly<Record<string, string>>;
  readonly search: string;
  readonly hidden: readonly number[];
  readonly chart: ChartSettings;
}

export interface ChartSettings {
  readonly kind: 'line' | 'bar';
  /** Column names; '' picks the default (window_start / first time column, first key-like column, first numeric column). */
  readonly time: string;
  readonly series: string;
  readonly value: string;
}

export function isHostToPanel(m: unknown): m is HostToPanel {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  return t === 'open' || t === 'batch' || t === 'counters' || t === 'status' || t === 'restore';
}
