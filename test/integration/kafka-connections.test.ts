/**
 * Configured Kafka connections against the real broker and registry:
 * - `tideline check` resolves a topic table (columns from its `T-value` subject) through a
 *   credentials file outside the repository whose registry URL comes from `${env:NAME}`;
 * - the engine host's connections/* (set, list without secrets, test ok, test failing with a
 *   clear message for a wrong port, delete) over stdio as the extension runs it, with the
 *   secrets absent from every answer, the audit log, the state directory and the host's log;
 * - a connection set in the host appears live as database `<name>` of catalog `<environment>`
 *   in its CatalogManager, and disappears when deleted;
 * - the language server, sent the connections by `tideline/connections`, resolves and
 *   completes the topic's columns, and shows an unreachable cluster as unavailable.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { CatalogManager } from '../../engine/catalog/manager';
import { HostConnections } from '../../engine/host/host-connections';
import { parseConnectionSpec } from '../../engine/kafka/connections';
import { CompletionRequest, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol/node';
import { RawRpc } from '../unit/host/rpc-client';
import { LspClient } from '../unit/lsp/lsp-client';
import { kafkaBrokers, registryUrl, testKafka, uniqueName } from './env';

const DIST = resolve(__dirname, '../../../dist');
const SASL_SECRET = 'kc-sasl-Secret-4711';
const REGISTRY_SECRET = 'kc-registry-Secret-0815';

async function register(subject: string, schema: object): Promise<void> {
  const res = await fetch(`${registryUrl()}/subjects/${subject}/versions`, { method: 'POST', headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json' }, body: JSON.stringify({ schema: JSON.stringify(schema) }) });
  assert.ok(res.ok, `register ${subject}: ${res.status} ${await res.text()}`);
}

async function topicWithSubject(prefix: string): Promise<string> {
  const topic = uniqueName(prefix);
  const admin = testKafka('connections-test').admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 2 }] });
  await admin.disconnect();
  await register(`${topic}-value`, { type: 'record', name: 'Order', fields: [{ name: 'order_id', type: 'long' }, { name: 'amount', type: { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 } }, { name: 'note', type: ['null', 'string'], default: null }] });
  return topic;
}

/** A TCP port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('Kafka connections (real broker + registry)', () => {
  test('tideline check resolves a topic table from a credentials file outside the repository', async () => {
    const topic = await topicWithSubject('orders');
    const home = mkdtempSync(join(tmpdir(), 'tideline-creds-'));
    const creds = join(home, 'connections.json');
    writeFileSync(creds, JSON.stringify({ connections: [{ name: 'clusterA', environment: 'prod', brokers: kafkaBrokers(), registry: { url: '${env:KC_REGISTRY_URL}' } }] }), { mode: 0o600 });
    const sql = join(home, 'q.sql');
    const check = (text: string, env: Record<string, string | undefined>) => {
      writeFileSync(sql, text);
      return spawnSync(process.execPath, [join(DIST, 'cli.js'), 'check', sql], { cwd: home, encoding: 'utf8', env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'xdg'), ...env } });
    };
    const env = { TIDELINE_CONNECTIONS: creds, KC_REGISTRY_URL: registryUrl() };
    const ok = check(`SELECT order_id, amount * 2 AS doubled, note, \`$rowtime\`, \`$partition\` FROM prod.clusterA.\`${topic}\` WHERE note IS NOT NULL;\n`, env);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    const wrong = check(`SELECT order_id, amount_typo FROM prod.clusterA.\`${topic}\`;\n`, env);
    assert.equal(wrong.status, 1, wrong.stdout + wrong.stderr);
    assert.match(wrong.stdout, /amount_typo/);
    assert.match(wrong.stdout, /amount/);
    // Without the credentials file the same query does not resolve: the connection is what made it work.
    const none = check(`SELECT order_id FROM prod.clusterA.\`${topic}\`;\n`, {});
    assert.equal(none.status, 1, none.stdout + none.stderr);
    // An unreachable cluster does not stop the check: it is reported on stderr, its tables resolve as unavailable (a warning).
    const port = await closedPort();
    const downCreds = join(home, 'down.json');
    writeFileSync(downCreds, JSON.stringify({ connections: [{ name: 'gone', environment: 'prod', brokers: [`127.0.0.1:${port}`], sasl: { mechanism: 'PLAIN', username: 'u', password: '${env:KC_PW}' } }] }));
    const down = check('SELECT * FROM prod.gone.anything;\n', { TIDELINE_CONNECTIONS: downCreds, KC_PW: SASL_SECRET });
    assert.match(down.stderr, new RegExp(`connection 'gone' \\(catalog prod, from .*down\\.json\\) is unavailable: `));
    assert.match(down.stdout, /warning .*unavailable/);
    assert.ok(!(down.stdout + down.stderr).includes(SASL_SECRET));
    // An unset ${env:NAME} is an environment error naming the variable.
    const unset = check('SELECT 1;\n', { TIDELINE_CONNECTIONS: creds, KC_REGISTRY_URL: undefined });
    assert.equal(unset.status, 2, unset.stdout + unset.stderr);
    assert.match(unset.stderr, /KC_REGISTRY_URL/);
  });

  test('engine host connections/*: set, list without secrets, test ok and failing, delete; no secret in answers, audit, state or log', async () => {
    const host = join(DIST, 'engine-host.js');
    assert.ok(existsSync(host), `build first: ${host}`);
    const state = mkdtempSync(join(tmpdir(), 'tideline-host-conn-'));
    const child = spawn(process.execPath, [host, '--state-dir', state], { stdio: ['pipe', 'pipe', 'pipe'] });
    let log = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => (log += s));
    const rpc = new RawRpc(child.stdin, child.stdout);
    const answers: string[] = [];
    const call = async (method: string, params?: unknown) => {
      const r = await rpc.request(method, params);
      answers.push(JSON.stringify(r));
      return r;
    };
    try {
      const port = await closedPort();
      const good = await call('connections/set', { name: 'local', brokers: kafkaBrokers(), registry: { url: registryUrl(), username: 'reg-user', password: REGISTRY_SECRET } });
      assert.equal(good.error, undefined, JSON.stringify(good.error));
      assert.deepEqual(good.result, { name: 'local', environment: 'kafka', brokers: kafkaBrokers(), registryUrl: registryUrl(), auth: 'none', tls: false });
      const down = await call('connections/set', { name: 'down', environment: 'staging', brokers: [`127.0.0.1:${port}`], sasl: { mechanism: 'SCRAM-SHA-256', username: 'svc', password: SASL_SECRET } });
      assert.equal(down.error, undefined, JSON.stringify(down.error));
      const bad = await call('connections/set', { name: 'bad', brokers: ['nope'], sasl: { mechanism: 'PLAIN', username: 'u', password: SASL_SECRET } });
      assert.match(bad.error?.message ?? '', /broker 'nope' is not host:port/);

      const list = (await call('connections/list')).result as { connections: Record<string, unknown>[] };
      assert.deepEqual(list.connections.map((c) => [c.name, c.environment, c.auth, c.tls]), [['down', 'staging', 'scram-sha-256', false], ['local', 'kafka', 'none', false]]);
      for (const c of list.connections) assert.match(String(c.status), /^(ok|unknown|unavailable: .+)$/);

      const ok = (await call('connections/test', { name: 'local' })).result as { kafka: { ok: boolean; message: string }; registry: { ok: boolean; message: string } };
      assert.equal(ok.kafka.ok, true, ok.kafka.message);
      assert.match(ok.kafka.message, /connected to Kafka at .*1 broker/);
      assert.equal(ok.registry.ok, true, ok.registry.message);
      const failed = (await call('connections/test', { name: 'down' })).result as { kafka: { ok: boolean; message: string }; registry?: unknown };
      assert.equal(failed.kafka.ok, false);
      assert.match(failed.kafka.message, new RegExp(`cannot connect to Kafka at 127\\.0\\.0\\.1:${port}: .*; check the brokers' host:port, that the cluster is up`));
      assert.equal(failed.registry, undefined);

      // The catalog refreshes in the background: the unreachable cluster ends up unavailable with a reason.
      let status = '';
      for (let i = 0; i < 60 && !status.startsWith('unavailable: '); i++) {
        const l = (await call('connections/list')).result as { connections: { name: string; status: string }[] };
        status = l.connections.find((c) => c.name === 'down')!.status;
        if (!status.startsWith('unavailable: ')) await new Promise((r) => setTimeout(r, 500));
      }
      assert.match(status, /^unavailable: .+/);

      const deleted = await call('connections/delete', { name: 'down' });
      assert.deepEqual(deleted.result, { deleted: 'down' });
      const after = (await call('connections/list')).result as { connections: { name: string }[] };
      assert.deepEqual(after.connections.map((c) => c.name), ['local']);
      const gone = await call('connections/test', { name: 'down' });
      assert.match(gone.error?.message ?? '', /no connection named 'down' \(connections: local\); add it with connections\/set/);

      const audit = (await call('audit/list', { limit: 100 })).result as { entries: { action: string; outcome: string; detail?: string }[] };
      const actions = audit.entries.filter((e) => e.action.startsWith('connections/')).map((e) => `${e.action} ${e.outcome}`);
      // The refused set is recorded too (with the reason, which never echoes the password).
      assert.deepEqual(actions, ['connections/set ok', 'connections/set ok', 'connections/set error', 'connections/delete ok']);
      assert.match(audit.entries.find((e) => e.action === 'connections/set')!.detail!, /"brokers"/);
    } finally {
      child.stdin.end();
      await new Promise((r) => child.once('exit', r));
    }
    // Persisted without secrets: restarting reads the connection back, needing its password again.
    const stored = readFileSync(join(state, 'connections.json'), 'utf8');
    assert.match(stored, /reg-user/);
    for (const secret of [SASL_SECRET, REGISTRY_SECRET]) {
      for (const f of filesUnder(state)) assert.ok(!readFileSync(f, 'utf8').includes(secret), `${secret} in ${f}`);
      assert.ok(!log.includes(secret), `${secret} in the host log:\n${log}`);
      for (const a of answers) assert.ok(!a.includes(secret), `${secret} in an answer: ${a}`);
    }
    assert.ok(filesUnder(state).some((f) => f.endsWith('audit.jsonl')));
  });

  test("connections set in the host are databases of the host's catalog, live", async () => {
    const topic = await topicWithSubject('payments');
    const manager = new CatalogManager();
    const state = mkdtempSync(join(tmpdir(), 'tideline-host-cat-'));
    const connections = HostConnections.open(state, manager, { refreshIntervalMs: 0 });
    after(() => connections.dispose());
    const current = { catalog: 'prod', database: 'eu' };
    assert.equal(manager.resolveTable(['prod', 'eu', topic], current).ok, false);
    await connections.set(parseConnectionSpec({ name: 'eu', environment: 'prod', brokers: kafkaBrokers(), registry: { url: registryUrl() } }, 'test'));
    await manager.refresh();
    const r = manager.resolveTable(['prod', 'eu', topic], current);
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(r.value.object.kind === 'table' ? r.value.object.columns.slice(0, 3).map((c) => c.name) : [], ['order_id', 'amount', 'note']);
    assert.deepEqual(connections.list().map((c) => [c.name, c.status]), [['eu', 'ok']]);
    await connections.delete('eu');
    assert.equal(manager.resolveTable(['prod', 'eu', topic], current).ok, false);
    await assert.rejects(connections.delete('eu'), /no connection named 'eu'/);
  });

  test('language server: tideline/connections makes topic tables resolve and complete; an unreachable cluster is unavailable', async () => {
    const topic = await topicWithSubject('clicks');
    const port = await closedPort();
    const client = await LspClient.start();
    try {
      const uri = 'file:///kafka-connections.sql';
      const text = `SELECT o.\nFROM prod.eu.\`${topic}\` o;\nSELECT * FROM prod.gone.anything;\n`;
      await client.open(uri, text);
      const before = await client.waitForDiagnostics((d) => d.uri === uri && d.diagnostics.length > 0);
      assert.ok(before.diagnostics.some((d) => /prod/.test(d.message)), JSON.stringify(before.diagnostics));
      await client.connection.sendNotification('tideline/connections', {
        connections: [
          { name: 'eu', environment: 'prod', brokers: kafkaBrokers(), registry: { url: registryUrl() } },
          { name: 'gone', environment: 'prod', brokers: [`127.0.0.1:${port}`], sasl: { mechanism: 'PLAIN', username: 'u', password: SASL_SECRET } },
        ],
      });
      // Re-checked once the catalog has loaded: the topic resolves; the unreachable cluster is named unavailable.
      const afterLoad = await client.waitForDiagnostics((d) => d.uri === uri && d.diagnostics.some((x) => /unavailable/.test(x.message)) && !d.diagnostics.some((x) => x.message.includes(topic)), 30_000);
      const messages = afterLoad.diagnostics.map((d) => d.message);
      assert.ok(messages.every((m) => !m.includes(SASL_SECRET)), messages.join('\n'));
      // Completion answers from what is loaded now (never waits): ask until the topic's columns are there.
      const complete = async () => {
        const r = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 9 } })) as CompletionItem[] | CompletionList | null;
        return (Array.isArray(r) ? r : (r?.items ?? [])).map((i) => i.label);
      };
      let labels = await complete();
      for (let i = 0; i < 60 && !labels.includes('order_id'); i++) {
        await new Promise((r) => setTimeout(r, 500));
        labels = await complete();
      }
      for (const c of ['order_id', 'amount', 'note', '$rowtime']) assert.ok(labels.includes(c), `${c} in ${labels.join(', ')}`);
    } finally {
      await client.stop();
    }
  });
});
