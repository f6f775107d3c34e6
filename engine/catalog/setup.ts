/**
 * The standard catalog set-up shared by the engine host, the language server and the CLI:
 * built-in examples, the local store under the state directory, any further providers
 * (configured Kafka connections), and workspace declarations last (so created objects hide declarations).
 */
import { CatalogManager } from './manager';
import type { CatalogProvider } from './provider';
import { createExamplesProvider } from './providers/examples';
import { LocalCatalogProvider } from './providers/local';
import type { MemoryCatalogProvider } from './providers/memory';
import { WorkspaceCatalogProvider } from './providers/workspace';
import { KafkaConnectionCatalogs, type ConnectionCatalogOptions } from './providers/kafka-connections';
import type { ConnectionSpec } from '../kafka/connections';

export interface CatalogSetupOptions {
  /** Where the local store keeps its catalogs (`<stateDir>/catalog/...`). */
  readonly stateDir: string;
  /** Providers consulted after examples and local, before workspace declarations (Kafka). */
  readonly providers?: readonly CatalogProvider[];
  /** Whether to track workspace declarations (the language server does; the CLI need not). */
  readonly workspace?: boolean;
  /** Configured Kafka connections: each a database of catalog `<environment>` (kafka-connections.ts). */
  readonly connections?: readonly ConnectionSpec[];
  /** How those catalogs refresh and time out. */
  readonly connectionOptions?: ConnectionCatalogOptions;
}

export interface CatalogSetup {
  readonly manager: CatalogManager;
  readonly examples: MemoryCatalogProvider;
  readonly local: LocalCatalogProvider;
  readonly workspace?: WorkspaceCatalogProvider;
  /** The Kafka connections' catalogs; `set` replaces them live. */
  readonly kafka: KafkaConnectionCatalogs;
}

export async function openCatalogs(options: CatalogSetupOptions): Promise<CatalogSetup> {
  const manager = new CatalogManager();
  const examples = createExamplesProvider();
  const local = await LocalCatalogProvider.open(options.stateDir);
  manager.register(examples);
  manager.register(local);
  for (const p of options.providers ?? []) manager.register(p);
  const kafka = new KafkaConnectionCatalogs(manager, options.connectionOptions);
  kafka.set(options.connections ?? []);
  if (options.workspace) {
    const workspace = new WorkspaceCatalogProvider();
    manager.register(workspace);
    return { manager, examples, local, workspace, kafka };
  }
  return { manager, examples, local, kafka };
}
