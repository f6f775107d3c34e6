/**
 * The StatementRunner the engine host runs statements with, and what it is bound to: the
 * catalogs (one CatalogManager, opened with engine/catalog/setup.ts; connections/* registers
 * its providers into it) and the retained results (engine/results/retained-results.ts).
 */
import { openCatalogs, type CatalogSetup } from '../catalog/setup';
import { EngineStatementRunner } from '../job/statement-runner';
import { ResultStore } from '../results/retained-results';

export interface HostEngine {
  readonly catalogs: CatalogSetup;
  readonly results: ResultStore;
  readonly runner: EngineStatementRunner;
}

export async function openHostEngine(stateDir: string, log: (message: string) => void = () => undefined): Promise<HostEngine> {
  const catalogs = await openCatalogs({ stateDir });
  const { store: results, skipped } = ResultStore.open(stateDir);
  for (const s of skipped) log(`retained results skipped (unreadable): ${s}`);
  const runner = new EngineStatementRunner({ catalog: catalogs.manager, stateDir, results, log });
  return { catalogs, results, runner };
}
