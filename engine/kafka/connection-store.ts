/**
 * The engine host's configured connections: `<stateDir>/connections.json` holds what is not
 * secret (publicSpec: brokers, mechanisms, user names, CA and client certificates, registry
 * URL); passwords and private keys live in this process's memory only, so after a restart a
 * connection that needs one is listed with what is missing until the extension sends it again
 * (from VS Code's SecretStorage). The file is replaced atomically (writeFileAtomic), mode 0600.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../catalog/providers/local-files';
import { ConnectionConfigError, parseConnectionSpec, publicSpec, type ConnectionSpec } from './connections';

export const CONNECTIONS_FILE = 'connections.json';

export class ConnectionStore {
  private readonly specs = new Map<string, ConnectionSpec>();

  private constructor(readonly file: string) {}

  /** Reads `<stateDir>/connections.json` (absent: none); a corrupt file is an error naming it. */
  static open(stateDir: string): ConnectionStore {
    mkdirSync(stateDir, { recursive: true });
    const store = new ConnectionStore(join(stateDir, CONNECTIONS_FILE));
    let text: string | undefined;
    try {
      text = readFileSync(store.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (text !== undefined) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new ConnectionConfigError(`${store.file} is not valid JSON (${(e as Error).message}); fix or delete it (it holds no secrets)`);
      }
      const list = (json as { connections?: unknown })?.connections;
      if (!Array.isArray(list)) throw new ConnectionConfigError(`${store.file}: expected { "connections": [...] }; fix or delete it`);
      list.forEach((c, i) => {
        const spec = parseConnectionSpec(c, `${store.file}: connections[${i}]`);
        store.specs.set(spec.name, spec);
      });
    }
    return store;
  }

  list(): ConnectionSpec[] {
    return [...this.specs.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(name: string): ConnectionSpec | undefined {
    return this.specs.get(name);
  }

  /** Adds or replaces a connection (secrets kept in memory, the rest written to disk). */
  async set(spec: ConnectionSpec): Promise<void> {
    this.specs.set(spec.name, spec);
    await this.save();
  }

  /** Removes a connection; false when there was none of that name. */
  async delete(name: string): Promise<boolean> {
    const had = this.specs.delete(name);
    if (had) await this.save();
    return had;
  }

  private writing: Promise<void> = Promise.resolve();

  /** Writes are queued, so the file always ends with the last state. */
  private save(): Promise<void> {
    const text = JSON.stringify({ connections: this.list().map(publicSpec) }, null, 2) + '\n';
    this.writing = this.writing
      .catch(() => undefined)
      .then(async () => {
        await writeFileAtomic(this.file, text);
        await chmod(this.file, 0o600);
      });
    return this.writing;
  }
}
