/**
 * Reading a table's WITH options against its connector's OptionSpec table: typed getters that
 * fail with a message naming the table, the key and the bad value. Keys with `#` in the spec
 * are per-column (`fields.#.kind`), looked up with the column name substituted.
 */
import type { TableContext } from './api';

export class OptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OptionError';
  }
}

/** Parses `10 s`, `500ms`, `1 min`, `2h`, `1d` (Flink's duration syntax) into milliseconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2].toLowerCase();
  const scale: Record<string, number> = {
    '': 1, ms: 1, milli: 1, millis: 1, millisecond: 1, milliseconds: 1,
    s: 1000, sec: 1000, secs: 1000, second: 1000, seconds: 1000,
    m: 60_000, min: 60_000, mins: 60_000, minute: 60_000, minutes: 60_000,
    h: 3_600_000, hour: 3_600_000, hours: 3_600_000,
    d: 86_400_000, day: 86_400_000, days: 86_400_000,
  };
  const f = scale[unit];
  return f === undefined ? undefined : n * f;
}

/** Parses `128 mb`, `64kb`, `1 gb`, `100` (bytes; Flink's memory size syntax) into bytes. */
export function parseMemory(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!m) return undefined;
  const unit = m[2].toLowerCase();
  const scale: Record<string, number> = {
    '': 1, b: 1, bytes: 1,
    k: 1024, kb: 1024, kibibytes: 1024,
    m: 1024 ** 2, mb: 1024 ** 2, mebibytes: 1024 ** 2,
    g: 1024 ** 3, gb: 1024 ** 3, gibibytes: 1024 ** 3,
    t: 1024 ** 4, tb: 1024 ** 4,
  };
  const f = scale[unit];
  return f === undefined ? undefined : Math.floor(Number(m[1]) * f);
}

export class Options {
  constructor(
    readonly table: string,
    readonly raw: Readonly<Record<string, string>>,
  ) {}

  static of(ctx: TableContext): Options {
    return new Options(ctx.tableName, ctx.options);
  }

  has(key: string): boolean {
    return this.raw[key] !== undefined;
  }

  string(key: string): string | undefined;
  string(key: string, fallback: string): string;
  string(key: string, fallback?: string): string | undefined {
    return this.raw[key] ?? fallback;
  }

  required(key: string): string {
    const v = this.raw[key];
    if (v === undefined) throw new OptionError(`table ${this.table}: missing required option '${key}'`);
    return v;
  }

  number(key: string): number | undefined;
  number(key: string, fallback: number): number;
  number(key: string, fallback?: number): number | undefined {
    const v = this.raw[key];
    if (v === undefined) return fallback;
    const n = Number(v.trim());
    if (v.trim() === '' || !Number.isFinite(n)) throw this.bad(key, v, 'a number');
    return n;
  }

  integer(key: string): number | undefined;
  integer(key: string, fallback: number): number;
  integer(key: string, fallback?: number): number | undefined {
    const n = this.number(key);
    if (n === undefined) return fallback;
    if (!Number.isInteger(n)) throw this.bad(key, this.raw[key], 'an integer');
    return n;
  }

  boolean(key: string, fallback: boolean): boolean {
    const v = this.raw[key];
    if (v === undefined) return fallback;
    const t = v.trim().toLowerCase();
    if (t === 'true') return true;
    if (t === 'false') return false;
    throw this.bad(key, v, "'true' or 'false'");
  }

  duration(key: string): number | undefined;
  duration(key: string, fallback: number): number;
  duration(key: string, fallback?: number): number | undefined {
    const v = this.raw[key];
    if (v === undefined) return fallback;
    const ms = parseDuration(v);
    if (ms === undefined) throw this.bad(key, v, "a duration such as '5 s' or '100 ms'");
    return ms;
  }

  memory(key: string, fallback: number): number {
    const v = this.raw[key];
    if (v === undefined) return fallback;
    const bytes = parseMemory(v);
    if (bytes === undefined) throw this.bad(key, v, "a memory size such as '128 mb'");
    return bytes;
  }

  oneOf<T extends string>(key: string, values: readonly T[], fallback: T): T {
    const v = this.raw[key];
    if (v === undefined) return fallback;
    const t = v.trim().toLowerCase();
    const hit = values.find((x) => x.toLowerCase() === t);
    if (hit === undefined) throw this.bad(key, v, `one of ${values.map((x) => `'${x}'`).join(', ')}`);
    return hit;
  }

  /** A single character option (CSV delimiters, quotes); `\t` and `\\t` both mean tab. */
  char(key: string, fallback: string): string {
    const v = this.raw[key];
    if (v === undefined) return fallback;
    const t = v === '\\t' ? '\t' : v;
    if (t.length !== 1) throw this.bad(key, v, 'a single character');
    return t;
  }

  /** Options under a prefix with the prefix removed (`format` options passed on to a format). */
  withPrefix(prefix: string): Options {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.raw)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
    return new Options(this.table, out);
  }

  bad(key: string, value: string | undefined, expected: string): OptionError {
    return new OptionError(`table ${this.table}: option '${key}' = '${value ?? ''}' is invalid, expected ${expected}`);
  }
}
