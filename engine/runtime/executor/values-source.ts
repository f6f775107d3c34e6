/**
 * A bounded source over rows known at plan time (VALUES, constant tables): one split whose
 * position is the number of rows handed out.
 */
import type { Source, SourceBatch, SplitPosition, SplitReader } from '../../connectors/api';
import type { Row } from '../changelog';

export class ValuesSource implements Source {
  readonly bounded = true;
  readonly changelogMode = 'insert-only' as const;

  constructor(private readonly rows: readonly Row[]) {}

  splits() {
    return [{ id: 'values' }];
  }

  open(_split: { id: string }, from?: SplitPosition): SplitReader {
    let pos = typeof from === 'number' ? from : 0;
    const rows = this.rows;
    return {
      poll(max: number): SourceBatch {
        const batch = rows.slice(pos, pos + max);
        pos += batch.length;
        return { rows: batch as Row[], end: pos >= rows.length };
      },
      position: () => pos,
      close() {},
    };
  }
}
