import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(__dirname, '../../../..');

test('the antlr4ng rule-context rewrite applies to the installed runtime and keeps its behaviour', async () => {
  const { rewriteParserRuleContext } = (await import(pathToFileURL(join(root, 'scripts/antlr-fast-contexts.mjs')).href)) as {
    rewriteParserRuleContext(source: string): string | undefined;
  };
  const source = readFileSync(require.resolve('antlr4ng'), 'utf8');
  const rewritten = rewriteParserRuleContext(source);
  assert.ok(rewritten, 'ParserRuleContext fields not found: antlr4ng changed, update scripts/antlr-fast-contexts.mjs');
  assert.doesNotMatch(rewritten, /class _ParserRuleContext \{[^]*?\n  start = null;/);
  const dir = mkdtempSync(join(tmpdir(), 'tideline-antlr-'));
  try {
    const file = join(dir, 'antlr4ng.cjs');
    writeFileSync(file, rewritten);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const patched = require(file) as typeof import('antlr4ng');
    const parent = new patched.ParserRuleContext(null, 3);
    const child = new patched.ParserRuleContext(parent, 7);
    assert.equal(child.parent, parent);
    assert.equal(child.invokingState, 7);
    assert.equal(child.start, null);
    assert.equal(child.stop, null);
    assert.deepEqual(child.children, []);
    assert.notEqual(child.children, parent.children);
    assert.deepEqual(Object.keys(child), ['start', 'stop', 'children', 'invokingState', 'parent']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
