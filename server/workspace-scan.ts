/**
 * Finds the .sql files of the workspace folders (bounded: no node_modules, .git, dist, out; at
 * most `limit` files) and feeds each to a callback, yielding to the event loop between files so
 * requests keep being answered while a large workspace is indexed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SKIP = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', 'target']);
const SQL = /\.(sql|fsql)$/i;

export async function sqlFilesUnder(root: string, limit: number): Promise<string[]> {
  const out: string[] = [];
  const queue = [root];
  while (queue.length && out.length < limit) {
    const dir = queue.shift()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !e.name.startsWith('.')) queue.push(join(dir, e.name));
      } else if (e.isFile() && SQL.test(e.name) && out.length < limit) out.push(join(dir, e.name));
    }
  }
  return out;
}

export async function scanWorkspace(folderUris: readonly string[], onFile: (uri: string, text: string) => void, limit = 2000): Promise<number> {
  let n = 0;
  for (const folder of folderUris) {
    if (!folder.startsWith('file:')) continue;
    for (const path of await sqlFilesUnder(fileURLToPath(folder), limit - n)) {
      try {
        onFile(pathToFileURL(path).toString(), await readFile(path, 'utf8'));
        n++;
      } catch {
        // unreadable file: skip
      }
      await new Promise((r) => setImmediate(r));
    }
  }
  return n;
}
