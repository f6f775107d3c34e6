import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allFunctions } from '../../../engine/types/functions';
import { scalarFunction } from '../../../engine/runtime/functions/registry';
import { INLINE_OPERATORS } from '../../../engine/runtime/compile/codegen';
import { hasAggregateFunction } from '../../../engine/runtime/aggregates/registry';

/**
 * Functions of the type table the runtime does not evaluate as scalar calls, and why. A name
 * that appears in the table without a runtime implementation and is not listed here fails.
 */
const NOT_SCALAR_AT_RUNTIME: Record<string, string> = {
  EXISTS: 'planned as a semi-join',
  CURRENT_CATALOG: 'constant-folded by the planner',
  CURRENT_DATABASE: 'constant-folded by the planner',
  SOURCE_WATERMARK: 'a watermark strategy, not a row function',
  OVERLAPS: 'expanded by the analyzer into comparisons',
  CONVERT_TZ: 'not yet',
  PRINTF: 'not yet',
  TUMBLE_START: 'legacy group-window auxiliary, resolved by the planner',
  TUMBLE_END: 'legacy group-window auxiliary, resolved by the planner',
  TUMBLE_ROWTIME: 'legacy group-window auxiliary, resolved by the planner',
  TUMBLE_PROCTIME: 'legacy group-window auxiliary, resolved by the planner',
  HOP_START: 'legacy group-window auxiliary, resolved by the planner',
  HOP_END: 'legacy group-window auxiliary, resolved by the planner',
  HOP_ROWTIME: 'legacy group-window auxiliary, resolved by the planner',
  HOP_PROCTIME: 'legacy group-window auxiliary, resolved by the planner',
  SESSION_START: 'legacy group-window auxiliary, resolved by the planner',
  SESSION_END: 'legacy group-window auxiliary, resolved by the planner',
  SESSION_ROWTIME: 'legacy group-window auxiliary, resolved by the planner',
  SESSION_PROCTIME: 'legacy group-window auxiliary, resolved by the planner',
  GROUP_ID: 'grouping sets, computed by the planner',
  GROUPING: 'grouping sets, computed by the planner',
  GROUPING_ID: 'grouping sets, computed by the planner',
  key: 'a MAP_ENTRIES field name',
  value: 'a MAP_ENTRIES field name',
  window_start: 'a window TVF column',
  window_end: 'a window TVF column',
  window_time: 'a window TVF column',
};

test('every scalar function of the type table has a runtime implementation', () => {
  const missing: string[] = [];
  for (const f of allFunctions()) {
    if (f.kind === 'aggregate') {
      continue;
    }
    if (f.kind === 'window-ranking' || f.kind === 'table') continue;
    if (INLINE_OPERATORS.has(f.name) || scalarFunction(f.name) !== undefined) continue;
    if (f.name in NOT_SCALAR_AT_RUNTIME) continue;
    missing.push(f.name);
  }
  assert.deepEqual(missing, []);
});

test('the common aggregate functions have accumulators', () => {
  for (const name of ['COUNT', 'SUM', 'SUM0', 'AVG', 'MIN', 'MAX', 'FIRST_VALUE', 'LAST_VALUE', 'LISTAGG', 'COLLECT', 'ARRAY_AGG']) {
    assert.ok(hasAggregateFunction(name), name);
  }
});
