import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingSecrets, parseConnectionSpec, publicSpec, summarize, toKafkaConnection } from '../../../engine/kafka/connections';
import { parseConnectionsFile, loadConnectionsFile } from '../../../engine/kafka/connections-file';
import { ConnectionStore } from '../../../engine/kafka/connection-store';
import { connectionFromProperties } from '../../../engine/kafka/connection';
import { forgetConnections, rememberConnections } from '../../../engine/kafka/known-connections';

const SECRET = 'pa55-w0rd-secret';
const full = {
  name: 'prod',
  environment: 'confluent',
  brokers: ['b1:9092', 'b2:9093'],
  sasl: { mechanism: 'SCRAM-SHA-512', username: 'alice', password: SECRET },
  tls: { ca: '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n' },
  registry: { url: 'https://sr.example.com/', username: 'sr', password: `${SECRET}-sr` },
};

describe('Kafka connections model', () => {
  test('a full spec parses; its summary, public form and kafkajs connection', () => {
    const c = parseConnectionSpec(full, 'test');
    assert.equal(c.sasl?.mechanism, 'scram-sha-512');
    assert.equal(c.registry?.url, 'https://sr.example.com');
    assert.deepEqual(summarize(c), { name: 'prod', environment: 'confluent', brokers: ['b1:9092', 'b2:9093'], registryUrl: 'https://sr.example.com', auth: 'scram-sha-512', tls: true });
    const pub = publicSpec(c);
    assert.ok(!JSON.stringify(pub).includes(SECRET), JSON.stringify(pub));
    assert.deepEqual(missingSecrets(pub), ['sasl.password', 'registry.password']);
    assert.deepEqual(missingSecrets(c), []);
    const k = toKafkaConnection(c);
    assert.deepEqual(k.sasl, { mechanism: 'scram-sha-512', username: 'alice', password: SECRET });
    assert.equal(parseConnectionSpec({ name: 'x', brokers: 'a:1,b:2' }, 't').environment, 'kafka');
  });

  test('invalid specs are refused naming the field and the fix, never echoing a secret', () => {
    const bad: [unknown, RegExp][] = [
      [{ brokers: ['a:1'] }, /missing required field 'name'/],
      [{ name: '1x', brokers: ['a:1'] }, /must start with a letter/],
      [{ name: 'x', brokers: [] }, /at least one host:port/],
      [{ name: 'x', brokers: ['nohost'] }, /broker 'nohost' is not host:port/],
      [{ name: 'x', brokers: ['a:99999'] }, /not host:port/],
      [{ name: 'x', brokers: ['a:1'], sasl: { mechanism: 'GSSAPI', username: 'u', password: SECRET } }, /PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512/],
      [{ name: 'x', brokers: ['a:1'], sasl: { password: SECRET } }, /missing required field 'username'/],
      [{ name: 'x', brokers: ['a:1'], registry: { url: `https://u:${SECRET}@h` } }, /must not hold credentials/],
      [{ name: 'x', brokers: ['a:1'], registry: { url: 'ftp://h' } }, /http:\/\/ or https:\/\//],
      [{ name: 'x', brokers: ['a:1'], tls: { ca: SECRET } }, /PEM text/],
      [{ name: 'x', brokers: ['a:1'], extra: 1 }, /unknown field 'extra'/],
      [{ name: 'x', brokers: ['a:1'], sasl: { username: 'u', password: 42 } }, /'password' must be a string/],
    ];
    for (const [input, re] of bad) {
      assert.throws(() => parseConnectionSpec(input, 'connections/set'), (e: Error) => {
        assert.match(e.message, re);
        assert.match(e.message, /^connections\/set/);
        assert.ok(!e.message.includes(SECRET), e.message);
        return true;
      });
    }
  });

  test('credentials file: ${env:NAME} references, TLS files, duplicate names, unset variables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-conn-'));
    writeFileSync(join(dir, 'ca.pem'), full.tls.ca);
    const file = join(dir, 'connections.json');
    const text = JSON.stringify({ connections: [{ name: 'a', brokers: ['h:1'], sasl: { username: 'u', password: '${env:KAFKA_PW}' }, tls: { caFile: 'ca.pem' } }] });
    const [a] = parseConnectionsFile(text, file, { KAFKA_PW: SECRET });
    assert.equal(a.sasl?.password, SECRET);
    assert.equal(a.tls?.ca, full.tls.ca);
    assert.throws(() => parseConnectionsFile(text, file, {}), /environment variable KAFKA_PW .* is not set/);
    assert.throws(() => parseConnectionsFile(JSON.stringify([{ name: 'a', brokers: ['h:1'] }, { name: 'a', brokers: ['h:2'] }]), file), /second connection named 'a'/);
    assert.throws(() => parseConnectionsFile('{', file), /not valid JSON/);
    writeFileSync(file, JSON.stringify({ connections: [{ name: 'b', brokers: ['h:1'] }] }));
    assert.deepEqual(loadConnectionsFile({ TIDELINE_CONNECTIONS: file }).connections.map((c) => c.name), ['b']);
    assert.deepEqual(loadConnectionsFile({ XDG_CONFIG_HOME: join(dir, 'none') }).connections, []);
    assert.throws(() => loadConnectionsFile({ TIDELINE_CONNECTIONS: join(dir, 'missing.json') }), /cannot read the connections file/);
  });

  test('the host store writes no secret to disk and reads back what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-store-'));
    const store = ConnectionStore.open(dir);
    await store.set(parseConnectionSpec(full, 't'));
    const text = readFileSync(store.file, 'utf8');
    assert.ok(!text.includes(SECRET), text);
    assert.equal(statSync(store.file).mode & 0o777, 0o600);
    const again = ConnectionStore.open(dir);
    assert.deepEqual(missingSecrets(again.get('prod')!), ['sasl.password', 'registry.password']);
    assert.equal(await again.delete('prod'), true);
    assert.equal(ConnectionStore.open(dir).list().length, 0);
    writeFileSync(store.file, '{"connections": 3}');
    assert.throws(() => ConnectionStore.open(dir), /expected \{ "connections": \[...\] \}; fix or delete it/);
  });

  test("a catalog table's options without credentials get those of the configured connection to its brokers", () => {
    const options = { 'properties.bootstrap.servers': 'b2:9093,b1:9092', 'properties.security.protocol': 'SASL_SSL', 'properties.sasl.mechanism': 'SCRAM-SHA-512' };
    assert.throws(() => connectionFromProperties(options), /jaas\.config/);
    rememberConnections('test', [toKafkaConnection(parseConnectionSpec(full, 't'))]);
    try {
      assert.equal(connectionFromProperties(options).sasl?.password, SECRET);
    } finally {
      forgetConnections('test');
    }
    assert.throws(() => connectionFromProperties(options), /jaas\.config/);
  });
});
