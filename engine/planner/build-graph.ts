/**
 * Physical plan -> runtime dataflow graph: sources from the connector registry (through the
 * catalog's table context), watermark strategies from the table's WATERMARK, operators built
 * from the Specs the physical nodes carry, and the root either written to a table's sink
 * (INSERT) or handed to a collector (a query's results). Node ids are stable names
 * (`3-GroupAggregate`), so checkpoints of the same plan line up.
 */
import { toTableContext } from '../catalog/table-context';
import type { Sink } from '../connectors/api';
import { getConnector } from '../connectors/registry';
import { compileScalar } from '../runtime/compile/compile';
import type { Row } from '../runtime/changelog';
import { DataflowGraph, type SinkFn, type WatermarkStrategy } from '../runtime/executor/graph';
import { ValuesSource } from '../runtime/executor/values-source';
import { CalcOperator } from '../runtime/operators/calc';
import { ChangelogNormalizeOperator } from '../runtime/operators/changelog-normalize';
import { KeyedParallelOperator } from '../runtime/operators/keyed-parallel';
import { createStageOperator, stageKeys, type KeyedStageSpec } from '../runtime/parallel/stage-spec';
import type { WorkerLease } from '../runtime/parallel/worker-lease';
import { MatchRecognizeOperator } from '../runtime/operators/match-recognize';
import type { Operator } from '../runtime/operators/operator';
import { SetOperationOperator } from '../runtime/operators/set-operation';
import { LimitOperator, SortOperator } from '../runtime/operators/sort-limit';
import { TemporalJoinOperator } from '../runtime/operators/temporal-join';
import { TemporalSortOperator } from '../runtime/operators/temporal-sort';
import { UnionOperator } from '../runtime/operators/union';
import { UnnestOperator } from '../runtime/operators/unnest';
import { WindowTableFunctionOperator } from '../runtime/operators/window-table-function';
import type { CalcBody, PhysicalPlan, ScanNode } from './physical/plan';
import { PlanError } from './physical/planner-context';
import { isIdentity } from './physical/rewrite';
import { lookupJoinOperator } from './lookup-join-operator';
import { readSourceColumns } from './physical/rules/scan';

export interface GraphOptions {
  /** Where local topics and other persistent data live. */
  readonly stateDir?: string;
  /** Receives the root's changes when the plan is a query (not an INSERT). */
  readonly collect?: SinkFn;
  /** Called once when a bounded query ended. */
  readonly end?: () => void | Promise<void>;
  /** Shape only (statements/explain): no connector source or sink is created, nothing is opened. */
  readonly dryRun?: boolean;
  /**
   * Subtasks of each keyed stage (GROUP BY, regular, semi / anti, interval and window joins,
   * window aggregation, window Top-N / dedup, Top-N, dedup and OVER, each with keys): rows are
   * routed to them by key group (runtime/operators/keyed-parallel.ts). Default 1.
   */
  readonly parallelism?: number;
  /**
   * Worker threads for the subtasks of keyed stages at parallelism > 1 (one lease per job,
   * closed by whoever runs the graph); without it, or when the lease has no free worker, they
   * run in process.
   */
  readonly workers?: WorkerLease;
}

export interface BuiltGraph {
  readonly graph: DataflowGraph;
  /** Connector sinks opened for INSERTs (closed by whoever runs the graph). */
  readonly sinks: readonly Sink[];
  /** The physical node each graph node was built for (a scan's Calc and Source both map to the scan). */
  readonly planOf: ReadonlyMap<string, PhysicalPlan>;
}

function connectorOf(options: Readonly<Record<string, string>>) {
  const id = options['connector'] ?? 'local';
  const c = getConnector(id);
  if (!c) throw new PlanError(`unknown connector '${id}'`);
  return c;
}

function watermarkOf(scan: ScanNode): WatermarkStrategy | undefined {
  const w = scan.watermark;
  const idle = scan.idleTimeoutMs !== undefined ? { idleTimeoutMs: scan.idleTimeoutMs } : {};
  if (!w) return undefined;
  if (w.column !== undefined) return { column: w.column, delayMs: w.delayMs ?? 0, ...idle };
  const f = compileScalar(w.expr!);
  return { generate: (row: Row) => {
    const v = f(row);
    return typeof v === 'number' ? v : null;
  }, ...idle };
}

/** One graph for one plan, or for several INSERTs run as one job (a statement set). */
export function buildGraph(plans: PhysicalPlan | readonly PhysicalPlan[], options: GraphOptions = {}): BuiltGraph {
  const graph = new DataflowGraph();
  const sinks: Sink[] = [];
  let seq = 0;
  const planOf = new Map<string, PhysicalPlan>();
  let current: PhysicalPlan | undefined;
  const id = (name: string) => {
    const n = `${++seq}-${name}`;
    if (current) planOf.set(n, current);
    return n;
  };

  const calc = (input: string, body: CalcBody, inputArity: number): string =>
    isIdentity(body, inputArity) ? input : graph.operator(id('Calc'), new CalcOperator(body.projection, body.filter ?? null), [input]);

  const visit = (p: PhysicalPlan): string => {
    const outer = current;
    current = p;
    try {
      return visitNode(p);
    } finally {
      current = outer;
    }
  };

  const parallelism = options.parallelism ?? 1;
  const workers = options.dryRun ? undefined : options.workers;
  /**
   * A keyed stage: its subtasks behind a key-group exchange, on worker threads when the job has
   * some and the stage a spec a worker builds its subtasks from (`stage`, parallel/stage-spec.ts);
   * without keys (a global aggregate, a cross join) one operator, as Flink runs them at parallelism 1.
   */
  const keyed = (create: () => Operator, keys: ReadonlyArray<readonly number[]>, stage?: { spec: KeyedStageSpec; node: PhysicalPlan }): Operator =>
    keys.every((k) => k.length > 0)
      ? new KeyedParallelOperator(create, keys, parallelism, workers && stage && { spec: stage.spec, lease: workers, timedOutput: stage.node.rowtime.length > 0 })
      : create();
  const keyedStage = (spec: KeyedStageSpec, node: PhysicalPlan): Operator => keyed(() => createStageOperator(spec), stageKeys(spec), { spec, node });

  const visitNode = (p: PhysicalPlan): string => {
    const inputs = () => p.inputs.map(visit);
    const op = (name: string, operator: Operator) => graph.operator(id(name), operator, inputs());
    switch (p.op) {
      case 'scan': {
        const connector = connectorOf(p.options);
        if (!connector.createSource) throw new PlanError(`connector '${connector.identifier}' cannot be read from (table ${p.path.name})`);
        const ctx = toTableContext(p.path, { ...p.table, options: p.options }, {
          ...(options.stateDir !== undefined ? { stateDir: options.stateDir } : {}),
          metadataColumns: p.metadataColumns,
          readColumns: readSourceColumns(p),
        });
        const src = graph.source(id(`Source:${p.path.name}`), options.dryRun ? new ValuesSource([]) : connector.createSource(ctx), watermarkOf(p));
        return calc(src, p.calc, p.sourceFields.length);
      }
      case 'values':
        return graph.source(id('Values'), new ValuesSource(p.rows));
      case 'calc':
        return op('Calc', new CalcOperator(p.projection, p.filter ?? null));
      case 'changelogNormalize':
        return op('ChangelogNormalize', new ChangelogNormalizeOperator(p.spec));
      case 'groupAggregate':
        return op('GroupAggregate', keyedStage({ op: 'groupAggregate', spec: p.spec }, p));
      case 'windowAggregate':
        return op('WindowAggregate', keyedStage({ op: 'windowAggregate', spec: p.spec }, p));
      case 'windowTvf':
        return op('WindowTableFunction', new WindowTableFunctionOperator(p.window, p.timeColumn));
      case 'join':
        return op('Join', keyedStage({ op: 'join', spec: p.spec }, p));
      case 'lookupJoin':
        return op('LookupJoin', lookupJoinOperator(p, options.stateDir));
      case 'semiAntiJoin':
        return op('SemiAntiJoin', keyedStage({ op: 'semiAntiJoin', spec: p.spec }, p));
      case 'intervalJoin':
        return op('IntervalJoin', keyedStage({ op: 'intervalJoin', spec: p.spec }, p));
      case 'temporalJoin':
        return op('TemporalJoin', new TemporalJoinOperator(p.spec));
      case 'windowJoin':
        return op('WindowJoin', keyedStage({ op: 'windowJoin', spec: p.spec }, p));
      case 'rank':
        return op('Rank', keyedStage({ op: 'rank', spec: p.spec }, p));
      case 'deduplicate':
        return op('Deduplicate', keyedStage({ op: 'deduplicate', spec: p.spec }, p));
      case 'windowRank':
        return op('WindowRank', keyedStage({ op: 'windowRank', spec: p.spec }, p));
      case 'overAggregate':
        return op('OverAggregate', keyedStage({ op: 'overAggregate', spec: p.spec }, p));
      case 'matchRecognize':
        return op('MatchRecognize', new MatchRecognizeOperator(p.spec));
      case 'unnest':
        return op('Unnest', new UnnestOperator(p.spec));
      case 'union':
        return op('Union', new UnionOperator());
      case 'setOp':
        return op('SetOperation', new SetOperationOperator(p.spec));
      case 'sort':
        return op('Sort', new SortOperator(p.spec));
      case 'temporalSort':
        return op('TemporalSort', new TemporalSortOperator(p.spec));
      case 'limit':
        return op('Limit', new LimitOperator(p.limit, p.offset));
      case 'sink': {
        const connector = connectorOf(p.table.options);
        if (!connector.createSink) throw new PlanError(`connector '${connector.identifier}' cannot be written to (table ${p.path.name})`);
        const sink: Sink = options.dryRun
          ? { write: () => undefined, flush: () => undefined, close: () => undefined }
          : connector.createSink(toTableContext(p.path, p.table, options.stateDir !== undefined ? { stateDir: options.stateDir } : {}));
        sinks.push(sink);
        const input = visit(p.inputs[0]!);
        const rows = calc(input, p.calc, p.inputs[0]!.fields.length);
        return graph.sink(id(`Sink:${p.path.name}`), rows, (kinds, batch) => sink.write(batch, kinds), async () => {
          await sink.flush();
          await sink.close();
        });
      }
    }
  };

  for (const plan of Array.isArray(plans) ? (plans as readonly PhysicalPlan[]) : [plans as PhysicalPlan]) {
    const root = visit(plan);
    if (plan.op !== 'sink') {
      if (!options.collect) throw new PlanError('a query needs somewhere to send its results');
      graph.sink(id('Collect'), root, options.collect, options.end);
    }
  }
  return { graph, sinks, planOf };
}
