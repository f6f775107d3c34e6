import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSql } from '../../../../engine/sql/format/format-sql';
import { splitStatements } from '../../../../engine/sql/split/split-statements';
import { corpus } from './corpus';

/** Deterministic mutations of corpus statements: deleted, duplicated, swapped words, truncations. */
function* mutations(count: number): Generator<string> {
  const statements: string[] = [];
  for (const f of corpus()) for (const s of splitStatements(f.text)) statements.push(f.text.slice(s.start, s.end));
  let seed = 42;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % k);
  for (let n = 0; n < count; n++) {
    const stmt = statements[rnd(statements.length)];
    const words = stmt.split(/(\s+)/);
    const i = rnd(words.length);
    const j = rnd(words.length);
    switch (rnd(5)) {
      case 0:
        words.splice(i, 1);
        break;
      case 1:
        words.splice(i, 0, words[j]);
        break;
      case 2:
        [words[i], words[j]] = [words[j], words[i]];
        break;
      case 3:
        yield stmt.slice(0, rnd(stmt.length + 1));
        continue;
      default:
        words.splice(i, 0, ['(', ')', "'", '`', '--', '/*', ';', ',', 'END', 'CASE', 'BEGIN'][rnd(11)]);
    }
    yield words.join('');
  }
}

test('formatting never throws on broken input, and stays idempotent', () => {
  let n = 0;
  for (const text of mutations(1500)) {
    const once = formatSql(text);
    assert.equal(formatSql(once), once, `not idempotent for:\n${text}\n--- first pass:\n${once}`);
    n++;
  }
  assert.equal(n, 1500);
});

test('comments inserted anywhere between tokens are kept, in order, and formatting stays idempotent', () => {
  const statements: string[] = [];
  for (const f of corpus()) for (const s of splitStatements(f.text)) statements.push(f.text.slice(s.start, s.end));
  let seed = 9;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % k);
  let formatted = 0;
  for (let n = 0; n < 1500; n++) {
    const parts = statements[rnd(statements.length)].split(/(\s+)/);
    const inserted: string[] = [];
    for (let k = 0; k < 3; k++) {
      const i = rnd(parts.length);
      if (!/^\s+$/.test(parts[i] ?? '')) continue;
      const c = [`/* c${n}.${k} */`, `-- own${n}.${k}`, `-- tr${n}.${k}`, `/* blk${n}.${k} */`][rnd(4)];
      parts[i] = c.startsWith('-- own') || c.startsWith('/* blk') ? `\n${c}\n` : c.startsWith('--') ? ` ${c}\n` : ` ${c} `;
      inserted.push(c);
    }
    const text = parts.join('');
    const once = formatSql(text);
    assert.equal(formatSql(once), once, `not idempotent for:\n${text}\n--- first pass:\n${once}`);
    // every comment survives, in source order (a comment inside a string or hint is not one,
    // but then it is still there byte for byte)
    let at = 0;
    for (const c of inserted.filter((c) => text.includes(c)).sort((a, b) => text.indexOf(a) - text.indexOf(b))) {
      const found = once.indexOf(c, at);
      assert.ok(found >= 0, `comment ${c} lost or reordered:\n${text}\n---\n${once}`);
      at = found + c.length;
    }
    if (once !== text) formatted++;
  }
  assert.ok(formatted > 1000, `only ${formatted} inputs were reformatted`);
});
