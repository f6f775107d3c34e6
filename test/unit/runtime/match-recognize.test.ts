import { test } from 'node:test';
import assert from 'node:assert/strict';
import { E } from '../../../engine/expr/expr';
import { T } from '../../../engine/types/logical-type';
import { MatchRecognizeOperator, type MatchRecognizeSpec } from '../../../engine/runtime/operators/match-recognize';
import { parsePattern } from '../../../engine/runtime/operators/match-pattern';
import { drive, type Step } from './helpers/memory-source';

// Rows (symbol, ts, price). DEFINE sees [current ++ previous]: price is 2, PREV(price) is 3 + 2 = 5.
const price = E.input(2, T.int());
const prevPrice = E.input(5, T.int());
const spec = (over: Partial<MatchRecognizeSpec> = {}): MatchRecognizeSpec => ({
  partitionKeys: [0],
  timeColumn: 1,
  arity: 3,
  pattern: parsePattern('START_ROW PRICE_DOWN+ PRICE_UP'),
  define: {
    PRICE_DOWN: E.call('<', T.boolean(), price, prevPrice),
    PRICE_UP: E.call('>', T.boolean(), price, prevPrice),
  },
  measures: [
    { kind: 'first', variable: 'START_ROW', column: 1 },
    { kind: 'last', variable: 'PRICE_DOWN', column: 2 },
    { kind: 'last', variable: 'PRICE_UP', column: 1 },
    { kind: 'agg', variable: 'PRICE_DOWN', call: { fn: 'COUNT', args: [], type: T.bigint(false) } },
  ],
  ...over,
});

const ticks = (prices: number[], symbol = 'ACME'): Step[] => prices.map((p, i) => [0, [symbol, i + 1, p]] as Step);

test('a V-shaped price pattern: start, one or more drops, a rise', () => {
  const { out } = drive(new MatchRecognizeOperator(spec()), [...ticks([12, 11, 10, 11, 9, 8, 9]), [0, ['OTHER', 3, 5]], 'end']);
  assert.deepEqual(out, ['+I(ACME, 1, 10, 4, 2)', '+I(ACME, 5, 8, 7, 1)']);
});

test('rows wait for the watermark and are matched in time order; late rows are dropped', () => {
  const steps: Step[] = [
    [0, ['A', 3, 10]],
    [0, ['A', 1, 12]],
    [0, ['A', 2, 11]],
    { watermark: 3 },
    [0, ['A', 2, 99]], // late
    [0, ['A', 4, 11]],
    { watermark: 4 },
  ];
  const { out, metrics } = drive(new MatchRecognizeOperator(spec()), steps);
  assert.deepEqual(out, ['+I(A, 1, 10, 4, 2)']);
  assert.equal(metrics.lateDropped, 1);
});

test('AFTER MATCH SKIP TO NEXT ROW finds overlapping matches', () => {
  const { out } = drive(new MatchRecognizeOperator(spec({ afterMatch: 'TO NEXT ROW' })), [...ticks([12, 11, 10, 11]), 'end']);
  assert.deepEqual(out, ['+I(ACME, 1, 10, 4, 2)', '+I(ACME, 2, 10, 4, 1)']);
});

test('WITHIN drops partial matches older than the interval', () => {
  const { out } = drive(new MatchRecognizeOperator(spec({ withinMs: 2 })), [...ticks([12, 11, 10, 9, 10]), 'end']);
  // 12..10 then 9 needs 4 rows (span 3 ms > 2); the match starting at 10 (ts 3): 9 down, 10 up, within 2 ms
  assert.deepEqual(out, ['+I(ACME, 3, 9, 5, 1)']);
});

test('a greedy last element is refused as Flink does', () => {
  assert.throws(
    () => new MatchRecognizeOperator(spec({ pattern: parsePattern('A B+') })),
    /Greedy quantifiers are not allowed as the last element/,
  );
});

test('alternation prefers its left side; a quantified group repeats as a whole', () => {
  // (PRICE_DOWN | PRICE_UP) then a group of (down, up) one or more times, reluctant, then an up.
  const down = E.call('<', T.boolean(), price, prevPrice);
  const up = E.call('>', T.boolean(), price, prevPrice);
  const s = spec({
    pattern: parsePattern('START_ROW (D U)+? U2'),
    define: { D: down, U: up, U2: up },
    measures: [{ kind: 'first', variable: 'START_ROW', column: 1 }, { kind: 'last', variable: 'U2', column: 1 }, { kind: 'agg', variable: 'D', call: { fn: 'COUNT', args: [], type: T.bigint(false) } }],
  });
  // 10, 9 (D), 11 (U), 12 (U2): one round of the group.
  assert.deepEqual(drive(new MatchRecognizeOperator(s), [...ticks([10, 9, 11, 12]), 'end']).out, ['+I(ACME, 1, 4, 1)']);
  // 10, 9, 11, 8, 12, 13: two rounds, then U2.
  assert.deepEqual(drive(new MatchRecognizeOperator(s), [...ticks([10, 9, 11, 8, 12, 13]), 'end']).out, ['+I(ACME, 1, 6, 2)']);
  const alt = spec({ pattern: parsePattern('START_ROW (D | U) U2'), define: { D: down, U: up, U2: up }, measures: [{ kind: 'agg', variable: 'D', call: { fn: 'COUNT', args: [], type: T.bigint(false) } }, { kind: 'agg', variable: 'U', call: { fn: 'COUNT', args: [], type: T.bigint(false) } }] });
  assert.deepEqual(drive(new MatchRecognizeOperator(alt), [...ticks([10, 9, 11]), 'end']).out, ['+I(ACME, 1, 0)']);
  assert.deepEqual(drive(new MatchRecognizeOperator(alt), [...ticks([10, 12, 13]), 'end']).out, ['+I(ACME, 0, 1)']);
});

test('DEFINE reads other variables and LAST(var.col, k) through navigation rows', () => {
  // B AS B.price > A.price (A's last row): navigation 0 = (A, last, 0) at columns 6..8.
  const s = spec({
    pattern: parsePattern('A B'),
    define: { B: E.call('>', T.boolean(), price, E.input(8, T.int())) },
    navigations: [{ variable: 'A', last: true, offset: 0 }],
    measures: [{ kind: 'last', variable: 'A', column: 2 }, { kind: 'last', variable: 'B', column: 2 }],
    afterMatch: 'TO NEXT ROW',
  });
  assert.deepEqual(drive(new MatchRecognizeOperator(s), [...ticks([10, 12, 11, 13]), 'end']).out, ['+I(ACME, 10, 12)', '+I(ACME, 11, 13)']);
});

test('pattern text: parse errors name the problem', () => {
  assert.throws(() => parsePattern('A (B | C'), /a '\)' is missing/);
  assert.throws(() => parsePattern('A B{3,1}'), /maximum below its minimum/);
});
