/** statements/explain's graph: each node's EXPLAIN line is its own (a scan's fused Calc, the collector). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../engine/catalog/setup';
import { explainGraph } from '../../../engine/job/explain-graph';
import { prepareStatement } from '../../../engine/job/prepare-statement';

async function graphOf(sql: string) {
  const { manager } = await openCatalogs({ stateDir: mkdtempSync(join(tmpdir(), 'tideline-explain-graph-')) });
  return explainGraph(prepareStatement(sql, { catalog: 'examples', database: 'marketplace' }, manager).plans);
}

test('a filtered scan: the source, its Calc and the collector each say what they are', async () => {
  const g = await graphOf('SELECT user_id, UPPER(url) AS u FROM clicks WHERE user_id > 5');
  const details = Object.fromEntries(g.nodes.map((n) => [n.name, n.detail ?? '']));
  assert.match(details['Source:clicks']!, /^TableSourceScan\(table=\[examples\.marketplace\.clicks\]/);
  assert.match(details['Calc']!, /^Calc\(select=\[.*UPPER.*\], where=\[.*user_id.*5.*\]\)$/);
  assert.equal(details['Collect'], 'Collect(results to the client)');
});

test('an aggregate keeps its own line', async () => {
  const g = await graphOf('SELECT user_id, COUNT(*) AS n FROM clicks GROUP BY user_id');
  const agg = g.nodes.find((n) => n.name === 'GroupAggregate');
  assert.match(agg?.detail ?? '', /^GroupAggregate\(/);
  assert.equal(g.nodes.find((n) => n.name === 'Collect')?.detail, 'Collect(results to the client)');
});
