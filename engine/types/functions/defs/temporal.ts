/** Temporal functions (Flink docs: "Temporal Functions"), including the deprecated group-window auxiliaries. */

import { type LogicalType, T, isTimeAttribute, withoutTimeAttribute } from '../../logical-type';
import { printType } from '../../print';
import { define, type FunctionSpec } from '../define';
import type { FunctionDef, ReturnInference } from '../model';
import { literalInt, typeAt } from '../strategies';

const tmp = (spec: Omit<FunctionSpec, 'category'>): FunctionDef => define({ category: 'temporal', ...spec });

const part = (name: string, of: string, example: string): FunctionDef =>
  tmp({
    name,
    sig: 'timepoint DATE|TIMESTAMP',
    returns: T.bigint(),
    description: `The ${of} of a date or timestamp, as a number (EXTRACT(${name === 'DAYOFMONTH' ? 'DAY' : name} FROM ...)).`,
    example,
  });

const clock = (name: string, t: LogicalType, description: string, example: string, parens: boolean): FunctionDef =>
  tmp({
    name,
    kind: parens ? 'scalar' : 'special-syntax',
    sig: '',
    ...(parens ? {} : { syntax: name }),
    returns: t,
    nullability: 'never',
    deterministic: false,
    description,
    example,
  });

/** TO_TIMESTAMP_LTZ(epoch, precision): precision 0 = seconds, 3 = milliseconds (the default). */
const toTimestampLtz: ReturnInference = (args, options) => {
  const first = typeAt(args, 0);
  if (first.kind === 'VARCHAR' || first.kind === 'CHAR') return T.timestampLtz(3);
  const p = args.length > 1 ? literalInt(options, 1) : 3;
  if (p !== undefined && p !== 0 && p !== 3) return { error: `precision must be 0 (seconds) or 3 (milliseconds), not ${p}` };
  return T.timestampLtz(3);
};

/** CURRENT_WATERMARK(rowtime): the rowtime's kind with precision 3 (TIMESTAMP_LTZ(9) gives TIMESTAMP_LTZ(3)), no marker. */
const currentWatermark: ReturnInference = (args) => {
  const t = typeAt(args, 0);
  if (!isTimeAttribute(t) || t.timeAttribute !== 'rowtime') {
    return { error: `the argument must be a rowtime attribute, but is ${printType(t)}` };
  }
  return t.kind === 'TIMESTAMP_LTZ' ? T.timestampLtz(3) : T.timestamp(3);
};

/** TIMESTAMPADD(unit, n, timepoint): the time point's type. */
const timestampAdd: ReturnInference = (args) => withoutTimeAttribute(typeAt(args, 2));

/** Deprecated group-window auxiliaries (GROUP BY TUMBLE(...)): TUMBLE_START etc. */
function auxiliaries(window: 'TUMBLE' | 'HOP' | 'SESSION', sig: string, call: string): FunctionDef[] {
  const ofAttr = (marker: 'rowtime' | 'proctime'): ReturnInference => (args) => {
    const t = typeAt(args, 0);
    if (marker === 'proctime') return T.timestampLtz(3, false, 'proctime');
    return t.kind === 'TIMESTAMP_LTZ' ? T.timestampLtz(3, false, 'rowtime') : T.timestamp(3, false, 'rowtime');
  };
  return [
    tmp({
      name: `${window}_START`,
      sig,
      returns: T.timestamp(3, false),
      nullability: 'never',
      deprecated: true,
      description: `The inclusive start of the ${window} group window (legacy GROUP BY windows; prefer window TVFs).`,
      example: `${window}_START(${call})`,
    }),
    tmp({
      name: `${window}_END`,
      sig,
      returns: T.timestamp(3, false),
      nullability: 'never',
      deprecated: true,
      description: `The exclusive end of the ${window} group window (legacy; prefer window TVFs).`,
      example: `${window}_END(${call})`,
    }),
    tmp({
      name: `${window}_ROWTIME`,
      sig,
      returns: ofAttr('rowtime'),
      returnLabel: 'TIMESTAMP(3) *ROWTIME*',
      nullability: 'inferred',
      deprecated: true,
      description: `The inclusive upper bound of the ${window} window as a rowtime attribute, for chaining windows (legacy).`,
      example: `${window}_ROWTIME(${call})`,
    }),
    tmp({
      name: `${window}_PROCTIME`,
      sig,
      returns: ofAttr('proctime'),
      returnLabel: 'TIMESTAMP_LTZ(3) *PROCTIME*',
      nullability: 'inferred',
      deprecated: true,
      description: `A proctime attribute for the ${window} window, for chaining windows (legacy).`,
      example: `${window}_PROCTIME(${call})`,
    }),
  ];
}

export const TEMPORAL_FUNCTIONS: readonly FunctionDef[] = [
  clock('LOCALTIME', T.time(0, false), 'The current local time of the session time zone.', 'LOCALTIME', false),
  clock('LOCALTIMESTAMP', T.timestamp(3, false), 'The current local date-time of the session time zone, without zone.', 'LOCALTIMESTAMP', false),
  clock('CURRENT_TIME', T.time(0, false), 'The current local time (same as LOCALTIME).', 'CURRENT_TIME', false),
  clock('CURRENT_DATE', T.date(false), 'The current date in the session time zone.', 'WHERE order_date = CURRENT_DATE', false),
  clock('CURRENT_TIMESTAMP', T.timestampLtz(3, false), 'The current instant, as TIMESTAMP_LTZ(3).', 'CURRENT_TIMESTAMP', false),
  clock('NOW', T.timestampLtz(3, false), 'The current instant (same as CURRENT_TIMESTAMP).', 'NOW()', true),
  clock('CURRENT_ROW_TIMESTAMP', T.timestampLtz(3, false), 'The current instant, evaluated for every row even in batch mode.', 'CURRENT_ROW_TIMESTAMP()', true),
  tmp({
    name: 'EXTRACT',
    kind: 'special-syntax',
    sig: 'unit UNIT, timepoint DATE|TIME|TIMESTAMP|INTERVAL',
    syntax: 'EXTRACT(unit FROM temporal)',
    returns: T.bigint(),
    description: 'A field (YEAR, MONTH, DAY, HOUR, DOW, EPOCH, ...) of a date, time, timestamp or interval.',
    example: 'EXTRACT(HOUR FROM order_time)',
  }),
  part('YEAR', 'year', 'YEAR(order_date)'),
  part('QUARTER', 'quarter (1 to 4)', 'QUARTER(order_date)'),
  part('MONTH', 'month (1 to 12)', 'MONTH(order_date)'),
  part('WEEK', 'ISO week of the year (1 to 53)', 'WEEK(order_date)'),
  part('DAYOFYEAR', 'day of the year (1 to 366)', 'DAYOFYEAR(order_date)'),
  part('DAYOFMONTH', 'day of the month (1 to 31)', 'DAYOFMONTH(order_date)'),
  part('DAYOFWEEK', 'day of the week (1 = Sunday to 7 = Saturday)', 'DAYOFWEEK(order_date)'),
  tmp({ name: 'HOUR', sig: 'timepoint TIME|TIMESTAMP', returns: T.bigint(), description: 'The hour of the day (0 to 23).', example: 'HOUR(order_time)' }),
  tmp({ name: 'MINUTE', sig: 'timepoint TIME|TIMESTAMP', returns: T.bigint(), description: 'The minute of the hour (0 to 59).', example: 'MINUTE(order_time)' }),
  tmp({ name: 'SECOND', sig: 'timepoint TIME|TIMESTAMP', returns: T.bigint(), description: 'The second of the minute (0 to 59).', example: 'SECOND(order_time)' }),
  tmp({
    name: 'OVERLAPS',
    kind: 'special-syntax',
    sig: 'start1 DATE|TIME|TIMESTAMP, end1 DATE|TIME|TIMESTAMP|INTERVAL, start2 DATE|TIME|TIMESTAMP, end2 DATE|TIME|TIMESTAMP|INTERVAL',
    syntax: '(timepoint1, temporal1) OVERLAPS (timepoint2, temporal2)',
    returns: T.boolean(),
    description: 'TRUE when two time ranges (start, end or start, duration) overlap.',
    example: "(TIME '2:55:00', INTERVAL '1' HOUR) OVERLAPS (TIME '3:30:00', INTERVAL '2' HOUR)",
  }),
  tmp({
    name: 'DATE_FORMAT',
    sig: 'timepoint TIMESTAMP|STRING, format STRING',
    returns: T.string(),
    description: "Formats a timestamp with a Java DateTimeFormatter pattern such as 'yyyy-MM-dd HH:mm'.",
    example: "DATE_FORMAT(order_time, 'yyyy-MM-dd')",
  }),
  tmp({
    name: 'TIMESTAMPADD',
    sig: 'unit UNIT, amount INT, timepoint DATE|TIME|TIMESTAMP',
    returns: timestampAdd,
    returnLabel: 'same as timepoint',
    description: 'Adds amount units (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR) to a time point.',
    example: 'TIMESTAMPADD(DAY, 30, signup_time)',
  }),
  tmp({
    name: 'TIMESTAMPDIFF',
    sig: 'unit UNIT, timepoint1 DATE|TIMESTAMP, timepoint2 DATE|TIMESTAMP',
    returns: T.int(),
    description: 'The number of whole units between two time points (timepoint2 - timepoint1).',
    example: 'TIMESTAMPDIFF(MINUTE, created_at, shipped_at)',
  }),
  tmp({
    name: 'CONVERT_TZ',
    sig: 'datetime STRING, fromTz STRING, toTz STRING',
    returns: T.string(),
    description: "Converts a 'yyyy-MM-dd HH:mm:ss' string from one time zone to another.",
    example: "CONVERT_TZ('2024-03-01 12:00:00', 'UTC', 'Europe/Berlin')",
  }),
  tmp({
    name: 'FROM_UNIXTIME',
    sig: 'seconds NUMERIC [, format STRING]',
    returns: T.string(),
    description: "Formats epoch seconds as a string in the session time zone ('yyyy-MM-dd HH:mm:ss' by default).",
    example: 'FROM_UNIXTIME(created_epoch)',
  }),
  tmp({
    name: 'UNIX_TIMESTAMP',
    sig: ['', 'datetime STRING [, format STRING]'],
    returns: T.bigint(),
    nullability: 'inferred',
    returnLabel: 'BIGINT',
    deterministic: false,
    description: 'The current epoch seconds, or the epoch seconds of a date-time string.',
    example: "UNIX_TIMESTAMP('2024-03-01 12:00:00')",
  }),
  tmp({
    name: 'TO_DATE',
    sig: 'date STRING [, format STRING]',
    returns: T.date(),
    nullability: 'always',
    description: "Parses a date string ('yyyy-MM-dd' by default).",
    example: "TO_DATE('2024-03-01')",
  }),
  tmp({
    name: 'TO_TIMESTAMP_LTZ',
    sig: ['epoch NUMERIC [, precision INT]', 'datetime STRING [, format STRING [, timezone STRING]]'],
    returns: toTimestampLtz,
    returnLabel: 'TIMESTAMP_LTZ(3)',
    description: 'An epoch number (seconds with precision 0, milliseconds with 3) or a string as TIMESTAMP_LTZ(3).',
    example: 'TO_TIMESTAMP_LTZ(event_ms, 3)',
  }),
  tmp({
    name: 'TO_TIMESTAMP',
    sig: 'datetime STRING [, format STRING]',
    returns: T.timestamp(3),
    nullability: 'always',
    description: "Parses a date-time string ('yyyy-MM-dd HH:mm:ss' by default) into TIMESTAMP(3).",
    example: "TO_TIMESTAMP('2024-03-01 12:00:00')",
  }),
  tmp({
    name: 'CURRENT_WATERMARK',
    sig: 'rowtime TIMESTAMP',
    returns: currentWatermark,
    returnLabel: 'TIMESTAMP(3) or TIMESTAMP_LTZ(3), as the rowtime',
    nullability: 'always',
    deterministic: false,
    description: 'The current watermark for the given rowtime attribute; NULL before the first watermark.',
    example: 'WHERE CURRENT_WATERMARK(ts) IS NULL OR ts > CURRENT_WATERMARK(ts)',
  }),
  tmp({
    name: 'PROCTIME',
    sig: '',
    returns: T.timestampLtz(3, false, 'proctime'),
    nullability: 'inferred',
    returnLabel: 'TIMESTAMP_LTZ(3) *PROCTIME*',
    deterministic: false,
    description: 'Declares a processing-time attribute (in a computed column: `pt AS PROCTIME()`).',
    example: 'proc_time AS PROCTIME()',
  }),
  tmp({
    name: 'SOURCE_WATERMARK',
    sig: '',
    returns: T.timestamp(3),
    returnLabel: 'TIMESTAMP(3)',
    description: 'In a WATERMARK clause: take the watermarks the source itself emits.',
    example: 'WATERMARK FOR ts AS SOURCE_WATERMARK()',
  }),
  ...auxiliaries('TUMBLE', 'timeAttr TIMESTAMP, size INTERVAL', "ts, INTERVAL '1' MINUTE"),
  ...auxiliaries('HOP', 'timeAttr TIMESTAMP, slide INTERVAL, size INTERVAL', "ts, INTERVAL '1' MINUTE, INTERVAL '5' MINUTE"),
  ...auxiliaries('SESSION', 'timeAttr TIMESTAMP, gap INTERVAL', "ts, INTERVAL '10' MINUTE"),
];
