/**
 * Connector and format throughput on one core, each against a baseline measured in the same
 * run: datagen rows/s, nexmark events/s, json / csv / avro decode rows/s as a ratio to a bare
 * JSON.parse loop over the same records, local topic append and read MB/s.
 * Run: node out/test/bench/connectors.js [rows]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Source } from '../../engine/connectors/api';
import { datagenConnector } from '../../engine/connectors/datagen/datagen-connector';
import { createExampleSource } from '../../engine/connectors/examples/examples-connector';
import { Options } from '../../engine/connectors/options';
import { PartitionLog } from '../../engine/connectors/local/partition-log';
import { getFormat } from '../../engine/formats/registry';
import type { Row, RowKind } from '../../engine/runtime/changelog';
import { T } from '../../engine/types/logical-type';
import { forEachBatch, syncDrain } from './sync-source';

const N = Number(process.argv[2] ?? 1_000_000);

function time(label: string, units: number, unit: string, fn: () => void): number {
  fn(); // warm-up on the same work
  const t0 = process.hrtime.bigint();
  fn();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const rate = units / s;
  console.log(`${label.padEnd(44)} ${Math.round(rate).toLocaleString('en-US').padStart(14)} ${unit}/s  (${(s * 1000).toFixed(0)} ms)`);
  return rate;
}

async function drainCount(source: Source): Promise<number> {
  let n = 0;
  for (const split of await source.splits()) {
    const r = await source.open(split);
    for (;;) {
      const b = await r.poll(4096);
      n += b.rows.length;
      if (b.end) break;
    }
  }
  return n;
}

async function main(): Promise<void> {
  console.log(`connectors benchmark, ${N.toLocaleString('en-US')} rows, node ${process.version}`);
  const cols = [
    { name: 'id', type: T.bigint() },
    { name: 'n', type: T.int() },
    { name: 's', type: T.varchar(12) },
    { name: 'd', type: T.double() },
    { name: 'ts', type: T.timestamp(3) },
  ];
  const dg = () =>
    datagenConnector.createSource!({ tableName: 'bench.datagen', columns: cols, options: { 'number-of-rows': String(N), 'rows-per-second': '0', seed: '1', 'fields.s.length': '12' } });
  await drainCount(dg());
  time('datagen (5 columns)', N, 'rows', () => syncDrain(dg()));

  const nex = (table: string) =>
    createExampleSource({ tableName: 'bench.nexmark', columns: [], options: { table, 'time-mode': 'simulated', 'number-of-events': String(N), 'events-per-second': '1000000' } });
  const allKinds = () => syncDrain(nex('nexmark.bid')) + syncDrain(nex('nexmark.auction')) + syncDrain(nex('nexmark.person'));
  time('nexmark events (bid + auction + person)', N, 'events', allKinds);
  time('nexmark bid table (stream events walked)', N, 'events', () => syncDrain(nex('nexmark.bid')));

  // Decode: the same rows as JSON lines, CSV lines and Avro records.
  const rowCols = [
    { name: 'auction', type: T.bigint() },
    { name: 'bidder', type: T.bigint() },
    { name: 'price', type: T.bigint() },
    { name: 'channel', type: T.string() },
    { name: 'url', type: T.string() },
    { name: 'dateTime', type: T.timestamp(3) },
  ];
  // The bids among the first N events (at most 200,000): fewer than N rows, so stop at the stream's end.
  const sample: Row[] = [];
  forEachBatch(nex('nexmark.bid'), (rows) => {
    for (const r of rows) if (sample.length < 200_000) sample.push(r.slice(0, 6));
  });
  const M = sample.length;
  const o = new Options('bench', {});
  const enc = (f: string) => {
    const s = getFormat(f)!.createSerializer(rowCols, o);
    return sample.map((r) => s.encode(r, 0 as RowKind)!);
  };
  const jsonLines = enc('json') as string[];
  const csvLines = enc('csv') as string[];
  const avroRecs = enc('avro') as Uint8Array[];
  const bytes = jsonLines.reduce((a, l) => a + l.length, 0);
  console.log(`decode set: ${M.toLocaleString('en-US')} bid rows, ${(bytes / M).toFixed(0)} bytes of JSON each`);
  let sink = 0;
  const baseline = time('baseline: bare JSON.parse loop', M, 'rows', () => {
    for (let i = 0; i < M; i++) sink += (JSON.parse(jsonLines[i]) as { price: number }).price;
  });
  for (const [name, records] of [['json', jsonLines], ['csv', csvLines], ['avro', avroRecs]] as const) {
    const de = getFormat(name)!.createDeserializer(rowCols, o);
    const rows: Row[] = [];
    const kinds: RowKind[] = [];
    const rate = time(`${name} decode to rows`, M, 'rows', () => {
      rows.length = 0;
      kinds.length = 0;
      for (let i = 0; i < M; i++) de.decode(records[i], rows, kinds);
    });
    console.log(`${''.padEnd(44)} ratio to JSON.parse: ${(rate / baseline).toFixed(2)}`);
  }

  // Local topic: append and read MB/s with ~100-byte values.
  const dir = mkdtempSync(join(tmpdir(), 'tideline-bench-'));
  const value = new TextEncoder().encode('x'.repeat(100));
  const key = new TextEncoder().encode('key-000000');
  const recordBytes = value.length + key.length;
  const batch = Array.from({ length: 1000 }, (_, i) => ({ key, value, timestamp: i }));
  let round = 0;
  const appendRate = time('local topic append (110 B records, 1k/batch)', (N * recordBytes) / 1e6, 'MB', () => {
    const log = new PartitionLog(join(dir, `p${round++}.log`));
    for (let i = 0; i < N; i += 1000) log.append(batch);
    log.flush();
    log.close();
  });
  const readLog = new PartitionLog(join(dir, 'p1.log'));
  const readRate = time('local topic read', (N * recordBytes) / 1e6, 'MB', () => {
    const c = readLog.cursor(0);
    let n = 0;
    for (;;) {
      const got = c.read(4096).length;
      if (got === 0) break;
      n += got;
    }
    if (n !== N) throw new Error(`read ${n} of ${N}`);
  });
  console.log(`${''.padEnd(44)} append ${(appendRate * 1e6 / recordBytes / 1e6).toFixed(2)}M records/s, read ${(readRate * 1e6 / recordBytes / 1e6).toFixed(2)}M records/s`);
  readLog.close();
  rmSync(dir, { recursive: true, force: true });
  if (sink === 42) console.log('');
}

void main();
