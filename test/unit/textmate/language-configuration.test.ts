import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');
const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('the manifest points at the language configuration and grammar', () => {
  const lang = manifest.contributes.languages.find((l: { id: string }) => l.id === 'flinksql');
  assert.equal(lang.configuration, './language-configuration.json');
  const grammar = manifest.contributes.grammars.find((g: { language: string }) => g.language === 'flinksql');
  assert.equal(grammar.scopeName, 'source.flinksql');
});

test('comments, brackets and auto-closing quotes and backticks', () => {
  assert.equal(config.comments.lineComment, '--');
  assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
  assert.deepEqual(config.brackets, [['(', ')'], ['[', ']']]);
  const opens = config.autoClosingPairs.map((p: { open: string }) => p.open);
  for (const o of ["'", '"', '`', '(', '[']) assert.ok(opens.includes(o), o);
});

test('folding markers: -- region / -- endregion', () => {
  const start = new RegExp(config.folding.markers.start);
  const end = new RegExp(config.folding.markers.end);
  assert.ok(start.test('-- region orders'));
  assert.ok(start.test('  --region'));
  assert.ok(!start.test('-- regional sales'));
  assert.ok(end.test('-- endregion'));
  assert.ok(!start.test('-- endregion'));
});

test('the word pattern keeps backtick identifiers and $-names whole (as VS Code compiles it, no u flag)', () => {
  const word = new RegExp(config.wordPattern, 'g');
  const words = 'SELECT `my ``odd`` col`, $rowtime, a$b, order_id, 1.5 FROM t'.match(word);
  assert.deepEqual(words, ['SELECT', '`my ``odd`` col`', '$rowtime', 'a$b', 'order_id', '1.5', 'FROM', 't']);
});
