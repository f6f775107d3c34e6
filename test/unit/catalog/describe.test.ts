import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { describeColumns, describeProvenance, hoverMarkdown, showCreate } from '../../../engine/catalog/describe';
import { EXAMPLES_TABLES } from '../../../engine/catalog/providers/examples';
import { computed, metadata, physical, table, view } from '../../../engine/catalog/build';
import { T } from '../../../engine/types/logical-type';
import { range } from '../../../engine/diagnostic';
import { unavailable } from '../../../engine/catalog/status';

const customers = EXAMPLES_TABLES['marketplace'].find((t) => t.name === 'customers')!;
const path = { catalog: 'examples', database: 'marketplace', name: 'customers' };

describe('describing catalog objects', () => {
  test('SHOW CREATE TABLE prints DDL that declares the same table', () => {
    assert.equal(
      showCreate(path, customers),
      [
        'CREATE TABLE `examples`.`marketplace`.`customers` (',
        "  `customer_id` BIGINT NOT NULL COMMENT 'Unique id of the customer.',",
        "  `name` STRING COMMENT 'Full name.',",
        "  `email` STRING COMMENT 'Email address.',",
        "  `address` STRING COMMENT 'Street address.',",
        "  `state` STRING COMMENT 'US state code.',",
        "  `updated_at` TIMESTAMP(3) NOT NULL COMMENT 'When this version of the profile was written (event time).',",
        "  WATERMARK FOR `updated_at` AS updated_at - INTERVAL '5' SECOND,",
        '  PRIMARY KEY (`customer_id`) NOT ENFORCED',
        ')',
        `COMMENT '${customers.comment!.replace(/'/g, "''")}'`,
        'WITH (',
        "  'connector' = 'examples',",
        "  'table' = 'marketplace.customers'",
        ')',
        '',
      ].join('\n'),
    );
  });

  test('SHOW CREATE covers computed and metadata columns, distribution, partitions, views', () => {
    const t = table({
      name: 'k',
      columns: [
        physical('id', T.bigint(false)),
        computed('id2', T.bigint(false), 'id * 2'),
        metadata('off', T.bigint(false), { key: 'offset', virtual: true }),
        metadata('ts', T.timestampLtz(3)),
      ],
      primaryKey: { name: 'pk_id', columns: ['id'] },
      distribution: { kind: 'hash', columns: ['id'], buckets: 4 },
      partitionKeys: ['id'],
      options: { connector: 'kafka', "it's": 'x' },
      provenance: { kind: 'memory' },
    });
    const ddl = showCreate({ catalog: 'c', database: 'd', name: 'k' }, t);
    assert.match(ddl, /`id2` AS id \* 2,/);
    assert.match(ddl, /`off` BIGINT NOT NULL METADATA FROM 'offset' VIRTUAL,/);
    assert.match(ddl, /`ts` TIMESTAMP\(3\) WITH LOCAL TIME ZONE METADATA,/);
    assert.match(ddl, /CONSTRAINT `pk_id` PRIMARY KEY \(`id`\) NOT ENFORCED\n\)/);
    assert.match(ddl, /\nDISTRIBUTED BY HASH\(`id`\) INTO 4 BUCKETS\nPARTITIONED BY \(`id`\)\n/);
    assert.match(ddl, /'it''s' = 'x'/);
    const v = view({ name: 'v', columns: [physical('id', T.bigint())], query: 'SELECT id FROM k', comment: 'c', provenance: { kind: 'memory' } });
    assert.equal(showCreate({ catalog: 'c', database: 'd', name: 'v' }, v), "CREATE VIEW `c`.`d`.`v` (`id`)\nCOMMENT 'c' AS\nSELECT id FROM k\n");
  });

  test('DESCRIBE rows as Flink prints them', () => {
    const rows = describeColumns(customers);
    assert.deepEqual(rows[0], { name: 'customer_id', type: 'BIGINT', null: false, key: 'PRI(customer_id)', extras: null, watermark: null });
    assert.deepEqual(rows[1], { name: 'name', type: 'STRING', null: true, key: null, extras: null, watermark: null });
    assert.deepEqual(rows[5], {
      name: 'updated_at',
      type: 'TIMESTAMP(3) *ROWTIME*',
      null: false,
      key: null,
      extras: null,
      watermark: "updated_at - INTERVAL '5' SECOND",
    });
    const k = table({
      name: 'k',
      columns: [computed('c', T.int(), 'a + 1'), metadata('m', T.int(), { key: 'partition', virtual: true })],
      provenance: { kind: 'memory' },
    });
    assert.deepEqual(
      describeColumns(k).map((r) => r.extras),
      ['AS a + 1', "METADATA FROM 'partition' VIRTUAL"],
    );
  });

  test('provenance in words', () => {
    assert.equal(describeProvenance({ kind: 'workspace', uri: 'file:///w/a.sql', range: range(4, 0, 9, 1) }), 'declared in file:///w/a.sql at line 5, not yet created');
    assert.equal(describeProvenance({ kind: 'kafka', cluster: 'prod', topic: 'orders' }), "Kafka topic 'orders' on cluster 'prod'");
    assert.equal(describeProvenance({ kind: 'local', stateDir: '/s', file: '/s/catalog/local/default/t.json' }), 'local store (/s/catalog/local/default/t.json)');
  });

  test('hover: schema, watermark, key, changelog, source, and a stale warning', () => {
    const md = hoverMarkdown(path, customers);
    assert.ok(md.startsWith(`**table** \`examples.marketplace.customers\`\n\n${customers.comment}\n`));
    assert.match(md, /\| `customer_id` \| `BIGINT NOT NULL` \| key \|/);
    assert.match(md, /\| `updated_at` \| `TIMESTAMP\(3\) NOT NULL \*ROWTIME\*` \| watermark updated_at - INTERVAL '5' SECOND \|/);
    assert.match(md, /Watermark: `updated_at` AS `updated_at - INTERVAL '5' SECOND` \(5 s out of order\)/);
    assert.match(md, /Primary key: `customer_id`/);
    assert.match(md, /Changelog: upsert/);
    assert.match(md, /Source: built-in example stream/);
    assert.ok(!md.includes('⚠'));
    assert.match(hoverMarkdown(path, customers, unavailable('connection refused')), /⚠ unavailable: connection refused$/);
  });
});
