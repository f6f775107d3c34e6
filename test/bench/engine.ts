/**
 * The engine end to end on one core: time from process start to the first printed row of
 * `tideline run` on a datagen SELECT (with the CLI's code cache, and without it as after a
 * build), against the time a bare `node -e ''` takes to start and exit (same run). Nexmark
 * throughput is nexmark.ts. Run: node out/test/bench/engine.js. Figures only; never asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

async function main(): Promise<void> {
  await firstRow();
}

void main();
