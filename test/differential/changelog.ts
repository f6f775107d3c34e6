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

export function materialize(changes: readonly Change[]): Materialized {
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
