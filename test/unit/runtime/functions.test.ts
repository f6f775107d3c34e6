import { test } from 'node:test';
import assert from 'node:assert/strict';
import { E, type Expr } from '../../../engine/expr/expr';
import { T, type LogicalType } from '../../../engine/types/logical-type';
import type { Value } from '../../../engine/types/values';
import { compileScalar } from '../../../engine/runtime/compile/compile';
import { splitIndex } from '../../../engine/runtime/functions/string';

const s = T.string();
const lit = (v: Value, t: LogicalType = s) => E.lit(v, t);
const call = (op: string, t: LogicalType, ...o: Expr[]) => E.call(op, t, ...o);
const ev = (e: Expr, row: Value[] = []) => compileScalar(e)(row);

test('string extras', () => {
  assert.equal(ev(call('LEFT', s, lit('hello'), lit(2, T.int()))), 'he');
  assert.equal(ev(call('RIGHT', s, lit('hello'), lit(3, T.int()))), 'llo');
  assert.equal(ev(call('LOCATE', T.int(), lit('l'), lit('hello'), lit(4, T.int()))), 4);
  assert.equal(ev(call('SPLIT_INDEX', s, lit('a,b,c'), lit(','), lit(1, T.int()))), 'b');
  assert.equal(ev(call('SPLIT_INDEX', s, lit('a,b,c'), lit(','), lit(5, T.int()))), null);
  assert.equal(ev(call('OVERLAY', s, lit('abcdef'), lit('XY'), lit(2, T.int()))), 'aXYdef');
  assert.equal(ev(call('TRANSLATE', s, lit('abc'), lit('ab'), lit('x'))), 'xc');
  assert.deepEqual(ev(call('STR_TO_MAP', T.map(s, s), lit('a=1,b=2'))), new Map([['a', '1'], ['b', '2']]));
  assert.equal(ev(call('PARSE_URL', s, lit('http://x.com/p?q=1&r=2#f'), lit('QUERY'), lit('r'))), '2');
  assert.equal(ev(call('SIMILAR TO', T.boolean(), lit('abc'), lit('(a|x)%'))), true);
  assert.equal(ev(call('SIMILAR TO', T.boolean(), lit('a.c'), lit('a.c'))), true);
  // Flink (Calcite's Like.sqlToRegexSimilar) passes '.' through to the regex: any one character.
  assert.equal(ev(call('SIMILAR TO', T.boolean(), lit('abc'), lit('a.c'))), true);
  assert.equal(ev(call('SIMILAR TO', T.boolean(), lit('Paris'), lit('P.*'))), true);
  assert.equal(ev(call('SIMILAR TO', T.boolean(), lit('Lyon'), lit('P.*'))), false);
  assert.equal(ev(call('REGEXP_COUNT', T.int(), lit('a1b22c333'), lit('\\d+'))), 3);
  assert.deepEqual(ev(call('REGEXP_EXTRACT_ALL', T.array(s), lit('k1=v1;k2=v2'), lit('(\\w+)=(\\w+)'), lit(2, T.int()))), ['v1', 'v2']);
  assert.equal(ev(call('IS UNKNOWN', T.boolean(), E.input(0, T.boolean())), [null]), true);
});

test('collections and constructors', () => {
  const arr = call('ARRAY', T.array(T.int()), lit(3, T.int()), lit(1, T.int()), lit(null, T.int()), lit(1, T.int()));
  assert.deepEqual(ev(arr), [3, 1, null, 1]);
  assert.equal(ev(call('CARDINALITY', T.int(), arr)), 4);
  assert.equal(ev(call('ITEM', T.int(), arr, lit(1, T.int()))), 3);
  assert.equal(ev(call('ITEM', T.int(), arr, lit(9, T.int()))), null);
  assert.deepEqual(ev(call('ARRAY_DISTINCT', T.array(T.int()), arr)), [3, 1, null]);
  assert.deepEqual(ev(call('ARRAY_SORT', T.array(T.int()), arr)), [null, 1, 1, 3]);
  assert.equal(ev(call('ARRAY_CONTAINS', T.boolean(), arr, lit(3, T.int()))), true);
  assert.equal(ev(call('ARRAY_MAX', T.int(), arr)), 3);
  assert.deepEqual(ev(call('ARRAY_SLICE', T.array(T.int()), arr, lit(2, T.int()), lit(3, T.int()))), [1, null]);
  const map = call('MAP', T.map(s, T.int()), lit('a'), lit(1, T.int()), lit('b'), lit(2, T.int()));
  assert.equal(ev(call('ITEM', T.int(), map, lit('b'))), 2);
  assert.deepEqual(ev(call('MAP_KEYS', T.array(s), map)), ['a', 'b']);
  assert.deepEqual(ev(call('ROW', T.row([]), lit(1, T.int()), lit('x'))), [1, 'x']);
  assert.equal(ev(E.field(E.input(0, T.row([])), 1, 'b', s), [[1, 'x']]), 'x');
  assert.equal(ev(E.field(E.input(0, T.row([])), 1, 'b', s), [null]), null);
});

test('conditional helpers, hashing, encodings', () => {
  assert.equal(ev(call('IFNULL', T.int(), lit(null, T.int()), lit(2, T.int()))), 2);
  assert.equal(ev(call('GREATEST', T.int(), lit(1, T.int()), lit(5, T.int()), lit(3, T.int()))), 5);
  assert.equal(ev(call('LEAST', T.int(), lit(1, T.int()), lit(null, T.int()))), null);
  assert.equal(ev(call('IS_DIGIT', T.boolean(), lit('123'))), true);
  assert.equal(ev(call('MD5', s, lit('abc'))), '900150983cd24fb0d6963f7d28e17f72');
  assert.equal(ev(call('SHA2', s, lit('abc'), lit(256, T.int()))), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(ev(call('TO_BASE64', s, lit('hi'))), 'aGk=');
  assert.equal(ev(call('FROM_BASE64', s, lit('aGk='))), 'hi');
  assert.equal(ev(call('HEX', s, lit(255, T.int()))), 'FF');
  assert.equal(ev(call('HEX', s, lit(-1, T.int()))), 'FFFFFFFFFFFFFFFF');
  assert.equal(ev(call('BIN', s, lit(5, T.int()))), '101');
  assert.equal(ev(call('ASCII', T.int(), lit('A'))), 65);
  assert.equal(ev(call('URL_ENCODE', s, lit('a b&c'))), 'a+b%26c');
  assert.equal(ev(call('LOG', T.double(), lit(2, T.int()), lit(8, T.int()))), 3);
  const r1 = compileScalar(call('RAND', T.double(), lit(42, T.int())));
  const r2 = compileScalar(call('RAND', T.double(), lit(42, T.int())));
  assert.equal(r1([]), r2([]));
});

test('JSON functions', () => {
  const doc = lit('{"a":{"b":[10,{"c":"x"}]},"n":null,"f":1.5}');
  assert.equal(ev(call('JSON_VALUE', s, doc, lit('$.a.b[1].c'))), 'x');
  assert.equal(ev(call('JSON_VALUE', T.int(), doc, lit('$.a.b[0]'))), 10);
  assert.equal(ev(call('JSON_VALUE', T.double(), doc, lit("$['f']"))), 1.5);
  assert.equal(ev(call('JSON_VALUE', s, doc, lit('$.missing'))), null);
  assert.equal(ev(call('JSON_VALUE', s, lit('not json'), lit('$.a'))), null);
  assert.equal(ev(call('JSON_QUERY', s, doc, lit('$.a.b'))), '[10,{"c":"x"}]');
  assert.equal(ev(call('JSON_EXISTS', T.boolean(), doc, lit('$.n'))), true);
  assert.equal(ev(call('JSON_EXISTS', T.boolean(), doc, lit('$.z'))), false);
  assert.equal(ev(call('IS JSON', T.boolean(), lit('[1'))), false);
  assert.equal(ev(call('JSON_OBJECT', s, lit('k'), lit(1, T.int()), lit('n'), lit(null, T.int()))), '{"k":1,"n":null}');
  assert.equal(ev(call('JSON_ARRAY', s, lit(1, T.int()), lit(null, T.int()), lit('x'))), '[1,"x"]');
  assert.equal(ev(call('JSON_STRING', s, E.input(0, T.map(s, T.int()))), [new Map([['a', 1]])]), '{"a":1}');
});

test('PARSE_JSON and TRY_PARSE_JSON give VARIANT values; invalid text fails or gives NULL', () => {
  const v: LogicalType = { kind: 'VARIANT', nullable: true };
  assert.deepEqual(ev(call('PARSE_JSON', v, lit('{"a":[1,{"b":null}],"c":"x"}'))), new Map<Value, Value>([['a', [1, new Map([['b', null]])]], ['c', 'x']]));
  assert.equal(ev(call('PARSE_JSON', v, lit('42'))), 42);
  assert.throws(() => ev(call('PARSE_JSON', v, lit('{oops'))), /PARSE_JSON: invalid JSON text '\{oops' in expression: PARSE_JSON/);
  assert.equal(ev(call('TRY_PARSE_JSON', v, lit('{oops'))), null);
  assert.deepEqual(ev(call('TRY_PARSE_JSON', v, lit('[true]'))), [true]);
});

test('SPLIT_INDEX scanning to the i-th separator gives what splitting the whole string gives', () => {
  const alphabet = ['a', 'b', '/', '//', ',', '', 'ab', '😀'];
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (let t = 0; t < 5000; t++) {
    let str = '';
    for (let k = rnd(8); k > 0; k--) str += alphabet[rnd(alphabet.length)];
    const sep = ['/', '//', ',', 'ab', '', '😀'][rnd(6)]!;
    const i = rnd(7) - 1;
    const parts = str.split(sep);
    const want = i < 0 || i >= parts.length ? null : parts[i]!;
    assert.equal(splitIndex(str, sep, i), want, JSON.stringify({ str, sep, i }));
  }
});
