/**
 * A real Apache Kafka broker for tests: jars from Maven Central (resolved by
 * test/infra/maven/kafka/pom.xml into ~/.cache/tideline/kafka-<version>/libs), started as a
 * single KRaft node (broker + controller) on 127.0.0.1 free ports in a fresh temp data dir.
 * Internal topics have replication factor 1 and transactions work (min ISR 1), so
 * exactly-once tests can use kafkajs transactions. Optionally the client listener requires
 * SASL (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512) with a given username and password.
 *
 * Kafka 3.9.x is the default: kafkajs 2.2.4 speaks old protocol versions, several of which
 * Kafka 4 removed (KIP-896). Kafka 4.1.1 also passed the smoke tests here (produce/consume,
 * transactions), but then logs nothing (this pom's slf4j 1.7 binding does not fit Kafka 4's
 * slf4j 2 + log4j2). Override with TIDELINE_TEST_KAFKA_VERSION.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ConnectionOptions } from 'node:tls';
import { Kafka, logLevel, SASLOptions } from 'kafkajs';
import { makeTestCertificates, TestCertificates } from './certificates';
import { cacheRoot, Daemon, removeOnExit, retryOnPortClash, ensureJavaAndMaven, freePort, installOnce, Log, mvn, run, startDaemon, waitUntil, withProgress } from './cache';

export const KAFKA_VERSION = process.env.TIDELINE_TEST_KAFKA_VERSION ?? '3.9.1';

/**
 * SASL on the client listener (SASL_PLAINTEXT). The broker accepts this one user with every
 * mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512); `mechanism` picks the one in
 * `KafkaBroker.sasl`, the kafkajs option handed to clients.
 */
export interface BrokerSasl {
  readonly mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512';
  readonly username: string;
  readonly password: string;
}

export interface KafkaBrokerOptions {
  readonly log?: Log;
  /** The client listener requires SASL (PLAIN or SCRAM) with these credentials. */
  readonly sasl?: BrokerSasl;
  /**
   * The client listener speaks TLS with a throwaway CA (see certificates.ts); with
   * `clientAuth` it also requires a client certificate (mutual TLS). Combines with `sasl`
   * (SASL_SSL).
   */
  readonly tls?: { readonly clientAuth?: boolean };
  /** Default partitions of auto-created topics (auto creation is on). */
  readonly defaultPartitions?: number;
  /** Maximum JVM heap (default 768 MB); a second test cluster needs less. */
  readonly heapMb?: number;
}

export interface KafkaBroker {
  /** host:port of the client listener. */
  readonly brokers: string[];
  /** kafkajs `sasl` option for this broker, when it requires SASL. */
  readonly sasl?: SASLOptions;
  /** kafkajs `ssl` option (CA, and the client certificate and key) when it speaks TLS. */
  readonly ssl?: ConnectionOptions;
  /** The CA and certificates (files and PEM text) when it speaks TLS. */
  readonly certificates?: TestCertificates;
  readonly dataDir: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/** Folder holding the broker's jars (resolved once, then cached). */
export function kafkaLibDir(version = KAFKA_VERSION): string {
  return join(cacheRoot(), `kafka-${version}`, 'libs');
}

/** Resolves the Kafka jars with Maven unless they are cached; returns the libs folder. */
export async function provisionKafka(log: Log = () => {}, version = KAFKA_VERSION): Promise<string> {
  const home = join(cacheRoot(), `kafka-${version}`);
  const libs = join(home, 'libs');
  await installOnce(home, async (staging) => {
    ensureJavaAndMaven(log);
    const pom = resolve(repoRoot(), 'test/infra/maven/kafka/pom.xml');
    await withProgress(log, `resolving org.apache.kafka:kafka_2.13:${version} from Maven Central`, () =>
      mvn(['-f', pom, `-Dkafka.version=${version}`, 'dependency:copy-dependencies', `-DoutputDirectory=${join(staging, 'libs')}`, '-DincludeScope=runtime']),
    );
  });
  const jars = readdirSync(libs).filter((f) => f.endsWith('.jar'));
  if (!jars.some((j) => j.startsWith('kafka_2.13-'))) throw new Error(`${libs} holds no kafka_2.13 jar; delete ${home} and retry`);
  return libs;
}

/** The repository root (this file runs from test/infra or out/test/infra). */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      readdirSync(join(dir, 'test', 'infra', 'maven'));
      return dir;
    } catch {
      dir = resolve(dir, '..');
    }
  }
  return process.cwd();
}

/**
 * A random KRaft cluster id (a base64url UUID, as `kafka-storage random-uuid` prints). Like
 * Kafka's own Uuid.randomUuid it never starts with '-', which the storage tool would read as an
 * option (the first character comes from the top six bits of the first byte; clearing the top
 * bit keeps it in A-Za-f).
 */
export function clusterId(): string {
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f;
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return bytes.toString('base64url');
}

function javaArgs(libs: string, heapMb = 768): string[] {
  return ['-Xms128m', `-Xmx${heapMb}m`, '-XX:+UseSerialGC', '-Djava.awt.headless=true', '-cp', `${libs}/*`];
}

/** Starts one KRaft node; resolves when a kafkajs metadata request succeeds. */
export async function startKafka(opts: KafkaBrokerOptions = {}): Promise<KafkaBroker> {
  return retryOnPortClash(() => startKafkaOnce(opts), opts.log);
}

async function startKafkaOnce(opts: KafkaBrokerOptions): Promise<KafkaBroker> {
  const log = opts.log ?? (() => {});
  const libs = await provisionKafka(log);
  const dataDir = mkdtempSync(join(tmpdir(), 'tideline-kafka-'));
  const removeDataDir = removeOnExit(dataDir);
  let daemon: Daemon | undefined;
  try {
    const [clientPort, controllerPort, internalPort] = [await freePort(), await freePort(), await freePort()];
    const sasl = opts.sasl;
    if (sasl && !/^[A-Za-z0-9_.-]+$/.test(sasl.username)) throw new Error('SASL username must match [A-Za-z0-9_.-]+');
    const certificates = opts.tls ? await makeTestCertificates(mkdirIn(dataDir, 'tls'), log) : undefined;
    const tls = certificates ? { certificates, clientAuth: opts.tls?.clientAuth ?? false } : undefined;
    const ssl: ConnectionOptions | undefined = certificates
      ? { ca: [certificates.ca], cert: certificates.client.cert, key: certificates.client.key, rejectUnauthorized: true }
      : undefined;
    const props = serverProperties({ dataDir: join(dataDir, 'logs'), clientPort, controllerPort, internalPort, sasl, tls, partitions: opts.defaultPartitions ?? 1 });
    const propsFile = join(dataDir, 'server.properties');
    writeFileSync(propsFile, props);
    const log4j = join(dataDir, 'log4j.properties');
    writeFileSync(
      log4j,
      [
        'log4j.rootLogger=INFO, stdout',
        'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
        'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
        'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
        'log4j.logger.kafka.request.logger=WARN',
        'log4j.logger.state.change.logger=WARN',
        '',
      ].join('\n'),
    );
    const java = [...javaArgs(libs, opts.heapMb), `-Dlog4j.configuration=file:${log4j}`];
    const logFile = join(dataDir, 'kafka.log');
    const label = `starting Kafka ${KAFKA_VERSION}${[sasl ? 'SASL' : '', tls ? (tls.clientAuth ? 'mutual TLS' : 'TLS') : ''].filter(Boolean).map((s) => ` (${s})`).join('')} on 127.0.0.1:${clientPort}`;
    daemon = await withProgress(log, label, async () => {
      // SCRAM credentials live in the cluster metadata; KRaft adds them when formatting.
      const scram = sasl
        ? ['SCRAM-SHA-256', 'SCRAM-SHA-512'].flatMap((m) => ['--add-scram', `${m}=[name=${sasl.username},password=${jaasQuote(sasl.password)}]`])
        : [];
      await run('java', [...java, 'kafka.tools.StorageTool', 'format', '-t', clusterId(), '-c', propsFile, ...scram]);
      const d = startDaemon('java', [...java, 'kafka.Kafka', propsFile], { logFile, cwd: dataDir });
      const brokers = [`127.0.0.1:${clientPort}`];
      await waitUntil(`Kafka at ${brokers[0]}`, () => metadataOk(brokers, saslOptions(sasl), ssl), { daemon: d, timeoutMs: 90_000, intervalMs: 300 });
      return d;
    });
    const started = daemon;
    return {
      brokers: [`127.0.0.1:${clientPort}`],
      sasl: saslOptions(sasl),
      ssl,
      certificates,
      dataDir,
      pid: started.child.pid,
      async stop() {
        await started.stop(5000);
        removeDataDir();
      },
    };
  } catch (err) {
    await daemon?.stop(1000);
    removeDataDir();
    throw err;
  }
}

function mkdirIn(parent: string, name: string): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function saslOptions(sasl: BrokerSasl | undefined): SASLOptions | undefined {
  if (!sasl) return undefined;
  const { username, password } = sasl;
  switch (sasl.mechanism) {
    case 'plain':
      return { mechanism: 'plain', username, password };
    case 'scram-sha-256':
      return { mechanism: 'scram-sha-256', username, password };
    case 'scram-sha-512':
      return { mechanism: 'scram-sha-512', username, password };
  }
}

/** JAAS strings are Java-quoted; credentials must not break out of the quotes. */
function jaasQuote(s: string): string {
  if (/["\\\n;]/.test(s)) throw new Error('SASL username/password must not contain quotes, backslashes, semicolons or newlines');
  return `"${s}"`;
}

function serverProperties(o: {
  dataDir: string;
  clientPort: number;
  controllerPort: number;
  internalPort: number;
  sasl?: BrokerSasl;
  tls?: { certificates: TestCertificates; clientAuth: boolean };
  partitions: number;
}): string {
  const lines = [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${o.controllerPort}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=INTERNAL',
    `log.dirs=${o.dataDir}`,
    `num.partitions=${o.partitions}`,
    'auto.create.topics.enable=true',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=4',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'transaction.state.log.num.partitions=4',
    'min.insync.replicas=1',
    'default.replication.factor=1',
    'group.initial.rebalance.delay.ms=0',
    'log.flush.interval.messages=9223372036854775807',
    'num.network.threads=2',
    'num.io.threads=2',
    'num.recovery.threads.per.data.dir=1',
    'log.cleaner.dedupe.buffer.size=16777216',
    'delete.topic.enable=true',
  ];
  // The client listener is named CLIENT; its protocol depends on SASL and TLS.
  const protocol = `${o.sasl ? 'SASL_' : ''}${o.tls ? 'SSL' : 'PLAINTEXT'}`;
  lines.push(
    `listeners=CLIENT://127.0.0.1:${o.clientPort},INTERNAL://127.0.0.1:${o.internalPort},CONTROLLER://127.0.0.1:${o.controllerPort}`,
    `advertised.listeners=CLIENT://127.0.0.1:${o.clientPort},INTERNAL://127.0.0.1:${o.internalPort}`,
    `listener.security.protocol.map=CLIENT:${protocol},INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT`,
  );
  if (o.sasl) {
    const mechanisms = 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512';
    lines.push(
      `sasl.enabled.mechanisms=${mechanisms}`,
      `listener.name.client.sasl.enabled.mechanisms=${mechanisms}`,
      `listener.name.client.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required user_${o.sasl.username}=${jaasQuote(o.sasl.password)};`,
      'listener.name.client.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;',
      'listener.name.client.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;',
    );
  }
  if (o.tls) {
    // PEM key store: the unencrypted PKCS#8 key followed by the certificate chain.
    const keystore = join(dirname(o.tls.certificates.caFile), 'server-keystore.pem');
    writeFileSync(keystore, o.tls.certificates.server.key + o.tls.certificates.server.cert + o.tls.certificates.ca);
    lines.push(
      'listener.name.client.ssl.keystore.type=PEM',
      `listener.name.client.ssl.keystore.location=${keystore}`,
      'listener.name.client.ssl.truststore.type=PEM',
      `listener.name.client.ssl.truststore.location=${o.tls.certificates.caFile}`,
      `listener.name.client.ssl.client.auth=${o.tls.clientAuth ? 'required' : 'none'}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** One kafkajs admin round trip: connect and fetch cluster metadata. */
export async function metadataOk(brokers: string[], sasl?: SASLOptions, ssl?: ConnectionOptions): Promise<boolean> {
  const kafka = new Kafka({
    clientId: 'tideline-test-probe',
    brokers,
    sasl,
    ssl,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 2000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}
