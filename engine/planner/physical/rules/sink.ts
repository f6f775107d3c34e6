/**
 * INSERT INTO: rows are laid out as the table's physical columns (unwritten ones NULL). A
 * table that only takes appends refuses an updating query, with Flink's message.
 */
import { E, type Expr } from '../../../expr/expr';
import type { SinkNode } from '../../logical/plan';
import { isAppend } from '../changelog-mode';
import type { PhysicalPlan } from '../plan';
import { PlanError, type PlanContext } from '../planner-context';

/** Connectors whose sinks accept every change kind. */
const UPDATING_SINKS = new Set(['print', 'blackhole']);

export function planSink(p: SinkNode, ctx: PlanContext): PhysicalPlan {
  const input = ctx.plan(p.input);
  const connector = (p.table.options['connector'] ?? 'local').toLowerCase();
  if (!isAppend(input.mode) && p.table.changelog === 'append-only' && !UPDATING_SINKS.has(connector)) {
    throw new PlanError(
      `Table sink '${p.path.catalog}.${p.path.database}.${p.path.name}' doesn't support consuming update and delete changes ` +
        `produced by ${describeOp(input)}; declare a PRIMARY KEY on it (upsert) or write an insert-only query`,
    );
  }
  const projection: Expr[] = [];
  p.table.columns.forEach((c, tableIndex) => {
    if (c.kind !== 'physical') return;
    const from = p.columns.indexOf(tableIndex);
    projection.push(from >= 0 ? E.input(from, p.input.fields[from]!.type) : E.lit(null, c.type));
  });
  return { op: 'sink', fields: p.fields, mode: input.mode, rowtime: [], inputs: [input], path: p.path, table: p.table, calc: { projection } };
}

function describeOp(p: PhysicalPlan): string {
  return p.op === 'calc' && p.inputs[0] ? describeOp(p.inputs[0]) : p.op;
}
