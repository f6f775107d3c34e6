import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { E } from '../../../engine/expr/expr';
import type { LogicalPlan } from '../../../engine/planner/logical/plan';
import { planPhysical } from '../../../engine/planner/physical/plan-physical';
import type { ScanNode } from '../../../engine/planner/physical/plan';
import { printPhysicalPlan } from '../../../engine/planner/physical/print-physical';
import { readSourceColumns } from '../../../engine/planner/physical/rules/scan';
import { T } from '../../../engine/types/logical-type';
import { project, ref, scan, table } from './plan-helpers';

const ts = T.timestamp(3, true, 'rowtime');
const clicks = table(
  'clicks',
  [
    { kind: 'physical', name: 'user_id', type: T.bigint() },
    { kind: 'physical', name: 'url', type: T.string() },
    { kind: 'physical', name: 'ts', type: ts },
  ],
  { connector: 'datagen' },
  { watermark: { column: 'ts', expression: "ts - INTERVAL '5' SECOND", delayMs: 5000 } },
);
const clicksScan = scan(clicks, { watermark: { column: 2, expr: E.input(2, ts, 'ts'), delayMs: 5000 } });

function plan(p: LogicalPlan, mode: 'streaming' | 'batch' = 'streaming'): string {
  return printPhysicalPlan(planPhysical(p, { mode }));
}

describe('physical planning', () => {
  test('projection and filter are pushed into the scan; the rowtime survives a plain copy', () => {
    const filtered: LogicalPlan = { kind: 'filter', input: clicksScan, fields: clicksScan.fields, condition: E.call('>', T.boolean(), ref(clicksScan, 'user_id'), E.lit(10, T.int())) };
    const p = project(filtered, [[ref(filtered, 'url'), 'url'], [ref(filtered, 'ts'), 'ts']]);
    assert.equal(
      plan(p),
      "TableSourceScan(table=[mem.db.clicks], fields=[user_id, url, ts], project=[url, ts], filter=[user_id > 10], watermark=[ts - INTERVAL '5' SECOND]) changelogMode=[I] rowtime=[ts] watermark=generates",
    );
  });

  test('the connector is told the columns a scan reads: projection, filter and watermark', () => {
    const read = (p: LogicalPlan) => {
      const s = planPhysical(p, { mode: 'streaming' });
      assert.equal(s.op, 'scan');
      return readSourceColumns(s as ScanNode);
    };
    assert.deepEqual(read(project(clicksScan, [[ref(clicksScan, 'user_id'), 'user_id']])), [0, 2]);
    const filtered: LogicalPlan = { kind: 'filter', input: clicksScan, fields: clicksScan.fields, condition: E.call('>', T.boolean(), ref(clicksScan, 'url'), E.lit('a', T.string())) };
    assert.deepEqual(read(project(filtered, [[ref(filtered, 'ts'), 'ts']])), [1, 2]);
    assert.equal(read(clicksScan), undefined);
  });

  test('GROUP BY over an append-only stream emits retractions keyed by the group', () => {
    const agg: LogicalPlan = {
      kind: 'aggregate',
      input: clicksScan,
      groupKeys: [1],
      aggs: [{ fn: 'COUNT', args: [], distinct: false, type: T.bigint(false), name: 'cnt' }],
      fields: [{ name: 'url', type: T.string() }, { name: 'cnt', type: T.bigint(false) }],
    };
    assert.equal(
      plan(agg),
      [
        'GroupAggregate(groupBy=[url], select=[COUNT(*) AS cnt]) changelogMode=[I,UB,UA] upsertKey=[url]',
        "  TableSourceScan(table=[mem.db.clicks], fields=[user_id, url, ts], project=[url], watermark=[ts - INTERVAL '5' SECOND]) changelogMode=[I] watermark=generates",
      ].join('\n'),
    );
  });

  test('GROUP BY window_start, window_end over TUMBLE is an insert-only window aggregate', () => {
    const n = clicksScan.fields.length;
    const tvf: LogicalPlan = {
      kind: 'windowTvf',
      input: clicksScan,
      window: 'TUMBLE',
      timeColumn: 2,
      sizeMs: 60_000,
      partitionKeys: [],
      fields: [...clicksScan.fields, { name: 'window_start', type: T.timestamp(3, false) }, { name: 'window_end', type: T.timestamp(3, false) }, { name: 'window_time', type: ts }],
    };
    const agg: LogicalPlan = {
      kind: 'aggregate',
      input: tvf,
      groupKeys: [n, n + 1, 1],
      aggs: [{ fn: 'COUNT', args: [], distinct: false, type: T.bigint(false), name: 'clicks' }],
      fields: [tvf.fields[n]!, tvf.fields[n + 1]!, { name: 'url', type: T.string() }, { name: 'clicks', type: T.bigint(false) }],
    };
    assert.equal(
      plan(agg),
      [
        'Calc(select=[window_start, window_end, url, clicks]) changelogMode=[I]',
        '  WindowAggregate(window=[TUMBLE(time=[ts], size=[60000 ms])], groupBy=[url], select=[COUNT(*) AS clicks]) changelogMode=[I] rowtime=[window_time] watermark=requires',
        "    TableSourceScan(table=[mem.db.clicks], fields=[user_id, url, ts], project=[url, ts], watermark=[ts - INTERVAL '5' SECOND]) changelogMode=[I] rowtime=[ts] watermark=generates",
      ].join('\n'),
    );
  });

  test('ROW_NUMBER() <= N is a Top-N; dropping the number over rowtime DESC with N = 1 is a keep-last dedup', () => {
    const over: LogicalPlan = {
      kind: 'over',
      input: clicksScan,
      partitionKeys: [0],
      orderBy: [{ index: 2, descending: true, nullsFirst: false }],
      calls: [{ fn: 'ROW_NUMBER', args: [], distinct: false, type: T.bigint(false), name: 'rn' }],
      fields: [...clicksScan.fields, { name: 'rn', type: T.bigint(false) }],
    };
    const top3: LogicalPlan = { kind: 'filter', input: over, fields: over.fields, condition: E.call('<=', T.boolean(), E.input(3, T.bigint(false)), E.lit(3, T.int())) };
    assert.equal(
      plan(top3).split('\n')[0],
      'Rank(partitionBy=[user_id], orderBy=[ts DESC], rankRange=[1..3], rankColumn=[true]) changelogMode=[I,UB,UA,D]',
    );
    const first: LogicalPlan = { kind: 'filter', input: over, fields: over.fields, condition: E.call('=', T.boolean(), E.input(3, T.bigint(false)), E.lit(1, T.int())) };
    const dedup = project(first, [[ref(first, 'user_id'), 'user_id'], [ref(first, 'url'), 'url']]);
    assert.equal(
      plan(dedup).split('\n').slice(0, 2).join('\n'),
      [
        'Calc(select=[user_id, url]) changelogMode=[I,UB,UA] upsertKey=[user_id]',
        '  Deduplicate(keys=[user_id], keep=[LastRow], order=[ts]) changelogMode=[I,UB,UA] upsertKey=[user_id] watermark=requires',
      ].join('\n'),
    );
  });

  test('an upsert table is read through ChangelogNormalize', () => {
    const users = table(
      'users',
      [
        { kind: 'physical', name: 'id', type: T.bigint(false) },
        { kind: 'physical', name: 'name', type: T.string() },
      ],
      {},
      { primaryKey: { columns: ['id'] }, changelog: 'upsert' },
    );
    assert.equal(
      plan(scan(users)),
      [
        'ChangelogNormalize(key=[id]) changelogMode=[I,UB,UA,D] upsertKey=[id]',
        '  TableSourceScan(table=[mem.db.users], fields=[id, name]) changelogMode=[I,UA,D] upsertKey=[id]',
      ].join('\n'),
    );
  });

  test('interval bounds between two rowtimes make an interval join', () => {
    const n = clicksScan.fields.length;
    const both = [...clicksScan.fields, ...clicksScan.fields];
    const lt = E.input(2, ts);
    const rt = E.input(n + 2, ts);
    const hour = E.lit(3_600_000, { kind: 'INTERVAL_DAY_TIME', nullable: false, resolution: 'SECOND', precision: 2, fractionalPrecision: 6 } as never);
    const join: LogicalPlan = {
      kind: 'join',
      joinKind: 'inner',
      left: clicksScan,
      right: clicksScan,
      condition: E.call(
        'AND',
        T.boolean(),
        E.call('=', T.boolean(), E.input(0, T.bigint()), E.input(n, T.bigint())),
        E.call('AND', T.boolean(), E.call('>=', T.boolean(), lt, rt), E.call('<=', T.boolean(), lt, E.call('+', ts, rt, hour))),
      ),
      equiKeys: [{ left: 0, right: 0 }],
      fields: both,
    };
    assert.equal(
      plan(join).split('\n')[0],
      'IntervalJoin(type=[INNER], leftKeys=[user_id], rightKeys=[user_id], bounds=[0 ms <= ts - ts <= 3600000 ms]) changelogMode=[I] rowtime=[ts, ts] watermark=requires',
    );
  });

  test('a projection over a join reads only what it and the join need from each input (pruned through a filter, which joins the condition)', () => {
    const n = clicksScan.fields.length;
    const join: LogicalPlan = {
      kind: 'join',
      joinKind: 'inner',
      left: clicksScan,
      right: clicksScan,
      condition: E.call('=', T.boolean(), E.input(0, T.bigint()), E.input(n, T.bigint())),
      equiKeys: [{ left: 0, right: 0 }],
      fields: [...clicksScan.fields, ...clicksScan.fields],
    };
    const filtered: LogicalPlan = { kind: 'filter', input: join, fields: join.fields, condition: E.call('>', T.boolean(), E.input(n + 2, ts), E.input(2, ts)) };
    const p = project(filtered, [[E.input(1, T.string(), 'url'), 'url']]);
    assert.equal(
      plan(p),
      [
        'Calc(select=[url]) changelogMode=[I]',
        '  Join(type=[INNER], leftKeys=[user_id], rightKeys=[user_id], where=[ts > ts]) changelogMode=[I]',
        "    TableSourceScan(table=[mem.db.clicks], fields=[user_id, url, ts], watermark=[ts - INTERVAL '5' SECOND]) changelogMode=[I] rowtime=[ts] watermark=generates",
        "    TableSourceScan(table=[mem.db.clicks], fields=[user_id, url, ts], project=[user_id, ts], watermark=[ts - INTERVAL '5' SECOND]) changelogMode=[I] rowtime=[ts] watermark=generates",
      ].join('\n'),
    );
  });

  test('BETWEEN on the two rowtimes is read as interval bounds', () => {
    const n = clicksScan.fields.length;
    const lt = E.input(2, ts);
    const rt = E.input(n + 2, ts);
    const minute = E.lit(60_000, { kind: 'INTERVAL_DAY_TIME', nullable: false, resolution: 'SECOND', precision: 2, fractionalPrecision: 6 } as never);
    const join: LogicalPlan = {
      kind: 'join',
      joinKind: 'left',
      left: clicksScan,
      right: clicksScan,
      condition: E.call('BETWEEN', T.boolean(), lt, E.call('-', ts, rt, minute), rt),
      equiKeys: [],
      fields: [...clicksScan.fields, ...clicksScan.fields],
    };
    assert.equal(
      plan(join).split('\n')[0],
      'IntervalJoin(type=[LEFT], leftKeys=[], rightKeys=[], bounds=[-60000 ms <= ts - ts <= 0 ms]) changelogMode=[I] rowtime=[ts, ts] watermark=requires',
    );
  });

  test('an ORDER BY on a non-time column fails in streaming and sorts in batch', () => {
    const sort: LogicalPlan = { kind: 'sort', input: clicksScan, keys: [{ index: 1, descending: false, nullsFirst: true }], fields: clicksScan.fields };
    assert.throws(() => plan(sort), /must start with a time attribute/);
    assert.match(plan(sort, 'batch'), /^Sort\(orderBy=\[url ASC\]\) changelogMode=\[I\]/);
  });
});
