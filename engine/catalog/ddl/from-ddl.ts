/**
 * DDL statements (the typed AST of engine/sql) -> catalog objects: what CREATE TABLE, CREATE
 * VIEW, CREATE DATABASE, CREATE CATALOG and CREATE FUNCTION put into a catalog. The engine
 * runs DDL with these, and the language server builds workspace declarations with them.
 *
 * The conversion is structural. What needs the analyzer comes in through the options: the type
 * of each computed column, the columns of a view's or a CREATE TABLE AS's query, and the
 * resolved source table of `LIKE`. Flink's rules applied here: primary key columns become
 * NOT NULL; the watermark column becomes a rowtime attribute; `LIKE` merges by its options
 * (default INCLUDING ALL OVERWRITING OPTIONS). Problems of the conversion itself (a type with
 * no Flink equivalent, something the analyzer could not derive, a LIKE conflict) come back as
 * DdlProblems with ranges; semantic checks (duplicate columns, key and watermark columns that do
 * not exist, watermark types, unknown options) are the analyzer's, which sees the same AST.
 */
import type { Range } from '../../diagnostic';
import type { LogicalType } from '../../types/logical-type';
import { withNullability } from '../../types/logical-type';
import type {
  ColumnDefinition,
  ComputedColumn as ComputedColumnAst,
  CreateCatalog,
  CreateDatabase,
  CreateFunction,
  CreateTable,
  CreateView,
  LikeOption,
  Property,
  Query,
} from '../../sql';
import { toLogicalType } from '../../sql';
import { table } from '../build';
import type {
  CatalogFunction,
  CatalogInfo,
  CatalogTable,
  CatalogViewDef,
  Column,
  DatabaseInfo,
  Distribution,
  FunctionLanguage,
  PhysicalColumn,
  PrimaryKey,
  Provenance,
} from '../model';
import { view } from '../build';

export interface DdlProblem {
  readonly message: string;
  readonly range: Range;
}

export interface Converted<T> {
  readonly value: T;
  readonly problems: readonly DdlProblem[];
}

export interface TableFromDdlOptions {
  readonly provenance: Provenance;
  /** The type of a computed column's expression, given the columns before it (the analyzer). */
  readonly typeOfComputed: (column: ComputedColumnAst, columns: readonly Column[]) => LogicalType | undefined;
  /** The columns of `CREATE TABLE ... AS query`, appended after the declared ones. */
  readonly queryColumns?: (query: Query) => readonly PhysicalColumn[] | undefined;
  /** The resolved source table of `LIKE`. */
  readonly likeSource?: CatalogTable;
}

/** The text of a node, as written. */
export function sourceText(text: string, node: { start: number; end: number }): string {
  return text.slice(node.start, node.end);
}

function optionsOf(properties: readonly Property[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of properties) out[p.key] = p.value;
  return out;
}

type LikeWhat = LikeOption['what'];
type LikeMode = LikeOption['mode'];

/** The LIKE mode per feature, with Flink's default INCLUDING ALL OVERWRITING OPTIONS. */
function likeModes(options: readonly LikeOption[]): (what: Exclude<LikeWhat, 'ALL'>) => LikeMode {
  const explicit = new Map<LikeWhat, LikeMode>();
  for (const o of options) explicit.set(o.what, o.mode);
  return (what) => {
    const own = explicit.get(what);
    if (own) return own;
    const all = explicit.get('ALL');
    if (all) return all === 'EXCLUDING' ? 'EXCLUDING' : all;
    return what === 'OPTIONS' ? 'OVERWRITING' : 'INCLUDING';
  };
}

/** One column definition -> a catalog column, typed (computed columns through the analyzer's callback). */
export function columnFromDdl(
  def: ColumnDefinition,
  text: string,
  before: readonly Column[],
  typeOfComputed: TableFromDdlOptions['typeOfComputed'],
): { column: Column } | { problem: DdlProblem } {
  const comment = def.comment !== undefined ? { comment: def.comment } : {};
  if (def.kind === 'computedColumn') {
    const type = typeOfComputed(def, before);
    if (!type) return { problem: { message: `The type of computed column '${def.name.value}' could not be derived.`, range: def.expression.range } };
    return { column: { kind: 'computed', name: def.name.value, type, expression: sourceText(text, def.expression), ...comment } };
  }
  const type = toLogicalType(def.type);
  if (!type) return { problem: { message: `The type ${sourceText(text, def.type)} of column '${def.name.value}' is not supported.`, range: def.type.range } };
  if (def.kind === 'physicalColumn') return { column: { kind: 'physical', name: def.name.value, type, ...comment } };
  return {
    column: {
      kind: 'metadata',
      name: def.name.value,
      type,
      virtual: def.virtual,
      ...(def.metadataKey !== undefined ? { key: def.metadataKey } : {}),
      ...comment,
    },
  };
}

export function tableFromDdl(stmt: CreateTable, text: string, name: string, options: TableFromDdlOptions): Converted<CatalogTable> {
  const problems: DdlProblem[] = [];
  const mode = stmt.like ? likeModes(stmt.like.options) : undefined;
  const like = stmt.like ? options.likeSource : undefined;
  if (stmt.like && !like) problems.push({ message: 'The source table of LIKE is not known; its columns are not included.', range: stmt.like.range });

  let columns: Column[] = [];
  const inherited = new Set<string>();
  if (like && mode) {
    for (const c of like.columns) {
      if (c.kind === 'computed' && mode('GENERATED') === 'EXCLUDING') continue;
      if (c.kind === 'metadata' && mode('METADATA') === 'EXCLUDING') continue;
      columns.push(c);
      inherited.add(c.name);
    }
  }
  const add = (c: Column, range: Range) => {
    const i = columns.findIndex((x) => x.name === c.name);
    if (i < 0) {
      columns.push(c);
      return;
    }
    // A duplicate among the declared columns is the analyzer's to report; the first one stays.
    if (!inherited.has(c.name)) return;
    const existing = columns[i];
    const overwritable =
      (existing.kind === 'computed' && mode?.('GENERATED') === 'OVERWRITING') ||
      (existing.kind === 'metadata' && mode?.('METADATA') === 'OVERWRITING');
    if (overwritable && existing.kind === c.kind) {
      columns[i] = c;
      inherited.delete(c.name);
    } else {
      problems.push({ message: `A column named '${c.name}' already exists in the LIKE table ${stmt.like!.source.parts.map((p) => p.value).join('.')}.`, range });
    }
  };
  for (const def of stmt.columns) {
    const r = columnFromDdl(def, text, columns, options.typeOfComputed);
    if ('problem' in r) problems.push(r.problem);
    else add(r.column, def.range);
  }
  if (stmt.asQuery) {
    const fromQuery = options.queryColumns?.(stmt.asQuery);
    if (fromQuery) for (const c of fromQuery) add(c, stmt.asQuery.range);
    else problems.push({ message: 'The columns of the query could not be derived.', range: stmt.asQuery.range });
  }

  // Primary key: declared, else inherited through LIKE (INCLUDING CONSTRAINTS).
  let primaryKey: PrimaryKey | undefined;
  if (stmt.primaryKey) {
    primaryKey = {
      ...(stmt.primaryKey.constraintName ? { name: stmt.primaryKey.constraintName.value } : {}),
      columns: stmt.primaryKey.columns.map((c) => c.value),
    };
  } else if (like?.primaryKey && mode?.('CONSTRAINTS') !== 'EXCLUDING') {
    primaryKey = like.primaryKey;
  }
  if (primaryKey) {
    const key = new Set(primaryKey.columns);
    columns = columns.map((c) => (key.has(c.name) && c.type.nullable ? { ...c, type: withNullability(c.type, false) } : c));
  }

  // Watermark: declared (one), else inherited (INCLUDING WATERMARKS).
  let watermark: { column: string; expression: string } | undefined;
  if (stmt.watermarks.length > 0) {
    const w = stmt.watermarks[0];
    watermark = { column: w.column.parts.map((p) => p.value).join('.'), expression: sourceText(text, w.expression) };
  } else if (like?.watermark && mode?.('WATERMARKS') !== 'EXCLUDING') {
    watermark = { column: like.watermark.column, expression: like.watermark.expression };
  }

  let tableOptions = optionsOf(stmt.options);
  if (like && mode) {
    const inherited = mode('OPTIONS');
    if (inherited === 'INCLUDING') {
      for (const p of stmt.options) {
        if (like.options[p.key] !== undefined) {
          problems.push({ message: `Option '${p.key}' is already set by the LIKE table; use OVERWRITING OPTIONS to change it.`, range: p.range });
        }
      }
      tableOptions = { ...like.options, ...tableOptions };
    } else if (inherited === 'OVERWRITING') {
      tableOptions = { ...like.options, ...tableOptions };
    }
  }

  let distribution: Distribution | undefined;
  if (stmt.distribution) {
    const algorithm = stmt.distribution.algorithm?.toUpperCase();
    distribution = {
      kind: algorithm === 'HASH' ? 'hash' : algorithm === 'RANGE' ? 'range' : 'unknown',
      columns: stmt.distribution.columns.map((c) => c.value),
      ...(stmt.distribution.buckets !== undefined ? { buckets: stmt.distribution.buckets } : {}),
    };
  } else if (like?.distribution && mode?.('DISTRIBUTION') !== 'EXCLUDING') {
    distribution = like.distribution;
  }
  let partitionKeys = stmt.partitionedBy.map((p) => p.value);
  if (partitionKeys.length === 0 && like?.partitionKeys && mode?.('PARTITIONS') !== 'EXCLUDING') partitionKeys = [...like.partitionKeys];

  const value = table({
    name,
    columns,
    ...(watermark ? { watermark } : {}),
    ...(primaryKey ? { primaryKey } : {}),
    ...(partitionKeys.length > 0 ? { partitionKeys } : {}),
    ...(distribution ? { distribution } : {}),
    options: tableOptions,
    ...(stmt.comment !== undefined ? { comment: stmt.comment } : {}),
    provenance: options.provenance,
  });
  return { value, problems };
}

export interface ViewFromDdlOptions {
  readonly provenance: Provenance;
  /** The columns the query produces (the analyzer); renamed by the view's column list. */
  readonly queryColumns: (query: Query) => readonly PhysicalColumn[] | undefined;
}

export function viewFromDdl(stmt: CreateView, text: string, name: string, options: ViewFromDdlOptions): Converted<CatalogViewDef> {
  const problems: DdlProblem[] = [];
  let columns = [...(options.queryColumns(stmt.query) ?? [])];
  if (columns.length === 0) problems.push({ message: 'The columns of the view could not be derived.', range: stmt.query.range });
  if (stmt.columns.length > 0 && columns.length > 0) {
    if (stmt.columns.length !== columns.length) {
      problems.push({
        message: `The view declares ${stmt.columns.length} column names but its query produces ${columns.length} columns.`,
        range: stmt.columns[0].range,
      });
    } else {
      columns = columns.map((c, i) => ({ ...c, name: stmt.columns[i].value }));
    }
  }
  const value = view({
    name,
    columns,
    query: sourceText(text, stmt.query),
    ...(stmt.comment !== undefined ? { comment: stmt.comment } : {}),
    provenance: options.provenance,
  });
  return { value, problems };
}

export function databaseFromDdl(stmt: CreateDatabase): DatabaseInfo {
  const properties = optionsOf(stmt.options);
  const name = stmt.name.parts[stmt.name.parts.length - 1].value;
  return {
    name,
    ...(stmt.comment !== undefined ? { comment: stmt.comment } : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/** `CREATE CATALOG c WITH ('type' = ..., 'default-database' = ...)`. */
export function catalogFromDdl(stmt: CreateCatalog): CatalogInfo {
  const properties = optionsOf(stmt.options);
  return {
    name: stmt.name.value,
    defaultDatabase: properties['default-database'] ?? 'default',
    ...(stmt.comment !== undefined ? { comment: stmt.comment } : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

export function functionFromDdl(stmt: CreateFunction, name: string, provenance: Provenance): CatalogFunction {
  const language = (stmt.language ?? 'JAVA').toUpperCase();
  const known: readonly FunctionLanguage[] = ['JAVA', 'SCALA', 'PYTHON', 'SQL'];
  return {
    name,
    className: stmt.className,
    language: known.includes(language as FunctionLanguage) ? (language as FunctionLanguage) : 'JAVA',
    ...(stmt.jars.length > 0 ? { resources: stmt.jars } : {}),
    provenance,
  };
}
