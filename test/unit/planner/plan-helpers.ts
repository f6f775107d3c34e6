/** Hand-built logical plans for planner tests (the analyzer produces the same shapes). */
import type { CatalogTable, Column } from '../../../engine/catalog/model';
import { E, type Expr } from '../../../engine/expr/expr';
import type { Field, LogicalPlan, TableScan } from '../../../engine/planner/logical/plan';
import { buildGraph } from '../../../engine/planner/build-graph';
import { planPhysical } from '../../../engine/planner/physical/plan-physical';
import type { PlannerOptions } from '../../../engine/planner/physical/planner-context';
import { ROW_KIND_SYMBOLS, type Row, type RowKind } from '../../../engine/runtime/changelog';
import { Executor } from '../../../engine/runtime/executor/executor';
import type { LogicalType } from '../../../engine/types/logical-type';

export function table(name: string, columns: Column[], options: Record<string, string>, extra: Partial<CatalogTable> = {}): CatalogTable {
  return { kind: 'table', name, columns, options, changelog: 'append-only', provenance: { kind: 'memory' }, ...extra };
}

export function scan(t: CatalogTable, extra: Partial<TableScan> = {}): TableScan {
  return {
    kind: 'scan',
    path: { catalog: 'mem', database: 'db', name: t.name },
    table: t,
    computed: [],
    fields: t.columns.map((c) => ({ name: c.name, type: c.type })),
    ...extra,
  };
}

export function ref(p: LogicalPlan | readonly Field[], name: string): Expr {
  const fields = Array.isArray(p) ? (p as readonly Field[]) : (p as LogicalPlan).fields;
  const i = fields.findIndex((f) => f.name === name);
  if (i < 0) throw new Error(`no field ${name}`);
  return E.input(i, fields[i]!.type, name);
}

export function project(input: LogicalPlan, items: [Expr, string][]): LogicalPlan {
  return { kind: 'project', input, exprs: items.map((x) => x[0]), fields: items.map(([e, name]) => ({ name, type: e.type })) };
}

export function field(name: string, type: LogicalType): Field {
  return { name, type };
}

/** Runs a plan to its end and returns the changelog as `+I[1, a]` lines. */
export async function runPlan(plan: LogicalPlan, options: PlannerOptions = { mode: 'streaming' }): Promise<string[]> {
  const out: string[] = [];
  const physical = planPhysical(plan, options);
  const { graph } = buildGraph(physical, {
    collect: (kinds: RowKind[], rows: Row[]) => {
      rows.forEach((r, i) => out.push(`${ROW_KIND_SYMBOLS[kinds[i]!]}${JSON.stringify(r)}`));
    },
  });
  const ex = new Executor(graph, { idleSleepMs: 0, clock: () => 0 });
  await ex.run();
  await ex.close();
  return out;
}
