import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { CharStream, Token } from 'antlr4ng';
import { FlinkSqlLexer } from '../../../../engine/sql/generated/FlinkSqlLexer';
import { classifyTokens } from '../../../../engine/sql/format/classify-tokens';
import { formatSql, formatStatement } from '../../../../engine/sql/format/format-sql';
import { splitStatements } from '../../../../engine/sql/split/split-statements';
import { corpus } from './corpus';

const files = corpus();

/** Every token of a document except `;` (comments and hints included), as [type, text]. */
function lexAll(text: string): [number, string][] {
  const lexer = new FlinkSqlLexer(CharStream.fromString(text));
  lexer.removeErrorListeners();
  const out: [number, string][] = [];
  for (let t = lexer.nextToken(); t.type !== Token.EOF; t = lexer.nextToken()) {
    if (t.type !== FlinkSqlLexer.SEMICOLON) out.push([t.type, t.text ?? '']);
  }
  return out;
}

const KEYWORD = /^'[A-Z_][A-Z_0-9]*'$/;

describe('formatter over the corpus', () => {
  test('the corpus is there', () => {
    assert.ok(files.filter((f) => f.own).length >= 3);
    const statements = files.reduce((n, f) => n + splitStatements(f.text).length, 0);
    assert.ok(statements >= 50, `only ${statements} statements`);
  });

  for (const file of files) {
    describe(file.name, () => {
      const once = formatSql(file.text);

      test('is idempotent: format(format(x)) == format(x)', () => {
        assert.equal(formatSql(once), once);
      });

      test('keeps every token, comment and hint (modulo keyword case and semicolons)', () => {
        const before = lexAll(file.text);
        const after = lexAll(once);
        assert.equal(after.length, before.length);
        const vocabulary = new FlinkSqlLexer(CharStream.fromString('')).vocabulary;
        for (let i = 0; i < before.length; i++) {
          const [type, text] = before[i];
          assert.equal(after[i][0], type, `token ${i} ${text}`);
          const caseFree = KEYWORD.test(vocabulary.getLiteralName(type) ?? '') || type === FlinkSqlLexer.IDENTIFIER;
          if (caseFree) assert.equal(after[i][1].toUpperCase(), text.toUpperCase(), `token ${i}`);
          else assert.equal(after[i][1], text, `token ${i} must be byte-exact`);
        }
      });

      test('changes case only of keywords and type names, never of identifiers', () => {
        for (const s of splitStatements(file.text)) {
          const stmt = file.text.slice(s.start, s.end);
          const formatted = formatStatement(stmt);
          if (formatted === undefined) {
            assert.ok(!file.own, `statement left unformatted: ${stmt}`);
            continue;
          }
          const a = classifyTokens(stmt)!;
          const b = classifyTokens(formatted)!;
          assert.ok(b, `formatted statement does not parse:\n${formatted}`);
          assert.deepEqual(
            b.map((t) => [t.role, t.role === 'keyword' || t.role === 'type' ? t.text.toUpperCase() : t.text]),
            a.map((t) => [t.role, t.role === 'keyword' || t.role === 'type' ? t.text.toUpperCase() : t.text]),
          );
        }
      });

      test('ends statements with ; separated by a blank line, no trailing spaces', () => {
        assert.ok(once.endsWith(';\n') || once.endsWith('\n'));
        assert.ok(!/[ \t]+$/m.test(once), 'trailing whitespace');
        assert.ok(!/\n\n\n/.test(once), 'more than one blank line');
        assert.equal(splitStatements(once).length, splitStatements(file.text).length);
      });
    });
  }
});
