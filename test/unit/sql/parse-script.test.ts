import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../../engine/sql';

test('a broken statement never hides the others', () => {
  const text = [
    'CREATE TABLE a (x INT) WITH (\'connector\' = \'datagen\');',
    'SELECT x FORM a;',
    'SELECT (x FROM a;',
    'INSERT INTO b SELECT x FROM a;',
  ].join('\n');
  const script = parseScript(text);
  assert.deepEqual(
    script.statements.map((s) => s.statement?.kind ?? null),
    ['createTable', null, null, 'insert'],
  );
  assert.deepEqual(
    script.diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.message]),
    [
      [1, 9, "unexpected 'FORM', did you mean FROM?"],
      [2, 10, "missing closing parenthesis for '(' at 3:8"],
    ],
  );
});

test('node positions are document positions', () => {
  const text = 'SELECT 1;\n\n  -- comment\n  SELECT a\n  FROM t;';
  const script = parseScript(text);
  const second = script.statements[1].statement;
  assert.ok(second && second.kind === 'queryStatement');
  assert.deepEqual(second.range, { start: { line: 3, character: 2 }, end: { line: 4, character: 8 } });
  assert.equal(text.slice(second.start, second.end), 'SELECT a\n  FROM t');
});

test('the splitter is a parameter', () => {
  const script = parseScript('SELECT 1 | SELECT 2', (text) => {
    const bar = text.indexOf('|');
    return [
      { start: 0, end: bar - 1, terminated: true },
      { start: bar + 2, end: text.length, terminated: false },
    ];
  });
  assert.deepEqual(script.statements.map((s) => s.statement?.kind), ['queryStatement', 'queryStatement']);
  assert.equal(script.statements[1].statement?.start, 11);
});

test('EXPLAIN STATEMENT SET BEGIN ...; ...; END; is one statement that parses, not pieces', () => {
  const text = [
    'EXPLAIN STATEMENT SET BEGIN',
    '  INSERT INTO a SELECT 1;',
    '  INSERT INTO b SELECT 2;',
    'END;',
    "EXPLAIN CHANGELOG_MODE EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; END;",
    'SELECT 3;',
  ].join('\n');
  const script = parseScript(text);
  assert.deepEqual(script.diagnostics, []);
  assert.deepEqual(
    script.statements.map((s) => s.statement?.kind ?? null),
    ['explain', 'explain', 'queryStatement'],
  );
});
