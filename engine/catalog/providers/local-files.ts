/**
 * The on-disk layout of the local catalog store and its crash-safe writes.
 *
 *   <stateDir>/catalog/<catalog>/.catalog.json
 *   <stateDir>/catalog/<catalog>/<database>/.database.json      (info and functions)
 *   <stateDir>/catalog/<catalog>/<database>/<table>.json         (a table or a view)
 *
 * Names are kept as file names where they are plain (`[A-Za-z0-9_-]`); any other character
 * (including `.`, `/` and `%`) is written as `%XX` of its UTF-8 bytes, so every name maps to
 * exactly one file, no name escapes its folder, and the dot files cannot collide with tables.
 * (On a case-insensitive file system, two tables differing only in case share a file.)
 *
 * Every file is written to a temporary sibling, flushed, and renamed over the target, so a
 * crash leaves either the old or the new definition, never a torn one. Temporary files end in
 * `.tmp` and are ignored by the loader.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';

export const CATALOG_FILE = '.catalog.json';
export const DATABASE_FILE = '.database.json';
export const TEMP_SUFFIX = '.tmp';

export function encodeName(name: string): string {
  let out = '';
  for (const ch of name) {
    if (/^[A-Za-z0-9_-]$/.test(ch)) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

export function decodeName(encoded: string): string {
  return decodeURIComponent(encoded);
}

export class LocalLayout {
  readonly root: string;

  constructor(readonly stateDir: string) {
    this.root = join(stateDir, 'catalog');
  }

  catalogDir(catalog: string): string {
    return join(this.root, encodeName(catalog));
  }

  catalogFile(catalog: string): string {
    return join(this.catalogDir(catalog), CATALOG_FILE);
  }

  databaseDir(catalog: string, database: string): string {
    return join(this.catalogDir(catalog), encodeName(database));
  }

  databaseFile(catalog: string, database: string): string {
    return join(this.databaseDir(catalog, database), DATABASE_FILE);
  }

  objectFile(catalog: string, database: string, name: string): string {
    return join(this.databaseDir(catalog, database), encodeName(name) + '.json');
  }
}

/** Writes `text` to `file` atomically: temp file, fsync, rename, then fsync the folder. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  try {
    const h = await fs.open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // Not every platform can fsync a directory (Windows); the rename is still atomic.
  }
}

/** Removes a folder tree so that it disappears at once: rename aside, then delete. */
export async function removeDirAtomic(dir: string): Promise<void> {
  const aside = join(dirname(dir), `.dropped-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
  try {
    await fs.rename(dir, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  await fs.rm(aside, { recursive: true, force: true });
}

export async function removeFile(file: string): Promise<void> {
  await fs.rm(file, { force: true });
  await syncDir(dirname(file));
}
