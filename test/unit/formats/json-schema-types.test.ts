import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fromJsonSchema } from '../../../engine/formats/json-registry/json-schema-types';
import { printType } from '../../../engine/types/print';

describe('JSON Schema to Flink types', () => {
  test('objects, required vs optional, formats, connect types, nullable unions, $ref, maps, arrays', () => {
    const t = fromJsonSchema({
      type: 'object',
      definitions: { Address: { type: 'object', properties: { city: { type: 'string' }, zip: { type: ['null', 'integer'], 'connect.type': 'int32' } }, required: ['city'] } },
      properties: {
        id: { type: 'integer' },
        small: { type: 'integer', 'connect.type': 'int16' },
        price: { type: 'number' },
        ratio: { type: 'number', 'connect.type': 'float32' },
        ok: { type: 'boolean' },
        name: { type: 'string' },
        born: { type: 'string', format: 'date' },
        at: { type: 'string', format: 'date-time' },
        tier: { enum: ['GOLD', 'SILVER'] },
        tags: { type: 'array', items: { type: 'string' } },
        attrs: { type: 'object', additionalProperties: { type: 'number' } },
        home: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/Address' }] },
      },
      required: ['id', 'small', 'price', 'ratio', 'ok', 'born', 'at', 'tier', 'tags', 'attrs'],
    });
    assert.equal(
      printType(t),
      'ROW<`id` BIGINT NOT NULL, `small` SMALLINT NOT NULL, `price` DOUBLE NOT NULL, `ratio` FLOAT NOT NULL, `ok` BOOLEAN NOT NULL, `name` STRING, `born` DATE NOT NULL, ' +
        '`at` TIMESTAMP_LTZ(3) NOT NULL, `tier` STRING NOT NULL, `tags` ARRAY<STRING NOT NULL> NOT NULL, `attrs` MAP<STRING NOT NULL, DOUBLE NOT NULL> NOT NULL, ' +
        '`home` ROW<`city` STRING NOT NULL, `zip` INT>> NOT NULL',
    );
  });

  test('what has no Flink type is an error naming the path', () => {
    assert.throws(() => fromJsonSchema({ type: 'object', properties: { x: { oneOf: [{ type: 'string' }, { type: 'integer' }] } } }), /\$\.x: oneOf\/anyOf of 2 non-null schemas/);
    assert.throws(() => fromJsonSchema({ type: 'object', properties: { x: { $ref: '#/definitions/Nope' } } }), /does not name a local definition/);
    assert.throws(() => fromJsonSchema({ type: 'object', definitions: { N: { type: 'object', properties: { next: { $ref: '#/definitions/N' } } } }, properties: { n: { $ref: '#/definitions/N' } } }), /recursive \$ref/);
    assert.throws(() => fromJsonSchema({ type: 'object', properties: { x: { type: 'array' } } }), /\$\.x: an array needs 'items'/);
  });
});
