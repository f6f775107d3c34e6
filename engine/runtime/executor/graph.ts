/**
 * A dataflow graph: source nodes (connector Sources with an optional watermark strategy),
 * operator nodes (inputs in order: input 0, input 1, ...) and sink callbacks. Node ids are
 * stable names: checkpoints key operator state and source positions by them.
 */
import type { Source } from '../../connectors/api';
import type { Row, RowKind } from '../changelog';
import type { Operator } from '../operators/operator';

/** How a source derives watermarks from its rows, per split. */
export interface WatermarkStrategy {
  /** The rowtime column; the watermark candidate is its value minus `delayMs`. */
  readonly column?: number;
  readonly delayMs?: number;
  /** Or a compiled watermark expression (WATERMARK FOR ts AS <expr>) giving the candidate. */
  readonly generate?: (row: Row) => number | null;
  /** A split without data for this long stops holding the watermark back (scan.idle-timeout). */
  readonly idleTimeoutMs?: number;
}

export type SinkFn = (kinds: RowKind[], rows: Row[]) => void | Promise<void>;

export interface SourceNodeSpec {
  readonly kind: 'source';
  readonly id: string;
  readonly source: Source;
  readonly watermark?: WatermarkStrategy;
}

export interface OperatorNodeSpec {
  readonly kind: 'operator';
  readonly id: string;
  readonly operator: Operator;
  readonly inputs: readonly string[];
}

export interface SinkNodeSpec {
  readonly kind: 'sink';
  readonly id: string;
  readonly input: string;
  readonly write: SinkFn;
  /** Called once when every input ended (bounded jobs). */
  readonly end?: () => void | Promise<void>;
}

export type NodeSpec = SourceNodeSpec | OperatorNodeSpec | SinkNodeSpec;

export class DataflowGraph {
  readonly nodes: NodeSpec[] = [];
  private readonly ids = new Set<string>();

  private add<N extends NodeSpec>(n: N): string {
    if (this.ids.has(n.id)) throw new Error(`Duplicate node id ${n.id}`);
    const refs = n.kind === 'operator' ? n.inputs : n.kind === 'sink' ? [n.input] : [];
    for (const r of refs) {
      if (!this.ids.has(r)) throw new Error(`Node ${n.id} reads from unknown node ${r}`);
      if (this.nodes.find((x) => x.id === r)?.kind === 'sink') throw new Error(`Node ${n.id} reads from sink ${r}`);
    }
    this.ids.add(n.id);
    this.nodes.push(n);
    return n.id;
  }

  source(id: string, source: Source, watermark?: WatermarkStrategy): string {
    return this.add({ kind: 'source', id, source, ...(watermark ? { watermark } : {}) });
  }

  operator(id: string, operator: Operator, inputs: readonly string[]): string {
    return this.add({ kind: 'operator', id, operator, inputs });
  }

  sink(id: string, input: string, write: SinkFn, end?: () => void | Promise<void>): string {
    return this.add({ kind: 'sink', id, input, write, ...(end ? { end } : {}) });
  }
}
