/**
 * The Nexmark queries the benchmarks run (Nexmark's q0-q5, q7-q9, q11, q12, q14-q22 as the
 * Flink port defines them, written here in our own words against our nexmark tables), the
 * tables' DDL over any connector, and each query's result schema (for a blackhole sink).
 * `dateTime` is quoted: Flink's parser takes DATETIME for a keyword. Left out: q6 as in the
 * Flink port (it needs a per-seller OVER over a retracting input, which Flink rejects too) and
 * q10 (a filesystem sink partitioned by date: it measures file writing, not the engine). q13
 * joins a bounded side input by processing time (a lookup join): here a filesystem CSV table of
 * 10,000 keys, on Tideline only, since Flink's filesystem connector is no lookup source (the
 * Nexmark repo's q13 used the legacy filesystem connector, which Flink 2.2 no longer has).
 * q14 calls Nexmark's UDF count_char(extra, 'c'); we write it as the built-in expression closest
 * to it, CHAR_LENGTH(extra) - CHAR_LENGTH(REPLACE(extra, 'c', '')) (`note` says so).
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
  /** Views the select reads, created after the tables (CREATE TEMPORARY VIEW ...;). */
  readonly views?: readonly string[];
  /** Where our form differs from the Nexmark repo's (printed with the figures). */
  readonly note?: string;
  /** Reads `side_input` (sideInputDdl) besides its nexmark tables. */
  readonly sideInput?: boolean;
  /** Why Apache Flink cannot run it here (no comparison). */
  readonly tidelineOnly?: string;
}

/** Keys of the side input table (0 .. SIDE_INPUT_KEYS - 1), as Nexmark's q13 looks bids up by MOD(auction, 10000). */
export const SIDE_INPUT_KEYS = 10_000;

/** The side input of q13: a CSV file of (key, value) rows. */
export function sideInputDdl(path: string): string {
  return `CREATE TEMPORARY TABLE side_input (key BIGINT, \`value\` STRING) WITH ('connector' = 'filesystem', 'path' = '${path}', 'format' = 'csv');`;
}

/** The side input file's text: one row per key. */
export function sideInputCsv(): string {
  let text = '';
  for (let k = 0; k < SIDE_INPUT_KEYS; k++) text += `${k},${(k * 7919) % 100_000}\n`;
  return text;
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

/** `COUNT(...) FILTER` over Nexmark's three price ranks, as q15-q17 write them. */
const rankCounts = (agg: string, what: string) =>
  [`price < 10000`, `price >= 10000 AND price < 1000000`, `price >= 1000000`].map((cond, i) => `${agg} FILTER (WHERE ${cond}) AS rank${i + 1}_${what}`).join(', ');

const statColumns = ['bids', 'bidders', 'auctions'].map((w) => ['total', 'rank1', 'rank2', 'rank3'].map((r) => `${r}_${w} BIGINT`).join(', ')).join(', ');

/** What is not run, and why (printed with the figures). */
export const NEXMARK_LEFT_OUT =
  'q6 (OVER per seller over a retracting input: Flink rejects it too), q10 (a partitioned filesystem sink: it measures file writing)';

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
  {
    name: 'q9',
    what: 'winning bid per auction (Top-1 over a join)',
    tables: ['auction', 'bid'],
    select:
      'SELECT id, itemName, description, initialBid, reserve, `dateTime`, expires, seller, category, extra, auction, bidder, price, bid_dateTime, bid_extra FROM (' +
      'SELECT A.*, B.auction, B.bidder, B.price, B.`dateTime` AS bid_dateTime, B.extra AS bid_extra, ' +
      'ROW_NUMBER() OVER (PARTITION BY A.id ORDER BY B.price DESC, B.`dateTime` ASC) AS rownum ' +
      'FROM auction AS A, bid AS B WHERE A.id = B.auction AND B.`dateTime` BETWEEN A.`dateTime` AND A.expires) WHERE rownum <= 1',
    sink:
      'id BIGINT, itemName STRING, description STRING, initialBid BIGINT, reserve BIGINT, `dateTime` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, ' +
      'category BIGINT, extra STRING, auction BIGINT, bidder BIGINT, price BIGINT, bid_dateTime TIMESTAMP(3), bid_extra STRING',
  },
  {
    name: 'q11',
    what: 'bids per user session (SESSION window, 10 s gap)',
    tables: ['bid'],
    select:
      "SELECT bidder, COUNT(*) AS bid_count, SESSION_START(`dateTime`, INTERVAL '10' SECOND) AS starttime, SESSION_END(`dateTime`, INTERVAL '10' SECOND) AS endtime " +
      "FROM bid GROUP BY bidder, SESSION(`dateTime`, INTERVAL '10' SECOND)",
    sink: 'bidder BIGINT, bid_count BIGINT, starttime TIMESTAMP(3), endtime TIMESTAMP(3)',
  },
  {
    name: 'q12',
    what: 'bids per user per processing-time TUMBLE (10 s)',
    tables: ['bid'],
    select:
      'SELECT bidder, COUNT(*) AS bid_count, window_start AS starttime, window_end AS endtime FROM TABLE(' +
      "TUMBLE(TABLE bid_proctime, DESCRIPTOR(p_time), INTERVAL '10' SECOND)) GROUP BY bidder, window_start, window_end",
    sink: 'bidder BIGINT, bid_count BIGINT, starttime TIMESTAMP(3), endtime TIMESTAMP(3)',
    views: ['CREATE TEMPORARY VIEW bid_proctime AS SELECT *, PROCTIME() AS p_time FROM bid;'],
  },
  {
    name: 'q13',
    what: 'bounded side input join (lookup join on a 10,000-key file)',
    tables: ['bid'],
    sideInput: true,
    select:
      'SELECT B.auction, B.bidder, B.price, B.`dateTime`, S.`value` FROM (SELECT *, PROCTIME() AS p_time FROM bid) AS B ' +
      'JOIN side_input FOR SYSTEM_TIME AS OF B.p_time AS S ON MOD(B.auction, 10000) = S.key',
    sink: 'auction BIGINT, bidder BIGINT, price BIGINT, `dateTime` TIMESTAMP(3), `value` STRING',
    note: 'side input: a filesystem CSV table (10,000 keys)',
    tidelineOnly: "Flink's filesystem connector is no lookup source (Nexmark's q13 used the legacy one, gone in Flink 2.2)",
  },
  {
    name: 'q14',
    what: 'calculation (CASE on HOUR, a character count)',
    tables: ['bid'],
    select:
      'SELECT auction, bidder, 0.908 * price AS price, CASE ' +
      "WHEN HOUR(`dateTime`) >= 8 AND HOUR(`dateTime`) <= 18 THEN 'dayTime' " +
      "WHEN HOUR(`dateTime`) <= 6 OR HOUR(`dateTime`) >= 20 THEN 'nightTime' ELSE 'otherTime' END AS bidTimeType, " +
      "`dateTime`, extra, CAST(CHAR_LENGTH(extra) - CHAR_LENGTH(REPLACE(extra, 'c', '')) AS BIGINT) AS c_counts " +
      'FROM bid WHERE 0.908 * price > 1000000 AND 0.908 * price < 50000000',
    sink: 'auction BIGINT, bidder BIGINT, price DECIMAL(23, 3), bidTimeType STRING, `dateTime` TIMESTAMP(3), extra STRING, c_counts BIGINT',
    note: "UDF count_char(extra, 'c') written as CHAR_LENGTH(extra) - CHAR_LENGTH(REPLACE(extra, 'c', ''))",
  },
  {
    name: 'q15',
    what: 'bidding statistics per day (COUNT DISTINCT with FILTER)',
    tables: ['bid'],
    select:
      "SELECT DATE_FORMAT(`dateTime`, 'yyyy-MM-dd') AS `day`, COUNT(*) AS total_bids, " +
      `${rankCounts('COUNT(*)', 'bids')}, COUNT(DISTINCT bidder) AS total_bidders, ${rankCounts('COUNT(DISTINCT bidder)', 'bidders')}, ` +
      `COUNT(DISTINCT auction) AS total_auctions, ${rankCounts('COUNT(DISTINCT auction)', 'auctions')} ` +
      "FROM bid GROUP BY DATE_FORMAT(`dateTime`, 'yyyy-MM-dd')",
    sink: `\`day\` STRING, ${statColumns}`,
  },
  {
    name: 'q16',
    what: 'channel statistics per day (COUNT DISTINCT with FILTER, two keys)',
    tables: ['bid'],
    select:
      "SELECT channel, DATE_FORMAT(`dateTime`, 'yyyy-MM-dd') AS `day`, MAX(DATE_FORMAT(`dateTime`, 'HH:mm')) AS `minute`, COUNT(*) AS total_bids, " +
      `${rankCounts('COUNT(*)', 'bids')}, COUNT(DISTINCT bidder) AS total_bidders, ${rankCounts('COUNT(DISTINCT bidder)', 'bidders')}, ` +
      `COUNT(DISTINCT auction) AS total_auctions, ${rankCounts('COUNT(DISTINCT auction)', 'auctions')} ` +
      "FROM bid GROUP BY channel, DATE_FORMAT(`dateTime`, 'yyyy-MM-dd')",
    sink: `channel STRING, \`day\` STRING, \`minute\` STRING, ${statColumns}`,
  },
  {
    name: 'q17',
    what: 'auction statistics per day (unbounded GROUP BY)',
    tables: ['bid'],
    select:
      "SELECT auction, DATE_FORMAT(`dateTime`, 'yyyy-MM-dd') AS `day`, COUNT(*) AS total_bids, " +
      `${rankCounts('COUNT(*)', 'bids')}, MIN(price) AS min_price, MAX(price) AS max_price, AVG(price) AS avg_price, SUM(price) AS sum_price ` +
      "FROM bid GROUP BY auction, DATE_FORMAT(`dateTime`, 'yyyy-MM-dd')",
    sink:
      '`auction` BIGINT, `day` STRING, total_bids BIGINT, rank1_bids BIGINT, rank2_bids BIGINT, rank3_bids BIGINT, ' +
      'min_price BIGINT, max_price BIGINT, avg_price BIGINT, sum_price BIGINT',
  },
  {
    name: 'q18',
    what: 'last bid per bidder and auction (deduplicate keep-last)',
    tables: ['bid'],
    select:
      'SELECT auction, bidder, price, channel, url, `dateTime`, extra FROM (' +
      'SELECT *, ROW_NUMBER() OVER (PARTITION BY bidder, auction ORDER BY `dateTime` DESC) AS rank_number FROM bid) WHERE rank_number <= 1',
    sink: 'auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, url STRING, `dateTime` TIMESTAMP(3), extra STRING',
  },
  {
    name: 'q19',
    what: 'top 10 bids per auction by price (Top-N)',
    tables: ['bid'],
    select: 'SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rank_number FROM bid) WHERE rank_number <= 10',
    sink: 'auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, url STRING, `dateTime` TIMESTAMP(3), extra STRING, rank_number BIGINT',
  },
  {
    name: 'q20',
    what: 'bids with their auction of category 10 (join with a filter)',
    tables: ['auction', 'bid'],
    select:
      'SELECT auction, bidder, price, channel, url, B.`dateTime`, B.extra, itemName, description, initialBid, reserve, A.`dateTime`, expires, seller, category, A.extra ' +
      'FROM bid AS B INNER JOIN auction AS A ON B.auction = A.id WHERE A.category = 10',
    sink:
      'auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, url STRING, bid_dateTime TIMESTAMP(3), bid_extra STRING, itemName STRING, description STRING, ' +
      'initialBid BIGINT, reserve BIGINT, auction_dateTime TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, auction_extra STRING',
  },
  {
    name: 'q21',
    what: 'channel id (CASE, LOWER, REGEXP_EXTRACT)',
    tables: ['bid'],
    select:
      "SELECT auction, bidder, price, channel, CASE WHEN LOWER(channel) = 'apple' THEN '0' WHEN LOWER(channel) = 'google' THEN '1' " +
      "WHEN LOWER(channel) = 'facebook' THEN '2' WHEN LOWER(channel) = 'baidu' THEN '3' ELSE REGEXP_EXTRACT(url, '(&|^)channel_id=([^&]*)', 2) END AS channel_id " +
      "FROM bid WHERE REGEXP_EXTRACT(url, '(&|^)channel_id=([^&]*)', 2) IS NOT NULL OR LOWER(channel) IN ('apple', 'google', 'facebook', 'baidu')",
    sink: 'auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, channel_id STRING',
  },
  {
    name: 'q22',
    what: 'URL directories (SPLIT_INDEX)',
    tables: ['bid'],
    select:
      "SELECT auction, bidder, price, channel, SPLIT_INDEX(url, '/', 3) AS dir1, SPLIT_INDEX(url, '/', 4) AS dir2, SPLIT_INDEX(url, '/', 5) AS dir3 FROM bid",
    sink: 'auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, dir1 STRING, dir2 STRING, dir3 STRING',
  },
];
