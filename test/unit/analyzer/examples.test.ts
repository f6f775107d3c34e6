import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_TABLES } from '../../../engine/catalog';
import { analyzeScript } from '../../../engine/analyzer';
import { printPlan } from '../../../engine/planner/logical/print-plan';
import { examplesCatalog } from './helpers';

describe('the examples catalog type-checks', () => {
  for (const [database, tables] of Object.entries(EXAMPLES_TABLES)) {
    for (const t of tables) {
      test(`SELECT * FROM examples.${database}.${t.name}`, () => {
        const r = analyzeScript(`SELECT * FROM examples.${database}.${t.name}`, examplesCatalog());
        assert.deepEqual(r.diagnostics, []);
        const plan = r.statements[0]?.plan;
        assert.ok(plan);
        assert.equal(plan.kind, 'scan');
        assert.deepEqual(plan.fields.map((f) => f.name), t.columns.map((c) => c.name));
        if (plan.kind === 'scan' && t.watermark) assert.ok(plan.watermark, 'the watermark is bound');
      });
    }
  }
});

describe('examples/quickstart.sql', () => {
  const text = readFileSync(join(__dirname, '../../../../examples/quickstart.sql'), 'utf8');
  const r = analyzeScript(text, examplesCatalog());

  test('has no diagnostics', () => {
    assert.deepEqual(r.diagnostics, []);
  });

  test('plans print as expected', () => {
    const plans = r.statements.map((s) => (s?.plan ? printPlan(s.plan) : undefined));
    const clicks = 'TableScan: examples.marketplace.clicks [click_id, user_id, url, user_agent, view_time, ts], watermark=[ts - INTERVAL \'5\' SECOND]';
    const orders = 'TableScan: examples.marketplace.orders [order_id, customer_id, product_id, quantity, price, order_time], watermark=[order_time - INTERVAL \'5\' SECOND]';
    assert.deepEqual(plans, [
      ['Project: click_id, user_id, url, ts', `  ${clicks}`].join('\n'),
      [
        'Aggregate: groupBy=[customer_id], aggs=[COUNT(*) AS orders, SUM($f6) AS revenue]',
        '  Project: order_id, customer_id, product_id, quantity, price, order_time, price * quantity AS $f6',
        `    ${orders}`,
      ].join('\n'),
      [
        'Aggregate: groupBy=[window_start, window_end, url], aggs=[COUNT(*) AS clicks]',
        '  WindowTableFunction: TUMBLE(time=ts, size=5000 ms)',
        `    ${clicks}`,
      ].join('\n'),
      [
        'Filter: row_num <= 3',
        '  Over: partitionBy=[], orderBy=[revenue DESC], calls=[ROW_NUMBER(*) AS row_num]',
        '    Aggregate: groupBy=[product_id], aggs=[SUM($f6) AS revenue]',
        '      Project: order_id, customer_id, product_id, quantity, price, order_time, price * quantity AS $f6',
        `        ${orders}`,
      ].join('\n'),
    ]);
  });

  test('window_time keeps the rowtime attribute; window_start does not', () => {
    const fields = r.statements[2]?.plan?.kind === 'aggregate' ? r.statements[2].plan.input.fields : [];
    const get = (n: string) => fields.find((f) => f.name === n)?.type;
    assert.equal((get('window_time') as { timeAttribute?: string }).timeAttribute, 'rowtime');
    assert.equal((get('window_start') as { timeAttribute?: string }).timeAttribute, undefined);
    assert.equal((get('ts') as { timeAttribute?: string }).timeAttribute, undefined);
  });
});
