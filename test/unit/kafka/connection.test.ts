import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connectionFromProperties, describeConnection, kafkajsConfig, parseJaas } from '../../../engine/kafka/connection';
import { redact, redactError } from '../../../engine/kafka/redact';

const jaas = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="hunter2-secret";';

describe('Kafka connection model', () => {
  test("Flink's properties.* options: brokers, SASL mechanism and JAAS credentials, TLS PEMs", () => {
    const c = connectionFromProperties({
      'properties.bootstrap.servers': 'a:9092, b:9093',
      'properties.security.protocol': 'SASL_SSL',
      'properties.sasl.mechanism': 'SCRAM-SHA-512',
      'properties.sasl.jaas.config': jaas,
      'properties.ssl.truststore.certificates': '-----BEGIN CERTIFICATE-----x',
    });
    assert.deepEqual(c.brokers, ['a:9092', 'b:9093']);
    assert.deepEqual(c.sasl, { mechanism: 'scram-sha-512', username: 'alice', password: 'hunter2-secret' });
    assert.equal(c.tls?.ca, '-----BEGIN CERTIFICATE-----x');
    const k = kafkajsConfig(c);
    assert.deepEqual(k.sasl, { mechanism: 'scram-sha-512', username: 'alice', password: 'hunter2-secret' });
    assert.ok(k.ssl);
  });

  test('plaintext by default; bad protocol, mechanism or JAAS are clear errors that never echo the JAAS text', () => {
    assert.equal(connectionFromProperties({ 'properties.bootstrap.servers': 'x:1' }).sasl, undefined);
    assert.throws(() => connectionFromProperties({}), /bootstrap\.servers/);
    assert.throws(() => connectionFromProperties({ 'properties.bootstrap.servers': 'x:1', 'properties.security.protocol': 'TLS' }), /security\.protocol/);
    assert.throws(() => connectionFromProperties({ 'properties.bootstrap.servers': 'x:1', 'properties.security.protocol': 'SASL_PLAINTEXT', 'properties.sasl.mechanism': 'GSSAPI', 'properties.sasl.jaas.config': jaas }), /GSSAPI/);
    assert.throws(
      () => connectionFromProperties({ 'properties.bootstrap.servers': 'x:1', 'properties.security.protocol': 'SASL_PLAINTEXT', 'properties.sasl.jaas.config': 'password="leak-me"' }),
      (e: Error) => !e.message.includes('leak-me'),
    );
    assert.deepEqual(parseJaas(jaas), { username: 'alice', password: 'hunter2-secret' });
  });

  test('describeConnection names mechanism and user, never passwords', () => {
    const text = describeConnection({ name: 'prod', brokers: ['a:1'], sasl: { mechanism: 'plain', username: 'bob', password: 'pw-123456' }, registry: { url: 'https://bob:reg-secret@sr:8081', username: 'bob', password: 'reg-secret' } });
    assert.match(text, /SASL PLAIN as bob/);
    assert.ok(!text.includes('pw-123456') && !text.includes('reg-secret'), text);
  });

  test('redaction of JAAS lines, URL user info, basic-auth user info, Authorization headers and given secrets', () => {
    assert.equal(redact(jaas), 'org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="***";');
    assert.equal(redact('GET https://u:p4ss@host/x failed'), 'GET https://u:***@host/x failed');
    assert.equal(redact("'basic-auth.user-info' = 'u:s3cr3t'"), "'basic-auth.user-info' = 'u:***'");
    assert.equal(redact('Authorization: Basic dTpw'), 'Authorization: Basic ***');
    assert.equal(redact('connect failed for sekret9', ['sekret9']), 'connect failed for ***');
    const e = redactError(new Error('bad password sekret9'), ['sekret9']);
    assert.equal(e.message, 'bad password ***');
  });
});

describe('kafka option table', () => {
  test("any properties.* key is accepted as in Flink; listed ones keep their own spec", async () => {
    const { getConnector, matchOption, optionsFor } = await import('../../../engine/connectors/registry');
    const specs = optionsFor(getConnector('kafka')!, { 'value.format': 'avro-confluent' });
    assert.equal(matchOption(specs, 'properties.max.poll.records')?.key, 'properties.#');
    assert.equal(matchOption(specs, 'properties.group.id')?.key, 'properties.group.id');
    assert.equal(matchOption(specs, 'value.avro-confluent.url')?.required, true);
    assert.equal(matchOption(specs, 'scan.startup.mode')?.default, 'group-offsets');
  });
});
