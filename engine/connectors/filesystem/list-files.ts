/** The files a filesystem table reads: the path itself, or every visible file below it in name order (names starting with `.` or `_` are skipped, as Flink does). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { OptionError } from '../options';

export function listFiles(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new OptionError(`path '${path}' does not exist`);
  }
  if (st.isFile()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(path);
  return out;
}
