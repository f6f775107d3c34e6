/**
 * Reading a state directory's local topics from a test: how many bytes a topic's logs hold
 * (something was committed), and the `id` column of a local table read with the built CLI once
 * no engine holds the state directory.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './kill-cli';

/** Bytes in the logs of `topic` (e.g. `local.default.target`) under `stateDir`; 0 before it exists. */
export function topicBytes(stateDir: string, topic: string): number {
  const dir = join(stateDir, 'topics', topic);
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .reduce((a, f) => a + statSync(join(dir, f)).size, 0);
}

/** The `id` values of a local table, in ascending order, read to its latest offset with `tideline run`. */
export function idsOf(stateDir: string, table: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-read-'));
  writeFileSync(join(dir, 'read.sql'), `SELECT id FROM ${table} /*+ OPTIONS('scan.bounded.mode' = 'latest-offset') */;\n`);
  const r = spawnSync(process.execPath, [CLI, 'run', '--state-dir', stateDir, '--format', 'csv', 'read.sql'], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout
    .trim()
    .split('\n')
    .slice(1) // op,id
    .map((line) => Number(line.split(',')[1]))
    .sort((a, b) => a - b);
}
