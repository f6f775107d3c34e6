import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { allConnectors, getConnector, optionsFor, CONNECTOR_OPTION } from '../../../engine/connectors/registry';
import { allFormats } from '../../../engine/formats/registry';

describe('connector registry', () => {
  test('every built-in connector by identifier', () => {
    assert.deepEqual(allConnectors().map((c) => c.identifier).sort(), ['blackhole', 'datagen', 'examples', 'faker', 'filesystem', 'kafka', 'local', 'print', 'upsert-kafka']);
    assert.equal(getConnector('DataGen')?.identifier, 'datagen');
    assert.equal(getConnector('Kafka')?.identifier, 'kafka');
    assert.ok(CONNECTOR_OPTION.values!.includes('filesystem'));
  });

  test("datagen's option table uses Flink's option names", () => {
    const keys = getConnector('datagen')!.options.map((o) => o.key);
    for (const k of ['rows-per-second', 'number-of-rows', 'scan.parallelism', 'fields.#.kind', 'fields.#.min', 'fields.#.max', 'fields.#.max-past', 'fields.#.length', 'fields.#.var-len', 'fields.#.start', 'fields.#.end', 'fields.#.null-rate']) {
      assert.ok(keys.includes(k), k);
    }
  });

  test('every option and format option has a one-line description; sources and sinks as expected', () => {
    for (const c of allConnectors()) {
      for (const o of c.options) assert.ok(o.description.length > 10 && !o.description.includes('\n'), `${c.identifier}.${o.key}`);
    }
    for (const f of allFormats()) for (const o of f.options) assert.ok(o.description.length > 10, `${f.identifier}.${o.key}`);
    const sources = allConnectors().filter((c) => c.createSource).map((c) => c.identifier).sort();
    const sinks = allConnectors().filter((c) => c.createSink).map((c) => c.identifier).sort();
    assert.deepEqual(sources, ['datagen', 'examples', 'faker', 'filesystem', 'kafka', 'local', 'upsert-kafka']);
    assert.deepEqual(sinks, ['blackhole', 'filesystem', 'kafka', 'local', 'print', 'upsert-kafka']);
  });

  test("optionsFor adds the chosen format's options under their prefix", () => {
    const fs = getConnector('filesystem')!;
    const keys = optionsFor(fs, { format: 'csv' }).map((o) => o.key);
    assert.ok(keys.includes('csv.field-delimiter') && keys.includes('csv.ignore-parse-errors'));
    assert.ok(!keys.includes('json.fail-on-missing-field'));
    const all = optionsFor(fs).map((o) => o.key);
    assert.ok(all.includes('json.timestamp-format.standard') && all.includes('csv.null-literal'));
    const local = optionsFor(getConnector('local')!, { 'value.format': 'json' }).map((o) => o.key);
    assert.ok(local.includes('value.json.ignore-parse-errors'));
    assert.ok(!local.includes('csv.field-delimiter'), 'format and value.format are one choice');
    const viaFormat = optionsFor(getConnector('local')!, { format: 'csv' }).map((o) => o.key);
    assert.ok(viaFormat.includes('csv.field-delimiter') && !viaFormat.some((k) => k.startsWith('value.json.')));
  });
});

describe('option matching', () => {
  test('# stands for a column name, nested paths included', async () => {
    const { matchOption } = await import('../../../engine/connectors/registry');
    const specs = getConnector('datagen')!.options;
    assert.equal(matchOption(specs, 'rows-per-second')?.key, 'rows-per-second');
    assert.equal(matchOption(specs, 'fields.user_id.kind')?.key, 'fields.#.kind');
    assert.equal(matchOption(specs, 'fields.addr.zip.min')?.key, 'fields.#.min');
    assert.equal(matchOption(specs, 'fields..kind'), undefined);
    assert.equal(matchOption(specs, 'fields.x.colour'), undefined);
  });
});
