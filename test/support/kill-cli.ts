/** Crash tests: a real `tideline run` process, SIGKILLed once a condition on its output holds. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './repo-root';

/** The built CLI (`npm run build`) of the repository the (bundled) test runs from. */
export const CLI = join(repoRoot(__dirname), 'dist/cli.js');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface KillOptions {
  /** How often `ready` is asked. */
  readonly pollMs: number;
  /** Time let pass after `ready`, so the kill lands between checkpoints with rows pending. */
  readonly graceMs: number;
  /** Give up waiting for `ready` after this long (and kill anyway). */
  readonly maxWaitMs?: number;
}

/**
 * Starts `tideline <args>` in `cwd`, waits until `ready()` (or the process ends), then SIGKILLs
 * it and asserts the kill is what ended it, not the run finishing by itself.
 */
export async function runCliAndKill(args: readonly string[], cwd: string, ready: () => boolean, o: KillOptions): Promise<void> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  let done = false;
  void exited.then(() => (done = true));
  const until = o.maxWaitMs === undefined ? Infinity : Date.now() + o.maxWaitMs;
  while (!done && !ready() && Date.now() < until) await sleep(o.pollMs);
  await sleep(o.graceMs);
  child.kill('SIGKILL');
  const end = await exited;
  assert.equal(end.signal, 'SIGKILL', `the run ended by itself before it could be killed (exit ${end.code}): ${err}`);
}
