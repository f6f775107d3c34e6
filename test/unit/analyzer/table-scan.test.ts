import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExpressionText } from '../../../engine/analyzer/table-scan';

test('a DDL expression text is parsed once: the same AST comes back for the same text', () => {
  const a = parseExpressionText("ts - INTERVAL '5' SECOND");
  assert.equal(a?.kind, 'binary');
  assert.equal(parseExpressionText("ts - INTERVAL '5' SECOND"), a);
  assert.notEqual(parseExpressionText("ts - INTERVAL '6' SECOND"), a);
  assert.equal(parseExpressionText('price * ('), undefined);
  assert.equal(parseExpressionText('price * ('), undefined);
});
