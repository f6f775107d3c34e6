/**
 * Configured connections as live catalog providers: one KafkaCatalogProvider (id
 * `kafka:<environment>`) per environment, one database per connection, registered in a
 * CatalogManager and replaced when the connections change (the engine host's connections/*,
 * the language server's `tideline/connections`, the CLI's credentials file). Their
 * credentials are remembered in memory for the connectors (known-connections.ts). Providers
 * refresh in the background; a slow or unreachable cluster only makes its database
 * unavailable with the reason.
 */
import type { Disposable } from '../events';
import type { CatalogManager } from '../manager';
import { KafkaCatalogProvider } from './kafka-catalog-provider';
import type { RemoteProviderOptions } from './remote';
import { missingSecrets, toKafkaConnection, type ConnectionSpec } from '../../kafka/connections';
import { forgetConnections, rememberConnections } from '../../kafka/known-connections';

export type ConnectionStatus = 'ok' | `unavailable: ${string}` | 'unknown';

export interface ConnectionCatalogOptions extends RemoteProviderOptions {
  /** Background refresh period (0: none; default 60 s). */
  readonly refreshIntervalMs?: number;
}

interface Registered {
  readonly key: string;
  readonly provider: KafkaCatalogProvider;
  readonly registration: Disposable;
  readonly background?: Disposable;
}

let owners = 0;

export class KafkaConnectionCatalogs {
  private readonly environments = new Map<string, Registered>();
  private specs: readonly ConnectionSpec[] = [];
  private readonly owner = `connections-${++owners}`;

  constructor(
    private readonly manager: CatalogManager,
    private readonly options: ConnectionCatalogOptions = {},
  ) {}

  /** Replaces the configured connections; providers of unchanged environments stay (with their caches). */
  set(specs: readonly ConnectionSpec[]): void {
    this.specs = [...specs];
    const usable = specs.filter((s) => missingSecrets(s).length === 0);
    rememberConnections(this.owner, usable.map(toKafkaConnection));
    const byEnv = new Map<string, ConnectionSpec[]>();
    for (const s of usable) byEnv.set(s.environment, [...(byEnv.get(s.environment) ?? []), s]);
    for (const [env, r] of [...this.environments]) {
      const want = byEnv.get(env);
      if (want && keyOf(want) === r.key) continue;
      this.drop(env);
    }
    for (const [env, list] of byEnv) {
      if (this.environments.has(env)) continue;
      const provider = new KafkaCatalogProvider({ catalog: env, clusters: list.map((s) => ({ name: s.name, connection: toKafkaConnection(s) })) }, this.options);
      const registration = this.manager.register(provider);
      const interval = this.options.refreshIntervalMs ?? 60_000;
      const background = interval > 0 ? provider.startBackgroundRefresh(interval) : undefined;
      this.environments.set(env, { key: keyOf(list), provider, registration, ...(background ? { background } : {}) });
      void provider.refresh();
    }
  }

  connections(): readonly ConnectionSpec[] {
    return this.specs;
  }

  provider(environment: string): KafkaCatalogProvider | undefined {
    return this.environments.get(environment)?.provider;
  }

  /** Refreshes every connection's catalog (never rejects). */
  async refresh(): Promise<void> {
    await Promise.all([...this.environments.values()].map((r) => r.provider.refresh()));
  }

  /** What the catalog knows about a connection now. */
  status(spec: ConnectionSpec): ConnectionStatus {
    const missing = missingSecrets(spec);
    if (missing.length > 0) {
      return `unavailable: ${missing.join(', ')} not given since the engine started (secrets are kept in memory only); set the connection again`;
    }
    const db = this.environments.get(spec.environment)?.provider.snapshot().catalogs.get(spec.environment)?.databases.get(spec.name);
    if (!db) return 'unknown';
    if (db.status.state === 'ready') return 'ok';
    if (db.status.state === 'unavailable') return `unavailable: ${db.status.reason}`;
    return 'unknown';
  }

  private drop(env: string): void {
    const r = this.environments.get(env);
    if (!r) return;
    this.environments.delete(env);
    r.background?.dispose();
    r.registration.dispose();
    r.provider.dispose();
  }

  dispose(): void {
    for (const env of [...this.environments.keys()]) this.drop(env);
    forgetConnections(this.owner);
  }
}

/** Equal keys: the same clusters with the same settings and secrets (the provider can stay). */
function keyOf(specs: readonly ConnectionSpec[]): string {
  return JSON.stringify([...specs].sort((a, b) => a.name.localeCompare(b.name)));
}
