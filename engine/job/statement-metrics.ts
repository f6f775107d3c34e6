/**
 * What a running statement measured, in the engine API's terms: rows produced, their rate,
 * late rows, the watermark, per-operator counters (ids as in the dataflow graph and in
 * `statements/explain`), the autoscaler's load, and plain-words hints when a statement
 * produces nothing (a watermark that has not passed a window's end, rows that were all late,
 * filters that let nothing through, sources that read nothing).
 */
import type { PhysicalPlan } from '../planner/physical/plan';
import { timeOperator } from '../planner/physical/plan';
import type { RunLoad } from '../pools/runner';
import type { ExecutorMetrics, SplitReaderMetrics } from '../runtime/executor/executor';

export interface OperatorMetricsView {
  readonly id: string;
  readonly name: string;
  readonly recordsIn: number;
  readonly recordsOut: number;
  readonly watermark?: number;
  readonly stateSize?: number;
  readonly lateDropped: number;
  readonly errors: number;
  /** Sources: records not read yet over their splits (Kafka: consumer lag), when the readers can tell. */
  readonly backlog?: number;
  /** Sources: each split (Kafka: `partition-N`) with the source subtask reading it, its watermark and backlog. */
  readonly splitReaders?: readonly SplitReaderMetrics[];
  /** Keyed stages (GROUP BY, joins): their subtasks now, and how many of them run on worker threads (0: in process). */
  readonly parallelism?: number;
  readonly workerThreads?: number;
}

export interface StatementMetrics {
  readonly rows: number;
  readonly ratePerSecond: number;
  readonly lateRows: number;
  readonly watermark?: number;
  /** Records the sources have not read yet (Kafka: total consumer lag), when they can tell. */
  readonly backlog?: number;
  readonly operators: readonly OperatorMetricsView[];
  readonly hints?: readonly string[];
}

type Nodes = ExecutorMetrics['nodes'];

const isSource = (id: string) => /^\d+-(Source:|Values$)/.test(id);
const isEnd = (id: string) => /^\d+-(Sink:|Collect$)/.test(id);

/** `12:00:03` (UTC) of an epoch-ms watermark. */
function clock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

function sum(nodes: Nodes, pick: (id: string) => boolean, field: 'recordsIn' | 'recordsOut' | 'lateDropped' | 'errors'): number {
  let n = 0;
  for (const [id, m] of Object.entries(nodes)) if (pick(id)) n += m[field] ?? 0;
  return n;
}

/** Rows per second over a sliding window of samples (at least `gapMs` apart, over `windowMs`). */
class Rate {
  private readonly samples: Array<[number, number]> = [];

  constructor(
    private readonly gapMs = 250,
    private readonly windowMs = 5000,
  ) {}

  add(at: number, total: number): void {
    const last = this.samples[this.samples.length - 1];
    if (last && at - last[0] < this.gapMs) return;
    this.samples.push([at, total]);
    while (this.samples.length > 2 && at - this.samples[0]![0] > this.windowMs) this.samples.shift();
  }

  perSecond(): number {
    if (this.samples.length < 2) return 0;
    const [t0, n0] = this.samples[0]!;
    const [t1, n1] = this.samples[this.samples.length - 1]!;
    return t1 > t0 ? ((n1 - n0) * 1000) / (t1 - t0) : 0;
  }
}

/** Follows one run's executor metrics; the host reads views of it for statements/get. */
export class StatementMeter {
  private nodes: Nodes = {};
  private readonly output = new Rate();
  private readonly input = new Rate();
  /** Records arrived at the sources (read plus waiting), for the arrival rate. */
  private readonly arrived = new Rate();
  /** Records read against the time spent in rounds that read some (its clock is busy ms). */
  private readonly busy = new Rate(20, 2000);
  private busyMs = 0;
  private lastRead = 0;
  private lastActivity: number;
  private lastWatermark = Number.NEGATIVE_INFINITY;
  private watermarkMovedAt: number;
  private readonly startedAt: number;
  /** The plans' time use, for hints. */
  private readonly windowed: boolean;
  private readonly rowtime: boolean;

  constructor(
    plans: readonly PhysicalPlan[],
    private readonly clockNow: () => number = Date.now,
  ) {
    this.startedAt = this.lastActivity = this.watermarkMovedAt = clockNow();
    let windowed = false;
    let rowtime = false;
    const visit = (p: PhysicalPlan) => {
      if (p.op === 'windowAggregate' || p.op === 'windowJoin' || p.op === 'windowRank') windowed = true;
      if (timeOperator(p) === 'rowtime') rowtime = true;
      p.inputs.forEach(visit);
    };
    plans.forEach(visit);
    this.windowed = windowed;
    this.rowtime = rowtime;
  }

  /** After a round of the run loop: its metrics and how long it took (ms). */
  update(nodes: Nodes, roundMs = 0): void {
    this.nodes = nodes;
    const now = this.clockNow();
    const read = sum(nodes, isSource, 'recordsOut');
    if (read !== this.lastRead) {
      this.lastRead = read;
      this.lastActivity = now;
      this.busyMs += roundMs;
      this.busy.add(this.busyMs, read);
    }
    this.input.add(now, read);
    this.arrived.add(now, read + (this.backlog() ?? 0));
    this.output.add(now, sum(nodes, isEnd, 'recordsIn'));
    const wm = Object.entries(nodes).find(([id]) => isEnd(id))?.[1].watermark;
    if (wm !== undefined && wm > this.lastWatermark) {
      this.lastWatermark = wm;
      this.watermarkMovedAt = now;
    }
  }

  /**
   * Why event time looks stuck, or undefined: the statement waits for watermarks, rows keep
   * arriving, and its watermark has not moved for `stallMs`.
   */
  watermarkStall(stallMs: number): string | undefined {
    if (!this.rowtime) return undefined;
    const now = this.clockNow();
    const still = now - this.watermarkMovedAt;
    if (still < stallMs || now - this.lastActivity >= stallMs) return undefined;
    const at = Number.isFinite(this.lastWatermark) ? `at ${clock(this.lastWatermark)} ` : '';
    return `the watermark has stayed ${at}for ${Math.round(still / 1000)} s while rows keep arriving: a source split may be idle (set 'scan.idle-timeout') or event times have stopped advancing`;
  }

  /** Malformed records skipped so far (source errors). */
  get malformed(): number {
    return sum(this.nodes, isSource, 'errors');
  }

  view(): StatementMetrics {
    const nodes = this.nodes;
    const rows = sum(nodes, isEnd, 'recordsIn');
    const lateRows = sum(nodes, () => true, 'lateDropped');
    const end = Object.entries(nodes).find(([id]) => isEnd(id))?.[1];
    const operators = Object.entries(nodes).map(([id, m]) => ({
      id,
      name: id.replace(/^\d+-/, ''),
      recordsIn: m.recordsIn,
      recordsOut: m.recordsOut,
      ...(m.watermark !== undefined && Number.isFinite(m.watermark) ? { watermark: m.watermark } : {}),
      ...(m.stateSize !== undefined ? { stateSize: m.stateSize } : {}),
      lateDropped: m.lateDropped,
      errors: m.errors ?? 0,
      ...(m.backlog !== undefined ? { backlog: m.backlog } : {}),
      ...(m.splitReaders !== undefined ? { splitReaders: m.splitReaders } : {}),
      ...(m.parallelism !== undefined ? { parallelism: m.parallelism, workerThreads: m.workerThreads ?? 0 } : {}),
    }));
    let backlog: number | undefined;
    for (const o of operators) if (o.backlog !== undefined) backlog = (backlog ?? 0) + o.backlog;
    const hints = this.hints(rows, lateRows, end?.watermark);
    return {
      rows,
      ratePerSecond: Math.round(this.output.perSecond() * 10) / 10,
      lateRows,
      ...(end?.watermark !== undefined && Number.isFinite(end.watermark) ? { watermark: end.watermark } : {}),
      ...(backlog !== undefined ? { backlog } : {}),
      operators,
      ...(hints.length > 0 ? { hints } : {}),
    };
  }

  /** Records waiting at the sources, summed over those whose readers can tell. */
  private backlog(): number | undefined {
    let total: number | undefined;
    for (const [id, m] of Object.entries(this.nodes)) if (isSource(id) && m.backlog !== undefined) total = (total ?? 0) + m.backlog;
    return total;
  }

  /**
   * The autoscaler's input: the sources' splits and backlog, the arrival rate (read plus the
   * backlog's growth), and what one subtask processes per second while busy (records read
   * over the time spent in rounds that read some, divided by the parallelism).
   */
  load(parallelism: number): RunLoad {
    const backlog = this.backlog();
    let splits = 0;
    let sources = 0;
    for (const [id, m] of Object.entries(this.nodes)) {
      if (!isSource(id)) continue;
      sources++;
      splits += m.splits ?? 1;
    }
    return {
      inputRate: backlog === undefined ? this.input.perSecond() : Math.max(0, this.arrived.perSecond()),
      backlog: backlog ?? 0,
      throughputPerSlot: this.busy.perSecond() / Math.max(1, parallelism),
      ...(sources > 0 ? { splits } : {}),
      idleForMs: this.clockNow() - this.lastActivity,
    };
  }

  private hints(rows: number, late: number, watermark: number | undefined): string[] {
    if (rows > 0) return [];
    const out: string[] = [];
    const read = sum(this.nodes, isSource, 'recordsOut');
    const malformed = this.malformed;
    if (read === 0) {
      const waited = Math.round((this.clockNow() - this.startedAt) / 1000);
      out.push(malformed > 0 ? `the sources read no valid record yet (${malformed} malformed skipped)` : `the sources have read no rows yet (${waited} s)`);
      return out;
    }
    if (late > 0 && late >= read) out.push(`all ${late} rows so far were late`);
    else if (late > 0) out.push(`${late} of ${read} rows so far were late`);
    const sourceMarks = Object.entries(this.nodes).filter(([id]) => isSource(id));
    for (const [id, m] of sourceMarks) {
      for (const split of m.quietSplits ?? []) {
        out.push(`source split ${id.replace(/^\d+-Source:/, '')}#${split} is idle and holds the watermark back (set 'scan.idle-timeout')`);
      }
    }
    if (this.rowtime && sourceMarks.some(([, m]) => m.watermark === undefined || !Number.isFinite(m.watermark))) {
      const names = sourceMarks.filter(([, m]) => m.watermark === undefined || !Number.isFinite(m.watermark)).map(([id]) => id.replace(/^\d+-Source:/, ''));
      out.push(`source ${names.join(', ')} has no watermark yet, so nothing that waits for event time can fire (declare a WATERMARK, or set 'scan.idle-timeout' if a split is idle)`);
    } else if (this.windowed) {
      const wm = watermark !== undefined && Number.isFinite(watermark) ? watermark : Math.min(...sourceMarks.map(([, m]) => m.watermark ?? Number.NEGATIVE_INFINITY));
      out.push(
        Number.isFinite(wm)
          ? `the watermark (${clock(wm)}) has not passed the end of the first window yet, so no window has fired`
          : 'the watermark has not advanced yet, so no window has fired',
      );
    } else if (late === 0) {
      out.push(`${read} rows were read but none reached the result: the filters or join conditions let nothing through so far`);
    }
    return out;
  }
}
