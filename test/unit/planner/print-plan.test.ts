import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES_TABLES } from '../../../engine/catalog';
import { E } from '../../../engine/expr/expr';
import { printPlan } from '../../../engine/planner/logical/print-plan';
import type { LogicalPlan, TableScan } from '../../../engine/planner/logical/plan';
import { T } from '../../../engine/types/logical-type';

describe('logical plan printing', () => {
  const clicks = EXAMPLES_TABLES['marketplace'].find((t) => t.name === 'clicks')!;
  const fields = clicks.columns.map((c) => ({ name: c.name, type: c.type }));
  const scan: TableScan = {
    kind: 'scan',
    path: { catalog: 'examples', database: 'marketplace', name: 'clicks' },
    table: clicks,
    computed: [],
    fields,
  };
  const url = fields.findIndex((f) => f.name === 'url');
  const ts = fields.findIndex((f) => f.name === 'ts');

  test('a window aggregation prints as an indented tree with names, not positions', () => {
    const tvf: LogicalPlan = {
      kind: 'windowTvf',
      input: scan,
      window: 'TUMBLE',
      timeColumn: ts,
      sizeMs: 60_000,
      partitionKeys: [],
      fields: [...fields, { name: 'window_start', type: T.timestamp(3, false) }, { name: 'window_end', type: T.timestamp(3, false) }, { name: 'window_time', type: T.timestamp(3, false, 'rowtime') }],
    };
    const filter: LogicalPlan = {
      kind: 'filter',
      input: tvf,
      condition: E.call('IS NOT NULL', T.boolean(false), E.input(url, T.string())),
      fields: tvf.fields,
    };
    const ws = fields.length;
    const agg: LogicalPlan = {
      kind: 'aggregate',
      input: filter,
      groupKeys: [ws, ws + 1, url],
      aggs: [{ fn: 'COUNT', args: [], distinct: false, type: T.bigint(false), name: 'clicks' }],
      fields: [
        { name: 'window_start', type: T.timestamp(3, false) },
        { name: 'window_end', type: T.timestamp(3, false) },
        { name: 'url', type: T.string() },
        { name: 'clicks', type: T.bigint(false) },
      ],
    };
    assert.equal(
      printPlan(agg),
      [
        'Aggregate: groupBy=[window_start, window_end, url], aggs=[COUNT(*) AS clicks]',
        '  Filter: url IS NOT NULL',
        '    WindowTableFunction: TUMBLE(time=ts, size=60000 ms)',
        '      TableScan: examples.marketplace.clicks [click_id, user_id, url, user_agent, view_time, ts]',
      ].join('\n'),
    );
    assert.match(printPlan(agg, { types: true }).split('\n')[0], /:: window_start TIMESTAMP\(3\) NOT NULL, .*clicks BIGINT NOT NULL$/);
  });
});
