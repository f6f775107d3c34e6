/**
 * The `local` catalog: the embedded store's catalogs, persisted as JSON under the state
 * directory (layout and atomic writes in local-files.ts). CREATE/DROP/ALTER of catalogs,
 * databases, tables, views and functions are validated by CatalogState (Flink's rules and
 * messages), written to disk, and only then visible in the snapshot. Several processes may
 * share a state directory (the CLI and the engine host): `refresh()` re-reads it.
 *
 * A definition file that cannot be read (hand-edited, corrupt) does not break the catalog:
 * its table shows as unavailable with the file and the reason.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { CatalogError } from '../errors';
import type { StateChange } from '../catalog-state';
import { Emitter } from '../events';
import { decodeCatalog, decodeDatabase, decodeObject, encodeCatalog, encodeDatabase, encodeObject } from '../json';
import type { CatalogFunction, CatalogInfo, CatalogObject, DatabaseInfo, ObjectPath, Provenance } from '../model';
import type {
  CatalogChange,
  CatalogScope,
  WritableCatalogProvider,
} from '../provider';
import type { ProviderSnapshot } from '../snapshot';
import { scopeOf } from '../provider';
import { StateDdlProvider } from './state-ddl';
import {
  CATALOG_FILE,
  DATABASE_FILE,
  decodeName,
  LocalLayout,
  removeDirAtomic,
  removeFile,
  TEMP_SUFFIX,
  writeFileAtomic,
} from './local-files';

export const LOCAL_CATALOG = 'local';
export const LOCAL_DATABASE = 'default';

export interface LocalProviderOptions {
  /** The catalog created on first use (default `local`) ... */
  readonly defaultCatalog?: string;
  /** ... with this database (default `default`). */
  readonly defaultDatabase?: string;
  /** Provider id (default `local`). */
  readonly id?: string;
}

async function readDirSafe(dir: string): Promise<import('node:fs').Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Temporary files older than this are left over from a crash (a live write takes milliseconds). */
const STALE_TEMP_MS = 10 * 60_000;

async function removeIfStale(file: string): Promise<void> {
  try {
    const st = await fs.stat(file);
    if (Date.now() - st.mtimeMs > STALE_TEMP_MS) await fs.rm(file, { force: true });
  } catch {
    // Gone already, or not ours to remove: either way not a catalog entry.
  }
}

export class LocalCatalogProvider extends StateDdlProvider implements WritableCatalogProvider {
  readonly id: string;
  readonly readOnly = false;
  readonly canCreateCatalogs = true;
  readonly layout: LocalLayout;
  private readonly changes = new Emitter<CatalogChange>();
  readonly onDidChange = this.changes.event;
  /** Mutations and reloads run one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Problems that are not about one table (an unreadable catalog or database file). */
  private loadProblems: string[] = [];

  private constructor(
    readonly stateDir: string,
    options: LocalProviderOptions,
  ) {
    super();
    this.id = options.id ?? LOCAL_CATALOG;
    this.layout = new LocalLayout(stateDir);
  }

  /** Opens (and on first use initializes) the store under `stateDir`. */
  static async open(stateDir: string, options: LocalProviderOptions = {}): Promise<LocalCatalogProvider> {
    const p = new LocalCatalogProvider(stateDir, options);
    await p.load();
    const catalog = options.defaultCatalog ?? LOCAL_CATALOG;
    const database = options.defaultDatabase ?? LOCAL_DATABASE;
    if (!p.state.catalog(catalog)) {
      await p.createCatalog({ name: catalog, defaultDatabase: database }, { ignoreIfExists: true });
    } else if (!p.state.database(catalog, database)) {
      await p.createDatabase(catalog, { name: database }, { ignoreIfExists: true });
    }
    return p;
  }

  snapshot(): ProviderSnapshot {
    return this.state.snapshot(this.id);
  }

  /** Problems found while loading that are not tied to one table. */
  problems(): readonly string[] {
    return this.loadProblems;
  }

  refresh(scope?: CatalogScope): Promise<ProviderSnapshot> {
    return this.enqueue(async () => {
      await this.load();
      this.changes.fire({ provider: this.id, ...(scope ? { scope } : {}) });
      return this.snapshot();
    });
  }

  invalidate(_scope?: CatalogScope): void {
    // Everything is read from disk on refresh; nothing else is cached.
  }

  async lookup(path: ObjectPath): Promise<CatalogObject | undefined> {
    const known = this.state.object(path);
    if (known) return known;
    // Another process may have created it since we loaded.
    const file = this.layout.objectFile(path.catalog, path.database, path.name);
    const text = await readIfExists(file).catch(() => undefined);
    if (text === undefined) return undefined;
    await this.refresh(scopeOf(path));
    return this.state.object(path);
  }

  private provenance(file: string): Provenance {
    return { kind: 'local', stateDir: this.stateDir, file };
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Reads the whole store from disk into the state. */
  private async load(): Promise<void> {
    const state = this.state;
    state.clear();
    const problems: string[] = [];
    for (const c of await readDirSafe(this.layout.root)) {
      if (!c.isDirectory() || c.name.startsWith('.')) continue;
      const catalogName = decodeName(c.name);
      const catalogDir = join(this.layout.root, c.name);
      let info: CatalogInfo = { name: catalogName, defaultDatabase: LOCAL_DATABASE };
      const catalogText = await readIfExists(join(catalogDir, CATALOG_FILE));
      if (catalogText !== undefined) {
        try {
          info = { ...decodeCatalog(catalogText), name: catalogName };
        } catch (e) {
          problems.push(`${join(catalogDir, CATALOG_FILE)}: ${(e as Error).message}`);
        }
      }
      state.createCatalog(info, { replace: true });
      for (const d of await readDirSafe(catalogDir)) {
        if (!d.isDirectory() || d.name.startsWith('.')) continue;
        const databaseName = decodeName(d.name);
        const databaseDir = join(catalogDir, d.name);
        const databaseFile = join(databaseDir, DATABASE_FILE);
        let dbInfo: DatabaseInfo = { name: databaseName };
        let functions: CatalogFunction[] = [];
        const databaseText = await readIfExists(databaseFile);
        if (databaseText !== undefined) {
          try {
            const decoded = decodeDatabase(databaseText, this.provenance(databaseFile));
            dbInfo = { ...decoded.info, name: databaseName };
            functions = decoded.functions;
          } catch (e) {
            problems.push(`${databaseFile}: ${(e as Error).message}`);
          }
        }
        state.createDatabase(catalogName, dbInfo, { ignoreIfExists: true });
        for (const f of functions) state.createFunction(catalogName, databaseName, f, { replace: true });
        for (const o of await readDirSafe(databaseDir)) {
          if (o.isFile() && o.name.endsWith(TEMP_SUFFIX)) {
            await removeIfStale(join(databaseDir, o.name));
            continue;
          }
          if (!o.isFile() || o.name.startsWith('.') || !o.name.endsWith('.json')) continue;
          const name = decodeName(o.name.slice(0, -'.json'.length));
          const file = join(databaseDir, o.name);
          const path = { catalog: catalogName, database: databaseName, name };
          try {
            const object = decodeObject(await fs.readFile(file, 'utf8'), this.provenance(file));
            if (object.name !== name) throw new Error(`declares the name '${object.name}' but its file is named for '${name}'`);
            state.createObject(path, object, { replace: true });
          } catch (e) {
            state.setProblem(path, `could not read ${file}: ${(e as Error).message}`);
          }
        }
      }
    }
    this.loadProblems = problems;
  }

  /** Applies a mutation to the state, persists what it changed, then announces it. */
  protected override change(scope: CatalogScope | undefined, mutate: () => StateChange[]): Promise<void> {
    return this.enqueue(async () => {
      const changes = mutate();
      if (changes.length === 0) return;
      try {
        for (const c of changes) await this.persist(c);
      } catch (e) {
        // Disk and memory disagree now: memory follows the disk.
        await this.load().catch(() => undefined);
        this.changes.fire({ provider: this.id });
        throw new CatalogError('io', `Could not write the catalog under ${this.layout.root}: ${(e as Error).message}`);
      }
      this.changes.fire({ provider: this.id, ...(scope ? { scope } : {}) });
    });
  }

  private async persist(c: StateChange): Promise<void> {
    const L = this.layout;
    switch (c.kind) {
      case 'put-catalog': {
        const info = this.state.catalog(c.catalog)!.info;
        await writeFileAtomic(L.catalogFile(c.catalog), encodeCatalog(info));
        return;
      }
      case 'drop-catalog':
        await removeDirAtomic(L.catalogDir(c.catalog));
        return;
      case 'put-database': {
        const d = this.state.database(c.catalog, c.database)!;
        await writeFileAtomic(L.databaseFile(c.catalog, c.database), encodeDatabase(d.info, [...d.functions.values()]));
        return;
      }
      case 'drop-database':
        await removeDirAtomic(L.databaseDir(c.catalog, c.database));
        return;
      case 'put-object': {
        const { catalog, database, name } = c.path;
        const file = L.objectFile(catalog, database, name);
        const object = this.state.object(c.path)!;
        await writeFileAtomic(file, encodeObject(object));
        // The snapshot shows where the definition lives now.
        this.state.createObject(c.path, { ...object, provenance: this.provenance(file) }, { replace: true });
        return;
      }
      case 'drop-object':
        await removeFile(L.objectFile(c.path.catalog, c.path.database, c.path.name));
        return;
    }
  }

  dispose(): void {
    this.changes.dispose();
  }
}
