/**
 * The engine API's results and refusal messages (docs/engine-api.md) as the extension receives
 * them, by the engine's own definitions: the answer to `results/subscribe`, the `results/batch`
 * and `results/status` notifications (engine/results/retained-results.ts) and the diagnostics
 * of a refused `statements/submit` (engine/job/prepare-statement.ts). Row values are exactly
 * the JSON of client/webview/results/protocol.ts, so they go to the results panel unchanged.
 */
export type {
  ResultSnapshot as ResultsSubscription,
  ResultBatchEvent as ResultsBatch,
  ResultStatusEvent as ResultsStatus,
} from '../../engine/results/retained-results';
export type { WireDiagnostic as SubmitDiagnostic } from '../../engine/job/prepare-statement';
