/**
 * The catalog model: catalogs -> databases -> tables, views and functions, as plain data.
 * Everything here is JSON-safe (logical types are plain objects), so the local store persists
 * it as is (see json.ts) and the language server can ship it over the wire.
 *
 * Names are kept exactly as declared: Flink compares identifiers case-sensitively.
 */
import type { Range } from '../diagnostic';
import type { LogicalType } from '../types/logical-type';
import { quoteIdentifier } from '../types/print';

/** `[catalog, database, object]`, fully qualified. */
export interface ObjectPath {
  readonly catalog: string;
  readonly database: string;
  readonly name: string;
}

/** A column stored in the source (Kafka value field, file column, generated field). */
export interface PhysicalColumn {
  readonly kind: 'physical';
  readonly name: string;
  readonly type: LogicalType;
  readonly comment?: string;
}

/** `name AS expression`: computed on read, never written. */
export interface ComputedColumn {
  readonly kind: 'computed';
  readonly name: string;
  /** The type the analyzer derived for the expression when the table was created. */
  readonly type: LogicalType;
  /** The expression as written in the DDL, e.g. `price * quantity`. */
  readonly expression: string;
  readonly comment?: string;
}

/** `name TYPE METADATA [FROM 'key'] [VIRTUAL]`: read from the connector's metadata. */
export interface MetadataColumn {
  readonly kind: 'metadata';
  readonly name: string;
  readonly type: LogicalType;
  /** The metadata key; absent means the column name is the key. */
  readonly key?: string;
  /** VIRTUAL columns are read-only: excluded from INSERT INTO targets. */
  readonly virtual: boolean;
  readonly comment?: string;
}

export type Column = PhysicalColumn | ComputedColumn | MetadataColumn;

/** `WATERMARK FOR column AS expression`. */
export interface Watermark {
  /** The rowtime column (its type carries `timeAttribute: 'rowtime'`). */
  readonly column: string;
  /** The watermark expression as written, e.g. `ts - INTERVAL '5' SECOND`. */
  readonly expression: string;
  /** Bounded out-of-orderness in milliseconds when the expression is `column - INTERVAL ...`. */
  readonly delayMs?: number;
}

/** `[CONSTRAINT name] PRIMARY KEY (cols) NOT ENFORCED`. */
export interface PrimaryKey {
  readonly name?: string;
  readonly columns: readonly string[];
}

/** `DISTRIBUTED BY [HASH|RANGE] (cols) [INTO n BUCKETS]` or `DISTRIBUTED INTO n BUCKETS`. */
export interface Distribution {
  readonly kind: 'hash' | 'range' | 'unknown';
  readonly columns: readonly string[];
  readonly buckets?: number;
}

/**
 * How rows of a table change: insert-only, upsert by primary key, or a full changelog with
 * retractions (e.g. a debezium-json source).
 */
export type ChangelogKind = 'append-only' | 'upsert' | 'retract';

/** Where a catalog object came from; hover shows it, and the engine decides what is runnable. */
export type Provenance =
  /** The built-in generated streams. */
  | { readonly kind: 'examples' }
  /** Persisted by the embedded store; `file` is the JSON definition under the state directory. */
  | { readonly kind: 'local'; readonly stateDir: string; readonly file?: string }
  /** Declared by DDL in a workspace file, not yet created anywhere. */
  | { readonly kind: 'workspace'; readonly uri: string; readonly range: Range }
  /** A Kafka topic (and its Schema Registry subjects) on a configured cluster. */
  | { readonly kind: 'kafka'; readonly cluster: string; readonly topic?: string }
  /** Built in memory (tests, tools). */
  | { readonly kind: 'memory' };

export interface CatalogTable {
  readonly kind: 'table';
  readonly name: string;
  readonly columns: readonly Column[];
  readonly watermark?: Watermark;
  readonly primaryKey?: PrimaryKey;
  readonly partitionKeys?: readonly string[];
  readonly distribution?: Distribution;
  /** The WITH options, keys and values as written. */
  readonly options: Readonly<Record<string, string>>;
  readonly comment?: string;
  readonly changelog: ChangelogKind;
  readonly provenance: Provenance;
}

export interface CatalogViewDef {
  readonly kind: 'view';
  readonly name: string;
  /** The view's output columns as derived when it was created (always physical). */
  readonly columns: readonly PhysicalColumn[];
  /** The query as written after `AS`. */
  readonly query: string;
  readonly comment?: string;
  readonly changelog: ChangelogKind;
  readonly provenance: Provenance;
}

/** Tables and views share one namespace per database, as in Flink. */
export type CatalogObject = CatalogTable | CatalogViewDef;

export type FunctionLanguage = 'JAVA' | 'SCALA' | 'PYTHON' | 'SQL';

/** `CREATE FUNCTION name AS 'class' [LANGUAGE ...] [USING JAR ...]`. */
export interface CatalogFunction {
  readonly name: string;
  readonly className: string;
  readonly language: FunctionLanguage;
  readonly resources?: readonly string[];
  readonly comment?: string;
  readonly provenance: Provenance;
}

export interface DatabaseInfo {
  readonly name: string;
  readonly comment?: string;
  readonly properties?: Readonly<Record<string, string>>;
}

export interface CatalogInfo {
  readonly name: string;
  /** The database `USE CATALOG` switches to. */
  readonly defaultDatabase: string;
  readonly comment?: string;
  readonly properties?: Readonly<Record<string, string>>;
}

export function objectPath(catalog: string, database: string, name: string): ObjectPath {
  return { catalog, database, name };
}

/** An identifier as written in SQL: bare when it is a plain one, backticked otherwise. */
export function quoteIdentifierIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : quoteIdentifier(name);
}

/** `catalog.database.name`, quoting parts that need it. */
export function formatPath(path: ObjectPath | readonly string[]): string {
  const parts = Array.isArray(path) ? (path as readonly string[]) : [(path as ObjectPath).catalog, (path as ObjectPath).database, (path as ObjectPath).name];
  return parts.map(quoteIdentifierIfNeeded).join('.');
}

export function samePath(a: ObjectPath, b: ObjectPath): boolean {
  return a.catalog === b.catalog && a.database === b.database && a.name === b.name;
}

export function findColumn(object: CatalogObject, name: string): Column | undefined {
  return (object.columns as readonly Column[]).find((c) => c.name === name);
}

/** Columns an INSERT INTO writes: physical and non-virtual metadata columns, in order. */
export function writableColumns(table: CatalogTable): Column[] {
  return table.columns.filter((c) => c.kind === 'physical' || (c.kind === 'metadata' && !c.virtual));
}
