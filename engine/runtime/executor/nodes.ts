/**
 * Run-time nodes of the executor: batches are pushed depth-first from a node to its
 * downstream inputs; watermarks follow the same edges, each node combining its inputs by
 * minimum (inputs marked idle do not hold it back) and forwarding only advances.
 */
import type { Row, RowKind } from '../changelog';
import { Collector, MIN_WATERMARK, type Operator, type OperatorMetrics } from '../operators/operator';
import type { SinkFn } from './graph';

export interface Downstream {
  push(input: number, kinds: RowKind[] | undefined, rows: Row[]): void;
  watermark(input: number, wm: number): void;
  setIdle(input: number, idle: boolean): void;
}

export interface Edge {
  readonly node: Downstream;
  readonly input: number;
}

/** Tracks per-input watermarks and idleness; `advance` gets the new combined watermark. */
export class InputWatermarks {
  readonly wms: number[];
  readonly idle: boolean[];
  current = MIN_WATERMARK;

  constructor(inputs: number) {
    this.wms = new Array<number>(inputs).fill(MIN_WATERMARK);
    this.idle = new Array<boolean>(inputs).fill(false);
  }

  /** The new combined watermark if it advanced, else null. */
  update(): number | null {
    let min = Number.POSITIVE_INFINITY;
    let any = false;
    for (let i = 0; i < this.wms.length; i++) {
      if (this.idle[i]) continue;
      any = true;
      if (this.wms[i]! < min) min = this.wms[i]!;
    }
    if (!any || min <= this.current) return null;
    this.current = min;
    return min;
  }

  get allIdle(): boolean {
    return this.idle.every((x) => x);
  }
}

export function newMetrics(): OperatorMetrics {
  return { recordsIn: 0, recordsOut: 0, lateDropped: 0 };
}

export class OperatorNode implements Downstream {
  readonly out = new Collector();
  readonly metrics = newMetrics();
  readonly downstream: Edge[] = [];
  readonly marks: InputWatermarks;

  constructor(
    readonly id: string,
    readonly operator: Operator,
    inputs: number,
  ) {
    this.marks = new InputWatermarks(inputs);
  }

  push(input: number, kinds: RowKind[] | undefined, rows: Row[]): void {
    this.metrics.recordsIn += rows.length;
    this.operator.processBatch(input, kinds, rows);
    this.flush();
  }

  flush(): void {
    if (this.out.size === 0) return;
    const b = this.out.drain();
    this.metrics.recordsOut += b.rows.length;
    for (const e of this.downstream) e.node.push(e.input, b.kinds, b.rows);
  }

  watermark(input: number, wm: number): void {
    if (wm > this.marks.wms[input]!) this.marks.wms[input] = wm;
    this.advance();
  }

  private advance(): void {
    const c = this.marks.update();
    if (c === null) return;
    this.operator.processWatermark(c);
    this.flush();
    for (const e of this.downstream) e.node.watermark(e.input, c);
  }

  setIdle(input: number, idle: boolean): void {
    if (this.marks.idle[input] === idle) return;
    const wasIdle = this.marks.allIdle;
    this.marks.idle[input] = idle;
    if (this.marks.allIdle !== wasIdle) for (const e of this.downstream) e.node.setIdle(e.input, !wasIdle);
    this.advance();
  }
}

export class SinkNode implements Downstream {
  readonly metrics = newMetrics();
  readonly pending: Promise<void>[] = [];
  watermarkSeen = MIN_WATERMARK;

  constructor(
    readonly id: string,
    private readonly write: SinkFn,
    readonly end: (() => void | Promise<void>) | undefined,
  ) {}

  push(_input: number, kinds: RowKind[] | undefined, rows: Row[]): void {
    this.metrics.recordsIn += rows.length;
    const k = kinds ?? new Array<RowKind>(rows.length).fill(0 as RowKind);
    const r = this.write(k, rows);
    if (r !== undefined) this.pending.push(r);
  }

  watermark(_input: number, wm: number): void {
    if (wm > this.watermarkSeen) this.watermarkSeen = wm;
  }

  setIdle(): void {}
}
