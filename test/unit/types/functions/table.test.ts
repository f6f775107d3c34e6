import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allFunctionNames, allFunctions, lookupFunction } from '../../../../engine/types/functions/registry';
import { signatureLabels } from '../../../../engine/types/functions/label';
import { parseSignature } from '../../../../engine/types/functions/signature-text';

describe('the built-in function table', () => {
  const all = allFunctions();

  test('covers the Flink documentation (about 250 entries)', () => assert.ok(all.length >= 240, `only ${all.length}`));

  test('every entry has a description, an example, a signature and a return label', () => {
    for (const fn of all) {
      assert.ok(fn.description.length > 10 && fn.description.endsWith('.'), `${fn.name}: description`);
      assert.ok(fn.example.trim().length > 0, `${fn.name}: example`);
      assert.ok(fn.signatures.length > 0, `${fn.name}: signatures`);
      assert.ok(fn.returnLabel.length > 0, `${fn.name}: return label`);
      assert.ok(signatureLabels(fn).every((l) => l.includes('->')), `${fn.name}: labels`);
    }
  });

  test('names and aliases are unique', () => {
    const names = allFunctionNames().map((n) => n.toUpperCase());
    assert.equal(new Set(names).size, names.length);
  });

  test('lookup is case-insensitive and knows aliases and operator spellings', () => {
    assert.equal(lookupFunction('substring')?.name, 'SUBSTRING');
    assert.equal(lookupFunction('SubString')?.name, 'SUBSTRING');
    assert.equal(lookupFunction('ceiling')?.name, 'CEIL');
    assert.equal(lookupFunction('character_length')?.name, 'CHAR_LENGTH');
    assert.equal(lookupFunction('!=')?.name, '<>');
    assert.equal(lookupFunction('is  not   null')?.name, 'IS NOT NULL');
    assert.equal(lookupFunction('no_such_function'), undefined);
  });

  test('the functions the docs list are all present', () => {
    const required = [
      'CASE', 'COALESCE', 'IF', 'IFNULL', 'NULLIF', 'GREATEST', 'LEAST', 'IS_ALPHA', 'IS_DECIMAL', 'IS_DIGIT',
      'CAST', 'TRY_CAST', 'TYPEOF', 'CARDINALITY', 'ELEMENT', 'ARRAY_CONTAINS', 'ARRAY_DISTINCT', 'MAP_KEYS',
      'MAP_VALUES', 'MAP_ENTRIES', 'MAP_FROM_ARRAYS', 'JSON_VALUE', 'JSON_QUERY', 'JSON_EXISTS', 'JSON_OBJECT',
      'JSON_ARRAY', 'JSON_STRING', 'IS JSON', 'ROW', 'ARRAY', 'MAP', 'GROUPING', 'GROUP_ID', 'MD5', 'SHA1', 'SHA2',
      'SHA256', 'COUNT', 'SUM', '$SUM0', 'AVG', 'MIN', 'MAX', 'STDDEV_POP', 'STDDEV_SAMP', 'VAR_POP', 'VAR_SAMP',
      'COLLECT', 'LISTAGG', 'ARRAY_AGG', 'FIRST_VALUE', 'LAST_VALUE', 'JSON_OBJECTAGG', 'JSON_ARRAYAGG',
      'ROW_NUMBER', 'RANK', 'DENSE_RANK', 'PERCENT_RANK', 'CUME_DIST', 'NTILE', 'LEAD', 'LAG', 'NOW',
      'CURRENT_TIMESTAMP', 'LOCALTIMESTAMP', 'CURRENT_DATE', 'PROCTIME', 'CURRENT_WATERMARK', 'TO_TIMESTAMP',
      'TO_TIMESTAMP_LTZ', 'UNIX_TIMESTAMP', 'FROM_UNIXTIME', 'DATE_FORMAT', 'TIMESTAMPADD', 'TIMESTAMPDIFF',
      'EXTRACT', 'FLOOR', 'CEIL', 'CONVERT_TZ', 'ABS', 'MOD', 'POWER', 'SQRT', 'LN', 'LOG', 'EXP', 'ROUND',
      'TRUNCATE', 'RAND', 'RAND_INTEGER', 'UUID', 'BIN', 'HEX', 'UPPER', 'LOWER', 'CHAR_LENGTH', 'SUBSTRING',
      'TRIM', 'LTRIM', 'RTRIM', 'REPLACE', 'REGEXP_REPLACE', 'REGEXP_EXTRACT', 'CONCAT', 'CONCAT_WS', 'LPAD',
      'RPAD', 'SPLIT_INDEX', 'INITCAP', 'POSITION', 'LOCATE', 'OVERLAY', 'REPEAT', 'REVERSE', 'ASCII', 'CHR',
      'URL_DECODE', 'URL_ENCODE', 'PARSE_URL', 'STR_TO_MAP', 'TO_BASE64', 'FROM_BASE64', 'ELT', 'BTRIM', 'INSTR',
      'LEFT', 'RIGHT', 'PRINTF', 'SPLIT', 'TUMBLE', 'HOP', 'CUMULATE', 'SESSION', 'TUMBLE_START', 'HOP_END',
      '=', '<>', '<', 'BETWEEN', 'LIKE', 'IN', 'IS NULL', 'AND', 'OR', 'NOT', '+', '-', '*', '/', '%', '||', '.',
      'ITEM',
    ];
    const missing = required.filter((n) => !lookupFunction(n));
    assert.deepEqual(missing, []);
  });

  test('kinds: aggregates, ranking, table functions, operators', () => {
    for (const n of ['COUNT', 'SUM', 'AVG', 'MIN', 'MAX', 'LISTAGG', 'ARRAY_AGG', 'JSON_ARRAYAGG', 'STDDEV_POP', 'COLLECT']) {
      assert.equal(lookupFunction(n)?.kind, 'aggregate', n);
    }
    for (const n of ['ROW_NUMBER', 'RANK', 'LAG', 'LEAD', 'NTILE']) assert.equal(lookupFunction(n)?.kind, 'window-ranking', n);
    for (const n of ['TUMBLE', 'HOP', 'CUMULATE', 'SESSION']) assert.equal(lookupFunction(n)?.kind, 'table', n);
    for (const n of ['+', '=', 'AND', 'IS NULL', 'LIKE']) assert.equal(lookupFunction(n)?.kind, 'operator', n);
    for (const n of ['UPPER', 'SUBSTRING', 'ABS']) assert.equal(lookupFunction(n)?.kind, 'scalar', n);
    assert.equal(all.filter((f) => f.kind === 'aggregate').length >= 18, true);
  });

  test('deterministic flags', () => {
    for (const n of ['RAND', 'UUID', 'NOW', 'CURRENT_TIMESTAMP', 'PROCTIME', 'CURRENT_WATERMARK']) {
      assert.equal(lookupFunction(n)?.deterministic, false, n);
    }
    for (const n of ['UPPER', 'ABS', 'SUM', 'DATE_FORMAT']) assert.equal(lookupFunction(n)?.deterministic, true, n);
  });

  test('window TVFs take named parameters', () => {
    const hop = lookupFunction('HOP');
    assert.deepEqual(
      hop?.signatures[0].map((p) => p.name),
      ['DATA', 'TIMECOL', 'SLIDE', 'SIZE', 'OFFSET'],
    );
    assert.ok(hop?.signatures[0].every((p) => p.named));
    assert.equal(hop?.signatures[0][4].optional, true);
    assert.deepEqual(lookupFunction('SESSION')?.signatures[0].map((p) => p.name), ['DATA', 'TIMECOL', 'GAP']);
    assert.deepEqual(lookupFunction('CUMULATE')?.signatures[0].map((p) => p.name), ['DATA', 'TIMECOL', 'STEP', 'SIZE', 'OFFSET']);
  });
});

describe('signature text', () => {
  test('parses optional, variadic and union parameters', () => {
    const sig = parseSignature('str STRING|BYTES, pos INT [, len INT [, more ANY...]]');
    assert.deepEqual(
      sig.map((p) => [p.name, p.families.join('|'), p.optional, p.variadic]),
      [
        ['str', 'STRING|BINARY', false, false],
        ['pos', 'INT', false, false],
        ['len', 'INT', true, false],
        ['more', 'ANY', true, true],
      ],
    );
    assert.deepEqual(parseSignature(''), []);
    assert.ok(parseSignature('unit UNIT')[0].symbols?.includes('HOUR'));
  });
  test('rejects malformed signatures', () => {
    assert.throws(() => parseSignature('x FOO'), /unknown family 'FOO'/);
    assert.throws(() => parseSignature('x INT [, y INT'), /unbalanced/);
    assert.throws(() => parseSignature('[x INT], y INT'), /required parameter follows an optional/);
    assert.throws(() => parseSignature('x INT..., y INT'), /only the last parameter may be variadic/);
  });
});
