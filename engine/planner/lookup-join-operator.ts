/**
 * The runtime side of a planned lookup join: the table's connector lookup on the key columns,
 * behind the table's `lookup.cache` options, with the table's calc (computed columns, any
 * projection or filter) applied to every looked-up row.
 */
import { toTableContext } from '../catalog/table-context';
import { cachedLookup } from '../connectors/lookup/lookup-cache';
import { getConnector } from '../connectors/registry';
import type { Row } from '../runtime/changelog';
import { compileCalc } from '../runtime/compile/compile';
import { LookupJoinOperator } from '../runtime/operators/lookup-join';
import type { Value } from '../types/values';
import type { LookupJoinNode } from './physical/plan';
import { PlanError } from './physical/planner-context';

export function lookupJoinOperator(p: LookupJoinNode, stateDir: string | undefined): LookupJoinOperator {
  const id = p.options['connector'] ?? 'local';
  const connector = getConnector(id);
  const create = connector?.createLookup;
  if (!connector || !create) throw new PlanError(`table ${p.path.name} cannot be looked up: the '${id}' connector answers no lookups`);
  const ctx = toTableContext(p.path, { ...p.table, options: p.options }, { ...(stateDir !== undefined ? { stateDir } : {}), metadataColumns: p.metadataColumns });
  const source = cachedLookup(ctx, () => create(ctx, p.lookupKeys));
  const calc = compileCalc(p.calc.projection, p.calc.filter ?? null);
  const lookup = (key: readonly Value[]): Row[] => {
    const out: Row[] = [];
    for (const r of source.lookup(key)) {
      const row = calc(r);
      if (row !== null) out.push(row);
    }
    return out;
  };
  return new LookupJoinOperator({ type: p.type, leftKeys: p.leftKeys, lookup, rightArity: p.calc.projection.length, ...(p.condition ? { condition: p.condition } : {}) });
}
