/**
 * The credentials of configured connections, in this process's memory only, so the Kafka
 * connector and the avro-confluent format can reach a cluster whose table came from the
 * Kafka catalog: such a table's options carry the bootstrap servers, the security protocol
 * and the registry URL but never a password or a key (they are shown in hover, SHOW CREATE
 * TABLE and EXPLAIN). `properties.*` / `basic-auth.user-info` given in a table's options win.
 */
import type { KafkaConnection, RegistryConfig } from './connection';

const byBrokers = new Map<string, { owner: string; connection: KafkaConnection }>();
const byRegistry = new Map<string, { owner: string; registry: RegistryConfig }>();

const brokersKey = (brokers: readonly string[]): string => [...brokers].map((b) => b.trim()).sort().join(',');
const urlKey = (url: string): string => url.replace(/\/+$/, '');

/** Remembers the connections (replacing all earlier ones of `owner`). */
export function rememberConnections(owner: string, connections: readonly KafkaConnection[]): void {
  forgetConnections(owner);
  for (const connection of connections) {
    byBrokers.set(brokersKey(connection.brokers), { owner, connection });
    if (connection.registry?.username !== undefined) byRegistry.set(urlKey(connection.registry.url), { owner, registry: connection.registry });
  }
}

export function forgetConnections(owner: string): void {
  for (const [k, e] of byBrokers) if (e.owner === owner) byBrokers.delete(k);
  for (const [k, e] of byRegistry) if (e.owner === owner) byRegistry.delete(k);
}

/** The configured connection to exactly these brokers, if any. */
export function knownConnection(brokers: readonly string[]): KafkaConnection | undefined {
  return byBrokers.get(brokersKey(brokers))?.connection;
}

/** Configured basic-auth credentials of a registry URL, if any. */
export function knownRegistry(url: string): RegistryConfig | undefined {
  return byRegistry.get(urlKey(url))?.registry;
}
