/**
 * A catalog table as the connector contract sees it (engine/connectors/api.ts TableContext):
 * physical columns in declaration order, the metadata columns read (by key), the key and the
 * WITH options. Computed columns are the planner's (it evaluates them after the source).
 */
import type { TableContext } from '../connectors/api';
import type { CatalogTable, ObjectPath } from './model';
import { formatPath } from './model';
import { withoutTimeAttribute } from '../types/logical-type';

export interface TableContextOptions {
  readonly stateDir?: string;
  /** Names of the metadata columns the query reads; all of them when absent. */
  readonly metadataColumns?: readonly string[];
  /** Physical columns the query reads (TableContext.readColumns); all when absent. */
  readonly readColumns?: readonly number[];
}

export function toTableContext(path: ObjectPath, table: CatalogTable, options: TableContextOptions = {}): TableContext {
  const wanted = options.metadataColumns ? new Set(options.metadataColumns) : undefined;
  const metadata = table.columns
    .filter((c) => c.kind === 'metadata' && (!wanted || wanted.has(c.name)))
    .map((c) => ({ key: (c.kind === 'metadata' && c.key) || c.name, type: withoutTimeAttribute(c.type) }));
  return {
    tableName: formatPath(path),
    columns: table.columns.filter((c) => c.kind === 'physical').map((c) => ({ name: c.name, type: withoutTimeAttribute(c.type) })),
    ...(metadata.length > 0 ? { metadata } : {}),
    ...(table.primaryKey ? { primaryKey: table.primaryKey.columns } : {}),
    options: table.options,
    ...(options.stateDir !== undefined ? { stateDir: options.stateDir } : {}),
    ...(options.readColumns ? { readColumns: options.readColumns } : {}),
  };
}
