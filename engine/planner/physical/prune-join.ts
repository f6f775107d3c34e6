/**
 * Column pruning under a join (Flink's ProjectJoinTransposeRule with field trimming): a
 * projection or aggregate over a join (through any filters) reads only some of the join's
 * columns, so each join input gets a projection keeping just those and the ones the join itself
 * needs (its condition and equality keys). The inputs then carry, keep in state and encode
 * only what is read, and a projection over a scan reaches the connector (readColumns). A
 * logical rewrite: the consumer's and filters' column indexes are renumbered, the result is
 * the same. Temporal, semi, anti and mark joins are left as they are.
 */
import { E, inputsOf, type Expr } from '../../expr/expr';
import type { Aggregate, Field, Filter, Join, LogicalPlan, Project } from '../logical/plan';
import { substitute } from './rewrite';

/** `p` with projections under the join beneath it, or `p` itself when there is nothing to drop. */
export function pruneUnderJoin<P extends Project | Aggregate>(p: P): P {
  const filters: Filter[] = [];
  let node = p.input;
  while (node.kind === 'filter') {
    filters.push(node);
    node = node.input;
  }
  if (node.kind !== 'join' || node.temporal || node.joinKind === 'semi' || node.joinKind === 'anti' || node.joinKind === 'mark') return p;
  const join = node;
  const used = new Set<number>();
  const read = (e: Expr) => inputsOf(e).forEach((i) => used.add(i));
  if (p.kind === 'project') p.exprs.forEach(read);
  else {
    p.groupKeys.forEach((k) => used.add(k));
    for (const a of p.aggs) {
      a.args.forEach((i) => used.add(i));
      if (a.filterArg !== undefined) used.add(a.filterArg);
    }
  }
  filters.forEach((f) => read(f.condition));
  read(join.condition);
  const n = join.left.fields.length;
  for (const k of join.equiKeys) used.add(k.left).add(n + k.right);
  const keptLeft = kept(used, 0, n);
  const keptRight = kept(used, n, join.fields.length).map((i) => i - n);
  if (keptLeft.length === n && keptRight.length === join.fields.length - n) return p;

  const at = new Map<number, number>();
  keptLeft.forEach((c, j) => at.set(c, j));
  keptRight.forEach((c, j) => at.set(n + c, keptLeft.length + j));
  const remap = (e: Expr) => substitute(e, (r) => ({ ...r, index: at.get(r.index)! }));
  const fields: Field[] = [...keptLeft.map((c) => join.fields[c]!), ...keptRight.map((c) => join.fields[n + c]!)];
  const pruned: Join = {
    ...join,
    left: project(join.left, keptLeft),
    right: project(join.right, keptRight),
    condition: remap(join.condition),
    equiKeys: join.equiKeys.map((k) => ({ left: keptLeft.indexOf(k.left), right: keptRight.indexOf(k.right) })),
    fields,
  };
  let input: LogicalPlan = pruned;
  for (let i = filters.length - 1; i >= 0; i--) input = { ...filters[i]!, input, condition: remap(filters[i]!.condition), fields };
  if (p.kind === 'project') return { ...p, input, exprs: p.exprs.map(remap) };
  const col = (i: number) => at.get(i)!;
  return {
    ...p,
    input,
    groupKeys: p.groupKeys.map(col),
    aggs: p.aggs.map((a) => ({ ...a, args: a.args.map(col), ...(a.filterArg !== undefined ? { filterArg: col(a.filterArg) } : {}) })),
  };
}

/** The used columns in [from, to), ascending; at least one (an input keeps a column even when none is read). */
function kept(used: ReadonlySet<number>, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (used.has(i)) out.push(i);
  if (out.length === 0 && to > from) out.push(from);
  return out;
}

function project(input: LogicalPlan, columns: readonly number[]): LogicalPlan {
  if (columns.length === input.fields.length) return input;
  return {
    kind: 'project',
    input,
    exprs: columns.map((c) => E.input(c, input.fields[c]!.type, input.fields[c]!.name)),
    fields: columns.map((c) => input.fields[c]!),
  };
}
