import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageDocument, encodeSemanticTokens, semanticTokens, SEMANTIC_TOKEN_TYPES } from '../../../engine/language';

function classify(text: string): string[] {
  const doc = createLanguageDocument(text);
  return semanticTokens(doc).map((t) => {
    const start = doc.offsetAt({ line: t.line, character: t.character });
    return `${text.slice(start, start + t.length)}:${t.type}${t.declaration ? '*' : ''}`;
  });
}

describe('semantic tokens', () => {
  test('names by their AST role; keywords, types, literals and comments by the lexer', () => {
    assert.deepEqual(
      classify("-- c\nSELECT o.id, UPPER(name) AS n, 1.5 FROM orders o WHERE s = 'x'"),
      [
        '-- c:comment',
        'SELECT:keyword',
        'o:class',
        'id:variable',
        'UPPER:function',
        'name:variable',
        'AS:keyword',
        'n:variable*',
        '1.5:number',
        'FROM:keyword',
        'orders:class',
        'o:class*',
        'WHERE:keyword',
        's:variable',
        "'x':string",
      ],
    );
  });

  test('DDL: declared table and columns, types, option keys, named arguments, hints', () => {
    const tokens = classify("CREATE TABLE t (`window` INT, m MAP<STRING, BIGINT>) WITH ('connector' = 'print')");
    for (const t of ['t:class*', '`window`:variable*', 'INT:type', 'MAP:type', 'STRING:type', 'BIGINT:type', "'connector':property", "'print':string"]) assert.ok(tokens.includes(t), t);
    const q = classify("SELECT * FROM TABLE(TUMBLE(DATA => TABLE b, TIMECOL => DESCRIPTOR(ts), SIZE => INTERVAL '1' MINUTE))");
    for (const t of ['TUMBLE:function', 'DATA:parameter', 'TIMECOL:parameter', 'b:class', 'ts:variable']) assert.ok(q.includes(t), t);
    const h = classify("SELECT /*+ STATE_TTL('o' = '1d') */ * FROM orders o");
    for (const t of ['/*+:decorator', 'STATE_TTL:decorator', "'o':property", "'1d':string", '*/:decorator']) assert.ok(h.includes(t), t);
  });

  test('a multi-line comment becomes one token per line; the LSP encoding is relative', () => {
    const doc = createLanguageDocument('/* a\n  bc */ SELECT 1');
    const tokens = semanticTokens(doc);
    assert.deepEqual(tokens.slice(0, 3).map((t) => [t.line, t.character, t.length, t.type]), [
      [0, 0, 4, 'comment'],
      [1, 0, 7, 'comment'],
      [1, 8, 6, 'keyword'],
    ]);
    const data = encodeSemanticTokens(tokens);
    assert.deepEqual(data.slice(0, 15), [0, 0, 4, 5, 0, 1, 0, 7, 5, 0, 0, 8, 6, 0, 0]);
    assert.equal(SEMANTIC_TOKEN_TYPES[5], 'comment');
  });
});
