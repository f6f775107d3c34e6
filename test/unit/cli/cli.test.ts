/** The built CLI as a user runs it: real process, real files, exit codes and output. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../../dist/cli.js');

function tideline(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('tideline CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-cli-'));
  writeFileSync(join(dir, 'good.sql'), 'SELECT a, b FROM (VALUES (1, 2)) AS t(a, b) WHERE a > 1;\n');
  writeFileSync(join(dir, 'bad.sql'), 'SELECT a\nFORM t;\n');

  test('--version and --help exit 0; no command is a usage error', () => {
    assert.match(tideline(['--version'], dir).out, /^\d+\.\d+\.\d+\n$/);
    const help = tideline(['--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.out, /check/);
    assert.match(help.out, /format/);
    assert.equal(tideline([], dir).code, 2);
  });

  test('unknown command and unknown option exit 2 with a suggestion', () => {
    const r = tideline(['chek', 'good.sql'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown command 'chek', did you mean 'check'\?/);
    const o = tideline(['check', '--synatx-only', 'good.sql'], dir);
    assert.equal(o.code, 2);
    assert.match(o.err, /did you mean '--syntax-only'/);
  });

  test('check: clean file exits 0, broken file prints file:line:col and exits 1', () => {
    assert.equal(tideline(['check', 'good.sql'], dir).code, 0);
    const r = tideline(['check', 'bad.sql'], dir);
    assert.equal(r.code, 1);
    assert.match(r.out, /^bad\.sql:2:1 error unexpected 'FORM', did you mean FROM\?/m);
  });

  test('check --format json gives file, range, severity, code and message', () => {
    const r = tideline(['check', '--format', 'json', 'bad.sql'], dir);
    const items = JSON.parse(r.out) as { file: string; range: { start: { line: number } }; severity: string; code: string }[];
    assert.equal(items.length, 1);
    assert.equal(items[0].file, 'bad.sql');
    assert.equal(items[0].range.start.line, 1);
    assert.equal(items[0].severity, 'error');
    assert.equal(items[0].code, 'syntax/unexpected-token');
  });

  test('check of a missing file or empty folder is a usage error naming it', () => {
    const r = tideline(['check', 'nope.sql'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /no such file or folder: nope\.sql/);
  });

  test('format rewrites in place; --check reports and exits 1 without writing', () => {
    writeFileSync(join(dir, 'ugly.sql'), 'select a,b from t where a>1');
    const c = tideline(['format', '--check', 'ugly.sql'], dir);
    assert.equal(c.code, 1);
    assert.match(c.out, /ugly\.sql: not formatted/);
    assert.equal(readFileSync(join(dir, 'ugly.sql'), 'utf8'), 'select a,b from t where a>1');
    assert.equal(tideline(['format', 'ugly.sql'], dir).code, 0);
    const formatted = readFileSync(join(dir, 'ugly.sql'), 'utf8');
    assert.match(formatted, /^SELECT\n/);
    assert.equal(tideline(['format', '--check', 'ugly.sql'], dir).code, 0);
  });
});
