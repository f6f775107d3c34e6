/**
 * `connector = 'examples'`: the generated streams behind the built-in `examples` catalog
 * (marketplace clicks/orders/customers/products, nexmark person/auction/bid). Deterministic:
 * the same seed gives the same rows; `time-mode` = 'simulated' makes event times independent of
 * the clock too, for tests and benchmarks.
 */
import type { ConnectorFactory, OptionSpec, TableContext } from '../api';
import { Options, OptionError } from '../options';
import { parseTimestampText } from '../../formats/temporal-text';
import { EXAMPLE_TABLES, exampleTable } from './example-tables';
import { ExampleSource } from './example-source';

export const EXAMPLES_OPTIONS: readonly OptionSpec[] = [
  { key: 'table', type: 'enum', required: true, values: EXAMPLE_TABLES.map((t) => t.name), description: 'Which example stream to read, e.g. marketplace.clicks or nexmark.bid.' },
  { key: 'rows-per-second', type: 'double', description: 'Rows per second of a marketplace table (defaults: clicks 50, orders 10, customers 1, products 0.5).' },
  { key: 'events-per-second', type: 'double', default: '10000', description: 'Events per second of the whole nexmark stream (92% bids, 6% auctions, 2% persons).' },
  { key: 'time-mode', type: 'enum', values: ['wall-clock', 'simulated'], default: 'wall-clock', description: "Event time follows the clock and rows are paced by it, or starts at start-time and runs unpaced." },
  { key: 'start-time', type: 'string', default: '2024-01-01 00:00:00', description: "Event time of the first row in simulated mode ('yyyy-MM-dd HH:mm:ss', UTC)." },
  { key: 'number-of-rows', type: 'long', description: 'Bounded: stop after this many rows of a marketplace table (snapshot rows included).' },
  { key: 'number-of-events', type: 'long', description: 'Bounded: stop after this many events of the nexmark stream (all kinds counted).' },
  { key: 'seed', type: 'long', default: '0', description: 'Seed of the generated values; 0 reproduces the reference Nexmark generator.' },
  { key: 'scan.parallelism', type: 'int', default: '1', description: 'Parallel splits for append-only tables (upsert tables always use one).' },
];

export function createExampleSource(ctx: TableContext, clock: () => number = Date.now): ExampleSource {
  const o = Options.of(ctx);
  const name = o.required('table');
  const table = exampleTable(name);
  if (table === undefined) throw o.bad('table', name, `one of ${EXAMPLE_TABLES.map((t) => `'${t.name}'`).join(', ')}`);
  if (ctx.columns.length > 0) {
    const want = table.columns.map((c) => c.name).join(', ');
    const got = ctx.columns.map((c) => c.name).join(', ');
    if (want.toLowerCase() !== got.toLowerCase()) {
      throw new OptionError(`table ${ctx.tableName}: the example stream ${table.name} has the columns (${want}), not (${got})`);
    }
  }
  const rateKey = table.rateUnit === 'events' ? 'events-per-second' : 'rows-per-second';
  const rate = o.number(rateKey, table.defaultRate);
  if (!(rate > 0)) throw o.bad(rateKey, o.string(rateKey), 'a rate > 0');
  const limitKey = table.rateUnit === 'events' ? 'number-of-events' : 'number-of-rows';
  const limit = o.integer(limitKey);
  if (limit !== undefined && limit < 0) throw o.bad(limitKey, o.string(limitKey), 'a count >= 0');
  const startText = o.string('start-time', '2024-01-01 00:00:00');
  const startTime = /^\d+$/.test(startText.trim()) ? Number(startText) : parseTimestampText(startText);
  if (startTime === undefined) throw o.bad('start-time', startText, "a timestamp 'yyyy-MM-dd HH:mm:ss'");
  const parallelism = o.integer('scan.parallelism', 1);
  if (parallelism < 1) throw o.bad('scan.parallelism', o.string('scan.parallelism'), 'an integer >= 1');
  if (parallelism > 1 && table.changelogMode !== 'insert-only') {
    throw new OptionError(`table ${ctx.tableName}: ${table.name} is an upsert stream and reads with one split only`);
  }
  return new ExampleSource({
    table,
    stream: { seed: o.integer('seed', 0), rate, ...(ctx.readColumns ? { readColumns: ctx.readColumns } : {}) },
    mode: o.oneOf('time-mode', ['wall-clock', 'simulated'] as const, 'wall-clock'),
    startTime,
    limit,
    parallelism,
    clock,
  });
}

export const examplesConnector: ConnectorFactory = {
  identifier: 'examples',
  description: 'Generated example streams: a marketplace (clicks, orders, customers, products) and the Nexmark auction benchmark.',
  options: EXAMPLES_OPTIONS,
  createSource: (ctx) => createExampleSource(ctx),
};
