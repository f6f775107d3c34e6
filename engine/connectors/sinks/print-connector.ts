/**
 * `connector = 'print'`: writes every change as Flink's print sink does, one per line:
 * `+I[a, b]`, prefixed `<print-identifier>> ` when an identifier is set; to standard out, or
 * standard error with `standard-error` = 'true'. `createPrintSink` takes any writable, and
 * a process whose standard out is a protocol channel (the engine host speaks JSON-RPC on it)
 * routes print output elsewhere with `setPrintOutput`.
 */
import type { ConnectorFactory, OptionSpec, Sink, TableContext } from '../api';
import { Options } from '../options';
import { RowKind, type Row } from '../../runtime/changelog';
import { rowTextFormatter } from './flink-row-text';

export const PRINT_OPTIONS: readonly OptionSpec[] = [
  { key: 'print-identifier', type: 'string', description: 'A prefix for every printed line, to tell sinks apart.' },
  { key: 'standard-error', type: 'boolean', default: 'false', description: 'Prints to standard error instead of standard out.' },
  { key: 'sink.parallelism', type: 'int', description: 'Parallelism of the sink (accepted; the embedded engine prints from one writer).' },
];

export interface TextOut {
  write(text: string): unknown;
}

let processOutput: { out: TextOut; err: TextOut } | undefined;

/** Where print sinks made by the registry write (undefined: the process's stdout/stderr). */
export function setPrintOutput(output: { out: TextOut; err: TextOut } | undefined): void {
  processOutput = output;
}

export function createPrintSink(ctx: TableContext, out?: TextOut): Sink {
  const o = Options.of(ctx);
  const id = o.string('print-identifier');
  const prefix = id === undefined ? '' : `${id}> `;
  const toErr = o.boolean('standard-error', false);
  const target: TextOut = out ?? (processOutput ? (toErr ? processOutput.err : processOutput.out) : toErr ? process.stderr : process.stdout);
  const format = rowTextFormatter(ctx.columns.map((c) => c.type));
  return {
    write(rows: readonly Row[], kinds?: readonly RowKind[]) {
      if (rows.length === 0) return;
      let text = '';
      for (let i = 0; i < rows.length; i++) text += prefix + format(rows[i], kinds ? kinds[i] : RowKind.Insert) + '\n';
      target.write(text);
    },
    flush() {},
    close() {},
  };
}

export const printConnector: ConnectorFactory = {
  identifier: 'print',
  description: 'Prints every change to standard out, as +I[...] lines.',
  options: PRINT_OPTIONS,
  createSink: (ctx) => createPrintSink(ctx),
};
