/**
 * Where the extension keeps configured connections: the non-secret part of each (brokers,
 * mechanism, user names, CA, registry URL) in the extension's global state, and the secrets
 * (SASL password, TLS client key, registry password) in VS Code's SecretStorage, never in
 * settings or logs. `all()` joins them into full specs for the engine host and the language
 * server, which keep secrets in memory only.
 */
import type * as vscode from 'vscode';
import { parseConnectionSpec, publicSpec, type ConnectionSpec } from '../../engine/kafka/connections';

const STATE_KEY = 'tideline.connections';
const secretKey = (name: string): string => `tideline.connection.${name}`;

interface Secrets {
  saslPassword?: string;
  tlsKey?: string;
  registryPassword?: string;
}

export class ConnectionSecrets {
  constructor(
    private readonly state: vscode.Memento,
    private readonly secrets: vscode.SecretStorage,
  ) {}

  private publicSpecs(): ConnectionSpec[] {
    const list = this.state.get<unknown[]>(STATE_KEY, []);
    const out: ConnectionSpec[] = [];
    for (const c of list) {
      try {
        out.push(parseConnectionSpec(c, 'stored connection'));
      } catch {
        /* an entry an older version wrote differently: skipped */
      }
    }
    return out;
  }

  names(): string[] {
    return this.publicSpecs().map((c) => c.name);
  }

  /** Every connection with its secrets. */
  async all(): Promise<ConnectionSpec[]> {
    return Promise.all(this.publicSpecs().map((c) => this.withSecrets(c)));
  }

  async get(name: string): Promise<ConnectionSpec | undefined> {
    const c = this.publicSpecs().find((x) => x.name === name);
    return c ? this.withSecrets(c) : undefined;
  }

  private async withSecrets(c: ConnectionSpec): Promise<ConnectionSpec> {
    let s: Secrets = {};
    try {
      s = JSON.parse((await this.secrets.get(secretKey(c.name))) ?? '{}') as Secrets;
    } catch {
      s = {};
    }
    return {
      ...c,
      ...(c.sasl ? { sasl: { ...c.sasl, ...(s.saslPassword !== undefined ? { password: s.saslPassword } : {}) } } : {}),
      ...(c.tls ? { tls: { ...c.tls, ...(s.tlsKey !== undefined ? { key: s.tlsKey } : {}) } } : {}),
      ...(c.registry ? { registry: { ...c.registry, ...(s.registryPassword !== undefined ? { password: s.registryPassword } : {}) } } : {}),
    };
  }

  async set(spec: ConnectionSpec): Promise<void> {
    const s: Secrets = {
      ...(spec.sasl?.password !== undefined ? { saslPassword: spec.sasl.password } : {}),
      ...(spec.tls?.key !== undefined ? { tlsKey: spec.tls.key } : {}),
      ...(spec.registry?.password !== undefined ? { registryPassword: spec.registry.password } : {}),
    };
    await this.secrets.store(secretKey(spec.name), JSON.stringify(s));
    const others = this.publicSpecs().filter((c) => c.name !== spec.name);
    await this.state.update(STATE_KEY, [...others, publicSpec(spec)].sort((a, b) => a.name.localeCompare(b.name)));
  }

  async delete(name: string): Promise<void> {
    await this.secrets.delete(secretKey(name));
    await this.state.update(STATE_KEY, this.publicSpecs().filter((c) => c.name !== name));
  }
}
