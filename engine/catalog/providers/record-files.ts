/**
 * A folder of one JSON file per named record (statements, retained results): every file read
 * at open, each write atomic (writeFileAtomic) and, per name, in the order they were asked for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { encodeName, writeFileAtomic } from './local-files';

export class RecordFiles {
  private readonly writes = new Map<string, Promise<void>>();

  constructor(readonly dir: string) {}

  /** Each `.json` file's path and text (none when the folder does not exist). */
  readAll(): Array<{ file: string; text: string }> {
    let names: string[] = [];
    try {
      names = readdirSync(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    return names.filter((f) => f.endsWith('.json')).map((f) => ({ file: join(this.dir, f), text: readFileSync(join(this.dir, f), 'utf8') }));
  }

  file(name: string): string {
    return join(this.dir, encodeName(name) + '.json');
  }

  write(name: string, text: string): Promise<void> {
    return this.chain(name, () => writeFileAtomic(this.file(name), text));
  }

  remove(name: string): Promise<void> {
    return this.chain(name, () => fs.rm(this.file(name), { force: true }));
  }

  /** Writes of one name happen in order. */
  private chain(name: string, op: () => Promise<void>): Promise<void> {
    const p = (this.writes.get(name) ?? Promise.resolve()).catch(() => undefined).then(op);
    this.writes.set(name, p);
    return p;
  }
}
