/**
 * The workspace's .sql files as the server knows them: indexed on start (with a progress
 * notification), kept up to date from open documents (re-indexed when a request needs it, or
 * after a second without edits; not per keystroke), from closes (the file on disk again) and
 * from watched-file events for files that are not open. Each file feeds workspace symbols and
 * the workspace tables (declarations in the catalog, where tables are named: definition,
 * references, rename across files); the server checks open documents again when the
 * declarations change (the workspace provider's onDidChange).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver/node';
import { createLanguageDocument, type WorkspaceSymbolIndex } from '../engine/language';
import type { WorkspaceTables } from '../engine/language/workspace-tables';
import type { OpenDocuments } from './documents';
import { scanWorkspace, sqlFilesUnder } from './workspace-scan';

/** How long after the last edit an open document is indexed again. */
const IDLE_MS = 1000;

export class WorkspaceIndex {
  /** Open documents changed since they were last indexed. */
  private readonly dirty = new Set<string>();
  private idle: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    readonly tables: WorkspaceTables,
    private readonly symbols: WorkspaceSymbolIndex,
    private readonly documents: OpenDocuments,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Indexes every .sql file of the folders, twice: the first pass declares each file's tables,
   * the second resolves the names each file uses against all of them (a file may use a table
   * another file declares). Open documents are indexed from their text, not the disk.
   */
  async scan(folderUris: readonly string[]): Promise<number> {
    const progress = await this.connection.window.createWorkDoneProgress();
    try {
      let total = 0;
      for (const f of folderUris) if (f.startsWith('file:')) total += (await sqlFilesUnder(fileURLToPath(f), 2000)).length;
      progress.begin('Indexing Flink SQL files', 0, `${total} files`, false);
      const texts = new Map<string, string>();
      await scanWorkspace(folderUris, (uri, text) => {
        texts.set(uri, this.documents.get(uri)?.doc.text ?? text);
        this.index(uri, texts.get(uri)!);
        progress.report(Math.round((texts.size / Math.max(1, total)) * 50), `${texts.size} of ${total} files`);
      });
      let n = 0;
      for (const [uri, text] of texts) {
        this.tables.update(uri, this.documents.get(uri)?.doc.text ?? text);
        progress.report(50 + Math.round((++n / Math.max(1, texts.size)) * 50));
        await new Promise((r) => setImmediate(r));
      }
      for (const uri of this.documents.uris()) this.dirty.add(uri);
      return texts.size;
    } finally {
      progress.done();
    }
  }

  /** An open document changed (or opened): re-indexed when a request next needs the index. */
  touched(uri: string): void {
    this.dirty.add(uri);
    if (this.idle) clearTimeout(this.idle);
    // declarations typed in an open document reach the other documents once typing pauses
    this.idle = setTimeout(() => {
      this.idle = undefined;
      this.fresh();
    }, IDLE_MS);
  }

  /** Re-indexes the open documents that changed; call before reading `tables`. */
  fresh(): void {
    if (this.dirty.size === 0) return;
    for (const uri of this.dirty) {
      const d = this.documents.get(uri);
      if (d) this.index(uri, d.doc.text);
    }
    this.dirty.clear();
  }

  /** A document was closed: what counts again is the file on disk (gone: forgotten). */
  async closed(uri: string): Promise<void> {
    this.dirty.delete(uri);
    await this.fromDisk(uri);
  }

  /** workspace/didChangeWatchedFiles: files changed on disk (open documents are the editor's). */
  async watched(changes: readonly FileEvent[]): Promise<void> {
    for (const c of changes) {
      if (!/\.(sql|fsql)$/i.test(c.uri) || this.documents.get(c.uri)) continue;
      if (c.type === FileChangeType.Deleted) this.forget(c.uri);
      else await this.fromDisk(c.uri);
    }
  }

  private async fromDisk(uri: string): Promise<void> {
    if (!uri.startsWith('file:')) return this.forget(uri);
    try {
      this.index(uri, await readFile(fileURLToPath(uri), 'utf8'));
    } catch {
      this.forget(uri);
    }
  }

  private forget(uri: string): void {
    this.tables.remove(uri);
    this.symbols.remove(uri);
  }

  private index(uri: string, text: string): void {
    try {
      this.symbols.update(uri, this.documents.get(uri)?.doc ?? createLanguageDocument(text));
      this.tables.update(uri, text);
    } catch (err) {
      this.log(`indexing ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
}
