/**
 * The stable JSON form of catalog objects, databases and catalogs: what the local store
 * writes to disk. Stable means deterministic (same object, same bytes: keys in a fixed
 * order, two-space indent, trailing newline) and versioned (`formatVersion`). Provenance is
 * not stored: it says where a definition was loaded from, so the loader supplies it.
 *
 * Decoding validates the shape and throws a CatalogFormatError naming the offending field;
 * the store turns that into an "unavailable" entry instead of failing the whole catalog.
 */
import type { LogicalType } from '../types/logical-type';
import type {
  CatalogFunction,
  CatalogInfo,
  CatalogObject,
  DatabaseInfo,
  Provenance,
} from './model';

export const FORMAT_VERSION = 1;

export class CatalogFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogFormatError';
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const FIRST_KEYS = ['formatVersion', 'kind', 'name', 'nullable'];

function keyOrder(a: string, b: string): number {
  const x = FIRST_KEYS.indexOf(a);
  const y = FIRST_KEYS.indexOf(b);
  if (x >= 0 || y >= 0) return (x < 0 ? FIRST_KEYS.length : x) - (y < 0 ? FIRST_KEYS.length : y);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Recursively orders keys and drops undefined values. */
function canonical(value: unknown): Json {
  if (value === null || typeof value !== 'object') return value as Json;
  if (Array.isArray(value)) return value.map(canonical);
  const out: { [k: string]: Json } = {};
  for (const k of Object.keys(value).sort(keyOrder)) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = canonical(v);
  }
  return out;
}

function stringify(value: unknown): string {
  return JSON.stringify(canonical(value), null, 2) + '\n';
}

function withoutProvenance<T extends { provenance: Provenance }>(o: T): Omit<T, 'provenance'> {
  const { provenance: _drop, ...rest } = o;
  return rest;
}

export function encodeObject(object: CatalogObject): string {
  return stringify({ formatVersion: FORMAT_VERSION, ...withoutProvenance(object) });
}

export function encodeDatabase(info: DatabaseInfo, functions: readonly CatalogFunction[]): string {
  return stringify({
    formatVersion: FORMAT_VERSION,
    kind: 'database',
    ...info,
    functions: [...functions].sort((a, b) => (a.name < b.name ? -1 : 1)).map(withoutProvenance),
  });
}

export function encodeCatalog(info: CatalogInfo): string {
  return stringify({ formatVersion: FORMAT_VERSION, kind: 'catalog', ...info });
}

// ----- decoding -----

type Obj = Record<string, unknown>;

function parse(text: string): Obj {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new CatalogFormatError(`not valid JSON: ${(e as Error).message}`);
  }
  const o = obj(v, '$');
  const version = o['formatVersion'];
  if (version !== FORMAT_VERSION) {
    throw new CatalogFormatError(`formatVersion: expected ${FORMAT_VERSION}, found ${JSON.stringify(version)}`);
  }
  return o;
}

function obj(v: unknown, at: string): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new CatalogFormatError(`${at}: expected an object`);
  return v as Obj;
}

function str(o: Obj, key: string, at: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new CatalogFormatError(`${at}.${key}: expected a string`);
  return v;
}

function optStr(o: Obj, key: string, at: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, at);
}

function bool(o: Obj, key: string, at: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') throw new CatalogFormatError(`${at}.${key}: expected true or false`);
  return v;
}

function int(o: Obj, key: string, at: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new CatalogFormatError(`${at}.${key}: expected an integer`);
  return v;
}

function arr(o: Obj, key: string, at: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new CatalogFormatError(`${at}.${key}: expected an array`);
  return v;
}

function strings(o: Obj, key: string, at: string): string[] {
  return arr(o, key, at).map((v, i) => {
    if (typeof v !== 'string') throw new CatalogFormatError(`${at}.${key}[${i}]: expected a string`);
    return v;
  });
}

function record(o: Obj, key: string, at: string): Record<string, string> | undefined {
  if (o[key] === undefined) return undefined;
  const r = obj(o[key], `${at}.${key}`);
  for (const [k, v] of Object.entries(r)) {
    if (typeof v !== 'string') throw new CatalogFormatError(`${at}.${key}.${k}: expected a string`);
  }
  return r as Record<string, string>;
}

function oneOf<T extends string>(o: Obj, key: string, at: string, values: readonly T[]): T {
  const v = o[key];
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
    throw new CatalogFormatError(`${at}.${key}: expected one of ${values.join(', ')}, found ${JSON.stringify(v)}`);
  }
  return v as T;
}

const SIMPLE_KINDS = ['BOOLEAN', 'TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'FLOAT', 'DOUBLE', 'DATE', 'VARIANT'];
const LENGTH_KINDS = ['CHAR', 'VARCHAR', 'BINARY', 'VARBINARY'];

/** Validates a logical type (recursively) and returns it unchanged. */
export function decodeType(v: unknown, at: string): LogicalType {
  const t = obj(v, at);
  const kind = str(t, 'kind', at);
  if (kind !== 'NULL') bool(t, 'nullable', at);
  if (SIMPLE_KINDS.includes(kind) || kind === 'NULL') return t as unknown as LogicalType;
  if (LENGTH_KINDS.includes(kind)) {
    int(t, 'length', at);
    return t as unknown as LogicalType;
  }
  switch (kind) {
    case 'DECIMAL':
      int(t, 'precision', at);
      int(t, 'scale', at);
      break;
    case 'TIME':
      int(t, 'precision', at);
      break;
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      int(t, 'precision', at);
      if (t['timeAttribute'] !== undefined) oneOf(t, 'timeAttribute', at, ['rowtime', 'proctime']);
      break;
    case 'INTERVAL_YEAR_MONTH':
      str(t, 'resolution', at);
      int(t, 'yearPrecision', at);
      break;
    case 'INTERVAL_DAY_TIME':
      str(t, 'resolution', at);
      int(t, 'dayPrecision', at);
      int(t, 'fractionalPrecision', at);
      break;
    case 'ARRAY':
    case 'MULTISET':
      decodeType(t['element'], `${at}.element`);
      break;
    case 'MAP':
      decodeType(t['key'], `${at}.key`);
      decodeType(t['value'], `${at}.value`);
      break;
    case 'ROW':
    case 'TABLE_ARG':
      arr(t, 'fields', at).forEach((f, i) => {
        const field = obj(f, `${at}.fields[${i}]`);
        str(field, 'name', `${at}.fields[${i}]`);
        decodeType(field['type'], `${at}.fields[${i}].type`);
      });
      break;
    case 'RAW':
      str(t, 'className', at);
      break;
    case 'DESCRIPTOR':
      strings(t, 'columns', at);
      break;
    default:
      throw new CatalogFormatError(`${at}.kind: unknown type ${JSON.stringify(kind)}`);
  }
  return t as unknown as LogicalType;
}

function decodeColumn(v: unknown, at: string): void {
  const c = obj(v, at);
  const kind = oneOf(c, 'kind', at, ['physical', 'computed', 'metadata']);
  str(c, 'name', at);
  decodeType(c['type'], `${at}.type`);
  optStr(c, 'comment', at);
  if (kind === 'computed') str(c, 'expression', at);
  if (kind === 'metadata') {
    optStr(c, 'key', at);
    bool(c, 'virtual', at);
  }
}

/** A table or view definition; `provenance` is where it was loaded from. */
export function decodeObject(text: string, provenance: Provenance): CatalogObject {
  const o = parse(text);
  const kind = oneOf(o, 'kind', '$', ['table', 'view']);
  str(o, 'name', '$');
  optStr(o, 'comment', '$');
  oneOf(o, 'changelog', '$', ['append-only', 'upsert', 'retract']);
  arr(o, 'columns', '$').forEach((c, i) => decodeColumn(c, `$.columns[${i}]`));
  if (kind === 'view') {
    str(o, 'query', '$');
  } else {
    if (record(o, 'options', '$') === undefined) throw new CatalogFormatError('$.options: expected an object');
    if (o['watermark'] !== undefined) {
      const w = obj(o['watermark'], '$.watermark');
      str(w, 'column', '$.watermark');
      str(w, 'expression', '$.watermark');
      if (w['delayMs'] !== undefined) int(w, 'delayMs', '$.watermark');
    }
    if (o['primaryKey'] !== undefined) {
      const k = obj(o['primaryKey'], '$.primaryKey');
      strings(k, 'columns', '$.primaryKey');
      optStr(k, 'name', '$.primaryKey');
    }
    if (o['partitionKeys'] !== undefined) strings(o, 'partitionKeys', '$');
    if (o['distribution'] !== undefined) {
      const d = obj(o['distribution'], '$.distribution');
      oneOf(d, 'kind', '$.distribution', ['hash', 'range', 'unknown']);
      strings(d, 'columns', '$.distribution');
      if (d['buckets'] !== undefined) int(d, 'buckets', '$.distribution');
    }
  }
  const { formatVersion: _v, ...rest } = o;
  return { ...(rest as unknown as CatalogObject), provenance };
}

export function decodeDatabase(text: string, provenance: Provenance): { info: DatabaseInfo; functions: CatalogFunction[] } {
  const o = parse(text);
  oneOf(o, 'kind', '$', ['database']);
  const name = str(o, 'name', '$');
  const comment = optStr(o, 'comment', '$');
  const properties = record(o, 'properties', '$');
  const functions = (o['functions'] === undefined ? [] : arr(o, 'functions', '$')).map((v, i) => {
    const at = `$.functions[${i}]`;
    const f = obj(v, at);
    str(f, 'name', at);
    str(f, 'className', at);
    oneOf(f, 'language', at, ['JAVA', 'SCALA', 'PYTHON', 'SQL']);
    if (f['resources'] !== undefined) strings(f, 'resources', at);
    optStr(f, 'comment', at);
    return { ...(f as unknown as CatalogFunction), provenance };
  });
  return {
    info: { name, ...(comment !== undefined ? { comment } : {}), ...(properties ? { properties } : {}) },
    functions,
  };
}

export function decodeCatalog(text: string): CatalogInfo {
  const o = parse(text);
  oneOf(o, 'kind', '$', ['catalog']);
  const name = str(o, 'name', '$');
  const defaultDatabase = str(o, 'defaultDatabase', '$');
  const comment = optStr(o, 'comment', '$');
  const properties = record(o, 'properties', '$');
  return { name, defaultDatabase, ...(comment !== undefined ? { comment } : {}), ...(properties ? { properties } : {}) };
}
