import { test } from 'node:test';
import assert from 'node:assert/strict';
import { E, inputsOf } from '../../../engine/expr/expr';
import { printExpr } from '../../../engine/expr/print';
import { T } from '../../../engine/types/logical-type';

test('prints infix, postfix, functions, CAST and CASE', () => {
  const a = E.input(0, T.int(), 'a');
  const b = E.input(1, T.string());
  const e = E.call('AND', T.boolean(), E.call('>', T.boolean(), E.call('+', T.int(), a, E.lit(1, T.int())), E.lit(3, T.int())), E.call('IS NOT NULL', T.boolean(), b));
  assert.equal(printExpr(e), '((a + 1) > 3) AND ($1 IS NOT NULL)');
  assert.equal(printExpr(E.call('UPPER', T.string(), b)), 'UPPER($1)');
  assert.equal(printExpr(E.tryCast(b, T.int())), 'TRY_CAST($1 AS INT)');
  assert.equal(printExpr(E.cast(a, T.string(false))), 'CAST(a AS STRING NOT NULL)');
  assert.equal(
    printExpr(E.case([{ when: E.call('=', T.boolean(), a, E.lit(1, T.int())), then: E.lit("it's", T.string()) }], null, T.string())),
    "CASE WHEN a = 1 THEN 'it''s' END",
  );
});

test('inputsOf collects referenced columns', () => {
  const e = E.call('+', T.int(), E.input(2, T.int()), E.call('ABS', T.int(), E.input(5, T.int())));
  assert.deepEqual([...inputsOf(e)].sort(), [2, 5]);
});

test('special forms print as SQL spells them', () => {
  const x = E.input(0, T.int(), 'x');
  const ts = E.input(1, T.timestamp(3), 'ts');
  const s = (v: string) => E.lit(v, T.string());
  assert.equal(printExpr(E.call('IN', T.boolean(), x, E.lit(1, T.int()), E.lit(2, T.int()))), 'x IN (1, 2)');
  assert.equal(printExpr(E.call('BETWEEN', T.boolean(), x, E.lit(1, T.int()), E.lit(2, T.int()))), 'x BETWEEN 1 AND 2');
  assert.equal(printExpr(E.call('EXTRACT', T.bigint(), s('DAY'), ts)), 'EXTRACT(DAY FROM ts)');
  assert.equal(printExpr(E.call('FLOOR', T.timestamp(3), ts, s('HOUR'))), 'FLOOR(ts TO HOUR)');
  assert.equal(printExpr(E.call('TRIM', T.string(), s('BOTH'), s(' '), s('a'))), "TRIM(BOTH ' ' FROM 'a')");
  assert.equal(printExpr(E.call('ITEM', T.int(), E.input(2, T.array(T.int()), 'arr'), E.lit(1, T.int()))), 'arr[1]');
});
