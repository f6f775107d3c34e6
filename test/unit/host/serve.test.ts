/** `tideline serve` and `tideline token` as a user runs them: real processes, a real socket, tokens from the CLI. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RawRpc } from './rpc-client';

const CLI = resolve(__dirname, '../../../../dist/cli.js');

function cli(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('tideline serve and tideline token', () => {
  test('token create/list/revoke; the served API needs a valid token, enforces roles and sees revocations at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-serve-'));
    const sd = ['--state-dir', dir];
    const dev = cli(['token', 'create', '--principal', 'dana', '--grant', 'developer:default', '--description', 'ci', ...sd]);
    assert.equal(dev.code, 0, dev.err);
    const devToken = dev.out.trim();
    assert.match(devToken, /^tdl_/);
    const viewer = cli(['token', 'create', '--principal', 'vic', '--grant', 'viewer:default', ...sd]).out.trim();
    assert.match(cli(['token', 'create', '--principal', 'x', '--grant', 'boss', ...sd]).err, /invalid grant 'boss'/);
    const list = cli(['token', 'list', ...sd]);
    assert.match(list.out, /dana {2}developer:default .* active {2}ci/);
    assert.ok(!list.out.includes(devToken.slice(21)), 'list never shows secrets');
    assert.ok(!readFileSync(join(dir, 'auth', 'tokens.json'), 'utf8').includes(devToken.slice(21)));
    assert.equal(cli(['serve', '--listen', '0.0.0.0:7878', ...sd]).code, 2, 'only loopback');

    const server = spawn(process.execPath, [CLI, 'serve', '--listen', '127.0.0.1:0', ...sd], { stdio: ['ignore', 'pipe', 'pipe'] });
    server.stderr.resume();
    let out = '';
    while (!/listening on [\d.]+:(\d+)/.test(out)) out += ((await once(server.stdout, 'data')) as [Buffer])[0].toString();
    const port = Number(/listening on [\d.]+:(\d+)/.exec(out)![1]);
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const rpc = new RawRpc(socket, socket);

    assert.equal((await rpc.request('engine/ping')).error, undefined, 'ping works before login');
    const anon = await rpc.request('pools/list', {});
    assert.equal(anon.error?.code, -32001);
    assert.match(anon.error!.message, /missing API token/);
    assert.match((await rpc.request('auth/login', { token: 'tdl_0000000000000000_' + 'A'.repeat(43) })).error!.message, /unknown API token/);
    assert.match((await rpc.request('auth/login', { token: 42 })).error!.message, /field 'token' must be a string/);
    rpc.sendBody('{broken');
    assert.equal((await rpc.request('engine/ping')).error, undefined, 'bad JSON on the socket is answered, the connection lives');

    const login = await rpc.request('auth/login', { token: devToken });
    assert.deepEqual(login.result, { principal: 'dana', grants: ['developer:default'] });
    const pools = (await rpc.request('pools/list', {})).result as { pools: Array<{ name: string; maxCfu: number }> };
    assert.deepEqual(pools.pools.map((p) => p.name), ['default']);
    const create = await rpc.request('pools/create', { name: 'mine', maxCfu: 2 });
    assert.equal(create.error?.code, -32003);
    assert.match(create.error!.message, /principal 'dana' may not call pools\/create on pool 'mine': needs role pool-admin \(holds no role there\)/);

    // a second client as a viewer on its own connection
    const s2 = connect(port, '127.0.0.1');
    await once(s2, 'connect');
    const rpc2 = new RawRpc(s2, s2);
    await rpc2.request('auth/login', { token: viewer });
    assert.match((await rpc2.request('statements/submit', { sql: 'SELECT 1' })).error!.message, /needs role developer \(holds viewer\)/);
    assert.equal((await rpc2.request('usage/get', { pool: 'default' })).error, undefined);

    // revoked from the CLI while the server runs
    const id = devToken.split('_')[1]!;
    const revoke = cli(['token', 'revoke', id, ...sd]);
    assert.equal(revoke.code, 0, revoke.err);
    const after = await rpc.request('pools/list', {});
    assert.equal(after.error?.code, -32001);
    assert.match(after.error!.message, /was revoked/);
    assert.equal(cli(['token', 'revoke', 'ffff', ...sd]).code, 1);

    // the refusals are in the audit log, without tokens
    const audit = readFileSync(join(dir, 'audit', 'audit.jsonl'), 'utf8');
    assert.match(audit, /"principal":"dana","action":"pools\/create","outcome":"refused","pool":"mine"/);
    assert.ok(!audit.includes(devToken.slice(21)));

    socket.destroy();
    s2.destroy();
    server.kill('SIGTERM');
    const [code] = (await once(server, 'exit')) as [number];
    assert.equal(code, 0);
  });
});
