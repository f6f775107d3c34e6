import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { T } from '../../../engine/types/logical-type';
import { csvCompleteUpTo, csvFields, csvRecords } from '../../../engine/formats/csv/csv-text';
import { RecordDecodeError } from '../../../engine/formats/format';
import { Options } from '../../../engine/connectors/options';
import { codec } from './format-helpers';
import { getFormat } from '../../../engine/formats/registry';

const cols = [
  { name: 'id', type: T.int() },
  { name: 'name', type: T.string() },
  { name: 'price', type: T.decimal(10, 2) },
  { name: 'ts', type: T.timestamp(3) },
  { name: 'ok', type: T.boolean() },
];

describe('csv text (RFC 4180)', () => {
  test('quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'a,"b,c","say ""hi"""\r\n1,"two\nlines",3\n\n4,5,6';
    const recs = [...csvRecords(text, { delimiter: ',', quote: '"' })];
    assert.deepEqual(recs.map((r) => r.line), [1, 2, 5]);
    assert.deepEqual(csvFields(recs[0].text, { delimiter: ',', quote: '"' }).fields, ['a', 'b,c', 'say "hi"']);
    assert.deepEqual(csvFields(recs[1].text, { delimiter: ',', quote: '"' }).fields, ['1', 'two\nlines', '3']);
    assert.deepEqual(csvFields('x,,', { delimiter: ',', quote: '"' }).fields, ['x', '', '']);
    assert.throws(() => csvFields('"open', { delimiter: ',', quote: '"' }), RecordDecodeError);
  });
});

describe('csv text without quotes (split by lines)', () => {
  test('the same records, line numbers and complete-up-to as the quote-aware scan', () => {
    const dialect = { delimiter: ',', quote: '"' };
    const plain = 'a,1\r\n\nb,2\n  \nc,3\r\nd,4';
    // A quoted record after it makes the same lines go through the quote-aware scan.
    const scanned = [...csvRecords(`${plain}\n"e",5\n`, dialect)];
    assert.deepEqual(scanned.at(-1), { text: '"e",5', line: 7 });
    assert.deepEqual([...csvRecords(plain, dialect)], scanned.slice(0, -1));
    assert.deepEqual([...csvRecords(plain, dialect)].map((r) => r.text), ['a,1', 'b,2', 'c,3', 'd,4']);
    assert.equal(csvCompleteUpTo(plain, dialect), plain.lastIndexOf('\n') + 1);
    assert.equal(csvCompleteUpTo('no break', dialect), 0);
    assert.equal(csvCompleteUpTo('x,"open\nquote', dialect), 0);
    assert.deepEqual([...csvRecords('a|1\nb|2\n', { delimiter: '|' })], [{ text: 'a|1', line: 1 }, { text: 'b|2', line: 2 }]);
  });
});

describe('csv format', () => {
  test('only the columns read are converted (projection push-down); the others are NULL, even when they would not convert', () => {
    const f = getFormat('csv')!;
    const de = f.createDeserializer(cols, new Options('t', {}), [0, 3]);
    const rows: unknown[] = [];
    de.decode('1,x,not a decimal,2024-01-02 03:04:05,maybe', rows as never, []);
    de.decode('2,"quoted, name",oops,2024-01-02 03:04:06,true', rows as never, []);
    assert.deepEqual(rows, [
      [1, null, null, Date.UTC(2024, 0, 2, 3, 4, 5), null],
      [2, null, null, Date.UTC(2024, 0, 2, 3, 4, 6), null],
    ]);
    assert.throws(() => de.decode('x,a,1,2024-01-01 00:00:00,true', [], []), /column 'id'/, 'a column read still fails');
  });

  test('a record without quotes decodes as the same record with every field quoted (the plain path agrees with the general one)', () => {
    const c = codec('csv', [...cols, { name: 'n', type: T.bigint() }]);
    const records = ['1,a,2.5,2024-01-01 00:00:00.123,true,-9007199254740991', ',,,,,', '3,,0,2024-02-29 23:59:59,false,42', '-4,  padded  ,1e2,2024-01-01 00:00:00,TRUE, 7 '];
    for (const r of records) {
      // (an empty field stays unquoted: quoted, it is the empty string, not NULL)
      const quoted = r.split(',').map((x) => (x === '' ? x : `"${x}"`)).join(',');
      assert.deepEqual(c.decode(r).rows, c.decode(quoted).rows, r);
    }
    for (const bad of ['1,a,2.5', '1,a,2.5,2024-01-01 00:00:00,true,1,extra', 'x,a,2.5,2024-01-01 00:00:00,true,1']) {
      assert.throws(() => c.decode(bad), RecordDecodeError, bad);
    }
  });

  test('decodes typed columns; empty non-string fields are NULL', () => {
    const c = codec('csv', cols);
    assert.deepEqual(c.decode('1,"Smith, J",12.345,2024-01-02 03:04:05.5,true').rows, [[1, 'Smith, J', 12.35, Date.UTC(2024, 0, 2, 3, 4, 5, 500), true]]);
    assert.deepEqual(c.decode(',,,,').rows, [[null, '', null, null, null]]);
    // as Flink: Boolean.parseBoolean, and a decimal beyond DECIMAL(10, 2) is NULL
    assert.deepEqual(c.decode('1,x,123456789.5,2024-01-01 00:00:00,yes').rows, [[1, 'x', null, Date.UTC(2024, 0, 1), false]]);
  });

  test('encodes with quoting where needed and reads its own output back', () => {
    const c = codec('csv', cols);
    const row = [7, 'a "quoted", value', 3.5, Date.UTC(2024, 0, 2, 3, 4, 5), false];
    const text = c.encode(row) as string;
    assert.equal(text, '7,"a ""quoted"", value",3.50,2024-01-02 03:04:05,false');
    assert.deepEqual(c.decode(text).rows, [row]);
    assert.equal(c.encode([null, null, null, null, null]), ',,,,');
  });

  test("Flink's options: field-delimiter, null-literal, allow-comments, quote-character, arrays", () => {
    const c = codec('csv', [{ name: 'a', type: T.string() }, { name: 'b', type: T.array(T.int()) }], {
      'field-delimiter': '|', 'null-literal': 'NULL', 'allow-comments': 'true', 'quote-character': "'",
    });
    assert.deepEqual(c.decode("'x|y'|1;2;3").rows, [['x|y', [1, 2, 3]]]);
    assert.deepEqual(c.decode('NULL|NULL').rows, [[null, null]]);
    assert.deepEqual(c.decode('# a comment').rows, []);
    assert.equal(c.encode([null, [4, 5]]), 'NULL|4;5');
    const tab = codec('csv', [{ name: 'a', type: T.int() }, { name: 'b', type: T.int() }], { 'field-delimiter': '\\t' });
    assert.deepEqual(tab.decode('1\t2').rows, [[1, 2]]);
  });

  test('malformed rows throw RecordDecodeError naming the column', () => {
    const c = codec('csv', cols);
    assert.throws(() => c.decode('x,a,1,2024-01-01 00:00:00,true'), /column 'id': cannot read 'x' as INTEGER/);
    assert.throws(() => c.decode('1,a,1'), /expected 5 fields, found 3/);
    assert.throws(() => c.decode('1,a,1,2024-13-01 00:00:00,true'), /column 'ts'/);
    assert.throws(() => c.decode('1,a,1,2024-01-01 00:00:00,true,extra'), /expected 5 fields, found 6/);
  });

  test("ignore-parse-errors: bad fields become NULL and short rows are padded, as in Flink", () => {
    const de = getFormat('csv')!.createDeserializer(cols, new Options('t', { 'ignore-parse-errors': 'true' }));
    const rows: unknown[][] = [];
    const problems: string[] = [];
    de.decode('x,a,1.5,2024-01-01 00:00:00,true', rows as never, [], problems);
    de.decode('2,b', rows as never, [], problems);
    assert.deepEqual(rows, [[null, 'a', 1.5, Date.UTC(2024, 0, 1), true], [2, 'b', null, null, null]]);
    assert.equal(problems.length, 2);
    assert.match(problems[0], /column 'id': cannot read 'x' as INTEGER; set to NULL/);
    assert.throws(() => de.decode('1,a,1,2024-01-01 00:00:00,true,extra', [], []), /expected 5 fields, found 6/);
  });

  test('escape-character and disabled quoting', () => {
    const esc = codec('csv', [{ name: 'a', type: T.string() }, { name: 'b', type: T.string() }], { 'escape-character': '\\', 'disable-quote-character': 'true' });
    assert.deepEqual(esc.decode('x\\,y,"z"').rows, [['x,y', '"z"']]);
  });

  test('records() splits a file honouring the quote-character option', () => {
    const c = codec('csv', cols);
    const recs = [...c.factory.records!("1,'a\nb'\n2,c", new Options('t', { 'quote-character': "'" }))];
    assert.equal(recs.length, 2);
  });
});
