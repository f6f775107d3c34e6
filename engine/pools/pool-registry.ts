/**
 * The persisted registry of pools: `<stateDir>/pools/pools.json`, written atomically (temp
 * file, fsync, rename). The default pool always exists and cannot be deleted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../catalog/providers/local-files';
import {
  DEFAULT_POOL_NAME,
  defaultPool,
  PoolError,
  validateKind,
  validateMaxCfu,
  validatePoolName,
  validateRegion,
  type Pool,
} from './pool';

export interface PoolSpec {
  readonly name: string;
  readonly maxCfu?: number;
  readonly region?: readonly string[];
  readonly kind?: string;
}

export interface PoolUpdate {
  readonly maxCfu?: number;
  readonly region?: readonly string[];
}

interface PoolsFile {
  readonly version: 1;
  readonly pools: Pool[];
}

export class PoolRegistry {
  private readonly pools = new Map<string, Pool>();
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly now: () => number,
  ) {}

  static async open(stateDir: string, now: () => number = Date.now): Promise<PoolRegistry> {
    const reg = new PoolRegistry(join(stateDir, 'pools', 'pools.json'), now);
    let text: string | undefined;
    try {
      text = readFileSync(reg.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (text !== undefined) {
      let parsed: PoolsFile;
      try {
        parsed = JSON.parse(text) as PoolsFile;
      } catch (e) {
        throw new PoolError(`the pool registry ${reg.file} is not valid JSON (${(e as Error).message}); fix or remove it`);
      }
      for (const p of parsed.pools) reg.pools.set(p.name, p);
    }
    if (!reg.pools.has(DEFAULT_POOL_NAME)) {
      reg.pools.set(DEFAULT_POOL_NAME, defaultPool(now()));
      await reg.save();
    }
    return reg;
  }

  list(): Pool[] {
    return [...this.pools.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(name: string): Pool | undefined {
    return this.pools.get(name);
  }

  /** The pool or a PoolError naming the known pools. */
  require(name: string): Pool {
    const p = this.pools.get(name);
    if (!p) throw new PoolError(`no pool named '${name.slice(0, 80)}' (pools: ${[...this.pools.keys()].sort().join(', ')})`);
    return p;
  }

  async create(spec: PoolSpec): Promise<Pool> {
    validatePoolName(spec.name);
    if (this.pools.has(spec.name)) throw new PoolError(`a pool named '${spec.name}' already exists`);
    const maxCfu = spec.maxCfu ?? 1;
    validateMaxCfu(maxCfu);
    const t = this.now();
    const pool: Pool = {
      name: spec.name,
      maxCfu,
      region: validateRegion(spec.region ?? ['local']),
      kind: validateKind(spec.kind ?? 'embedded'),
      createdAt: t,
      updatedAt: t,
    };
    this.pools.set(pool.name, pool);
    await this.save();
    return pool;
  }

  async update(name: string, update: PoolUpdate): Promise<Pool> {
    const old = this.require(name);
    if (update.maxCfu !== undefined) validateMaxCfu(update.maxCfu);
    const pool: Pool = {
      ...old,
      maxCfu: update.maxCfu ?? old.maxCfu,
      region: update.region ? validateRegion(update.region) : old.region,
      updatedAt: this.now(),
    };
    this.pools.set(name, pool);
    await this.save();
    return pool;
  }

  async delete(name: string): Promise<void> {
    this.require(name);
    if (name === DEFAULT_POOL_NAME) throw new PoolError(`the default pool cannot be deleted`);
    this.pools.delete(name);
    await this.save();
  }

  /** Writes are serialized so the file always holds the latest registry. */
  private save(): Promise<void> {
    const body: PoolsFile = { version: 1, pools: this.list() };
    const text = JSON.stringify(body, null, 2) + '\n';
    this.writing = this.writing.catch(() => undefined).then(() => writeFileAtomic(this.file, text));
    return this.writing;
  }
}
