import { test } from 'node:test';
import assert from 'node:assert/strict';
import { T } from '../../../engine/types/logical-type';
import { decodeState, encodeState } from '../../../engine/runtime/state/codec';
import { JoinOperator } from '../../../engine/runtime/operators/join';
import { IntervalJoinOperator } from '../../../engine/runtime/operators/interval-join';
import { TemporalJoinOperator } from '../../../engine/runtime/operators/temporal-join';
import { OverAggregateOperator } from '../../../engine/runtime/operators/over-aggregate';
import { RankOperator } from '../../../engine/runtime/operators/rank';
import { DeduplicateOperator } from '../../../engine/runtime/operators/deduplicate';
import { WindowAggregateOperator } from '../../../engine/runtime/operators/window-aggregate';
import { GroupAggregateOperator } from '../../../engine/runtime/operators/group-aggregate';
import type { Operator } from '../../../engine/runtime/operators/operator';
import { MatchRecognizeOperator } from '../../../engine/runtime/operators/match-recognize';
import { parsePattern } from '../../../engine/runtime/operators/match-pattern';
import { E } from '../../../engine/expr/expr';
import type { Row } from '../../../engine/runtime/changelog';
import { buildPipeline, runPipeline, type Pipeline } from './helpers/memory-source';

test('the state codec round-trips Maps, Sets, bytes, infinities and nested objects', () => {
  const v = { a: new Map<unknown, unknown>([['k', [1, null, new Uint8Array([1, 2])]], [3, new Set(['x'])]]), w: -Infinity, u: undefined, $map: 'not a tag' };
  const back = decodeState(JSON.parse(JSON.stringify(encodeState(v))));
  assert.deepEqual(back, v);
});

// Two streams of (key, time, value): left has 40 rows, right 30, keys k0..k3, times increasing with jitter.
const left: Row[] = Array.from({ length: 40 }, (_, i) => [`k${i % 4}`, i * 5 + ((i * 7) % 3), i]);
const right: Row[] = Array.from({ length: 30 }, (_, i) => [`k${(i * 3) % 4}`, i * 6 + ((i * 5) % 4), 100 + i]);

const count = { fn: 'COUNT', args: [], type: T.bigint(false) };
const sum = { fn: 'SUM', args: [2], type: T.int() };

const cases: Record<string, { op: () => Operator; twoInputs?: boolean }> = {
  'group aggregate with DISTINCT': {
    op: () => new GroupAggregateOperator({ groupKeys: [0], aggs: [count, { ...sum, distinct: true }, { fn: 'MIN', args: [2], type: T.int() }] }),
  },
  'hopping window aggregate': {
    op: () => new WindowAggregateOperator({ window: { kind: 'HOP', sizeMs: 30, slideMs: 10 }, timeColumn: 1, groupKeys: [0], aggs: [count, sum] }),
  },
  'session window aggregate': {
    op: () => new WindowAggregateOperator({ window: { kind: 'SESSION', gapMs: 12 }, timeColumn: 1, groupKeys: [0], aggs: [count, sum] }),
  },
  'full outer join': {
    op: () => new JoinOperator({ type: 'FULL', leftKeys: [0], rightKeys: [0], leftArity: 3, rightArity: 3 }),
    twoInputs: true,
  },
  'left interval join': {
    op: () =>
      new IntervalJoinOperator({ type: 'LEFT', leftKeys: [0], rightKeys: [0], leftTime: 1, rightTime: 1, lowerMs: -10, upperMs: 5, leftArity: 3, rightArity: 3 }),
    twoInputs: true,
  },
  'temporal join': {
    op: () => new TemporalJoinOperator({ type: 'LEFT', leftKeys: [0], rightKeys: [0], leftTime: 1, rightTime: 1, rightArity: 3 }),
    twoInputs: true,
  },
  'OVER RANGE aggregate': {
    op: () => new OverAggregateOperator({ partitionKeys: [0], timeColumn: 1, frame: { unit: 'RANGE', preceding: 20 }, aggs: [count, sum] }),
  },
  'Top-N with rank': {
    op: () => new RankOperator({ partitionKeys: [0], orderBy: [{ index: 2, descending: true }], n: 3, outputRank: true }),
  },
  'MATCH_RECOGNIZE': {
    op: () =>
      new MatchRecognizeOperator({
        partitionKeys: [0],
        timeColumn: 1,
        arity: 3,
        pattern: parsePattern('A B+ C'),
        define: {
          B: E.call('<', T.boolean(), E.call('%', T.int(), E.input(2, T.int()), E.lit(3, T.int())), E.lit(2, T.int())),
          C: E.call('=', T.boolean(), E.call('%', T.int(), E.input(2, T.int()), E.lit(3, T.int())), E.lit(2, T.int())),
        },
        measures: [{ kind: 'first', variable: 'A', column: 2 }, { kind: 'last', column: 2 }],
      }),
  },
  'dedup keep-last rowtime': {
    op: () => new DeduplicateOperator({ keys: [0], keepLast: true, rowtimeColumn: 1 }),
  },
};

for (const [name, c] of Object.entries(cases)) {
  test(`checkpoint and restore continue identically: ${name}`, async () => {
    const make = (): Pipeline => ({
      sources: {
        l: { splits: [{ id: 'l0', changes: left.slice(0, 20) }, { id: 'l1', changes: left.slice(20) }], watermark: { column: 1, delayMs: 6 } },
        ...(c.twoInputs ? { r: { splits: [{ id: 'r0', changes: right }], watermark: { column: 1, delayMs: 6 } } } : {}),
      },
      operators: [{ id: 'op', op: c.op(), inputs: c.twoInputs ? ['l', 'r'] : ['l'] }],
      options: { batchSize: 3 },
    });
    const whole = await runPipeline(make());
    for (const steps of [1, 3, 6]) {
      const first = buildPipeline(make());
      for (let i = 0; i < steps; i++) await first.executor.step();
      const cp = JSON.parse(JSON.stringify(first.executor.checkpoint()));
      const resumed = buildPipeline({ ...make(), options: { batchSize: 3, restore: cp } });
      await resumed.executor.run();
      assert.deepEqual([...first.out, ...resumed.out], whole, `split after ${steps} rounds`);
    }
    assert.ok(whole.length > 0);
  });
}
