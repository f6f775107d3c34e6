/**
 * Tables, views, databases and catalogs declared by DDL in workspace files: shown as
 * "declared, not yet created" (provenance `workspace` with the file and range) so that a
 * query in one file can be checked against a CREATE TABLE in another before anything runs,
 * and go-to-definition can jump to the DDL.
 *
 * Parser-independent: the language server turns each file's DDL statements into catalog
 * objects (with engine/sql and the analyzer) and hands them over per file; a file's new
 * declarations replace its old ones. Register this provider after the real ones: a table that
 * exists hides its declaration (see merge.ts). When two files declare the same name, the file
 * whose URI sorts first wins; `declarationsOf` lists all of them.
 */
import type { Range } from '../../diagnostic';
import { Emitter } from '../events';
import type { CatalogInfo, CatalogObject, DatabaseInfo, ObjectPath } from '../model';
import type { CatalogChange, CatalogProvider, CatalogScope } from '../provider';
import type { CatalogSnapshot, DatabaseSnapshot, ProviderSnapshot } from '../snapshot';
import { ready } from '../status';

export interface DeclaredObject {
  /** The fully qualified path the DDL creates (resolved with the file's current catalog/database). */
  readonly path: ObjectPath;
  /** The declared definition; its provenance is replaced by the file and range. */
  readonly object: CatalogObject;
  /** The range of the CREATE statement (or of its name) in the file. */
  readonly range: Range;
}

export interface DeclaredDatabase {
  readonly catalog: string;
  readonly info: DatabaseInfo;
  readonly range: Range;
}

export interface DeclaredCatalog {
  readonly info: CatalogInfo;
  readonly range: Range;
}

export interface FileDeclarations {
  readonly catalogs?: readonly DeclaredCatalog[];
  readonly databases?: readonly DeclaredDatabase[];
  readonly objects?: readonly DeclaredObject[];
}

export interface Declaration {
  readonly uri: string;
  readonly range: Range;
  readonly object: CatalogObject;
}

interface MutableDatabase {
  info: DatabaseInfo;
  objects: Map<string, CatalogObject>;
}

export class WorkspaceCatalogProvider implements CatalogProvider {
  readonly declaredOnly = true;
  private readonly files = new Map<string, FileDeclarations>();
  private readonly changes = new Emitter<CatalogChange>();
  readonly onDidChange = this.changes.event;
  private cached?: ProviderSnapshot;

  constructor(readonly id = 'workspace') {}

  /** Replaces the declarations of one file. */
  setFile(uri: string, declarations: FileDeclarations): void {
    this.files.set(uri, declarations);
    this.cached = undefined;
    this.changes.fire({ provider: this.id });
  }

  removeFile(uri: string): void {
    if (!this.files.delete(uri)) return;
    this.cached = undefined;
    this.changes.fire({ provider: this.id });
  }

  fileUris(): string[] {
    return [...this.files.keys()].sort();
  }

  /** Every declaration of `path` across files, in URI order (go-to-definition, find references). */
  declarationsOf(path: ObjectPath): Declaration[] {
    const out: Declaration[] = [];
    for (const uri of this.fileUris()) {
      for (const d of this.files.get(uri)!.objects ?? []) {
        if (d.path.catalog === path.catalog && d.path.database === path.database && d.path.name === path.name) {
          out.push({ uri, range: d.range, object: this.withProvenance(d, uri) });
        }
      }
    }
    return out;
  }

  private withProvenance(d: DeclaredObject, uri: string): CatalogObject {
    return { ...d.object, name: d.path.name, provenance: { kind: 'workspace', uri, range: d.range } };
  }

  snapshot(): ProviderSnapshot {
    if (this.cached) return this.cached;
    const now = Date.now();
    const catalogs = new Map<string, { info: CatalogInfo; databases: Map<string, MutableDatabase> }>();
    const catalogOf = (name: string, info?: CatalogInfo) => {
      let c = catalogs.get(name);
      if (!c) catalogs.set(name, (c = { info: info ?? { name, defaultDatabase: 'default' }, databases: new Map() }));
      return c;
    };
    const databaseOf = (catalog: string, name: string, info?: DatabaseInfo) => {
      const c = catalogOf(catalog);
      let d = c.databases.get(name);
      if (!d) c.databases.set(name, (d = { info: info ?? { name }, objects: new Map() }));
      return d;
    };
    for (const uri of this.fileUris()) {
      const f = this.files.get(uri)!;
      for (const c of f.catalogs ?? []) catalogOf(c.info.name, c.info);
      for (const d of f.databases ?? []) databaseOf(d.catalog, d.info.name, d.info);
      for (const o of f.objects ?? []) {
        const db = databaseOf(o.path.catalog, o.path.database);
        if (!db.objects.has(o.path.name)) db.objects.set(o.path.name, this.withProvenance(o, uri));
      }
    }
    const out = new Map<string, CatalogSnapshot>();
    for (const [name, c] of catalogs) {
      const databases = new Map<string, DatabaseSnapshot>();
      for (const [dbName, d] of c.databases) {
        databases.set(dbName, { info: d.info, status: ready(now), objects: d.objects, pending: new Map(), functions: new Map() });
      }
      out.set(name, { info: c.info, provider: this.id, status: ready(now), databases });
    }
    this.cached = { catalogs: out };
    return this.cached;
  }

  async refresh(_scope?: CatalogScope): Promise<ProviderSnapshot> {
    return this.snapshot();
  }

  invalidate(_scope?: CatalogScope): void {
    // The language server pushes declarations; nothing to re-read.
  }

  async lookup(path: ObjectPath): Promise<CatalogObject | undefined> {
    return this.snapshot().catalogs.get(path.catalog)?.databases.get(path.database)?.objects.get(path.name);
  }

  dispose(): void {
    this.changes.dispose();
  }
}
