/**
 * Watermarks of one source: one per split (a Kafka partition, a file), each the maximum
 * candidate seen; the source's watermark is the minimum over splits that are neither ended
 * nor idle. A split that has had no data for the idle timeout is idle until data arrives
 * again; when every remaining split is idle, or the source has no splits at all, the source
 * is idle (it holds nothing back downstream).
 */
import { MIN_WATERMARK } from '../operators/operator';

interface SplitMark {
  wm: number;
  lastActive: number;
  idle: boolean;
  ended: boolean;
}

export class SplitWatermarks {
  private readonly splits = new Map<string, SplitMark>();

  constructor(private readonly idleTimeoutMs: number | undefined) {}

  add(split: string, now: number, wm = MIN_WATERMARK): void {
    this.splits.set(split, { wm, lastActive: now, idle: false, ended: false });
  }

  /** Data arrived on `split` with this highest watermark candidate (or none). */
  onData(split: string, candidate: number | null, now: number): void {
    const s = this.splits.get(split)!;
    s.lastActive = now;
    s.idle = false;
    if (candidate !== null && candidate > s.wm) s.wm = candidate;
  }

  /** The split's own watermark (the highest candidate recorded for it). */
  watermarkOf(split: string): number {
    return this.splits.get(split)!.wm;
  }

  /** The split had nothing to read. */
  onEmpty(split: string, now: number): void {
    const s = this.splits.get(split)!;
    if (this.idleTimeoutMs !== undefined && now - s.lastActive >= this.idleTimeoutMs) s.idle = true;
  }

  onEnd(split: string): void {
    this.splits.get(split)!.ended = true;
  }

  /** The combined watermark, or `idle` when no split holds it. */
  current(): { watermark: number; idle: boolean } {
    // A source without splits (an empty topic) holds nothing back; the end of input ends it.
    if (this.splits.size === 0) return { watermark: MIN_WATERMARK, idle: true };
    let min = Number.POSITIVE_INFINITY;
    let active = 0;
    let allEnded = true;
    for (const s of this.splits.values()) {
      if (s.ended) continue;
      allEnded = false;
      if (s.idle) continue;
      active++;
      if (s.wm < min) min = s.wm;
    }
    if (allEnded) return { watermark: Number.POSITIVE_INFINITY, idle: false };
    if (active === 0) return { watermark: MIN_WATERMARK, idle: true };
    return { watermark: min, idle: false };
  }

  /**
   * Splits that hold the watermark back: not ended, not idle, without data for `quietMs` while
   * another split of the source is live (the watermark is their minimum). Empty with one split.
   */
  quiet(now: number, quietMs: number): string[] {
    const live = [...this.splits].filter(([, s]) => !s.ended && !s.idle);
    if (live.length < 2) return [];
    return live.filter(([, s]) => now - s.lastActive >= quietMs).map(([id]) => id);
  }

  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, s] of this.splits) if (Number.isFinite(s.wm)) out[k] = s.wm;
    return out;
  }
}
