/**
 * The StatementRunner the engine host runs statements with, and what it is bound to: the
 * catalogs (one CatalogManager, opened with engine/catalog/setup.ts; connections/* registers
 * its providers into it) and the retained results (engine/results/retained-results.ts).
 */
import { openCatalogs, type CatalogSetup } from '../catalog/setup';
import { EngineStatementRunner } from '../job/statement-runner';
import { ResultStore } from '../results/retained-results';
import { WorkerPool } from '../pools/worker-pool';
import { subtaskWorkerScript } from '../runtime/parallel/worker-script';

/** Worker threads of the embedded pools: at most this many, each stopped after this long idle (scale to zero). */
const EMBEDDED_MAX_WORKERS = 64;
const EMBEDDED_WORKER_IDLE_MS = 30_000;

export interface HostEngine {
  readonly catalogs: CatalogSetup;
  readonly results: ResultStore;
  readonly runner: EngineStatementRunner;
  /** Where keyed subtasks of statements at parallelism > 1 run (absent when the worker bundle is not next to the host's). */
  readonly workers: WorkerPool | undefined;
}

export async function openHostEngine(stateDir: string, log: (message: string) => void = () => undefined): Promise<HostEngine> {
  const catalogs = await openCatalogs({ stateDir });
  const { store: results, skipped } = ResultStore.open(stateDir);
  for (const s of skipped) log(`retained results skipped (unreadable): ${s}`);
  const script = subtaskWorkerScript();
  const workers = script !== undefined ? new WorkerPool({ script, maxWorkers: EMBEDDED_MAX_WORKERS, idleMs: EMBEDDED_WORKER_IDLE_MS }) : undefined;
  const runner = new EngineStatementRunner({ catalog: catalogs.manager, stateDir, results, log, ...(workers !== undefined ? { workers } : {}) });
  return { catalogs, results, runner, workers };
}
