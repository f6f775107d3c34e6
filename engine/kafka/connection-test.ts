/**
 * "Test connection": one round trip to the cluster (connect, describe the cluster) and, when
 * configured, one to the Schema Registry (list subjects), each within a time limit. Messages
 * say what was reached or what failed, where, and what to check; they never hold a secret.
 */
import { kafkaClient } from './connection';
import { missingSecrets, secretsOf, toKafkaConnection, type ConnectionSpec } from './connections';
import { redact } from './redact';
import { RegistryClient } from './registry-client';

export interface ProbeResult {
  readonly ok: boolean;
  readonly message: string;
}

export interface ConnectionTestResult {
  readonly kafka: ProbeResult;
  readonly registry?: ProbeResult;
}

async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s from ${what}`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

function reason(e: unknown): string {
  const err = e as Error & { cause?: unknown };
  const cause = err.cause instanceof Error && !err.message.includes(err.cause.message) ? `: ${err.cause.message}` : '';
  return `${err instanceof Error ? err.message : String(e)}${cause}`;
}

export async function testConnection(spec: ConnectionSpec, timeoutMs = 8000): Promise<ConnectionTestResult> {
  const missing = missingSecrets(spec);
  if (missing.length > 0) {
    const message = `${missing.join(', ')} not given since the engine started (secrets are kept in memory only); set the connection again`;
    return { kafka: { ok: false, message }, ...(spec.registry ? { registry: { ok: false, message } } : {}) };
  }
  const secrets = secretsOf(spec);
  const where = spec.brokers.join(',');
  const kafka = (async (): Promise<ProbeResult> => {
    const admin = kafkaClient(toKafkaConnection(spec), { connectionTimeout: Math.min(timeoutMs, 5000), retry: { retries: 0 } }).admin();
    try {
      const cluster = await within(timeoutMs, `Kafka at ${where}`, (async () => {
        await admin.connect();
        return admin.describeCluster();
      })());
      return { ok: true, message: `connected to Kafka at ${where}: ${cluster.brokers.length} broker${cluster.brokers.length === 1 ? '' : 's'}` };
    } catch (e) {
      const hint = spec.sasl ? 'check the brokers\' host:port, that the cluster is up, and the SASL mechanism, user and password' : 'check the brokers\' host:port and that the cluster is up';
      return { ok: false, message: redact(`cannot connect to Kafka at ${where}: ${reason(e)}; ${hint}`, secrets) };
    } finally {
      void admin.disconnect().catch(() => undefined);
    }
  })();
  const registry = spec.registry
    ? (async (): Promise<ProbeResult> => {
        const r = spec.registry!;
        const client = new RegistryClient({ url: r.url, ...(r.username !== undefined ? { username: r.username, password: r.password ?? '' } : {}) });
        try {
          const subjects = await within(timeoutMs, `the Schema Registry at ${r.url}`, client.subjects());
          return { ok: true, message: `connected to the Schema Registry at ${r.url}: ${subjects.length} subject${subjects.length === 1 ? '' : 's'}` };
        } catch (e) {
          const hint = /\b401\b|\b403\b/.test(reason(e)) ? 'check the registry user name and password' : 'check the registry URL (Apicurio: .../apis/ccompat/v7) and that it is up';
          return { ok: false, message: redact(`cannot use the Schema Registry at ${r.url}: ${reason(e)}; ${hint}`, secrets) };
        }
      })()
    : undefined;
  return { kafka: await kafka, ...(registry ? { registry: await registry } : {}) };
}
