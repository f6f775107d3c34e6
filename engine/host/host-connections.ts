/**
 * The engine host's Kafka connections: the store (non-secret fields on disk, secrets in
 * memory) and their catalogs, registered live in the host's CatalogManager (catalog
 * `<environment>`, database `<name>`), so statements and the catalog views see a connection
 * as soon as it is set and stop seeing it when it is deleted.
 */
import type { CatalogManager } from '../catalog/manager';
import { KafkaConnectionCatalogs, type ConnectionCatalogOptions, type ConnectionStatus } from '../catalog/providers/kafka-connections';
import { ConnectionStore } from '../kafka/connection-store';
import { testConnection, type ConnectionTestResult } from '../kafka/connection-test';
import { summarize, type ConnectionSpec, type ConnectionSummary } from '../kafka/connections';

export class UnknownConnection extends Error {}

export class HostConnections {
  private readonly catalogs: KafkaConnectionCatalogs;

  private constructor(
    private readonly store: ConnectionStore,
    manager: CatalogManager,
    options: ConnectionCatalogOptions,
  ) {
    this.catalogs = new KafkaConnectionCatalogs(manager, options);
    this.catalogs.set(store.list());
  }

  static open(stateDir: string, manager: CatalogManager, options: ConnectionCatalogOptions = {}): HostConnections {
    return new HostConnections(ConnectionStore.open(stateDir), manager, options);
  }

  list(): (ConnectionSummary & { status: ConnectionStatus })[] {
    return this.store.list().map((c) => ({ ...summarize(c), status: this.catalogs.status(c) }));
  }

  async set(spec: ConnectionSpec): Promise<ConnectionSummary> {
    await this.store.set(spec);
    this.catalogs.set(this.store.list());
    return summarize(spec);
  }

  async delete(name: string): Promise<void> {
    if (!(await this.store.delete(name))) throw new UnknownConnection(this.unknown(name));
    this.catalogs.set(this.store.list());
  }

  async test(name: string): Promise<ConnectionTestResult> {
    const spec = this.store.get(name);
    if (!spec) throw new UnknownConnection(this.unknown(name));
    const result = await testConnection(spec);
    // A good test is a good moment to re-read the cluster's topics.
    if (result.kafka.ok) void this.catalogs.provider(spec.environment)?.refresh({ catalog: spec.environment, database: spec.name });
    return result;
  }

  private unknown(name: string): string {
    const names = this.store.list().map((c) => c.name);
    return `no connection named '${name.slice(0, 100)}' (connections: ${names.length ? names.join(', ') : 'none'}); add it with connections/set`;
  }

  dispose(): void {
    this.catalogs.dispose();
  }
}
