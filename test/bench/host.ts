/**
 * The engine host as the extension uses it (dist/engine-host.js over stdio JSON-RPC):
 * - start to ready: spawn until the first engine/ping is answered, against a bare `node -e ''`
 *   start-and-exit measured in the same run;
 * - first result row: statements/submit of a SELECT (with results/subscribe right behind it)
 *   until the first row arrives (in the subscribe snapshot or a results/batch), against the
 *   same SELECT run in process by runScript (the CLI's path) until its first row.
 * - API responsiveness: engine/ping round trips while 8 CPU-bound statements run (datagen at
 *   full speed into a blackhole), against the same pings on an idle host.
 * Run: node out/test/bench/host.js [runs]  (default 7). Figures only; never asserted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openCatalogs } from '../../engine/catalog/setup';
import type { ScriptOutput } from '../../engine/job/output';
import { runScript } from '../../engine/job/run-script';
import { RawRpc } from '../unit/host/rpc-client';

const RUNS = Number(process.argv[2] ?? 7);
const HOST = resolve(__dirname, '../../../dist/engine-host.js');
const SQL = 'SELECT user_id, url FROM examples.marketplace.clicks';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const now = () => Number(process.hrtime.bigint()) / 1e6;

function startHost() {
  const child = spawn(process.execPath, [HOST, '--state-dir', mkdtempSync(join(tmpdir(), 'tideline-bench-host-'))], { stdio: ['pipe', 'pipe', 'ignore'] });
  return { child, rpc: new RawRpc(child.stdin, child.stdout) };
}

async function startToReady(): Promise<number> {
  const t0 = now();
  const { child, rpc } = startHost();
  await rpc.request('engine/ping');
  const ms = now() - t0;
  child.stdin.end();
  await new Promise((r) => child.on('exit', r));
  return ms;
}

function bareNode(): number {
  const t0 = now();
  spawnSync(process.execPath, ['-e', '']);
  return now() - t0;
}

async function hostFirstRows(): Promise<{ cold: number; warm: number[] }> {
  const { child, rpc } = startHost();
  await rpc.request('engine/ping');
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const name = `bench-${i}`;
    const t0 = now();
    const submitted = rpc.request('statements/submit', { name, sql: SQL });
    const snapshot = rpc.request('results/subscribe', { name });
    await submitted;
    const snap = (await snapshot).result as { tableRows: unknown[] } | undefined;
    if (!snap || snap.tableRows.length === 0) {
      await rpc.waitForNotification((n) => n.method === 'results/batch' && (n.params as { name: string }).name === name, 30_000);
    }
    times.push(now() - t0);
    await rpc.request('statements/stop', { name });
  }
  child.stdin.end();
  await new Promise((r) => child.on('exit', r));
  return { cold: times[0]!, warm: times.slice(1) };
}

async function inProcessFirstRows(): Promise<number[]> {
  const stateDir = mkdtempSync(join(tmpdir(), 'tideline-bench-inproc-'));
  const { manager } = await openCatalogs({ stateDir });
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const signal = { stopped: false };
    let first = 0;
    const t0 = now();
    const output: ScriptOutput = {
      beginQuery: () => undefined,
      changes: (_k, rows) => {
        if (!first && rows.length > 0) {
          first = now() - t0;
          signal.stopped = true;
        }
      },
      endQuery: () => undefined,
      message: () => undefined,
      table: () => undefined,
      text: () => undefined,
    };
    await runScript(`${SQL};\n`, { file: 'bench.sql', catalog: manager, stateDir, output, signal });
    times.push(first);
  }
  return times.slice(1);
}

async function pings(rpc: RawRpc, n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = now();
    await rpc.request('engine/ping');
    times.push(now() - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  return median(times);
}

async function responsiveness(): Promise<void> {
  const { child, rpc } = startHost();
  await rpc.request('engine/ping');
  await new Promise((r) => setTimeout(r, 1000)); // past the warm-up
  const idle = await pings(rpc, 30);
  await rpc.request('pools/create', { name: 'busy', maxCfu: 8 });
  await rpc.request('statements/submit', { name: 'g', sql: "CREATE TABLE g (id BIGINT, s STRING) WITH ('connector' = 'datagen', 'rows-per-second' = '100000000')" });
  await rpc.request('statements/submit', { name: 'b', sql: "CREATE TABLE b (id BIGINT, s STRING) WITH ('connector' = 'blackhole')" });
  await new Promise((r) => setTimeout(r, 300));
  for (let i = 0; i < 8; i++) await rpc.request('statements/submit', { name: `load-${i}`, pool: 'busy', sql: 'INSERT INTO b SELECT id, UPPER(s) FROM g' });
  await new Promise((r) => setTimeout(r, 1000));
  const busy = await pings(rpc, 30);
  console.log(`  engine/ping round trip: idle ${idle.toFixed(2)} ms, with 8 CPU-bound statements running ${busy.toFixed(2)} ms (median of 30); ratio ${(busy / idle).toFixed(1)}x`);
  child.stdin.end();
  await new Promise((r) => child.on('exit', r));
}

async function main(): Promise<void> {
  const ready: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ready.push(await startToReady());
    bare.push(bareNode());
  }
  const r = median(ready);
  const b = median(bare);
  console.log(`  host start to ready (first ping answered): ${r.toFixed(0)} ms median of ${RUNS}; bare node start+exit ${b.toFixed(0)} ms; ratio ${(r / b).toFixed(2)}x`);
  const host = await hostFirstRows();
  const inproc = await inProcessFirstRows();
  const h = median(host.warm);
  const p = median(inproc);
  console.log(`  first result row through the host (submit -> row on the wire): ${h.toFixed(1)} ms median of ${RUNS} (first statement of a fresh host ${host.cold.toFixed(0)} ms)`);
  console.log(`  first result row in process (runScript, the CLI's path): ${p.toFixed(1)} ms median of ${RUNS}`);
  console.log(`  ratio host / in process: ${(h / p).toFixed(2)}x`);
  await responsiveness();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
