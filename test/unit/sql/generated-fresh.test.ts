import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');
const committed = join(root, 'engine/sql/generated');

test('the committed parser is generated from the committed grammar', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'tideline-parser-'));
  try {
    const res = spawnSync(process.execPath, [join(root, 'scripts/generate-parser.mjs'), fresh], { encoding: 'utf8' });
    assert.equal(res.status, 0, `generator failed: ${res.stderr}`);
    const want = readdirSync(committed).sort();
    assert.deepEqual(readdirSync(fresh).sort(), want, 'run npm run generate:parser (generated file set differs)');
    for (const name of want) {
      const same = readFileSync(join(fresh, name)).equals(readFileSync(join(committed, name)));
      assert.ok(same, `engine/sql/generated/${name} is stale: run npm run generate:parser`);
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});
