/**
 * A script's output on a terminal or in a pipe. Results go to stdout: jsonl / csv / changelog
 * one line per change, or `table`: the materialized result, redrawn live (at most 10 times a
 * second, through the results channel) with a status line when stdout is a TTY (with `lag:`,
 * the records the sources have not read yet, when they can tell, e.g. Kafka), printed once
 * at the end of each query otherwise. Messages and status go to stderr, so stdout stays data.
 */
import { formatTimestamp } from '../formats/temporal-text';
import { ResultsChannel } from '../results/channel';
import type { CounterSnapshot } from '../results/counters';
import { lineFormatter, type LineFormatter } from '../results/format/row-formats';
import { renderTable } from '../results/format/table-text';
import { TableView } from '../results/table-view';
import type { Row, RowKind } from '../runtime/changelog';
import type { QueryEnd, QueryInfo, ScriptOutput } from './output';

export type OutputFormat = 'table' | 'changelog' | 'jsonl' | 'csv';

export interface TerminalOptions {
  readonly format: OutputFormat;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly isTTY: boolean;
  /** Terminal rows, for the live table (default 24). */
  readonly rows?: number;
  /** Table format: keep at most this many rows. */
  readonly maxRows?: number;
}

/** The status line's watermark: the last one the job had, and whether its input has ended (a bounded source read in one round never shows a finite one). */
function watermarkText(c: CounterSnapshot): string {
  if (c.watermark === undefined) return c.inputEnded ? 'end of input' : '-';
  return formatTimestamp(c.watermark) + (c.inputEnded ? ' (end of input)' : '');
}

export function statusLine(c: CounterSnapshot, rows: number): string {
  const wm = watermarkText(c);
  const lag = c.backlog !== undefined ? `  lag: ${c.backlog}` : '';
  return `rows: ${rows}  rate: ${c.rate}/s  watermark: ${wm}${lag}  +I ${c.inserts}  -U ${c.updatesBefore}  +U ${c.updatesAfter}  -D ${c.deletes}  late: ${c.late}`;
}

export class TerminalOutput implements ScriptOutput {
  private lines: LineFormatter | null = null;
  private info: QueryInfo | null = null;
  private view: TableView | null = null;
  private channel: ResultsChannel | null = null;
  private drawn = 0;
  private last: CounterSnapshot | null = null;

  constructor(private readonly o: TerminalOptions) {}

  beginQuery(info: QueryInfo): void {
    this.info = info;
    this.last = null;
    if (this.o.format === 'table') {
      this.view = new TableView({ ...(info.mode.upsertKey ? { key: info.mode.upsertKey } : {}), ...(this.o.maxRows !== undefined ? { maxRows: this.o.maxRows } : {}) });
      this.drawn = 0;
      if (this.o.isTTY) {
        this.o.err(`${info.location}\n`);
        this.channel = new ResultsChannel((b) => {
          this.view!.apply(b.kinds, b.rows);
          this.last = b.counters;
          this.redraw();
        });
      }
      return;
    }
    this.lines = lineFormatter(this.o.format, info.fields);
    if (this.lines.header) this.o.out(this.lines.header + '\n');
  }

  changes(kinds: readonly RowKind[], rows: readonly Row[], counters: CounterSnapshot): void {
    this.last = counters;
    if (this.channel) {
      // The channel counts the rows it delivers; the watermark and the late / malformed rows are the job's.
      this.channel.counters.watermark = counters.watermark;
      if (counters.inputEnded) this.channel.counters.watermark = Number.POSITIVE_INFINITY;
      this.channel.counters.late = counters.late;
      this.channel.counters.malformed = counters.malformed;
      this.channel.counters.backlog = counters.backlog;
      return this.channel.push(kinds, rows);
    }
    if (this.view) return this.view.apply(kinds, rows);
    const f = this.lines!;
    let text = '';
    for (let i = 0; i < rows.length; i++) text += f.line(kinds[i]!, rows[i]!) + '\n';
    this.o.out(text);
  }

  private redraw(): void {
    const view = this.view!;
    const fields = this.info!.fields;
    const height = Math.max(5, (this.o.rows ?? 24) - 6);
    const rows = view.rows();
    const shown = rows.length > height ? rows.slice(rows.length - height) : rows;
    const lines = renderTable(fields, shown);
    if (this.last) lines.push(statusLine(this.last, view.size));
    const clear = this.drawn > 0 ? `\x1b[${this.drawn}A\x1b[0J` : '';
    this.o.out(clear + lines.join('\n') + '\n');
    this.drawn = lines.length;
  }

  endQuery(end: QueryEnd): void {
    if (this.channel) {
      this.last = end.counters;
      this.channel.close();
      this.channel = null;
      this.redraw();
    } else if (this.view) {
      this.o.out(renderTable(this.info!.fields, this.view.rows()).join('\n') + '\n');
    }
    const why = (end.reason === 'end' ? '' : ` (stopped: ${end.reason})`) + (end.counters.malformed > 0 ? `, ${end.counters.malformed} malformed records tolerated` : '');
    this.o.err(`${this.info?.location ?? ''}: ${end.counters.inserts + end.counters.updatesAfter + end.counters.updatesBefore + end.counters.deletes} changes in ${(end.elapsedMs / 1000).toFixed(2)} s${why}\n`);
    this.view = null;
    this.lines = null;
  }

  message(text: string): void {
    this.o.err(text + '\n');
  }

  table(columns: readonly string[], rows: readonly (readonly (string | boolean | null)[])[]): void {
    const fields = columns.map((name) => ({ name, type: { kind: 'VARCHAR', nullable: true, length: 2147483647 } as const }));
    this.o.out(renderTable(fields, rows.map((r) => r.map((v) => (v === null ? null : String(v))))).join('\n') + '\n');
  }

  text(text: string): void {
    this.o.out(text.endsWith('\n') ? text : text + '\n');
  }
}
