/**
 * Window ranking / offset functions used with OVER, and the windowing table-valued functions
 * TUMBLE, HOP, CUMULATE and SESSION (Flink docs: "Window Functions", "Windowing TVF").
 *
 * A window TVF is called with its arguments as types: DATA is a TABLE_ARG (the input's
 * columns), TIMECOL a DESCRIPTOR naming one column, SIZE/SLIDE/STEP/GAP/OFFSET intervals. It
 * returns a TABLE_ARG: the input's columns plus window_start and window_end (TIMESTAMP(3) NOT
 * NULL) and window_time, a time attribute of the time column's kind; the input's columns keep
 * their types, time attributes included (as Flink 2.2 resolves it). The same names also accept
 * the deprecated GROUP BY form
 * `TUMBLE(time_attr, size)`, which returns the time attribute's type.
 */

import { type LogicalType, type RowField, T, isTimeAttribute, withNullability, withoutTimeAttribute } from '../../logical-type';
import { printType } from '../../print';
import { didYouMeanSuffix } from '../../../text/did-you-mean';
import { define, type FunctionSpec } from '../define';
import type { FunctionDef, ReturnInference } from '../model';
import { commonOrError, typeAt } from '../strategies';

const rank = (spec: Omit<FunctionSpec, 'category' | 'kind'>): FunctionDef =>
  define({ kind: 'window-ranking', category: 'ranking', ...spec });

/** The output of a window TVF, or the time attribute for the legacy group-window form. */
const windowTvf: ReturnInference = (args) => {
  const data = typeAt(args, 0);
  if (data.kind !== 'TABLE_ARG') {
    // Legacy `GROUP BY TUMBLE(ts, INTERVAL ...)`: a grouping key on the time attribute.
    if (!isTimeAttribute(data)) return { error: `the window requires a time attribute, but the column is ${printType(data)}` };
    return data;
  }
  const desc = typeAt(args, 1);
  if (desc.kind !== 'DESCRIPTOR' || desc.columns.length !== 1) {
    return { error: 'TIMECOL must be a DESCRIPTOR of exactly one column, e.g. DESCRIPTOR(ts)' };
  }
  const name = desc.columns[0];
  const col = data.fields.find((f) => f.name === name);
  if (!col) {
    return { error: `DESCRIPTOR names unknown column '${name}'${didYouMeanSuffix(name, data.fields.map((f) => f.name))}` };
  }
  const tc = col.type;
  if (tc.kind !== 'TIMESTAMP' && tc.kind !== 'TIMESTAMP_LTZ') {
    return { error: `the window function requires the time column to be TIMESTAMP or TIMESTAMP_LTZ, but '${name}' is ${printType(tc)}` };
  }
  if (!isTimeAttribute(tc)) {
    return {
      error: `the window function requires the time column to be a time attribute (declare a WATERMARK on it, or use PROCTIME()), but '${name}' is ${printType(tc)}`,
    };
  }
  const windowTime: LogicalType =
    tc.kind === 'TIMESTAMP_LTZ' || tc.timeAttribute === 'proctime'
      ? T.timestampLtz(3, false, tc.timeAttribute)
      : T.timestamp(3, false, tc.timeAttribute);
  const fields: RowField[] = [
    ...data.fields,
    { name: 'window_start', type: T.timestamp(3, false) },
    { name: 'window_end', type: T.timestamp(3, false) },
    { name: 'window_time', type: windowTime },
  ];
  return { kind: 'TABLE_ARG', nullable: false, fields };
};

/**
 * LEAD/LAG: the value's type, nullable (there may be no such row); with a default, the common
 * type of value and default, nullable exactly when the default is (as Flink 2.2 types it).
 */
const offsetValue: ReturnInference = (args) => {
  const value = withoutTimeAttribute(typeAt(args, 0));
  if (args.length < 3) return withNullability(value, true);
  const dflt = typeAt(args, 2);
  const c = commonOrError([value, dflt]);
  return 'error' in c ? { error: `the default does not fit the value: ${c.error}` } : withNullability(c, dflt.nullable);
};

const tvf = (name: string, sigs: string[], description: string, example: string): FunctionDef =>
  define({
    name,
    kind: 'table',
    category: 'window',
    sig: sigs,
    returns: windowTvf,
    returnLabel: 'TABLE(input columns, window_start, window_end, window_time)',
    nullability: 'inferred',
    description,
    example,
  });

export const WINDOW_FUNCTIONS: readonly FunctionDef[] = [
  rank({ name: 'ROW_NUMBER', sig: '', returns: T.bigint(false), nullability: 'never', description: 'The sequential number of the row within its partition, from 1.', example: 'ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts DESC)' }),
  rank({ name: 'RANK', sig: '', returns: T.bigint(false), nullability: 'never', description: 'The rank of the row within its partition, with gaps after ties.', example: 'RANK() OVER (PARTITION BY category ORDER BY sales DESC)' }),
  rank({ name: 'DENSE_RANK', sig: '', returns: T.bigint(false), nullability: 'never', description: 'The rank of the row within its partition, without gaps after ties.', example: 'DENSE_RANK() OVER (ORDER BY score DESC)' }),
  rank({ name: 'PERCENT_RANK', sig: '', returns: T.double(false), nullability: 'never', description: 'The relative rank (rank - 1) / (rows - 1), between 0 and 1.', example: 'PERCENT_RANK() OVER (ORDER BY price)' }),
  rank({ name: 'CUME_DIST', sig: '', returns: T.double(false), nullability: 'never', description: 'The fraction of partition rows ordered at or before this row.', example: 'CUME_DIST() OVER (ORDER BY latency)' }),
  rank({ name: 'NTILE', sig: 'buckets INT', returns: T.bigint(false), nullability: 'never', description: 'Splits the ordered partition into n buckets and returns this row\'s bucket, from 1.', example: 'NTILE(4) OVER (ORDER BY revenue)' }),
  rank({
    name: 'LEAD',
    sig: 'value ANY [, offset INT [, default ANY]]',
    returns: offsetValue,
    returnLabel: 'same as value',
    nullability: 'inferred',
    description: 'The value offset rows after this one in the partition (default 1), or the default.',
    example: 'LEAD(price, 1) OVER (PARTITION BY sku ORDER BY ts)',
  }),
  rank({
    name: 'LAG',
    sig: 'value ANY [, offset INT [, default ANY]]',
    returns: offsetValue,
    returnLabel: 'same as value',
    nullability: 'inferred',
    description: 'The value offset rows before this one in the partition (default 1), or the default.',
    example: 'price - LAG(price) OVER (PARTITION BY sku ORDER BY ts)',
  }),
  tvf(
    'TUMBLE',
    ['DATA TABLE, TIMECOL DESCRIPTOR, SIZE INTERVAL [, OFFSET INTERVAL]', 'timeAttr TIMESTAMP, size INTERVAL'],
    'Assigns each row to one fixed-size, non-overlapping window.',
    "TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '10' MINUTES))",
  ),
  tvf(
    'HOP',
    ['DATA TABLE, TIMECOL DESCRIPTOR, SLIDE INTERVAL, SIZE INTERVAL [, OFFSET INTERVAL]', 'timeAttr TIMESTAMP, slide INTERVAL, size INTERVAL'],
    'Assigns each row to every fixed-size window that slides by SLIDE and covers it.',
    "TABLE(HOP(TABLE bids, DESCRIPTOR(ts), INTERVAL '5' MINUTES, INTERVAL '1' HOUR))",
  ),
  tvf(
    'CUMULATE',
    ['DATA TABLE, TIMECOL DESCRIPTOR, STEP INTERVAL, SIZE INTERVAL [, OFFSET INTERVAL]'],
    'Windows that share a start and grow by STEP up to SIZE (running totals within a period).',
    "TABLE(CUMULATE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' HOUR, INTERVAL '1' DAY))",
  ),
  tvf(
    'SESSION',
    ['DATA TABLE, TIMECOL DESCRIPTOR, GAP INTERVAL', 'timeAttr TIMESTAMP, gap INTERVAL'],
    'Groups rows into sessions closed by a gap of inactivity (TABLE t PARTITION BY key for per-key sessions).',
    "TABLE(SESSION(TABLE clicks PARTITION BY user_id, DESCRIPTOR(ts), INTERVAL '30' MINUTES))",
  ),
];
