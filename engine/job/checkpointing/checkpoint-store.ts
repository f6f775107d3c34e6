/**
 * The checkpoints of one job (a CLI INSERT, a pool statement) in one directory:
 * `chk-<id>.json`, each written whole or not at all (writeFileAtomic: temp file, fsync, rename,
 * fsync of the directory), the latest `keep` kept, each with the files sinks staged for it
 * (`chk-<id>.<sink>...`, see `staging`). A file is a header line
 * `tideline-checkpoint 1 <crc32 hex> <body bytes>` and a JSON body; loading skips a file whose
 * header, length, checksum or JSON does not check out (torn by a crash, damaged on disk) and
 * says why through `log`, so the job falls back to the checkpoint before it instead of failing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../catalog/providers/local-files';
import { crc32 } from '../../connectors/local/crc32';
import type { Checkpoint } from '../../runtime/executor/checkpoint';
import type { Json } from '../../runtime/state/codec';

const MAGIC = 'tideline-checkpoint';
const FILE = /^chk-(\d+)\.json$/;
/** Any file of a checkpoint: its JSON, a temp file of it, files a sink staged with it. */
const ANY = /^chk-(\d+)\./;
const prefix = (id: number) => `chk-${String(id).padStart(8, '0')}`;

/** A checkpoint as the store keeps it: the executor's part plus the job's own. */
export interface StoredCheckpoint extends Checkpoint {
  readonly id: number;
  readonly takenAt: number;
  /** What the job was (its physical plans); a different job refuses to restore from it. */
  readonly fingerprint: string;
  /** Taken after every source ended: restoring it has nothing left to run. */
  readonly finished: boolean;
  /** Per sink node id: the transaction prepared with this checkpoint (exactly-once sinks). */
  readonly sinks: Record<string, Json>;
  /** Taken to rescale: the parallelism the job ran at from here on. */
  readonly parallelism?: number;
  /** A query's retained result as it was at this checkpoint (engine host queries). */
  readonly result?: Json;
}

export interface CheckpointStoreOptions {
  /** How many checkpoints to keep (at least 2: a Kafka transaction may roll back to the one before). */
  readonly keep?: number;
  /** Where skipped files are reported. */
  readonly log?: (message: string) => void;
}

export class CheckpointStore {
  private readonly keep: number;
  private readonly log: (message: string) => void;

  constructor(
    readonly dir: string,
    options: CheckpointStoreOptions = {},
  ) {
    this.keep = Math.max(2, options.keep ?? 3);
    this.log = options.log ?? (() => undefined);
  }

  /** Ids of the checkpoint files present, newest first (valid or not). */
  ids(): number[] {
    return this.scan(FILE);
  }

  /** Ids of every file present that belongs to a checkpoint (its JSON, staged files, temp files). */
  private scan(pattern: RegExp): number[] {
    if (!existsSync(this.dir)) return [];
    const ids = new Set<number>();
    for (const f of readdirSync(this.dir)) {
      const m = pattern.exec(f);
      if (m) ids.add(Number(m[1]));
    }
    return [...ids].sort((a, b) => b - a);
  }

  /** The next id to use: one past every file present, so ids never repeat. */
  nextId(): number {
    return (this.scan(ANY)[0] ?? 0) + 1;
  }

  private file(id: number): string {
    return join(this.dir, `${prefix(id)}.json`);
  }

  /**
   * A path prefix for files a sink stages with checkpoint `id` (`<dir>/chk-<id>.<name>`):
   * they are removed with the checkpoint. Creates the folder.
   */
  staging(id: number, name: string): string {
    mkdirSync(this.dir, { recursive: true });
    return join(this.dir, `${prefix(id)}.${name.replace(/[^A-Za-z0-9_-]/g, '_')}`);
  }

  /** Removes checkpoint `id` and the files staged with it. */
  private remove(id: number): void {
    const p = `${prefix(id)}.`;
    for (const f of readdirSync(this.dir)) if (f.startsWith(p)) rmSync(join(this.dir, f), { force: true });
  }

  /** Writes a checkpoint durably and atomically, then drops the oldest beyond `keep`. */
  async write(cp: StoredCheckpoint): Promise<void> {
    const body = JSON.stringify(cp);
    const header = `${MAGIC} 1 ${crc32(Buffer.from(body, 'utf8')).toString(16).padStart(8, '0')} ${Buffer.byteLength(body, 'utf8')}\n`;
    await writeFileAtomic(this.file(cp.id), header + body);
    const keep = this.ids().slice(0, this.keep);
    const oldest = keep[keep.length - 1] ?? cp.id;
    for (const old of this.scan(ANY)) if (old < oldest) this.remove(old);
  }

  /** The newest valid checkpoint (with an id at most `atMost` when given), or undefined. */
  latest(atMost = Number.POSITIVE_INFINITY): StoredCheckpoint | undefined {
    for (const id of this.ids()) {
      if (id > atMost) continue;
      const cp = this.read(id);
      if (cp) return cp;
    }
    return undefined;
  }

  /** Reads one checkpoint; undefined (with the reason logged) when it is missing or invalid. */
  read(id: number): StoredCheckpoint | undefined {
    const file = this.file(id);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      this.log(`checkpoint ${file} skipped: cannot read it (${e instanceof Error ? e.message : String(e)})`);
      return undefined;
    }
    const why = invalidReason(bytes);
    if (typeof why === 'string') {
      this.log(`checkpoint ${file} skipped: ${why}`);
      return undefined;
    }
    if (why.id !== id) {
      this.log(`checkpoint ${file} skipped: it holds checkpoint ${why.id}`);
      return undefined;
    }
    return why;
  }

  /** Removes the checkpoints newer than `id` and anything staged for them (never completed, or rolled back). */
  dropAfter(id: number): void {
    for (const newer of this.scan(ANY)) if (newer > id) this.remove(newer);
  }

  /** Removes every checkpoint (the job finished, or the user asked to start over). */
  clear(): void {
    if (!existsSync(this.dir)) return;
    for (const f of readdirSync(this.dir)) if (ANY.test(f)) unlinkSync(join(this.dir, f));
  }
}

/** The checkpoint in `bytes`, or why it is not one. */
function invalidReason(bytes: Buffer): StoredCheckpoint | string {
  const nl = bytes.indexOf(10);
  if (nl < 0) return 'no header line (torn write?)';
  const m = new RegExp(`^${MAGIC} 1 ([0-9a-f]{8}) (\\d+)$`).exec(bytes.subarray(0, nl).toString('utf8'));
  if (!m) return 'the header is not a Tideline checkpoint header';
  const body = bytes.subarray(nl + 1);
  if (body.length !== Number(m[2])) return `the body has ${body.length} bytes, the header says ${m[2]} (torn write?)`;
  if (crc32(body) !== parseInt(m[1]!, 16)) return 'checksum mismatch (damaged on disk?)';
  let cp: unknown;
  try {
    cp = JSON.parse(body.toString('utf8'));
  } catch (e) {
    return `the body is not JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  if (typeof cp !== 'object' || cp === null || (cp as { version?: unknown }).version !== 1 || typeof (cp as { id?: unknown }).id !== 'number') {
    return 'not a version 1 checkpoint';
  }
  return cp as StoredCheckpoint;
}
