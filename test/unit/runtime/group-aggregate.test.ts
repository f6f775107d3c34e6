import { test } from 'node:test';
import assert from 'node:assert/strict';
import { T } from '../../../engine/types/logical-type';
import { GroupAggregateOperator } from '../../../engine/runtime/operators/group-aggregate';
import { D, I, MemorySource, runOne, runPipeline, show, UA, UB, type Change } from './helpers/memory-source';
import { DataflowGraph } from '../../../engine/runtime/executor/graph';
import { Executor } from '../../../engine/runtime/executor/executor';
import type { Row } from '../../../engine/runtime/changelog';

const count = { fn: 'COUNT', args: [], type: T.bigint(false) };

test('GROUP BY emits +I, then -U/+U per update', async () => {
  const op = new GroupAggregateOperator({ groupKeys: [0], aggs: [count, { fn: 'SUM', args: [1], type: T.int() }] });
  const out = await runOne(op, [['a', 1], ['b', 5], ['a', 2]]);
  assert.deepEqual(out, ['+I(a, 1, 1)', '+I(b, 1, 5)', '-U(a, 1, 1)', '+U(a, 2, 3)']);
});

test('retractions update and count-to-zero deletes the group', async () => {
  const op = new GroupAggregateOperator({ groupKeys: [0], aggs: [count, { fn: 'MAX', args: [1], type: T.int() }] });
  const out = await runOne(op, [I('a', 1), I('a', 7), D('a', 7), D('a', 1), D('z', 1), I('a', 3)]);
  assert.deepEqual(out, [
    '+I(a, 1, 1)',
    '-U(a, 1, 1)',
    '+U(a, 2, 7)',
    '-U(a, 2, 7)',
    '+U(a, 1, 1)',
    '-D(a, 1, 1)',
    '+I(a, 1, 3)',
  ]);
});

test('an update that leaves the result unchanged emits nothing', async () => {
  const op = new GroupAggregateOperator({ groupKeys: [0], aggs: [{ fn: 'MAX', args: [1], type: T.int() }] });
  const out = await runOne(op, [['a', 5], ['a', 3], ['a', 9]]);
  assert.deepEqual(out, ['+I(a, 5)', '-U(a, 5)', '+U(a, 9)']);
});

test('update-before can be omitted for upsert consumers', async () => {
  const op = new GroupAggregateOperator({ groupKeys: [0], aggs: [count], updateBefore: false });
  assert.deepEqual(await runOne(op, [['a'], ['a']]), ['+I(a, 1)', '+U(a, 2)']);
});

test('DISTINCT and FILTER (WHERE)', async () => {
  const op = new GroupAggregateOperator({
    groupKeys: [0],
    aggs: [
      { fn: 'COUNT', args: [1], distinct: true, type: T.bigint(false) },
      { fn: 'COUNT', args: [], filterArg: 2, type: T.bigint(false) },
    ],
  });
  const out = await runOne(op, [I('k', 'x', true), I('k', 'x', false), I('k', 'y', null), D('k', 'x', true)]);
  assert.deepEqual(out, [
    '+I(k, 1, 1)',
    // second x: distinct count unchanged, filtered count unchanged (FALSE) -> no output
    '-U(k, 1, 1)',
    '+U(k, 2, 1)',
    // one x is still there: distinct count stays 2; the filtered row leaves
    '-U(k, 2, 1)',
    '+U(k, 2, 0)',
  ]);
});

test('global aggregate (no keys) with SUM/AVG/MIN/LISTAGG/FIRST_VALUE/LAST_VALUE', async () => {
  const op = new GroupAggregateOperator({
    groupKeys: [],
    aggs: [
      { fn: 'SUM', args: [0], type: T.int() },
      { fn: 'AVG', args: [0], type: T.int() },
      { fn: 'MIN', args: [0], type: T.int() },
      { fn: 'LISTAGG', args: [1], type: T.string(), constants: ['|'] },
      { fn: 'FIRST_VALUE', args: [1], type: T.string() },
      { fn: 'LAST_VALUE', args: [1], type: T.string() },
    ],
  });
  const out = await runOne(op, [I(4, 'a'), I(1, 'b'), UB(4, 'a'), UA(6, 'c')]);
  assert.deepEqual(out, [
    '+I(4, 4, 4, a, a, a)',
    '-U(4, 4, 4, a, a, a)',
    '+U(5, 2, 1, a|b, a, b)',
    '-U(5, 2, 1, a|b, a, b)',
    '+U(1, 1, 1, b, b, b)',
    '-U(1, 1, 1, b, b, b)',
    '+U(7, 3, 1, b|c, b, c)',
  ]);
});

test('SUM of only NULLs is NULL; SUM0 is 0', async () => {
  const op = new GroupAggregateOperator({
    groupKeys: [0],
    aggs: [
      { fn: 'SUM', args: [1], type: T.int() },
      { fn: 'SUM0', args: [1], type: T.int() },
    ],
  });
  assert.deepEqual(await runOne(op, [['a', null]]), ['+I(a, null, 0)']);
});

test('with a state TTL an idle group is forgotten and starts over with +I', async () => {
  let now = 0;
  const changes: Row[] = [['a']];
  const g = new DataflowGraph();
  g.source('src', new MemorySource([{ id: 's', changes }], false));
  g.operator('agg', new GroupAggregateOperator({ groupKeys: [0], aggs: [count], stateTtlMs: 1000 }), ['src']);
  const out: string[] = [];
  g.sink('sink', 'agg', (k, rows) => rows.forEach((r, i) => out.push(show(k[i]!, r))));
  const ex = new Executor(g, { batchSize: 1, idleSleepMs: 0, clock: () => now });
  await ex.step();
  now = 500;
  changes.push(['a']);
  await ex.step();
  now = 5000;
  await ex.step(); // no data: the sweep forgets 'a' (idle since 500)
  now = 5100;
  changes.push(['a']);
  await ex.step();
  assert.deepEqual(out, ['+I(a, 1)', '-U(a, 1)', '+U(a, 2)', '+I(a, 1)']);
});

test('COLLECT, ARRAY_AGG, JSON_ARRAYAGG and APPROX_COUNT_DISTINCT with retraction', async () => {
  const op = new GroupAggregateOperator({
    groupKeys: [],
    aggs: [
      { fn: 'COLLECT', args: [0], type: T.multiset(T.string()) },
      { fn: 'ARRAY_AGG', args: [0], type: T.array(T.string()) },
      { fn: 'JSON_ARRAYAGG', args: [0], type: T.string() },
      { fn: 'APPROX_COUNT_DISTINCT', args: [0], type: T.bigint(false) },
    ],
  });
  const out = await runOne(op, [I('x'), I('y'), I('x'), D('y')]);
  assert.equal(out[out.length - 1], '+U([object Map], x,x, ["x","x"], 1)');
});

test('bounded mode: a global aggregate over empty input emits its empty result', async () => {
  const op = new GroupAggregateOperator({ groupKeys: [], aggs: [count, { fn: 'SUM', args: [0], type: T.int() }], emitEmptyGlobal: true });
  assert.deepEqual(await runOne(op, []), ['+I(0, null)']);
  const streaming = new GroupAggregateOperator({ groupKeys: [], aggs: [count] });
  assert.deepEqual(await runOne(streaming, []), []);
});

test('mini-batch: several changes of a group within one batch emit once', async () => {
  const out = await runPipeline({
    sources: { src: { splits: [{ id: 's', changes: [['a'], ['b'], ['a'], ['a'], ['b'], ['a']] }] } },
    operators: [{ id: 'agg', op: new GroupAggregateOperator({ groupKeys: [0], aggs: [count], miniBatch: true }), inputs: ['src'] }],
    options: { batchSize: 3 },
  });
  assert.deepEqual(out, ['+I(a, 2)', '+I(b, 1)', '-U(a, 2)', '+U(a, 4)', '-U(b, 1)', '+U(b, 2)']);
});

test('STDDEV_POP, STDDEV_SAMP, VAR_POP and VAR_SAMP accumulate and retract (Flink reduces them to SUM(x*x), SUM(x), COUNT(x))', async () => {
  const { aggregateFunction } = await import('../../../engine/runtime/aggregates/registry');
  const names = ['STDDEV_POP', 'STDDEV_SAMP', 'VAR_POP', 'VAR_SAMP', 'STDDEV', 'VARIANCE'];
  const fns = names.map((fn) => ({ f: aggregateFunction(fn)({ call: { fn, args: [0], type: T.double() }, retracting: true }), s: [] as unknown[] }));
  const values = () => fns.map(({ f, s }) => f.value(s, 0));
  for (const { f, s } of fns) f.init(s, 0);
  assert.deepEqual(values(), [null, null, null, null, null, null]);
  for (const v of [1, 2, null, 3]) for (const { f, s } of fns) f.accumulate(s, 0, v);
  assert.deepEqual(values(), [Math.sqrt(2 / 3), 1, 2 / 3, 1, 1, 1]);
  for (const { f, s } of fns) f.retract(s, 0, 3);
  assert.deepEqual(values(), [0.5, Math.sqrt(0.5), 0.25, 0.5, Math.sqrt(0.5), 0.5]);
  for (const { f, s } of fns) f.retract(s, 0, 2);
  assert.deepEqual(values(), [0, null, 0, null, null, null]);
  // Integer arguments: the divisions truncate and the result is cast back to INT, as in Flink:
  // (21 - trunc(49 / 3)) / 3 = trunc(5 / 3) = 1.
  const intVar = aggregateFunction('VAR_POP')({ call: { fn: 'VAR_POP', args: [0], type: T.int() }, retracting: false });
  const s: unknown[] = [];
  intVar.init(s, 0);
  for (const v of [1, 2, 4]) intVar.accumulate(s, 0, v);
  assert.equal(intVar.value(s, 0), 1);
  // DECIMAL(10, 2) arguments: the intermediate quotients round to scale 6, so VAR_SAMP of 1, 2, 4
  // is (21 - 16.333333) / 2 = 2.3333335 -> 2.333334 (Flink's answer), not 2.333333.
  const decVar = aggregateFunction('VAR_SAMP')({ call: { fn: 'VAR_SAMP', args: [0], type: T.decimal(38, 6) }, retracting: false });
  const d: unknown[] = [];
  decVar.init(d, 0);
  for (const v of [1, 2, 4]) decVar.accumulate(d, 0, v);
  assert.equal(decVar.value(d, 0), 2.333334);
});

test("many groups: a deleted group's slots are reused clean by the next new group", async () => {
  // 10,000 keys span several slab chunks; deleting every other key frees ids that new keys take.
  const n = 10_000;
  const input: Change[] = [];
  for (let k = 0; k < n; k++) input.push(I(`k${k}`, k, `v${k}`));
  for (let k = 0; k < n; k += 2) input.push(D(`k${k}`, k, `v${k}`));
  for (let k = 0; k < n; k += 2) input.push(I(`new${k}`, 1, `w${k}`));
  const op = new GroupAggregateOperator({
    groupKeys: [0],
    aggs: [count, { fn: 'MAX', args: [1], type: T.int() }, { fn: 'LISTAGG', args: [2], type: T.string(), constants: [','] }],
  });
  const out = await runOne(op, input);
  const final = new Map<string, string>();
  for (const line of out) {
    const key = line.slice(3, line.indexOf(','));
    if (line.startsWith('-D')) final.delete(key);
    else if (line.startsWith('+')) final.set(key, line);
  }
  assert.equal(final.size, n);
  assert.equal(final.get('k1'), '+I(k1, 1, 1, v1)');
  assert.equal(final.get('new0'), '+I(new0, 1, 1, w0)');
  assert.equal(final.get(`new${n - 2}`), `+I(new${n - 2}, 1, 1, w${n - 2})`);
  assert.ok([...final.values()].every((l) => l.startsWith('+I(') && / 1, /.test(l)));
});
