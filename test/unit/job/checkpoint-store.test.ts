/** The checkpoint store on real files: atomic writes, the latest N kept, torn and damaged files skipped with the reason. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckpointStore, type StoredCheckpoint } from '../../../engine/job/checkpointing/checkpoint-store';

const tmp = () => mkdtempSync(join(tmpdir(), 'tideline-cp-'));

function cp(id: number, state = `state-${id}`): StoredCheckpoint {
  return {
    version: 1,
    id,
    takenAt: 1_700_000_000_000 + id,
    fingerprint: 'job-a',
    finished: false,
    operators: { '2-GroupAggregate': { rows: [state] } },
    sources: { '1-Source:src': { positions: { 'datagen-0': id * 10 }, ended: [], watermarks: {} } },
    sinks: {},
  };
}

describe('checkpoint store', () => {
  test('writes whole files, reads back the latest, keeps the newest N and no temp files', async () => {
    const dir = join(tmp(), 'job');
    const store = new CheckpointStore(dir, { keep: 3 });
    assert.equal(store.latest(), undefined);
    assert.equal(store.nextId(), 1);
    for (let id = 1; id <= 5; id++) await store.write(cp(id));
    assert.deepEqual(store.ids(), [5, 4, 3]);
    assert.deepEqual(readdirSync(dir).sort(), ['chk-00000003.json', 'chk-00000004.json', 'chk-00000005.json']);
    assert.deepEqual(store.latest(), cp(5));
    assert.equal(store.latest(4)?.id, 4);
    assert.equal(store.nextId(), 6);
    // a second store over the same folder (a restarted process) sees the same
    assert.deepEqual(new CheckpointStore(dir).latest(), cp(5));
  });

  test('a torn latest file is skipped with the reason and the one before it is used', async () => {
    const dir = join(tmp(), 'job');
    const logged: string[] = [];
    const store = new CheckpointStore(dir, { log: (m) => logged.push(m) });
    await store.write(cp(1));
    await store.write(cp(2, 'x'.repeat(5000)));
    const latest = join(dir, 'chk-00000002.json');
    truncateSync(latest, 2000);
    assert.equal(store.latest()?.id, 1);
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /chk-00000002\.json skipped: the body has \d+ bytes, the header says \d+ \(torn write\?\)/);
  });

  test('a damaged byte fails the checksum; a file of zeros or with another id is skipped; nothing valid gives undefined', async () => {
    const dir = join(tmp(), 'job');
    const logged: string[] = [];
    const store = new CheckpointStore(dir, { log: (m) => logged.push(m) });
    await store.write(cp(1));
    const f = join(dir, 'chk-00000001.json');
    const bytes = readFileSync(f);
    bytes[bytes.length - 10] ^= 0x20;
    writeFileSync(f, bytes);
    writeFileSync(join(dir, 'chk-00000002.json'), Buffer.alloc(64));
    assert.equal(store.latest(), undefined);
    assert.equal(logged.length, 2);
    assert.match(logged[0]!, /chk-00000002\.json skipped: no header line/);
    assert.match(logged[1]!, /chk-00000001\.json skipped: checksum mismatch/);
    // a valid file renamed to another id is not taken for that id
    await store.write(cp(3));
    writeFileSync(join(dir, 'chk-00000009.json'), readFileSync(join(dir, 'chk-00000003.json')));
    assert.equal(store.latest()?.id, 3);
    assert.match(logged.at(-1)!, /chk-00000009\.json skipped: it holds checkpoint 3/);
  });

  test('files staged with a checkpoint go with it: pruned, dropped and cleared together', async () => {
    const dir = join(tmp(), 'job');
    const store = new CheckpointStore(dir, { keep: 2 });
    const stage = (id: number) => writeFileSync(`${store.staging(id, '3-Sink:out')}.p0.log`, 'rows');
    for (let id = 1; id <= 3; id++) {
      stage(id);
      await store.write(cp(id));
    }
    stage(4); // staged, but the process died before checkpoint 4 was written
    assert.equal(store.nextId(), 5, 'an id is never reused while files of it remain');
    assert.deepEqual(readdirSync(dir).sort(), ['chk-00000002.3-Sink_out.p0.log', 'chk-00000002.json', 'chk-00000003.3-Sink_out.p0.log', 'chk-00000003.json', 'chk-00000004.3-Sink_out.p0.log']);
    store.dropAfter(3);
    assert.deepEqual(readdirSync(dir).sort(), ['chk-00000002.3-Sink_out.p0.log', 'chk-00000002.json', 'chk-00000003.3-Sink_out.p0.log', 'chk-00000003.json']);
    store.clear();
    assert.deepEqual(readdirSync(dir), []);
  });

  test('dropAfter removes newer checkpoints, clear removes all', async () => {
    const dir = join(tmp(), 'job');
    const store = new CheckpointStore(dir, { keep: 5 });
    for (let id = 1; id <= 4; id++) await store.write(cp(id));
    store.dropAfter(2);
    assert.deepEqual(store.ids(), [2, 1]);
    store.clear();
    assert.deepEqual(store.ids(), []);
    assert.equal(store.latest(), undefined);
  });
});
