/**
 * `npm run bench`: every benchmark in turn, each in its own process (so one's heap and JIT
 * state never colour another's figures), printing figures and ratios against baselines that
 * each benchmark measures in the same run. Nothing here is asserted; a benchmark that crashes
 * is reported and the run exits non-zero.
 *
 *   node out/test/bench/run.js [--quick] [name ...]      e.g. `npm run bench -- parser runtime`
 *   node out/test/bench/run.js --engine [--quick]         `npm run bench:engine`: issue #5's figures
 *     (nexmark per core vs Apache Flink, first row, RSS of a 1M-key GROUP BY)
 *
 * --quick passes each benchmark its smaller workload (for a fast look while developing).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface Bench {
  readonly name: string;
  readonly what: string;
  readonly args: readonly string[];
  readonly quickArgs: readonly string[];
  readonly nodeFlags?: readonly string[];
  /** The script under out/test/bench when it is not `<name>.js`. */
  readonly file?: string;
}

/** `--engine`: the engine's figures (issue #5), in this order. */
const ENGINE = ['nexmark', 'engine', 'memory'];

const BENCHES: readonly Bench[] = [
  { name: 'split', what: 'statement splitting MB/s vs a bare char-code scan', args: [], quickArgs: [] },
  { name: 'split-document', what: 'one-character edit in a 10,000-line document vs a full split', args: [], quickArgs: [] },
  { name: 'parser', what: 'validation vs dt-sql-parser (1k/10k lines, with syntax errors), first validation', args: [], quickArgs: ['--quick'] },
  { name: 'split-format', what: 'formatter throughput vs splitting', args: [], quickArgs: [] },
  { name: 'lsp-completion', what: 'edit + completion at the end of a 10,000-line file', args: [], quickArgs: [] },
  { name: 'semantic', what: 'what semantic checking adds to syntax-only validation (1k/10k lines, warm)', args: [], quickArgs: ['3'] },
  { name: 'analyzer-creates', what: 'analyzer over 250/500 CREATE TABLEs (overlay growth) vs parsing the file', args: [], quickArgs: [] },
  { name: 'lsp', what: 'first diagnostics in a fresh language server; warm re-validation vs dt-sql-parser (npm run bench:lsp)', args: [], quickArgs: ['3'] },
  { name: 'runtime', what: 'operators through the executor vs plain JS loops', args: [], quickArgs: ['200000'] },
  { name: 'connectors', what: 'datagen, nexmark, format decode vs JSON.parse, local topics', args: [], quickArgs: ['100000'] },
  { name: 'engine', what: 'tideline run first row vs node start', args: [], quickArgs: [] },
  {
    name: 'nexmark',
    what: 'nexmark q0-q5, q7-q9, q11-q22 events/s over the generator; per core vs Apache Flink on the same rows (q13 Tideline only)',
    args: ['200000'],
    quickArgs: ['50000'],
  },
  {
    name: 'memory',
    what: 'RSS of a GROUP BY over 1,000,000 distinct keys (target < 250 MB)',
    file: 'runtime',
    args: ['1000000', 'rss'],
    quickArgs: ['1000000', 'rss'],
    nodeFlags: ['--expose-gc'],
  },
  { name: 'rescale', what: 'nexmark q1, q4, q5 and a GROUP BY at 1 vs 2 keyed subtasks; pause of a rescale; row transfer cost to a worker', args: [], quickArgs: ['100000'] },
  { name: 'checkpoints', what: '100k-key GROUP BY checkpoint time/size/restore vs building the state; exactly-once INSERT with 1 s checkpoints vs none', args: [], quickArgs: ['200000'] },
  { name: 'host', what: 'engine host start to ready vs bare node; first result row through the host vs in process', args: [], quickArgs: ['3'] },
  { name: 'webview-results', what: 'results panel frame times in Chromium under 10,000 changes/s', args: [], quickArgs: [] },
];

function main(): void {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const names = argv.includes('--engine') ? ENGINE : argv.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !BENCHES.some((b) => b.name === n));
  if (unknown.length) {
    console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const chosen = names.length ? names.map((n) => BENCHES.find((b) => b.name === n)!) : BENCHES;
  const failed: string[] = [];
  for (const b of chosen) {
    console.log(`\n━━━ ${b.name}: ${b.what}`);
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [...(b.nodeFlags ?? []), join(__dirname, `${b.file ?? b.name}.js`), ...(quick ? b.quickArgs : b.args)], {
      stdio: 'inherit',
    });
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (r.status !== 0) {
      failed.push(b.name);
      console.log(`  ✖ ${b.name} exited with ${r.signal ?? r.status} after ${secs} s`);
    } else console.log(`  (${secs} s)`);
  }
  console.log(`\n${chosen.length - failed.length} of ${chosen.length} benchmarks ran${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
  process.exitCode = failed.length ? 1 : 0;
}

main();
