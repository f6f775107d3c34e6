import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, UsageError, optionString, optionFlag } from '../../../engine/cli/args';

const defs = [
  { name: 'format', value: 'text|json', description: 'output format', choices: ['text', 'json'] },
  { name: 'syntax-only', description: 'skip catalog and type checks' },
  { name: 'max-rows', value: 'N', description: 'row limit' },
];

describe('cli argument parsing', () => {
  test('flags, values in both spellings, positionals and --', () => {
    const a = parseArgs(['--format', 'json', 'a.sql', '--syntax-only', '--max-rows=5', '--', '--weird.sql'], defs);
    assert.equal(optionString(a, 'format'), 'json');
    assert.equal(optionFlag(a, 'syntax-only'), true);
    assert.equal(optionString(a, 'max-rows'), '5');
    assert.deepEqual(a.positionals, ['a.sql', '--weird.sql']);
  });

  test('unknown option names the closest known one', () => {
    assert.throws(() => parseArgs(['--formt', 'json'], defs), (e: unknown) => {
      assert.ok(e instanceof UsageError);
      assert.match(e.message, /unknown option '--formt', did you mean '--format'\?/);
      return true;
    });
  });

  test('choices are enforced and missing values reported', () => {
    assert.throws(() => parseArgs(['--format', 'xml'], defs), /must be one of text, json \(got 'xml'\)/);
    assert.throws(() => parseArgs(['--format'], defs), /needs a value/);
    assert.throws(() => parseArgs(['--syntax-only=yes'], defs), /takes no value/);
    assert.throws(() => parseArgs(['-x'], defs), /unknown option '-x'/);
  });
});
