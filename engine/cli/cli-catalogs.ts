/**
 * The catalogs of `tideline run|check|explain`: the Kafka connections of the credentials file
 * (connections-file.ts) on top of the usual providers (run/explain: examples and the local
 * store under the state directory; check: the analyzer's default catalog), refreshed once
 * before the statements are checked or run. An unreachable cluster is reported on stderr and
 * its tables resolve as unavailable with the reason; it never stops the command.
 */
import { defaultCatalog } from '../analyzer';
import type { CatalogManager } from '../catalog/manager';
import { KafkaConnectionCatalogs } from '../catalog/providers/kafka-connections';
import { openCatalogs } from '../catalog/setup';
import { ConnectionConfigError, type ConnectionSpec } from '../kafka/connections';
import { loadConnectionsFile } from '../kafka/connections-file';
import { UsageError } from './args';
import type { CliIo } from './command';

/** Per request to a cluster or registry while the CLI reads the catalog. */
const CLI_CONNECTION_OPTIONS = { refreshIntervalMs: 0, timeoutMs: 10_000 } as const;

export interface CliCatalogs {
  readonly manager: CatalogManager;
  /** Disconnects from the clusters (the process can exit). */
  close(): void;
}

function load(env: NodeJS.ProcessEnv): { file: string; connections: ConnectionSpec[] } {
  try {
    return loadConnectionsFile(env);
  } catch (e) {
    if (e instanceof ConnectionConfigError) throw new UsageError(e.message);
    throw e;
  }
}

async function ready(kafka: KafkaConnectionCatalogs, loaded: { file: string; connections: readonly ConnectionSpec[] }, io: CliIo): Promise<void> {
  await kafka.refresh();
  for (const c of loaded.connections) {
    const status = kafka.status(c);
    if (status !== 'ok') io.err(`tideline: connection '${c.name}' (catalog ${c.environment}, from ${loaded.file}) is ${status}\n`);
  }
}

/** run / explain: examples, the local store of `stateDir`, the connections. */
export async function openCliCatalogs(stateDir: string, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<CliCatalogs> {
  const loaded = load(env);
  const { manager, kafka } = await openCatalogs({ stateDir, connections: loaded.connections, connectionOptions: CLI_CONNECTION_OPTIONS });
  await ready(kafka, loaded, io);
  return { manager, close: () => kafka.dispose() };
}

/** check: the analyzer's default catalog with the connections added (none: the default catalog as it is). */
export async function openCliCheckCatalog(io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<CliCatalogs> {
  const loaded = load(env);
  const manager = defaultCatalog();
  if (loaded.connections.length === 0) return { manager, close: () => undefined };
  const kafka = new KafkaConnectionCatalogs(manager, CLI_CONNECTION_OPTIONS);
  kafka.set(loaded.connections);
  await ready(kafka, loaded, io);
  return { manager, close: () => kafka.dispose() };
}
