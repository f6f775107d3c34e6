import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Token } from 'antlr4ng';
import { reducePrefix } from '../../../engine/language/completion/reduce-prefix';
import { grammarCandidates } from '../../../engine/language/completion/grammar-candidates';
import { lexTokens, T } from '../../../engine/language/lex';
import { splitStatements } from '../../../engine/sql/split/split-statements';

const FIXTURES = resolve(__dirname, '../../../../test/fixtures/sql/valid');

test('the finished items of a long SELECT list collapse to one placeholder', () => {
  const items = Array.from({ length: 40 }, (_, i) => `UPPER(c${i}) AS u${i}`).join(', ');
  const prefix = `INSERT INTO s SELECT ${items}, `;
  assert.equal(reducePrefix(prefix, lexTokens(prefix)), 'INSERT INTO s SELECT x, ');
  const afterFrom = `SELECT ${items} FROM t WHERE `;
  assert.equal(reducePrefix(afterFrom, lexTokens(afterFrom)), 'SELECT x FROM t WHERE ');
  const nested = `SELECT ${items} FROM (SELECT a, b, `;
  assert.equal(reducePrefix(nested, lexTokens(nested), 0), `SELECT ${items} FROM (SELECT x, `);
});

test('reducing never changes the completion candidates (every cut of the query and DML corpus)', () => {
  let reduced = 0;
  let compared = 0;
  for (const file of ['queries.sql', 'dml.sql']) {
    const text = readFileSync(resolve(FIXTURES, file), 'utf8');
    for (const s of splitStatements(text)) {
      const stmt = text.slice(s.start, s.end);
      const tokens = lexTokens(stmt).filter((t) => t.channel === Token.DEFAULT_CHANNEL);
      for (const t of tokens) {
        // cut after each token (caret after a space) and inside each word token
        const cuts: [string, boolean][] = [[stmt.slice(0, t.end) + ' ', false]];
        if (t.type === T.IDENTIFIER && t.end - t.start > 1) cuts.push([stmt.slice(0, t.end - 1), true]);
        for (const [prefix, onWord] of cuts) {
          const small = reducePrefix(prefix, lexTokens(prefix), 0);
          if (small === prefix) continue;
          reduced++;
          const a = grammarCandidates(prefix, onWord, undefined);
          const b = grammarCandidates(small, onWord, undefined);
          assert.deepEqual([...b.keywords].sort(), [...a.keywords].sort(), `${prefix}|  vs  ${small}|`);
          assert.deepEqual(b.slots.map((x) => x.kind).sort(), a.slots.map((x) => x.kind).sort(), `${prefix}|`);
          compared++;
        }
      }
    }
  }
  assert.ok(reduced > 50, `only ${reduced} reducible cuts`);
  assert.equal(compared, reduced);
});
