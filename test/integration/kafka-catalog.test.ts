/**
 * The Kafka catalog provider against the real broker and registry: topics with subjects are
 * tables with the Avro types mapped as Flink maps them, topics without are raw key/val BYTES,
 * CREATE TABLE creates topic and subjects (checked through the admin API and the registry's
 * REST API) and the created table round-trips rows through the connectors, DROP TABLE deletes
 * both, an unreachable cluster is unavailable with a reason that holds no password.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { ConfigResourceTypes } from 'kafkajs';
import { parseProtoSchema } from '../../engine/formats/proto-registry/proto-schema-types';
import { KafkaCatalogProvider } from '../../engine/catalog/providers/kafka-catalog-provider';
import { physical, table } from '../../engine/catalog/build';
import type { CatalogTable } from '../../engine/catalog/model';
import { toTableContext } from '../../engine/catalog/table-context';
import { getConnector } from '../../engine/connectors/registry';
import { printType as formatType } from '../../engine/types/print';
import { T } from '../../engine/types/logical-type';
import { kafkaBrokers, registryUrl, testKafka, uniqueName } from './env';
import { readAll } from './kafka-connector-helpers';

const catalog = 'confluent';
const provider = new KafkaCatalogProvider({ catalog, clusters: [{ name: 'cluster1', connection: { name: 'cluster1', brokers: kafkaBrokers(), registry: { url: registryUrl() } } }] });
after(() => provider.dispose());

async function register(subject: string, schema: object | string, schemaType?: 'JSON' | 'PROTOBUF'): Promise<number> {
  const text = typeof schema === 'string' ? schema : JSON.stringify(schema);
  const res = await fetch(`${registryUrl()}/subjects/${subject}/versions`, { method: 'POST', headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json' }, body: JSON.stringify({ schema: text, ...(schemaType ? { schemaType } : {}) }) });
  const answer = await res.text();
  assert.ok(res.ok, `register ${subject}: ${res.status} ${answer}`);
  return (JSON.parse(answer) as { id: number }).id;
}

function columnsOf(t: CatalogTable): string[] {
  return t.columns.map((c) => `${c.name} ${formatType(c.type)}${c.kind === 'metadata' ? ` METADATA${c.key ? ` FROM '${c.key}'` : ''}${c.virtual ? ' VIRTUAL' : ''}` : ''}`);
}

describe('Kafka catalog provider (real broker + registry)', () => {
  test('topics with subjects are typed tables, topics without are raw key/val BYTES', async () => {
    const typed = uniqueName('customers');
    const raw = uniqueName('rawlog');
    const admin = testKafka('catalog-test').admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: typed, numPartitions: 3, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }, { topic: raw, numPartitions: 1 }] });
    await admin.disconnect();
    await register(`${typed}-key`, { type: 'record', name: 'Key', fields: [{ name: 'id', type: 'long' }] });
    await register(`${typed}-value`, {
      type: 'record',
      name: 'Customer',
      namespace: 'com.example',
      fields: [
        { name: 'id', type: 'long' },
        { name: 'name', type: ['null', 'string'], default: null },
        { name: 'uid', type: { type: 'string', logicalType: 'uuid' } },
        { name: 'born', type: { type: 'int', logicalType: 'date' } },
        { name: 'seen', type: { type: 'long', logicalType: 'timestamp-millis' } },
        { name: 'seen_us', type: ['null', { type: 'long', logicalType: 'timestamp-micros' }], default: null },
        { name: 'balance', type: { type: 'bytes', logicalType: 'decimal', precision: 12, scale: 2 } },
        { name: 'tier', type: { type: 'enum', name: 'Tier', symbols: ['GOLD', 'SILVER'] } },
        { name: 'digest', type: { type: 'fixed', name: 'Digest', size: 16 } },
        { name: 'attrs', type: { type: 'map', values: 'int' } },
        { name: 'tags', type: { type: 'array', items: 'string' } },
        { name: 'address', type: ['null', { type: 'record', name: 'Address', fields: [{ name: 'city', type: 'string' }, { name: 'zip', type: ['null', 'int'], default: null }] }], default: null },
      ],
    });
    await provider.refresh();
    const db = provider.snapshot().catalogs.get(catalog)!.databases.get('cluster1')!;
    assert.equal(db.status.state, 'ready');
    const t = db.objects.get(typed) as CatalogTable;
    assert.ok(t, `tables: ${[...db.objects.keys()].join(', ')}`);
    assert.deepEqual(columnsOf(t), [
      'id BIGINT NOT NULL',
      'name STRING',
      'uid STRING NOT NULL',
      'born DATE NOT NULL',
      'seen TIMESTAMP(3) NOT NULL',
      'seen_us TIMESTAMP(6)',
      'balance DECIMAL(12, 2) NOT NULL',
      'tier STRING NOT NULL',
      'digest BINARY(16) NOT NULL',
      'attrs MAP<STRING NOT NULL, INT NOT NULL> NOT NULL',
      'tags ARRAY<STRING NOT NULL> NOT NULL',
      'address ROW<`city` STRING NOT NULL, `zip` INT>',
      "$rowtime TIMESTAMP_LTZ(3) NOT NULL *ROWTIME* METADATA FROM 'timestamp' VIRTUAL",
      "$partition INT NOT NULL METADATA FROM 'partition' VIRTUAL",
      "$offset BIGINT NOT NULL METADATA FROM 'offset' VIRTUAL",
      "$headers MAP<STRING NOT NULL, BYTES> METADATA FROM 'headers' VIRTUAL",
    ]);
    assert.deepEqual(t.primaryKey?.columns, ['id']);
    assert.equal(t.changelog, 'upsert');
    assert.equal(t.watermark?.column, '$rowtime');
    assert.equal(t.distribution?.buckets, 3);
    assert.deepEqual(t.provenance, { kind: 'kafka', cluster: 'cluster1', topic: typed });
    const r = db.objects.get(raw) as CatalogTable;
    assert.deepEqual(columnsOf(r).slice(0, 2), ['key BYTES', 'val BYTES']);
    assert.equal(r.changelog, 'append-only');
  });

  test('CREATE TABLE creates the topic and subjects; the table round-trips rows; DROP TABLE deletes both', async () => {
    const name = uniqueName('payments');
    const path = { catalog, database: 'cluster1', name };
    const def = table({
      name,
      columns: [physical('id', T.bigint(false)), physical('payer', T.string()), physical('amount', T.decimal(10, 2))],
      primaryKey: ['id'],
      distribution: { kind: 'hash', columns: ['id'], buckets: 3 },
      provenance: { kind: 'memory' },
    });
    await provider.createObject(path, def);

    const admin = testKafka('catalog-test-create').admin();
    await admin.connect();
    const meta = await admin.fetchTopicMetadata({ topics: [name] });
    assert.equal(meta.topics[0].partitions.length, 3);
    const cfg = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name, configNames: ['cleanup.policy'] }] });
    assert.equal(cfg.resources[0].configEntries[0].configValue, 'compact');
    for (const [subject, fields] of [[`${name}-key`, ['id']], [`${name}-value`, ['payer', 'amount']]] as const) {
      const res = await fetch(`${registryUrl()}/subjects/${subject}/versions/latest`);
      assert.equal(res.status, 200, subject);
      const schema = JSON.parse(((await res.json()) as { schema: string }).schema) as { namespace: string; fields: { name: string }[] };
      assert.equal(schema.namespace, 'org.apache.flink.avro.generated');
      assert.deepEqual(schema.fields.map((f) => f.name), fields);
    }

    const created = (await provider.lookup(path)) as CatalogTable;
    assert.deepEqual(columnsOf(created).slice(0, 3), ['id BIGINT NOT NULL', 'payer STRING', 'amount DECIMAL(10, 2)']);
    assert.deepEqual(created.primaryKey?.columns, ['id']);
    // Through the connectors, with the options the catalog gave the table.
    const ctx = toTableContext(path, created, { metadataColumns: [] });
    const sink = getConnector(created.options.connector)!.createSink!(ctx);
    await sink.write([[1, 'ann', 10.5], [2, 'bob', 3]]);
    await sink.write([[1, null, null]], [3]);
    await sink.close();
    const source = getConnector(created.options.connector)!.createSource!({ ...toTableContext(path, created, { metadataColumns: ['$partition'] }), options: { ...created.options, 'scan.startup.mode': 'earliest-offset', 'scan.bounded.mode': 'latest-offset' } });
    const read = await readAll(source);
    const changes = read.rows.map((row, i) => `${['+I', '-U', '+U', '-D'][read.kinds[i]]}${JSON.stringify(row.slice(0, 3))}`).sort();
    assert.deepEqual(changes, ['+I[1,"ann",10.5]', '+I[2,"bob",3]', '-D[1,null,null]']);

    await provider.dropObject(path, 'table');
    assert.ok(!(await admin.listTopics()).includes(name));
    // Looking up a topic that is gone finds nothing (and creates nothing).
    assert.equal(await provider.lookup(path), undefined);
    assert.ok(!(await admin.listTopics()).includes(name));
    await admin.disconnect();
    for (const subject of [`${name}-key`, `${name}-value`]) assert.equal((await fetch(`${registryUrl()}/subjects/${subject}/versions/latest`)).status, 404, subject);
    await assert.rejects(provider.dropObject(path, 'table'), /does not exist/);
    await provider.dropObject(path, 'table', { ifExists: true });
  });

  test('Avro unions of several non-null types are ROW columns with one field per branch (Confluent naming); rows round-trip with the registered schema', async () => {
    const topic = uniqueName('events-union');
    const top = uniqueName('events-top-union');
    const admin = testKafka('catalog-test-union').admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }, { topic: top, numPartitions: 1 }] });
    await admin.disconnect();
    const purchase = { type: 'record', name: 'Purchase', namespace: 'com.shop', fields: [{ name: 'item', type: 'string' }, { name: 'amount', type: 'double' }] };
    const pageview = { type: 'record', name: 'Pageview', namespace: 'com.shop', fields: [{ name: 'url', type: 'string' }] };
    const id = await register(`${topic}-value`, {
      type: 'record',
      name: 'Event',
      fields: [
        { name: 'id', type: 'long' },
        { name: 'payload', type: ['null', 'string', 'long'], default: null },
        { name: 'event', type: [purchase, pageview] },
      ],
    });
    await register(`${top}-value`, [purchase, pageview]);
    const path = { catalog, database: 'cluster1', name: topic };
    const t = (await provider.lookup(path)) as CatalogTable;
    assert.ok(t, 'the topic is a table (a union no longer makes it unavailable)');
    assert.deepEqual(columnsOf(t).slice(0, 3), [
      'id BIGINT NOT NULL',
      'payload ROW<`string` STRING, `long` BIGINT>',
      'event ROW<`Purchase` ROW<`item` STRING NOT NULL, `amount` DOUBLE NOT NULL>, `Pageview` ROW<`url` STRING NOT NULL>> NOT NULL',
    ]);
    const kafka = getConnector(t.options.connector)!;
    const rows = [
      [1, ['card', null], [['book', 12.5], null]],
      [2, null, [null, ['/home']]],
      [3, [null, 42], [['pen', 1], null]],
    ];
    const sink = kafka.createSink!(toTableContext(path, t, { metadataColumns: [] }));
    await sink.write(rows);
    await sink.close();
    // Written with the registered schema: its id in the wire format, no new version of the subject.
    const versions = (await (await fetch(`${registryUrl()}/subjects/${topic}-value/versions`)).json()) as number[];
    assert.deepEqual(versions, [1]);
    const read = await readAll(kafka.createSource!({ ...toTableContext(path, t, { metadataColumns: [] }), options: { ...t.options, 'scan.startup.mode': 'earliest-offset', 'scan.bounded.mode': 'latest-offset' } }));
    assert.deepEqual(read.errors, []);
    assert.deepEqual(read.rows.map((r) => r.slice(0, 3)), rows);
    const consumer = testKafka('catalog-test-union-raw').consumer({ groupId: uniqueName('union-raw') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const first = await new Promise<Buffer>((res) => void consumer.run({ eachMessage: async ({ message }) => res(message.value!) }));
    await consumer.disconnect();
    assert.equal(first.readUInt32BE(1), id);
    // A union value sets exactly one field: two set is an error naming the column.
    const bad = kafka.createSink!(toTableContext(path, t, { metadataColumns: [] }));
    await assert.rejects(async () => bad.write([[4, ['x', 5], [['a', 1], null]]]), /column payload: .*exactly one of its fields \(string, long\); string and long are both set/);
    await assert.rejects(async () => bad.write([[5, null, [null, null]]]), /column event: an Avro union without null needs one of its fields \(Purchase, Pageview\) set/);
    await bad.close();

    // A topic whose value schema is a union of records: one column per record.
    const tp = { catalog, database: 'cluster1', name: top };
    const tt = (await provider.lookup(tp)) as CatalogTable;
    assert.deepEqual(columnsOf(tt).slice(0, 2), ['Purchase ROW<`item` STRING NOT NULL, `amount` DOUBLE NOT NULL>', 'Pageview ROW<`url` STRING NOT NULL>']);
    const topRows = [
      [null, ['/a']],
      [['mug', 7.25], null],
    ];
    const topSink = kafka.createSink!(toTableContext(tp, tt, { metadataColumns: [] }));
    await topSink.write(topRows);
    await topSink.close();
    const topRead = await readAll(kafka.createSource!({ ...toTableContext(tp, tt, { metadataColumns: [] }), options: { ...tt.options, 'scan.startup.mode': 'earliest-offset', 'scan.bounded.mode': 'latest-offset' } }));
    assert.deepEqual(topRead.rows.map((r) => r.slice(0, 2)), topRows);
  });

  for (const [format, schemaType, columns] of [
    ['json-registry', 'JSON', ['id BIGINT NOT NULL', 'customer STRING', 'qty INT NOT NULL', 'price DOUBLE', 'at TIMESTAMP_LTZ(3)', 'tags ARRAY<STRING NOT NULL>', 'addr ROW<`city` STRING>']],
    ['proto-registry', 'PROTOBUF', ['id BIGINT NOT NULL', 'customer STRING', 'qty INT NOT NULL', 'price DOUBLE', 'at TIMESTAMP_LTZ(3)', 'tags ARRAY<STRING NOT NULL> NOT NULL', 'addr ROW<`city` STRING>']],
  ] as const) {
    test(`CREATE TABLE with 'value.format' = '${format}' registers ${schemaType} subjects; rows written in the Confluent wire format read back`, async () => {
      const name = uniqueName(`orders-${schemaType.toLowerCase()}`);
      const path = { catalog, database: 'cluster1', name };
      const def = table({
        name,
        columns: [
          physical('id', T.bigint(false)),
          physical('customer', T.string()),
          physical('qty', T.int(false)),
          physical('price', T.double()),
          physical('at', T.timestampLtz(3)),
          physical('tags', T.array(T.string(false))),
          physical('addr', T.row([{ name: 'city', type: T.string() }])),
        ],
        primaryKey: ['id'],
        distribution: { kind: 'hash', columns: ['id'], buckets: 1 },
        options: { 'value.format': format },
        provenance: { kind: 'memory' },
      });
      await provider.createObject(path, def);
      const ids: Record<string, number> = {};
      for (const subject of [`${name}-key`, `${name}-value`]) {
        const res = await fetch(`${registryUrl()}/subjects/${subject}/versions/latest`);
        assert.equal(res.status, 200, subject);
        const v = (await res.json()) as { id: number; schemaType?: string; schema: string };
        assert.equal(v.schemaType, schemaType, subject);
        ids[subject] = v.id;
      }
      const created = (await provider.lookup(path)) as CatalogTable;
      assert.equal(created.options['value.format'], format);
      assert.equal(created.options['key.format'], format);
      assert.deepEqual(columnsOf(created).slice(0, 7), columns);
      const rows = [
        [1, 'ann', 2, 9.5, 1_700_000_000_123, ['a', 'b'], ['Paris']],
        [2, null, 1, null, null, [], null],
      ];
      const kafka = getConnector(created.options.connector)!;
      const sink = kafka.createSink!(toTableContext(path, created, { metadataColumns: [] }));
      await sink.write(rows);
      await sink.close();
      const read = await readAll(kafka.createSource!({ ...toTableContext(path, created, { metadataColumns: [] }), options: { ...created.options, 'scan.startup.mode': 'earliest-offset', 'scan.bounded.mode': 'latest-offset' } }));
      assert.deepEqual(read.errors, []);
      assert.deepEqual(read.rows.map((r) => r.slice(0, 7)), rows);
      // The wire format: magic byte 0, the subject's schema id (Protobuf: then the message index 0).
      const consumer = testKafka(`catalog-test-${schemaType}-raw`).consumer({ groupId: uniqueName('raw') });
      await consumer.connect();
      await consumer.subscribe({ topic: name, fromBeginning: true });
      const first = await new Promise<{ key: Buffer; value: Buffer }>((res) => void consumer.run({ eachMessage: async ({ message }) => res({ key: message.key!, value: message.value! }) }));
      await consumer.disconnect();
      assert.equal(first.value[0], 0);
      assert.equal(first.value.readUInt32BE(1), ids[`${name}-value`]);
      assert.equal(first.key.readUInt32BE(1), ids[`${name}-key`]);
      if (schemaType === 'PROTOBUF') assert.equal(first.value[5], 0);
      else assert.deepEqual(JSON.parse(first.value.subarray(5).toString()), { customer: 'ann', qty: 2, price: 9.5, at: '2023-11-14T22:13:20.123Z', tags: ['a', 'b'], addr: { city: 'Paris' } });
      await provider.dropObject(path, 'table');
    });
  }

  test('JSON Schema subjects are typed tables read through json-registry (Confluent wire format)', async () => {
    const topic = uniqueName('events-json');
    const admin = testKafka('catalog-test-json').admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
    await admin.disconnect();
    const id = await register(
      `${topic}-value`,
      {
        type: 'object',
        properties: { event_id: { type: 'integer' }, kind: { enum: ['click', 'view'] }, at: { type: 'string', format: 'date-time' }, tags: { type: 'array', items: { type: 'string' } }, note: { type: ['null', 'string'] } },
        required: ['event_id', 'kind', 'at', 'tags'],
      },
      'JSON',
    );
    const framed = (value: object) => {
      const body = Buffer.from(JSON.stringify(value));
      const out = Buffer.alloc(5 + body.length);
      out.writeUInt32BE(id, 1);
      body.copy(out, 5);
      return out;
    };
    const producer = testKafka('catalog-test-json-producer').producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ value: framed({ event_id: 7, kind: 'click', at: '2024-05-01T10:00:00.250Z', tags: ['a', 'b'], note: null }) }, { value: framed({ event_id: 8, kind: 'view', at: '2024-05-01T10:00:01Z', tags: [] }) }] });
    await producer.disconnect();
    const path = { catalog, database: 'cluster1', name: topic };
    const t = (await provider.lookup(path)) as CatalogTable;
    assert.ok(t, 'the topic is a table');
    assert.deepEqual(columnsOf(t).slice(0, 5), ['event_id BIGINT NOT NULL', 'kind STRING NOT NULL', 'at TIMESTAMP_LTZ(3) NOT NULL', 'tags ARRAY<STRING NOT NULL> NOT NULL', 'note STRING']);
    assert.equal(t.options['value.format'], 'json-registry');
    const source = getConnector(t.options.connector)!.createSource!({ ...toTableContext(path, t, { metadataColumns: [] }), options: { ...t.options, 'scan.startup.mode': 'earliest-offset', 'scan.bounded.mode': 'latest-offset' } });
    const read = await readAll(source);
    assert.deepEqual(read.errors, []);
    assert.deepEqual(read.rows.map((r) => [r[0], r[1], r[2], r[3], r[4]]), [
      [7, 'click', Date.parse('2024-05-01T10:00:00.250Z'), ['a', 'b'], null],
      [8, 'view', Date.parse('2024-05-01T10:00:01Z'), [], null],
    ]);
  });

  test('Protobuf subjects are typed tables read through proto-registry (message indexes, nested messages, enums, maps, Timestamp)', async () => {
    const topic = uniqueName('orders-proto');
    const admin = testKafka('catalog-test-proto').admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
    await admin.disconnect();
    const proto = [
      'syntax = "proto3";',
      'package shop;',
      'import "google/protobuf/timestamp.proto";',
      'message Order {',
      '  int64 order_id = 1;',
      '  string item = 2;',
      '  optional string note = 3;',
      '  repeated string tags = 4;',
      '  map<string, int32> attrs = 5;',
      '  google.protobuf.Timestamp at = 6;',
      '  Address ship = 7;',
      '  Status status = 8;',
      '  message Address { string city = 1; }',
      '  enum Status { NEW = 0; SHIPPED = 1; }',
      '}',
      'message Unused { bool x = 1; }',
      '',
    ].join('\n');
    const id = await register(`${topic}-value`, proto, 'PROTOBUF');
    const Order = parseProtoSchema(proto).messages[0];
    const framed = (value: object, indexes: number[] = [0]) => {
      const body = Order.encode(Order.fromObject(value)).finish();
      const header = Buffer.alloc(5);
      header.writeUInt32BE(id, 1);
      // Message indexes: [0] is the single byte 0; otherwise a zigzag count and zigzag indexes.
      const idx = indexes.length === 1 && indexes[0] === 0 ? Buffer.from([0]) : Buffer.from([indexes.length * 2, ...indexes.map((i) => i * 2)]);
      return Buffer.concat([header, idx, body]);
    };
    const producer = testKafka('catalog-test-proto-producer').producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        { value: framed({ order_id: 1, item: 'pen', tags: ['a', 'b'], attrs: { qty: 2 }, at: { seconds: 1714557600, nanos: 250_000_000 }, ship: { city: 'Oslo' }, status: 'SHIPPED' }) },
        { value: framed({ order_id: 2, note: 'gift' }) },
      ],
    });
    await producer.disconnect();
    const path = { catalog, database: 'cluster1', name: topic };
    const t = (await provider.lookup(path)) as CatalogTable;
    assert.ok(t, 'the topic is a table');
    assert.deepEqual(columnsOf(t).slice(0, 8), [
      'order_id BIGINT NOT NULL',
      'item STRING NOT NULL',
      'note STRING',
      'tags ARRAY<STRING NOT NULL> NOT NULL',
      'attrs MAP<STRING NOT NULL, INT NOT NULL> NOT NULL',
      'at TIMESTAMP_LTZ(3)',
      'ship ROW<`city` STRING NOT NULL>',
      'status STRING NOT NULL',
    ]);
    assert.equal(t.options['value.format'], 'proto-registry');
    const source = getConnector(t.options.connector)!.createSource!({
      ...toTableContext(path, t, { metadataColumns: [] }),
      options: { ...t.options, 'scan.startup.mode': 'earliest-offset', 'scan.bounded.mode': 'latest-offset' },
    });
    const read = await readAll(source);
    assert.deepEqual(read.rows.map((r) => r.slice(0, 8)), [
      [1, 'pen', null, ['a', 'b'], new Map([['qty', 2]]), Date.parse('2024-05-01T10:00:00.250Z'), ['Oslo'], 'SHIPPED'],
      [2, '', 'gift', [], new Map(), null, null, 'NEW'],
    ]);
    assert.equal(read.errors.length, 0, JSON.stringify(read.errors));
  });

  test('an unreachable cluster is unavailable with a reason that holds no password', async () => {
    const secret = 'very-s3cret-password';
    const p = new KafkaCatalogProvider(
      { catalog: 'down', clusters: [{ name: 'gone', connection: { name: 'gone', brokers: ['127.0.0.1:1'], sasl: { mechanism: 'plain', username: 'u', password: secret }, registry: { url: 'http://u:' + secret + '@127.0.0.1:1' } } }] },
      { timeoutMs: 4000 },
    );
    try {
      await p.refresh();
      const db = p.snapshot().catalogs.get('down')!.databases.get('gone')!;
      assert.equal(db.status.state, 'unavailable');
      const reason = db.status.state === 'unavailable' ? db.status.reason : '';
      assert.ok(reason.length > 0);
      assert.ok(!reason.includes(secret), reason);
    } finally {
      p.dispose();
    }
  });
});
