import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseStatement } from '../../../engine/sql';
import { splitStatements } from '../../../engine/sql/split/split-statements';

const root = resolve(__dirname, '../../../..');
const validDir = join(root, 'test/fixtures/sql/valid');

/** mulberry32: a small seeded PRNG, so every failure reproduces. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKEN = /'(?:[^']|'')*'|`(?:[^`]|``)*`|\/\*\+|\*\/|[A-Za-z_][A-Za-z_0-9]*|\d+(?:\.\d*)?|<>|<=|>=|=>|\|\||\S/g;
const EXTRA = ['(', ')', ',', "'", '`', '/*', '/*+', '*/', 'SELECT', 'FROM', 'AS', 'WITH', 'TABLE', 'NOT', 'NULL', ';', '.', '--', 'OVER', 'ROW<', '>'];

function mutate(sql: string, r: () => number): string {
  const tokens = sql.match(TOKEN) ?? [];
  if (tokens.length === 0) return sql;
  const i = Math.floor(r() * tokens.length);
  switch (Math.floor(r() * 6)) {
    case 0:
      tokens.splice(i, 1);
      break;
    case 1:
      tokens.splice(i, 0, tokens[i]);
      break;
    case 2: {
      const j = Math.min(tokens.length - 1, i + 1);
      [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
      break;
    }
    case 3:
      tokens.splice(i, 0, EXTRA[Math.floor(r() * EXTRA.length)]);
      break;
    case 4:
      return sql.slice(0, Math.floor(r() * sql.length));
    default:
      tokens[i] = tokens[i].slice(0, Math.max(1, tokens[i].length - 1));
  }
  return tokens.join(' ');
}

function statements(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(validDir).filter((n) => n.endsWith('.sql'))) {
    const text = readFileSync(join(validDir, f), 'utf8');
    for (const s of splitStatements(text)) out.push(text.slice(s.start, s.end));
  }
  return out;
}

test('thousands of seeded mutations of corpus statements never throw and stay consistent', () => {
  const corpus = statements();
  const r = rng(20261125);
  let broken = 0;
  for (let n = 0; n < 4000; n++) {
    let sql = corpus[Math.floor(r() * corpus.length)];
    const rounds = 1 + Math.floor(r() * 3);
    for (let k = 0; k < rounds; k++) sql = mutate(sql, r);
    const result = parseStatement(sql);
    const lines = sql.split(/\r\n|\r|\n/);
    for (const d of result.diagnostics) {
      assert.notEqual(d.code, 'syntax/internal-error', `${d.message} for: ${sql}`);
      assert.ok(d.message.length > 0);
      for (const p of [d.range.start, d.range.end]) {
        assert.ok(p.line >= 0 && p.line < lines.length, `line out of range for: ${sql}`);
        assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character out of range for: ${sql}`);
      }
    }
    // one syntax error per statement, no cascades
    const syntax = result.diagnostics.filter((d) => !/^syntax\/(unterminated|unknown-type|type-parameters)/.test(d.code));
    assert.ok(syntax.length <= 3, `${syntax.length} diagnostics for: ${sql}`);
    if (result.diagnostics.length === 0) assert.ok(result.statement || sql.trim() === '' || /^(\s|--[^\n]*\n?)*$/.test(sql), sql);
    if (result.diagnostics.length > 0) broken++;
  }
  assert.ok(broken > 2000, `the mutations mostly break statements (${broken})`);
});

test('pathological inputs', () => {
  const inputs = [
    '',
    ';',
    '((((((((((((((((((((((((((((((',
    'SELECT ' + '('.repeat(200) + '1' + ')'.repeat(200),
    'SELECT ' + Array.from({ length: 500 }, (_, i) => `a${i}`).join(' + '),
    "'".repeat(101),
    '/*+',
    '/*+ OPTIONS(',
    '`',
    '\u0000\u0001\uffff',
    '😀😀 SELECT',
    'SELECT 1 FROM t WHERE a = ANY',
    'CREATE TABLE t (a ROW<b ROW<c ROW<d',
  ];
  for (const sql of inputs) {
    const r = parseStatement(sql);
    assert.ok(Array.isArray(r.diagnostics));
    assert.ok(r.diagnostics.every((d) => d.code !== 'syntax/internal-error'), sql);
  }
  const deep = parseStatement('SELECT ' + '('.repeat(200) + '1' + ')'.repeat(200));
  assert.deepEqual(deep.diagnostics, []);
});
