/**
 * The dataflow graph of a statement for `statements/explain`: the graph buildGraph makes to
 * run it (built as shape only: no connector is opened), so node ids are the ones a running
 * statement's operator metrics use. Each node carries what its physical plan node emits
 * (changelog mode, upsert key), the watermark it generates or needs, and its EXPLAIN line;
 * each edge how rows move to the next node (forward, hashed by keys, or to a single task).
 */
import { buildGraph } from '../planner/build-graph';
import type { Field } from '../planner/logical/plan';
import { printMode } from '../planner/physical/changelog-mode';
import type { PhysicalPlan } from '../planner/physical/plan';
import { timeOperator } from '../planner/physical/plan';
import { describeCalc, describePhysical } from '../planner/physical/print-physical';

export interface GraphNode {
  readonly id: string;
  readonly name: string;
  readonly kind: 'source' | 'operator' | 'sink';
  /** `I`, `I,UB,UA`, `I,UB,UA,D` or `I,UA,D`. */
  readonly changelogMode: string;
  readonly upsertKey?: readonly string[];
  readonly watermark?: string;
  readonly detail?: string;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly exchange?: 'forward' | 'hash' | 'single';
  readonly keys?: readonly string[];
}

export interface ExplainGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

const names = (fields: readonly Field[], cols: readonly number[]) => cols.map((i) => fields[i]?.name ?? `$${i}`);

/** How input `input` of a node reaches it: hashed by the columns its state is keyed by. */
function exchangeInto(p: PhysicalPlan, input: number): Pick<GraphEdge, 'exchange' | 'keys'> {
  const inF = p.inputs[input]?.fields ?? [];
  const hash = (cols: readonly number[]) => (cols.length > 0 ? { exchange: 'hash' as const, keys: names(inF, cols) } : { exchange: 'single' as const });
  switch (p.op) {
    case 'groupAggregate':
    case 'windowAggregate':
      return hash(p.spec.groupKeys);
    case 'changelogNormalize':
      return hash(p.spec.primaryKey);
    case 'join':
    case 'intervalJoin':
    case 'temporalJoin':
    case 'windowJoin':
      return hash(input === 0 ? p.spec.leftKeys : p.spec.rightKeys);
    case 'rank':
    case 'windowRank':
    case 'overAggregate':
    case 'matchRecognize':
      return hash(p.spec.partitionKeys);
    case 'deduplicate':
      return hash(p.spec.keys);
    case 'sort':
    case 'temporalSort':
    case 'limit':
      return { exchange: 'single' };
    default:
      return { exchange: 'forward' };
  }
}

/**
 * A node's EXPLAIN line. The projection/filter a scan or sink runs itself shows as its own
 * Calc node (not the scan's line again), and the query's result collector says what it is.
 */
function detailOf(name: string, p: PhysicalPlan, fromPlan: boolean): string {
  if (!fromPlan) return 'Collect(results to the client)';
  if (name === 'Calc' && p.op === 'scan') return describeCalc(p.calc, p.sourceFields, p.fields);
  if (name === 'Calc' && p.op === 'sink') return describeCalc(p.calc, p.inputs[0]?.fields ?? [], p.table.columns.filter((c) => c.kind === 'physical'));
  return describePhysical(p);
}

export function explainGraph(plans: readonly PhysicalPlan[]): ExplainGraph {
  const { graph, planOf } = buildGraph(plans, { collect: () => undefined, dryRun: true });
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const byId = new Map<string, PhysicalPlan>();
  for (const n of graph.nodes) {
    const p = planOf.get(n.id) ?? plans[0]!;
    byId.set(n.id, p);
    const t = timeOperator(p);
    const watermark = p.op === 'scan' && p.watermark ? `generates: ${p.watermark.text}` : t === 'rowtime' ? 'requires' : undefined;
    const key = p.mode.upsertKey && p.mode.upsertKey.length > 0 ? names(p.fields, p.mode.upsertKey) : undefined;
    const name = n.id.replace(/^\d+-/, '');
    nodes.push({
      id: n.id,
      name,
      kind: n.kind,
      changelogMode: printMode(p.mode).slice(1, -1),
      ...(key ? { upsertKey: key } : {}),
      ...(watermark ? { watermark } : {}),
      detail: detailOf(name, p, planOf.has(n.id)),
    });
    const inputs = n.kind === 'operator' ? n.inputs : n.kind === 'sink' ? [n.input] : [];
    inputs.forEach((from, i) => {
      // Operators the scan's or sink's own Calc stands for keep rows where they are.
      const same = byId.get(from) === p;
      edges.push({ from, to: n.id, ...(same || n.kind === 'sink' ? { exchange: 'forward' as const } : exchangeInto(p, i)) });
    });
  }
  return { nodes, edges };
}
