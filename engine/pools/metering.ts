/**
 * Metering in CFU-seconds: a statement holding n slots for t seconds uses n·t CFU-seconds.
 * Closed segments are appended to `<stateDir>/usage/usage.jsonl` (one JSON object a line,
 * split at UTC midnight) and folded into `<stateDir>/usage/daily.json` (rollups per day,
 * pool and statement, written atomically). Reports include the segments still open.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../catalog/providers/local-files';

export type Clock = () => number;

export interface UsageSegment {
  readonly statement: string;
  readonly pool: string;
  readonly slots: number;
  readonly start: number;
  readonly end: number;
  readonly cfuSeconds: number;
}

/** day (YYYY-MM-DD, UTC) -> pool -> statement -> CFU-seconds */
type Rollups = Record<string, Record<string, Record<string, number>>>;

export interface UsageReport {
  readonly totalCfuSeconds: number;
  readonly days: ReadonlyArray<{ readonly day: string; readonly cfuSeconds: number }>;
  readonly statements: ReadonlyArray<{ readonly statement: string; readonly pool: string; readonly cfuSeconds: number }>;
}

export interface UsageFilter {
  readonly pool?: string;
  readonly statement?: string;
  /** Only pools in this set (what a principal may see). */
  readonly pools?: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;

export function dayOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

interface Open {
  readonly pool: string;
  slots: number;
  start: number;
}

export class Meter {
  private readonly open = new Map<string, Open>();
  private rollups: Rollups = {};
  private readonly jsonl: string;
  private readonly dailyFile: string;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    stateDir: string,
    private readonly clock: Clock = Date.now,
  ) {
    const dir = join(stateDir, 'usage');
    mkdirSync(dir, { recursive: true });
    this.jsonl = join(dir, 'usage.jsonl');
    this.dailyFile = join(dir, 'daily.json');
    // The rollups are rebuilt from the log, the source of truth (daily.json is a convenience).
    let text = '';
    try {
      text = readFileSync(this.jsonl, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        this.fold(JSON.parse(line) as UsageSegment);
      } catch {
        // a torn last line after a crash: ignored
      }
    }
  }

  /** The statement now holds `slots` slots (0 = none); closes the previous segment. */
  hold(statement: string, pool: string, slots: number): void {
    const now = this.clock();
    const cur = this.open.get(statement);
    if (cur && cur.slots === slots && cur.pool === pool) return;
    if (cur) this.close(statement, cur, now);
    if (slots > 0) this.open.set(statement, { pool, slots, start: now });
    else this.open.delete(statement);
  }

  /** Closes every open segment at `now` and reopens it (so the log is current); used on shutdown and periodically. */
  flushOpen(): void {
    const now = this.clock();
    for (const [statement, o] of this.open) {
      this.close(statement, o, now);
      this.open.set(statement, { pool: o.pool, slots: o.slots, start: now });
    }
  }

  /** Resolves when the daily rollup file is written. */
  settled(): Promise<void> {
    return this.writing;
  }

  report(filter: UsageFilter = {}): UsageReport {
    const days = new Map<string, number>();
    const stmts = new Map<string, { statement: string; pool: string; cfuSeconds: number }>();
    const add = (day: string, pool: string, statement: string, v: number) => {
      if (filter.pool !== undefined && pool !== filter.pool) return;
      if (filter.statement !== undefined && statement !== filter.statement) return;
      if (filter.pools && !filter.pools.has(pool)) return;
      days.set(day, (days.get(day) ?? 0) + v);
      const key = `${pool}\u0000${statement}`;
      const s = stmts.get(key) ?? { statement, pool, cfuSeconds: 0 };
      s.cfuSeconds += v;
      stmts.set(key, s);
    };
    for (const [day, pools] of Object.entries(this.rollups)) {
      for (const [pool, byStmt] of Object.entries(pools)) for (const [st, v] of Object.entries(byStmt)) add(day, pool, st, v);
    }
    const now = this.clock();
    for (const [statement, o] of this.open) for (const seg of splitByDay(statement, o.pool, o.slots, o.start, now)) add(dayOf(seg.start), seg.pool, statement, seg.cfuSeconds);
    const dayList = [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, cfuSeconds]) => ({ day, cfuSeconds }));
    return {
      totalCfuSeconds: dayList.reduce((a, d) => a + d.cfuSeconds, 0),
      days: dayList,
      statements: [...stmts.values()].sort((a, b) => a.pool.localeCompare(b.pool) || a.statement.localeCompare(b.statement)),
    };
  }

  private close(statement: string, o: Open, end: number): void {
    const segs = splitByDay(statement, o.pool, o.slots, o.start, end);
    if (segs.length === 0) return;
    appendFileSync(this.jsonl, segs.map((s) => JSON.stringify(s) + '\n').join(''));
    for (const s of segs) this.fold(s);
    const text = JSON.stringify(this.rollups, null, 2) + '\n';
    this.writing = this.writing.catch(() => undefined).then(() => writeFileAtomic(this.dailyFile, text));
  }

  private fold(s: UsageSegment): void {
    const day = (this.rollups[dayOf(s.start)] ??= {});
    const pool = (day[s.pool] ??= {});
    pool[s.statement] = (pool[s.statement] ?? 0) + s.cfuSeconds;
  }
}

function splitByDay(statement: string, pool: string, slots: number, start: number, end: number): UsageSegment[] {
  const out: UsageSegment[] = [];
  let s = start;
  while (s < end) {
    const e = Math.min(end, (Math.floor(s / DAY_MS) + 1) * DAY_MS);
    out.push({ statement, pool, slots, start: s, end: e, cfuSeconds: (slots * (e - s)) / 1000 });
    s = e;
  }
  return out;
}
