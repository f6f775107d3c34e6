/** Benchmark helpers: read a source whose readers answer synchronously (generators), batch by batch. */
import type { Source } from '../../engine/connectors/api';
import type { Row } from '../../engine/runtime/changelog';

type SyncReader = { poll(max: number): { rows: Row[]; end: boolean } };

/** Hands every batch of every split to `each`, in split order, until each split ends. */
export function forEachBatch(source: Source, each: (rows: Row[]) => void, max = 4096): void {
  for (const split of source.splits() as readonly { id: string }[]) {
    const reader = source.open(split) as unknown as SyncReader;
    for (;;) {
      const b = reader.poll(max);
      each(b.rows);
      if (b.end) break;
    }
  }
}

/** Reads every row; returns how many there were. */
export function syncDrain(source: Source): number {
  let n = 0;
  forEachBatch(source, (rows) => (n += rows.length));
  return n;
}
