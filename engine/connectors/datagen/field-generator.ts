/**
 * One generator per column, compiled once from the column's type and its `fields.<name>.*`
 * options (Flink's datagen semantics): random values within min/max, hex strings of a length,
 * timestamps up to max-past before now, sequences from start to end, a null rate, and nested
 * ROW / ARRAY / MAP / MULTISET built from their element types (a ROW's field `f` of column `c`
 * takes options `fields.c.f.*`; array and map elements share their column's options).
 */
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';
import { MS_PER_DAY } from '../../types/values';
import { Options, OptionError } from '../options';
import type { Rng } from '../random';

export type FieldGenerator = (rng: Rng, row: number) => Value;

export interface SequenceSpec {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

export interface FieldContext {
  readonly options: Options;
  /** Wall clock, for timestamps (tests pass a fixed clock). */
  readonly now: () => number;
  /** Filled with every sequence field, so the source can bound itself. */
  readonly sequences: SequenceSpec[];
  /** Row offset of this split's sequence range (contiguous ranges per split). */
  sequenceOffset(path: string): number;
}

const INTEGER_RANGES: Record<string, [number, number]> = {
  TINYINT: [-128, 127],
  SMALLINT: [-32768, 32767],
  INTEGER: [-2147483648, 2147483647],
  BIGINT: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

export function compileField(type: LogicalType, path: string, ctx: FieldContext, nested = false): FieldGenerator {
  const o = ctx.options;
  const key = (k: string) => `fields.${path}.${k}`;
  const kind = o.oneOf(key('kind'), ['random', 'sequence'] as const, 'random');
  const base = kind === 'sequence' ? sequence(type, path, ctx) : random(type, path, ctx);
  const nullRate = nested ? 0 : o.number(key('null-rate'), 0);
  if (nullRate < 0 || nullRate > 1) throw o.bad(key('null-rate'), o.string(key('null-rate')), 'a rate between 0 and 1');
  if (nullRate > 0) {
    if (!type.nullable) throw new OptionError(`table ${o.table}: column '${path}' is NOT NULL but '${key('null-rate')}' is set`);
    return (rng, row) => (rng.nextDouble() < nullRate ? null : base(rng, row));
  }
  return base;
}

function sequence(type: LogicalType, path: string, ctx: FieldContext): FieldGenerator {
  const o = ctx.options;
  const startKey = `fields.${path}.start`;
  const endKey = `fields.${path}.end`;
  const start = o.number(startKey);
  const end = o.number(endKey);
  if (start === undefined || end === undefined) {
    throw new OptionError(`table ${o.table}: sequence field '${path}' needs both '${startKey}' and '${endKey}'`);
  }
  if (end < start) throw o.bad(endKey, o.string(endKey), `a value >= '${startKey}' (${start})`);
  ctx.sequences.push({ path, start, end });
  const offset = () => ctx.sequenceOffset(path);
  switch (type.kind) {
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT':
    case 'FLOAT':
    case 'DOUBLE':
    case 'DECIMAL':
      return (_rng, row) => start + offset() + row;
    case 'CHAR':
    case 'VARCHAR':
      return (_rng, row) => String(start + offset() + row);
    default:
      throw new OptionError(`table ${o.table}: field '${path}' of type ${type.kind} cannot be a sequence`);
  }
}

function random(type: LogicalType, path: string, ctx: FieldContext): FieldGenerator {
  const o = ctx.options;
  const key = (k: string) => `fields.${path}.${k}`;
  const minMax = (lo: number, hi: number): [number, number] => {
    const min = o.number(key('min'), lo);
    const max = o.number(key('max'), hi);
    if (max < min) throw o.bad(key('max'), o.string(key('max')), `a value >= min (${min})`);
    return [min, max];
  };
  const length = (fallback: number) => {
    const n = o.integer(key('length'), fallback);
    if (n < 0) throw o.bad(key('length'), o.string(key('length')), 'a length >= 0');
    return n;
  };
  const varLen = o.boolean(key('var-len'), false);
  const lengthOf = (max: number) => (varLen ? (rng: Rng) => rng.between(0, max) : () => max);
  switch (type.kind) {
    case 'BOOLEAN':
      return (rng) => rng.nextBoolean();
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT': {
      const [lo, hi] = INTEGER_RANGES[type.kind];
      const [min, max] = minMax(lo, hi);
      const a = Math.ceil(min);
      const b = Math.floor(max);
      return (rng) => rng.between(a, b);
    }
    case 'FLOAT':
    case 'DOUBLE': {
      const [min, max] = minMax(type.kind === 'FLOAT' ? -3.4e38 : -1.7e308, type.kind === 'FLOAT' ? 3.4e38 : 1.7e308);
      const f = type.kind === 'FLOAT' ? Math.fround : (x: number) => x;
      return (rng) => {
        const r = rng.nextDouble();
        return f(min * (1 - r) + max * r);
      };
    }
    case 'DECIMAL': {
      const digits = Math.min(type.precision - type.scale, 15);
      const unit = 10 ** -type.scale;
      const limit = 10 ** digits - unit;
      const [min, max] = minMax(-limit, limit);
      const scale = 10 ** type.scale;
      return (rng) => Math.round((min + (max - min) * rng.nextDouble()) * scale) / scale;
    }
    case 'CHAR':
    case 'VARCHAR': {
      const fixed = type.kind === 'CHAR' ? type.length : Math.min(type.length, length(100));
      const len = lengthOf(fixed);
      return (rng) => rng.hex(len(rng));
    }
    case 'BINARY':
    case 'VARBINARY': {
      const fixed = type.kind === 'BINARY' ? type.length : Math.min(type.length, length(100));
      const len = lengthOf(fixed);
      return (rng) => {
        const b = new Uint8Array(len(rng));
        for (let i = 0; i < b.length; i++) b[i] = rng.nextInt(256);
        return b;
      };
    }
    case 'DATE': {
      const maxPast = o.duration(key('max-past'), 0);
      return (rng) => Math.floor((ctx.now() - rng.nextInt(maxPast + 1)) / MS_PER_DAY);
    }
    case 'TIME':
      return (rng) => rng.nextInt(MS_PER_DAY);
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const maxPast = o.duration(key('max-past'), 0);
      return (rng) => ctx.now() - (maxPast > 0 ? rng.nextInt(maxPast + 1) : 0);
    }
    case 'INTERVAL_YEAR_MONTH':
    case 'INTERVAL_DAY_TIME': {
      const [min, max] = minMax(0, type.kind === 'INTERVAL_YEAR_MONTH' ? 120 : MS_PER_DAY);
      return (rng) => rng.between(Math.ceil(min), Math.floor(max));
    }
    case 'ARRAY': {
      const elem = compileField(type.element, path, ctx, true);
      const len = lengthOf(length(3));
      return (rng, row) => {
        const n = len(rng);
        const out: Value[] = new Array(n);
        for (let i = 0; i < n; i++) out[i] = elem(rng, row);
        return out;
      };
    }
    case 'MULTISET': {
      const elem = compileField(type.element, path, ctx, true);
      const len = lengthOf(length(3));
      return (rng, row) => {
        const out = new Map<Value, Value>();
        for (let i = len(rng); i > 0; i--) {
          const v = elem(rng, row);
          out.set(v, ((out.get(v) as number | undefined) ?? 0) + 1);
        }
        return out;
      };
    }
    case 'MAP': {
      const k = compileField(type.key, path, ctx, true);
      const v = compileField(type.value, path, ctx, true);
      const len = lengthOf(length(3));
      return (rng, row) => {
        const out = new Map<Value, Value>();
        for (let i = len(rng); i > 0; i--) out.set(k(rng, row), v(rng, row));
        return out;
      };
    }
    case 'ROW': {
      const fields = type.fields.map((f) => compileField(f.type, `${path}.${f.name}`, ctx));
      return (rng, row) => fields.map((g) => g(rng, row));
    }
    default:
      throw new OptionError(`table ${o.table}: datagen cannot generate column '${path}' of type ${type.kind}`);
  }
}
