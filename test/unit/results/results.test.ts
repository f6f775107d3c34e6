import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RowKind } from '../../../engine/runtime/changelog';
import { ResultsChannel, type ResultBatch } from '../../../engine/results/channel';
import { TableView } from '../../../engine/results/table-view';
import { lineFormatter } from '../../../engine/results/format/row-formats';
import { renderTable } from '../../../engine/results/format/table-text';
import { T } from '../../../engine/types/logical-type';

const I = RowKind.Insert;
const UB = RowKind.UpdateBefore;
const UA = RowKind.UpdateAfter;
const D = RowKind.Delete;

describe('table materialization', () => {
  test('by upsert key: updates replace in place, -U is ignored, -D removes', () => {
    const v = new TableView({ key: [0] });
    v.apply([I, I, UB, UA, D], [['a', 1], ['b', 2], ['a', 1], ['a', 5], ['b', 2]]);
    assert.deepEqual(v.rows(), [['a', 5]]);
  });

  test('by whole row: a multiset; -U/-D remove one equal row, the oldest', () => {
    const v = new TableView();
    v.apply([I, I, I, UB, UA, D], [['x'], ['y'], ['x'], ['x'], ['z'], ['nope']]);
    assert.deepEqual(v.rows(), [['y'], ['x'], ['z']]);
  });

  test('a row limit evicts the oldest rows and counts them', () => {
    const v = new TableView({ maxRows: 2 });
    v.apply(undefined, [[1], [2], [3], [4]]);
    assert.deepEqual(v.rows(), [[3], [4]]);
    assert.equal(v.evicted, 2);
    v.apply([D], [[3]]);
    assert.deepEqual(v.rows(), [[4]]);
  });
});

describe('results channel', () => {
  function fake() {
    let now = 10_000;
    const timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
    return {
      clock: () => now,
      schedule: (fn: () => void, delay: number) => {
        const t = { at: now + delay, fn, cancelled: false };
        timers.push(t);
        return { cancel: () => (t.cancelled = true) };
      },
      advance(ms: number) {
        now += ms;
        for (const t of timers.splice(0)) {
          if (t.cancelled) continue;
          if (t.at <= now) t.fn();
          else timers.push(t);
        }
      },
    };
  }

  test('coalesces pushes to at most N deliveries per second, with counters', () => {
    const f = fake();
    const got: ResultBatch[] = [];
    const ch = new ResultsChannel((b) => got.push(b), { maxUpdatesPerSecond: 2, clock: f.clock, schedule: f.schedule });
    ch.push(undefined, [[1]]); // delivered at once
    ch.push([I], [[2]]); // held: the next delivery is 500 ms later
    ch.push([UB, UA], [[2], [3]]);
    assert.equal(got.length, 1);
    f.advance(499);
    assert.equal(got.length, 1);
    f.advance(1);
    assert.equal(got.length, 2);
    assert.deepEqual(got[1]!.rows, [[2], [2], [3]]);
    assert.deepEqual(got[1]!.kinds, [I, UB, UA]);
    ch.push([D], [[3]]);
    ch.close();
    assert.equal(got.length, 3);
    const c = got[2]!.counters;
    assert.deepEqual([c.inserts, c.updatesBefore, c.updatesAfter, c.deletes], [2, 1, 1, 1]);
  });

  test('the rate is the number of changes in the last whole second', () => {
    const f = fake();
    const ch = new ResultsChannel(() => {}, { clock: f.clock, schedule: f.schedule });
    ch.push(undefined, [[1], [2], [3]]);
    f.advance(1000);
    ch.push(undefined, [[4]]);
    assert.equal(ch.counters.snapshot().rate, 3);
  });
});

describe('result line formats', () => {
  const fields = [{ name: 'id', type: T.int() }, { name: 'name', type: T.string() }, { name: 'ts', type: T.timestamp(3) }];
  const row = [1, 'a,"b"', 1_700_000_000_123];
  test('jsonl', () => {
    assert.equal(lineFormatter('jsonl', fields).line(UA, row), '{"op":"+U","row":{"id":1,"name":"a,\\"b\\"","ts":"2023-11-14 22:13:20.123"}}');
  });
  test('csv', () => {
    const f = lineFormatter('csv', fields);
    assert.equal(f.header, 'op,id,name,ts');
    assert.equal(f.line(I, [2, null, 0]), '+I,2,,1970-01-01 00:00:00');
    assert.equal(f.line(D, row), '-D,1,"a,""b""",2023-11-14 22:13:20.123');
  });
  test('changelog and table', () => {
    assert.equal(lineFormatter('changelog', fields).line(I, [1, 'x', null]), '+I[1, x, null]');
    assert.deepEqual(renderTable(fields.slice(0, 2), [[1, 'x'], [10, null]]), [
      '+----+------+',
      '| id | name |',
      '+----+------+',
      '|  1 | x    |',
      '| 10 | null |',
      '+----+------+',
    ]);
  });
});
