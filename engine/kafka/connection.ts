/**
 * A Kafka cluster connection as Tideline models it: brokers, optional SASL (PLAIN,
 * SCRAM-SHA-256/512) and TLS (CA, client certificate), and an optional Schema Registry (URL
 * with basic auth). Built from a table's `properties.*` options (Flink's names) or from
 * configuration; `describeConnection` is the only printable form and never shows secrets.
 */
import type { Kafka, KafkaConfig, SASLOptions } from 'kafkajs';
import { kafkajs } from '../lazy-libraries';
import { knownConnection } from './known-connections';
import { redact } from './redact';

export type SaslMechanism = 'plain' | 'scram-sha-256' | 'scram-sha-512';

export interface SaslConfig {
  readonly mechanism: SaslMechanism;
  readonly username: string;
  readonly password: string;
}

export interface TlsConfig {
  /** PEM text of the CA that signed the brokers' certificates (absent: system CAs). */
  readonly ca?: string;
  /** PEM client certificate and key for mutual TLS. */
  readonly cert?: string;
  readonly key?: string;
  readonly rejectUnauthorized?: boolean;
}

export interface RegistryConfig {
  readonly url: string;
  readonly username?: string;
  readonly password?: string;
}

export interface KafkaConnection {
  /** A name for messages (`prod`, or the bootstrap servers). */
  readonly name: string;
  readonly brokers: readonly string[];
  readonly sasl?: SaslConfig;
  readonly tls?: TlsConfig;
  readonly registry?: RegistryConfig;
  readonly clientId?: string;
}

export class KafkaConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KafkaConfigError';
  }
}

const MECHANISMS: Record<string, SaslMechanism> = {
  PLAIN: 'plain',
  'SCRAM-SHA-256': 'scram-sha-256',
  'SCRAM-SHA-512': 'scram-sha-512',
};

/** `username="u" password="p"` out of a JAAS config line (PlainLoginModule / ScramLoginModule). */
export function parseJaas(jaas: string): { username: string; password: string } | undefined {
  const user = /username\s*=\s*"([^"]*)"/.exec(jaas);
  const pass = /password\s*=\s*"([^"]*)"/.exec(jaas);
  return user && pass ? { username: user[1], password: pass[1] } : undefined;
}

/**
 * The connection of a table from its `properties.*` options, as Flink passes them to the Kafka
 * client: `properties.bootstrap.servers`, `properties.security.protocol`
 * (PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL), `properties.sasl.mechanism`,
 * `properties.sasl.jaas.config`, `properties.ssl.truststore.certificates` /
 * `properties.ssl.keystore.certificate.chain` / `properties.ssl.keystore.key` (PEM).
 */
export function connectionFromProperties(options: Readonly<Record<string, string>>, name?: string): KafkaConnection {
  const p = (k: string): string | undefined => options[`properties.${k}`];
  const servers = p('bootstrap.servers');
  if (servers === undefined || servers.trim() === '') throw new KafkaConfigError("missing required option 'properties.bootstrap.servers'");
  const brokers = servers.split(',').map((s) => s.trim()).filter(Boolean);
  // A catalog table carries no credentials: those of the configured connection to these brokers apply.
  const known = p('sasl.jaas.config') === undefined && p('ssl.keystore.key') === undefined ? knownConnection(brokers) : undefined;
  if (known) return { ...known, name: name ?? known.name };
  const protocol = (p('security.protocol') ?? 'PLAINTEXT').toUpperCase();
  if (!['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'].includes(protocol)) {
    throw new KafkaConfigError(`unsupported 'properties.security.protocol' '${protocol}': expected PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL`);
  }
  let sasl: SaslConfig | undefined;
  if (protocol.startsWith('SASL_')) {
    const mechText = (p('sasl.mechanism') ?? 'PLAIN').toUpperCase();
    const mechanism = MECHANISMS[mechText];
    if (!mechanism) throw new KafkaConfigError(`unsupported 'properties.sasl.mechanism' '${mechText}': expected PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512`);
    const creds = parseJaas(p('sasl.jaas.config') ?? '');
    // Never echo the JAAS text: it holds the password.
    if (!creds) throw new KafkaConfigError("'properties.sasl.jaas.config' must give username=\"...\" and password=\"...\"");
    sasl = { mechanism, ...creds };
  }
  let tls: TlsConfig | undefined;
  if (protocol.endsWith('SSL')) {
    const ca = p('ssl.truststore.certificates');
    const cert = p('ssl.keystore.certificate.chain');
    const key = p('ssl.keystore.key');
    tls = { ...(ca ? { ca } : {}), ...(cert ? { cert } : {}), ...(key ? { key } : {}) };
  }
  return { name: name ?? brokers.join(','), brokers, ...(sasl ? { sasl } : {}), ...(tls ? { tls } : {}) };
}

/** The kafkajs configuration of a connection (quiet logging: failures surface as rejections). */
export function kafkajsConfig(c: KafkaConnection, overrides: Partial<KafkaConfig> = {}): KafkaConfig {
  const sasl: SASLOptions | undefined = c.sasl ? ({ mechanism: c.sasl.mechanism, username: c.sasl.username, password: c.sasl.password } as SASLOptions) : undefined;
  const ssl = c.tls
    ? { ...(c.tls.ca ? { ca: [c.tls.ca] } : {}), ...(c.tls.cert ? { cert: c.tls.cert } : {}), ...(c.tls.key ? { key: c.tls.key } : {}), rejectUnauthorized: c.tls.rejectUnauthorized ?? true }
    : undefined;
  return {
    clientId: c.clientId ?? 'tideline',
    brokers: [...c.brokers],
    ...(sasl ? { sasl } : {}),
    ...(ssl ? { ssl } : {}),
    logLevel: kafkajs().logLevel.NOTHING,
    connectionTimeout: 5000,
    retry: { retries: 5 },
    ...overrides,
  };
}

export function kafkaClient(c: KafkaConnection, overrides: Partial<KafkaConfig> = {}): Kafka {
  return new (kafkajs().Kafka)(kafkajsConfig(c, overrides));
}

/** The connection as text for logs and messages: mechanism and user, never passwords or keys. */
export function describeConnection(c: KafkaConnection): string {
  const parts = [`${c.name} (${c.brokers.join(',')})`];
  if (c.sasl) parts.push(`SASL ${c.sasl.mechanism.toUpperCase()} as ${c.sasl.username}`);
  if (c.tls) parts.push(c.tls.cert ? 'mutual TLS' : 'TLS');
  if (c.registry) parts.push(`registry ${redact(c.registry.url)}${c.registry.username ? ` as ${c.registry.username}` : ''}`);
  return parts.join(', ');
}
