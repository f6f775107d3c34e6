/**
 * ALTER TABLE (RENAME TO, SET/RESET options, ADD/MODIFY/DROP columns, watermark, primary key
 * and distribution, RENAME column), ALTER VIEW (RENAME TO, AS query) and ALTER DATABASE SET,
 * with Flink's rules and messages. The altered definition is rebuilt through build.ts, so the
 * rowtime marker, watermark delay and changelog kind follow the change.
 */
import type { AlterCatalog, AlterDatabase, AlterElement, AlterTable, AlterView } from '../../sql';
import type { LogicalType } from '../../types/logical-type';
import { withNullability } from '../../types/logical-type';
import { table, view } from '../build';
import { CatalogError } from '../errors';
import { columnFromDdl, sourceText } from './from-ddl';
import type { CatalogTable, Column, Distribution, ObjectPath, PrimaryKey } from '../model';
import { formatPath } from '../model';
import type { CatalogResult, CatalogSession } from './session';

type TableParts = {
  columns: Column[];
  watermark?: { column: string; expression: string };
  primaryKey?: PrimaryKey;
  distribution?: Distribution;
  options: Record<string, string>;
};

function withoutRowtime(type: LogicalType): LogicalType {
  if ((type.kind === 'TIMESTAMP' || type.kind === 'TIMESTAMP_LTZ') && type.timeAttribute === 'rowtime') {
    const { timeAttribute: _drop, ...rest } = type;
    return rest as LogicalType;
  }
  return type;
}

function partsOf(t: CatalogTable): TableParts {
  return {
    columns: t.columns.map((c) => ({ ...c, type: withoutRowtime(c.type) })),
    ...(t.watermark ? { watermark: { column: t.watermark.column, expression: t.watermark.expression } } : {}),
    ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
    ...(t.distribution ? { distribution: t.distribution } : {}),
    options: { ...t.options },
  };
}

function rebuild(t: CatalogTable, p: TableParts): CatalogTable {
  const key = new Set(p.primaryKey?.columns ?? []);
  const columns = p.columns.map((c) => (key.has(c.name) && c.type.nullable ? { ...c, type: withNullability(c.type, false) } : c));
  return table({
    name: t.name,
    columns,
    ...(p.watermark ? { watermark: p.watermark } : {}),
    ...(p.primaryKey ? { primaryKey: p.primaryKey } : {}),
    ...(t.partitionKeys ? { partitionKeys: t.partitionKeys } : {}),
    ...(p.distribution ? { distribution: p.distribution } : {}),
    options: p.options,
    ...(t.comment !== undefined ? { comment: t.comment } : {}),
    provenance: t.provenance,
  });
}

function fail(message: string): never {
  throw new CatalogError('invalid-definition', message);
}

/** Whether an expression mentions a column (as a word, or backticked). */
function mentions(expression: string, column: string): boolean {
  const escaped = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9_$\`])(${escaped}|\`${escaped.replace(/`/g, '``')}\`)(?![A-Za-z0-9_$])`).test(expression);
}

function place(columns: Column[], column: Column, position: AlterElement['position']): void {
  if (!position) {
    columns.push(column);
  } else if (position.first) {
    columns.unshift(column);
  } else {
    const i = columns.findIndex((c) => c.name === position.after.value);
    if (i < 0) fail(`Referenced column \`${position.after.value}\` by 'AFTER' does not exist in the table.`);
    columns.splice(i + 1, 0, column);
  }
}

function applyElement(p: TableParts, el: AlterElement, mode: 'add' | 'modify', text: string, session: CatalogSession): void {
  const e = el.element;
  if (e.kind === 'watermark') {
    if (mode === 'add' && p.watermark) fail('The base table has already defined the watermark strategy; use MODIFY to change it.');
    if (mode === 'modify' && !p.watermark) fail('The base table does not define any watermark strategy; use ADD to add one.');
    p.watermark = { column: e.column.parts.map((x) => x.value).join('.'), expression: sourceText(text, e.expression) };
    if (!p.columns.some((c) => c.name === p.watermark!.column)) fail(`The rowtime attribute field '${p.watermark.column}' is not defined in the table schema.`);
    return;
  }
  if (e.kind === 'primaryKey') {
    if (mode === 'add' && p.primaryKey) fail('The base table has already defined the primary key constraint; use MODIFY to change it.');
    if (mode === 'modify' && !p.primaryKey) fail('The base table does not define any primary key constraint; use ADD to add one.');
    const columns = e.columns.map((c) => c.value);
    for (const c of columns) if (!p.columns.some((x) => x.name === c)) fail(`Column \`${c}\` of the primary key does not exist in the table.`);
    p.primaryKey = { ...(e.constraintName ? { name: e.constraintName.value } : {}), columns };
    return;
  }
  const i = p.columns.findIndex((c) => c.name === e.name.value);
  if (mode === 'add' && i >= 0) fail(`Try to add a column \`${e.name.value}\` which already exists in the table.`);
  if (mode === 'modify' && i < 0) fail(`Try to modify a column \`${e.name.value}\` which does not exist in the table.`);
  const before = i >= 0 ? p.columns.slice(0, i) : p.columns;
  const r = columnFromDdl(e, text, before, session.hooks.typeOfComputed);
  if ('problem' in r) fail(r.problem.message);
  if (mode === 'modify') {
    if (el.position) {
      p.columns.splice(i, 1);
      place(p.columns, r.column, el.position);
    } else {
      p.columns[i] = r.column;
    }
  } else {
    place(p.columns, r.column, el.position);
  }
}

function dropColumn(p: TableParts, name: string): void {
  const i = p.columns.findIndex((c) => c.name === name);
  if (i < 0) fail(`The column \`${name}\` does not exist in the base table.`);
  if (p.primaryKey?.columns.includes(name)) fail(`The column \`${name}\` is used as the primary key.`);
  if (p.watermark && (p.watermark.column === name || mentions(p.watermark.expression, name))) {
    fail(`The column \`${name}\` is referenced by watermark expression.`);
  }
  for (const c of p.columns) {
    if (c.kind === 'computed' && c.name !== name && mentions(c.expression, name)) {
      fail(`The column \`${name}\` is referenced by computed column \`${c.name}\`.`);
    }
  }
  p.columns.splice(i, 1);
}

function renameColumn(p: TableParts, from: string, to: string): void {
  const i = p.columns.findIndex((c) => c.name === from);
  if (i < 0) fail(`The column \`${from}\` does not exist in the base table.`);
  if (p.columns.some((c) => c.name === to)) fail(`The column \`${to}\` already exists in the table.`);
  if (p.watermark && (p.watermark.column === from || mentions(p.watermark.expression, from))) {
    fail(`The column \`${from}\` is referenced by watermark expression.`);
  }
  for (const c of p.columns) {
    if (c.kind === 'computed' && mentions(c.expression, from)) fail(`The column \`${from}\` is referenced by computed column \`${c.name}\`.`);
  }
  p.columns[i] = { ...p.columns[i], name: to };
  if (p.primaryKey) p.primaryKey = { ...p.primaryKey, columns: p.primaryKey.columns.map((c) => (c === from ? to : c)) };
  if (p.distribution) p.distribution = { ...p.distribution, columns: p.distribution.columns.map((c) => (c === from ? to : c)) };
}

function distributionOf(d: { algorithm?: string; columns: readonly { value: string }[]; buckets?: number }): Distribution {
  const algorithm = d.algorithm?.toUpperCase();
  return {
    kind: algorithm === 'HASH' ? 'hash' : algorithm === 'RANGE' ? 'range' : 'unknown',
    columns: d.columns.map((c) => c.value),
    ...(d.buckets !== undefined ? { buckets: d.buckets } : {}),
  };
}

function renameTarget(session: CatalogSession, path: ObjectPath, parts: readonly string[]): string {
  const target = session.qualify(parts);
  if (target.catalog !== path.catalog || target.database !== path.database) {
    fail(`A table or view can only be renamed within its database: ${formatPath(path)} -> ${formatPath(target)}.`);
  }
  return target.name;
}

async function alterTable(session: CatalogSession, stmt: AlterTable, text: string): Promise<CatalogResult> {
  const path = session.qualify(stmt.name.parts.map((p) => p.value));
  const existing = session.manager.view().catalogs.get(path.catalog)?.databases.get(path.database)?.objects.get(path.name);
  if (!existing) {
    if (stmt.ifExists) return { kind: 'done', message: `Table ${formatPath(path)} does not exist.` };
    throw new CatalogError('object-not-found', `Table ${formatPath(path)} does not exist.`);
  }
  if (existing.kind !== 'table') throw new CatalogError('wrong-kind', `${formatPath(path)} is a view; use ALTER VIEW.`);
  const writer = session.manager.writerFor(path.catalog);
  const a = stmt.action;
  if (a.kind === 'rename') {
    const name = renameTarget(session, path, a.newName.parts.map((p) => p.value));
    await writer.renameObject(path, name);
    return { kind: 'done', message: `Table ${formatPath(path)} renamed to ${formatPath({ ...path, name })}.` };
  }
  const p = partsOf(existing);
  switch (a.kind) {
    case 'setOptions':
      for (const o of a.options) p.options[o.key] = o.value;
      break;
    case 'resetOptions':
      for (const k of a.keys) {
        if (k === 'connector') fail("ALTER TABLE RESET does not support changing 'connector'.");
        delete p.options[k];
      }
      break;
    case 'addElements':
    case 'modifyElements':
      for (const el of a.elements) applyElement(p, el, a.kind === 'addElements' ? 'add' : 'modify', text, session);
      break;
    case 'dropColumns':
      for (const c of a.columns) dropColumn(p, c.parts.map((x) => x.value).join('.'));
      break;
    case 'renameColumn':
      renameColumn(p, a.column.parts.map((x) => x.value).join('.'), a.newName.value);
      break;
    case 'dropPrimaryKey':
      if (!p.primaryKey) fail('The base table does not define any primary key.');
      delete p.primaryKey;
      break;
    case 'dropConstraint':
      if (!p.primaryKey || p.primaryKey.name !== a.name.value) fail(`The base table does not define a primary key constraint named '${a.name.value}'.`);
      delete p.primaryKey;
      break;
    case 'dropWatermark':
      if (!p.watermark) fail('The base table does not define any watermark strategy.');
      delete p.watermark;
      break;
    case 'addDistribution':
      if (p.distribution) fail('The base table has already defined the distribution; use MODIFY DISTRIBUTION.');
      p.distribution = distributionOf(a.distribution);
      break;
    case 'modifyDistribution':
      if (!p.distribution) fail('The base table does not define any distribution; use ADD DISTRIBUTION.');
      p.distribution = distributionOf(a.distribution);
      break;
    case 'dropDistribution':
      if (!p.distribution) fail('The base table does not define any distribution.');
      delete p.distribution;
      break;
    case 'addPartitions':
    case 'dropPartitions':
      throw new CatalogError('unsupported', `Partitions of ${formatPath(path)} are managed by its connector, not by the catalog.`);
  }
  await writer.alterObject(path, rebuild(existing, p));
  return { kind: 'done', message: `Table ${formatPath(path)} altered.` };
}

async function alterView(session: CatalogSession, stmt: AlterView, text: string): Promise<CatalogResult> {
  const path = session.qualify(stmt.name.parts.map((p) => p.value));
  const existing = session.manager.view().catalogs.get(path.catalog)?.databases.get(path.database)?.objects.get(path.name);
  if (!existing) throw new CatalogError('object-not-found', `View ${formatPath(path)} does not exist.`);
  if (existing.kind !== 'view') throw new CatalogError('wrong-kind', `${formatPath(path)} is a table; use ALTER TABLE.`);
  const writer = session.manager.writerFor(path.catalog);
  const a = stmt.action;
  if (a.kind === 'rename') {
    const name = renameTarget(session, path, a.newName.parts.map((p) => p.value));
    await writer.renameObject(path, name);
    return { kind: 'done', message: `View ${formatPath(path)} renamed to ${formatPath({ ...path, name })}.` };
  }
  const context = session.context;
  const columns = session.hooks.queryColumns?.(a.query, context);
  if (!columns || columns.length === 0) fail('The columns of the view could not be derived.');
  const value = view({
    name: path.name,
    columns,
    query: sourceText(text, a.query),
    ...(existing.comment !== undefined ? { comment: existing.comment } : {}),
    provenance: existing.provenance,
  });
  await writer.alterObject(path, value);
  return { kind: 'done', message: `View ${formatPath(path)} altered.` };
}

async function alterDatabase(session: CatalogSession, stmt: AlterDatabase): Promise<CatalogResult> {
  const parts = stmt.name.parts.map((p) => p.value);
  if (parts.length > 2) fail(`A database name has at most two parts: ${formatPath(parts)}`);
  const catalog = parts.length === 2 ? parts[0] : session.context.catalog;
  const name = parts[parts.length - 1];
  const db = session.manager.view().catalogs.get(catalog)?.databases.get(name);
  if (!db) throw new CatalogError('database-not-found', `Database ${formatPath([catalog, name])} does not exist.`);
  const properties: Record<string, string> = { ...(db.info.properties ?? {}) };
  for (const o of stmt.options) properties[o.key] = o.value;
  await session.manager.writerFor(catalog).alterDatabase(catalog, { ...db.info, properties });
  return { kind: 'done', message: `Database ${formatPath([catalog, name])} altered.` };
}

export async function executeAlter(
  session: CatalogSession,
  stmt: AlterTable | AlterView | AlterDatabase | AlterCatalog,
  text: string,
): Promise<CatalogResult> {
  switch (stmt.kind) {
    case 'alterTable':
      return alterTable(session, stmt, text);
    case 'alterView':
      return alterView(session, stmt, text);
    case 'alterDatabase':
      return alterDatabase(session, stmt);
    case 'alterCatalog':
      throw new CatalogError('unsupported', `ALTER CATALOG is not supported for catalog '${stmt.name.value}'.`);
  }
}
