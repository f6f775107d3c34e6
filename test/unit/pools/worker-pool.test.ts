import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { WorkerPool } from '../../../engine/pools/worker-pool';

const ECHO = `const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', (m) => parentPort.postMessage({ threadId, n: m * 2 }));`;

describe('worker pool', () => {
  test('workers run on real threads, are reused, and all exit when idle (scale to zero)', async () => {
    const pool = new WorkerPool({ script: ECHO, eval: true, maxWorkers: 3, idleMs: 50 });
    const workers = await Promise.all([pool.acquire(), pool.acquire(), pool.acquire()]);
    assert.equal(pool.alive, 3);
    const exits = workers.map((w) => once(w, 'exit'));
    const ids = new Set<number>();
    for (const [i, w] of workers.entries()) {
      w.postMessage(i);
      const [reply] = (await once(w, 'message')) as [{ threadId: number; n: number }];
      assert.equal(reply.n, i * 2);
      ids.add(reply.threadId);
    }
    assert.equal(ids.size, 3, 'three distinct threads');
    // a fourth acquire waits for a release and reuses that worker
    const fourth = pool.acquire();
    pool.release(workers[0]!);
    assert.equal(await fourth, workers[0]);
    assert.equal(pool.started, 3);
    for (const w of workers) pool.release(w);
    await Promise.all(exits); // the threads really exit
    await pool.whenIdle();
    assert.equal(pool.alive, 0);
    // and come back on demand
    const w = await pool.acquire();
    assert.equal(pool.alive, 1);
    await pool.shutdown();
    assert.equal(pool.alive, 0);
    await assert.rejects(pool.acquire(), /shut down/);
    void w;
  });
});
