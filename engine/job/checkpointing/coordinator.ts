/**
 * Checkpoints of one running job: restores the latest valid checkpoint before the executor
 * opens, takes one every interval and at a clean stop or end, and drives the two-phase commit
 * of exactly-once sinks around each (prepare -> checkpoint durably written -> commit). Sinks
 * without transactions are at-least-once: flushed before the checkpoint is written.
 *
 * A finished job (every source ended) commits its last checkpoint and removes its checkpoints:
 * running it again starts over. A stopped job keeps them: running it again resumes.
 */
import type { Sink, SinkTransactions, SourceOffsets } from '../../connectors/api';
import { KafkaSource } from '../../connectors/kafka/kafka-source';
import type { Checkpoint } from '../../runtime/executor/checkpoint';
import type { Executor } from '../../runtime/executor/executor';
import type { DataflowGraph } from '../../runtime/executor/graph';
import type { Json } from '../../runtime/state/codec';
import { CheckpointStore, type StoredCheckpoint } from './checkpoint-store';

export interface CheckpointOptions {
  /** The job's checkpoint directory (one per statement). */
  readonly dir: string;
  /** Time between checkpoints (Flink's `execution.checkpointing.interval`). */
  readonly intervalMs: number;
  /** Discard the checkpoints in `dir` and start over. */
  readonly fromScratch?: boolean;
  /** Where skipped checkpoints and restores are reported. */
  readonly log?: (message: string) => void;
  /**
   * A query's retained result, checkpointed with its state and source positions: each
   * checkpoint holds its snapshot, and a restore rolls it back to the checkpoint's (the rows
   * after it are replayed), so it ends as an uninterrupted run's.
   */
  readonly results?: CheckpointedResult;
}

/** What a checkpointed query's result offers its checkpoints. */
export interface CheckpointedResult {
  snapshot(): Json;
  /** Called once before the run starts: the snapshot of the checkpoint resumed from, or undefined (from the start). */
  restore(saved: Json | undefined): void;
}

export interface Restored {
  /** The checkpoint to build the executor from, if any. */
  readonly checkpoint?: Checkpoint;
  /** The restored checkpoint was taken after the job ended: nothing is left to run. */
  readonly finished: boolean;
}

export class CheckpointCoordinator {
  readonly store: CheckpointStore;
  private readonly txns = new Map<string, SinkTransactions>();
  private readonly plain: Sink[] = [];
  /** Tables of the at-least-once sinks (named when the job resumes). */
  private readonly plainTables: string[] = [];
  private nextId = 1;
  private last = Date.now();
  /** The job's progress at the last checkpoint (see `due`). */
  private progress = 0;
  /** Checkpoints taken by this run. */
  taken = 0;

  /** `sinks` are the graph's connector sinks, in the order of its sink nodes. */
  constructor(
    private readonly graph: DataflowGraph,
    sinks: readonly Sink[],
    private readonly fingerprint: string,
    private readonly options: CheckpointOptions,
  ) {
    this.store = new CheckpointStore(options.dir, options.log ? { log: options.log } : {});
    const ids = graph.nodes.filter((n) => n.kind === 'sink' && !n.id.endsWith('-Collect')).map((n) => n.id);
    sinks.forEach((s, i) => {
      const t = s.transactions?.();
      if (t && ids[i] !== undefined) this.txns.set(ids[i]!, t);
      else {
        this.plain.push(s);
        if (ids[i] !== undefined) this.plainTables.push(ids[i]!.replace(/^\d+-Sink:/, ''));
      }
    });
  }

  /**
   * Finds the checkpoint to resume from, finishes its transactions and begins new ones.
   * Throws when the checkpoints belong to a different job.
   */
  async restore(): Promise<Restored> {
    if (this.options.fromScratch) this.store.clear();
    let cp = this.store.latest();
    if (cp && cp.fingerprint !== this.fingerprint) {
      throw new Error(
        `the checkpoints in ${this.options.dir} were taken by a different job (the statement or the tables it uses changed); discard them to start over (tideline run --from-scratch)`,
      );
    }
    // A sink that cannot finish a prepared transaction after a crash (Kafka aborts it) rolls
    // the job back to the newest checkpoint it committed.
    let committed = Number.POSITIVE_INFINITY;
    for (const t of this.txns.values()) {
      if (!t.lastCommittedCheckpoint) continue;
      committed = Math.min(committed, (await t.lastCommittedCheckpoint()) ?? 0);
    }
    if (cp && committed < cp.id) {
      const ids = this.store.ids();
      const back = this.store.read(committed);
      if (back === undefined && ids.some((id) => id <= committed)) {
        throw new Error(`checkpoint ${committed} in ${this.options.dir}, whose output the sink committed, is missing or damaged; restoring another one would lose or repeat output`);
      }
      this.options.log?.(`checkpoint ${cp.id} was written but its transaction was not committed; resuming from ${back ? `checkpoint ${committed}` : 'the start'}`);
      cp = back;
    }
    // Whatever is newer than the checkpoint resumed from was never completed (or rolled back).
    this.store.dropAfter(cp?.id ?? 0);
    for (const [id, t] of this.txns) {
      await t.recover(cp?.sinks[id]);
      await t.begin();
    }
    this.nextId = Math.max(this.store.nextId(), Number.isFinite(committed) ? committed + 1 : 1);
    this.last = Date.now();
    if (cp?.finished) {
      this.store.clear();
      return { finished: true };
    }
    this.options.results?.restore(cp?.result);
    if (cp) {
      const alo = this.plainTables.length > 0 ? `; ${this.plainTables.join(', ')} ${this.plainTables.length === 1 ? 'is' : 'are'} at-least-once: rows written since then are written again` : '';
      this.options.log?.(`resuming from checkpoint ${cp.id} (${new Date(cp.takenAt).toISOString()})${alo}`);
    }
    return cp ? { checkpoint: cp, finished: false } : { finished: false };
  }

  /**
   * Whether a periodic checkpoint is due: the interval passed and the job moved since the last
   * one (`progress`: rows read plus rows written so far), so an idle job does not rewrite the
   * same state every interval.
   */
  due(progress: number, now = Date.now()): boolean {
    if (now - this.last < this.options.intervalMs) return false;
    if (progress === this.progress) {
      this.last = now;
      return false;
    }
    this.progress = progress;
    return true;
  }

  /**
   * Takes a checkpoint between executor rounds: state and positions, sinks' transactions
   * prepared, written durably, then committed. `finished`: the job ended; its checkpoints
   * are removed once committed. `parallelism`: the job rescales to it right after this
   * checkpoint (recorded, and said in the log).
   */
  async take(ex: Executor, finished: boolean, parallelism?: number): Promise<StoredCheckpoint> {
    const id = this.nextId++;
    // Outputs still computed on worker threads reach the sinks before anything is recorded.
    await ex.settle();
    // A finished job's last checkpoint is never run again (restoring it only completes its
    // transactions), so its operator state is left out.
    const base = finished ? { ...ex.checkpoint(false), operators: {} } : ex.checkpoint();
    // At-least-once sinks: what they were given is durable before the positions move on (a
    // finished executor already flushed and closed them).
    if (!ex.isFinished) for (const s of this.plain) await s.flush();
    const offsets = this.sourceOffsets(base);
    const sinks: Record<string, Json> = {};
    for (const [nid, t] of this.txns) sinks[nid] = (await t.prepare(id, offsets, this.store.staging(id, nid))) as Json;
    const result = this.options.results && !finished ? { result: this.options.results.snapshot() } : {};
    const cp: StoredCheckpoint = { ...base, id, takenAt: Date.now(), fingerprint: this.fingerprint, finished, sinks, ...(parallelism !== undefined ? { parallelism } : {}), ...result };
    await this.store.write(cp);
    for (const [nid, t] of this.txns) await t.commit(sinks[nid]!);
    if (parallelism !== undefined) this.options.log?.(`checkpoint ${id} written before rescaling to ${parallelism}`);
    if (finished) this.store.clear();
    this.last = Date.now();
    this.taken++;
    return cp;
  }

  /** Releases the exactly-once sinks (after the last checkpoint). */
  async close(): Promise<void> {
    for (const t of this.txns.values()) await t.close();
  }

  /** The checkpoint's positions of Kafka sources that read under a consumer group. */
  private sourceOffsets(cp: Checkpoint): SourceOffsets[] {
    const out: SourceOffsets[] = [];
    for (const n of this.graph.nodes) {
      if (n.kind !== 'source' || !(n.source instanceof KafkaSource)) continue;
      const groupId = n.source.t.ctx.options['properties.group.id'];
      const positions = cp.sources[n.id]?.positions;
      if (!groupId || !positions) continue;
      for (const [split, offset] of Object.entries(positions)) {
        if (typeof offset === 'number') out.push({ groupId, topic: n.source.t.topic, partition: Number(split.slice('partition-'.length)), offset });
      }
    }
    return out;
  }
}
