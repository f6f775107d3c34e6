import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, scopeOf, scopesOf, tokenize, type Token } from './grammar';

describe('TextMate grammar source.flinksql', () => {
  let toks: Token[];
  before(async () => {
    toks = await tokenize(fixture('showcase.flink.sql'));
  });

  test('keywords are case-insensitive', async () => {
    assert.equal(scopeOf(toks, 'CREATE'), 'keyword.other.flinksql');
    assert.equal(scopeOf(toks, 'select'), 'keyword.other.flinksql');
    const mixed = await tokenize('SeLeCt a FrOm t gRoUp By a');
    for (const w of ['SeLeCt', 'FrOm', 'gRoUp', 'By']) assert.equal(scopeOf(mixed, w), 'keyword.other.flinksql', w);
    assert.equal(scopeOf(toks, 'AND'), 'keyword.operator.logical.flinksql');
    assert.equal(scopeOf(toks, 'null'), 'constant.language.flinksql');
    assert.equal(scopeOf(toks, 'TRUE'), 'constant.language.flinksql');
  });

  test('constructors and less common keywords', () => {
    assert.equal(scopeOf(toks, 'ARRAY', 2), 'keyword.other.flinksql'); // ARRAY[...], not ARRAY<...>
    assert.equal(scopeOf(toks, 'MAP', 1), 'keyword.other.flinksql');
    assert.equal(scopeOf(toks, 'BOTH'), 'keyword.other.flinksql');
    assert.equal(scopeOf(toks, 'ILIKE'), 'keyword.other.flinksql');
    assert.equal(scopeOf(toks, 'TRIM'), 'support.function.builtin.flinksql');
  });

  test('keywords inside identifiers do not light up', async () => {
    const t = await tokenize('SELECT order_id, a$from, from_x FROM t');
    assert.equal(scopeOf(t, 'order_id'), 'source.flinksql');
    assert.equal(scopeOf(t, 'a$from'), 'source.flinksql');
    assert.equal(scopeOf(t, 'from_x'), 'source.flinksql');
    assert.equal(scopeOf(t, 'FROM'), 'keyword.other.flinksql');
  });

  test('hints are scoped distinctly from comments', () => {
    assert.equal(scopeOf(toks, '/*+'), 'punctuation.definition.hint.begin.flinksql');
    assert.ok(scopesOf(toks, 'OPTIONS').includes('meta.hint.flinksql'));
    assert.equal(scopeOf(toks, 'OPTIONS'), 'keyword.other.hint.flinksql');
    assert.equal(scopeOf(toks, 'BROADCAST'), 'keyword.other.hint.flinksql');
    assert.ok(!scopesOf(toks, 'OPTIONS').some((s) => s.startsWith('comment')));
    assert.equal(scopeOf(toks, 'scan.startup.mode'), 'string.quoted.single.flinksql');
    assert.equal(scopeOf(toks, ' a block comment with SELECT inside '), 'comment.block.flinksql');
    assert.equal(scopeOf(toks, ' region orders'), 'comment.line.double-dash.flinksql');
  });

  test("strings with '' escapes, U&'' and X'' literals", () => {
    assert.equal(scopeOf(toks, "''"), 'constant.character.escape.quote.flinksql');
    assert.ok(scopesOf(toks, "''").includes('string.quoted.single.flinksql'));
    assert.equal(scopeOf(toks, 's json'), 'string.quoted.single.flinksql');
    assert.equal(scopeOf(toks, 'U&'), 'storage.type.string.flinksql');
    assert.equal(scopeOf(toks, '\\0041'), 'constant.character.escape.unicode.flinksql');
    assert.ok(scopesOf(toks, 'bc').includes('string.quoted.single.unicode.flinksql'));
    assert.equal(scopeOf(toks, '0AFF'), 'constant.numeric.hex.flinksql');
    assert.ok(scopesOf(toks, '0AFF').includes('string.quoted.single.binary.flinksql'));
  });

  test('backtick identifiers with doubled-backtick escapes', () => {
    assert.equal(scopeOf(toks, '``'), 'constant.character.escape.backtick.flinksql');
    assert.equal(scopeOf(toks, 'orders'), 'variable.other.quoted.flinksql');
    assert.equal(scopeOf(toks, 'zip code'), 'variable.other.quoted.flinksql');
    // a keyword in backticks is an identifier, not a keyword
    assert.equal(scopeOf(toks, 'offset'), 'variable.other.quoted.flinksql');
  });

  test('data types with parameters', () => {
    assert.equal(scopeOf(toks, 'BIGINT'), 'storage.type.flinksql');
    assert.equal(scopeOf(toks, 'DECIMAL'), 'storage.type.flinksql');
    assert.equal(scopeOf(toks, 'WITH LOCAL TIME ZONE'), 'storage.modifier.time-zone.flinksql');
    assert.equal(scopeOf(toks, 'TIMESTAMP', 1), 'storage.type.flinksql');
    assert.equal(scopeOf(toks, 'ARRAY'), 'storage.type.flinksql');
    assert.equal(scopeOf(toks, 'MAP'), 'storage.type.flinksql');
    // nested: ARRAY<INT> inside MAP<...>
    assert.equal(scopesOf(toks, 'INT').filter((s) => s === 'meta.type.parameterized.flinksql').length, 2);
    assert.equal(scopeOf(toks, '>'), 'punctuation.definition.type-parameters.end.flinksql');
    assert.equal(scopeOf(toks, 'ROW'), 'storage.type.flinksql');
    assert.equal(scopeOf(toks, 'NOT NULL'), 'keyword.other.flinksql');
    assert.equal(scopeOf(toks, 'DAY'), 'storage.type.unit.flinksql');
    // WITH of CREATE TABLE ... WITH (...) stays a keyword
    assert.equal(scopeOf(toks, 'WITH'), 'keyword.other.flinksql');
  });

  test('built-in functions, user functions and niladic functions', () => {
    assert.equal(scopeOf(toks, 'COUNT'), 'support.function.builtin.flinksql');
    assert.equal(scopeOf(toks, 'sum'), 'support.function.builtin.flinksql');
    assert.equal(scopeOf(toks, 'TUMBLE'), 'support.function.builtin.flinksql');
    assert.equal(scopeOf(toks, 'DESCRIPTOR'), 'support.function.builtin.flinksql');
    assert.equal(scopeOf(toks, 'CURRENT_DATE'), 'support.function.builtin.flinksql');
    assert.equal(scopeOf(toks, 'my_udf'), 'entity.name.function.flinksql');
  });

  test('interval and temporal literals', () => {
    const interval = scopesOf(toks, 'INTERVAL', 1);
    assert.ok(interval.includes('meta.literal.interval.flinksql'));
    assert.equal(scopeOf(toks, "'5'"), 'string.quoted.single.interval.flinksql');
    assert.equal(scopeOf(toks, 'SECOND', 1), 'keyword.other.unit.flinksql');
    assert.equal(scopeOf(toks, 'MINUTE'), 'keyword.other.unit.flinksql');
    assert.equal(scopeOf(toks, 'DATE'), 'storage.type.flinksql');
  });

  test('numbers: integers, decimals, exponents', async () => {
    for (const n of ['1.5e3', '.5', '42', '10']) assert.equal(scopeOf(toks, n), 'constant.numeric.flinksql', n);
    const t = await tokenize('SELECT 1E-10, 3., col1 FROM t');
    assert.equal(scopeOf(t, '1E-10'), 'constant.numeric.flinksql');
    assert.equal(scopeOf(t, '3.'), 'constant.numeric.flinksql');
    assert.equal(scopeOf(t, 'col1'), 'source.flinksql');
  });

  test('operators, named arguments and $-names', () => {
    assert.equal(scopeOf(toks, '||'), 'keyword.operator.concatenation.flinksql');
    assert.equal(scopeOf(toks, '<>'), 'keyword.operator.comparison.flinksql');
    assert.equal(scopeOf(toks, '>='), 'keyword.operator.comparison.flinksql');
    assert.equal(scopeOf(toks, '-'), 'keyword.operator.arithmetic.flinksql');
    assert.equal(scopeOf(toks, '=>'), 'keyword.operator.named-argument.flinksql');
    assert.equal(scopeOf(toks, 'DATA'), 'variable.parameter.named-argument.flinksql');
    assert.equal(scopeOf(toks, 'SIZE'), 'variable.parameter.named-argument.flinksql');
    assert.equal(scopeOf(toks, '$rowtime'), 'variable.language.system.flinksql');
    assert.equal(scopeOf(toks, ';'), 'punctuation.terminator.statement.flinksql');
  });

  test('multi-line strings and comments carry across lines', async () => {
    const t = await tokenize("SELECT 'line one\nline -- two' FROM t /* one\nSELECT */ x");
    assert.equal(scopeOf(t, "line -- two"), 'string.quoted.single.flinksql');
    assert.equal(scopeOf(t, 'SELECT ', 0), 'comment.block.flinksql');
  });
});
