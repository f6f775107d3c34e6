/**
 * Statements run by the built engine host (dist/engine-host.js) as the extension runs it:
 * JSON-RPC over stdio, a temporary state directory, real tables (datagen, local topics,
 * files, the examples), notifications, retained results across a host restart.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RawRpc, type RpcNotification } from './rpc-client';

const HOST = resolve(__dirname, '../../../../dist/engine-host.js');
const CLI = resolve(__dirname, '../../../../dist/cli.js');

interface Host {
  readonly child: ChildProcess;
  readonly rpc: RawRpc;
  readonly stderr: () => string;
}

function spawnHost(dir: string): Host {
  assert.ok(existsSync(HOST), `build first: ${HOST}`);
  const child = spawn(process.execPath, [HOST, '--state-dir', dir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  return { child, rpc: new RawRpc(child.stdin!, child.stdout!), stderr: () => err };
}

async function close(h: Host): Promise<void> {
  if (h.child.exitCode !== null) return;
  h.child.stdin!.end();
  await once(h.child, 'exit');
}

async function call<T = Record<string, unknown>>(h: Host, method: string, params?: unknown): Promise<T> {
  const r = await h.rpc.request(method, params);
  assert.equal(r.error, undefined, `${method}: ${JSON.stringify(r.error)}\n${h.stderr()}`);
  return r.result as T;
}

interface StatementView {
  name: string;
  phase: string;
  reason?: string;
  kind: string;
  cfu: number;
  context: Record<string, unknown>;
  metrics?: { rows: number; operators: Array<{ id: string; recordsOut: number }>; hints?: string[] };
}

const changedTo = (name: string, phase: string) => (n: RpcNotification) =>
  n.method === 'statements/changed' && (n.params as { statement: StatementView }).statement.name === name && (n.params as { statement: StatementView }).statement.phase === phase;

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const rowsOf = (h: Host, name: string) =>
  h.rpc.notifications.filter((n) => n.method === 'results/batch' && (n.params as { name: string }).name === name).flatMap((n) => (n.params as { rows: unknown[][] }).rows);

describe('engine host runs statements', () => {
  test('DDL, INSERT, a query with subscribers, stop, and the retained result after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-run-'));
    const h = spawnHost(dir);
    try {
      // CREATE TABLE completes through the catalog session
      const ddl = await call<StatementView>(h, 'statements/submit', {
        name: 'make-nums',
        sql: "CREATE TABLE nums (id BIGINT, label STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '50', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '50', 'fields.label.length' = '4')",
        context: { catalog: 'local', database: 'default', file: 'setup.sql', line: 3 },
      });
      assert.equal(ddl.kind, 'ddl');
      assert.deepEqual(ddl.context, { catalog: 'local', database: 'default', file: 'setup.sql', line: 3 });
      await h.rpc.waitForNotification(changedTo('make-nums', 'COMPLETED'));
      await call(h, 'statements/submit', { name: 'make-copy', sql: "CREATE TABLE copy (id BIGINT, label STRING) WITH ('connector' = 'local', 'scan.bounded.mode' = 'latest-offset')" });
      await h.rpc.waitForNotification(changedTo('make-copy', 'COMPLETED'));

      // INSERT INTO runs until its bounded input ends
      const insert = await call<StatementView>(h, 'statements/submit', { name: 'fill', sql: 'INSERT INTO copy SELECT id, label FROM nums' });
      assert.equal(insert.kind, 'insert');
      await h.rpc.waitForNotification(changedTo('fill', 'COMPLETED'));
      const filled = await call<StatementView & { startedAt: number; endedAt: number }>(h, 'statements/get', { name: 'fill' });
      assert.equal(filled.phase, 'COMPLETED');

      // metering: a statement holding 1 CFU is charged its running time (within 5%)
      await call(h, 'statements/submit', {
        name: 'slow',
        sql: "CREATE TABLE slow (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '150', 'rows-per-second' = '100', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '150')",
      });
      await h.rpc.waitForNotification(changedTo('slow', 'COMPLETED'));
      await call(h, 'statements/submit', { name: 'drain', sql: "CREATE TABLE drain (id BIGINT) WITH ('connector' = 'blackhole')" });
      await h.rpc.waitForNotification(changedTo('drain', 'COMPLETED'));
      await call(h, 'statements/submit', { name: 'metered', sql: 'INSERT INTO drain SELECT id FROM slow' });
      await h.rpc.waitForNotification(changedTo('metered', 'COMPLETED'));
      const metered = await call<{ startedAt: number; endedAt: number }>(h, 'statements/get', { name: 'metered' });
      const usage = await call<{ statements: Array<{ statement: string; cfuSeconds: number }> }>(h, 'usage/get', { statement: 'metered' });
      const charged = usage.statements.find((u) => u.statement === 'metered')!.cfuSeconds;
      const ran = (metered.endedAt - metered.startedAt) / 1000;
      assert.ok(ran >= 1, `the INSERT ran ${ran} s`);
      assert.ok(Math.abs(charged - ran) <= 0.05 * ran, `charged ${charged} CFU-s for ${ran} s at 1 CFU`);

      // an unbounded query holds the only slot of pool 'one'
      await call(h, 'pools/create', { name: 'one', maxCfu: 1 });
      await call(h, 'statements/submit', { name: 'clicks', pool: 'one', sql: 'SELECT * FROM examples.marketplace.clicks' });
      await call(h, 'results/subscribe', { name: 'clicks' });
      await until('click rows', async () => (rowsOf(h, 'clicks').length >= 5 ? true : undefined));
      const running = await call<StatementView>(h, 'statements/get', { name: 'clicks' });
      assert.equal(running.phase, 'RUNNING');
      assert.equal(running.cfu, 1);
      assert.ok(running.metrics && running.metrics.rows >= 5, JSON.stringify(running.metrics));
      assert.ok(running.metrics.operators.some((o) => o.id.endsWith('-Source:clicks') && o.recordsOut >= 5), JSON.stringify(running.metrics.operators));
      // while it runs, statements/changed brings fresh metrics (about once a second)
      await h.rpc.waitForNotification((n) => {
        const st = (n.params as { statement?: StatementView }).statement;
        return n.method === 'statements/changed' && st?.name === 'clicks' && st.phase === 'RUNNING' && (st.metrics?.rows ?? 0) > 0;
      });

      // a query waiting for a slot: subscribing gives its schema and PENDING; batches and the status follow once it runs
      const q = await call<StatementView>(h, 'statements/submit', { name: 'read-copy', pool: 'one', sql: 'SELECT id, label FROM copy WHERE id > 10' });
      assert.equal(q.kind, 'query');
      assert.equal(q.phase, 'PENDING');
      const early = await call<{ schema: Array<{ name: string; type: string }>; tableRows: unknown[][]; phase: string }>(h, 'results/subscribe', { name: 'read-copy' });
      assert.deepEqual(early.schema.map((c) => c.name), ['id', 'label']);
      assert.equal(early.schema[0]!.type, 'BIGINT');
      assert.deepEqual([early.phase, early.tableRows.length], ['PENDING', 0]);

      // stopping the unbounded query frees the slot; its result says STOPPED
      const stopped = await call<StatementView>(h, 'statements/stop', { name: 'clicks' });
      assert.equal(stopped.phase, 'STOPPED');
      await h.rpc.waitForNotification((n) => n.method === 'results/status' && (n.params as { name: string; phase: string }).name === 'clicks' && (n.params as { phase: string }).phase === 'STOPPED');
      const clickRows = (await call<{ tableRows: unknown[][] }>(h, 'results/subscribe', { name: 'clicks' })).tableRows.length;
      assert.ok(clickRows >= 5);

      const status = await h.rpc.waitForNotification((n) => n.method === 'results/status' && (n.params as { name: string }).name === 'read-copy' && (n.params as { phase: string }).phase === 'COMPLETED');
      assert.ok((status.params as { endedAt?: number }).endedAt! > 0);
      await h.rpc.waitForNotification(changedTo('read-copy', 'COMPLETED'));
      const streamed = rowsOf(h, 'read-copy');
      assert.equal(streamed.length, 40, 'the early subscriber received every row in batches');
      const late = await call<{ tableRows: unknown[][]; counts: { inserts: number }; phase: string }>(h, 'results/subscribe', { name: 'read-copy' });
      assert.equal(late.phase, 'COMPLETED');
      assert.equal(late.counts.inserts, 40);
      assert.deepEqual(late.tableRows.map((r) => r[0]).sort((x, y) => Number(x) - Number(y)), Array.from({ length: 40 }, (_, i) => i + 11));
    } finally {
      await close(h);
    }

    // restart: the retained results come back
    const again = spawnHost(dir);
    try {
      const r = await call<{ tableRows: unknown[][]; phase: string; counts: { inserts: number } }>(again, 'results/subscribe', { name: 'read-copy' });
      assert.equal(r.phase, 'COMPLETED');
      assert.equal(r.tableRows.length, 40);
      const c = await call<{ tableRows: unknown[][]; phase: string }>(again, 'results/subscribe', { name: 'clicks' });
      assert.equal(c.phase, 'STOPPED');
      assert.ok(c.tableRows.length >= 5);
      // deleting the statement deletes its results
      await call(again, 'statements/delete', { name: 'clicks' });
      assert.ok(!existsSync(join(dir, 'results', 'clicks.json')));
      assert.equal((await again.rpc.request('results/subscribe', { name: 'clicks' })).error?.code, -32010);
    } finally {
      await close(again);
    }
  });

  test('a typo is refused with a located message and diagnostics; SET is client-side; explain and the catalog tree', async () => {
    const h = spawnHost(mkdtempSync(join(tmpdir(), 'tideline-run-')));
    try {
      const r = await h.rpc.request('statements/submit', { sql: 'SELECT\n  user_idd FROM clicks', context: { catalog: 'examples', database: 'marketplace', file: 'q.sql', line: 10 } });
      assert.equal(r.error?.code, -32010);
      assert.match(r.error!.message, /^q\.sql:11:3: .*user_idd/);
      const diags = (r.error!.data as { diagnostics: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: string }> }).diagnostics;
      assert.deepEqual(diags[0]!.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 10 } });
      assert.equal(diags[0]!.severity, 'error');
      const list = await call<{ statements: unknown[] }>(h, 'statements/list', {});
      assert.equal(list.statements.length, 0, 'a refused statement is not recorded');

      const badContext = await h.rpc.request('statements/submit', { sql: 'SELECT 1', context: { catalog: 'exampels', file: 'q.sql', line: 4 } });
      assert.match(badContext.error!.message, /^q\.sql:4:1: context\.catalog: .*'exampels'.*examples/);
      const explainSubmitted = await h.rpc.request('statements/submit', { sql: 'EXPLAIN SELECT 1' });
      assert.match(explainSubmitted.error!.message, /EXPLAIN is not submitted: ask statements\/explain/);
      await call(h, 'statements/submit', { name: 'show', sql: 'SHOW TABLES', context: { catalog: 'examples', database: 'marketplace' } });
      await h.rpc.waitForNotification(changedTo('show', 'COMPLETED'));
      const shown = await call<{ tableRows: unknown[][]; schema: Array<{ name: string }> }>(h, 'results/subscribe', { name: 'show' });
      assert.ok(shown.tableRows.some((r) => r[0] === 'clicks'), JSON.stringify(shown));
      const set = await h.rpc.request('statements/submit', { sql: "SET 'execution.runtime-mode' = 'batch'" });
      assert.match(set.error!.message, /statement:1:1: SET is not submitted: the client sends .*context\.settings/);

      const ex = await call<{ text: string; graph: { nodes: Array<{ id: string; kind: string; changelogMode: string; upsertKey?: string[] }>; edges: Array<{ from: string; to: string; exchange?: string; keys?: string[] }> } }>(
        h,
        'statements/explain',
        { sql: 'SELECT user_id, COUNT(*) AS n FROM clicks GROUP BY user_id', context: { catalog: 'examples', database: 'marketplace' } },
      );
      assert.match(ex.text, /== Physical Plan ==\nGroupAggregate\(groupBy=\[user_id\]/);
      const agg = ex.graph.nodes.find((n) => n.id.endsWith('-GroupAggregate'))!;
      assert.equal(agg.changelogMode, 'I,UB,UA');
      assert.deepEqual(agg.upsertKey, ['user_id']);
      assert.ok(ex.graph.nodes.some((n) => n.kind === 'source' && n.id.endsWith('-Source:clicks')));
      assert.ok(ex.graph.nodes.some((n) => n.kind === 'sink' && n.id.endsWith('-Collect')));
      const into = ex.graph.edges.find((e) => e.to === agg.id)!;
      assert.deepEqual([into.exchange, into.keys], ['hash', ['user_id']]);

      const names = async (path: string[]) => (await call<{ nodes: Array<{ name: string; kind: string; type?: string }> }>(h, 'catalog/tree', { path })).nodes;
      assert.ok((await names([])).some((n) => n.name === 'examples' && n.kind === 'catalog'));
      assert.ok((await names(['examples'])).some((n) => n.name === 'marketplace' && n.kind === 'database'));
      assert.ok((await names(['examples', 'marketplace'])).some((n) => n.name === 'clicks' && n.kind === 'table'));
      const cols = await names(['examples', 'marketplace', 'clicks']);
      assert.ok(cols.some((c) => c.name === 'user_id' && c.kind === 'column' && typeof c.type === 'string'), JSON.stringify(cols));
      const unknown = await h.rpc.request('catalog/tree', { path: ['examples', 'marketplac'] });
      assert.equal(unknown.error?.code, -32010);
      assert.match(unknown.error!.message, /marketplace/);
      const text = (await call<{ text: string }>(h, 'catalog/describe', { path: ['examples', 'marketplace', 'clicks'] })).text;
      assert.match(text, /CREATE TABLE `examples`\.`marketplace`\.`clicks`/);

      await call(h, 'statements/submit', { name: 'mk', sql: "CREATE TABLE gone (a INT) WITH ('connector' = 'local')" });
      await h.rpc.waitForNotification(changedTo('mk', 'COMPLETED'));
      assert.ok((await names(['local', 'default'])).some((n) => n.name === 'gone'));
      await call(h, 'catalog/drop', { path: ['local', 'default', 'gone'] });
      assert.ok(!(await names(['local', 'default'])).some((n) => n.name === 'gone'));
      // a Kafka table's cluster is checked against the pool's region before anything runs
      await call(h, 'statements/submit', {
        name: 'mk-kafka',
        sql: "CREATE TABLE orders_k (id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'orders', 'properties.bootstrap.servers' = '127.0.0.1:1', 'format' = 'json')",
      });
      await h.rpc.waitForNotification(changedTo('mk-kafka', 'COMPLETED'));
      const outside = await h.rpc.request('statements/submit', { sql: 'SELECT id FROM orders_k' });
      assert.equal(outside.error?.code, -32010);
      assert.match(outside.error!.message, /statement uses cluster 'kafka-127-0-0-1-1' outside the region of pool 'default'/);
      await call(h, 'pools/create', { name: 'kafka-pool', maxCfu: 1, region: ['kafka-127-0-0-1-1'] });
      // a connection with that broker names the cluster
      await call(h, 'connections/set', { name: 'orders_cluster', brokers: ['127.0.0.1:1'] });
      const named = await h.rpc.request('statements/submit', { sql: 'SELECT id FROM orders_k', pool: 'kafka-pool' });
      assert.match(named.error!.message, /statement uses cluster 'orders_cluster' outside the region of pool 'kafka-pool'/);
      const explained = await call<{ graph: { nodes: Array<{ id: string }> } }>(h, 'statements/explain', { sql: 'SELECT id FROM orders_k' });
      assert.ok(explained.graph.nodes.some((n) => n.id.endsWith('-Source:orders_k')), 'explain opens no Kafka connection');

      const audit = await call<{ entries: Array<{ action: string; outcome: string }> }>(h, 'audit/list', {});
      assert.ok(audit.entries.some((e) => e.action === 'catalog/drop' && e.outcome === 'ok'));
    } finally {
      await close(h);
    }
  });

  test('20 statements in a 4-CFU pool: 4 run, 16 wait with the reason; a failing source fails alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-run-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '1\n2\nnot-a-number\n');
    const h = spawnHost(dir);
    try {
      await call(h, 'pools/create', { name: 'p', maxCfu: 4 });
      for (let i = 0; i < 20; i++) await call(h, 'statements/submit', { name: `s${i}`, pool: 'p', sql: 'SELECT user_id, url FROM examples.marketplace.clicks' });
      const views = (await call<{ statements: StatementView[] }>(h, 'statements/list', { pool: 'p' })).statements;
      const running = views.filter((s) => s.phase === 'RUNNING');
      const pending = views.filter((s) => s.phase === 'PENDING');
      assert.equal(running.length, 4);
      assert.equal(pending.length, 16);
      for (const s of pending) assert.match(s.reason!, /waiting for a slot: pool 'p' has all 4 CFU in use/);
      // every running one makes progress
      for (const s of running) await until(`${s.name} rows`, async () => ((await call<StatementView>(h, 'statements/get', { name: s.name })).metrics?.rows ?? 0) > 0 || undefined);

      // a statement whose source throws fails with a located reason; the others keep running
      await call(h, 'statements/submit', { name: 'mkbad', sql: `CREATE TABLE bad (a INT) WITH ('connector' = 'filesystem', 'path' = '${bad}', 'format' = 'csv')` });
      await h.rpc.waitForNotification(changedTo('mkbad', 'COMPLETED'));
      await call(h, 'statements/submit', { name: 'readbad', sql: 'SELECT a FROM bad', context: { file: 'bad.sql', line: 7 } });
      const failed = await h.rpc.waitForNotification(changedTo('readbad', 'FAILED'));
      assert.match((failed.params as { statement: StatementView }).statement.reason!, /^bad\.sql:7:1: .*not-a-number/);
      assert.equal((await call<{ pong: boolean }>(h, 'engine/ping')).pong, true);
      const after = (await call<{ statements: StatementView[] }>(h, 'statements/list', { pool: 'p' })).statements;
      assert.equal(after.filter((s) => s.phase === 'RUNNING').length, 4);

      // a statement skipping malformed records is DEGRADED with the reason, then completes
      const skipping = join(dir, 'skipping.csv');
      writeFileSync(skipping, '1\nnot-a-number\n3\n');
      await call(h, 'statements/submit', { name: 'mkskip', sql: `CREATE TABLE skipping (a INT) WITH ('connector' = 'filesystem', 'path' = '${skipping}', 'format' = 'csv', 'csv.ignore-parse-errors' = 'true')` });
      await h.rpc.waitForNotification(changedTo('mkskip', 'COMPLETED'));
      await call(h, 'statements/submit', { name: 'readskip', sql: 'SELECT a FROM skipping' });
      const degraded = await h.rpc.waitForNotification(changedTo('readskip', 'DEGRADED'));
      assert.match((degraded.params as { statement: StatementView }).statement.reason!, /skipping malformed records/);
      await h.rpc.waitForNotification(changedTo('readskip', 'COMPLETED'));

      // stopping one running statement starts the first waiting one
      await call(h, 'statements/stop', { name: running[0]!.name });
      await h.rpc.waitForNotification(changedTo(pending[0]!.name, 'RUNNING'));
      for (const s of (await call<{ statements: StatementView[] }>(h, 'statements/list', { pool: 'p' })).statements) {
        if (s.phase === 'RUNNING' || s.phase === 'PENDING') await call(h, 'statements/stop', { name: s.name });
      }
    } finally {
      await close(h);
    }
  });

  test('tideline serve runs statements over the socket; notifications go only to principals who may view the pool', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-run-serve-'));
    const token = (grant: string, who: string) => spawnSync(process.execPath, [CLI, 'token', 'create', '--principal', who, '--grant', grant, '--state-dir', dir], { encoding: 'utf8' }).stdout.trim();
    const dana = token('developer:default', 'dana');
    const otto = token('viewer:other', 'otto');
    const ada = token('pool-admin:default', 'ada');
    token('developer:default', 'svc-etl');
    const server = spawn(process.execPath, [CLI, 'serve', '--listen', '127.0.0.1:0', '--state-dir', dir, '--metrics-port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    server.stderr.resume();
    try {
      let out = '';
      while (!/listening on [\d.]+:(\d+)[^]*metrics on (\S+)/.test(out)) out += ((await once(server.stdout, 'data')) as [Buffer])[0].toString();
      const metricsUrl = /metrics on (\S+)/.exec(out)![1]!;
      const port = Number(/listening on [\d.]+:(\d+)/.exec(out)![1]);
      const client = async (tok: string) => {
        const socket = connect(port, '127.0.0.1');
        await once(socket, 'connect');
        const rpc = new RawRpc(socket, socket);
        assert.equal((await rpc.request('auth/login', { token: tok })).error, undefined);
        return { socket, rpc };
      };
      const a = await client(dana);
      const o = await client(otto);
      const h = { rpc: a.rpc, child: server, stderr: () => '' } as Host;
      await call(h, 'statements/submit', { name: 'q', sql: 'SELECT url FROM examples.marketplace.clicks' });
      await call(h, 'results/subscribe', { name: 'q' });
      await until('rows over the socket', async () => (rowsOf(h, 'q').length > 0 ? true : undefined));
      await a.rpc.waitForNotification(changedTo('q', 'RUNNING'));
      // the opt-in Prometheus endpoint shows the pool and the running statement
      const prom = await until('metrics with rows', async () => {
        const text = await (await fetch(metricsUrl)).text();
        const rows = /^tideline_statement_rows_total\{statement="q",pool="default"\} (\d+)$/m.exec(text);
        return rows && Number(rows[1]) > 0 ? text : undefined;
      });
      assert.match(prom, /^# TYPE tideline_pool_max_cfu gauge$/m);
      assert.match(prom, /^tideline_pool_max_cfu\{pool="default"\} 4$/m);
      assert.match(prom, /^tideline_statements\{pool="default",phase="RUNNING"\} 1$/m);
      assert.ok(!prom.includes('SELECT'), 'no SQL text in metrics');
      assert.equal((await fetch(metricsUrl.replace('/metrics', '/other'))).status, 404);
      const refused = await o.rpc.request('results/subscribe', { name: 'q' });
      assert.equal(refused.error?.code, -32003);
      await call(h, 'statements/stop', { name: 'q' });
      await a.rpc.waitForNotification(changedTo('q', 'STOPPED'));
      assert.equal(o.rpc.notifications.length, 0, 'a viewer of another pool hears nothing of pool default');

      // runAs: a pool-admin submits a long-running INSERT owned by a service principal
      const admin = await client(ada);
      const ha = { rpc: admin.rpc, child: server, stderr: () => '' } as Host;
      await call(ha, 'statements/submit', { name: 'mk-drain', sql: "CREATE TABLE drain (u STRING) WITH ('connector' = 'blackhole')" });
      await admin.rpc.waitForNotification(changedTo('mk-drain', 'COMPLETED'));
      const job = 'INSERT INTO drain SELECT url FROM examples.marketplace.clicks';
      const byDev = await a.rpc.request('statements/submit', { name: 'j0', sql: job, runAs: 'svc-etl' });
      assert.equal(byDev.error?.code, -32003);
      assert.match(byDev.error!.message, /principal 'dana' may not submit statements as 'svc-etl' on pool 'default': needs role pool-admin \(holds developer\)/);
      const ghost = await admin.rpc.request('statements/submit', { name: 'j1', sql: job, runAs: 'ghost' });
      assert.match(ghost.error!.message, /no principal 'ghost' holding developer on pool 'default' to run as; create it with: tideline token create --principal ghost --grant developer:default/);
      const query = await admin.rpc.request('statements/submit', { name: 'j2', sql: 'SELECT 1', runAs: 'svc-etl' });
      assert.match(query.error!.message, /only INSERT statements \(long-running jobs\) run as a service principal/);
      const svc = await call<StatementView & { principal: string; submittedBy: string }>(ha, 'statements/submit', { name: 'etl', sql: job, runAs: 'svc-etl' });
      assert.deepEqual([svc.principal, svc.submittedBy], ['svc-etl', 'ada']);
      const stopByDev = await a.rpc.request('statements/stop', { name: 'etl' });
      assert.equal(stopByDev.error?.code, -32003, 'a developer cannot stop the service principal\'s job');
      // the submitter's token goes away; the job runs on
      const adaId = ada.split('_')[1]!;
      assert.equal(spawnSync(process.execPath, [CLI, 'token', 'revoke', adaId, '--state-dir', dir], { encoding: 'utf8' }).status, 0);
      await until('etl rows', async () => ((await call<StatementView>(h, 'statements/get', { name: 'etl' })).metrics?.rows ?? 0) > 0 || undefined);
      assert.equal((await call<StatementView>(h, 'statements/get', { name: 'etl' })).phase, 'RUNNING');
      const audit = spawnSync(process.execPath, [CLI, 'token', 'list', '--state-dir', dir], { encoding: 'utf8' }).stdout;
      assert.match(audit, /ada .* revoked/);
      admin.socket.destroy();
      a.socket.destroy();
      o.socket.destroy();
    } finally {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
    const bad = spawnSync(process.execPath, [HOST, '--state-dir', dir, '--metrics-port', 'lots'], { encoding: 'utf8', input: '' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--metrics-port needs a port number from 0 to 65535 \(got 'lots'\)/);
  });
});
