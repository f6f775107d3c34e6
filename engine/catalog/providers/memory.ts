/**
 * A provider that keeps its catalogs in memory: always ready, answers immediately. The
 * built-in `examples` catalog is one (read-only); tests and tools use writable ones.
 */
import { CatalogError } from '../errors';
import type { CatalogDefinition } from '../definitions';
import { loadDefinitions } from '../definitions';
import { Emitter } from '../events';
import type { CatalogInfo, CatalogObject, ObjectPath } from '../model';
import type {
  CatalogChange,
  CatalogScope,
  CreateOptions,
  WritableCatalogProvider,
} from '../provider';
import type { ProviderSnapshot } from '../snapshot';
import type { StateChange } from '../catalog-state';
import { StateDdlProvider } from './state-ddl';

export interface MemoryProviderOptions {
  /** DDL against a read-only provider fails with `catalog-read-only`. */
  readonly readOnly?: boolean;
  readonly canCreateCatalogs?: boolean;
}

export class MemoryCatalogProvider extends StateDdlProvider implements WritableCatalogProvider {
  private readonly changes = new Emitter<CatalogChange>();
  readonly onDidChange = this.changes.event;
  readonly canCreateCatalogs: boolean;
  readonly readOnly: boolean;

  constructor(
    readonly id: string,
    definitions: readonly CatalogDefinition[] = [],
    options: MemoryProviderOptions = {},
  ) {
    super();
    loadDefinitions(this.state, definitions);
    this.readOnly = options.readOnly ?? false;
    this.canCreateCatalogs = !this.readOnly && (options.canCreateCatalogs ?? true);
  }

  snapshot(): ProviderSnapshot {
    return this.state.snapshot(this.id);
  }

  async refresh(_scope?: CatalogScope): Promise<ProviderSnapshot> {
    return this.snapshot();
  }

  invalidate(_scope?: CatalogScope): void {
    // Nothing is cached: memory is the source.
  }

  async lookup(path: ObjectPath): Promise<CatalogObject | undefined> {
    return this.state.object(path);
  }

  protected override change(scope: CatalogScope | undefined, mutate: () => StateChange[]): Promise<void> {
    if (this.readOnly) {
      const name = scope?.catalog ?? this.id;
      return Promise.reject(new CatalogError('catalog-read-only', `Catalog '${name}' is read-only.`));
    }
    try {
      const changed = mutate();
      if (changed.length > 0) this.changes.fire({ provider: this.id, ...(scope ? { scope } : {}) });
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e);
    }
  }

  override createCatalog(info: CatalogInfo, options?: CreateOptions): Promise<void> {
    if (!this.canCreateCatalogs && !this.readOnly) {
      return Promise.reject(new CatalogError('catalog-read-only', `Provider '${this.id}' cannot create catalogs.`));
    }
    return super.createCatalog(info, options);
  }

  dispose(): void {
    this.changes.dispose();
  }
}
