/**
 * Window TVF shapes and which windows a timestamp falls into. TUMBLE, HOP and CUMULATE are
 * aligned to epoch (plus an optional offset); SESSION windows are [ts, ts + gap) merged while
 * they touch. Windows are [start, end); their rowtime (window_time) is end - 1.
 */
export type WindowSpec =
  | { readonly kind: 'TUMBLE'; readonly sizeMs: number; readonly offsetMs?: number }
  | { readonly kind: 'HOP'; readonly sizeMs: number; readonly slideMs: number; readonly offsetMs?: number }
  | { readonly kind: 'CUMULATE'; readonly maxSizeMs: number; readonly stepMs: number; readonly offsetMs?: number }
  | { readonly kind: 'SESSION'; readonly gapMs: number };

/** Start of the aligned period of length `size` containing ts. */
export function alignedStart(ts: number, size: number, offset: number): number {
  const rem = (ts - offset) % size;
  return rem < 0 ? ts - rem - size : ts - rem;
}

/** Calls `each(start, end)` for every aligned window containing ts, by ascending end. */
export function forEachWindow(spec: WindowSpec, ts: number, each: (start: number, end: number) => void): void {
  switch (spec.kind) {
    case 'TUMBLE': {
      const s = alignedStart(ts, spec.sizeMs, spec.offsetMs ?? 0);
      each(s, s + spec.sizeMs);
      return;
    }
    case 'HOP': {
      const last = alignedStart(ts, spec.slideMs, spec.offsetMs ?? 0);
      let first = last;
      while (first - spec.slideMs > ts - spec.sizeMs) first -= spec.slideMs;
      for (let s = first; s <= last; s += spec.slideMs) each(s, s + spec.sizeMs);
      return;
    }
    case 'CUMULATE': {
      const start = alignedStart(ts, spec.maxSizeMs, spec.offsetMs ?? 0);
      const firstEnd = alignedStart(ts, spec.stepMs, spec.offsetMs ?? 0) + spec.stepMs;
      for (let e = firstEnd; e <= start + spec.maxSizeMs; e += spec.stepMs) each(start, e);
      return;
    }
    case 'SESSION':
      each(ts, ts + spec.gapMs);
      return;
  }
}

/** The first (smallest) end of a window containing ts: once it has fired, the row is late. */
export function firstWindowEnd(spec: WindowSpec, ts: number): number {
  switch (spec.kind) {
    case 'TUMBLE':
      return alignedStart(ts, spec.sizeMs, spec.offsetMs ?? 0) + spec.sizeMs;
    case 'HOP':
      return alignedStart(ts, spec.slideMs, spec.offsetMs ?? 0) + spec.slideMs;
    case 'CUMULATE':
      return alignedStart(ts, spec.stepMs, spec.offsetMs ?? 0) + spec.stepMs;
    case 'SESSION':
      return ts + spec.gapMs;
  }
}

/** Whether a window ending at `end` has fired at watermark `wm` (its last millisecond is covered). */
export function isFired(end: number, wm: number): boolean {
  return end - 1 <= wm;
}
