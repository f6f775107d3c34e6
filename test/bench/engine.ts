/**
 * The engine end to end (SQL -> analyzer -> planner -> executor), on one core:
 * - time from process start to the first printed row of `tideline run` on a datagen SELECT,
 *   against the time a bare `node -e ''` takes to start and exit (same run);
 * - Nexmark q0, q1, q2 (their Flink SQL) over the built-in nexmark generator in simulated time
 *   with a bounded number of events: events per second (all event kinds counted, as Nexmark
 *   does), results consumed by a counting output.
 * Run: node out/test/bench/engine.js [events] [first-row|nexmark]   (default 1,000,000 events, both
 * parts). Figures only; never asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openCatalogs } from '../../engine/catalog/setup';
import type { ScriptOutput } from '../../engine/job/output';
import { runScript } from '../../engine/job/run-script';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const CLI = resolve(__dirname, '../../../dist/cli.js');

function firstLineMs(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
    let seen = false;
    const finish = () => {
      if (seen) return;
      seen = true;
      done(Number(process.hrtime.bigint() - t0) / 1e6);
    };
    child.stdout.on('data', (d: Buffer) => {
      if (d.includes(10)) {
        finish();
        child.kill();
      }
    });
    child.on('exit', finish);
    child.on('error', fail);
  });
}

async function firstRow(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-bench-'));
  writeFileSync(
    join(dir, 'first.sql'),
    "CREATE TEMPORARY TABLE g (id BIGINT, name STRING) WITH ('connector' = 'datagen', 'rows-per-second' = '1000');\nSELECT id, name FROM g;\n",
  );
  const runs = 7;
  const first: number[] = [];
  const uncached: number[] = [];
  const bare: number[] = [];
  const cli = [CLI, 'run', '--state-dir', join(dir, 'state'), '--format', 'jsonl', '--max-rows', '1', 'first.sql'];
  // Interleaved, so load from elsewhere on the machine falls on all three alike.
  for (let i = 0; i < runs; i++) {
    bare.push(await firstLineMs(['-e', 'console.log(1)'], dir));
    first.push(await firstLineMs(cli, dir));
    uncached.push(await firstLineMs(cli, dir, { ...process.env, TIDELINE_NO_CODE_CACHE: '1' }));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const line = (what: string, xs: number[]) =>
    `${what}: median ${med(xs).toFixed(0)} ms over ${runs} runs = ${(med(xs) / med(bare)).toFixed(2)}x bare node start (${med(bare).toFixed(0)} ms)`;
  console.log(`first row (datagen SELECT, process start -> first line; target < 250 ms)`);
  console.log(`  ${line('tideline run', first)}`);
  console.log(`  ${line('without the code cache (a first run after a build)', uncached)}`);
}

const QUERIES: Record<string, string> = {
  q0: 'SELECT auction, bidder, price, dateTime, extra FROM bid',
  q1: 'SELECT auction, bidder, 0.908 * price AS price, dateTime, extra FROM bid',
  q2: 'SELECT auction, price FROM bid WHERE MOD(auction, 123) = 0',
};

async function nexmark(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-bench-nexmark-'));
  const { manager } = await openCatalogs({ stateDir: dir });
  for (const [name, select] of Object.entries(QUERIES)) {
    let rows = 0;
    const output: ScriptOutput = {
      beginQuery() {},
      changes(_k, r) {
        rows += r.length;
      },
      endQuery() {},
      message() {},
      table() {},
      text() {},
    };
    const hint = `/*+ OPTIONS('number-of-events' = '${EVENTS}', 'time-mode' = 'simulated') */`;
    const sql = `-- tideline: catalog=examples database=nexmark\n${select.replace('FROM bid', `FROM bid ${hint}`)};\n`;
    const t0 = process.hrtime.bigint();
    const r = await runScript(sql, { file: `${name}.sql`, catalog: manager, stateDir: dir, output });
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.failed) {
      console.log(`nexmark ${name}: failed: ${r.failed.message}`);
      continue;
    }
    console.log(`nexmark ${name}: ${EVENTS} events in ${s.toFixed(2)} s = ${Math.round(EVENTS / s).toLocaleString('en-US')} events/s (${rows} result rows; target 1,000,000/s)`);
  }
}

async function main(): Promise<void> {
  const only = process.argv[3];
  if (only !== 'nexmark') await firstRow();
  if (only !== 'first-row') await nexmark();
}

void main();
