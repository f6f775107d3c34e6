import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { E, type Expr } from '../../../engine/expr/expr';
import { T, type LogicalType } from '../../../engine/types/logical-type';
import type { Value } from '../../../engine/types/values';
import { compileCalc, compileCalcWithSource, compilePredicate, compileScalar } from '../../../engine/runtime/compile/compile';
import { ExpressionError } from '../../../engine/runtime/functions/errors';

const B = T.boolean();
const lit = (v: Value, t: LogicalType) => E.lit(v, t);
const call = (op: string, t: LogicalType, ...o: Expr[]) => E.call(op, t, ...o);
const ev = (e: Expr, row: Value[] = []) => compileScalar(e)(row);

describe('three-valued logic', () => {
  const x = E.input(0, B);
  const y = E.input(1, B);
  const cases: [Value, Value, Value, Value][] = [
    // a, b, AND, OR
    [true, true, true, true],
    [true, false, false, true],
    [true, null, null, true],
    [false, null, false, null],
    [null, null, null, null],
    [null, false, false, null],
  ];
  for (const [a, b, and, or] of cases) {
    test(`${a} AND/OR ${b}`, () => {
      assert.equal(ev(call('AND', B, x, y), [a, b]), and);
      assert.equal(ev(call('OR', B, x, y), [a, b]), or);
    });
  }
  test('NOT, IS NULL, IS TRUE and a WHERE that only passes TRUE', () => {
    assert.equal(ev(call('NOT', B, x), [null]), null);
    assert.equal(ev(call('NOT', B, x), [false]), true);
    assert.equal(ev(call('IS NULL', B, x), [null]), true);
    assert.equal(ev(call('IS NOT TRUE', B, x), [null]), true);
    const p = compilePredicate(x);
    assert.deepEqual([p([true]), p([false]), p([null])], [true, false, false]);
  });
});

describe('arithmetic', () => {
  const i = (n: number) => E.input(n, T.int());
  test('INTEGER overflow wraps like Java', () => {
    assert.equal(ev(call('+', T.int(), i(0), i(1)), [2147483647, 1]), -2147483648);
    assert.equal(ev(call('*', T.int(), i(0), i(1)), [65536, 65536]), 0);
    assert.equal(ev(call('+', T.tinyint(), E.input(0, T.tinyint()), E.input(1, T.tinyint())), [127, 1]), -128);
    assert.equal(ev(call('/', T.int(), i(0), i(1)), [-7, 2]), -3);
    assert.equal(ev(call('%', T.int(), i(0), i(1)), [-7, 2]), -1);
  });
  test('NULL propagates', () => {
    assert.equal(ev(call('+', T.int(), i(0), i(1)), [null, 1]), null);
  });
  test('DECIMAL rounds HALF_UP to the result scale', () => {
    const d = (n: number) => E.input(n, T.decimal(10, 2));
    assert.equal(ev(call('/', T.decimal(10, 2), d(0), d(1)), [1, 3]), 0.33);
    assert.equal(ev(call('*', T.decimal(10, 2), d(0), d(1)), [1.005, 1]), 1.01);
    assert.equal(ev(call('/', T.decimal(10, 2), d(0), d(1)), [-2, 3]), -0.67);
  });
  test('division by zero is an error naming the expression; DOUBLE gives Infinity', () => {
    const e = call('/', T.int(), E.input(0, T.int(), 'a'), E.input(1, T.int(), 'b'));
    assert.throws(() => ev(e, [1, 0]), (err: unknown) => err instanceof ExpressionError && /Division by zero.*a \/ b/.test(err.message));
    assert.equal(ev(call('/', T.double(), E.input(0, T.double()), E.input(1, T.double())), [1, 0]), Infinity);
  });
  test('timestamp plus intervals', () => {
    const ts = Date.UTC(2024, 0, 31, 10);
    assert.equal(ev(call('+', T.timestamp(3), E.input(0, T.timestamp(3)), lit(60_000, T.intervalDayTime())), [ts]), ts + 60_000);
    assert.equal(ev(call('+', T.timestamp(3), E.input(0, T.timestamp(3)), lit(1, T.intervalYearMonth())), [ts]), Date.UTC(2024, 1, 29, 10));
  });
});

describe('comparisons and CASE-like forms', () => {
  const s = E.input(0, T.string());
  test('comparison with NULL is NULL', () => {
    assert.equal(ev(call('=', B, s, lit('a', T.string())), [null]), null);
    assert.equal(ev(call('<', B, s, lit('b', T.string())), ['a']), true);
  });
  test('IN with NULL in the list', () => {
    const e = call('IN', B, E.input(0, T.int()), lit(1, T.int()), lit(null, T.int()));
    assert.equal(ev(e, [1]), true);
    assert.equal(ev(e, [2]), null);
    assert.equal(ev(call('NOT IN', B, E.input(0, T.int()), lit(1, T.int()), lit(2, T.int())), [3]), true);
  });
  test('BETWEEN, CASE, COALESCE, IF, NULLIF', () => {
    assert.equal(ev(call('BETWEEN', B, E.input(0, T.int()), lit(1, T.int()), lit(3, T.int())), [3]), true);
    const c = E.case([{ when: call('>', B, E.input(0, T.int()), lit(0, T.int())), then: lit('pos', T.string()) }], lit('other', T.string()), T.string());
    assert.deepEqual([ev(c, [1]), ev(c, [null]), ev(c, [-1])], ['pos', 'other', 'other']);
    assert.equal(ev(call('COALESCE', T.int(), E.input(0, T.int()), E.input(1, T.int()), lit(9, T.int())), [null, null]), 9);
    assert.equal(ev(call('IF', T.string(), E.input(0, B), lit('y', T.string()), lit('n', T.string())), [null]), 'n');
    assert.equal(ev(call('NULLIF', T.int(), E.input(0, T.int()), lit(0, T.int())), [0]), null);
    assert.equal(ev(call('NULLIF', T.int(), E.input(0, T.int()), lit(0, T.int())), [5]), 5);
  });
  test('byte strings compare by content', () => {
    const e = call('=', B, E.input(0, T.bytes()), E.input(1, T.bytes()));
    assert.equal(ev(e, [new Uint8Array([1, 2]), new Uint8Array([1, 2])]), true);
  });
});

describe('string functions', () => {
  const s = E.input(0, T.string());
  test('UPPER, SUBSTRING (negative start), CHAR_LENGTH, TRIM, CONCAT', () => {
    assert.equal(ev(call('UPPER', T.string(), s), ['abc']), 'ABC');
    assert.equal(ev(call('SUBSTRING', T.string(), s, lit(2, T.int()), lit(2, T.int())), ['hello']), 'el');
    assert.equal(ev(call('SUBSTRING', T.string(), s, lit(-3, T.int())), ['hello']), 'llo');
    assert.equal(ev(call('CHAR_LENGTH', T.int(), s), ['a😀b']), 3);
    assert.equal(ev(call('TRIM', T.string(), lit('LEADING', T.string()), lit('x', T.string()), s), ['xxaxx']), 'axx');
    assert.equal(ev(call('CONCAT', T.string(), s, lit('!', T.string())), ['hi']), 'hi!');
    assert.equal(ev(call('CONCAT', T.string(), s, lit('!', T.string())), [null]), null);
  });
  test('LIKE with wildcards and escapes, REGEXP functions', () => {
    const like = (p: string, v: string, esc?: string) =>
      ev(esc ? call('LIKE', B, s, lit(p, T.string()), lit(esc, T.string())) : call('LIKE', B, s, lit(p, T.string())), [v]);
    assert.equal(like('a%c', 'abbbc'), true);
    assert.equal(like('a_c', 'abbc'), false);
    assert.equal(like('a.c', 'abc'), false);
    assert.equal(like('100!%', '100%', '!'), true);
    assert.equal(like('100!%', '1000', '!'), false);
    assert.equal(ev(call('REGEXP', B, s, lit('b+', T.string())), ['abbbc']), true);
    assert.equal(ev(call('REGEXP_REPLACE', T.string(), s, lit('(\\d+)', T.string()), lit('<$1>', T.string())), ['a1b22']), 'a<1>b<22>');
    assert.equal(ev(call('REGEXP_EXTRACT', T.string(), s, lit('(\\d+)-(\\d+)', T.string()), lit(2, T.int())), ['x 10-20']), '20');
  });
});

describe('temporal functions', () => {
  const ts = E.input(0, T.timestamp(3));
  const t0 = Date.UTC(2024, 1, 29, 13, 45, 30, 123);
  test('EXTRACT, FLOOR/CEIL to unit, DATE_FORMAT, TO_TIMESTAMP', () => {
    assert.equal(ev(call('EXTRACT', T.bigint(), lit('MONTH', T.string()), ts), [t0]), 2);
    assert.equal(ev(call('EXTRACT', T.bigint(), lit('DOY', T.string()), ts), [t0]), 60);
    assert.equal(ev(call('FLOOR', T.timestamp(3), ts, lit('HOUR', T.string())), [t0]), Date.UTC(2024, 1, 29, 13));
    assert.equal(ev(call('CEIL', T.timestamp(3), ts, lit('MONTH', T.string())), [t0]), Date.UTC(2024, 2, 1));
    assert.equal(ev(call('DATE_FORMAT', T.string(), ts, lit('yyyy/MM/dd HH:mm:ss.SSS', T.string())), [t0]), '2024/02/29 13:45:30.123');
    assert.equal(ev(call('TO_TIMESTAMP', T.timestamp(3), lit('2024-02-29 13:45:30', T.string()))), Date.UTC(2024, 1, 29, 13, 45, 30));
    assert.equal(ev(call('TO_TIMESTAMP', T.timestamp(3), lit('29.02.2024', T.string()), lit('dd.MM.yyyy', T.string()))), Date.UTC(2024, 1, 29));
    assert.equal(ev(call('TO_TIMESTAMP', T.timestamp(3), lit('garbage', T.string()))), null);
  });
  test('TIMESTAMPADD and TIMESTAMPDIFF', () => {
    assert.equal(ev(call('TIMESTAMPADD', T.timestamp(3), lit('MONTH', T.string()), lit(1, T.int()), ts), [Date.UTC(2024, 0, 31)]), Date.UTC(2024, 1, 29));
    assert.equal(ev(call('TIMESTAMPDIFF', T.int(), lit('DAY', T.string()), ts, E.input(1, T.timestamp(3))), [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 3, 5)]), 2);
    assert.equal(ev(call('TIMESTAMPDIFF', T.int(), lit('MONTH', T.string()), ts, E.input(1, T.timestamp(3))), [Date.UTC(2024, 0, 31), Date.UTC(2024, 1, 29)]), 0);
  });
});

describe('CAST and TRY_CAST', () => {
  const s = E.input(0, T.string());
  test('string to numbers, dates and timestamps', () => {
    assert.equal(ev(E.cast(s, T.int()), [' 42 ']), 42);
    assert.equal(ev(E.cast(s, T.decimal(5, 2)), ['3.14159']), 3.14);
    assert.equal(ev(E.cast(s, T.date()), ['2024-03-01']), Date.UTC(2024, 2, 1) / 86_400_000);
    assert.equal(ev(E.cast(s, T.timestamp(3)), ['2024-03-01 10:00:00.5']), Date.UTC(2024, 2, 1, 10, 0, 0, 500));
    assert.throws(() => ev(E.cast(s, T.int()), ['abc']), /Cannot cast 'abc' to INTEGER in expression: CAST\(\$0 AS INT\)/);
    assert.equal(ev(E.tryCast(s, T.int()), ['abc']), null);
  });
  test('numbers and times to string; double to int truncates and wraps', () => {
    assert.equal(ev(E.cast(E.input(0, T.double()), T.int()), [-3.9]), -3);
    assert.equal(ev(E.cast(E.input(0, T.bigint()), T.int()), [2147483648]), -2147483648);
    assert.equal(ev(E.cast(E.input(0, T.decimal(10, 2)), T.string()), [1.5]), '1.50');
    assert.equal(ev(E.cast(E.input(0, T.double()), T.string()), [2]), '2.0');
    assert.equal(ev(E.cast(E.input(0, T.boolean()), T.string()), [true]), 'TRUE');
    assert.equal(ev(E.cast(E.input(0, T.timestamp(3)), T.string()), [Date.UTC(2024, 2, 1, 10, 0, 0, 5)]), '2024-03-01 10:00:00.005');
    assert.equal(ev(E.cast(E.input(0, T.int()), T.varchar(2)), [12345]), '12');
  });
});

describe('calc', () => {
  test('projects and filters in one function', () => {
    const calc = compileCalc(
      [E.input(1, T.string()), call('*', T.int(), E.input(0, T.int()), lit(2, T.int()))],
      call('>', B, E.input(0, T.int()), lit(1, T.int())),
    );
    assert.deepEqual(calc([2, 'x']), ['x', 4]);
    assert.equal(calc([1, 'x']), null);
    assert.equal(calc([null, 'x']), null);
  });
  test('literal text never reaches the generated code', () => {
    const evil = "'); process.exit(1); ('";
    const { fn, source } = compileCalcWithSource([call('CONCAT', T.string(), E.input(0, T.string()), lit(evil, T.string()))]);
    assert.ok(!source.includes('process.exit'));
    assert.deepEqual(fn(['a']), ['a' + evil]);
  });
  test('errors name the failing projection expression', () => {
    const calc = compileCalc([E.input(0, T.int(), 'x'), call('/', T.int(), lit(10, T.int()), E.input(0, T.int(), 'x'))]);
    assert.throws(() => calc([0]), /Division by zero in expression: 10 \/ x/);
  });
});
