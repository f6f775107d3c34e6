/**
 * Starts the real services integration tests run against, and hands their coordinates to the
 * tests as environment variables:
 *
 *   TIDELINE_TEST_KAFKA_BROKERS          comma-separated host:port of a Kafka broker
 *   TIDELINE_TEST_KAFKA_BROKERS_B        a second, independent Kafka cluster (cross-cluster tests)
 *   TIDELINE_TEST_KAFKA_BROKERS_C        a third one (a join across two clusters writing to a third)
 *   TIDELINE_TEST_SCHEMA_REGISTRY_URL    base URL of a Confluent-compatible Schema Registry API
 *   TIDELINE_TEST_FLINK_PYTHON           python of a venv with apache-flink (PyFlink)
 *
 * A variable the user already set is used as it is and nothing is started for it (point the
 * tests at your own Kafka / registry that way). stop() kills every process started here (its
 * whole process group) and removes their temp data dirs; SIGINT, SIGTERM and uncaught errors
 * do the same.
 *
 * Standalone, for developers: `node out/test/infra/services.js start [kafka,registry,flink]`
 * prints the env as `export` lines and keeps the services up until Ctrl+C.
 */
import { killAllDaemonsNow, Log } from './cache';
import { provisionFlink } from './flink';
import { KafkaBroker, startKafka } from './kafka';
import { SchemaRegistry, startRegistry } from './schema-registry';

export const ENV_KAFKA = 'TIDELINE_TEST_KAFKA_BROKERS';
export const ENV_KAFKA_B = 'TIDELINE_TEST_KAFKA_BROKERS_B';
export const ENV_KAFKA_C = 'TIDELINE_TEST_KAFKA_BROKERS_C';
export const ENV_REGISTRY = 'TIDELINE_TEST_SCHEMA_REGISTRY_URL';
export const ENV_FLINK_PYTHON = 'TIDELINE_TEST_FLINK_PYTHON';

export interface ServiceOptions {
  readonly kafka?: boolean;
  /** A second single-node cluster, started alongside the first (small heap). */
  readonly kafkaB?: boolean;
  /** A third single-node cluster, like kafkaB. */
  readonly kafkaC?: boolean;
  readonly registry?: boolean;
  readonly flink?: boolean;
  readonly log?: (s: string) => void;
}

export interface Services {
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startServices(opts: ServiceOptions): Promise<Services> {
  const log: Log = opts.log ?? (() => {});
  const env: Record<string, string> = {};
  const stoppers: (() => Promise<void>)[] = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('uncaughtException', onFatal);
    await Promise.all(stoppers.map((s) => s().catch((err) => log(`stopping a service failed: ${String(err)}`))));
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping services`);
    void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  const onFatal = (err: Error) => {
    console.error(err);
    killAllDaemonsNow();
    process.exit(1);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('uncaughtException', onFatal);

  const t0 = Date.now();
  try {
    const tasks: Promise<void>[] = [];
    /** Uses the variable the user set, else starts the service and records how to stop it. */
    const provide = (variable: string, label: string, start: () => Promise<{ value: string; stop?: () => Promise<void> }>) => {
      const given = process.env[variable];
      if (given) {
        log(`${label}: using ${variable}=${given}`);
        env[variable] = given;
        return;
      }
      tasks.push(
        start().then(({ value, stop: stopIt }) => {
          if (stopIt) stoppers.push(stopIt);
          env[variable] = value;
        }),
      );
    };
    const brokers = (k: KafkaBroker) => ({ value: k.brokers.join(','), stop: () => k.stop() });
    if (opts.kafka) provide(ENV_KAFKA, 'Kafka', () => startKafka({ log: (s) => log(`kafka: ${s}`) }).then(brokers));
    if (opts.kafkaB) provide(ENV_KAFKA_B, 'Kafka B', () => startKafka({ log: (s) => log(`kafka B: ${s}`), heapMb: 256 }).then(brokers));
    if (opts.kafkaC) provide(ENV_KAFKA_C, 'Kafka C', () => startKafka({ log: (s) => log(`kafka C: ${s}`), heapMb: 256 }).then(brokers));
    if (opts.registry) provide(ENV_REGISTRY, 'Schema Registry', () => startRegistry({ log: (s) => log(`registry: ${s}`) }).then((r: SchemaRegistry) => ({ value: r.url, stop: () => r.stop() })));
    if (opts.flink) provide(ENV_FLINK_PYTHON, 'Flink', () => provisionFlink((s) => log(`flink: ${s}`)).then((python) => ({ value: python })));
    // Start all at once (the JVMs start in parallel), but report every failure.
    const settled = await Promise.allSettled(tasks);
    const failures = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failures.length) {
      throw new Error(failures.map((f) => (f.reason instanceof Error ? f.reason.message : String(f.reason))).join('\n\n'));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  log(`services ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { env, stop };
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] !== 'start') {
    console.error('usage: node out/test/infra/services.js start [kafka,kafkaB,kafkaC,registry,flink]');
    process.exitCode = 2;
    return;
  }
  const want = new Set((argv[1] ?? 'kafka,registry,flink').split(','));
  const stamp = () => new Date().toISOString().slice(11, 19);
  const services = await startServices({
    kafka: want.has('kafka'),
    kafkaB: want.has('kafkaB'),
    kafkaC: want.has('kafkaC'),
    registry: want.has('registry'),
    flink: want.has('flink'),
    log: (s) => console.error(`[${stamp()}] ${s}`),
  });
  for (const [k, v] of Object.entries(services.env)) console.log(`export ${k}=${v}`);
  console.error('services are up; press Ctrl+C to stop them');
  // Keep the event loop alive until a signal arrives (startServices' handlers stop everything).
  setInterval(() => {}, 1 << 30);
}

// Only when this file itself is the entry point (bundled into test/run.js it is not).
if (require.main === module && /(^|[\\/])services\.js$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
