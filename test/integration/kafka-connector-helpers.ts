/** Shared by the Kafka connector tests and bench: table contexts, reading a source to its end. */
import type { ColumnSpec, RecordError, Source, SplitReader, TableContext } from '../../engine/connectors/api';
import type { Row, RowKind } from '../../engine/runtime/changelog';

export function tableCtx(
  name: string,
  columns: ColumnSpec[],
  options: Record<string, string>,
  extra: { primaryKey?: string[]; metadata?: TableContext['metadata'] } = {},
): TableContext {
  return { tableName: `kafka.default.${name}`, columns, options, ...extra };
}

export interface ReadResult {
  rows: Row[];
  kinds: RowKind[];
  errors: RecordError[];
  positions: Record<string, unknown>;
}

/** Reads every split of a bounded source until each reports its end. */
export async function readAll(source: Source, max = 500): Promise<ReadResult> {
  const out: ReadResult = { rows: [], kinds: [], errors: [], positions: {} };
  const splits = await source.splits();
  const readers: [string, SplitReader][] = [];
  for (const s of splits) readers.push([s.id, await source.open(s)]);
  try {
    const open = new Set(readers.map(([id]) => id));
    while (open.size > 0) {
      let progressed = false;
      for (const [id, r] of readers) {
        if (!open.has(id)) continue;
        const b = await r.poll(max);
        out.rows.push(...b.rows);
        out.kinds.push(...(b.kinds ?? b.rows.map(() => 0 as RowKind)));
        if (b.errors) out.errors.push(...b.errors);
        if (b.rows.length > 0) progressed = true;
        if (b.end) {
          open.delete(id);
          out.positions[id] = r.position();
        }
      }
      if (!progressed) await new Promise((res) => setTimeout(res, 20));
    }
  } finally {
    for (const [, r] of readers) await r.close();
  }
  return out;
}
