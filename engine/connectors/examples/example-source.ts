/**
 * Reads one examples table. Splits interleave the index space (split i of p takes i, i+p, ...),
 * so event time advances evenly on every split. In `wall-clock` mode index n is emitted once
 * the clock reaches its event time (pacing without blocking: an early poll returns idle); in
 * `simulated` mode event time starts at `start-time` and rows come as fast as they are read.
 */
import type { Source, SourceBatch, SourceSplit, SplitPosition, SplitReader } from '../api';
import type { Row, RowKind } from '../../runtime/changelog';
import type { ExampleStream, ExampleTable, StreamConfig } from './example-table';
import { OptionError } from '../options';

export interface ExampleSourceConfig {
  readonly table: ExampleTable;
  readonly stream: Omit<StreamConfig, 'baseTime'>;
  readonly mode: 'wall-clock' | 'simulated';
  /** Event time of index 0 in simulated mode. */
  readonly startTime: number;
  /** Bound on the index space (rows, or nexmark events); undefined = unbounded. */
  readonly limit?: number;
  readonly parallelism: number;
  readonly clock: () => number;
}

export class ExampleSource implements Source {
  readonly bounded: boolean;
  readonly changelogMode;
  private readonly baseTime: number;

  constructor(private readonly config: ExampleSourceConfig) {
    this.bounded = config.limit !== undefined;
    this.changelogMode = config.table.changelogMode;
    this.baseTime = config.mode === 'wall-clock' ? config.clock() : config.startTime;
  }

  splits(): readonly SourceSplit[] {
    return Array.from({ length: this.config.parallelism }, (_, i) => ({ id: `${this.config.table.name}-${i}` }));
  }

  open(split: SourceSplit, from?: SplitPosition): SplitReader {
    const index = Number(split.id.slice(this.config.table.name.length + 1));
    if (!(index >= 0 && index < this.config.parallelism)) throw new OptionError(`examples: unknown split '${split.id}'`);
    let next = index;
    let base = this.baseTime;
    if (Array.isArray(from) && typeof from[0] === 'number' && typeof from[1] === 'number') [next, base] = from as number[];
    const stream = this.config.table.stream({ ...this.config.stream, baseTime: base });
    return new ExampleReader(stream, next, base, this.config);
  }
}

class ExampleReader implements SplitReader {
  constructor(
    private readonly stream: ExampleStream,
    private next: number,
    private readonly base: number,
    private readonly config: ExampleSourceConfig,
  ) {}

  poll(max: number): SourceBatch {
    const { limit, parallelism: step, mode, clock } = this.config;
    const rows: Row[] = [];
    const kinds: RowKind[] = [];
    let changes = false;
    const now = mode === 'wall-clock' ? clock() : Infinity;
    // Visit at most a bounded number of indexes per poll (nexmark persons are 1 event in 50).
    let budget = Math.max(max, 1) * 64;
    let n = this.next;
    let waiting = false;
    while (rows.length < max && budget-- > 0) {
      if (limit !== undefined && n >= limit) break;
      if (this.stream.timeOf(n) > now) {
        waiting = true;
        break;
      }
      const hit = this.stream.row(n);
      n += step;
      if (hit === undefined) continue;
      rows.push(hit.row);
      kinds.push(hit.kind);
      if (hit.kind !== 0) changes = true;
    }
    this.next = n;
    const end = limit !== undefined && n >= limit;
    // idle only when the next row is not due yet (not when the visit budget ran out)
    const batch: SourceBatch = { rows, end, idle: rows.length === 0 && waiting };
    return changes ? { ...batch, kinds } : batch;
  }

  position(): SplitPosition {
    return [this.next, this.base];
  }

  close(): void {}
}
