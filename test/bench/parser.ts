/**
 * Parser benchmark, side by side with dt-sql-parser's FlinkSQL in the same process: full
 * validation (warm) of generated 1,000- and 10,000-line files (SELECT, INSERT, CREATE, mix;
 * mix with 1, 5 and 20 syntax errors), the cost of each added syntax error, and the first
 * validation in a fresh process. Prints ratios; targets (issue 3): warm >= 10x faster than
 * dt-sql-parser, < 0.5 ms per added error, first validation < 150 ms.
 * Run: node scripts/build.mjs --tests && node out/test/bench/parser.js [--quick]
 * dt-sql-parser is ESM with extensionless imports, so its Flink entry is bundled with esbuild
 * into out/bench/ first.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { generateFile, type FileKind } from './parser-corpus';
import { dtValidator, type Validator } from './dt-sql-parser';

const root = resolve(__dirname, '../../..');
const oursBundle = join(root, 'out/bench/tideline-sql.cjs');

/** engine/sql bundled as it ships (scripts/build.mjs: antlr4ng bundled, with its plugin). */
async function bundleOurs(): Promise<void> {
  const { antlrFastContexts } = (await import(pathToFileURL(join(root, 'scripts/antlr-fast-contexts.mjs')).href)) as {
    antlrFastContexts: never;
  };
  await build({
    entryPoints: [join(root, 'engine/sql/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: oursBundle,
    logLevel: 'warning',
    plugins: [antlrFastContexts],
  });
}

function oursValidator(): Validator {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseScript } = require(oursBundle) as typeof import('../../engine/sql');
  return { validate: (t) => parseScript(t).diagnostics.length };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Median CPU time (user + system of this process: the machine is shared, wall time is not ours)
 * of validating `text`. Each run appends a distinct comment so that no parser can answer from a
 * cache of the previous input (dt-sql-parser keeps the last parse of an identical text).
 */
function timeWarm(v: Validator, text: string, runs: number): { ms: number; errors: number } {
  let errors = 0;
  let n = 0;
  const warm = runs > 3 ? 3 : 1;
  for (let w = 0; w < warm; w++) errors = v.validate(`${text}-- warm ${n++}\n`);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const input = `${text}-- run ${n++}\n`;
    const c0 = process.cpuUsage();
    v.validate(input);
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  return { ms: median(times), errors };
}

function cold(which: 'ours' | 'dt', file: string): void {
  // runs in a child process: performance.now() counts from process start
  const text = readFileSync(file, 'utf8');
  const v = which === 'ours' ? oursValidator() : dtValidator();
  const t0 = performance.now();
  const errors = v.validate(text);
  console.log(JSON.stringify({ total: performance.now(), validate: performance.now() - t0, errors }));
}

function coldRun(which: 'ours' | 'dt', file: string): { total: number; validate: number } {
  const runs: { total: number; validate: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, [__filename, '--cold', which, file], { encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  return { total: median(runs.map((r) => r.total)), validate: median(runs.map((r) => r.validate)) };
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  await bundleOurs();
  const ours = oursValidator();
  const dt = dtValidator();
  const rows: string[] = [];
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`parser benchmark, node ${process.version}${quick ? ' (quick)' : ''}`);
  console.log(`${pad('file (warm, CPU ms, median)', 28)} ${'tideline ms'.padStart(12)} ${'dt-sql ms'.padStart(10)} ${'ratio'.padStart(7)}  errors (ours/dt)`);
  const sizes = quick ? [1000] : [1000, 10000];
  const perError: string[] = [];
  for (const lines of sizes) {
    const runsOurs = lines > 5000 ? 7 : 21;
    const runsDt = lines > 5000 ? 2 : 5;
    const variants: [FileKind, number][] = [
      ['select', 0],
      ['insert', 0],
      ['create', 0],
      ['mix', 0],
      ['mix', 1],
      ['mix', 5],
      ['mix', 20],
    ];
    const oursByErrors = new Map<number, number>();
    const dtByErrors = new Map<number, number>();
    for (const [kind, errors] of variants) {
      const text = generateFile(kind, lines, errors);
      const a = timeWarm(ours, text, runsOurs);
      const b = timeWarm(dt, text, runsDt);
      if (kind === 'mix') {
        oursByErrors.set(errors, a.ms);
        dtByErrors.set(errors, b.ms);
      }
      const label = `${lines} lines ${kind}${errors ? ` +${errors} err` : ''}`;
      const line = `${pad(label, 28)} ${a.ms.toFixed(2).padStart(12)} ${b.ms.toFixed(2).padStart(10)} ${(b.ms / a.ms).toFixed(1).padStart(6)}x  ${a.errors}/${b.errors}`;
      console.log(line);
      rows.push(line);
    }
    const o = (oursByErrors.get(20)! - oursByErrors.get(0)!) / 20;
    const d = (dtByErrors.get(20)! - dtByErrors.get(0)!) / 20;
    perError.push(`${lines} lines: each added syntax error costs ${o.toFixed(3)} ms (tideline) vs ${d.toFixed(3)} ms (dt-sql-parser)`);
  }
  for (const p of perError) console.log(p);

  mkdirSync(join(root, 'out/bench'), { recursive: true });
  const coldFile = join(root, 'out/bench/parser-cold-1000.sql');
  writeFileSync(coldFile, generateFile('mix', 1000, 0));
  const boot = median(
    [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['-e', 'console.log(performance.now())'], { encoding: 'utf8' }).trim())),
  );
  const co = coldRun('ours', coldFile);
  const cd = coldRun('dt', coldFile);
  console.log(`first validation of a 1,000-line file in a fresh process (node boot alone ${boot.toFixed(0)} ms):`);
  console.log(`  tideline: ${co.validate.toFixed(0)} ms validate, ${co.total.toFixed(0)} ms since process start`);
  console.log(`  dt-sql-parser: ${cd.validate.toFixed(0)} ms validate, ${cd.total.toFixed(0)} ms since process start (ratio ${(cd.validate / co.validate).toFixed(1)}x)`);
}

const coldAt = process.argv.indexOf('--cold');
if (coldAt >= 0) cold(process.argv[coldAt + 1] as 'ours' | 'dt', process.argv[coldAt + 2]);
else void main();
