import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CharStream } from 'antlr4ng';
import { FlinkSqlLexer } from '../../../engine/sql/generated/FlinkSqlLexer';
import { tokenize } from './grammar';

test('every keyword of the ANTLR lexer is highlighted by the TextMate grammar', async () => {
  const vocabulary = new FlinkSqlLexer(CharStream.fromString('')).vocabulary;
  const keywords: string[] = [];
  for (let type = 1; type <= vocabulary.maxTokenType; type++) {
    const literal = vocabulary.getLiteralName(type) ?? '';
    if (/^'[A-Z_][A-Z_0-9]*'$/.test(literal)) keywords.push(literal.slice(1, -1));
  }
  assert.ok(keywords.length > 100, `${keywords.length} keywords`);
  const unscoped: string[] = [];
  for (const kw of keywords) {
    // as a keyword, and as a call where the word is also a function (CAST(...), LEFT(...))
    for (const text of [`${kw} `, `${kw}(x)`]) {
      const [first] = await tokenize(text);
      if (first.text.trim() !== kw || first.scopes.length < 2) unscoped.push(text);
    }
  }
  assert.deepEqual(unscoped, []);
});
