/**
 * Checks request parameters against a small field table: types, required fields, bounds and
 * unknown fields, each refused with a message naming the field.
 */

export type FieldType = 'string' | 'int' | 'string[]' | 'object';

export interface FieldSpec {
  readonly type: FieldType;
  readonly required?: boolean;
  /** Maximum string length (characters) or array length. */
  readonly max?: number;
}

export type ParamSpec = Readonly<Record<string, FieldSpec>>;

export class InvalidParams extends Error {}

/** Longest string any field accepts unless it says otherwise. */
export const DEFAULT_MAX_STRING = 1000;
/** Longest SQL text a statement may have. */
export const MAX_SQL_CHARS = 1_000_000;

export function checkParams(method: string, params: unknown, spec: ParamSpec): Record<string, unknown> {
  if (params === undefined || params === null) params = {};
  if (typeof params !== 'object' || Array.isArray(params)) {
    throw new InvalidParams(`${method}: params must be an object with named fields (${describeSpec(spec) || "none"})`);
  }
  const obj = params as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!Object.hasOwn(spec, key)) {
      throw new InvalidParams(`${method}: unknown field '${key.slice(0, 60)}' (fields: ${describeSpec(spec) || 'none'})`);
    }
  }
  for (const [name, f] of Object.entries(spec)) {
    const v = obj[name];
    if (v === undefined || v === null) {
      if (f.required) throw new InvalidParams(`${method}: missing required field '${name}' (${f.type})`);
      continue;
    }
    const where = `${method}: field '${name}'`;
    switch (f.type) {
      case 'string': {
        if (typeof v !== 'string') throw new InvalidParams(`${where} must be a string, not ${kindOf(v)}`);
        const max = f.max ?? DEFAULT_MAX_STRING;
        if (v.length > max) throw new InvalidParams(`${where} is ${v.length} characters long; at most ${max} are accepted`);
        break;
      }
      case 'int':
        if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new InvalidParams(`${where} must be an integer, not ${kindOf(v)}`);
        break;
      case 'object':
        // The method validates the fields inside (e.g. parseConnectionSpec).
        if (typeof v !== 'object' || Array.isArray(v)) throw new InvalidParams(`${where} must be an object, not ${kindOf(v)}`);
        break;
      case 'string[]': {
        if (!Array.isArray(v)) throw new InvalidParams(`${where} must be an array of strings, not ${kindOf(v)}`);
        const max = f.max ?? 100;
        if (v.length > max) throw new InvalidParams(`${where} has ${v.length} entries; at most ${max} are accepted`);
        for (const x of v) {
          if (typeof x !== 'string' || x.length > DEFAULT_MAX_STRING) throw new InvalidParams(`${where} must hold strings of at most ${DEFAULT_MAX_STRING} characters`);
        }
        break;
      }
    }
  }
  return obj;
}

function describeSpec(spec: ParamSpec): string {
  return Object.entries(spec)
    .map(([k, f]) => `${k}${f.required ? '' : '?'}: ${f.type}`)
    .join(', ');
}

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return `the number ${String(v).slice(0, 30)}`;
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
