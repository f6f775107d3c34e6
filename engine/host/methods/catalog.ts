/**
 * catalog/tree, catalog/describe and catalog/drop (docs/engine-api.md): the host's catalogs
 * level by level for the Catalog view, an object's DDL and columns as text, and DROP of a
 * table, view, database or catalog through the same catalog session statements use.
 */
import { describeColumns, describeProvenance, showCreate } from '../../catalog/describe';
import { initialContext } from '../../catalog/context';
import type { CatalogManager } from '../../catalog/manager';
import { formatPath } from '../../catalog/model';
import { databaseNames, objectNames } from '../../catalog/resolve';
import type { CatalogSnapshot, DatabaseSnapshot } from '../../catalog/snapshot';
import { describeStatus, type CatalogStatus } from '../../catalog/status';
import { catalogSession } from '../../job/run-script';
import { PoolError } from '../../pools/pool';
import { parseScript } from '../../sql';
import { quoteIdentifier } from '../../types/print';
import type { EngineApi, Method } from '../api';
import { InvalidParams } from '../validate';
import { engineOf } from './statements-run';

export interface TreeNode {
  readonly name: string;
  readonly kind: 'catalog' | 'database' | 'table' | 'view' | 'column';
  readonly type?: string;
  readonly detail?: string;
  readonly unavailable?: string;
}

const unavailable = (s: CatalogStatus | undefined) => (s?.state === 'unavailable' ? { unavailable: describeStatus(s) } : {});

function pathOf(method: string, p: Record<string, unknown>, required: boolean): string[] {
  const path = (p['path'] as string[] | undefined) ?? [];
  if (path.length > 3 || (required && path.length === 0)) throw new InvalidParams(`${method}: field 'path' names a catalog, a database and an object (1 to 3 names), not ${path.length}`);
  return path;
}

function catalogOf(m: CatalogManager, name: string): CatalogSnapshot {
  const r = m.resolveCatalog(name);
  if (!r.ok) throw new PoolError(r.error.message);
  return r.value;
}

function databaseOf(m: CatalogManager, c: CatalogSnapshot, name: string): DatabaseSnapshot {
  const r = m.resolveDatabase([c.info.name, name], { catalog: c.info.name, database: name });
  if (!r.ok) throw new PoolError(r.error.message);
  return r.value.database;
}

function objectOf(m: CatalogManager, path: readonly string[]) {
  const r = m.resolveTable(path, { catalog: path[0]!, database: path[1]! });
  if (!r.ok) throw new PoolError(r.error.message);
  return r.value;
}

export function catalogTree(m: CatalogManager, path: readonly string[]): TreeNode[] {
  if (path.length === 0) {
    return m.catalogs().map((c) => ({ name: c.info.name, kind: 'catalog' as const, ...(c.info.comment ? { detail: c.info.comment } : {}), ...unavailable(c.status) }));
  }
  const c = catalogOf(m, path[0]!);
  if (path.length === 1) return databaseNames(c).map((n) => ({ name: n, kind: 'database' as const, ...unavailable(c.databases.get(n)!.status) }));
  const d = databaseOf(m, c, path[1]!);
  if (path.length === 2) {
    return objectNames(d).map((n) => {
      const o = d.objects.get(n);
      return o
        ? { name: n, kind: o.kind, ...(o.comment ? { detail: o.comment } : {}) }
        : { name: n, kind: 'table' as const, ...(d.pending.get(n)!.state === 'unavailable' ? unavailable(d.pending.get(n)) : { detail: 'loading' }) };
    });
  }
  const o = objectOf(m, path).object;
  return describeColumns(o).map((r) => {
    const detail = [r.key, r.extras, r.watermark ? `WATERMARK AS ${r.watermark}` : null].filter((x): x is string => x !== null).join(' ');
    return { name: r.name, kind: 'column' as const, type: r.type, ...(detail ? { detail } : {}) };
  });
}

function describeText(m: CatalogManager, path: readonly string[]): string {
  if (path.length === 1) {
    const c = catalogOf(m, path[0]!);
    return `CATALOG ${quoteIdentifier(c.info.name)}${c.info.comment ? ` -- ${c.info.comment}` : ''}\nstatus: ${describeStatus(c.status)}\ndatabases: ${databaseNames(c).join(', ')}\n`;
  }
  if (path.length === 2) {
    const c = catalogOf(m, path[0]!);
    const d = databaseOf(m, c, path[1]!);
    return `DATABASE ${formatPath([c.info.name, d.info.name])}\nstatus: ${describeStatus(d.status)}\nobjects: ${objectNames(d).join(', ')}\n`;
  }
  const r = objectOf(m, path);
  return `${showCreate(r.path, r.object)}\n-- ${describeProvenance(r.object.provenance)}\n`;
}

async function drop(api: EngineApi, path: readonly string[]): Promise<string> {
  const m = engineOf(api).catalogs.manager;
  const name = path.map(quoteIdentifier).join('.');
  const kind = path.length === 1 ? 'CATALOG' : path.length === 2 ? 'DATABASE' : objectOf(m, path).object.kind === 'view' ? 'VIEW' : 'TABLE';
  const sql = `DROP ${kind} ${name}`;
  const stmt = parseScript(sql).statements[0]?.statement;
  if (!stmt) throw new PoolError(`cannot drop ${name}: the name does not parse`);
  const session = catalogSession(m, initialContext({}, {}, (c) => m.defaultDatabaseOf(c)), () => ({}));
  const r = await session.execute(stmt, sql);
  return r?.kind === 'done' ? r.message : `${kind} ${name} dropped.`;
}

export const CATALOG_METHODS: Readonly<Record<string, Method>> = {
  'catalog/tree': {
    params: { path: { type: 'string[]', max: 3 } },
    run: (p, _who, api) => ({ nodes: catalogTree(engineOf(api).catalogs.manager, pathOf('catalog/tree', p, false)) }),
  },
  'catalog/describe': {
    params: { path: { type: 'string[]', required: true, max: 3 } },
    run: (p, _who, api) => ({ text: describeText(engineOf(api).catalogs.manager, pathOf('catalog/describe', p, true)) }),
  },
  'catalog/drop': {
    params: { path: { type: 'string[]', required: true, max: 3 } },
    audited: true,
    run: async (p, _who, api) => ({ message: await drop(api, pathOf('catalog/drop', p, true)) }),
  },
};
