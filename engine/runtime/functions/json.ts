/**
 * JSON functions: IS JSON, JSON_EXISTS, JSON_VALUE, JSON_QUERY (a JSON path subset: `$`,
 * `.name`, `['name']`, `[n]`, `[*]`), JSON_STRING, JSON_OBJECT (key/value operand pairs,
 * NULL ON NULL), JSON_ARRAY (ABSENT ON NULL). Invalid JSON or a missing path gives NULL
 * (Flink's default NULL ON EMPTY / NULL ON ERROR).
 */
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';
import { fail } from './errors';
import { literalOf, type ScalarTable } from './scalar';

type Step = string | number | '*';

export function parsePath(path: string): Step[] | null {
  const s = path.trim();
  if (!s.startsWith('$')) return null;
  const steps: Step[] = [];
  let i = 1;
  while (i < s.length) {
    if (s[i] === '.') {
      const m = /^\.([A-Za-z_$][\w$]*|\*)/.exec(s.slice(i));
      if (!m) return null;
      steps.push(m[1] === '*' ? '*' : m[1]!);
      i += m[0].length;
    } else if (s[i] === '[') {
      const m = /^\[\s*(?:(\d+)|'([^']*)'|"([^"]*)"|(\*))\s*\]/.exec(s.slice(i));
      if (!m) return null;
      steps.push(m[1] !== undefined ? Number(m[1]) : m[4] !== undefined ? '*' : (m[2] ?? m[3])!);
      i += m[0].length;
    } else return null;
  }
  return steps;
}

const MISSING = Symbol('missing');

function select(doc: unknown, steps: readonly Step[]): unknown {
  let cur: unknown = doc;
  for (let k = 0; k < steps.length; k++) {
    const st = steps[k]!;
    if (st === '*') {
      const items = Array.isArray(cur) ? cur : cur !== null && typeof cur === 'object' ? Object.values(cur) : null;
      if (items === null) return MISSING;
      const rest = steps.slice(k + 1);
      return items.map((x) => select(x, rest)).filter((x) => x !== MISSING);
    }
    if (typeof st === 'number') {
      if (!Array.isArray(cur) || st >= cur.length) return MISSING;
      cur = cur[st];
    } else {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !(st in cur)) return MISSING;
      cur = (cur as Record<string, unknown>)[st];
    }
  }
  return cur;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return MISSING;
  }
}

function pathOperand(op: Value | undefined): (p: string) => Step[] | null {
  if (typeof op === 'string') {
    const fixed = parsePath(op);
    return () => fixed;
  }
  return parsePath;
}

function scalarAs(type: LogicalType, v: unknown): Value {
  if (v === null || v === MISSING || typeof v === 'object') return null;
  switch (type.kind) {
    case 'BOOLEAN':
      return typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : null;
    case 'INTEGER':
    case 'BIGINT':
    case 'SMALLINT':
    case 'TINYINT': {
      const n = Number(v);
      return Number.isFinite(n) ? Math.trunc(n) : null;
    }
    case 'DOUBLE':
    case 'FLOAT':
    case 'DECIMAL': {
      const n = Number(v);
      return Number.isNaN(n) ? null : n;
    }
    default:
      return String(v);
  }
}

/** JSON text of a run-time value (Maps as objects, bytes as base64). */
export function toJson(v: Value): unknown {
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), toJson(x)]));
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (Array.isArray(v)) return v.map(toJson);
  return v;
}

/** A parsed JSON document as a VARIANT value (see values.ts): objects become Maps. */
export function variantOf(doc: unknown): Value {
  if (doc === null || typeof doc === 'boolean' || typeof doc === 'number' || typeof doc === 'string') return doc;
  if (Array.isArray(doc)) return doc.map(variantOf);
  return new Map(Object.entries(doc as Record<string, unknown>).map(([k, v]) => [k, variantOf(v)]));
}

export const JSON_FUNCTIONS: ScalarTable = {
  PARSE_JSON: {
    bind: () => (s: string) => {
      const doc = parse(s);
      return doc === MISSING ? fail(`PARSE_JSON: invalid JSON text '${s.length > 40 ? `${s.slice(0, 40)}…` : s}'`) : variantOf(doc);
    },
  },
  TRY_PARSE_JSON: {
    bind: () => (s: string) => {
      const doc = parse(s);
      return doc === MISSING ? null : variantOf(doc);
    },
  },
  'IS JSON': { strict: false, bind: () => (s: string | null) => (s === null ? false : parse(s) !== MISSING) },
  JSON_EXISTS: {
    bind: (ops) => {
      const path = pathOperand(literalOf(ops[1]));
      return (s: string, p: string) => {
        const steps = path(p);
        const doc = parse(s);
        if (steps === null || doc === MISSING) return false;
        return select(doc, steps) !== MISSING;
      };
    },
  },
  JSON_VALUE: {
    bind: (ops, type) => {
      const path = pathOperand(literalOf(ops[1]));
      return (s: string, p: string) => {
        const steps = path(p);
        const doc = parse(s);
        if (steps === null || doc === MISSING) return null;
        return scalarAs(type, select(doc, steps));
      };
    },
  },
  JSON_QUERY: {
    bind: (ops) => {
      const path = pathOperand(literalOf(ops[1]));
      return (s: string, p: string) => {
        const steps = path(p);
        const doc = parse(s);
        if (steps === null || doc === MISSING) return null;
        const v = select(doc, steps);
        return v === MISSING || v === null || typeof v !== 'object' ? null : JSON.stringify(v);
      };
    },
  },
  JSON_QUOTE: { bind: () => (s: string) => JSON.stringify(s) },
  JSON_UNQUOTE: {
    bind: () => (s: string) => {
      if (!/^".*"$/s.test(s)) return s;
      try {
        return JSON.parse(s) as string;
      } catch {
        return s;
      }
    },
  },
  JSON_STRING: { bind: () => (v: Value) => JSON.stringify(toJson(v)) },
  JSON_OBJECT: {
    strict: false,
    bind: () => (...kv: Value[]) => {
      const o: Record<string, unknown> = {};
      for (let i = 0; i + 1 < kv.length; i += 2) o[String(kv[i])] = toJson(kv[i + 1]!);
      return JSON.stringify(o);
    },
  },
  JSON_ARRAY: {
    strict: false,
    bind: () => (...vs: Value[]) => JSON.stringify(vs.filter((v) => v !== null).map(toJson)),
  },
};
