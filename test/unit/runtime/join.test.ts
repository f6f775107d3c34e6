import { test } from 'node:test';
import assert from 'node:assert/strict';
import { E } from '../../../engine/expr/expr';
import { T } from '../../../engine/types/logical-type';
import { JoinOperator, type JoinType } from '../../../engine/runtime/operators/join';
import { D, drive, I, runPipeline, type Change, type Step } from './helpers/memory-source';
import { Collector } from '../../../engine/runtime/operators/operator';
import { RowKind, type Row } from '../../../engine/runtime/changelog';

/** Left rows (id, a) and right rows (id, b) arrive in the order given by `steps`. */
function join(type: JoinType, steps: ['L' | 'R', Change][], condition?: boolean) {
  const op = new JoinOperator({
    type,
    leftKeys: [0],
    rightKeys: [0],
    leftArity: 2,
    rightArity: 2,
    ...(condition ? { condition: E.call('<', T.boolean(), E.input(1, T.int()), E.input(3, T.int())) } : {}),
  });
  return drive(op, steps.map(([side, ch]) => [side === 'L' ? 0 : 1, ch] as Step)).out;
}

test('INNER JOIN forwards kinds and multiplicities', async () => {
  const out = join('INNER', [
    ['L', I(1, 'a')],
    ['R', I(1, 'x')],
    ['R', I(1, 'x')],
    ['L', I(2, 'b')],
    ['R', D(1, 'x')],
  ]);
  assert.deepEqual(out, ['+I(1, a, 1, x)', '+I(1, a, 1, x)', '-D(1, a, 1, x)']);
});

test('LEFT JOIN: +I(a, null), then -D(a, null), +I(a, b); retracting b restores the padding', async () => {
  const out = join('LEFT', [
    ['L', I(1, 'a')],
    ['R', I(1, 'x')],
    ['R', I(1, 'y')],
    ['R', D(1, 'x')],
    ['R', D(1, 'y')],
    ['L', D(1, 'a')],
  ]);
  assert.deepEqual(out, [
    '+I(1, a, null, null)',
    '-D(1, a, null, null)',
    '+I(1, a, 1, x)',
    '+I(1, a, 1, y)',
    '-D(1, a, 1, x)',
    '-D(1, a, 1, y)',
    '+I(1, a, null, null)',
    '-D(1, a, null, null)',
  ]);
});

test('RIGHT and FULL joins pad the other side; NULL keys never match', async () => {
  assert.deepEqual(join('RIGHT', [['L', I(1, 'a')], ['R', I(1, 'x')], ['R', I(null, 'n')]]), [
    '+I(1, a, 1, x)',
    '+I(null, null, null, n)',
  ]);
  assert.deepEqual(join('FULL', [['L', I(1, 'a')], ['R', I(2, 'x')], ['R', I(1, 'y')], ['L', D(1, 'a')]]), [
    '+I(1, a, null, null)',
    '+I(null, null, 2, x)',
    '-D(1, a, null, null)',
    '+I(1, a, 1, y)',
    '-D(1, a, 1, y)',
    '+I(null, null, 1, y)',
  ]);
});

test('a non-equi condition decides which partners count', async () => {
  const out = join('LEFT', [['L', I(1, 5)], ['R', I(1, 3)], ['R', I(1, 9)]], true);
  assert.deepEqual(out, ['+I(1, 5, null, null)', '-D(1, 5, null, null)', '+I(1, 5, 1, 9)']);
});

test('a join runs in an executor graph with two sources', async () => {
  const out = await runPipeline({
    sources: {
      l: { splits: [{ id: 'l', changes: [[1, 'a']] }] },
      r: { splits: [{ id: 'r', changes: [[1, 'x']] }] },
    },
    operators: [{ id: 'j', op: new JoinOperator({ type: 'LEFT', leftKeys: [0], rightKeys: [0], leftArity: 2, rightArity: 2 }), inputs: ['l', 'r'] }],
  });
  assert.deepEqual(out, ['+I(1, a, null, null)', '-D(1, a, null, null)', '+I(1, a, 1, x)']);
});

test('with a state TTL, rows idle that long no longer join', () => {
  let now = 0;
  const op = new JoinOperator({ type: 'INNER', leftKeys: [0], rightKeys: [0], leftArity: 2, rightArity: 2, stateTtlMs: 100 });
  const c = new Collector();
  op.open({ out: c, metrics: { recordsIn: 0, recordsOut: 0, lateDropped: 0 }, now: () => now });
  op.processBatch(0, undefined, [[1, 'a']]);
  now = 50;
  op.onProcessingTime(now);
  op.processBatch(1, undefined, [[1, 'x']]);
  assert.equal(c.drain().rows.length, 1);
  now = 500;
  op.onProcessingTime(now);
  op.processBatch(1, undefined, [[1, 'y']]);
  assert.equal(c.drain().rows.length, 0);
});

test('buckets keep multiplicities: appended rows with copies, then lists turned into Maps and shrinking again (FULL JOIN on inserts, then random inserts and deletes, with a restore)', async () => {
  const { decodeState, encodeState } = await import('../../../engine/runtime/state/codec');
  // Two keys, up to 20 distinct values per side and key: lists become Maps by row key and lose rows again.
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const live: [Row[], Row[]] = [[], []];
  const c = new Collector();
  let op = new JoinOperator({ type: 'FULL', leftKeys: [0], rightKeys: [0], leftArity: 2, rightArity: 2 });
  op.open({ out: c, metrics: { recordsIn: 0, recordsOut: 0, lateDropped: 0 }, now: () => 0 });
  for (let i = 0; i < 3000; i++) {
    if (i === 1500) {
      const snap = decodeState(JSON.parse(JSON.stringify(encodeState(op.snapshotState()))));
      op = new JoinOperator({ type: 'FULL', leftKeys: [0], rightKeys: [0], leftArity: 2, rightArity: 2 });
      op.open({ out: c, metrics: { recordsIn: 0, recordsOut: 0, lateDropped: 0 }, now: () => 0 });
      op.restoreState(snap);
    }
    const side = rand(2);
    const rows = live[side]!;
    // inserts only at first: rows are appended, copies of a row as entries of their own
    if (i >= 800 && rows.length > 0 && rand(10) < 4) {
      const row = rows.splice(rand(rows.length), 1)[0]!;
      op.processBatch(side, [RowKind.Delete], [row]);
    } else {
      const row: Row = [1 + rand(2), side === 0 ? `l${rand(20)}` : `r${rand(20)}`];
      rows.push(row);
      op.processBatch(side, undefined, [row]);
    }
  }
  // the output materialized as a multiset
  const table = new Map<string, number>();
  const { kinds, rows } = c.drain();
  rows.forEach((r, i) => {
    const k = JSON.stringify(r);
    table.set(k, (table.get(k) ?? 0) + (kinds[i] === RowKind.Insert ? 1 : -1));
  });
  // the FULL JOIN of what is left on each side
  const want = new Map<string, number>();
  const add = (r: Row) => want.set(JSON.stringify(r), (want.get(JSON.stringify(r)) ?? 0) + 1);
  const [ls, rs] = live;
  for (const l of ls) {
    const partners = rs.filter((r) => r[0] === l[0]);
    if (partners.length === 0) add([...l, null, null]);
    for (const r of partners) add([...l, ...r]);
  }
  for (const r of rs) if (!ls.some((l) => l[0] === r[0])) add([null, null, ...r]);
  for (const [k, n] of table) if (n === 0) table.delete(k);
  assert.deepEqual(new Map([...table].sort()), new Map([...want].sort()));
});
