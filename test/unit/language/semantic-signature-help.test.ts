import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signatureHelpAt, type LanguageSignatureHelp } from '../../../engine/language';
import { withCursor } from './cursor';

function help(marked: string): LanguageSignatureHelp | undefined {
  const { doc, position } = withCursor(marked);
  return signatureHelpAt(doc, position);
}

function activeParam(h: LanguageSignatureHelp): string {
  const s = h.signatures[h.activeSignature];
  const [a, b] = s.parameters[h.activeParameter];
  return s.label.slice(a, b);
}

describe('semantic signature help', () => {
  test('active parameter by comma position', () => {
    const first = help("SELECT SUBSTRING(|'abc', 2) FROM t")!;
    assert.match(first.signatures[first.activeSignature].label, /^SUBSTRING\(/);
    assert.match(activeParam(first), /^str /);
    assert.match(activeParam(help("SELECT SUBSTRING('abc', |")!), /^pos /);
    assert.match(activeParam(help("SELECT SUBSTRING('abc', 2, |")!), /^len /);
  });

  test('nested calls and parentheses: the innermost open call, its own commas only', () => {
    const h = help("SELECT SUBSTRING(CONCAT(a, b), POSITION('x' IN c) + (1|")!;
    assert.match(h.signatures[0].label, /^SUBSTRING/);
    assert.match(activeParam(h), /^pos /);
    const inner = help("SELECT SUBSTRING(CONCAT(a, |")!;
    assert.match(inner.signatures[0].label, /^CONCAT/);
  });

  test('across lines and in lower case; documentation carries the example', () => {
    const h = help("SELECT\n  date_format(\n    order_time,\n    |")!;
    assert.match(h.signatures[0].label, /^DATE_FORMAT/);
    assert.equal(h.activeParameter, 1);
    assert.match(h.signatures[0].documentation ?? '', /Example/);
  });

  test('window TVF named parameters are highlighted', () => {
    const h = help('SELECT * FROM TABLE(TUMBLE(DATA => TABLE orders, |')!;
    assert.equal(activeParam(h), 'TIMECOL => DESCRIPTOR');
  });

  test('nothing outside calls, after a closed call, for unknown names or in comments', () => {
    assert.equal(help('SELECT a, |'), undefined);
    assert.equal(help('SELECT UPPER(a) |'), undefined);
    assert.equal(help('SELECT my_udf(|'), undefined);
    assert.equal(help('SELECT UPPER( -- |'), undefined);
  });
});
