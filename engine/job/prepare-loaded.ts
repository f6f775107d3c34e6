/**
 * prepareStatement for callers that may wait: when a statement is refused and names tables a
 * remote catalog has not described yet (a Kafka connection just set, a host just started),
 * those tables are looked up first (CatalogManager.lookupTable asks the providers), then the
 * statement is prepared again. A statement over tables already known never waits.
 */
import type { CatalogManager } from '../catalog/manager';
import type { StatementContext } from '../pools/runner';
import { walkNodes, type AnyNode } from '../language/ast-nodes';
import { parseScript, type ObjectName } from '../sql';
import { currentOf, prepareStatement, StatementRefused, type PreparedStatement } from './prepare-statement';

/** How long a submission waits for the tables it names to load. */
const LOOKUP_TIMEOUT_MS = 15_000;

/** Written names of the tables a statement reads (FROM, JOIN) or writes (INSERT INTO), in order, once each. */
export function referencedTables(sql: string): string[][] {
  const names = new Map<string, string[]>();
  for (const s of parseScript(sql).statements) {
    if (!s.statement) continue;
    walkNodes(s.statement as unknown as AnyNode, (n) => {
      const named = n.kind === 'namedTable' ? n['name'] : n.kind === 'insert' ? n['table'] : undefined;
      const parts = (named as ObjectName | undefined)?.parts.map((p) => p.value);
      if (parts) names.set(JSON.stringify(parts), parts);
    });
  }
  return [...names.values()];
}

export async function prepareWhenLoaded(sql: string, context: StatementContext | undefined, catalog: CatalogManager, timeoutMs = LOOKUP_TIMEOUT_MS): Promise<PreparedStatement> {
  try {
    return prepareStatement(sql, context, catalog);
  } catch (e) {
    if (!(e instanceof StatementRefused)) throw e;
    const names = referencedTables(sql);
    if (names.length === 0) throw e;
    const current = currentOf(context, catalog);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([Promise.all(names.map((parts) => catalog.lookupTable(parts, current).catch(() => undefined))), timeout]);
    clearTimeout(timer);
    return prepareStatement(sql, context, catalog);
  }
}
