/** EXPLAIN of an INSERT says what its target guarantees across restarts (tideline explain, a real process). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../../dist/cli.js');

describe('EXPLAIN: delivery guarantee of INSERT targets', () => {
  test('local topics and exactly-once Kafka are exactly-once; other Kafka and print say at-least-once and how to change it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-delivery-'));
    const kafka = (name: string, extra: string) =>
      `CREATE TEMPORARY TABLE ${name} (id BIGINT) WITH ('connector' = 'kafka', 'topic' = '${name}', 'properties.bootstrap.servers' = '127.0.0.1:9', 'format' = 'json'${extra});`;
    writeFileSync(
      join(dir, 'explain.sql'),
      `CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '5');
CREATE TABLE IF NOT EXISTS copy (id BIGINT);
${kafka('k_eo', ", 'sink.delivery-guarantee' = 'exactly-once', 'sink.transactional-id-prefix' = 'tx'")}
${kafka('k_alo', '')}
CREATE TEMPORARY TABLE shown (id BIGINT) WITH ('connector' = 'print');
EXPLAIN STATEMENT SET BEGIN
INSERT INTO copy SELECT id FROM src;
INSERT INTO k_eo SELECT id FROM src;
INSERT INTO k_alo SELECT id FROM src;
INSERT INTO shown SELECT id FROM src;
END;
`,
    );
    const r = spawnSync(process.execPath, [CLI, 'run', '--state-dir', join(dir, 'state'), 'explain.sql'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    const delivery = [...r.stdout.matchAll(/== Delivery ==\n(.*)\n/g)].map((m) => m[1]);
    assert.deepEqual(delivery, [
      'copy: exactly-once (rows become visible when the checkpoint covering them is written)',
      'k_eo: exactly-once (one Kafka transaction per checkpoint, committed once the checkpoint is written (read it with isolation.level read_committed))',
      "k_alo: at-least-once (after a restart, records written since the last checkpoint are written again (set 'sink.delivery-guarantee' = 'exactly-once' and 'sink.transactional-id-prefix' for exactly-once))",
      "shown: at-least-once (connector 'print' has no transactions: after a restart, rows written since the last checkpoint are written again)",
    ]);
  });
});
