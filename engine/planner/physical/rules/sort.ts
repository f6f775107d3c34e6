/**
 * ORDER BY / LIMIT. Bounded (batch): a full sort at the end of input. Streaming: LIMIT alone
 * passes the first rows; ORDER BY a rowtime ascending sorts by the watermark; ORDER BY with
 * LIMIT is a global Top-N (updating). Anything else cannot run on an unbounded stream.
 */
import type { Sort } from '../../logical/plan';
import { APPEND, isAppend, retract } from '../changelog-mode';
import type { PhysicalPlan } from '../plan';
import { PlanError, type PlanContext } from '../planner-context';
import { sortFields } from './rank';

export function planSort(p: Sort, ctx: PlanContext): PhysicalPlan {
  const input = ctx.plan(p.input);
  const offset = p.offset ?? 0;
  const base = { fields: p.fields, inputs: [input] };
  if (ctx.options.mode === 'batch') {
    return {
      ...base,
      op: 'sort',
      mode: APPEND,
      rowtime: [],
      spec: { orderBy: sortFields(p.keys), ...(p.offset ? { offset } : {}), ...(p.limit !== undefined ? { limit: p.limit } : {}) },
    };
  }
  if (p.keys.length === 0) {
    if (p.limit === undefined) return input;
    if (!isAppend(input.mode)) throw new PlanError('LIMIT without ORDER BY over an updating stream is not supported');
    return { ...base, op: 'limit', mode: APPEND, rowtime: input.rowtime, limit: p.limit, offset };
  }
  if (p.limit !== undefined) {
    return {
      ...base,
      op: 'rank',
      mode: retract(true),
      rowtime: [],
      spec: {
        partitionKeys: [],
        orderBy: sortFields(p.keys),
        n: offset + p.limit,
        ...(offset > 0 ? { rankStart: offset + 1 } : {}),
        outputRank: false,
        inputRetracts: !isAppend(input.mode),
      },
    };
  }
  const first = p.keys[0]!;
  if (!input.rowtime.includes(first.index) || first.descending) {
    throw new PlanError('a streaming ORDER BY must start with a time attribute ascending (or add a LIMIT)');
  }
  if (!isAppend(input.mode)) throw new PlanError('ORDER BY on time over an updating stream is not supported');
  return {
    ...base,
    op: 'temporalSort',
    mode: APPEND,
    rowtime: input.rowtime,
    spec: { timeColumn: first.index, thenBy: sortFields(p.keys.slice(1)) },
  };
}
