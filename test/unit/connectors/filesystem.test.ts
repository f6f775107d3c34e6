import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesystemConnector } from '../../../engine/connectors/filesystem/filesystem-connector';
import { RowKind } from '../../../engine/runtime/changelog';
import { T } from '../../../engine/types/logical-type';
import { drain, table } from './source-helpers';

const cols = [{ name: 'id', type: T.int() }, { name: 'name', type: T.string() }, { name: 'ts', type: T.timestamp(3) }];
const tmp = () => mkdtempSync(join(tmpdir(), 'tideline-fs-'));

describe('filesystem connector', () => {
  test('reads a folder of CSV files in name order, skipping hidden files; one split per file', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.csv'), '2,"b, two",2024-01-01 00:00:02\n');
    writeFileSync(join(dir, 'a.csv'), '1,one,2024-01-01 00:00:01\r\n');
    writeFileSync(join(dir, 'sub', 'c.csv'), '3,three,2024-01-01 00:00:03');
    writeFileSync(join(dir, '.hidden.csv'), 'garbage');
    writeFileSync(join(dir, '_SUCCESS'), '');
    const src = filesystemConnector.createSource!(table(cols, { path: dir, format: 'csv' }));
    assert.equal(src.bounded, true);
    assert.equal((await src.splits()).length, 3);
    const { rows } = await drain(src);
    assert.deepEqual(rows, [
      [1, 'one', Date.UTC(2024, 0, 1, 0, 0, 1)],
      [2, 'b, two', Date.UTC(2024, 0, 1, 0, 0, 2)],
      [3, 'three', Date.UTC(2024, 0, 1, 0, 0, 3)],
    ]);
  });

  test('a malformed row fails the read with file:line, or is skipped and reported with ignore-parse-errors', async () => {
    const dir = tmp();
    const file = join(dir, 'data.json');
    writeFileSync(file, '{"id":1,"name":"a"}\n\n{"id":"oops"}\n{"id":3,"name":"c","ts":"2024-01-01 00:00:00"}\n{"id":4,\n');
    const strict = filesystemConnector.createSource!(table(cols, { path: file, format: 'json' }));
    await assert.rejects(drain(strict), new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3: column|${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3: cannot read 'oops' as INTEGER`));
    const lenient = filesystemConnector.createSource!(table(cols, { path: file, format: 'json', 'json.ignore-parse-errors': 'true' }));
    const { rows, errors } = await drain(lenient);
    // as in Flink: the bad field is NULL and the row stays; the record that is not JSON is skipped
    assert.deepEqual(rows.map((r) => r[0]), [1, null, 3]);
    assert.deepEqual(errors.map((e) => e.location), [`${file}:3`, `${file}:5`]);
    assert.match(errors[0].message, /column 'id' set to NULL: cannot read 'oops' as INTEGER/);
    assert.match(errors[1].message, /malformed JSON/);
  });

  test('the sink writes part files that the source reads back (csv and json)', async () => {
    for (const format of ['csv', 'json']) {
      const dir = tmp();
      const ctx = table(cols, { path: dir, format, 'sink.part-file.suffix': `.${format}` });
      const sink = filesystemConnector.createSink!(ctx);
      const rows = [[1, 'x,y', 0], [2, null, Date.UTC(2024, 5, 1, 12, 0, 0, 250)]];
      await sink.write(rows);
      assert.deepEqual(readdirSync(dir).filter((f) => !f.startsWith('.')), [], 'nothing visible before a flush');
      await sink.flush();
      await sink.write([[3, 'z', 5]]);
      await sink.close();
      const files = readdirSync(dir).sort();
      assert.equal(files.length, 2);
      assert.ok(files.every((f) => f.startsWith('part-') && f.endsWith(`.${format}`)));
      const { rows: back } = await drain(filesystemConnector.createSource!(table(cols, { path: dir, format })));
      // CSV cannot tell a NULL string from an empty one (without csv.null-literal), as in Flink
      const expected = [[1, 'x,y', 0], [2, format === 'csv' ? '' : null, rows[1][2]], [3, 'z', 5]];
      assert.deepEqual(back.sort((a, b) => (a[0] as number) - (b[0] as number)), expected);
      if (format === 'csv') assert.match(readFileSync(join(dir, files.find((f) => readFileSync(join(dir, f), 'utf8').includes('x,y'))!), 'utf8'), /^1,"x,y",1970-01-01 00:00:00\n2,,2024-06-01 12:00:00.25\n$/);
    }
  });

  test('part files roll at sink.rolling-policy.file-size', async () => {
    const dir = tmp();
    const sink = filesystemConnector.createSink!(table(cols, { path: dir, format: 'csv', 'sink.rolling-policy.file-size': '64 b' }));
    for (let i = 0; i < 10; i++) await sink.write([[i, 'some text to fill the part', 0]]);
    await sink.close();
    const files = readdirSync(dir).filter((f) => f.startsWith('part-'));
    assert.ok(files.length >= 4, `rolled into ${files.length} files`);
    const { rows } = await drain(filesystemConnector.createSource!(table(cols, { path: dir, format: 'csv' })));
    assert.deepEqual(rows.map((r) => r[0]).sort((a, b) => (a as number) - (b as number)), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.throws(() => filesystemConnector.createSink!(table(cols, { path: dir, format: 'csv', 'sink.rolling-policy.file-size': 'big' })), /memory size/);
  });

  test('debezium-json files read as a changelog', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'cdc.json'), [
      '{"before":null,"after":{"id":1,"name":"a"},"op":"c"}',
      '{"before":{"id":1,"name":"a"},"after":{"id":1,"name":"b"},"op":"u"}',
      '{"before":{"id":1,"name":"b"},"after":null,"op":"d"}',
    ].join('\n'));
    const src = filesystemConnector.createSource!(table(cols.slice(0, 2), { path: dir, format: 'debezium-json' }));
    assert.equal(src.changelogMode, 'all');
    const { rows, kinds } = await drain(src);
    assert.deepEqual(kinds, [RowKind.Insert, RowKind.UpdateBefore, RowKind.UpdateAfter, RowKind.Delete]);
    assert.deepEqual(rows[2], [1, 'b']);
  });

  test('metadata columns file.path, file.name, file.size follow the physical columns', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.csv'), '1,a,2024-01-01 00:00:00\n');
    const src = filesystemConnector.createSource!(
      table(cols, { path: dir, format: 'csv' }, { metadata: [{ key: 'file.name', type: T.string() }, { key: 'file.size', type: T.bigint() }, { key: 'file.path', type: T.string() }] }),
    );
    const { rows } = await drain(src);
    assert.deepEqual(rows, [[1, 'a', Date.UTC(2024, 0, 1), 'x.csv', 24, join(dir, 'x.csv')]]);
  });

  test('files are read in chunks: records, UTF-8 characters and quoted line breaks split across chunks stay whole', async () => {
    const { FileRecords } = await import('../../../engine/connectors/filesystem/file-records');
    const { getFormat } = await import('../../../engine/formats/registry');
    const { Options } = await import('../../../engine/connectors/options');
    const dir = tmp();
    const file = join(dir, 'big.csv');
    const lines: string[] = [];
    for (let i = 0; i < 200; i++) lines.push(i % 7 === 0 ? `${i},"naïve ☕ ""q""\nsecond line",x` : `${i},héllo wörld ${i},y`);
    const text = lines.join('\r\n') + '\n\n';
    writeFileSync(file, text);
    const csv = getFormat('csv')!;
    const o = new Options('t', {});
    const whole = [...csv.records!(text, o)];
    for (const chunk of [1, 7, 64, 1 << 20]) {
      const it = new FileRecords(file, csv, o, chunk);
      const got: { text: string; line: number }[] = [];
      for (let r = it.next(); !r.done; r = it.next()) got.push(r.value);
      assert.deepEqual(got, whole, `chunk size ${chunk}`);
    }
    assert.equal(whole.length, 200);
    assert.equal(whole[1].line, 3, 'line numbers count the quoted line break of record 0');
  });

  test('a leading byte-order mark is dropped, whatever the chunk size; a 4-byte character split at every byte stays whole', async () => {
    const { FileRecords } = await import('../../../engine/connectors/filesystem/file-records');
    const { getFormat } = await import('../../../engine/formats/registry');
    const { Options } = await import('../../../engine/connectors/options');
    const file = join(tmp(), 'bom.csv');
    writeFileSync(file, '\uFEFF1,😀,a\n2,b😀,c\n');
    for (const chunk of [1, 2, 3, 5, 1 << 20]) {
      const it = new FileRecords(file, getFormat('csv')!, new Options('t', {}), chunk);
      const got: string[] = [];
      for (let r = it.next(); !r.done; r = it.next()) got.push(r.value.text);
      assert.deepEqual(got, ['1,😀,a', '2,b😀,c'], `chunk size ${chunk}`);
    }
  });

  test('source.monitor-interval: an unbounded source that picks up new files, resumable from its position', async () => {
    const { FilesystemSource } = await import('../../../engine/connectors/filesystem/filesystem-source');
    const dir = tmp();
    writeFileSync(join(dir, '1.csv'), '1,a,2024-01-01 00:00:00\n2,b,2024-01-01 00:00:00\n');
    let now = 1000;
    const src = new FilesystemSource(table(cols, { path: dir, format: 'csv', 'source.monitor-interval': '10 s' }), () => now);
    assert.equal(src.bounded, false);
    const [split] = src.splits();
    const reader = src.open(split);
    assert.deepEqual((await reader.poll(100)).rows.map((r) => r[0]), [1, 2]);
    const idle = await reader.poll(100);
    assert.equal(idle.idle, true);
    writeFileSync(join(dir, '2.csv'), '3,c,2024-01-01 00:00:00\n4,d,2024-01-01 00:00:00\n');
    assert.equal((await reader.poll(100)).rows.length, 0, 'not listed again before the interval');
    now += 10_000;
    assert.deepEqual((await reader.poll(1)).rows.map((r) => r[0]), [3]);
    const pos = reader.position();
    const resumed = src.open(split, pos);
    assert.deepEqual((await resumed.poll(100)).rows.map((r) => r[0]), [4]);
    now += 10_000;
    assert.equal((await resumed.poll(100)).idle, true, 'no file is read twice');
  });

  test('a missing path and a binary format are clear errors', () => {
    assert.throws(() => filesystemConnector.createSource!(table(cols, { path: '/nonexistent/x', format: 'csv' })).splits(), /does not exist/);
    assert.throws(() => filesystemConnector.createSource!(table(cols, { path: tmp(), format: 'avro' })), /text formats/);
    assert.throws(() => filesystemConnector.createSource!(table(cols, { path: tmp(), format: 'cvs' })), /'format' = 'cvs' is invalid/);
  });
});
