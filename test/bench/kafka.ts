/**
 * Kafka throughput against the real broker and registry (TIDELINE_TEST_KAFKA_BROKERS,
 * TIDELINE_TEST_SCHEMA_REGISTRY_URL), each figure against a baseline in the same run:
 *
 * - consume + decode (avro-confluent) + a filter over N records through the kafka connector's
 *   source, versus a bare kafkajs consumer loop over the same topic (the same records): a
 *   consumer group's `eachBatch`, each value decoded with avsc from the registry's writer
 *   schema after the 5-byte Confluent header, the same filter, as a user's own loop would
 *   (ratio of throughput, wall clock, in steady state: see Window; target >= 0.9; also the
 *   CPU time per record each side spent in that window, which a loaded machine disturbs less);
 * - produce through the connector's sink (encode + send) versus a bare kafkajs producer
 *   sending pre-encoded records (ratio).
 *
 * Run: node out/test/bench/kafka.js [records]   (each run uses fresh topics)
 */
import * as avro from 'avsc';
import type { Message } from 'kafkajs';
import { getConnector } from '../../engine/connectors/registry';
import type { SplitReader } from '../../engine/connectors/api';
import { T } from '../../engine/types/logical-type';
import { avroTypeFor } from '../../engine/formats/avro/avro-format';
import { kafkaBrokers, registryUrl, testKafka, uniqueName } from '../integration/env';

const N = Number(process.argv[2] ?? 200_000);
const PARTITIONS = 3;
const BATCH = 5000;
const ROUNDS = 5;
const columns = [
  { name: 'id', type: T.bigint(false) },
  { name: 'item', type: T.string() },
  { name: 'qty', type: T.int(false) },
  { name: 'price', type: T.double() },
];

function report(label: string, units: number, ms: number, cpu?: NodeJS.CpuUsage): number {
  const rate = (units / ms) * 1000;
  const cpuText = cpu ? `, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms` : '';
  console.log(`${label.padEnd(72)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} records/s  (${ms.toFixed(0)} ms${cpuText})`);
  return rate;
}

/** One consume run: throughput and the CPU time per record of its window. */
interface Consumed {
  readonly rate: number;
  readonly cpuUsPerRecord: number;
  readonly kept: number;
}

/**
 * The measured window of a consume run: it opens once a quarter of the records are through and
 * closes at the last, so both sides are timed in steady state. Timing from the first record
 * favoured the bare loop: kafkajs hands over its first batch only after decoding the whole
 * first fetch (a third of this topic, all partitions), which then fell outside its window,
 * while the connector's readers open partition by partition and its first fetch holds one.
 */
class Window {
  private t0 = 0;
  private c0 = process.cpuUsage();
  private from = 0;

  /** After `seen` records are through. */
  at(seen: number): void {
    if (this.t0 !== 0 || seen < (N + 1) / 4) return;
    this.t0 = performance.now();
    this.c0 = process.cpuUsage();
    this.from = seen;
  }

  close(label: string, seen: number, kept: number): Consumed {
    const ms = performance.now() - this.t0;
    const cpu = process.cpuUsage(this.c0);
    const records = seen - this.from;
    return { rate: report(`${label} (${records.toLocaleString('en-US')} in window)`, records, ms, cpu), cpuUsPerRecord: (cpu.user + cpu.system) / records, kept };
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rowsOf = (from: number, n: number) => Array.from({ length: n }, (_, i) => [from + i, `item-${(from + i) % 977}`, (from + i) % 100, ((from + i) % 1000) / 10]);

async function createTopic(topic: string): Promise<void> {
  const admin = testKafka('bench-admin').admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
  await admin.disconnect();
}

async function produceThroughConnector(topic: string): Promise<number> {
  const sink = getConnector('kafka')!.createSink!({
    tableName: topic,
    columns,
    options: { connector: 'kafka', topic, 'properties.bootstrap.servers': kafkaBrokers().join(','), 'value.format': 'avro-confluent', 'value.avro-confluent.url': registryUrl() },
  });
  await sink.write(rowsOf(-1, 1)); // connect and register outside the timing (one extra record, read by both consumers)
  const t0 = performance.now();
  for (let i = 0; i < N; i += BATCH) await sink.write(rowsOf(i, Math.min(BATCH, N - i)));
  await sink.flush();
  const ms = performance.now() - t0;
  await sink.close();
  return report('produce: connector sink (encode + send)', N, ms);
}

async function produceBare(topic: string): Promise<number> {
  const type = avroTypeFor(columns);
  const producer = testKafka('bench-producer').producer();
  await producer.connect();
  const header = Buffer.from([0, 0, 0, 0, 1]);
  await producer.send({ topic, messages: [{ value: header }] }); // connect outside the timing
  const t0 = performance.now();
  for (let i = 0; i < N; i += BATCH) {
    const messages: Message[] = rowsOf(i, Math.min(BATCH, N - i)).map((r) => ({ value: Buffer.concat([header, type.toBuffer({ id: r[0], item: r[1], qty: r[2], price: r[3] })]) }));
    await producer.send({ topic, messages, acks: -1 });
  }
  const ms = performance.now() - t0;
  await producer.disconnect();
  return report('produce: bare kafkajs producer (encode + send)', N, ms);
}

async function consumeBare(topic: string, writer: avro.Type): Promise<Consumed> {
  const consumer = testKafka('bench-consumer').consumer({ groupId: uniqueName('bench-bare'), maxWaitTimeInMs: 250 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  let kept = 0;
  const window = new Window();
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachBatch: async ({ batch }) => {
          for (const m of batch.messages) {
            const v = writer.fromBuffer(m.value!.subarray(5)) as { qty: number };
            if (v.qty > 50) kept++;
          }
          seen += batch.messages.length;
          window.at(seen);
          if (seen >= N + 1) resolve();
        },
      })
      .catch(reject);
  });
  const result = window.close('consume+decode+filter: bare kafkajs loop', seen, kept);
  await consumer.disconnect();
  return result;
}

async function consumeConnector(topic: string): Promise<Consumed> {
  const source = getConnector('kafka')!.createSource!({
    tableName: topic,
    columns,
    options: {
      connector: 'kafka',
      topic,
      'properties.bootstrap.servers': kafkaBrokers().join(','),
      'value.format': 'avro-confluent',
      'value.avro-confluent.url': registryUrl(),
      'scan.startup.mode': 'earliest-offset',
      'scan.bounded.mode': 'latest-offset',
    },
  });
  const readers: SplitReader[] = [];
  for (const s of await source.splits()) readers.push(await source.open(s));
  let kept = 0;
  let seen = 0;
  const window = new Window();
  const open = new Set(readers);
  while (open.size > 0) {
    let got = 0;
    for (const r of open) {
      const b = await r.poll(5000);
      for (const row of b.rows) if ((row[2] as number) > 50) kept++;
      got += b.rows.length;
      window.at(seen + got);
      if (b.end) open.delete(r);
    }
    seen += got;
    if (got === 0) await new Promise((res) => setImmediate(res));
  }
  const result = window.close('consume+decode+filter: kafka connector source', seen, kept);
  for (const r of readers) await r.close();
  if (seen !== N + 1) throw new Error(`connector read ${seen} of ${N + 1} records`);
  return result;
}

async function main(): Promise<void> {
  console.log(`Kafka bench: ${N.toLocaleString('en-US')} Avro records (Confluent wire format), ${PARTITIONS} partitions`);
  const viaConnector = uniqueName('bench-conn');
  const bareTopic = uniqueName('bench-bare');
  await createTopic(viaConnector);
  await createTopic(bareTopic);
  const sinkRate = await produceThroughConnector(viaConnector);
  const bareProduce = await produceBare(bareTopic);
  console.log(`produce ratio connector/bare: ${(sinkRate / bareProduce).toFixed(2)}`);
  // Both consumers read the connector-written topic; the registry's schema is the writer schema.
  const id = (await (await fetch(`${registryUrl()}/subjects/${viaConnector}-value/versions/latest`)).json()) as { schema: string };
  const writer = avro.Type.forSchema(JSON.parse(id.schema) as avro.Schema, { wrapUnions: 'auto' });
  // Five rounds in alternating order, best and median of each side: on a shared machine the
  // slowest runs measure the neighbours, not the code.
  const bare: Consumed[] = [];
  const conn: Consumed[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const first = round % 2 === 0 ? await consumeBare(viaConnector, writer) : await consumeConnector(viaConnector);
    const second = round % 2 === 0 ? await consumeConnector(viaConnector) : await consumeBare(viaConnector, writer);
    const [b, c] = round % 2 === 0 ? [first, second] : [second, first];
    if (b.kept !== c.kept) throw new Error(`filters disagree: bare kept ${b.kept}, connector ${c.kept}`);
    bare.push(b);
    conn.push(c);
  }
  const best = (xs: Consumed[]) => Math.max(...xs.map((x) => x.rate));
  const med = (xs: Consumed[]) => median(xs.map((x) => x.rate));
  const cpu = (xs: Consumed[]) => median(xs.map((x) => x.cpuUsPerRecord));
  console.log(`consume ratio connector/bare: ${(best(conn) / best(bare)).toFixed(2)} best of ${ROUNDS} each, ${(med(conn) / med(bare)).toFixed(2)} median (target >= 0.9)`);
  console.log(`consume CPU ratio bare/connector (CPU µs per record, median): ${(cpu(bare) / cpu(conn)).toFixed(2)} (${cpu(bare).toFixed(2)} vs ${cpu(conn).toFixed(2)} µs)`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
