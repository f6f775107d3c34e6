/** Retained results: materialized by upsert key, a bounded changelog tail, wire values, subscribers, files that survive a restart. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResultStore, type ResultBatchEvent, type ResultStatusEvent } from '../../../engine/results/retained-results';
import { toWireValue } from '../../../engine/results/wire-values';
import { RowKind } from '../../../engine/runtime/changelog';

const limits = { maxTableRows: 3, maxHistory: 4, maxUpdatesPerSecond: 1000 };

describe('retained results', () => {
  test('values travel as the results panel reads them', () => {
    assert.equal(toWireValue(new Uint8Array([104, 105])), 'aGk=');
    assert.deepEqual(toWireValue(new Map([['k', [1, null]]])), [['k', [1, null]]]);
    assert.deepEqual(toWireValue([Number.NaN, Number.POSITIVE_INFINITY, 1.5]), ['NaN', 'Infinity', 1.5]);
  });

  test('a keyed result keeps the latest row per key, the tail and counts; subscribers get batches and status; a restart restores it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-results-'));
    const { store } = ResultStore.open(dir, { limits, persistEveryMs: 60_000 });
    const batches: ResultBatchEvent[] = [];
    const statuses: ResultStatusEvent[] = [];
    // subscribed before the statement produced anything (PENDING)
    const off = store.subscribe('q', { batch: (b) => batches.push(b), status: (s) => statuses.push(s) });
    const r = store.create('q', [{ name: 'k', type: 'STRING' }, { name: 'n', type: 'BIGINT' }, { name: 'b', type: 'BYTES' }], [0], 1000);
    r.apply([RowKind.Insert, RowKind.Insert], [['a', 1, new Uint8Array([1])], ['b', 1, null]]);
    r.apply([RowKind.UpdateBefore, RowKind.UpdateAfter, RowKind.Delete], [['a', 1, null], ['a', 2, null], ['b', 1, null]]);
    r.lateRows = 7;
    r.setPhase('COMPLETED', undefined, 5000);
    off();
    const s = r.snapshot();
    assert.deepEqual(s.tableRows, [['a', 2, null]]);
    assert.deepEqual(s.counts, { inserts: 2, updatesBefore: 1, updatesAfter: 1, deletes: 1 });
    assert.deepEqual(s.history.kinds, [RowKind.Insert, RowKind.UpdateBefore, RowKind.UpdateAfter, RowKind.Delete]);
    assert.equal(s.history.rows.length, 4, 'the tail keeps the newest 4 changes');
    assert.deepEqual(batches.flatMap((b) => b.rows)[0], ['a', 1, 'AQ=='], 'BYTES as base64');
    assert.equal(batches.flatMap((b) => b.rows).length, 5);
    assert.deepEqual(statuses, [{ name: 'q', phase: 'COMPLETED', endedAt: 5000 }]);
    await store.persist('q');
    assert.equal(JSON.parse(readFileSync(join(dir, 'results', 'q.json'), 'utf8')).lateRows, 7);

    // a running result comes back STOPPED; an unreadable file is skipped with its name
    const running = store.create('live', [{ name: 'x', type: 'INT' }], null);
    for (let i = 0; i < 5; i++) running.apply([RowKind.Insert], [[i]]);
    await store.close();
    writeFileSync(join(dir, 'results', 'broken.json'), '{');
    const again = ResultStore.open(dir, { limits });
    assert.equal(again.skipped.length, 1);
    assert.match(again.skipped[0]!, /broken\.json/);
    assert.deepEqual(again.store.get('q')!.snapshot().tableRows, [['a', 2, null]]);
    const live = again.store.get('live')!.snapshot();
    assert.deepEqual([live.phase, live.message], ['STOPPED', 'engine host restarted']);
    assert.deepEqual(live.tableRows, [[2], [3], [4]], 'at most 3 rows, oldest evicted first');
    await again.store.close();
  });
});
