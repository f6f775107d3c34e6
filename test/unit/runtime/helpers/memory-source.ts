/**
 * Test helpers: an in-memory Source over arrays (one array of rows per split, optional change
 * kinds, bounded or not), and changelog rendering as Flink prints it: `+I(a, 1)`.
 */
import type { Source, SourceBatch, SplitPosition, SplitReader } from '../../../../engine/connectors/api';
import { ROW_KIND_SYMBOLS, RowKind, type Row } from '../../../../engine/runtime/changelog';
import { DataflowGraph } from '../../../../engine/runtime/executor/graph';
import { Executor, type ExecutorOptions } from '../../../../engine/runtime/executor/executor';
import { Collector, type Operator } from '../../../../engine/runtime/operators/operator';
import type { WatermarkStrategy } from '../../../../engine/runtime/executor/graph';

export type Change = [RowKind, Row] | Row;

export interface MemorySplit {
  readonly id: string;
  /** Rows (all +I) or [kind, row] pairs. */
  readonly changes: readonly Change[];
}

function isChange(c: Change): c is [RowKind, Row] {
  return c.length === 2 && typeof c[0] === 'number' && Array.isArray(c[1]);
}

export class MemorySource implements Source {
  readonly changelogMode = 'all' as const;
  /** Polls that returned data, per split (unbounded sources keep returning idle batches). */
  constructor(
    private readonly data: readonly MemorySplit[],
    readonly bounded = true,
  ) {}

  splits() {
    return this.data.map((d) => ({ id: d.id }));
  }

  open(split: { id: string }, from?: SplitPosition): SplitReader {
    const d = this.data.find((x) => x.id === split.id)!;
    let pos = typeof from === 'number' ? from : 0;
    const bounded = this.bounded;
    return {
      poll(max: number): SourceBatch {
        const slice = d.changes.slice(pos, pos + max);
        pos += slice.length;
        const rows = slice.map((c) => (isChange(c) ? c[1] : c));
        const kinds = slice.map((c) => (isChange(c) ? c[0] : RowKind.Insert));
        const end = bounded && pos >= d.changes.length;
        return { rows, kinds, end, idle: slice.length === 0 };
      },
      position: () => pos,
      close() {},
    };
  }
}

export const I = (...row: Row): [RowKind, Row] => [RowKind.Insert, row];
export const UB = (...row: Row): [RowKind, Row] => [RowKind.UpdateBefore, row];
export const UA = (...row: Row): [RowKind, Row] => [RowKind.UpdateAfter, row];
export const D = (...row: Row): [RowKind, Row] => [RowKind.Delete, row];

export function show(kind: RowKind, row: Row): string {
  return `${ROW_KIND_SYMBOLS[kind]}(${row.map((v) => (v === null ? 'null' : String(v))).join(', ')})`;
}

/**
 * Runs `ops` as a chain (or a DAG via `inputs`) over in-memory splits per source and returns
 * the sink's changelog as strings.
 */
export interface Pipeline {
  readonly sources: Record<string, { splits: MemorySplit[]; watermark?: WatermarkStrategy; bounded?: boolean }>;
  readonly operators: { id: string; op: Operator; inputs: string[] }[];
  readonly options?: ExecutorOptions;
}

export function buildPipeline(p: Pipeline): { executor: Executor; out: string[]; graph: DataflowGraph } {
  const g = new DataflowGraph();
  for (const [id, s] of Object.entries(p.sources)) g.source(id, new MemorySource(s.splits, s.bounded ?? true), s.watermark);
  for (const o of p.operators) g.operator(o.id, o.op, o.inputs);
  const out: string[] = [];
  const last = p.operators[p.operators.length - 1]!.id;
  g.sink('sink', last, (kinds, rows) => {
    for (let i = 0; i < rows.length; i++) out.push(show(kinds[i]!, rows[i]!));
  });
  return { executor: new Executor(g, { idleSleepMs: 0, ...p.options }), out, graph: g };
}

export async function runPipeline(p: Pipeline): Promise<string[]> {
  const { executor, out } = buildPipeline(p);
  await executor.run();
  return out;
}

/** A single-source, single-operator pipeline, one row per poll so watermarks interleave with rows. */
export async function runOne(op: Operator, changes: Change[], watermark?: WatermarkStrategy): Promise<string[]> {
  return runPipeline({
    sources: { src: { splits: [{ id: 's0', changes }], ...(watermark ? { watermark } : {}) } },
    operators: [{ id: 'op', op, inputs: ['src'] }],
    options: { batchSize: 1 },
  });
}

/** A step fed straight into an operator: a change on an input, or a watermark. */
export type Step = [input: number, change: Change] | { watermark: number } | 'end';

/** Feeds steps straight into an open operator (no executor) and returns its changelog. */
export function drive(op: Operator, steps: Step[]): { out: string[]; metrics: { recordsIn: number; recordsOut: number; lateDropped: number } } {
  const c = new Collector();
  const metrics = { recordsIn: 0, recordsOut: 0, lateDropped: 0 };
  op.open({ out: c, metrics, now: () => 0 });
  const out: string[] = [];
  for (const s of steps) {
    if (s === 'end') {
      op.processWatermark(Infinity);
      op.endInput?.();
    } else if ('watermark' in s) op.processWatermark(s.watermark);
    else {
      const [input, ch] = s;
      const [kind, row] = isChange(ch) ? ch : [RowKind.Insert, ch];
      op.processBatch(input, [kind], [row]);
    }
    const b = c.drain();
    b.rows.forEach((r, i) => out.push(show(b.kinds[i]!, r)));
  }
  return { out, metrics };
}
