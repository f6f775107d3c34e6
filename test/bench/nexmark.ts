/**
 * Nexmark on one core (figures only; never asserted).
 *
 * generator: q0-q5, q7-q9, q11-q22 (nexmark-queries.ts) over the built-in nexmark generator in
 *   simulated time with a bounded number of events (all event kinds counted, as Nexmark does),
 *   results consumed by a counting output: events per second. Baseline in the same run: the
 *   generator alone building every column of every bid of the same events.
 * flink: the same queries on Tideline and on Apache Flink 2.2 (PyFlink, one MiniCluster,
 *   parallelism 1, full JIT) over the same rows: the generator's events written once to CSV
 *   files, read by each engine's filesystem source, results into a blackhole sink. Each query
 *   runs on a small and a large file set (after one Flink warm-up job for the whole part and one
 *   Tideline run per query); throughput is the difference in events over the difference in time,
 *   which leaves out what a job costs whatever its size (planning, job submission, JVM warm-up:
 *   about 6 s per Flink job on a loaded 2-core machine, which is why this part has its own,
 *   smaller event count). Ratio Tideline/Flink: above 1 is Tideline faster.
 *   Needs PyFlink (TIDELINE_TEST_FLINK_PYTHON, or the venv test/infra provisions).
 *
 * Run: node out/test/bench/nexmark.js [events] [generator|flink] [q0 q3 ...] [--flink-events=N] [--rounds=N]
 *   (default 1,000,000 events over the generator, 200,000 against Flink, 1 round, both parts, every query)
 */
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../engine/catalog/setup';
import type { CatalogManager } from '../../engine/catalog/manager';
import { createExampleSource } from '../../engine/connectors/examples/examples-connector';
import { Options } from '../../engine/connectors/options';
import { getFormat } from '../../engine/formats/registry';
import type { ScriptOutput } from '../../engine/job/output';
import { runScript } from '../../engine/job/run-script';
import type { RowKind } from '../../engine/runtime/changelog';
import { T } from '../../engine/types/logical-type';
import { FlinkSession } from '../infra/flink-session';
import { forEachBatch, syncDrain } from './sync-source';
import { NEXMARK_COLUMNS, NEXMARK_LEFT_OUT, NEXMARK_QUERIES, nexmarkTableDdl, sideInputCsv, sideInputDdl, type NexmarkQuery, type NexmarkTable } from './nexmark-queries';

const args = process.argv.slice(2);
const EVENTS = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const PART = args.find((a) => a === 'generator' || a === 'flink');
const NAMES = args.filter((a) => /^q\d+$/.test(a));
const flag = (name: string, dflt: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
const FLINK_EVENTS = flag('flink-events', Math.min(EVENTS, 200_000));
const ROUNDS = flag('rounds', 1);
const QUERIES = NEXMARK_QUERIES.filter((q) => NAMES.length === 0 || NAMES.includes(q.name));

const med = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (events: number, s: number) => `${Math.round(events / s).toLocaleString('en-US').padStart(10)} events/s`;

function countingOutput(): { output: ScriptOutput; rows: () => number } {
  let rows = 0;
  return {
    output: {
      beginQuery() {},
      changes(_k, r) {
        rows += r.length;
      },
      endQuery() {},
      message() {},
      table() {},
      text() {},
    },
    rows: () => rows,
  };
}

/** Runs a script on Tideline; seconds taken. */
async function tideline(sql: string, catalog: CatalogManager, stateDir: string, output: ScriptOutput): Promise<number> {
  const t0 = process.hrtime.bigint();
  const r = await runScript(sql, { file: 'nexmark.sql', catalog, stateDir, output });
  if (r.failed) throw new Error(r.failed.message);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const generatorOptions = (table: NexmarkTable, events: number) => ({
  connector: 'examples',
  table: `nexmark.${table}`,
  'time-mode': 'simulated',
  'number-of-events': String(events),
});

async function generatorPart(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-bench-nexmark-'));
  const { manager } = await openCatalogs({ stateDir: dir });
  console.log(`nexmark over the generator, ${EVENTS.toLocaleString('en-US')} events (simulated time, 10,000 events/s of event time), one core; target 1,000,000 events/s`);
  const bids = () => createExampleSource({ tableName: 'bench.bid', columns: [], options: generatorOptions('bid', EVENTS) });
  syncDrain(bids()); // warm-up
  const g0 = process.hrtime.bigint();
  syncDrain(bids());
  const genS = Number(process.hrtime.bigint() - g0) / 1e9;
  console.log(`  baseline: the generator alone, every column of every bid   ${rate(EVENTS, genS)}  (${(genS * 1000).toFixed(0)} ms)`);
  for (const q of QUERIES) {
    const ddl = [...q.tables.map((t) => nexmarkTableDdl(t, generatorOptions(t, EVENTS))), ...sideInput(q, dir), ...(q.views ?? [])].join('\n');
    const out = countingOutput();
    try {
      const s = await tideline(`${ddl}\n${q.select};\n`, manager, dir, out.output);
      console.log(
        `  ${q.name.padEnd(3)} ${q.what.padEnd(58)} ${rate(EVENTS, s)}  (${(s * 1000).toFixed(0)} ms, ${out.rows()} result changes; ${(s / genS).toFixed(2)}x the baseline's time)` +
          (q.note ? `\n      ${q.note}` : ''),
      );
    } catch (err) {
      console.log(`  ${q.name.padEnd(3)} ${q.what.padEnd(58)} failed: ${(err as Error).message}`);
    }
  }
  console.log(`  not run: ${NEXMARK_LEFT_OUT}`);
  rmSync(dir, { recursive: true, force: true });
}

/** The first `events` nexmark events as CSV files person.csv, auction.csv, bid.csv under `dir`. */
function writeCsv(dir: string, events: number): void {
  mkdirSync(dir, { recursive: true });
  const csv = getFormat('csv')!;
  for (const table of ['person', 'auction', 'bid'] as const) {
    const columns = NEXMARK_COLUMNS[table].split(', ').map((c) => {
      const [name, type] = c.split(' ');
      return { name: name!.replace(/`/g, ''), type: type === 'BIGINT' ? T.bigint() : type === 'STRING' ? T.string() : T.timestamp(3) };
    });
    const ser = csv.createSerializer(columns, new Options('bench', {}));
    const source = createExampleSource({ tableName: `bench.${table}`, columns: [], options: generatorOptions(table, events) });
    const fd = openSync(join(dir, `${table}.csv`), 'w');
    forEachBatch(source, (rows) => {
      if (rows.length) writeSync(fd, rows.map((r) => ser.encode(r, 0 as RowKind) as string).join('\n') + '\n');
    });
    closeSync(fd);
  }
}

/** q13's side input table, its file written under `dir` once. */
function sideInput(q: NexmarkQuery, dir: string): string[] {
  if (!q.sideInput) return [];
  const path = join(dir, 'side_input.csv');
  if (!existsSync(path)) writeFileSync(path, sideInputCsv());
  return [sideInputDdl(path)];
}

function fileScript(q: NexmarkQuery, dir: string): string {
  const tables = q.tables.map((t) => nexmarkTableDdl(t, { connector: 'filesystem', path: join(dir, `${t}.csv`), format: 'csv' }));
  return [...tables, ...sideInput(q, dir), ...(q.views ?? []), `CREATE TEMPORARY TABLE sink (${q.sink}) WITH ('connector' = 'blackhole');`, `INSERT INTO sink ${q.select};`].join('\n');
}

async function flinkPart(): Promise<void> {
  const EVENTS = FLINK_EVENTS;
  const small = Math.max(1000, Math.round(EVENTS / 5));
  const root = mkdtempSync(join(tmpdir(), 'tideline-bench-nexmark-files-'));
  const smallDir = join(root, 'small');
  const largeDir = join(root, 'large');
  writeCsv(smallDir, small);
  writeCsv(largeDir, EVENTS);
  console.log(
    `\nper core vs Apache Flink 2.2 (PyFlink MiniCluster, parallelism 1): the same rows from CSV files (${small.toLocaleString('en-US')} and ` +
      `${EVENTS.toLocaleString('en-US')} events), INSERT INTO blackhole; throughput = events difference / time difference, median of ${ROUNDS} round(s)`,
  );
  let flink: FlinkSession;
  try {
    flink = await FlinkSession.open({ jvmArgs: [] });
  } catch (err) {
    console.log(`  Flink comparison skipped: ${(err as Error).message.split('\n')[0]}`);
    rmSync(root, { recursive: true, force: true });
    return;
  }
  const stateDir = join(root, 'state');
  const { manager } = await openCatalogs({ stateDir });
  const ratios: number[] = [];
  try {
    // One warm-up job for the JVM (Flink compiles each job's own code anyway).
    const warm = QUERIES.find((q) => !q.tidelineOnly);
    if (warm) await flink.run(fileScript(warm, smallDir), { mode: 'streaming', timeoutMs: 15 * 60_000 });
    for (const q of QUERIES) {
      if (q.tidelineOnly) {
        console.log(`  ${q.name.padEnd(3)} Tideline only: ${q.tidelineOnly}`);
        continue;
      }
      const timeFlink = async (dir: string) => {
        const t0 = process.hrtime.bigint();
        await flink.run(fileScript(q, dir), { mode: 'streaming', timeoutMs: 15 * 60_000 });
        return Number(process.hrtime.bigint() - t0) / 1e9;
      };
      const timeTideline = (dir: string) => tideline(fileScript(q, dir), manager, stateDir, countingOutput().output);
      try {
        // Alternating engines, so load from elsewhere on the machine falls on both alike.
        await timeTideline(smallDir);
        const tl = { small: [] as number[], large: [] as number[] };
        const fl = { small: [] as number[], large: [] as number[] };
        for (let round = 0; round < ROUNDS; round++) {
          tl.small.push(await timeTideline(smallDir));
          fl.small.push(await timeFlink(smallDir));
          tl.large.push(await timeTideline(largeDir));
          fl.large.push(await timeFlink(largeDir));
        }
        // Events per second of the events the large run adds; undefined when the runs were too short to tell.
        const marginal = (t: { small: number[]; large: number[] }) => {
          const dt = med(t.large) - med(t.small);
          return dt > 0.05 * med(t.large) ? (EVENTS - small) / dt : undefined;
        };
        const tlRate = marginal(tl);
        const flRate = marginal(fl);
        const shown = (r: number | undefined, t: { small: number[]; large: number[] }) =>
          `${r === undefined ? 'not measurable'.padStart(19) : rate(r, 1)} (${med(t.small).toFixed(2)} s / ${med(t.large).toFixed(2)} s)`;
        const ratio = tlRate !== undefined && flRate !== undefined ? tlRate / flRate : undefined;
        if (ratio !== undefined) ratios.push(ratio);
        console.log(
          `  ${q.name.padEnd(3)} Tideline ${shown(tlRate, tl)}   Flink ${shown(flRate, fl)}   ` +
            `Tideline/Flink ${ratio === undefined ? 'n/a (fixed costs dominate: use more events)' : ratio.toFixed(2)}${q.note ? `   (${q.note})` : ''}`,
        );
      } catch (err) {
        console.log(`  ${q.name.padEnd(3)} failed: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    if (ratios.length) console.log(`  median Tideline/Flink over ${ratios.length} queries: ${med(ratios).toFixed(2)}`);
    console.log(
      '  (Flink reads through its CSV format and filesystem source here, not the nexmark-flink generator, which PyFlink does not ship;' +
        ' both engines pay the same CSV decoding, which is part of each figure)',
    );
  } finally {
    await flink.close();
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (PART !== 'flink') await generatorPart();
  if (PART !== 'generator') await flinkPart();
}

void main();
