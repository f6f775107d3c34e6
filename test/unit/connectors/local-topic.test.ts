import { test, describe, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeAllTopics, deleteTopic, describeTopic, openTopic } from '../../../engine/connectors/local/local-topic';
import { PartitionLog } from '../../../engine/connectors/local/partition-log';
import { murmur2, Partitioner } from '../../../engine/connectors/local/partitioner';
import { localConnector } from '../../../engine/connectors/local/local-connector';
import { RowKind } from '../../../engine/runtime/changelog';
import { T } from '../../../engine/types/logical-type';
import { drain, table } from './source-helpers';

const tmp = () => mkdtempSync(join(tmpdir(), 'tideline-local-'));
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));

afterEach(() => closeAllTopics());

describe('partition log', () => {
  test('appends get dense offsets and survive a reopen', () => {
    const file = join(tmp(), 'p.log');
    const log = new PartitionLog(file);
    assert.equal(log.append([{ key: bytes('k1'), value: bytes('v1'), timestamp: 10 }, { key: null, value: bytes('v2'), timestamp: 20 }]), 0);
    assert.equal(log.append([{ key: bytes('k3'), value: null, timestamp: 30 }]), 2);
    log.flush();
    log.close();
    const again = new PartitionLog(file);
    assert.equal(again.nextOffset, 3);
    assert.equal(again.truncatedBytes, 0);
    const recs = again.cursor(0).read(10);
    assert.deepEqual(recs.map((r) => [r.offset, text(r.key), text(r.value), r.timestamp]), [
      [0, 'k1', 'v1', 10], [1, null, 'v2', 20], [2, 'k3', null, 30],
    ]);
    again.close();
  });

  test('a write torn mid-record is truncated on open; complete records stay and appends continue', () => {
    const file = join(tmp(), 'p.log');
    const log = new PartitionLog(file);
    for (let i = 0; i < 100; i++) log.append([{ key: null, value: bytes(`value-${i}`), timestamp: i }]);
    log.close();
    const full = statSync(file).size;
    truncateSync(file, full - 5); // the last record loses its tail
    const reopened = new PartitionLog(file);
    assert.equal(reopened.nextOffset, 99);
    assert.ok(reopened.truncatedBytes > 0);
    const values = reopened.cursor(0).read(1000).map((r) => text(r.value));
    assert.equal(values.length, 99);
    assert.equal(values[98], 'value-98');
    assert.equal(reopened.append([{ key: null, value: bytes('after'), timestamp: 1 }]), 99);
    assert.equal(text(reopened.cursor(99).read(1)[0].value), 'after');
    reopened.close();
  });

  test('a corrupted byte in the last record fails its checksum and is dropped', () => {
    const file = join(tmp(), 'p.log');
    const log = new PartitionLog(file);
    log.append([{ key: null, value: bytes('good'), timestamp: 1 }, { key: null, value: bytes('bad!'), timestamp: 2 }]);
    log.close();
    const data = readFileSync(file);
    data[data.length - 2] ^= 0xff;
    writeFileSync(file, data);
    const reopened = new PartitionLog(file);
    assert.equal(reopened.nextOffset, 1);
    assert.deepEqual(reopened.cursor(0).read(10).map((r) => text(r.value)), ['good']);
    reopened.close();
  });

  test('records larger than the read chunk are read and recovered whole', () => {
    const file = join(tmp(), 'p.log');
    const log = new PartitionLog(file);
    const big = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    log.append([{ key: null, value: bytes('small'), timestamp: 1 }, { key: bytes('k'), value: big, timestamp: 2 }, { key: null, value: bytes('after'), timestamp: 3 }]);
    log.close();
    const again = new PartitionLog(file);
    assert.equal(again.nextOffset, 3);
    const recs = again.cursor(0).read(10);
    assert.deepEqual(recs.map((r) => r.value!.length), [5, big.length, 5]);
    assert.ok(Buffer.from(recs[1].value!).equals(Buffer.from(big)));
    again.close();
  });

  test('readers from an offset or a timestamp, across index blocks', () => {
    const log = new PartitionLog(join(tmp(), 'p.log'));
    const recs = Array.from({ length: 1000 }, (_, i) => ({ key: null, value: bytes(String(i)), timestamp: 1000 + i * 10 }));
    log.append(recs);
    assert.equal(text(log.cursor(700).read(1)[0].value), '700');
    assert.equal(log.offsetForTimestamp(1000 + 555 * 10 - 3), 555);
    assert.equal(log.offsetForTimestamp(0), 0);
    assert.equal(log.offsetForTimestamp(1e12), 1000);
    const c = log.cursor(1000);
    assert.deepEqual(c.read(5), []);
    log.append([{ key: null, value: bytes('new'), timestamp: 1 }]);
    assert.equal(text(c.read(5)[0].value), 'new', 'a cursor sees later appends');
    log.close();
  });
});

describe('key partitioning', () => {
  test("murmur2 matches Kafka's", () => {
    assert.equal(murmur2(bytes('21')), -973932308);
    assert.equal(murmur2(bytes('foobar')), -790332482);
    assert.equal(murmur2(bytes('a-little-bit-long-string')), -985981536);
    assert.equal(murmur2(bytes('a-little-bit-longer-string')), -1486304829);
    assert.equal(murmur2(bytes('lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8')), -58897971);
    assert.equal(murmur2(new Uint8Array([97, 98, 99])), 479470107);
  });
  test('keys stick to a partition; keyless records round-robin', () => {
    const p = new Partitioner(4);
    const k = bytes('customer-17');
    assert.equal(p.partitionOf(k), p.partitionOf(k));
    assert.equal(p.partitionOf(k), (murmur2(k) & 0x7fffffff) % 4);
    assert.deepEqual([p.partitionOf(null), p.partitionOf(null), p.partitionOf(null), p.partitionOf(null), p.partitionOf(null)], [0, 1, 2, 3, 0]);
  });
});

describe('local connector', () => {
  const cols = [{ name: 'id', type: T.bigint(false) }, { name: 'name', type: T.string() }];

  test('INSERT then SELECT, in several partitions by key, persisted across a restart', async () => {
    const stateDir = tmp();
    const ctx = table(cols, { partitions: '3', 'key.fields': 'id' }, { stateDir, tableName: 'local.db.people' });
    const sink = localConnector.createSink!(ctx);
    await sink.write(Array.from({ length: 30 }, (_, i) => [i, `n${i}`]));
    await sink.flush();
    closeAllTopics();
    const src = localConnector.createSource!({ ...ctx, options: { ...ctx.options, 'scan.bounded.mode': 'latest-offset' } });
    assert.equal((await src.splits()).length, 3);
    const { rows } = await drain(src);
    assert.deepEqual(rows.map((r) => r[0]).sort((a, b) => (a as number) - (b as number)), Array.from({ length: 30 }, (_, i) => i));
    // each key lives in exactly one partition, where murmur2 puts it
    const topic = openTopic(stateDir, 'local.db.people', 3);
    for (let p = 0; p < 3; p++) {
      for (const r of topic.logs[p].cursor(0).read(100)) {
        assert.equal((murmur2(r.key!) & 0x7fffffff) % 3, p);
      }
    }
  });

  test('startup modes: earliest, latest, specific offsets, timestamp', async () => {
    const stateDir = tmp();
    const base = table(cols, {}, { stateDir, tableName: 'local.db.events', metadata: [{ key: 'offset', type: T.bigint() }, { key: 'timestamp', type: T.timestampLtz(3) }] });
    const sinkCtx = { ...base, metadata: [{ key: 'timestamp', type: T.timestampLtz(3) }] };
    const sink = localConnector.createSink!(sinkCtx);
    await sink.write(Array.from({ length: 10 }, (_, i) => [i, `e${i}`, 1000 + i * 100]));
    const read = async (opts: Record<string, string>) =>
      (await drain(localConnector.createSource!({ ...base, options: { 'scan.bounded.mode': 'latest-offset', ...opts } }))).rows;
    assert.equal((await read({})).length, 10);
    assert.deepEqual((await read({ 'scan.startup.mode': 'latest-offset' })).length, 0);
    assert.deepEqual((await read({ 'scan.startup.mode': 'specific-offsets', 'scan.startup.specific-offsets': 'partition:0,offset:7' })).map((r) => r[0]), [7, 8, 9]);
    const fromTs = await read({ 'scan.startup.mode': 'timestamp', 'scan.startup.timestamp-millis': '1450' });
    assert.deepEqual(fromTs.map((r) => r[0]), [5, 6, 7, 8, 9]);
    assert.deepEqual(fromTs[0].slice(2), [5, 1500], 'metadata columns offset and timestamp follow the physical ones');
  });

  test('an unbounded reader is idle at the end and sees new rows', async () => {
    const stateDir = tmp();
    const ctx = table(cols, {}, { stateDir, tableName: 'local.db.live' });
    const src = localConnector.createSource!(ctx);
    assert.equal(src.bounded, false);
    const reader = await src.open((await src.splits())[0]);
    const empty = await reader.poll(10);
    assert.equal(empty.idle, true);
    assert.equal(empty.end, false);
    await localConnector.createSink!(ctx).write([[1, 'a']]);
    assert.deepEqual((await reader.poll(10)).rows, [[1, 'a']]);
    assert.equal(reader.position(), 1);
  });

  test('a primary key makes an upsert table: -U skipped, -D a tombstone; reads give +I, +U, -D', async () => {
    const stateDir = tmp();
    const ctx = table(cols, { partitions: '2' }, { stateDir, tableName: 'local.db.users', primaryKey: ['id'] });
    const sink = localConnector.createSink!(ctx);
    await sink.write(
      [[1, 'a'], [2, 'b'], [1, 'a'], [1, 'a2'], [2, 'b']],
      [RowKind.Insert, RowKind.Insert, RowKind.UpdateBefore, RowKind.UpdateAfter, RowKind.Delete],
    );
    const src = localConnector.createSource!({ ...ctx, options: { ...ctx.options, 'scan.bounded.mode': 'latest-offset' } });
    assert.equal(src.changelogMode, 'upsert');
    const { rows, kinds } = await drain(src);
    const changes = rows.map((r, i) => `${['+I', '-U', '+U', '-D'][kinds[i]]}${JSON.stringify(r)}`).sort();
    assert.deepEqual(changes, ['+I[1,"a"]', '+I[2,"b"]', '+U[1,"a2"]', '-D[2,null]']);
  });

  test('an append-only table refuses updates; bad records report topic/partition/offset', async () => {
    const stateDir = tmp();
    const ctx = table(cols, {}, { stateDir, tableName: 'local.db.log' });
    assert.throws(() => localConnector.createSink!(ctx).write([[1, 'a']], [RowKind.UpdateAfter]), /append-only/);
    openTopic(stateDir, 'local.db.log', 1).logs[0].append([{ key: null, value: bytes('{"id":"x"}'), timestamp: 0 }]);
    await assert.rejects(drain(localConnector.createSource!({ ...ctx, options: { 'scan.bounded.mode': 'latest-offset' } })), /local\.db\.log\/partition 0\/offset 0: .*cannot read 'x' as BIGINT/);
    const lenient = await drain(localConnector.createSource!({ ...ctx, options: { 'scan.bounded.mode': 'latest-offset', 'json.ignore-parse-errors': 'true' } }));
    assert.deepEqual(lenient.errors.map((e) => e.location), ['local.db.log/partition 0/offset 0']);
    assert.deepEqual(lenient.rows, [[null, null]], "Flink's ignore-parse-errors: the field is NULL, the row stays");
  });

  test('avro values', async () => {
    const stateDir = tmp();
    const ctx = table(cols, { 'value.format': 'avro' }, { stateDir, tableName: 'local.db.avro' });
    await localConnector.createSink!(ctx).write([[5, 'five'], [6, null]]);
    const { rows } = await drain(localConnector.createSource!({ ...ctx, options: { ...ctx.options, 'scan.bounded.mode': 'latest-offset' } }));
    assert.deepEqual(rows, [[5, 'five'], [6, null]]);
  });

  test('describe and delete a topic (DROP TABLE)', async () => {
    const stateDir = tmp();
    assert.equal(describeTopic(stateDir, 'local.db.gone'), undefined);
    const ctx = table(cols, { partitions: '2', 'key.fields': 'id' }, { stateDir, tableName: 'local.db.gone' });
    await localConnector.createSink!(ctx).write([[1, 'a'], [2, 'b'], [3, 'c']]);
    const d = describeTopic(stateDir, 'local.db.gone')!;
    assert.equal(d.partitions, 2);
    assert.equal(d.endOffsets.reduce((a, b) => a + b, 0), 3);
    assert.ok(d.bytes > 0);
    assert.equal(deleteTopic(stateDir, 'local.db.gone'), true);
    assert.equal(describeTopic(stateDir, 'local.db.gone'), undefined);
    assert.equal(deleteTopic(stateDir, 'local.db.gone'), false);
  });

  test('without a state directory the error says so', () => {
    assert.throws(() => localConnector.createSource!(table(cols, {})), /state directory/);
  });
});
