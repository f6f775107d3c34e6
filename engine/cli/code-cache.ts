/**
 * Loads a CommonJS bundle with a V8 code cache, as Node 22's `module.enableCompileCache()`
 * does (Node 20 has no such switch): the first run compiles the bundle and leaves V8's cached
 * data in the temp folder; later runs hand it back to V8, which then skips compiling the
 * ~4 MB bundle and every function the cache already holds. The cache is keyed by the bundle
 * (path, size, mtime) and the Node version and architecture; V8 itself refuses data that does
 * not match (another V8, other flags), and a refused or unreadable cache is simply rewritten.
 * Writes go to a temporary name and are renamed into place, so concurrent runs never read a
 * partial file. `TIDELINE_NO_CODE_CACHE=1` loads without it (the benchmark's cold figure).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

type ModuleInternals = Module & { filename: string; paths: string[]; loaded: boolean };
type NodePaths = { _nodeModulePaths(from: string): string[] };

/** Where the cache of `file` lives: one name per bundle version, Node version and architecture. */
function cachePath(file: string, st: Stats): { dir: string; name: string; prefix: string } {
  const key = createHash('sha256').update(`${file}\0${st.size}\0${st.mtimeMs}\0${process.version}\0${process.arch}`).digest('hex').slice(0, 16);
  const prefix = `${basename(file, '.js')}-`;
  return { dir: join(tmpdir(), 'tideline-code-cache'), name: `${prefix}${key}.v8`, prefix };
}

function writeCache(dir: string, name: string, prefix: string, data: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${name}.${process.pid}.tmp`);
    writeFileSync(tmp, data);
    renameSync(tmp, join(dir, name));
    // Caches of earlier builds of the same bundle are of no use any more.
    for (const other of readdirSync(dir)) {
      if (other !== name && other.startsWith(prefix) && other.endsWith('.v8')) unlinkSync(join(dir, other));
    }
  } catch {
    // A cache that cannot be written only costs the next run its compile time.
  }
}

/** `require(file)` through a V8 code cache; returns the module's exports. */
export function requireWithCodeCache(file: string): unknown {
  if (process.env['TIDELINE_NO_CODE_CACHE'] === '1') return createRequire(__filename)(file);
  // The key and the text from one open file, checked unchanged while read (a build writing it
  // meanwhile must not pair new text with the cache of the old).
  const fd = openSync(file, 'r');
  let source: string;
  let st: Stats;
  try {
    st = fstatSync(fd);
    source = readFileSync(fd, 'utf8');
    const after = fstatSync(fd);
    if (after.size !== st.size || after.mtimeMs !== st.mtimeMs) return createRequire(__filename)(file);
  } finally {
    closeSync(fd);
  }
  const { dir, name, prefix } = cachePath(file, st);
  let cached: Buffer | undefined;
  try {
    cached = readFileSync(join(dir, name));
  } catch {
    cached = undefined;
  }
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  // The CommonJS wrapper on the first line, so line numbers in stack traces stay the bundle's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cached ? { cachedData: cached } : {}),
  });
  const mod = new Module(file, module) as ModuleInternals;
  mod.filename = file;
  mod.paths = (Module as unknown as NodePaths)._nodeModulePaths(dirname(file));
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: Module, f: string, d: string) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  const usable = cached !== undefined && !script.cachedDataRejected;
  if (!usable) {
    // Written now (after the bundle's top level ran), so even a run that is killed right after
    // its first output leaves a cache; and once more at exit with what the run compiled since.
    writeCache(dir, name, prefix, script.createCachedData());
    process.once('exit', () => writeCache(dir, name, prefix, script.createCachedData()));
  }
  return mod.exports;
}
