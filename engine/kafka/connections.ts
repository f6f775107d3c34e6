/**
 * Configured Kafka connections: a named Kafka cluster (brokers, SASL, TLS) with an optional
 * Schema Registry, shown as database `<name>` in catalog `<environment>` (default `kafka`).
 * The same model serves the CLI's credentials file, the engine host's `connections/*` methods
 * and the language server's `tideline/connections` notification.
 *
 * - `parseConnectionSpec` validates untrusted input; every error names the field and the fix
 *   and never echoes a secret.
 * - `publicSpec` is what may be written to disk (no password, no private key); `summarize` is
 *   what may be shown or logged.
 * - `missingSecrets` names what a spec loaded from disk still needs (secrets live in memory
 *   only, re-sent by the extension from its SecretStorage after each host start).
 */
import type { KafkaConnection, SaslMechanism } from './connection';

export const DEFAULT_ENVIRONMENT = 'kafka';

export type AuthKind = 'none' | SaslMechanism;

export interface ConnectionSpec {
  readonly name: string;
  readonly environment: string;
  readonly brokers: readonly string[];
  readonly sasl?: { readonly mechanism: SaslMechanism; readonly username: string; readonly password?: string };
  readonly tls?: { readonly ca?: string; readonly cert?: string; readonly key?: string; readonly rejectUnauthorized?: boolean };
  readonly registry?: { readonly url: string; readonly username?: string; readonly password?: string };
}

/** What `connections/list` answers and what logs may show: never a secret. */
export interface ConnectionSummary {
  readonly name: string;
  readonly environment: string;
  readonly brokers: readonly string[];
  readonly registryUrl?: string;
  readonly auth: AuthKind;
  readonly tls: boolean;
}

export class ConnectionConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectionConfigError';
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;
const BROKER = /^[A-Za-z0-9._\-[\]:]+:\d{1,5}$/;
const MECHANISMS: Readonly<Record<string, SaslMechanism>> = {
  plain: 'plain',
  'scram-sha-256': 'scram-sha-256',
  'scram-sha-512': 'scram-sha-512',
};

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fields(where: string, o: Obj, allowed: readonly string[]): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) throw new ConnectionConfigError(`${where}: unknown field '${k.slice(0, 60)}' (fields: ${allowed.join(', ')})`);
  }
}

function text(where: string, o: Obj, key: string, required: true, max?: number): string;
function text(where: string, o: Obj, key: string, required?: false, max?: number): string | undefined;
function text(where: string, o: Obj, key: string, required = false, max = 1000): string | undefined {
  const v = o[key];
  if (v === undefined || v === null || v === '') {
    if (required) throw new ConnectionConfigError(`${where}: missing required field '${key}'`);
    return undefined;
  }
  // Never echo the value: it may be a password.
  if (typeof v !== 'string') throw new ConnectionConfigError(`${where}: field '${key}' must be a string`);
  if (v.length > max) throw new ConnectionConfigError(`${where}: field '${key}' is ${v.length} characters long; at most ${max} are accepted`);
  return v;
}

const PEM_MAX = 100_000;

/** A validated spec from untrusted input (`where` prefixes every message: a file, a method). */
export function parseConnectionSpec(input: unknown, where: string): ConnectionSpec {
  if (!isObj(input)) throw new ConnectionConfigError(`${where}: a connection must be an object with name, brokers and optionally environment, sasl, tls, registry`);
  fields(where, input, ['name', 'environment', 'brokers', 'sasl', 'tls', 'registry']);
  const name = text(where, input, 'name', true, 100);
  if (!NAME.test(name)) throw new ConnectionConfigError(`${where}: connection name '${name}' must start with a letter or '_' and hold only letters, digits, '_' and '-' (it becomes a database name)`);
  const at = `${where}: connection '${name}'`;
  const environment = text(at, input, 'environment', false, 100) ?? DEFAULT_ENVIRONMENT;
  if (!NAME.test(environment)) throw new ConnectionConfigError(`${at}: environment '${environment}' must start with a letter or '_' and hold only letters, digits, '_' and '-' (it becomes a catalog name)`);
  let brokersIn = input['brokers'];
  if (typeof brokersIn === 'string') brokersIn = brokersIn.split(',');
  if (!Array.isArray(brokersIn) || brokersIn.length === 0) throw new ConnectionConfigError(`${at}: 'brokers' must list at least one host:port`);
  const brokers = brokersIn.map((b) => (typeof b === 'string' ? b.trim() : '')).filter((b) => b !== '');
  if (brokers.length === 0 || brokers.length > 100) throw new ConnectionConfigError(`${at}: 'brokers' must list 1 to 100 host:port entries`);
  for (const b of brokers) {
    const port = Number(b.slice(b.lastIndexOf(':') + 1));
    if (!BROKER.test(b) || port < 1 || port > 65535) throw new ConnectionConfigError(`${at}: broker '${b.slice(0, 200)}' is not host:port (e.g. broker1.example.com:9092)`);
  }
  let sasl: ConnectionSpec['sasl'];
  const s = input['sasl'];
  if (s !== undefined && s !== null) {
    if (!isObj(s)) throw new ConnectionConfigError(`${at}: 'sasl' must be an object { mechanism, username, password }`);
    fields(`${at}: sasl`, s, ['mechanism', 'username', 'password']);
    const mechText = (text(`${at}: sasl`, s, 'mechanism', false, 40) ?? 'plain').toLowerCase();
    const mechanism = MECHANISMS[mechText];
    if (!mechanism) throw new ConnectionConfigError(`${at}: sasl.mechanism '${mechText}' is not supported: use PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512`);
    const username = text(`${at}: sasl`, s, 'username', true, 300);
    const password = text(`${at}: sasl`, s, 'password', false, 1000);
    sasl = { mechanism, username, ...(password !== undefined ? { password } : {}) };
  }
  let tls: ConnectionSpec['tls'];
  const t = input['tls'];
  if (t !== undefined && t !== null && t !== false) {
    if (t === true) tls = {};
    else {
      if (!isObj(t)) throw new ConnectionConfigError(`${at}: 'tls' must be true or an object { ca?, cert?, key?, rejectUnauthorized? } (PEM text)`);
      fields(`${at}: tls`, t, ['ca', 'cert', 'key', 'rejectUnauthorized']);
      const ca = text(`${at}: tls`, t, 'ca', false, PEM_MAX);
      const cert = text(`${at}: tls`, t, 'cert', false, PEM_MAX);
      const key = text(`${at}: tls`, t, 'key', false, PEM_MAX);
      const ru = t['rejectUnauthorized'];
      if (ru !== undefined && typeof ru !== 'boolean') throw new ConnectionConfigError(`${at}: tls.rejectUnauthorized must be true or false`);
      for (const [k, v] of [['ca', ca], ['cert', cert]] as const) {
        if (v !== undefined && !v.includes('-----BEGIN')) throw new ConnectionConfigError(`${at}: tls.${k} must be PEM text (-----BEGIN CERTIFICATE-----...)`);
      }
      if (key !== undefined && cert === undefined) throw new ConnectionConfigError(`${at}: tls.key needs tls.cert (the client certificate for mutual TLS)`);
      tls = { ...(ca ? { ca } : {}), ...(cert ? { cert } : {}), ...(key ? { key } : {}), ...(typeof ru === 'boolean' ? { rejectUnauthorized: ru } : {}) };
    }
  }
  let registry: ConnectionSpec['registry'];
  const r = input['registry'];
  if (r !== undefined && r !== null) {
    if (!isObj(r)) throw new ConnectionConfigError(`${at}: 'registry' must be an object { url, username?, password? }`);
    fields(`${at}: registry`, r, ['url', 'username', 'password']);
    const url = text(`${at}: registry`, r, 'url', true, 2000);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConnectionConfigError(`${at}: registry.url is not a URL (e.g. https://registry.example.com or http://127.0.0.1:8081/apis/ccompat/v7)`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ConnectionConfigError(`${at}: registry.url must be http:// or https://`);
    if (parsed.username !== '' || parsed.password !== '') throw new ConnectionConfigError(`${at}: registry.url must not hold credentials: give them as registry.username and registry.password`);
    const username = text(`${at}: registry`, r, 'username', false, 300);
    const password = text(`${at}: registry`, r, 'password', false, 1000);
    if (password !== undefined && username === undefined) throw new ConnectionConfigError(`${at}: registry.password needs registry.username`);
    registry = { url: url.replace(/\/+$/, ''), ...(username !== undefined ? { username } : {}), ...(password !== undefined ? { password } : {}) };
  }
  return { name, environment, brokers, ...(sasl ? { sasl } : {}), ...(tls ? { tls } : {}), ...(registry ? { registry } : {}) };
}

/** The spec without its secrets (SASL and registry passwords, the TLS private key): what may be stored on disk. */
export function publicSpec(c: ConnectionSpec): ConnectionSpec {
  const { sasl, tls, registry } = c;
  return {
    name: c.name,
    environment: c.environment,
    brokers: [...c.brokers],
    ...(sasl ? { sasl: { mechanism: sasl.mechanism, username: sasl.username } } : {}),
    ...(tls ? { tls: { ...(tls.ca ? { ca: tls.ca } : {}), ...(tls.cert ? { cert: tls.cert } : {}), ...(tls.rejectUnauthorized !== undefined ? { rejectUnauthorized: tls.rejectUnauthorized } : {}) } } : {}),
    ...(registry ? { registry: { url: registry.url, ...(registry.username !== undefined ? { username: registry.username } : {}) } } : {}),
  };
}

/** The secrets of a spec (for redaction). */
export function secretsOf(c: ConnectionSpec): string[] {
  return [c.sasl?.password, c.tls?.key, c.registry?.password].filter((s): s is string => typeof s === 'string' && s !== '');
}

/** Secrets the spec needs but does not hold (a spec read back from disk), as field names. */
export function missingSecrets(c: ConnectionSpec): string[] {
  const out: string[] = [];
  if (c.sasl && c.sasl.password === undefined) out.push('sasl.password');
  if (c.tls?.cert !== undefined && c.tls.key === undefined) out.push('tls.key');
  if (c.registry?.username !== undefined && c.registry.password === undefined) out.push('registry.password');
  return out;
}

export function summarize(c: ConnectionSpec): ConnectionSummary {
  return {
    name: c.name,
    environment: c.environment,
    brokers: [...c.brokers],
    ...(c.registry ? { registryUrl: c.registry.url } : {}),
    auth: c.sasl?.mechanism ?? 'none',
    tls: c.tls !== undefined,
  };
}

/** The connection the Kafka client and the catalog use. */
export function toKafkaConnection(c: ConnectionSpec): KafkaConnection {
  const { sasl, tls, registry } = c;
  return {
    name: c.name,
    brokers: [...c.brokers],
    ...(sasl ? { sasl: { mechanism: sasl.mechanism, username: sasl.username, password: sasl.password ?? '' } } : {}),
    ...(tls ? { tls } : {}),
    ...(registry ? { registry: { url: registry.url, ...(registry.username !== undefined ? { username: registry.username, password: registry.password ?? '' } : {}) } } : {}),
  };
}
