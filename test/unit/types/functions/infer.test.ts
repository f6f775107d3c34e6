import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { T, type LogicalType } from '../../../../engine/types/logical-type';
import { printType } from '../../../../engine/types/print';
import { inferCall } from '../../../../engine/types/functions/infer';
import type { CallArg, InferOptions, SymbolArg } from '../../../../engine/types/functions/model';

function type(name: string, args: readonly CallArg[], options?: InferOptions): string {
  const r = inferCall(name, args, options);
  if ('error' in r) assert.fail(`${name}: unexpected error: ${r.error}`);
  return printType(r.type);
}

function error(name: string, args: readonly CallArg[]): string {
  const r = inferCall(name, args);
  if (!('error' in r)) assert.fail(`${name}: expected an error, got ${printType(r.type)}`);
  return r.error;
}

const sym = (value: string): SymbolArg => ({ kind: 'SYMBOL', value });
const S = T.string();
const I = T.int();

describe('inferCall: errors', () => {
  test('wrong argument count names the expected signature', () => {
    assert.equal(
      error('SUBSTRING', [I]),
      'SUBSTRING expects (STRING|BYTES, INT [, INT]) but got (INT): it takes 2 to 3 arguments, not 1',
    );
    assert.match(error('PI', [I]), /^PI expects \(\) but got \(INT\): it takes 0 arguments, not 1$/);
    assert.match(error('CONCAT', []), /it takes at least 1 argument/);
  });
  test('wrong argument types', () => {
    assert.equal(error('UPPER', [I]), 'UPPER expects (STRING) but got (INT)');
    assert.equal(error('SUBSTRING', [S, S]), 'SUBSTRING expects (STRING|BYTES, INT [, INT]) but got (STRING, STRING)');
    assert.equal(
      error('LOG', [S]),
      'LOG expects (NUMERIC) or (NUMERIC, NUMERIC) but got (STRING)',
    );
  });
  test('unknown functions suggest close names', () => {
    assert.equal(error('SUBSTRNG', [S, I]), "unknown function 'SUBSTRNG', did you mean 'SUBSTRING' or 'SUBSTR'?");
    assert.equal(error('CHAR_LENGHT', [S]), "unknown function 'CHAR_LENGHT', did you mean 'CHAR_LENGTH'?");
    assert.equal(error('FROBNICATE', []), "unknown function 'FROBNICATE'");
  });
  test('bad symbols are named', () => {
    assert.match(error('EXTRACT', [sym('FORTNIGHT'), T.timestamp(3)]), /'FORTNIGHT' is not one of MILLENNIUM, CENTURY/);
  });
});

describe('inferCall: comparison and logic', () => {
  test('comparisons are BOOLEAN, nullable when an operand is', () => {
    assert.equal(type('=', [T.int(false), T.bigint(false)]), 'BOOLEAN NOT NULL');
    assert.equal(type('<', [T.int(), T.decimal(5, 2, false)]), 'BOOLEAN');
    assert.equal(type('IS NULL', [I]), 'BOOLEAN NOT NULL');
    assert.equal(type('IN', [I, T.int(false), T.bigint(false)]), 'BOOLEAN');
    assert.equal(type('BETWEEN', [T.timestamp(3), T.timestamp(3), T.timestampLtz(3)]), 'BOOLEAN');
    assert.equal(type('IS DISTINCT FROM', [I, I]), 'BOOLEAN NOT NULL');
  });
  test('incomparable operands are refused', () => {
    assert.equal(error('=', [T.boolean(), I]), '=: cannot compare BOOLEAN with INT');
    assert.equal(error('<', [T.multiset(S), T.multiset(S)]), '<: values of type MULTISET<STRING> have no order');
    assert.equal(error('=', [S, I]), '=: cannot compare STRING with INT');
    assert.equal(type('>', [S, I]), 'BOOLEAN');
    assert.equal(error('IN', [I, I, S]), 'IN: cannot compare INT with STRING');
  });
  test('logic wants booleans', () => {
    assert.equal(type('AND', [T.boolean(false), T.boolean()]), 'BOOLEAN');
    assert.equal(type('IS TRUE', [T.boolean()]), 'BOOLEAN NOT NULL');
    assert.match(error('NOT', [I]), /^NOT expects \(BOOLEAN\) but got \(INT\)/);
  });
  test('LIKE', () => {
    assert.equal(type('LIKE', [S, T.char(3, false)]), 'BOOLEAN');
    assert.match(error('LIKE', [I, S]), /^LIKE expects/);
  });
});

describe('inferCall: arithmetic and math', () => {
  test('operators', () => {
    assert.equal(type('+', [T.int(false), T.int(false)]), 'INT NOT NULL');
    assert.equal(type('*', [T.decimal(10, 2), T.decimal(5, 4)]), 'DECIMAL(16, 6)');
    assert.equal(type('/', [T.decimal(10, 2), I]), 'DECIMAL(21, 13)');
    assert.equal(type('-', [T.double(false)]), 'DOUBLE NOT NULL');
    assert.equal(type('+', [T.timestamp(3, true, 'rowtime'), T.intervalDayTime()]), 'TIMESTAMP(3)');
    assert.equal(type('%', [T.bigint(), T.int()]), 'INT');
    assert.equal(error('+', [T.date(), T.date()]), "+: cannot apply '+' to arguments of type DATE and DATE");
  });
  test('math functions', () => {
    assert.equal(type('ABS', [T.decimal(5, 2, false)]), 'DECIMAL(5, 2) NOT NULL');
    assert.equal(type('SQRT', [I]), 'DOUBLE');
    assert.equal(type('POWER', [I, I]), 'DOUBLE');
    assert.match(error('POW', [I, I]), /^unknown function 'POW'/); // Flink 2.2 has POWER only
    assert.equal(type('ROUND', [T.decimal(10, 4)], {}), 'DECIMAL(7, 0)');
    assert.equal(type('ROUND', [T.decimal(10, 4), T.int(false)], { literals: [undefined, 2] }), 'DECIMAL(9, 2)');
    assert.equal(type('ROUND', [T.double(false), T.int(false)]), 'DOUBLE NOT NULL');
    assert.equal(type('CEIL', [T.decimal(10, 2)]), 'DECIMAL(10, 0)');
    assert.equal(type('FLOOR', [T.timestamp(3, true, 'rowtime'), sym('HOUR')]), 'TIMESTAMP(3)');
    assert.equal(type('RAND', []), 'DOUBLE NOT NULL');
    assert.equal(type('UUID', []), 'CHAR(36) NOT NULL');
    assert.equal(type('MOD', [T.bigint(false), T.int(false)]), 'INT NOT NULL');
    assert.match(error('MOD', [T.double(), I]), /^MOD expects \(EXACT_NUMERIC, EXACT_NUMERIC\)/);
  });
});

describe('inferCall: strings, hashing', () => {
  test('string functions', () => {
    assert.equal(type('SUBSTRING', [T.string(false), T.int(false), T.int(false)]), 'STRING NOT NULL');
    assert.equal(type('substring', [T.bytes(), I]), 'BYTES');
    assert.equal(type('CHAR_LENGTH', [T.char(5, false)]), 'INT NOT NULL');
    assert.equal(type('UPPER', [T.varchar(10)]), 'VARCHAR(10)');
    assert.equal(type('||', [T.char(2, false), T.char(3, false)]), 'CHAR(5) NOT NULL');
    assert.equal(type('||', [T.varchar(2), S]), 'STRING');
    assert.equal(type('CONCAT', [S, T.string(false), T.char(1)]), 'STRING');
    assert.equal(type('CONCAT_WS', [T.string(false), S, S]), 'STRING');
    assert.equal(type('SUBSTRING', [T.char(3), I]), 'VARCHAR(3)');
    assert.equal(type('LTRIM', [T.varchar(10, false)]), 'VARCHAR(10) NOT NULL');
    assert.equal(type('TRIM', [sym('BOTH'), T.char(1, false), T.char(3)]), 'VARCHAR(3)');
    assert.equal(type('TRIM', [sym('LEADING'), T.string(false), T.string(false)]), 'STRING NOT NULL');
    assert.equal(type('REGEXP_EXTRACT', [T.string(false), T.string(false), T.int(false)]), 'STRING');
    assert.equal(type('SPLIT', [S, S]), 'ARRAY<STRING>');
    assert.equal(type('STR_TO_MAP', [S]), 'MAP<STRING, STRING>');
    assert.equal(type('ELT', [I, S, S]), 'STRING');
    assert.equal(type('SHA2', [S, I]), 'VARCHAR(128)');
    assert.equal(type('MD5', [T.string(false)]), 'CHAR(32) NOT NULL');
    assert.equal(type('SHA512', [S]), 'CHAR(128)');
    assert.match(error('||', [S, T.bytes()]), /cannot concatenate a string with bytes/);
  });
});

describe('inferCall: temporal', () => {
  const rowtime = T.timestamp(3, false, 'rowtime');
  test('clock functions are NOT NULL', () => {
    assert.equal(type('CURRENT_TIMESTAMP', []), 'TIMESTAMP_LTZ(3) NOT NULL');
    assert.equal(type('now', []), 'TIMESTAMP_LTZ(3) NOT NULL');
    assert.equal(type('CURRENT_DATE', []), 'DATE NOT NULL');
    assert.equal(type('LOCALTIMESTAMP', []), 'TIMESTAMP(3) NOT NULL');
    assert.equal(type('PROCTIME', []), 'TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*');
  });
  test('extraction and arithmetic on time', () => {
    assert.equal(type('EXTRACT', [sym('year'), T.date(false)]), 'BIGINT NOT NULL');
    assert.equal(type('HOUR', [rowtime]), 'BIGINT NOT NULL');
    assert.equal(type('TIMESTAMPADD', [sym('DAY'), T.int(false), rowtime]), 'TIMESTAMP(3) NOT NULL');
    assert.equal(type('TIMESTAMPDIFF', [sym('MINUTE'), rowtime, T.timestamp(3)]), 'INT');
    assert.equal(type('DATE_FORMAT', [rowtime, T.string(false)]), 'STRING NOT NULL');
    assert.equal(type('TO_TIMESTAMP', [T.string(false)]), 'TIMESTAMP(3)');
    assert.equal(type('TO_TIMESTAMP_LTZ', [T.bigint(false), T.int(false)], { literals: [undefined, 3] }), 'TIMESTAMP_LTZ(3) NOT NULL');
    const bad = inferCall('TO_TIMESTAMP_LTZ', [T.bigint(), I], { literals: [undefined, 6] });
    assert.deepEqual(bad, { error: 'TO_TIMESTAMP_LTZ: precision must be 0 (seconds) or 3 (milliseconds), not 6' });
    assert.equal(type('UNIX_TIMESTAMP', []), 'BIGINT');
  });
  test('CURRENT_WATERMARK wants a rowtime attribute', () => {
    assert.equal(type('CURRENT_WATERMARK', [rowtime]), 'TIMESTAMP(3)');
    assert.equal(type('CURRENT_WATERMARK', [T.timestampLtz(9, false, 'rowtime')]), 'TIMESTAMP_LTZ(3)');
    assert.equal(type('CURRENT_DATABASE', []), 'STRING NOT NULL');
    assert.equal(
      error('CURRENT_WATERMARK', [T.timestamp(3)]),
      'CURRENT_WATERMARK: the argument must be a rowtime attribute, but is TIMESTAMP(3)',
    );
  });
  test('legacy group-window auxiliaries', () => {
    assert.equal(type('TUMBLE_START', [rowtime, T.intervalDayTime(false)]), 'TIMESTAMP(3) NOT NULL');
    assert.equal(type('TUMBLE_ROWTIME', [rowtime, T.intervalDayTime(false)]), 'TIMESTAMP(3) NOT NULL *ROWTIME*');
    assert.equal(type('HOP_END', [rowtime, T.intervalDayTime(false), T.intervalDayTime(false)]), 'TIMESTAMP(3) NOT NULL');
  });
});

describe('inferCall: conditional and conversion', () => {
  test('CASE, COALESCE, IF, IFNULL, NULLIF, GREATEST', () => {
    assert.equal(type('CASE', [T.int(false), T.bigint(false)]), 'BIGINT NOT NULL');
    assert.equal(type('CASE', [T.int(false), T.null()]), 'INT');
    assert.equal(type('COALESCE', [I, T.bigint(false)]), 'BIGINT NOT NULL');
    assert.equal(type('COALESCE', [I, T.decimal(5, 2)]), 'DECIMAL(12, 2)');
    // Flink 2.2: functions merge TIMESTAMP with TIMESTAMP_LTZ to TIMESTAMP_LTZ, CASE and ARRAY[...] to TIMESTAMP.
    assert.equal(type('COALESCE', [T.timestamp(3), T.timestampLtz(3)]), 'TIMESTAMP_LTZ(3)');
    assert.equal(type('GREATEST', [T.timestamp(3), T.timestampLtz(3)]), 'TIMESTAMP_LTZ(3)');
    assert.equal(type('CASE', [T.timestamp(3), T.timestampLtz(3)]), 'TIMESTAMP(3)');
    assert.equal(type('ARRAY', [T.timestamp(3), T.timestampLtz(3)]), 'ARRAY<TIMESTAMP(3)> NOT NULL');
    assert.equal(type('IF', [T.boolean(), T.string(false), T.char(3, false)]), 'STRING');
    assert.equal(type('IF', [T.boolean(false), T.string(false), T.char(3, false)]), 'STRING NOT NULL');
    assert.equal(type('IFNULL', [I, T.int(false)]), 'INT NOT NULL');
    assert.equal(type('NULLIF', [T.int(false), T.int(false)]), 'INT');
    assert.equal(type('GREATEST', [T.int(false), T.double(false)]), 'DOUBLE NOT NULL');
    assert.equal(type('IS_DIGIT', [S]), 'BOOLEAN NOT NULL');
    assert.equal(error('COALESCE', [I, S]), 'COALESCE: its arguments have no common type: (INT, STRING)');
    assert.match(error('CASE', [T.boolean(), T.date()]), /no common type/);
  });
  test('CAST and TRY_CAST', () => {
    assert.equal(type('CAST', [T.string(false), T.int()]), 'INT NOT NULL');
    assert.equal(type('CAST', [S, T.decimal(10, 2)]), 'DECIMAL(10, 2)');
    assert.equal(type('TRY_CAST', [T.string(false), T.int()]), 'INT');
    assert.equal(type('CAST', [T.null(), T.date()]), 'DATE');
    assert.equal(error('CAST', [T.int(), T.date()]), 'CAST: cannot cast INT to DATE');
    assert.equal(type('TYPEOF', [I]), 'STRING');
    assert.equal(type('TYPEOF', [T.int(false)]), 'STRING NOT NULL');
  });
});

describe('inferCall: collections, construction, access, JSON', () => {
  const arr = T.array(T.int(), false);
  test('collection functions', () => {
    assert.equal(type('CARDINALITY', [arr]), 'INT NOT NULL');
    assert.equal(type('ELEMENT', [arr]), 'INT');
    assert.equal(type('ARRAY_APPEND', [arr, T.bigint()]), 'ARRAY<BIGINT> NOT NULL');
    assert.equal(type('ARRAY_CONTAINS', [arr, T.int(false)]), 'BOOLEAN NOT NULL');
    assert.equal(type('ARRAY_CONCAT', [arr, T.array(T.bigint())]), 'ARRAY<BIGINT>');
    assert.equal(type('ARRAY_MAX', [arr]), 'INT');
    assert.equal(type('MAP_KEYS', [T.map(S, I)]), 'ARRAY<STRING>');
    assert.equal(type('MAP_ENTRIES', [T.map(S, I)]), 'ARRAY<ROW<`key` STRING, `value` INT>>');
    assert.equal(error('ARRAY_CONTAINS', [arr, S]), 'ARRAY_CONTAINS: the element STRING does not fit an array of INT');
    assert.equal(error('ARRAY_JOIN', [arr, S]), 'ARRAY_JOIN: the array must hold strings, but holds INT');
    assert.match(error('CARDINALITY', [S]), /^CARDINALITY expects \(ARRAY\|MAP\|MULTISET\)/);
  });
  test('value construction', () => {
    assert.equal(type('ARRAY', [T.int(false), T.double()]), 'ARRAY<DOUBLE> NOT NULL');
    assert.equal(type('MAP', [S, I, T.char(2), T.bigint()]), 'MAP<STRING, BIGINT> NOT NULL');
    assert.equal(type('ROW', [I, S]), 'ROW<`EXPR$0` INT, `EXPR$1` STRING> NOT NULL');
    assert.equal(error('MAP', [S, I, S]), 'MAP: expects key-value pairs (an even number of arguments)');
    assert.match(error('ARRAY', [I, S]), /no common type/);
  });
  test('field access and indexing', () => {
    const address = T.row([{ name: 'city', type: T.string(false) }, { name: 'zip', type: T.string() }]);
    assert.equal(type('.', [address, sym('city')]), 'STRING');
    assert.equal(type('.', [T.row([{ name: 'city', type: T.string(false) }], false), sym('city')]), 'STRING NOT NULL');
    assert.equal(error('.', [address, sym('cty')]), ".: ROW<`city` STRING NOT NULL, `zip` STRING> has no field 'cty', did you mean 'city'?");
    assert.equal(type('ITEM', [arr, T.int(false)]), 'INT');
    assert.equal(type('[]', [T.map(S, T.double(false)), T.char(3, false)]), 'DOUBLE');
    assert.equal(error('ITEM', [arr, S]), 'ITEM: an array index must be an integer, not STRING');
  });
  test('JSON functions', () => {
    assert.equal(type('JSON_VALUE', [S, T.string(false)]), 'STRING');
    assert.equal(type('JSON_VALUE', [T.string(false), T.string(false), T.double(false)]), 'DOUBLE');
    assert.equal(type('JSON_QUERY', [S, S, T.array(S)]), 'ARRAY<STRING>');
    assert.equal(type('JSON_OBJECT', [T.char(2, false), I, T.char(3, false), S]), 'STRING NOT NULL');
    assert.equal(type('JSON_ARRAY', []), 'STRING NOT NULL');
    assert.equal(type('IS JSON', [S, sym('OBJECT')]), 'BOOLEAN NOT NULL');
    assert.equal(error('JSON_OBJECT', [I, I]), 'JSON_OBJECT: a key must be a string, not INT');
    assert.match(error('JSON_VALUE', [S, S, T.array(S)]), /is not a scalar type/);
  });
});

describe('inferCall: aggregates and window functions', () => {
  test('aggregates', () => {
    assert.equal(type('COUNT', []), 'BIGINT NOT NULL');
    assert.equal(type('COUNT', [I, S]), 'BIGINT NOT NULL');
    assert.equal(type('SUM', [T.int(false)]), 'INT');
    assert.equal(type('SUM', [T.decimal(10, 2, false)]), 'DECIMAL(38, 2)');
    assert.equal(type('$SUM0', [T.decimal(10, 2)]), 'DECIMAL(38, 2) NOT NULL');
    assert.equal(type('AVG', [T.int(false)]), 'INT');
    assert.equal(type('AVG', [T.decimal(10, 2)]), 'DECIMAL(38, 6)');
    assert.equal(type('MAX', [T.timestamp(3, false, 'rowtime')]), 'TIMESTAMP(3)');
    assert.equal(type('STDDEV', [T.double(false)]), 'DOUBLE');
    assert.equal(type('COLLECT', [S]), 'MULTISET<STRING> NOT NULL');
    assert.equal(type('ARRAY_AGG', [T.int(false)]), 'ARRAY<INT NOT NULL> NOT NULL');
    assert.equal(type('ARRAY_AGG', [I]), 'ARRAY<INT>');
    assert.equal(type('LISTAGG', [T.string(false)]), 'STRING NOT NULL');
    assert.equal(type('LISTAGG', [S, S]), 'STRING');
    assert.equal(type('JSON_OBJECTAGG', [S, I]), 'VARCHAR(2000) NOT NULL');
    assert.match(error('SUM', [S]), /^SUM expects \(NUMERIC\) but got \(STRING\)/);
    assert.equal(error('MAX', [T.multiset(S)]), 'MAX expects (COMPARABLE) but got (MULTISET<STRING>)');
  });
  test('ranking and offsets', () => {
    assert.equal(type('ROW_NUMBER', []), 'BIGINT NOT NULL');
    assert.equal(type('PERCENT_RANK', []), 'DOUBLE NOT NULL');
    assert.equal(type('LAG', [T.decimal(10, 2, false), T.int(false)]), 'DECIMAL(10, 2)');
    assert.equal(type('LEAD', [T.int(false), T.int(false), T.bigint(false)]), 'BIGINT NOT NULL');
    assert.equal(type('LAG', [T.int(false)]), 'INT');
    assert.equal(
      error('LEAD', [T.int(), T.int(false), S]),
      'LEAD: the default does not fit the value: its arguments have no common type: (INT, STRING)',
    );
    assert.equal(type('GROUPING', [I, S]), 'BIGINT NOT NULL');
  });
});

describe('inferCall: window table-valued functions', () => {
  const orders: LogicalType = {
    kind: 'TABLE_ARG',
    nullable: false,
    fields: [
      { name: 'id', type: T.bigint(false) },
      { name: 'order_time', type: T.timestamp(3, true, 'rowtime') },
      { name: 'pt', type: T.timestampLtz(3, false, 'proctime') },
      { name: 'amount', type: T.decimal(10, 2) },
    ],
  };
  const desc = (...columns: string[]): LogicalType => ({ kind: 'DESCRIPTOR', nullable: false, columns });
  const mins = T.intervalDayTime(false);
  const columns = (r: ReturnType<typeof inferCall>): string[] => {
    if ('error' in r) assert.fail(r.error);
    assert.equal(r.type.kind, 'TABLE_ARG');
    return r.type.kind === 'TABLE_ARG' ? r.type.fields.map((f) => `${f.name} ${printType(f.type)}`) : [];
  };

  // Output schemas as Flink 2.2 resolves them (checked with flink_runner.py --columns).
  test('TUMBLE adds window_start, window_end and a rowtime window_time', () => {
    assert.deepEqual(columns(inferCall('TUMBLE', [orders, desc('order_time'), mins])), [
      'id BIGINT NOT NULL',
      'order_time TIMESTAMP(3) *ROWTIME*',
      'pt TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*',
      'amount DECIMAL(10, 2)',
      'window_start TIMESTAMP(3) NOT NULL',
      'window_end TIMESTAMP(3) NOT NULL',
      'window_time TIMESTAMP(3) NOT NULL *ROWTIME*',
    ]);
  });
  test('HOP and CUMULATE with offsets, SESSION; proctime windows', () => {
    assert.equal(columns(inferCall('HOP', [orders, desc('order_time'), mins, mins, mins])).length, 7);
    assert.equal(columns(inferCall('CUMULATE', [orders, desc('order_time'), mins, mins])).length, 7);
    assert.deepEqual(columns(inferCall('SESSION', [orders, desc('pt'), mins])).slice(-1), [
      'window_time TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*',
    ]);
    const ltzTable: LogicalType = { kind: 'TABLE_ARG', nullable: false, fields: [{ name: 'ltz', type: T.timestampLtz(3, true, 'rowtime') }] };
    assert.deepEqual(columns(inferCall('CUMULATE', [ltzTable, desc('ltz'), mins, mins])), [
      'ltz TIMESTAMP_LTZ(3) *ROWTIME*',
      'window_start TIMESTAMP(3) NOT NULL',
      'window_end TIMESTAMP(3) NOT NULL',
      'window_time TIMESTAMP_LTZ(3) NOT NULL *ROWTIME*',
    ]);
  });
  test('errors: not a time attribute, unknown column, wrong kinds', () => {
    assert.equal(
      error('TUMBLE', [orders, desc('amount'), mins]),
      "TUMBLE: the window function requires the time column to be TIMESTAMP or TIMESTAMP_LTZ, but 'amount' is DECIMAL(10, 2)",
    );
    const withPlain: LogicalType = { ...orders, fields: [...(orders.kind === 'TABLE_ARG' ? orders.fields : []), { name: 'created', type: T.timestamp(3) }] } as LogicalType;
    assert.equal(
      error('TUMBLE', [withPlain, desc('created'), mins]),
      "TUMBLE: the window function requires the time column to be a time attribute (declare a WATERMARK on it, or use PROCTIME()), but 'created' is TIMESTAMP(3)",
    );
    assert.equal(
      error('TUMBLE', [orders, desc('order_tim'), mins]),
      "TUMBLE: DESCRIPTOR names unknown column 'order_tim', did you mean 'order_time'?",
    );
    assert.match(error('TUMBLE', [orders, desc('order_time'), T.int()]), /^TUMBLE expects \(TABLE, DESCRIPTOR, INTERVAL \[, INTERVAL\]\) or \(TIMESTAMP, INTERVAL\) but got/);
    assert.match(error('HOP', [orders, desc('order_time'), mins]), /^HOP expects \(TABLE, DESCRIPTOR, INTERVAL, INTERVAL \[, INTERVAL\]\) or \(TIMESTAMP, INTERVAL, INTERVAL\) but got \(TABLE ROW/);
    assert.match(error('CUMULATE', [orders, desc('order_time'), mins]), /it takes 4 to 5 arguments, not 3$/);
  });
  test('legacy GROUP BY TUMBLE(ts, size)', () => {
    assert.equal(type('TUMBLE', [T.timestamp(3, true, 'rowtime'), mins]), 'TIMESTAMP(3) *ROWTIME*');
    assert.match(error('TUMBLE', [T.timestamp(3), mins]), /requires a time attribute/);
  });
});
