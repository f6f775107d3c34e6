/**
 * Constructors for catalog objects that fill in what is derived: the changelog kind (from
 * connector, format and primary key), the watermark delay (from the expression), and the
 * rowtime marker on the watermark column's type. The examples catalog, the DDL executor and
 * the workspace declarations all build tables through here.
 */
import type { LogicalType } from '../types/logical-type';
import { deriveChangelogKind } from './changelog-kind';
import type {
  CatalogTable,
  CatalogViewDef,
  ChangelogKind,
  Column,
  ComputedColumn,
  Distribution,
  MetadataColumn,
  PhysicalColumn,
  PrimaryKey,
  Provenance,
} from './model';
import { watermarkDelayMs } from './watermark';

export function physical(name: string, type: LogicalType, comment?: string): PhysicalColumn {
  return comment === undefined ? { kind: 'physical', name, type } : { kind: 'physical', name, type, comment };
}

export function computed(name: string, type: LogicalType, expression: string, comment?: string): ComputedColumn {
  const c: ComputedColumn = { kind: 'computed', name, type, expression };
  return comment === undefined ? c : { ...c, comment };
}

export function metadata(
  name: string,
  type: LogicalType,
  options: { key?: string; virtual?: boolean; comment?: string } = {},
): MetadataColumn {
  const c: MetadataColumn = { kind: 'metadata', name, type, virtual: options.virtual ?? false };
  return {
    ...c,
    ...(options.key !== undefined ? { key: options.key } : {}),
    ...(options.comment !== undefined ? { comment: options.comment } : {}),
  };
}

export interface TableSpec {
  readonly name: string;
  readonly columns: readonly Column[];
  /** `{ column, expression }`; the delay is derived from the expression. */
  readonly watermark?: { readonly column: string; readonly expression: string };
  /** Column names, or a full key with a constraint name. */
  readonly primaryKey?: readonly string[] | PrimaryKey;
  readonly partitionKeys?: readonly string[];
  readonly distribution?: Distribution;
  readonly options?: Readonly<Record<string, string>>;
  readonly comment?: string;
  readonly provenance: Provenance;
  /** Overrides the derived changelog kind (a provider that knows better, e.g. Kafka with a compacted topic). */
  readonly changelog?: ChangelogKind;
}

/** Marks a TIMESTAMP/TIMESTAMP_LTZ type as an event-time attribute. */
function asRowtime(type: LogicalType): LogicalType {
  if (type.kind === 'TIMESTAMP' || type.kind === 'TIMESTAMP_LTZ') return { ...type, timeAttribute: 'rowtime' };
  return type;
}

export function table(spec: TableSpec): CatalogTable {
  const options = spec.options ?? {};
  const primaryKey: PrimaryKey | undefined =
    spec.primaryKey === undefined
      ? undefined
      : Array.isArray(spec.primaryKey)
        ? { columns: spec.primaryKey as readonly string[] }
        : (spec.primaryKey as PrimaryKey);
  let columns = spec.columns;
  let watermark: CatalogTable['watermark'];
  if (spec.watermark) {
    const { column, expression } = spec.watermark;
    const delayMs = watermarkDelayMs(column, expression);
    watermark = delayMs === undefined ? { column, expression } : { column, expression, delayMs };
    columns = columns.map((c) => (c.name === column ? { ...c, type: asRowtime(c.type) } : c));
  }
  return {
    kind: 'table',
    name: spec.name,
    columns,
    ...(watermark ? { watermark } : {}),
    ...(primaryKey ? { primaryKey } : {}),
    ...(spec.partitionKeys && spec.partitionKeys.length > 0 ? { partitionKeys: spec.partitionKeys } : {}),
    ...(spec.distribution ? { distribution: spec.distribution } : {}),
    options,
    ...(spec.comment !== undefined ? { comment: spec.comment } : {}),
    changelog: spec.changelog ?? deriveChangelogKind(options, primaryKey),
    provenance: spec.provenance,
  };
}

export interface ViewSpec {
  readonly name: string;
  readonly columns: readonly PhysicalColumn[];
  readonly query: string;
  readonly comment?: string;
  readonly changelog?: ChangelogKind;
  readonly provenance: Provenance;
}

export function view(spec: ViewSpec): CatalogViewDef {
  return {
    kind: 'view',
    name: spec.name,
    columns: spec.columns,
    query: spec.query,
    ...(spec.comment !== undefined ? { comment: spec.comment } : {}),
    changelog: spec.changelog ?? 'append-only',
    provenance: spec.provenance,
  };
}
