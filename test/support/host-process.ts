/**
 * The built engine host (dist/engine-host.js, what the extension launches) as a child process
 * over stdio JSON-RPC, for tests that crash it with SIGKILL and start it again on the same
 * state directory: start, call a method (an error answer fails the test with the host's
 * stderr), and wait for a condition.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { RawRpc } from '../unit/host/rpc-client';
import { repoRoot } from './repo-root';

export interface HostProcess {
  readonly child: ChildProcess;
  readonly rpc: RawRpc;
  readonly stderr: () => string;
}

/** Starts dist/engine-host.js on `stateDir`, with `env` added to this process's environment. */
export function startHost(stateDir: string, env: Readonly<Record<string, string>> = {}): HostProcess {
  const host = join(repoRoot(__dirname), 'dist/engine-host.js');
  const child = spawn(process.execPath, [host, '--state-dir', stateDir], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let err = '';
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  return { child, rpc: new RawRpc(child.stdin!, child.stdout!), stderr: () => err };
}

/** The result of `method`; an error answer fails with the method, the error and the host's stderr. */
export async function call<T>(h: HostProcess, method: string, params?: unknown): Promise<T> {
  const r = await h.rpc.request(method, params);
  assert.equal(r.error, undefined, `${method}: ${JSON.stringify(r.error)}\n${h.stderr()}`);
  return r.result as T;
}

/** Polls `cond` every `pollMs` until it holds; throws naming `what` after `timeoutMs`. */
export async function until(what: string, cond: () => Promise<boolean> | boolean, timeoutMs = 120_000, pollMs = 20): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
