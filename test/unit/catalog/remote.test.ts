import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { RemoteCatalogProvider, withTimeout } from '../../../engine/catalog/providers/remote';
import { CatalogManager } from '../../../engine/catalog/manager';
import { createExamplesProvider } from '../../../engine/catalog/providers/examples';
import { physical, table } from '../../../engine/catalog/build';
import { T } from '../../../engine/types/logical-type';
import { ScriptedSource } from './fixtures/scripted-source';

const kafka = (topic: string, cluster = 'prod') =>
  table({ name: topic, columns: [physical('key', T.bytes()), physical('val', T.bytes())], provenance: { kind: 'kafka', cluster, topic } });

function setup(options: { timeoutMs?: number } = {}) {
  const source = new ScriptedSource();
  source.put('kafka', 'prod', kafka('orders'));
  source.put('kafka', 'prod', kafka('payments'));
  source.put('kafka', 'dev', kafka('scratch', 'dev'));
  const provider = new RemoteCatalogProvider('kafka', [{ name: 'kafka', defaultDatabase: 'prod' }], source, {
    timeoutMs: options.timeoutMs ?? 1000,
  });
  const manager = new CatalogManager();
  manager.register(createExamplesProvider());
  manager.register(provider);
  return { source, provider, manager };
}

const HERE = { catalog: 'kafka', database: 'prod' };

describe('remote provider: cached, slow, failing', () => {
  test('before the first refresh the catalog is listed, loading, and lookups are unavailable (not unknown)', () => {
    const { manager } = setup();
    assert.deepEqual(manager.status({ catalog: 'kafka' }), { state: 'loading' });
    assert.deepEqual(
      manager.catalogs().map((c) => c.info.name),
      ['examples', 'kafka'],
    );
    const r = manager.resolveTable(['orders'], HERE);
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'unavailable');
    assert.equal(r.error.status?.state, 'loading');
    // Other catalogs answer normally meanwhile.
    assert.ok(manager.resolveTable(['examples', 'marketplace', 'clicks'], HERE).ok);
  });

  test('refresh lists databases and objects and describes them; status becomes ready', async () => {
    const { manager, source } = setup();
    await manager.refresh();
    assert.equal(manager.status({ catalog: 'kafka' })?.state, 'ready');
    assert.equal(manager.status(HERE)?.state, 'ready');
    const r = manager.resolveTable(['orders'], HERE);
    assert.ok(r.ok);
    assert.deepEqual(r.value.object.provenance, { kind: 'kafka', cluster: 'prod', topic: 'orders' });
    assert.deepEqual(
      manager.tableNameCandidates(['kafka'], HERE).map((c) => c.label),
      ['dev', 'prod'],
    );
    assert.equal(source.calls.filter((c) => c.startsWith('describeObject')).length, 3);
  });

  test('a slow source never blocks the snapshot: reads answer at once while a refresh is in flight', async () => {
    const { manager, provider, source } = setup();
    await manager.refresh();
    source.latencyMs = { listDatabases: 150 };
    const started = Date.now();
    const refreshing = provider.refresh();
    for (let i = 0; i < 100; i++) assert.ok(manager.resolveTable(['orders'], HERE).ok);
    assert.ok(Date.now() - started < 100, 'reads did not wait for the source');
    assert.equal(manager.status({ catalog: 'kafka' })?.state, 'loading');
    await refreshing;
    assert.equal(manager.status({ catalog: 'kafka' })?.state, 'ready');
  });

  test('an unreachable source: unavailable with the reason, last good data kept with its age', async () => {
    const { manager, source } = setup();
    await manager.refresh();
    const refreshedAt = manager.status({ catalog: 'kafka' })!.lastRefreshed!;
    source.failures = { listDatabases: 'connect ECONNREFUSED 127.0.0.1:9092' };
    await manager.refresh();
    const status = manager.status({ catalog: 'kafka' })!;
    assert.deepEqual(status, { state: 'unavailable', reason: 'connect ECONNREFUSED 127.0.0.1:9092', lastRefreshed: refreshedAt });
    assert.equal(manager.status(HERE)?.state, 'unavailable');
    // A table that was known still resolves (marked), an unknown one is "cannot be resolved", not "not found".
    const known = manager.resolveTable(['orders'], HERE);
    assert.ok(known.ok);
    assert.equal(known.value.status.state, 'unavailable');
    const unknown = manager.resolveTable(['ordersx'], HERE);
    assert.ok(!unknown.ok);
    assert.equal(unknown.error.kind, 'unavailable');
    assert.match(unknown.error.message, /cannot be resolved: kafka\.prod is unavailable: connect ECONNREFUSED/);
  });

  test('never reached at all: the catalog is unavailable with the reason and has no databases', async () => {
    const { manager, source } = setup();
    source.failures = { listDatabases: 'SASL authentication failed' };
    await manager.refresh();
    assert.deepEqual(manager.status({ catalog: 'kafka' }), { state: 'unavailable', reason: 'SASL authentication failed' });
    const r = manager.resolveTable(['orders'], HERE);
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'unavailable');
    assert.equal(r.error.part, -1);
    assert.match(r.error.message, /catalog kafka is unavailable: SASL authentication failed/);
  });

  test('a hanging source times out with a reason', async () => {
    const { manager, source } = setup({ timeoutMs: 50 });
    source.latencyMs = { listDatabases: 5000 };
    const started = Date.now();
    await manager.refresh();
    assert.ok(Date.now() - started < 1000);
    assert.deepEqual(manager.status({ catalog: 'kafka' }), { state: 'unavailable', reason: 'timed out after 50 ms' });
  });

  test('one object failing to describe marks only that object', async () => {
    const { manager, source } = setup();
    source.failingObjects.set('payments', 'subject payments-value: schema 17 not found');
    await manager.refresh();
    assert.equal(manager.status(HERE)?.state, 'ready');
    assert.ok(manager.resolveTable(['orders'], HERE).ok);
    const r = manager.resolveTable(['payments'], HERE);
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'unavailable');
    assert.equal(r.error.message, "Table 'payments' in kafka.prod is unavailable: subject payments-value: schema 17 not found");
    const listed = manager.tableNameCandidates([], HERE);
    assert.deepEqual(
      listed.filter((c) => c.kind === 'table').map((c) => [c.label, c.status?.state ?? 'ready']),
      [
        ['orders', 'ready'],
        ['payments', 'unavailable'],
      ],
    );
  });

  test('concurrent refreshes share one request; change events fire', async () => {
    const { provider, source } = setup();
    source.latencyMs = { listDatabases: 20 };
    let events = 0;
    provider.onDidChange(() => events++);
    await Promise.all([provider.refresh(), provider.refresh(), provider.refresh({ catalog: 'kafka' })]);
    assert.equal(source.calls.filter((c) => c.startsWith('listDatabases')).length, 1);
    // Events per status step (catalog loading/ready, each database loading/listed/ready), not per described topic.
    assert.equal(events, 2 + 2 * 3);
  });

  test('invalidate re-describes on the next refresh; unchanged definitions are not re-fetched otherwise', async () => {
    const { provider, source, manager } = setup();
    await provider.refresh();
    const describes = () => source.calls.filter((c) => c.startsWith('describeObject')).length;
    assert.equal(describes(), 3);
    await provider.refresh();
    assert.equal(describes(), 3, 'cached definitions are reused');
    source.put('kafka', 'prod', table({ name: 'orders', columns: [physical('id', T.bigint())], provenance: { kind: 'kafka', cluster: 'prod' } }));
    provider.invalidate({ catalog: 'kafka', database: 'prod' });
    const stale = manager.resolveTable(['orders'], HERE);
    assert.ok(stale.ok, 'stale definitions stay visible');
    await provider.refresh();
    assert.equal(describes(), 5);
    const fresh = manager.resolveTable(['orders'], HERE);
    assert.ok(fresh.ok);
    assert.equal(fresh.value.object.columns[0].name, 'id');
  });

  test('a topic deleted remotely disappears on refresh', async () => {
    const { provider, source, manager } = setup();
    await provider.refresh();
    source.data.get('kafka')!.get('prod')!.delete('payments');
    await provider.refresh();
    const r = manager.resolveTable(['payments'], HERE);
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'unknown-object');
  });

  test('lookupTable fetches a definition on demand', async () => {
    const { manager, source } = setup();
    const r = await manager.lookupTable(['kafka', 'dev', 'scratch'], HERE);
    assert.ok(r.ok);
    assert.equal(r.value.object.name, 'scratch');
    assert.ok(source.calls.includes('describeObject kafka.dev.scratch'));
    const missing = await manager.lookupTable(['kafka', 'dev', 'nope'], HERE);
    assert.ok(!missing.ok);
    assert.equal(missing.error.kind, 'unknown-object');
  });

  test('withTimeout aborts the work', async () => {
    let aborted = false;
    await assert.rejects(
      withTimeout(10, (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => { aborted = true; reject(new Error('x')); }))),
      /timed out after 10 ms/,
    );
    assert.ok(aborted);
    assert.equal(await withTimeout(100, async () => 7), 7);
  });
});
