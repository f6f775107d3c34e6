/** Operators report the entries they hold in state; executor metrics and statement metrics carry them (the plan view's `state` figure). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../engine/catalog/setup';
import { prepareStatement } from '../../../engine/job/prepare-statement';
import { buildGraph } from '../../../engine/planner/build-graph';
import type { Row } from '../../../engine/runtime/changelog';
import { Executor } from '../../../engine/runtime/executor/executor';

async function finalMetrics(sql: string, parallelism = 1) {
  const { manager } = await openCatalogs({ stateDir: mkdtempSync(join(tmpdir(), 'tideline-state-size-')) });
  const plan = prepareStatement(sql, { catalog: 'examples', database: 'marketplace' }, manager).plans[0]!;
  const out: Row[] = [];
  const ex = new Executor(buildGraph(plan, { collect: (_k, rows) => void out.push(...rows), parallelism }).graph, { idleSleepMs: 0, clock: () => 0 });
  while (await ex.step()) {
    /* to the end of the bounded input */
  }
  return { nodes: ex.metrics().nodes, out };
}

const CLICKS = "clicks /*+ OPTIONS('number-of-rows'='2000', 'time-mode'='simulated') */";

test('a GROUP BY holds one state entry per group, at any parallelism', async () => {
  for (const parallelism of [1, 3]) {
    const { nodes, out } = await finalMetrics(`SELECT user_id, COUNT(*) AS n FROM ${CLICKS} GROUP BY user_id`, parallelism);
    const groups = new Set(out.map((r) => r[0])).size;
    const agg = Object.entries(nodes).find(([id]) => /GroupAggregate/.test(id));
    assert.ok(agg, Object.keys(nodes).join(', '));
    assert.equal(agg[1].stateSize, groups, `parallelism ${parallelism}`);
    assert.ok(groups > 10);
  }
});

test('stateless operators report no state figure; a join reports both sides', async () => {
  const { nodes } = await finalMetrics(
    `SELECT c.user_id, o.order_id FROM ${CLICKS} AS c JOIN orders /*+ OPTIONS('number-of-rows'='500', 'time-mode'='simulated') */ AS o ON c.user_id = o.customer_id`,
  );
  const join = Object.entries(nodes).find(([id]) => /Join/.test(id));
  assert.ok(join && (join[1].stateSize ?? 0) > 0, JSON.stringify(join));
  const calc = Object.entries(nodes).find(([id]) => /Calc/.test(id));
  if (calc) assert.equal(calc[1].stateSize, undefined);
});
