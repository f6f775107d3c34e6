/**
 * Expands the CLI's file arguments: plain files, folders (every .sql/.fsql/.flink.sql file
 * below, sorted) and simple globs (`*`, `**`, `?`). A pattern that matches nothing is an
 * error that names it, so a typo in CI never passes silently.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from './args';

const SQL_FILE = /\.(sql|fsql)$/i;

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (SQL_FILE.test(name)) out.push(p);
  }
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function expandFileArgs(args: readonly string[], cwd = process.cwd()): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    if (/[*?]/.test(arg)) {
      const base = resolve(cwd, arg.slice(0, arg.search(/[*?]/)).replace(/[^/]*$/, '') || '.');
      const re = globToRegExp(relative(base, abs).split(sep).join('/'));
      const all: string[] = [];
      if (existsSync(base)) walk(base, all);
      const hits = all.filter((p) => re.test(relative(base, p).split(sep).join('/')));
      if (hits.length === 0) throw new UsageError(`no SQL files match '${arg}'`);
      out.push(...hits);
    } else if (!existsSync(abs)) {
      throw new UsageError(`no such file or folder: ${arg}`);
    } else if (statSync(abs).isDirectory()) {
      const before = out.length;
      walk(abs, out);
      if (out.length === before) throw new UsageError(`no .sql, .fsql or .flink.sql files in folder ${arg}`);
    } else out.push(abs);
  }
  // Paths below the working folder print relative to it; others stay absolute.
  return [...new Set(out)].map((p) => {
    const rel = relative(cwd, p);
    return rel && !rel.startsWith('..') ? rel : p;
  });
}
