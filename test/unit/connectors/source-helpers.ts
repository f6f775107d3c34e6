/** Test helpers: drain a bounded source, build a TableContext. */
import type { ColumnSpec, RecordError, Source, TableContext } from '../../../engine/connectors/api';
import type { Row, RowKind } from '../../../engine/runtime/changelog';

export interface Drained {
  rows: Row[];
  kinds: RowKind[];
  errors: RecordError[];
}

/** Reads every split to its end (bounded sources), in split order. */
export async function drain(source: Source, batch = 1000, maxPolls = 1_000_000): Promise<Drained> {
  const out: Drained = { rows: [], kinds: [], errors: [] };
  for (const split of await source.splits()) {
    const reader = await source.open(split);
    for (let i = 0; i < maxPolls; i++) {
      const b = await reader.poll(batch);
      out.rows.push(...b.rows);
      out.kinds.push(...(b.kinds ?? b.rows.map(() => 0 as RowKind)));
      out.errors.push(...(b.errors ?? []));
      if (b.end) break;
      if (b.idle && !source.bounded) break;
    }
    await reader.close();
  }
  return out;
}

export function table(columns: ColumnSpec[], options: Record<string, string>, extra: Partial<TableContext> = {}): TableContext {
  return { tableName: 'test.db.t', columns, options, ...extra };
}
