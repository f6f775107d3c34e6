/**
 * The Nexmark queries the benchmarks run (Nexmark's q0-q5, q7, q8 as the Flink port defines
 * them, written here in our own words against our nexmark tables), the tables' DDL over any
 * connector, and each query's result schema (for a blackhole sink). `dateTime` is quoted:
 * Flink's parser takes DATETIME for a keyword. q6 is left out as in the
 * Flink port (it needs a per-seller OVER over a retracting input, which Flink rejects too).
 */

export type NexmarkTable = 'person' | 'auction' | 'bid';

export interface NexmarkQuery {
  readonly name: string;
  /** What it asks, in a few words. */
  readonly what: string;
  readonly tables: readonly NexmarkTable[];
  readonly select: string;
  /** Column list of a sink table for the results (Flink's result types). */
  readonly sink: string;
}

export const NEXMARK_COLUMNS: Readonly<Record<NexmarkTable, string>> = {
  person: 'id BIGINT, name STRING, emailAddress STRING, creditCard STRING, city STRING, state STRING, `dateTime` TIMESTAMP(3), extra STRING',
  auction:
    'id BIGINT, itemName STRING, description STRING, initialBid BIGINT, reserve BIGINT, `dateTime` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, extra STRING',
  bid: 'auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, url STRING, `dateTime` TIMESTAMP(3), extra STRING',
};

/** CREATE TEMPORARY TABLE for one nexmark table over the given connector options (watermark 4 s, as the generator's tables). */
export function nexmarkTableDdl(table: NexmarkTable, options: Readonly<Record<string, string>>): string {
  const withText = Object.entries(options)
    .map(([k, v]) => `'${k}' = '${v}'`)
    .join(', ');
  return `CREATE TEMPORARY TABLE ${table} (${NEXMARK_COLUMNS[table]}, WATERMARK FOR \`dateTime\` AS \`dateTime\` - INTERVAL '4' SECOND) WITH (${withText});`;
}

const hop = "TABLE(HOP(TABLE bid, DESCRIPTOR(`dateTime`), INTERVAL '2' SECOND, INTERVAL '10' SECOND))";

export const NEXMARK_QUERIES: readonly NexmarkQuery[] = [
  {
    name: 'q0',
    what: 'pass-through',
    tables: ['bid'],
    select: 'SELECT auction, bidder, price, `dateTime`, extra FROM bid',
    sink: 'auction BIGINT, bidder BIGINT, price BIGINT, `dateTime` TIMESTAMP(3), extra STRING',
  },
  {
    name: 'q1',
    what: 'currency conversion',
    tables: ['bid'],
    select: 'SELECT auction, bidder, 0.908 * price AS price, `dateTime`, extra FROM bid',
    sink: 'auction BIGINT, bidder BIGINT, price DECIMAL(23, 3), `dateTime` TIMESTAMP(3), extra STRING',
  },
  {
    name: 'q2',
    what: 'selection',
    tables: ['bid'],
    select: 'SELECT auction, price FROM bid WHERE MOD(auction, 123) = 0',
    sink: 'auction BIGINT, price BIGINT',
  },
  {
    name: 'q3',
    what: 'local item suggestion (join)',
    tables: ['auction', 'person'],
    select:
      "SELECT p.name, p.city, p.state, a.id FROM auction AS a JOIN person AS p ON a.seller = p.id WHERE a.category = 10 AND p.state IN ('OR', 'ID', 'CA')",
    sink: 'name STRING, city STRING, state STRING, id BIGINT',
  },
  {
    name: 'q4',
    what: 'average closing price per category (join + two aggregates)',
    tables: ['auction', 'bid'],
    select:
      'SELECT category, AVG(final_price) AS avg_final FROM (' +
      'SELECT a.id, a.category, MAX(b.price) AS final_price FROM auction AS a JOIN bid AS b ON b.auction = a.id ' +
      'WHERE b.`dateTime` BETWEEN a.`dateTime` AND a.expires GROUP BY a.id, a.category) GROUP BY category',
    sink: 'category BIGINT, avg_final BIGINT',
  },
  {
    name: 'q5',
    what: 'hot items (sliding windows)',
    tables: ['bid'],
    select:
      `SELECT hot.auction, hot.num FROM (SELECT auction, COUNT(*) AS num, window_start, window_end FROM ${hop} GROUP BY auction, window_start, window_end) AS hot ` +
      `JOIN (SELECT MAX(num) AS top, window_start, window_end FROM (SELECT COUNT(*) AS num, window_start, window_end FROM ${hop} GROUP BY auction, window_start, window_end) ` +
      'GROUP BY window_start, window_end) AS best ON hot.window_start = best.window_start AND hot.window_end = best.window_end AND hot.num >= best.top',
    sink: 'auction BIGINT, num BIGINT',
  },
  {
    name: 'q7',
    what: 'highest bid per 10 s window (join with a window aggregate)',
    tables: ['bid'],
    select:
      'SELECT b.auction, b.price, b.bidder, b.`dateTime`, b.extra FROM bid AS b JOIN (' +
      "SELECT MAX(price) AS top_price, window_end FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(`dateTime`), INTERVAL '10' SECOND)) GROUP BY window_start, window_end) AS w " +
      "ON b.price = w.top_price WHERE b.`dateTime` BETWEEN w.window_end - INTERVAL '10' SECOND AND w.window_end",
    sink: 'auction BIGINT, price BIGINT, bidder BIGINT, `dateTime` TIMESTAMP(3), extra STRING',
  },
  {
    name: 'q8',
    what: 'new sellers (join of two tumbling-window aggregates)',
    tables: ['person', 'auction'],
    select:
      "SELECT p.id, p.name, p.window_start FROM (SELECT id, name, window_start, window_end FROM TABLE(TUMBLE(TABLE person, DESCRIPTOR(`dateTime`), INTERVAL '10' SECOND)) " +
      'GROUP BY id, name, window_start, window_end) AS p JOIN (' +
      "SELECT seller, window_start, window_end FROM TABLE(TUMBLE(TABLE auction, DESCRIPTOR(`dateTime`), INTERVAL '10' SECOND)) GROUP BY seller, window_start, window_end) AS a " +
      'ON p.id = a.seller AND p.window_start = a.window_start AND p.window_end = a.window_end',
    sink: 'id BIGINT, name STRING, window_start TIMESTAMP(3)',
  },
];
