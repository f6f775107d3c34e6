/**
 * Pools and statements together: submit checks the pool and its region, records the
 * statement PENDING, asks the pool's slot allocator for slots (the autoscaler's starting
 * parallelism), starts it through the StatementRunner once granted and meters the slots it
 * holds until it completes, fails or is stopped.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type AutoscalerConfig, decideParallelism, DEFAULT_AUTOSCALER } from './autoscaler';
import { isActive, TransitionError } from './lifecycle';
import { type Clock, Meter } from './metering';
import { PoolError, type Pool } from './pool';
import { PoolRegistry, type PoolSpec, type PoolUpdate } from './pool-registry';
import { checkInRegion } from './region';
import type { RunHandle, StatementContext, StatementRunner } from './runner';
import { SlotAllocator } from './slot-allocator';
import { phaseOf, StatementStore, type StatementRecord } from './statement-store';

export interface SubmitRequest {
  readonly name?: string;
  readonly pool: string;
  readonly principal: string;
  readonly sql: string;
  readonly context?: StatementContext;
  /** Set when `principal` is a service principal the statement runs as (`runAs`): who submitted it. */
  readonly submittedBy?: string;
}

/** A change the autoscaler made: slots held before and after, and why. */
export interface ScaleChange {
  readonly statement: string;
  readonly from: number;
  readonly to: number;
  readonly reason: string;
}

/** The autoscaler's last decision about a statement, and when it was made. */
export interface ScaleDecisionRecord {
  readonly parallelism: number;
  readonly reason: string;
  readonly at: number;
}

export class PoolService {
  private readonly allocators = new Map<string, SlotAllocator>();
  private readonly decisions = new Map<string, ScaleDecisionRecord>();
  private readonly handles = new Map<string, RunHandle>();
  private readonly splits = new Map<string, number>();
  private seq = 0;

  private constructor(
    readonly pools: PoolRegistry,
    readonly statements: StatementStore,
    readonly meter: Meter,
    private readonly runner: StatementRunner,
    private readonly clock: Clock,
    private readonly stateDir: string,
  ) {}

  /**
   * Opens the state directory and picks up the statements that were active when the host
   * went away: RUNNING and DEGRADED ones resume from their last checkpoint by themselves
   * (recorded STOPPED, then PENDING, with the reason), PENDING ones wait for slots again, and
   * STOPPING ones (and DDL) are recorded STOPPED; `resume` starts those again.
   */
  static async open(stateDir: string, runner: StatementRunner, clock: Clock = Date.now): Promise<PoolService> {
    const svc = new PoolService(await PoolRegistry.open(stateDir, clock), StatementStore.open(stateDir), new Meter(stateDir, clock), runner, clock, stateDir);
    const requeue: string[] = [];
    for (const s of svc.statements.list()) {
      const phase = phaseOf(s);
      if (!isActive(phase)) continue;
      if (phase === 'PENDING') {
        requeue.push(s.name);
        continue;
      }
      const resume = (phase === 'RUNNING' || phase === 'DEGRADED') && s.kind !== 'ddl' && svc.pools.get(s.pool) !== undefined;
      if (phase !== 'STOPPING') await svc.statements.transition(s.name, 'STOPPING', clock(), 'engine host restarted');
      await svc.statements.transition(s.name, 'STOPPED', clock(), resume ? 'engine host restarted' : 'engine host restarted; resume it to run again');
      if (resume) {
        await svc.statements.transition(s.name, 'PENDING', clock(), 'engine host restarted; resuming from its last checkpoint');
        requeue.push(s.name);
      }
    }
    for (const name of requeue) {
      try {
        if (!svc.splits.has(name)) {
          const s = svc.statements.require(name);
          svc.splits.set(name, (await runner.describe(s.sql, s.context)).splits);
        }
        await svc.requestSlots(name);
      } catch (e) {
        // e.g. a table it reads was dropped while the host was down: it cannot run again
        await svc.statements.transition(name, 'FAILED', clock(), `could not resume after the engine host restarted: ${e instanceof Error ? e.message : String(e)}`).catch(ignoreTransition);
      }
    }
    return svc;
  }

  /** Where a statement checkpoints (INSERTs resume from there). */
  checkpointDir(name: string): string {
    return join(this.stateDir, 'checkpoints', encodeURIComponent(name));
  }

  allocator(pool: string): SlotAllocator {
    let a = this.allocators.get(pool);
    if (!a) {
      a = new SlotAllocator(pool, this.pools.require(pool).maxCfu);
      this.allocators.set(pool, a);
    }
    return a;
  }

  poolStatus(pool: Pool): { cfuInUse: number; pending: number } {
    const a = this.allocators.get(pool.name);
    return { cfuInUse: a?.inUse ?? 0, pending: a?.waiting().length ?? 0 };
  }

  /** Slots (CFU) a statement holds now. */
  slotsOf(name: string): number {
    const s = this.statements.get(name);
    return s ? (this.allocators.get(s.pool)?.slotsOf(name) ?? 0) : 0;
  }

  createPool(spec: PoolSpec): Promise<Pool> {
    return this.pools.create(spec);
  }

  async updatePool(name: string, update: PoolUpdate): Promise<Pool> {
    // Running statements keep running under a new region or cap; new submissions see them.
    const p = await this.pools.update(name, update);
    this.allocators.get(name)?.setCapacity(p.maxCfu);
    return p;
  }

  async deletePool(name: string): Promise<void> {
    const active = this.statements.list().filter((s) => s.pool === name && isActive(phaseOf(s)));
    if (active.length > 0) {
      throw new PoolError(`pool '${name}' has ${active.length} active statement${active.length === 1 ? '' : 's'} (${active.slice(0, 5).map((s) => s.name).join(', ')}); stop them first`);
    }
    await this.pools.delete(name);
    this.allocators.delete(name);
  }

  async submit(req: SubmitRequest): Promise<StatementRecord> {
    const pool = this.pools.require(req.pool);
    const name = req.name ?? this.freshName();
    if (this.statements.get(name)) throw new PoolError(`a statement named '${name}' already exists`);
    const desc = await this.runner.describe(req.sql, req.context);
    if (req.submittedBy !== undefined && desc.kind !== undefined && desc.kind !== 'insert') {
      throw new PoolError(`only INSERT statements (long-running jobs) run as a service principal; this is a ${desc.kind} statement: submit it without runAs`);
    }
    checkInRegion(desc.clusters, pool);
    await this.statements.create({
      name,
      pool: pool.name,
      principal: req.principal,
      sql: req.sql,
      createdAt: this.clock(),
      ...(req.context ? { context: req.context } : {}),
      ...(desc.kind ? { kind: desc.kind } : {}),
      ...(req.submittedBy !== undefined ? { submittedBy: req.submittedBy } : {}),
    });
    this.splits.set(name, desc.splits);
    await this.requestSlots(name);
    return this.statements.require(name);
  }

  /** Starts a STOPPED statement again (it waits for slots like a new one); an INSERT continues from its last checkpoint. */
  async resume(name: string): Promise<StatementRecord> {
    const s = this.statements.require(name);
    this.pools.require(s.pool);
    if (phaseOf(s) !== 'STOPPED') throw new PoolError(`statement '${name}' is ${phaseOf(s)}; only a STOPPED statement can be resumed`);
    if (!this.splits.has(name)) this.splits.set(name, (await this.runner.describe(s.sql, s.context)).splits);
    await this.statements.transition(name, 'PENDING', this.clock(), 'resumed');
    await this.requestSlots(name);
    return this.statements.require(name);
  }

  async stop(name: string): Promise<StatementRecord> {
    const s = this.statements.require(name);
    const phase = phaseOf(s);
    if (!isActive(phase) || phase === 'STOPPING') throw new PoolError(`statement '${name}' is ${phase}; nothing to stop`);
    await this.statements.transition(name, 'STOPPING', this.clock(), 'stop requested');
    const handle = this.handles.get(name);
    let failure: string | undefined;
    if (handle) {
      try {
        await handle.stop();
      } catch (e) {
        failure = `stopping failed: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    this.releaseSlots(name);
    const st = this.statements.require(name);
    if (phaseOf(st) === 'STOPPING') await this.statements.transition(name, failure ? 'FAILED' : 'STOPPED', this.clock(), failure);
    return this.statements.require(name);
  }

  async delete(name: string): Promise<void> {
    const s = this.statements.require(name);
    if (isActive(phaseOf(s))) throw new PoolError(`statement '${name}' is ${phaseOf(s)}; stop it before deleting it`);
    this.splits.delete(name);
    await this.statements.delete(name);
    rmSync(this.checkpointDir(name), { recursive: true, force: true });
  }

  /**
   * One autoscaler round over every running statement that reports its load and can be
   * rescaled: the policy (autoscaler.ts) decides from the splits its sources read, the
   * records waiting at them, the arrival rate and what a slot processes, within what the
   * pool can give (its own slots plus the free ones: the pool's cap over all its statements
   * is never exceeded). The allocator's holding and the meter follow; the executor runs at
   * the slots held, at least one subtask. A statement idle past the idle period holds no slot
   * (scaled to zero, still RUNNING and polling its sources in the host) and wakes up when
   * records arrive. Every decision is kept (`scaling`); a change is also the reason of the
   * statement's phase. Returns the changes made.
   */
  async autoscaleOnce(config: AutoscalerConfig = DEFAULT_AUTOSCALER): Promise<ScaleChange[]> {
    const changes: ScaleChange[] = [];
    for (const [name, handle] of [...this.handles]) {
      const s = this.statements.get(name);
      if (!s || !handle.load || !handle.rescale) continue;
      const phase = phaseOf(s);
      if (phase !== 'RUNNING' && phase !== 'DEGRADED') continue;
      const load = handle.load();
      if (!load) continue;
      if (load.splits !== undefined) this.splits.set(name, Math.max(1, load.splits));
      const alloc = this.allocator(s.pool);
      const current = alloc.slotsOf(name);
      const d = decideParallelism({ current, splits: this.splits.get(name) ?? 1, cap: current + alloc.free, ...load }, config);
      this.decisions.set(name, { parallelism: d.parallelism, reason: d.reason, at: this.clock() });
      if (d.parallelism === current) continue;
      const granted = alloc.resize(name, d.parallelism);
      if (granted === current) continue;
      const subtasks = Math.max(1, granted);
      const reason = granted === 0 ? `scaled to zero: ${d.reason}` : `autoscaler: ${current} -> ${granted} CFU (${d.reason})`;
      const active = () => {
        const now = phaseOf(this.statements.require(name));
        return now === 'RUNNING' || now === 'DEGRADED';
      };
      // Recorded before the rescale's checkpoint: a crash right after it restarts the statement
      // at the new parallelism (a crash before it does too, from the previous checkpoint: state
      // restores at any parallelism).
      if (active()) await this.statements.scaled(name, granted, reason);
      try {
        if (subtasks !== Math.max(1, current)) await handle.rescale(subtasks);
      } catch (e) {
        alloc.resize(name, current);
        const failed = `rescale failed: ${e instanceof Error ? e.message : String(e)}`;
        if (active()) await this.statements.scaled(name, current, `autoscaler: ${failed}`);
        changes.push({ statement: name, from: current, to: current, reason: failed });
        continue;
      }
      this.meter.hold(name, s.pool, granted);
      changes.push({ statement: name, from: current, to: granted, reason: d.reason });
    }
    return changes;
  }

  /** The autoscaler's last decision about a running statement (statements/get shows it). */
  scalingOf(name: string): ScaleDecisionRecord | undefined {
    return this.handles.has(name) ? this.decisions.get(name) : undefined;
  }

  /** Stops metering (closing open segments) — for a clean host shutdown. */
  async close(): Promise<void> {
    this.meter.flushOpen();
    await this.meter.settled();
  }

  private freshName(): string {
    for (;;) {
      const n = `statement-${this.clock().toString(36)}-${(++this.seq).toString(36)}`;
      if (!this.statements.get(n)) return n;
    }
  }

  private async requestSlots(name: string): Promise<void> {
    const s = this.statements.require(name);
    const alloc = this.allocator(s.pool);
    // A statement the autoscaler had rescaled asks for what it last held (it resumes from the checkpoint its rescale wrote).
    const want = Math.max(1, s.parallelism ?? decideParallelism({ current: 0, splits: this.splits.get(name) ?? 1, cap: alloc.capacity, idleForMs: 0 }).parallelism);
    const r = alloc.request(name, want, (slots) => void this.start(name, slots).catch(() => undefined));
    if ('granted' in r) await this.start(name, r.granted);
    else await this.statements.setReason(name, r.pending);
  }

  private async start(name: string, slots: number): Promise<void> {
    const s = this.statements.require(name);
    if (phaseOf(s) !== 'PENDING') {
      this.allocator(s.pool).release(name);
      return;
    }
    // The phase changes in memory at once (so grants start in FIFO order); the write follows.
    const persisted = this.statements.transition(name, 'RUNNING', this.clock(), `${slots} CFU`);
    this.meter.hold(name, s.pool, slots);
    const ended = (phase: 'COMPLETED' | 'FAILED', reason?: string) => {
      this.releaseSlots(name);
      void this.statements.transition(name, phase, this.clock(), reason).catch(ignoreTransition);
    };
    try {
      const handle = this.runner.start(
        { name, sql: s.sql, pool: s.pool, principal: s.principal, parallelism: slots, checkpointDir: this.checkpointDir(name), ...(s.context ? { context: s.context } : {}) },
        {
          completed: () => ended('COMPLETED'),
          failed: (reason) => ended('FAILED', reason),
          degraded: (reason) => void this.statements.transition(name, 'DEGRADED', this.clock(), reason).catch(ignoreTransition),
          recovered: () => void this.statements.transition(name, 'RUNNING', this.clock(), 'recovered').catch(ignoreTransition),
        },
      );
      // A runner may report completion or failure from inside start(): keep no handle then.
      const now = phaseOf(this.statements.require(name));
      if (now === 'RUNNING' || now === 'DEGRADED') this.handles.set(name, handle);
    } catch (e) {
      ended('FAILED', e instanceof Error ? e.message : String(e));
    }
    await persisted;
  }

  private releaseSlots(name: string): void {
    const s = this.statements.get(name);
    this.handles.delete(name);
    this.decisions.delete(name);
    if (!s) return;
    this.meter.hold(name, s.pool, 0);
    this.allocators.get(s.pool)?.release(name);
  }
}

function ignoreTransition(e: unknown): void {
  if (!(e instanceof TransitionError)) throw e;
}
