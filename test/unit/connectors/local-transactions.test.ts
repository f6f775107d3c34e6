/**
 * Exactly-once local-topic sinks (two-phase commit with checkpoints) on real files: readers
 * never see rows before their checkpoint commits, and finishing a checkpoint's transaction
 * after a crash (again and again) never duplicates a row.
 */
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TableContext } from '../../../engine/connectors/api';
import { localConnector } from '../../../engine/connectors/local/local-connector';
import { closeAllTopics, openTopic } from '../../../engine/connectors/local/local-topic';
import { PartitionLog } from '../../../engine/connectors/local/partition-log';
import { T } from '../../../engine/types/logical-type';
import { drain, table } from './source-helpers';

afterEach(() => closeAllTopics());

/** A staging prefix in a fresh folder, as the checkpoint store hands out. */
const staging = () => join(mkdtempSync(join(tmpdir(), 'tideline-ltx-cp-')), 'chk-00000001.sink');

function ctx(stateDir: string, partitions = 2): TableContext {
  return table([{ name: 'id', type: T.bigint() }, { name: 'v', type: T.string() }], { partitions: String(partitions), 'key.fields': 'id' }, { stateDir, tableName: 'local.db.out' });
}

const ids = async (c: TableContext) => (await drain(localConnector.createSource!({ ...c, options: { ...c.options, 'scan.bounded.mode': 'latest-offset' } }))).rows.map((r) => Number(r[0])).sort((a, b) => a - b);
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => [from + i, `v${from + i}`]);

describe('local topic transactions', () => {
  test('rows written after begin are invisible until their checkpoint commits', async () => {
    const c = ctx(mkdtempSync(join(tmpdir(), 'tideline-ltx-')));
    const sink = localConnector.createSink!(c);
    const tx = sink.transactions!()!;
    tx.begin();
    await sink.write(rows(1, 10));
    await sink.flush();
    assert.deepEqual(await ids(c), []);
    const stage = staging();
    const prepared = await tx.prepare(1, [], stage);
    assert.ok(existsSync(`${stage}.p0.log`) && existsSync(`${stage}.p1.log`), 'the held rows are staged durably with the checkpoint');
    await sink.write(rows(11, 15)); // the next checkpoint's rows
    assert.deepEqual(await ids(c), []);
    await tx.commit(prepared);
    assert.deepEqual(await ids(c), rows(1, 10).map((r) => r[0]));
    await tx.commit(await tx.prepare(2, [], staging()));
    assert.deepEqual(await ids(c), rows(1, 15).map((r) => r[0]));
  });

  test('without begin the sink appends at once (at-least-once jobs, no checkpoints)', async () => {
    const c = ctx(mkdtempSync(join(tmpdir(), 'tideline-ltx-')));
    await localConnector.createSink!(c).write(rows(1, 3));
    assert.deepEqual(await ids(c), [1, 2, 3]);
  });

  test('after a crash between checkpoint and commit, recover commits once; recovering again adds nothing', async () => {
    const state = mkdtempSync(join(tmpdir(), 'tideline-ltx-'));
    const c = ctx(state);
    const first = localConnector.createSink!(c);
    first.transactions!()!.begin();
    await first.write(rows(1, 100));
    const tx1 = first.transactions!()!;
    await tx1.commit(await tx1.prepare(1, [], staging()));
    await first.write(rows(101, 300));
    const prepared2 = await tx1.prepare(2, [], staging()); // the checkpoint is durable, then the process dies
    await first.write(rows(301, 350)); // never prepared: lost with the process, replayed later
    closeAllTopics();

    const again = localConnector.createSink!(c);
    await again.transactions!()!.recover(prepared2);
    assert.deepEqual(await ids(c), rows(1, 300).map((r) => r[0]));
    closeAllTopics();
    await localConnector.createSink!(c).transactions!()!.recover(prepared2); // crashed again before the next checkpoint
    assert.deepEqual(await ids(c), rows(1, 300).map((r) => r[0]));
  });

  test('a commit cut short (part of one partition appended, the other not) is completed by recover', async () => {
    const state = mkdtempSync(join(tmpdir(), 'tideline-ltx-'));
    const c = ctx(state, 2);
    const sink = localConnector.createSink!(c);
    const tx = sink.transactions!()!;
    tx.begin();
    await sink.write(rows(1, 40));
    const stage = staging();
    const prepared = await tx.prepare(1, [], stage);
    // the commit dies after appending half of partition 0's staged records
    const staged = new PartitionLog(`${stage}.p0.log`);
    const records = staged.cursor(0).read(1000);
    staged.close();
    const half = Math.floor(records.length / 2);
    assert.ok(half > 0);
    const topic = openTopic(state, 'local.db.out', 2);
    topic.logs[0]!.append(records.slice(0, half).map((r) => ({ key: r.key && Buffer.from(r.key), value: r.value && Buffer.from(r.value), timestamp: r.timestamp })));
    closeAllTopics();
    await localConnector.createSink!(c).transactions!()!.recover(prepared);
    assert.deepEqual(await ids(c), rows(1, 40).map((r) => r[0]));
  });

  test('a checkpoint whose staged rows are gone cannot be completed, and says which file', async () => {
    const c = ctx(mkdtempSync(join(tmpdir(), 'tideline-ltx-')), 1);
    const sink = localConnector.createSink!(c);
    const tx = sink.transactions!()!;
    tx.begin();
    await sink.write(rows(1, 5));
    const stage = staging();
    const prepared = await tx.prepare(7, [], stage);
    rmSync(`${stage}.p0.log`);
    closeAllTopics();
    assert.throws(
      () => localConnector.createSink!(c).transactions!()!.recover(prepared),
      /table local\.db\.out \(local topic local\.db\.out\): the rows of checkpoint 7 staged in .*chk-00000001\.sink\.p0\.log are missing; the checkpoint cannot be completed/,
    );
  });
});
