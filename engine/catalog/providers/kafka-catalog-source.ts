/**
 * The Kafka + Schema Registry catalog source (a RemoteCatalogSource, cached and timed out by
 * RemoteCatalogProvider): a catalog is an environment, each cluster a database, each topic a
 * table described from its `T-key` / `T-value` subjects (kafka-schema-columns.ts). It also
 * carries the DDL of a Kafka database: creating a table creates the topic (partitions from
 * `DISTRIBUTED INTO n BUCKETS`, default 6; compacted with a PRIMARY KEY) and registers its
 * subjects; dropping deletes both. Messages never contain credentials.
 */
import type { Admin } from 'kafkajs';
import { kafkajs } from '../../lazy-libraries';
import type { CatalogObject, CatalogTable, DatabaseInfo, ObjectPath } from '../model';
import type { RemoteCatalogSource } from './remote';
import { CatalogError } from '../errors';
import { kafkaClient, type KafkaConnection } from '../../kafka/connection';
import { redactError } from '../../kafka/redact';
import { registryClient, type RegistryClient } from '../../kafka/registry-client';
import { confluentSchemaFor } from '../../formats/avro-confluent/avro-confluent-format';
import { REGISTRY_FORMATS, registerColumns } from '../../formats/registry-schemas';
import { SUBJECT_SCHEMA_TYPES, topicTable, type SubjectSchemaType } from './kafka-schema-columns';

export interface KafkaCluster {
  /** The database name. */
  readonly name: string;
  readonly connection: KafkaConnection;
}

export interface KafkaEnvironment {
  /** The catalog name. */
  readonly catalog: string;
  readonly clusters: readonly KafkaCluster[];
}

export const DEFAULT_PARTITIONS = 6;

interface ClusterState {
  readonly cluster: KafkaCluster;
  admin?: Promise<Admin>;
  readonly registry?: RegistryClient;
  readonly secrets: readonly (string | undefined)[];
}

export class KafkaCatalogSource implements RemoteCatalogSource {
  private readonly clusters = new Map<string, ClusterState>();

  constructor(readonly environment: KafkaEnvironment) {
    for (const c of environment.clusters) {
      const r = c.connection.registry;
      this.clusters.set(c.name, { cluster: c, ...(r ? { registry: registryClient(r) } : {}), secrets: [c.connection.sasl?.password, c.connection.tls?.key, r?.password] });
    }
  }

  private state(catalog: string, database: string): ClusterState {
    const s = catalog === this.environment.catalog ? this.clusters.get(database) : undefined;
    if (!s) throw new CatalogError('database-not-found', `Database ${database} does not exist in Catalog ${catalog}.`);
    return s;
  }

  /** Runs `work` with the cluster's admin client (connected once, reconnected after a failure); errors redacted. */
  private async withAdmin<T>(s: ClusterState, work: (admin: Admin) => Promise<T>): Promise<T> {
    try {
      s.admin ??= (async () => {
        const admin = kafkaClient(s.cluster.connection, { retry: { retries: 1 } }).admin();
        await admin.connect();
        return admin;
      })();
      return await work(await s.admin);
    } catch (e) {
      const admin = s.admin;
      s.admin = undefined;
      void admin?.then((a) => a.disconnect()).catch(() => undefined);
      if (e instanceof CatalogError) throw e;
      throw redactError(e, s.secrets);
    }
  }

  async listDatabases(catalog: string): Promise<readonly DatabaseInfo[]> {
    if (catalog !== this.environment.catalog) return [];
    return this.environment.clusters.map((c) => ({ name: c.name, comment: `Kafka cluster ${c.connection.brokers.join(',')}` }));
  }

  async listObjects(catalog: string, database: string): Promise<readonly string[]> {
    const s = this.state(catalog, database);
    const topics = await this.withAdmin(s, (a) => a.listTopics());
    return topics.filter((t) => !t.startsWith('_')).sort();
  }

  async describeObject(path: ObjectPath): Promise<CatalogObject | undefined> {
    const s = this.state(path.catalog, path.database);
    const topic = path.name;
    const info = await this.withAdmin(s, async (a) => {
      // One topic's metadata, not the whole cluster's topic list: describing every topic of a large cluster stays linear.
      let meta;
      try {
        meta = await a.fetchTopicMetadata({ topics: [topic] });
      } catch (e) {
        if ((e as { type?: string }).type === 'UNKNOWN_TOPIC_OR_PARTITION') return undefined;
        throw e;
      }
      const configs = await a.describeConfigs({ includeSynonyms: false, resources: [{ type: kafkajs().ConfigResourceTypes.TOPIC, name: topic, configNames: ['cleanup.policy'] }] });
      const policy = configs.resources[0]?.configEntries.find((e) => e.configName === 'cleanup.policy')?.configValue ?? 'delete';
      return { partitions: meta.topics[0]?.partitions.length ?? 0, compacted: policy.split(',').includes('compact') };
    });
    if (!info) return undefined;
    const [key, value] = s.registry ? await Promise.all([s.registry.latest(`${topic}-key`), s.registry.latest(`${topic}-value`)]) : [undefined, undefined];
    for (const v of [key, value]) {
      if (v && !SUBJECT_SCHEMA_TYPES.includes(v.schemaType)) throw new Error(`subject ${v.subject} holds a ${v.schemaType} schema; only Avro, JSON Schema and Protobuf subjects are mapped to columns`);
    }
    return topicTable({
      cluster: s.cluster.name,
      topic,
      ...info,
      ...(key ? { keySchema: key.schema, keySchemaType: key.schemaType as SubjectSchemaType } : {}),
      ...(value ? { valueSchema: value.schema, valueSchemaType: value.schemaType as SubjectSchemaType } : {}),
      baseOptions: this.baseOptions(s),
    });
  }

  /** Connector options every table of the cluster shares; secrets stay out. */
  private baseOptions(s: ClusterState): Record<string, string> {
    const c = s.cluster.connection;
    const o: Record<string, string> = { 'properties.bootstrap.servers': c.brokers.join(',') };
    if (c.sasl || c.tls) o['properties.security.protocol'] = `${c.sasl ? 'SASL_' : ''}${c.tls ? 'SSL' : 'PLAINTEXT'}`;
    if (c.sasl) o['properties.sasl.mechanism'] = c.sasl.mechanism.toUpperCase();
    if (c.registry) o['value.avro-confluent.url'] = c.registry.url;
    return o;
  }

  /**
   * CREATE TABLE on a Kafka database: topic `path.name` with `distribution.buckets` partitions
   * (default 6; compacted with a PRIMARY KEY), then subjects `T-key` (key columns: the
   * primary key, else the distribution columns) and `T-value` (the other physical columns;
   * all of them without key columns): Avro records in namespace org.apache.flink.avro.generated,
   * or with 'value.format' / 'key.format' = 'json-registry' / 'proto-registry' a JSON Schema /
   * Protobuf schema (engine/formats/registry-schemas.ts).
   */
  async createTable(path: ObjectPath, t: CatalogTable, ignoreIfExists = false): Promise<void> {
    const s = this.state(path.catalog, path.database);
    const physical = t.columns.filter((c) => c.kind === 'physical');
    const keyNames = t.primaryKey?.columns ?? t.distribution?.columns ?? [];
    const keyColumns = keyNames.map((n) => {
      const c = physical.find((p) => p.name === n);
      if (!c) throw new CatalogError('invalid-definition', `Key column '${n}' is not a physical column of ${path.name}.`);
      return { name: c.name, type: c.type };
    });
    const valueColumns = physical.filter((c) => !keyNames.includes(c.name)).map((c) => ({ name: c.name, type: c.type }));
    if (valueColumns.length === 0) throw new CatalogError('invalid-definition', `Table ${path.name} needs at least one column outside the key.`);
    const partitions = t.distribution?.buckets ?? DEFAULT_PARTITIONS;
    const created = await this.withAdmin(s, async (a) => {
      if ((await a.listTopics()).includes(path.name)) {
        if (ignoreIfExists) return false;
        throw new CatalogError('object-exists', `Table (or view) ${path.name} already exists in Catalog ${path.catalog}.`);
      }
      const configEntries = t.primaryKey ? [{ name: 'cleanup.policy', value: 'compact' }] : [];
      await a.createTopics({ waitForLeaders: true, topics: [{ topic: path.name, numPartitions: partitions, configEntries }] });
      return true;
    });
    if (!created) return;
    if (!s.registry) return;
    // 'value.format' (or 'format') json-registry / proto-registry register a JSON Schema / Protobuf
    // schema instead of Avro; the key follows 'key.format', else the value's format.
    const valueKind = REGISTRY_FORMATS[t.options['value.format'] ?? t.options.format ?? ''] ?? 'avro';
    const keyKind = REGISTRY_FORMATS[t.options['key.format'] ?? ''] ?? valueKind;
    try {
      if (keyColumns.length > 0) await registerColumns(keyKind, s.registry, `${path.name}-key`, keyColumns);
      await registerColumns(valueKind, s.registry, `${path.name}-value`, valueColumns);
    } catch (e) {
      throw new CatalogError('io', `Topic ${path.name} was created but its schemas could not be registered: ${(e as Error).message}`);
    }
  }

  /** ALTER TABLE: the new value schema, if the registry's compatibility check accepts it. */
  async alterTable(path: ObjectPath, t: CatalogTable): Promise<void> {
    const s = this.state(path.catalog, path.database);
    if (!s.registry) throw new CatalogError('unsupported', `Cluster ${path.database} has no Schema Registry; a topic's columns cannot change.`);
    const keyNames = t.primaryKey?.columns ?? [];
    const valueColumns = t.columns.filter((c) => c.kind === 'physical' && !keyNames.includes(c.name)).map((c) => ({ name: c.name, type: c.type }));
    const schema = confluentSchemaFor(valueColumns);
    const check = await s.registry.compatible(`${path.name}-value`, schema);
    if (!check.compatible) {
      throw new CatalogError('invalid-definition', `The Schema Registry refused the new schema of ${path.name}-value as incompatible${check.messages.length ? `: ${check.messages.join('; ')}` : ''}.`);
    }
    await s.registry.register(`${path.name}-value`, schema);
  }

  /** DROP TABLE: deletes the topic and its subjects. */
  async dropTable(path: ObjectPath, ifExists = false): Promise<void> {
    const s = this.state(path.catalog, path.database);
    const existed = await this.withAdmin(s, async (a) => {
      if (!(await a.listTopics()).includes(path.name)) return false;
      await a.deleteTopics({ topics: [path.name] });
      return true;
    });
    if (!existed && !ifExists) throw new CatalogError('object-not-found', `Table with identifier '${path.catalog}.${path.database}.${path.name}' does not exist.`);
    if (s.registry) for (const suffix of ['-key', '-value']) await s.registry.deleteSubject(`${path.name}${suffix}`);
  }

  async dispose(): Promise<void> {
    for (const s of this.clusters.values()) {
      const admin = s.admin;
      s.admin = undefined;
      await admin?.then((a) => a.disconnect()).catch(() => undefined);
    }
  }
}
