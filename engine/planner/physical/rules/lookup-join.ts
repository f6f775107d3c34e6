/**
 * `probe JOIN t FOR SYSTEM_TIME AS OF probe.proc_time ON probe.k = t.k`: a processing-time
 * temporal join, which Flink runs as a LookupJoin when t's connector answers lookups: every
 * probe row looks t up by key when it arrives, and later changes of t do not revise earlier
 * results. The right side must be the table itself (its computed columns, and any projection
 * or filter on it, are applied to the looked-up rows); every equality must be on one of its
 * physical columns. Change kinds of the probe side pass through.
 */
import { getConnector } from '../../../connectors/registry';
import type { Expr } from '../../../expr/expr';
import type { Join } from '../../logical/plan';
import type { CalcBody, LookupJoinNode, PhysicalPlan, ScanNode } from '../plan';
import { PlanError } from '../planner-context';
import { and, composeCalc } from '../rewrite';

/** The scan under the right side and the calc from its source rows to the right side's rows. */
function lookupTable(right: PhysicalPlan): { scan: ScanNode; calc: CalcBody } | undefined {
  if (right.op === 'scan') return { scan: right, calc: right.calc };
  if (right.op === 'changelogNormalize' && right.inputs[0]?.op === 'scan') return lookupTable(right.inputs[0]);
  if (right.op === 'calc') {
    const inner = lookupTable(right.inputs[0]!);
    return inner && { scan: inner.scan, calc: composeCalc(right, inner.calc) };
  }
  return undefined;
}

export function planLookupJoin(p: Join, left: PhysicalPlan, right: PhysicalPlan, residual: readonly Expr[], type: 'INNER' | 'LEFT'): LookupJoinNode {
  const t = lookupTable(right);
  if (!t) throw new PlanError('a processing-time temporal join (FOR SYSTEM_TIME AS OF a PROCTIME() column) needs a table on its right side, not a query');
  const connectorId = t.scan.options['connector'] ?? 'local';
  if (!getConnector(connectorId)?.createLookup) {
    throw new PlanError(
      `table ${t.scan.path.name} cannot be looked up: the '${connectorId}' connector answers no lookups (lookup joins read filesystem and local tables); for a versioned table use FOR SYSTEM_TIME AS OF an event-time column`,
    );
  }
  if (p.equiKeys.length === 0) throw new PlanError(`a lookup join needs an equality between the probe side and a column of ${t.scan.path.name}`);
  const physical = t.scan.sourceFields.length - t.scan.metadataColumns.length;
  const lookupKeys = p.equiKeys.map((k) => {
    const x = t.calc.projection[k.right];
    if (x?.kind !== 'input' || x.index >= physical) {
      throw new PlanError(`a lookup join looks ${t.scan.path.name} up by its physical columns; '${right.fields[k.right]?.name}' is not one`);
    }
    return x.index;
  });
  const condition = and(residual);
  return {
    op: 'lookupJoin',
    fields: p.fields,
    mode: left.mode,
    rowtime: left.rowtime,
    inputs: [left],
    type,
    path: t.scan.path,
    table: t.scan.table,
    options: t.scan.options,
    sourceFields: t.scan.sourceFields,
    metadataColumns: t.scan.metadataColumns,
    leftKeys: p.equiKeys.map((k) => k.left),
    lookupKeys,
    calc: t.calc,
    ...(condition ? { condition } : {}),
  };
}
