import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CharStream, CharStreamImpl, Token } from 'antlr4ng';
import { FlinkSqlLexer } from '../../../engine/sql/generated/FlinkSqlLexer';
import { charStream } from '../../../engine/sql/parse/char-stream';

const root = resolve(__dirname, '../../../..');
const fixtures = join(root, 'test/fixtures/sql');

/** Every token as type, channel, start, stop, line, column and text. */
function lex(stream: CharStream): string[] {
  const lexer = new FlinkSqlLexer(stream);
  lexer.removeErrorListeners();
  const out: string[] = [];
  for (;;) {
    const t = lexer.nextToken();
    out.push(`${t.type}/${t.channel} ${t.start}-${t.stop} ${t.line}:${t.column} ${JSON.stringify(t.text)}`);
    if (t.type === Token.EOF) return out;
  }
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.sql') ? [join(dir, e.name)] : []));
}

/** mulberry32, seeded: a failure reproduces. */
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

test('the string-backed stream gives the generated lexer the very same tokens as antlr4ng own stream: whole corpus', () => {
  const all = files(fixtures);
  assert.ok(all.length >= 5);
  for (const f of all) {
    const text = readFileSync(f, 'utf8');
    assert.deepEqual(lex(charStream(text)), lex(CharStream.fromString(text)), f);
  }
});

test('... and on fuzzed text: cut, spliced and sprinkled with quotes, comment marks, hints, tabs, CR and non-ASCII', () => {
  const corpus = files(join(fixtures, 'valid')).map((f) => readFileSync(f, 'utf8'));
  const bits = ["'", '`', '/*', '*/', '/*+', '--', '\r', '\t', '\n', 'é', 'ü', '∑', '"', '\\', 'U&\'', "X'", '1e', '.5', '$', '\u00a0'];
  const r = rng(42);
  for (let i = 0; i < 3000; i++) {
    const src = corpus[Math.floor(r() * corpus.length)];
    const a = Math.floor(r() * src.length);
    let text = src.slice(a, a + 1 + Math.floor(r() * 200));
    for (let k = Math.floor(r() * 4); k > 0; k--) {
      const at = Math.floor(r() * (text.length + 1));
      text = text.slice(0, at) + bits[Math.floor(r() * bits.length)] + text.slice(at);
    }
    assert.deepEqual(lex(charStream(text)), lex(CharStream.fromString(text)), JSON.stringify(text));
  }
});

test('text with an astral character (counted in code points by ANTLR) lexes as with antlr4ng own stream', () => {
  for (const text of ["SELECT '😀' AS e, `😀x` FROM t WHERE a = 'x😀y' -- 😀\n", "SELECT 1 /* 😀 */, '😀", 'SELECT 😀 FROM t']) {
    assert.deepEqual(lex(charStream(text)), lex(CharStream.fromString(text)));
  }
});

test('the stream reads like antlr4ng own: LA before and after the ends, seek, text ranges', () => {
  const text = "SELECT 'a' FROM t";
  const mine = charStream(text);
  assert.ok(!(mine instanceof CharStreamImpl), 'text without surrogates is read in place, not copied into code points');
  const theirs = CharStream.fromString(text);
  for (const s of [mine, theirs]) s.seek(3);
  for (const k of [-4, -3, -1, 1, 2, 14, 15]) assert.equal(mine.LA(k), theirs.LA(k), `LA(${k})`);
  assert.equal(mine.size, theirs.size);
  assert.equal(mine.getTextFromRange(7, 9), theirs.getTextFromRange(7, 9));
  assert.equal(mine.getTextFromRange(10, 99), theirs.getTextFromRange(10, 99));
  assert.equal(mine.getTextFromRange(99, 100), theirs.getTextFromRange(99, 100));
  mine.seek(99);
  assert.equal(mine.index, text.length);
});
