/**
 * Document symbols: one per statement, named by its kind and object (`CREATE TABLE orders`,
 * `INSERT INTO sink`, `SELECT … FROM clicks`), with the CTEs of its query as children. A
 * statement that does not parse still gets a symbol (its first words), so the outline never
 * loses a statement while it is being typed.
 */
import type { Range } from '../diagnostic';
import { nameText, type ObjectName, type Identifier, type Query, type Statement, type TableRef } from '../sql';
import { toDocumentRange, type LanguageDocument, type LanguageStatement } from './language-document';

export type LanguageSymbolKind = 'table' | 'view' | 'function' | 'query' | 'insert' | 'catalog' | 'database' | 'module' | 'cte' | 'statement';

export interface LanguageSymbol {
  readonly name: string;
  readonly kind: LanguageSymbolKind;
  /** The whole statement (or CTE). */
  readonly range: Range;
  /** The object's name, or the statement's start. */
  readonly selectionRange: Range;
  readonly children: readonly LanguageSymbol[];
}

type Named = { readonly name?: ObjectName | Identifier };

const CREATE_KINDS: Partial<Record<Statement['kind'], [string, LanguageSymbolKind]>> = {
  createTable: ['CREATE TABLE', 'table'],
  createMaterializedTable: ['CREATE MATERIALIZED TABLE', 'table'],
  createCatalog: ['CREATE CATALOG', 'catalog'],
  createDatabase: ['CREATE DATABASE', 'database'],
  createView: ['CREATE VIEW', 'view'],
  createFunction: ['CREATE FUNCTION', 'function'],
  createModel: ['CREATE MODEL', 'statement'],
  createConnection: ['CREATE CONNECTION', 'statement'],
  alterCatalog: ['ALTER CATALOG', 'catalog'],
  alterDatabase: ['ALTER DATABASE', 'database'],
  alterTable: ['ALTER TABLE', 'table'],
  alterView: ['ALTER VIEW', 'view'],
  alterFunction: ['ALTER FUNCTION', 'function'],
  alterModel: ['ALTER MODEL', 'statement'],
  alterConnection: ['ALTER CONNECTION', 'statement'],
  alterMaterializedTable: ['ALTER MATERIALIZED TABLE', 'table'],
  useCatalog: ['USE CATALOG', 'catalog'],
  useDatabase: ['USE', 'database'],
  loadModule: ['LOAD MODULE', 'module'],
  unloadModule: ['UNLOAD MODULE', 'module'],
  analyzeTable: ['ANALYZE TABLE', 'table'],
  truncateTable: ['TRUNCATE TABLE', 'table'],
  delete: ['DELETE FROM', 'table'],
  update: ['UPDATE', 'table'],
};

function objectText(n: ObjectName | Identifier): string {
  return n.kind === 'identifier' ? n.value : nameText(n);
}

/** The first named table a query reads, for `SELECT … FROM t`. */
function firstTable(ref: TableRef | undefined): string | undefined {
  if (!ref) return undefined;
  switch (ref.kind) {
    case 'namedTable':
      return nameText(ref.name);
    case 'join':
      return firstTable(ref.left);
    case 'matchRecognize':
      return firstTable(ref.input);
    case 'subqueryTable':
      return queryTable(ref.query);
    case 'tableFunction':
      return nameText(ref.call.name);
    default:
      return undefined;
  }
}

function queryTable(q: Query): string | undefined {
  let body = q.body;
  while (body.kind === 'query' || body.kind === 'setOperation') body = body.kind === 'query' ? body.body : body.left;
  if (body.kind === 'select') return firstTable(body.from);
  if (body.kind === 'tableQuery') return nameText(body.table);
  return undefined;
}

function queryLabel(q: Query): string {
  const t = queryTable(q);
  return t ? `SELECT … FROM ${t}` : 'SELECT';
}

interface Described {
  readonly name: string;
  readonly kind: LanguageSymbolKind;
  readonly nameNode?: ObjectName | Identifier;
  readonly query?: Query;
}

function describe(s: Statement): Described {
  const create = CREATE_KINDS[s.kind];
  const named = (s as Named).name;
  if (create && named) {
    const query = 'asQuery' in s && s.asQuery ? s.asQuery : 'query' in s && s.query && s.query.kind === 'query' ? s.query : undefined;
    return { name: `${create[0]} ${objectText(named)}`, kind: create[1], nameNode: named, query };
  }
  switch (s.kind) {
    case 'queryStatement':
      return { name: queryLabel(s.query), kind: 'query', query: s.query };
    case 'insert':
      return { name: `${s.upsert ? 'UPSERT' : 'INSERT'} ${s.overwrite ? 'OVERWRITE' : 'INTO'} ${nameText(s.table)}`, kind: 'insert', nameNode: s.table, query: s.query };
    case 'statementSet':
      return { name: `STATEMENT SET (${s.inserts.length} INSERT${s.inserts.length === 1 ? '' : 'S'})`, kind: 'insert' };
    case 'execute':
      return { ...describe(s.target), name: `EXECUTE ${describe(s.target).name}` };
    case 'explain':
      return { ...describe(s.target), name: `EXPLAIN ${describe(s.target).name}` };
    case 'compilePlan':
      return { ...describe(s.target), name: `COMPILE PLAN ${describe(s.target).name}` };
    case 'drop':
      return { name: `DROP ${s.objectKind} ${nameText(s.name)}`, kind: 'statement', nameNode: s.name };
    case 'show':
      return { name: `SHOW ${s.what}${s.target ? ` ${nameText(s.target)}` : ''}`, kind: 'statement' };
    case 'describe':
      return { name: `DESCRIBE ${s.name ? nameText(s.name) : (s.jobId ?? '')}`.trim(), kind: 'statement', nameNode: s.name };
    case 'set':
      return { name: s.property ? `SET '${s.property.key}'` : 'SET', kind: 'statement' };
    default:
      return { name: fallbackName(s.kind), kind: 'statement' };
  }
}

/** `createTable` -> `CREATE TABLE`. */
function fallbackName(kind: string): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/** The first words of a statement that does not parse: `CREATE TABLE orders (`. */
function textName(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/\s+/g, ' ').trim();
  return firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine;
}

function cteSymbols(stmt: LanguageStatement, q: Query | undefined): LanguageSymbol[] {
  if (!q) return [];
  return q.with.map((cte) => ({
    name: `WITH ${cte.name.value}`,
    kind: 'cte' as const,
    range: toDocumentRange(stmt, cte.range),
    selectionRange: toDocumentRange(stmt, cte.name.range),
    children: cteSymbols(stmt, cte.query),
  }));
}

export function statementSymbol(stmt: LanguageStatement): LanguageSymbol {
  const s = stmt.result.statement;
  const range = stmt.range;
  if (!s) {
    const start = stmt.toDocumentPosition({ line: 0, character: 0 });
    return { name: textName(stmt.text), kind: 'statement', range, selectionRange: { start, end: start }, children: [] };
  }
  const d = describe(s);
  const selectionRange = d.nameNode ? toDocumentRange(stmt, d.nameNode.range) : { start: range.start, end: range.start };
  return { name: d.name, kind: d.kind, range, selectionRange, children: cteSymbols(stmt, d.query) };
}

export function documentSymbols(doc: LanguageDocument): LanguageSymbol[] {
  return doc.statements.map(statementSymbol);
}
