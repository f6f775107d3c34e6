/**
 * The Kafka catalog provider: a RemoteCatalogProvider over KafkaCatalogSource (one catalog per
 * environment, one database per cluster, one table per topic), writable for tables: CREATE
 * TABLE creates the topic and its subjects, ALTER TABLE evolves the value schema through the
 * registry's compatibility check, DROP TABLE deletes topic and subjects. Catalogs, databases,
 * views and functions come from the configuration and the cluster, not DDL.
 */
import type { CatalogFunction, CatalogInfo, CatalogObject, DatabaseInfo, ObjectPath } from '../model';
import type { CreateOptions, DropOptions, WritableCatalogProvider } from '../provider';
import { CatalogError } from '../errors';
import { RemoteCatalogProvider, type RemoteProviderOptions } from './remote';
import { KafkaCatalogSource, type KafkaEnvironment } from './kafka-catalog-source';

export class KafkaCatalogProvider extends RemoteCatalogProvider implements WritableCatalogProvider {
  readonly readOnly = false;
  readonly canCreateCatalogs = false;
  readonly kafka: KafkaCatalogSource;

  constructor(environment: KafkaEnvironment, options: RemoteProviderOptions = {}) {
    const source = new KafkaCatalogSource(environment);
    const defaultDatabase = environment.clusters[0]?.name ?? 'default';
    const info: CatalogInfo = { name: environment.catalog, defaultDatabase, comment: 'Kafka clusters with their Schema Registries' };
    super(`kafka:${environment.catalog}`, [info], source, options);
    this.kafka = source;
  }

  private unsupported(what: string): Promise<never> {
    return Promise.reject(new CatalogError('unsupported', `${what} is not supported in a Kafka catalog: its databases are the configured clusters.`));
  }

  private async settled(path: ObjectPath): Promise<void> {
    this.invalidate({ catalog: path.catalog, database: path.database });
    await this.refresh({ catalog: path.catalog, database: path.database });
  }

  async createObject(path: ObjectPath, object: CatalogObject, options: CreateOptions = {}): Promise<void> {
    if (object.kind !== 'table') return this.unsupported('CREATE VIEW');
    if (options.replace) return this.unsupported('CREATE OR REPLACE TABLE');
    await this.kafka.createTable(path, object, options.ignoreIfExists ?? false);
    await this.settled(path);
  }

  async alterObject(path: ObjectPath, object: CatalogObject): Promise<void> {
    if (object.kind !== 'table') return this.unsupported('ALTER VIEW');
    await this.kafka.alterTable(path, object);
    await this.settled(path);
  }

  async dropObject(path: ObjectPath, kind: CatalogObject['kind'], options: DropOptions = {}): Promise<void> {
    if (kind !== 'table') return this.unsupported('DROP VIEW');
    await this.kafka.dropTable(path, options.ifExists ?? false);
    await this.settled(path);
  }

  renameObject(): Promise<void> {
    return this.unsupported('Renaming a topic');
  }
  createCatalog(_info: CatalogInfo): Promise<void> {
    return this.unsupported('CREATE CATALOG');
  }
  dropCatalog(_name: string): Promise<void> {
    return this.unsupported('DROP CATALOG');
  }
  createDatabase(_catalog: string, _info: DatabaseInfo): Promise<void> {
    return this.unsupported('CREATE DATABASE');
  }
  alterDatabase(_catalog: string, _info: DatabaseInfo): Promise<void> {
    return this.unsupported('ALTER DATABASE');
  }
  dropDatabase(_catalog: string, _name: string): Promise<void> {
    return this.unsupported('DROP DATABASE');
  }
  createFunction(_catalog: string, _database: string, _fn: CatalogFunction): Promise<void> {
    return this.unsupported('CREATE FUNCTION');
  }
  dropFunction(_catalog: string, _database: string, _name: string): Promise<void> {
    return this.unsupported('DROP FUNCTION');
  }

  override dispose(): void {
    super.dispose();
    void this.kafka.dispose();
  }
}
