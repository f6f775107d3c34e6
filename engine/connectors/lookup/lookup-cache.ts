/**
 * Flink's lookup cache options (`lookup.cache` and the `lookup.partial-cache.*` /
 * `lookup.full-cache.*` options of lookup-capable connectors), over any connector's
 * LookupSource:
 *
 * - NONE (default): every lookup asks the connector, so it sees the table as it is then.
 * - PARTIAL: looked-up keys are kept (rows, and by default missing keys too), least recently
 *   used first out beyond `max-rows`, dropped `expire-after-write` after they were loaded or
 *   `expire-after-access` after they were last read.
 * - FULL: the whole table is read once and lookups answer from that copy, read again every
 *   `periodic-reload.interval` (PERIODIC) or at `timed-reload.iso-time` every
 *   `timed-reload.interval-in-days` days (TIMED).
 *
 * Expiry and reloads follow processing time (the clock handed in).
 */
import type { Row } from '../../runtime/changelog';
import { encodeKey } from '../../runtime/row/key';
import type { Value } from '../../types/values';
import type { LookupSource, OptionSpec, TableContext } from '../api';
import { OptionError, Options } from '../options';

export const LOOKUP_OPTIONS: readonly OptionSpec[] = [
  { key: 'lookup.cache', type: 'enum', values: ['NONE', 'PARTIAL', 'FULL'], default: 'NONE', description: 'Caching of lookup join results: none, the keys looked up (PARTIAL), or the whole table (FULL).' },
  { key: 'lookup.partial-cache.expire-after-access', type: 'duration', description: 'PARTIAL: a cached key is dropped this long after it was last read.' },
  { key: 'lookup.partial-cache.expire-after-write', type: 'duration', description: 'PARTIAL: a cached key is dropped this long after it was loaded.' },
  { key: 'lookup.partial-cache.cache-missing-key', type: 'boolean', default: 'true', description: 'PARTIAL: whether a key without rows is cached too.' },
  { key: 'lookup.partial-cache.max-rows', type: 'long', description: 'PARTIAL: at most this many keys are cached (the least recently used leave first).' },
  { key: 'lookup.full-cache.reload-strategy', type: 'enum', values: ['PERIODIC', 'TIMED'], default: 'PERIODIC', description: 'FULL: reload the table at an interval (PERIODIC) or at a time of day (TIMED).' },
  { key: 'lookup.full-cache.periodic-reload.interval', type: 'duration', description: 'FULL, PERIODIC: the table is read again after this long.' },
  { key: 'lookup.full-cache.periodic-reload.schedule-mode', type: 'enum', values: ['FIXED_DELAY', 'FIXED_RATE'], default: 'FIXED_DELAY', description: 'FULL, PERIODIC: interval counted from the end of the last load (FIXED_DELAY) or from its start (FIXED_RATE).' },
  { key: 'lookup.full-cache.timed-reload.iso-time', type: 'string', description: "FULL, TIMED: the time of day of reloads, ISO-8601 ('10:15:30', '10:15:30+01:00'; UTC without an offset)." },
  { key: 'lookup.full-cache.timed-reload.interval-in-days', type: 'int', default: '1', description: 'FULL, TIMED: days between reloads.' },
];

const DAY_MS = 86_400_000;

/** `10:15[:30][Z|+01:00]` as ms after midnight UTC. */
function timeOfDayUtc(text: string, o: Options): number {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/.exec(text.trim());
  if (!m) throw o.bad('lookup.full-cache.timed-reload.iso-time', text, "an ISO-8601 time such as '10:15:30' or '10:15:30+01:00'");
  const [, h, min, s, zone] = m;
  let offset = 0;
  if (zone && zone !== 'Z') offset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  return (((Number(h) * 60 + Number(min)) * 60 + Number(s ?? 0)) * 1000 - offset + DAY_MS) % DAY_MS;
}

interface Entry {
  rows: readonly Row[];
  written: number;
  accessed: number;
}

class PartialCache implements LookupSource {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly inner: LookupSource,
    private readonly clock: () => number,
    private readonly afterAccess: number | undefined,
    private readonly afterWrite: number | undefined,
    private readonly cacheMissing: boolean,
    private readonly maxRows: number | undefined,
  ) {}

  lookup(key: readonly Value[]): readonly Row[] {
    const now = this.clock();
    const k = encodeKey(key);
    const e = this.entries.get(k);
    if (e !== undefined) {
      this.entries.delete(k);
      const stale = (this.afterWrite !== undefined && now - e.written >= this.afterWrite) || (this.afterAccess !== undefined && now - e.accessed >= this.afterAccess);
      if (!stale) {
        e.accessed = now;
        this.entries.set(k, e); // most recently used last
        return e.rows;
      }
    }
    const rows = this.inner.lookup(key);
    if (rows.length > 0 || this.cacheMissing) {
      this.entries.set(k, { rows, written: now, accessed: now });
      if (this.maxRows !== undefined) for (const oldest of this.entries.keys()) {
        if (this.entries.size <= this.maxRows) break;
        this.entries.delete(oldest);
      }
    }
    return rows;
  }
}

class FullCache implements LookupSource {
  private copy: LookupSource | undefined;
  private nextLoad = 0;

  constructor(
    private readonly open: () => LookupSource,
    private readonly clock: () => number,
    /** When the load that starts at `start` and ends at `end` is next due. */
    private readonly next: (start: number, end: number) => number,
    private readonly tableName: string,
  ) {}

  lookup(key: readonly Value[]): readonly Row[] {
    const now = this.clock();
    if (this.copy === undefined || now >= this.nextLoad) {
      const fresh = this.open();
      if (!fresh.snapshot) throw new OptionError(`table ${this.tableName}: its connector cannot hold a full lookup cache; use 'lookup.cache' = 'PARTIAL' or 'NONE'`);
      this.copy = fresh.snapshot();
      this.nextLoad = this.next(now, this.clock());
    }
    return this.copy.lookup(key);
  }
}

/** The table's lookup on `keys` (physical column indexes) with its `lookup.cache` options applied. */
export function cachedLookup(ctx: TableContext, open: () => LookupSource, clock: () => number = Date.now): LookupSource {
  const o = Options.of(ctx);
  const mode = o.string('lookup.cache', 'NONE').toUpperCase();
  if (mode === 'NONE') return open();
  if (mode === 'PARTIAL') {
    const maxRows = o.integer('lookup.partial-cache.max-rows');
    if (maxRows !== undefined && maxRows < 1) throw o.bad('lookup.partial-cache.max-rows', String(maxRows), 'a positive number of rows');
    return new PartialCache(open(), clock, o.duration('lookup.partial-cache.expire-after-access'), o.duration('lookup.partial-cache.expire-after-write'), o.boolean('lookup.partial-cache.cache-missing-key', true), maxRows);
  }
  if (mode !== 'FULL') throw o.bad('lookup.cache', mode, "'NONE', 'PARTIAL' or 'FULL'");
  const strategy = o.string('lookup.full-cache.reload-strategy', 'PERIODIC').toUpperCase();
  if (strategy === 'TIMED') {
    const at = timeOfDayUtc(o.string('lookup.full-cache.timed-reload.iso-time') ?? '00:00:00', o);
    const days = o.integer('lookup.full-cache.timed-reload.interval-in-days', 1);
    if (days < 1) throw o.bad('lookup.full-cache.timed-reload.interval-in-days', String(days), 'a number of days >= 1');
    // The first reload at the next occurrence of the time of day, then every `days` days.
    let due: number | undefined;
    return new FullCache(open, clock, (start) => {
      if (due === undefined) due = Math.floor(start / DAY_MS) * DAY_MS + at + (start % DAY_MS >= at ? DAY_MS : 0);
      else while (due <= start) due += days * DAY_MS;
      return due;
    }, ctx.tableName);
  }
  if (strategy !== 'PERIODIC') throw o.bad('lookup.full-cache.reload-strategy', strategy, "'PERIODIC' or 'TIMED'");
  const interval = o.duration('lookup.full-cache.periodic-reload.interval');
  if (interval === undefined) throw new OptionError(`table ${ctx.tableName}: 'lookup.full-cache.reload-strategy' = 'PERIODIC' needs 'lookup.full-cache.periodic-reload.interval' (e.g. '1 h')`);
  if (!(interval > 0)) throw o.bad('lookup.full-cache.periodic-reload.interval', o.string('lookup.full-cache.periodic-reload.interval'), 'a duration > 0');
  const fixedRate = o.string('lookup.full-cache.periodic-reload.schedule-mode', 'FIXED_DELAY').toUpperCase() === 'FIXED_RATE';
  return new FullCache(open, clock, (start, end) => (fixedRate ? start : end) + interval, ctx.tableName);
}
