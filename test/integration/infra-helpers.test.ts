/** The provisioning helpers the service starters rely on (no services needed). */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { installOnce, isInstalled, retryOnPortClash, startDaemon } from '../infra/cache';
import { clusterId } from '../infra/kafka';
import { ENV_KAFKA, ENV_REGISTRY, startServices } from '../infra/services';

describe('provisioning helpers', () => {
  const root = mkdtempSync(join(tmpdir(), 'tideline-infra-test-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  test('KRaft cluster ids are base64url UUIDs that never start with a dash (the storage tool would take it for an option)', () => {
    for (let i = 0; i < 20_000; i++) {
      const id = clusterId();
      assert.match(id, /^[A-Za-f][A-Za-z0-9_-]{21}$/, id);
    }
  });

  test('installOnce builds once, and a failed build leaves no folder that counts as installed', async () => {
    const dir = join(root, 'thing-1.0');
    await assert.rejects(
      installOnce(dir, async (staging) => {
        writeFileSync(join(staging, 'half'), 'x');
        throw new Error('download broke');
      }),
      /download broke/,
    );
    assert.equal(existsSync(dir), false);
    let builds = 0;
    const build = async (staging: string) => {
      builds++;
      writeFileSync(join(staging, 'payload'), 'ok');
    };
    await installOnce(dir, build);
    await installOnce(dir, build);
    assert.equal(builds, 1);
    assert.equal(isInstalled(dir), true);
    assert.equal(readFileSync(join(dir, 'payload'), 'utf8'), 'ok');
  });

  test('installOnce in place (for venvs) rebuilds an interrupted install', async () => {
    const dir = join(root, 'venv');
    await assert.rejects(installOnce(dir, async (d) => { writeFileSync(join(d, 'partial'), '1'); throw new Error('pip died'); }, { inPlace: true }));
    assert.equal(isInstalled(dir), false);
    await installOnce(dir, async (d) => { assert.equal(existsSync(join(d, 'partial')), false, 'leftover removed'); writeFileSync(join(d, 'bin'), '1'); }, { inPlace: true });
    assert.equal(isInstalled(dir), true);
  });

  test('retryOnPortClash retries bind failures only', async () => {
    let calls = 0;
    assert.equal(await retryOnPortClash(async () => (++calls < 2 ? Promise.reject(new Error('java.net.BindException: Address already in use')) : 'up')), 'up');
    assert.equal(calls, 2);
    calls = 0;
    await assert.rejects(retryOnPortClash(async () => { calls++; throw new Error('no java'); }), /no java/);
    assert.equal(calls, 1);
  });

  test('a daemon is stopped together with its child processes (process group)', async () => {
    const log = join(root, 'daemon.log');
    const d = startDaemon('sh', ['-c', 'sleep 300 & echo child $!; wait'], { logFile: log });
    for (let i = 0; i < 50 && !readFileSync(log, 'utf8').includes('child'); i++) await new Promise((r) => setTimeout(r, 100));
    const child = Number(/child (\d+)/.exec(readFileSync(log, 'utf8'))?.[1]);
    assert.ok(child > 0);
    await d.stop(2000);
    assert.equal(d.isRunning(), false);
    // Gone, or a zombie waiting for a container init that does not reap: either way not running.
    const state = () => {
      try {
        return readFileSync(`/proc/${child}/stat`, 'utf8').split(') ')[1]?.[0] ?? 'gone';
      } catch {
        return 'gone';
      }
    };
    for (let i = 0; i < 50 && !['gone', 'Z', 'X'].includes(state()); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(['gone', 'Z', 'X'].includes(state()), `the grandchild is still running (state ${state()})`);
  });

  test('startServices uses services the user configured and starts nothing for them', async () => {
    const saved = { kafka: process.env[ENV_KAFKA], registry: process.env[ENV_REGISTRY] };
    process.env[ENV_KAFKA] = '127.0.0.1:1,127.0.0.1:2';
    process.env[ENV_REGISTRY] = 'http://127.0.0.1:3/apis/ccompat/v7';
    const lines: string[] = [];
    try {
      const services = await startServices({ kafka: true, registry: true, log: (s) => lines.push(s) });
      assert.deepEqual(services.env, { [ENV_KAFKA]: '127.0.0.1:1,127.0.0.1:2', [ENV_REGISTRY]: 'http://127.0.0.1:3/apis/ccompat/v7' });
      assert.ok(!lines.some((l) => l.includes('starting')), lines.join('\n'));
      assert.ok(lines.some((l) => l.includes(`using ${ENV_KAFKA}`)), lines.join('\n'));
      await services.stop();
    } finally {
      for (const [name, value] of [[ENV_KAFKA, saved.kafka], [ENV_REGISTRY, saved.registry]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
