/**
 * Kafka connections in the language server: the extension sends them (secrets included, from
 * VS Code's SecretStorage) with the `tideline/connections` notification at start and on every
 * change; they become catalogs of the server's catalog, read in the background. Completion and
 * diagnostics only read the cached snapshot, so a slow or unreachable cluster never blocks
 * them: its tables show as loading or unavailable with the reason. When what the catalog knows
 * changes, open documents are checked again. Invalid entries are logged without their values.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { CatalogManager } from '../engine/catalog/manager';
import { KafkaConnectionCatalogs } from '../engine/catalog/providers/kafka-connections';
import { parseConnectionSpec, type ConnectionSpec } from '../engine/kafka/connections';

export const CONNECTIONS_NOTIFICATION = 'tideline/connections';

export interface ConnectionsParams {
  readonly connections: readonly unknown[];
}

export function serveConnections(connection: Connection, catalog: CatalogManager, revalidate: () => void, log: (m: string) => void): KafkaConnectionCatalogs {
  const kafka = new KafkaConnectionCatalogs(catalog);
  let timer: NodeJS.Timeout | undefined;
  // Many small changes (one per described topic) become one re-check.
  catalog.onDidChange(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      revalidate();
    }, 300);
  });
  connection.onNotification(CONNECTIONS_NOTIFICATION, (params: ConnectionsParams) => {
    const specs: ConnectionSpec[] = [];
    const list = Array.isArray(params?.connections) ? params.connections : [];
    list.forEach((c, i) => {
      try {
        specs.push(parseConnectionSpec(c, `${CONNECTIONS_NOTIFICATION}: connections[${i}]`));
      } catch (e) {
        log(e instanceof Error ? e.message : String(e));
      }
    });
    kafka.set(specs);
    log(`Kafka connections: ${specs.map((s) => `${s.environment}.${s.name}`).join(', ') || 'none'}`);
  });
  return kafka;
}
