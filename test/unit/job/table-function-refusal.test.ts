/** A user-defined table function is refused at run time with one message naming the Java class that cannot run. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScriptLines } from './script-lines';

test('LATERAL TABLE(user function): the run stops with the class that cannot run in Tideline', async () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'tideline-udtf-'));
  try {
    const sql = "CREATE FUNCTION splitter AS 'com.example.Splitter';\nSELECT v.s, t.word FROM (VALUES ('a b')) AS v(s), LATERAL TABLE(splitter(v.s)) AS t(word);\n";
    await assert.rejects(runScriptLines(sql, { stateDir }), (err: Error) => {
      assert.match(err.message, /the user-defined table function splitter: its implementation, the Java class 'com\.example\.Splitter', cannot run in Tideline$/);
      assert.doesNotMatch(err.message, /;/, 'one reason, nothing else refused');
      return true;
    });
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
});
