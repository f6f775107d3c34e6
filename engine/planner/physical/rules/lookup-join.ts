/**
 * `probe JOIN t FOR SYSTEM_TIME AS OF probe.proc_time ON probe.k = t.k`: a processing-time
 * temporal join, which Flink runs as a LookupJoin when t's connector answers lookups: every
 * probe row looks t up by key when it arrives, and later changes of t do not revise earlier
 * results. The right side must be the table itself (its computed columns, and any projection
 * or filter on it, are applied to the looked-up rows); every equality must be on one of its
 * physical columns. An equality whose probe side is an expression (`MOD(b.auction, 10000) =
 * s.key`, Nexmark q13) looks up by that expression, computed on the probe row first (appended
 * to it, and dropped from the result), as Flink does. Change kinds of the probe side pass through.
 */
import { getConnector } from '../../../connectors/registry';
import { E, inputsOf, type Expr } from '../../../expr/expr';
import type { Join } from '../../logical/plan';
import { projectMode } from '../changelog-mode';
import type { CalcBody, LookupJoinNode, PhysicalPlan, ScanNode } from '../plan';
import { PlanError } from '../planner-context';
import { and, composeCalc, copiedColumns, identity, substitute } from '../rewrite';

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

/** `expr(probe columns) = table column` (either way round): the probe expression and the table's column (relative to the right side). */
function computedKey(c: Expr, n: number): { probe: Expr; right: number } | undefined {
  if (c.kind !== 'call' || c.op !== '=' || c.operands.length !== 2) return undefined;
  for (const [a, b] of [c.operands, [...c.operands].reverse()] as [Expr, Expr][]) {
    const cols = [...inputsOf(a)];
    if (b.kind === 'input' && b.index >= n && a.kind !== 'input' && cols.length > 0 && cols.every((i) => i < n)) return { probe: a, right: b.index - n };
  }
  return undefined;
}

export function planLookupJoin(p: Join, left: PhysicalPlan, right: PhysicalPlan, residual: readonly Expr[], type: 'INNER' | 'LEFT'): PhysicalPlan {
  const n = left.fields.length;
  const computed = residual.map((c) => computedKey(c, n));
  if (computed.every((k) => k === undefined)) return lookupJoin(p, left, right, p.equiKeys, residual, type);
  // The probe expressions become columns appended to the probe row: keys like any other.
  const probes = computed.flatMap((k) => (k ? [k] : []));
  const e = probes.length;
  const probeFields = [...left.fields, ...probes.map((k, i) => ({ name: `$lookup${i}`, type: k.probe.type }))];
  const projection = [...identity(left.fields), ...probes.map((k) => k.probe)];
  const probe: PhysicalPlan = { op: 'calc', fields: probeFields, mode: projectMode(left.mode, copiedColumns(projection), false), rowtime: left.rowtime, inputs: [left], projection };
  const shift = (x: Expr) => substitute(x, (r) => (r.index >= n ? { ...r, index: r.index + e } : r));
  const keys = [...p.equiKeys, ...probes.map((k, i) => ({ left: n + i, right: k.right }))];
  const rest = residual.filter((_, i) => computed[i] === undefined).map(shift);
  const rightFields = p.fields.slice(n);
  const joined = lookupJoin({ ...p, fields: [...probeFields, ...rightFields] }, probe, right, keys, rest, type);
  // Back to probe ++ table: the appended columns dropped.
  const out = [...identity(left.fields), ...rightFields.map((f, j) => E.input(n + e + j, f.type, f.name))];
  return { op: 'calc', fields: p.fields, mode: projectMode(joined.mode, copiedColumns(out), false), rowtime: left.rowtime, inputs: [joined], projection: out };
}

function lookupJoin(
  p: Join,
  left: PhysicalPlan,
  right: PhysicalPlan,
  equiKeys: Join['equiKeys'],
  residual: readonly Expr[],
  type: 'INNER' | 'LEFT',
): LookupJoinNode {
  const t = lookupTable(right);
  if (!t) throw new PlanError('a processing-time temporal join (FOR SYSTEM_TIME AS OF a PROCTIME() column) needs a table on its right side, not a query');
  const connectorId = t.scan.options['connector'] ?? 'local';
  if (!getConnector(connectorId)?.createLookup) {
    throw new PlanError(
      `table ${t.scan.path.name} cannot be looked up: the '${connectorId}' connector answers no lookups (lookup joins read filesystem and local tables); for a versioned table use FOR SYSTEM_TIME AS OF an event-time column`,
    );
  }
  if (equiKeys.length === 0) throw new PlanError(`a lookup join needs an equality between the probe side and a column of ${t.scan.path.name}`);
  const physical = t.scan.sourceFields.length - t.scan.metadataColumns.length;
  const lookupKeys = equiKeys.map((k) => {
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
    leftKeys: equiKeys.map((k) => k.left),
    lookupKeys,
    calc: t.calc,
    ...(condition ? { condition } : {}),
  };
}
