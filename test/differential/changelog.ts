/**
 * Changelogs of both engines in one shape (`{ op, row }` with testbed value forms) and their
 * materialization: +I/+U add a row, -U/-D take one equal row away. A retraction of a row
 * that is not there is itself a difference and is reported, not ignored.
 */
export interface Change {
  readonly op: string;
  readonly row: Record<string, unknown>;
}

export interface Materialized {
  /** Canonical row texts (JSON of the row's values in column order), sorted. */
  readonly rows: string[];
  /** Retractions that found no equal row. */
  readonly unmatchedRetractions: string[];
}

export function rowKey(row: Record<string, unknown>): string {
  return JSON.stringify(Object.values(row));
}

/** Materializes by upsert key: +I/+U put the row under its key, -U/-D take the key away. */
function materializeByKey(changes: readonly Change[], key: readonly string[]): Materialized {
  const rows = new Map<string, string>();
  const unmatched: string[] = [];
  for (const c of changes) {
    const k = JSON.stringify(key.map((col) => c.row[col]));
    if (c.op === '+I' || c.op === '+U') rows.set(k, rowKey(c.row));
    else if (!rows.delete(k)) unmatched.push(`${c.op}${rowKey(c.row)}`);
  }
  return { rows: [...rows.values()].sort(), unmatchedRetractions: unmatched };
}

export function materialize(changes: readonly Change[], upsertKey?: readonly string[]): Materialized {
  if (upsertKey) return materializeByKey(changes, upsertKey);
  const counts = new Map<string, number>();
  const unmatched: string[] = [];
  for (const c of changes) {
    const k = rowKey(c.row);
    if (c.op === '+I' || c.op === '+U') counts.set(k, (counts.get(k) ?? 0) + 1);
    else {
      const n = counts.get(k) ?? 0;
      if (n === 0) unmatched.push(`${c.op}${k}`);
      else if (n === 1) counts.delete(k);
      else counts.set(k, n - 1);
    }
  }
  const rows: string[] = [];
  for (const [k, n] of counts) for (let i = 0; i < n; i++) rows.push(k);
  return { rows: rows.sort(), unmatchedRetractions: unmatched };
}

export const changeText = (c: Change): string => `${c.op}${rowKey(c.row)}`;
