/**
 * Slots of one pool: the sum of slots held by its statements never exceeds the pool's cap.
 * A statement asks for `want` slots and gets between 1 and `want` when at least one is free
 * and nobody is queued ahead of it; otherwise it waits (PENDING, with the reason) and is
 * granted in FIFO order as slots free up. Held slots can later grow (up to what is free)
 * or shrink (autoscaler decisions).
 */

export interface Grant {
  readonly statement: string;
  readonly slots: number;
}

interface Waiter {
  readonly statement: string;
  readonly want: number;
  readonly onGrant: (slots: number) => void;
}

export type RequestResult = { granted: number } | { pending: string };

export class SlotAllocator {
  private readonly held = new Map<string, number>();
  private readonly queue: Waiter[] = [];

  constructor(
    readonly pool: string,
    private cap: number,
  ) {}

  get capacity(): number {
    return this.cap;
  }

  get inUse(): number {
    let n = 0;
    for (const v of this.held.values()) n += v;
    return n;
  }

  get free(): number {
    return Math.max(0, this.cap - this.inUse);
  }

  slotsOf(statement: string): number {
    return this.held.get(statement) ?? 0;
  }

  holders(): Grant[] {
    return [...this.held].map(([statement, slots]) => ({ statement, slots }));
  }

  waiting(): readonly string[] {
    return this.queue.map((w) => w.statement);
  }

  /**
   * Grants now (returns the number of slots) or queues the request and returns the reason it
   * waits; `onGrant` is called when a queued request is granted later.
   */
  request(statement: string, want: number, onGrant: (slots: number) => void): RequestResult {
    if (!Number.isInteger(want) || want < 1) throw new Error(`slot request must be a positive integer (got ${want})`);
    if (this.held.has(statement) || this.queue.some((w) => w.statement === statement)) {
      throw new Error(`statement '${statement}' already holds or waits for slots in pool '${this.pool}'`);
    }
    if (this.queue.length === 0 && this.free > 0) {
      const n = Math.min(want, this.free);
      this.held.set(statement, n);
      return { granted: n };
    }
    this.queue.push({ statement, want, onGrant });
    return { pending: this.pendingReason(statement) };
  }

  /** Why a queued statement waits (or undefined when it does not). */
  pendingReason(statement: string): string {
    const pos = this.queue.findIndex((w) => w.statement === statement);
    const ahead = pos > 0 ? `; ${pos} statement${pos === 1 ? '' : 's'} queued ahead` : '';
    return `waiting for a slot: pool '${this.pool}' has all ${this.cap} CFU in use by ${this.held.size} statement${this.held.size === 1 ? '' : 's'}${ahead}`;
  }

  /**
   * Grows or shrinks what a statement holds; growth is limited by free slots. 0 keeps the
   * statement a holder with no slot (scaled to zero while idle; it grows from there when it
   * wakes up). Returns the new count.
   */
  resize(statement: string, want: number): number {
    const cur = this.held.get(statement);
    if (cur === undefined) throw new Error(`statement '${statement}' holds no slots in pool '${this.pool}'`);
    const target = Math.max(0, Math.floor(want));
    const next = target <= cur ? target : cur + Math.min(target - cur, this.queue.length > 0 ? 0 : this.free);
    this.held.set(statement, next);
    if (next < cur) this.drain();
    return next;
  }

  /** Releases every slot of a statement (or drops it from the queue) and grants waiters FIFO. */
  release(statement: string): void {
    const qi = this.queue.findIndex((w) => w.statement === statement);
    if (qi >= 0) this.queue.splice(qi, 1);
    if (this.held.delete(statement)) this.drain();
  }

  /** A new cap (pool resized): shrinking never takes slots away from running statements. */
  setCapacity(cap: number): void {
    this.cap = cap;
    this.drain();
  }

  private drain(): void {
    while (this.queue.length > 0 && this.free > 0) {
      const w = this.queue.shift()!;
      const n = Math.min(w.want, this.free);
      this.held.set(w.statement, n);
      w.onGrant(n);
    }
  }
}
