/**
 * Every language feature answers on half-typed text: truncations and token mutations of the
 * valid corpus never throw, at the end and in the middle of the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  complete,
  createLanguageDocument,
  definitionAt,
  documentSymbols,
  foldingRanges,
  formatDocument,
  prepareRenameAt,
  referencesAt,
  renameAt,
  selectionRanges,
  semanticTokens,
} from '../../../engine/language';
import { checkDocument } from '../../../engine/check/check-text';

const VALID = resolve(__dirname, '../../../../test/fixtures/sql/valid');

test('truncated and mutated corpus statements never make a feature throw', () => {
  const corpus = readdirSync(VALID)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => readFileSync(join(VALID, f), 'utf8'))
    .join('\n');
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const words = corpus.split(/(\s+)/);
  let completions = 0;
  for (let i = 0; i < 300; i++) {
    let text: string;
    if (i % 2 === 0) {
      const cut = random(corpus.length);
      text = corpus.slice(Math.max(0, cut - 600), cut);
    } else {
      const start = random(words.length - 200);
      const piece = words.slice(start, start + 200);
      const k = random(piece.length);
      if (i % 3 === 0) piece.splice(k, 1);
      else piece.splice(k, 0, piece[random(piece.length)]);
      text = piece.join('');
    }
    const doc = createLanguageDocument(text);
    const end = doc.positionAt(text.length);
    const mid = doc.positionAt(random(text.length + 1));
    for (const p of [end, mid]) {
      completions += complete(doc, p).length > 0 ? 1 : 0;
      selectionRanges(doc, p);
      definitionAt(doc, p);
      referencesAt(doc, p);
      prepareRenameAt(doc, p);
      renameAt(doc, p, 'x');
    }
    documentSymbols(doc);
    foldingRanges(doc);
    semanticTokens(doc);
    formatDocument(doc);
    checkDocument(doc);
  }
  assert.ok(completions > 100, `completion answered with items ${completions} times`);
});
