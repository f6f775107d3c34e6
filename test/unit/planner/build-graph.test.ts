import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { E } from '../../../engine/expr/expr';
import type { LogicalPlan } from '../../../engine/planner/logical/plan';
import { T } from '../../../engine/types/logical-type';
import { project, ref, runPlan, scan, table } from './plan-helpers';

const values: LogicalPlan = {
  kind: 'values',
  rows: [
    ['a', 1],
    ['b', 2],
    ['a', 3],
  ].map(([k, v]) => [E.lit(k!, T.string(false)), E.lit(v!, T.int(false))]),
  fields: [{ name: 'k', type: T.string(false) }, { name: 'v', type: T.int(false) }],
};

describe('physical plan -> dataflow graph -> executor', () => {
  test('GROUP BY over VALUES gives the exact changelog', async () => {
    const agg: LogicalPlan = {
      kind: 'aggregate',
      input: values,
      groupKeys: [0],
      aggs: [{ fn: 'SUM', args: [1], distinct: false, type: T.int(false), name: 's' }],
      fields: [values.fields[0]!, { name: 's', type: T.int(false) }],
    };
    assert.deepEqual(await runPlan(agg), ['+I["a",1]', '+I["b",2]', '-U["a",1]', '+U["a",4]']);
  });

  test('a datagen scan with a computed column, a pushed-down filter and a bounded sequence', async () => {
    const t = table(
      'seq',
      [
        { kind: 'physical', name: 'id', type: T.bigint(false) },
        { kind: 'computed', name: 'odd', type: T.bigint(false), expression: 'id % 2' },
      ],
      { connector: 'datagen', 'fields.id.kind': 'sequence', 'fields.id.start': '1', 'fields.id.end': '5', 'rows-per-second': '1000000' },
    );
    const s = scan(t, { computed: [{ index: 1, expr: E.call('%', T.bigint(false), E.input(0, T.bigint(false), 'id'), E.lit(2, T.int(false))) }] });
    const f: LogicalPlan = { kind: 'filter', input: s, fields: s.fields, condition: E.call('=', T.boolean(), ref(s, 'odd'), E.lit(1, T.int(false))) };
    const p = project(f, [[ref(f, 'id'), 'id']]);
    assert.deepEqual(await runPlan(p), ['+I[1]', '+I[3]', '+I[5]']);
  });

  test('batch mode: a global aggregate over empty input still emits its row', async () => {
    const empty: LogicalPlan = { kind: 'filter', input: values, fields: values.fields, condition: E.lit(false, T.boolean()) };
    const agg: LogicalPlan = {
      kind: 'aggregate',
      input: empty,
      groupKeys: [],
      aggs: [{ fn: 'COUNT', args: [], distinct: false, type: T.bigint(false), name: 'c' }],
      fields: [{ name: 'c', type: T.bigint(false) }],
    };
    assert.deepEqual(await runPlan(agg, { mode: 'batch' }), ['+I[0]']);
  });
});
