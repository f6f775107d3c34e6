import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as avro from 'avsc';
import { frame, framingProblem, schemaIdOf } from '../../../engine/formats/avro-confluent/wire-format';
import { confluentSchemaFor } from '../../../engine/formats/avro-confluent/avro-confluent-format';
import { T } from '../../../engine/types/logical-type';
import { topicTable } from '../../../engine/catalog/providers/kafka-schema-columns';
import { parseSpecificOffsets } from '../../../engine/connectors/kafka/offsets-spec';

describe('Confluent wire format and Kafka table mapping (pure parts)', () => {
  test('frame / schemaIdOf round trip; framing problems named', () => {
    const f = frame(0x01020304, Buffer.from([9, 8]));
    assert.deepEqual([...f], [0, 1, 2, 3, 4, 9, 8]);
    assert.equal(schemaIdOf(f), 0x01020304);
    assert.equal(schemaIdOf(Buffer.from([1, 0, 0, 0, 1])), undefined);
    assert.equal(schemaIdOf(Buffer.from([0, 0])), undefined);
    assert.match(framingProblem(Buffer.from([7, 0, 0, 0, 1])), /magic byte 7/);
    assert.match(framingProblem(Buffer.from([0])), /too short/);
  });

  test('registered schemas: record `record` in org.apache.flink.avro.generated, nullable as unions with null', () => {
    const s = confluentSchemaFor([
      { name: 'id', type: T.bigint(false) },
      { name: 'name', type: T.string() },
    ]);
    assert.deepEqual(s, { type: 'record', name: 'record', namespace: 'org.apache.flink.avro.generated', fields: [{ name: 'id', type: 'long' }, { name: 'name', type: ['null', 'string'], default: null }] });
    assert.ok(avro.Type.forSchema(s as avro.Schema));
  });

  test('a topic without subjects: raw key/val BYTES, $rowtime and metadata columns', () => {
    const t = topicTable({ cluster: 'c', topic: 't', partitions: 2, compacted: false, baseOptions: { 'properties.bootstrap.servers': 'b:1' } });
    assert.deepEqual(t.columns.map((c) => c.name), ['key', 'val', '$rowtime', '$partition', '$offset', '$headers']);
    assert.equal(t.options['key.format'], 'raw');
    assert.equal(t.options.connector, 'kafka');
    assert.equal(t.watermark?.expression, 'SOURCE_WATERMARK()');
    // The source's watermark: the highest timestamp per partition less a fixed bound, so it runs without a SOURCE_WATERMARK row function.
    assert.equal(t.watermark?.delayMs, 50);
    const rowtime = t.columns.find((c) => c.name === '$rowtime');
    assert.ok(rowtime?.kind === 'metadata' && rowtime.virtual, 'INSERTs leave $rowtime out');
  });

  test('key schema on a non-compacted topic: key fields, no primary key, append-only', () => {
    const t = topicTable({
      cluster: 'c',
      topic: 'orders',
      partitions: 6,
      compacted: false,
      keySchema: JSON.stringify({ type: 'record', name: 'K', fields: [{ name: 'id', type: 'long' }] }),
      valueSchema: JSON.stringify({ type: 'record', name: 'V', fields: [{ name: 'id', type: 'long' }, { name: 'qty', type: 'int' }] }),
      baseOptions: { 'properties.bootstrap.servers': 'b:1', 'value.avro-confluent.url': 'http://sr' },
    });
    assert.equal(t.primaryKey, undefined);
    assert.equal(t.changelog, 'append-only');
    assert.equal(t.options['key.fields'], 'id');
    assert.equal(t.options['value.fields-include'], undefined);
  });

  test('specific offsets syntax', () => {
    assert.deepEqual([...parseSpecificOffsets('t', 'k', 'partition:0,offset:42;partition:1,offset:300')], [[0, 42], [1, 300]]);
    assert.throws(() => parseSpecificOffsets('t', 'k', 'p0=42'), /partition:0,offset:42/);
  });
});
