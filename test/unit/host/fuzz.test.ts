/**
 * API fuzzing against the built engine host (dist/engine-host.js) as the extension runs it:
 * invalid JSON, bad framing, wrong types, unknown methods and huge payloads are answered with
 * errors, and the process keeps serving.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RawRpc } from './rpc-client';

const HOST = resolve(__dirname, '../../../../dist/engine-host.js');
const METHODS = [
  'engine/ping', 'auth/login', 'auth/whoami', 'pools/list', 'pools/get', 'pools/create', 'pools/update', 'pools/delete',
  'statements/list', 'statements/get', 'statements/submit', 'statements/stop', 'statements/resume', 'statements/delete',
  'usage/get', 'audit/list', 'nope', '', '__proto__', 'constructor', 'pools/list/extra',
  'statements/explain', 'results/subscribe', 'results/unsubscribe', 'catalog/tree', 'catalog/describe', 'catalog/drop',
  'connections/list', 'connections/set', 'connections/test', 'connections/delete',
];
const FIELDS = ['name', 'maxCfu', 'region', 'kind', 'sql', 'pool', 'statement', 'principal', 'limit', 'token', 'context', 'path', '__proto__', 'constructor', 'x', 'brokers', 'sasl', 'tls', 'registry', 'environment'];

/** A seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomValue(r: () => number, depth = 0): unknown {
  switch (Math.floor(r() * 11)) {
    case 0: return null;
    case 1: return r() < 0.5;
    case 2: return Math.floor(r() * 2e9) - 1e9;
    case 3: return r() * 1e308 * (r() < 0.5 ? -1 : 1);
    case 4: return 'p';
    case 5: return 'x'.repeat(Math.floor(r() * 3000));
    case 6: return ['local', 'k', 5, null].slice(0, Math.floor(r() * 5));
    case 7: return depth < 3 ? { a: randomValue(r, depth + 1) } : {};
    case 8: return 'default';
    case 9: return 'SELECT 1';
    default: return '\u0000\ud800💥';
  }
}

function spawnHost(dir = mkdtempSync(join(tmpdir(), 'tideline-fuzz-'))) {
  assert.ok(existsSync(HOST), `build first: ${HOST}`);
  const child = spawn(process.execPath, [HOST, '--state-dir', dir], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.resume();
  return { child, rpc: new RawRpc(child.stdin, child.stdout) };
}

describe('engine host API fuzzing', () => {
  test('malformed messages and requests never crash the host; each gets an error and the host keeps answering', async () => {
    const t0 = performance.now();
    const { child, rpc } = spawnHost();
    const first = await rpc.request('engine/ping');
    console.log(`engine host: start to first ping answered ${(performance.now() - t0).toFixed(0)} ms`);
    assert.equal(first.error, undefined);
    let exited = false;
    child.on('exit', () => (exited = true));
    const ping = async () => {
      const r = await rpc.request('engine/ping');
      assert.equal((r.result as { pong: boolean }).pong, true);
    };
    await ping();

    // framing and JSON
    const bad: Array<() => void> = [
      () => rpc.sendBody('{not json'),
      () => rpc.sendBody(''),
      () => rpc.sendRaw('Garbage-Header: 1\r\n\r\n'),
      () => rpc.sendRaw('Content-Length: abc\r\n\r\n'),
      () => rpc.sendBody('[1,2,3]'),
      () => rpc.sendBody('"just a string"'),
      () => rpc.sendBody('null'),
      () => rpc.sendBody('{"jsonrpc":"2.0","id":{"a":1},"method":"engine/ping"}'),
      () => rpc.sendBody('{"jsonrpc":"2.0","id":7,"method":42}'),
      () => rpc.sendBody(Buffer.from([0xff, 0xfe, 0x00, 0x7b])),
      () => rpc.sendBody('{"jsonrpc":"2.0","method":"pools/create","params":{"name":1}}'), // a notification
    ];
    for (const send of bad) {
      send();
      await ping();
    }

    // a body larger than the limit is skipped as it streams by
    const huge = Buffer.alloc(17 * 1024 * 1024, 0x61);
    rpc.sendBody(huge);
    await ping();
    // a large but allowed payload with an over-long SQL text is refused by validation
    const big = await rpc.request('statements/submit', { sql: 'x'.repeat(2_000_000) });
    assert.equal(big.error?.code, -32602);
    assert.match(big.error!.message, /field 'sql' is 2000000 characters long; at most 1000000 are accepted/);

    // wrong types, unknown fields, unknown methods
    const typed = await rpc.request('pools/create', { name: 5 });
    assert.match(typed.error!.message, /field 'name' must be a string, not the number 5/);
    const unknownField = await rpc.request('pools/create', { name: 'a', colour: 'red' });
    assert.match(unknownField.error!.message, /unknown field 'colour'/);
    const unknownMethod = await rpc.request('pools/explode', {});
    assert.equal(unknownMethod.error?.code, -32601);
    const proto = await rpc.request('__proto__', {});
    assert.equal(proto.error?.code, -32601);
    const arr = await rpc.request('pools/list', [1, 2]);
    assert.equal(arr.error?.code, -32602);

    // random requests from a seeded generator
    const r = rng(20261125);
    let answered = 0;
    for (let i = 0; i < 600; i++) {
      const method = METHODS[Math.floor(r() * METHODS.length)]!;
      const params: Record<string, unknown> = {};
      const n = Math.floor(r() * 4);
      for (let k = 0; k < n; k++) params[FIELDS[Math.floor(r() * FIELDS.length)]!] = randomValue(r);
      const res = await rpc.request(method, r() < 0.1 ? randomValue(r) : params);
      assert.ok(res.result !== undefined || (res.error && typeof res.error.message === 'string' && res.error.message.length > 0), `request ${i} ${method}`);
      answered++;
    }
    assert.equal(answered, 600);
    await ping();
    assert.equal(exited, false);
    assert.equal(child.exitCode, null);
    child.kill();
  });

  test('a corrupt state file does not stop the host: ping answers, other methods name the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-fuzz-'));
    mkdirSync(join(dir, 'pools'));
    writeFileSync(join(dir, 'pools', 'pools.json'), '{"version":1,"pools":[');
    const { child, rpc } = spawnHost(dir);
    const ping = (await rpc.request('engine/ping')).result as { pong: boolean; unavailable: string };
    assert.equal(ping.pong, true);
    assert.match(ping.unavailable, /pool registry .*pools\.json is not valid JSON/);
    const list = await rpc.request('pools/list', {});
    assert.match(list.error!.message, /could not open its state directory/);
    rpc.sendBody('{bad');
    assert.equal((await rpc.request('engine/ping')).error, undefined);
    child.kill();
  });
});
