/**
 * nexmark.person, nexmark.auction and nexmark.bid: three views of the one Nexmark event
 * stream. Each table walks the event numbers and keeps those of its kind, so reading bids with
 * `number-of-events` = 1000 yields exactly the bids among the first 1000 events.
 */
import { RowKind } from '../../../runtime/changelog';
import { T } from '../../../types/logical-type';
import type { ColumnSpec } from '../../api';
import type { ExampleStream, ExampleTable, StreamConfig } from '../example-table';
import { COLUMN_STAGES, NEXMARK_DEFAULTS, NexmarkModel, type NexmarkKind } from './nexmark-model';

function nexmarkTable(kind: NexmarkKind, description: string, columns: ColumnSpec[]): ExampleTable {
  return {
    name: `nexmark.${kind}`,
    description,
    columns,
    watermark: { column: 'dateTime', delayMs: 4000 },
    changelogMode: 'insert-only',
    defaultRate: 10_000,
    rateUnit: 'events',
    stream(c: StreamConfig): ExampleStream {
      const model = new NexmarkModel({ ...NEXMARK_DEFAULTS, eventsPerSecond: c.rate, baseTime: c.baseTime, seed: c.seed });
      // Draw only as far as the columns read need (projection push-down).
      const stages = COLUMN_STAGES[kind];
      const upTo = c.readColumns ? Math.max(0, ...c.readColumns.map((i) => stages[i] ?? 0)) : Math.max(...stages);
      const make = kind === 'person' ? (n: number) => model.person(n, upTo) : kind === 'auction' ? (n: number) => model.auction(n, upTo) : (n: number) => model.bid(n, upTo);
      return {
        timeOf: (n) => model.timestampForEvent(n),
        row: (n) => (model.kindOf(n) === kind ? { row: make(n), kind: RowKind.Insert } : undefined),
      };
    },
  };
}

const ts3 = () => T.timestamp(3);

export const person = nexmarkTable('person', 'Nexmark people: registered users who sell and bid (2% of events).', [
  { name: 'id', type: T.bigint() },
  { name: 'name', type: T.string() },
  { name: 'emailAddress', type: T.string() },
  { name: 'creditCard', type: T.string() },
  { name: 'city', type: T.string() },
  { name: 'state', type: T.string() },
  { name: 'dateTime', type: ts3() },
  { name: 'extra', type: T.string() },
]);

export const auction = nexmarkTable('auction', 'Nexmark auctions: items put up for sale (6% of events).', [
  { name: 'id', type: T.bigint() },
  { name: 'itemName', type: T.string() },
  { name: 'description', type: T.string() },
  { name: 'initialBid', type: T.bigint() },
  { name: 'reserve', type: T.bigint() },
  { name: 'dateTime', type: ts3() },
  { name: 'expires', type: ts3() },
  { name: 'seller', type: T.bigint() },
  { name: 'category', type: T.bigint() },
  { name: 'extra', type: T.string() },
]);

export const bid = nexmarkTable('bid', 'Nexmark bids on auctions (92% of events).', [
  { name: 'auction', type: T.bigint() },
  { name: 'bidder', type: T.bigint() },
  { name: 'price', type: T.bigint() },
  { name: 'channel', type: T.string() },
  { name: 'url', type: T.string() },
  { name: 'dateTime', type: ts3() },
  { name: 'extra', type: T.string() },
]);
