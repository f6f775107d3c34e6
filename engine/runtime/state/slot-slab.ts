/**
 * The accumulator slots of many groups in a few large arrays instead of one array per group.
 * A group is a number (its id); its `width` slots are consecutive entries of chunk
 * `id >> CHUNK_BITS`, from `(id & CHUNK_MASK) * width`. A state map then holds a small integer
 * per key instead of a pointer to an array of its own, which saves the array's header and
 * elements header per group (a 1M-key GROUP BY: ~48 MB of heap). Ids of released groups are
 * reused; a released group's slots are cleared so nothing it held stays reachable.
 */
import type { Slots } from '../aggregates/agg-function';

const CHUNK_BITS = 12;
const CHUNK_GROUPS = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_GROUPS - 1;

export class SlotSlab {
  private readonly chunks: Slots[] = [];
  private readonly free: number[] = [];
  private next = 0;

  constructor(readonly width: number) {}

  /** A new group's id; its slots hold `undefined` until initialized. */
  alloc(): number {
    if (this.free.length > 0) return this.free.pop()!;
    const id = this.next++;
    if ((id & CHUNK_MASK) === 0) this.chunks.push(new Array(CHUNK_GROUPS * this.width).fill(undefined));
    return id;
  }

  release(id: number): void {
    this.chunk(id).fill(undefined, this.base(id), this.base(id) + this.width);
    this.free.push(id);
  }

  /** The array holding the slots of group `id`... */
  chunk(id: number): Slots {
    return this.chunks[id >>> CHUNK_BITS]!;
  }

  /** ...from this index. */
  base(id: number): number {
    return (id & CHUNK_MASK) * this.width;
  }

  /** The slots of group `id` as an array of their own (snapshots). */
  read(id: number): Slots {
    const b = this.base(id);
    return this.chunk(id).slice(b, b + this.width);
  }

  /** A new group holding a copy of `slots` (restores). */
  write(slots: Slots): number {
    const id = this.alloc();
    const chunk = this.chunk(id);
    const b = this.base(id);
    for (let i = 0; i < this.width; i++) chunk[b + i] = slots[i];
    return id;
  }

  clear(): void {
    this.chunks.length = 0;
    this.free.length = 0;
    this.next = 0;
  }
}
