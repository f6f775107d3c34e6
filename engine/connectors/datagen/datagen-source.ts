/**
 * The datagen source (also the faker source, with other column generators): `scan.parallelism` splits, each emitting its share of `number-of-rows`
 * (or of the shortest sequence) at its share of `rows-per-second`. A row's random values
 * depend only on (seed, split, row index), so a split resumes from its row count exactly.
 */
import type { SourceBatch, SourceSplit, Source, SplitPosition, SplitReader, TableContext } from '../api';
import type { Row } from '../../runtime/changelog';
import { Options, OptionError } from '../options';
import { mix32, Rng, seedOf } from '../random';
import { RateLimiter } from '../rate-limiter';
import { compileField, type FieldContext, type FieldGenerator, type SequenceSpec } from './field-generator';

/** Compiles the generators of a table's columns (datagen's by default; faker passes its own). */
export type ColumnsCompiler = (ctx: TableContext, fctx: FieldContext) => FieldGenerator[];

const datagenColumns: ColumnsCompiler = (ctx, fctx) => ctx.columns.map((c) => compileField(c.type, c.name, fctx));

export class DatagenSource implements Source {
  readonly changelogMode = 'insert-only' as const;
  readonly bounded: boolean;
  private readonly parallelism: number;
  private readonly rowsPerSecond: number;
  /** Rows per split, or undefined when unbounded. */
  private readonly splitRows: (number | undefined)[];
  private readonly seed: number;
  private readonly sequences: SequenceSpec[] = [];

  constructor(
    private readonly ctx: TableContext,
    private readonly clock: () => number = Date.now,
    private readonly compileColumns: ColumnsCompiler = datagenColumns,
  ) {
    const o = Options.of(ctx);
    this.parallelism = o.integer('scan.parallelism', 1);
    if (this.parallelism < 1) throw o.bad('scan.parallelism', o.string('scan.parallelism'), 'an integer >= 1');
    this.rowsPerSecond = o.number('rows-per-second', 10000);
    this.seed = o.has('seed') ? seedOf(o.required('seed')) : (Math.random() * 4294967296) >>> 0;
    // Compile once to validate options and learn the sequences; readers compile their own.
    this.compile(0, this.sequences);
    let total = o.integer('number-of-rows');
    if (total !== undefined && total < 0) throw o.bad('number-of-rows', o.string('number-of-rows'), 'a count >= 0');
    for (const s of this.sequences) total = Math.min(total ?? Infinity, s.end - s.start + 1);
    this.bounded = total !== undefined;
    this.splitRows = Array.from({ length: this.parallelism }, (_, i) =>
      total === undefined ? undefined : Math.floor(total / this.parallelism) + (i < total % this.parallelism ? 1 : 0),
    );
  }

  splits(): readonly SourceSplit[] {
    return Array.from({ length: this.parallelism }, (_, i) => ({ id: `datagen-${i}` }));
  }

  open(split: SourceSplit, from?: SplitPosition): SplitReader {
    const index = Number(split.id.slice('datagen-'.length));
    if (!(index >= 0 && index < this.parallelism)) throw new OptionError(`datagen: unknown split '${split.id}'`);
    const start = typeof from === 'number' ? from : 0;
    return new DatagenReader(
      this.compile(index),
      this.splitRows[index],
      start,
      mix32(this.seed, index),
      new RateLimiter(this.rowsPerSecond / this.parallelism, this.clock),
    );
  }

  /** Generators for one split: sequences start at the split's offset into the range. */
  private compile(split: number, sequences: SequenceSpec[] = []): FieldGenerator[] {
    const o = Options.of(this.ctx);
    const before = (this.splitRows ?? []).slice(0, split).reduce<number>((a, b) => a + (b ?? 0), 0);
    const fctx: FieldContext = {
      options: o,
      now: this.clock,
      sequences,
      sequenceOffset: () => before,
    };
    return this.compileColumns(this.ctx, fctx);
  }
}

class DatagenReader implements SplitReader {
  private readonly rng = new Rng();
  constructor(
    private readonly fields: FieldGenerator[],
    private readonly limit: number | undefined,
    private next: number,
    private readonly seed: number,
    private readonly rate: RateLimiter,
  ) {}

  poll(max: number): SourceBatch {
    const left = this.limit === undefined ? max : Math.min(max, this.limit - this.next);
    if (left <= 0) return { rows: [], end: true };
    const n = this.rate.allowance(left);
    if (n === 0) return { rows: [], end: false, idle: true };
    const rows: Row[] = new Array(n);
    const fields = this.fields;
    for (let i = 0; i < n; i++) {
      const r = this.next + i;
      this.rng.reseed(mix32(this.seed, r));
      const row: Row = new Array(fields.length);
      for (let f = 0; f < fields.length; f++) row[f] = fields[f](this.rng, r);
      rows[i] = row;
    }
    this.next += n;
    this.rate.consume(n);
    return { rows, end: this.limit !== undefined && this.next >= this.limit };
  }

  position(): SplitPosition {
    return this.next;
  }

  close(): void {}
}
