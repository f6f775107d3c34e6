/** Legacy group windows (GROUP BY TUMBLE/HOP/SESSION(...) with their _START/_END/_ROWTIME auxiliaries) plan as window aggregates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectOne, planOf } from './helpers';

test('GROUP BY SESSION(ts, gap) is a window TVF grouped by window_start, window_end and the other keys; SESSION_START/_END read them', () => {
  const p = planOf(
    "SELECT user_id, COUNT(*) AS n, SESSION_START(ts, INTERVAL '10' SECOND) AS s, SESSION_END(ts, INTERVAL '10' SECOND) AS e FROM clicks GROUP BY user_id, SESSION(ts, INTERVAL '10' SECOND)",
  );
  assert.match(p, /Project: user_id, n, window_start AS s, window_end AS e\n {2}Aggregate: groupBy=\[user_id, window_start, window_end\], aggs=\[COUNT\(\*\) AS n\]\n {4}WindowTableFunction: SESSION\(time=ts, gap=10000 ms\)/);
});

test('TUMBLE with an offset, HOP, and _ROWTIME grouping window_time too; a WHERE stays under the window', () => {
  assert.match(
    planOf("SELECT TUMBLE_ROWTIME(ts, INTERVAL '1' MINUTE, INTERVAL '5' SECOND) AS t, COUNT(*) FROM clicks WHERE user_id > 3 GROUP BY TUMBLE(ts, INTERVAL '1' MINUTE, INTERVAL '5' SECOND)"),
    /Aggregate: groupBy=\[window_start, window_end, window_time\].*\n {4}WindowTableFunction: TUMBLE\(time=ts, size=60000 ms, offset=5000 ms\)\n {6}Filter: user_id > 3/,
  );
  assert.match(
    planOf("SELECT HOP_END(ts, INTERVAL '5' SECOND, INTERVAL '1' MINUTE) AS e, MAX(user_id) FROM clicks GROUP BY HOP(ts, INTERVAL '5' SECOND, INTERVAL '1' MINUTE)"),
    /WindowTableFunction: HOP\(time=ts, size=60000 ms, slide=5000 ms\)/,
  );
});

test('mistakes are located: a window on a non-time column, an auxiliary of another window kind', () => {
  expectOne("SELECT COUNT(*) FROM clicks GROUP BY TUMBLE(view_time, INTERVAL '1' MINUTE)", 'not-a-time-attribute', 'view_time', /The group window TUMBLE needs a time attribute .* but got INT/);
  expectOne(
    "SELECT HOP_START(ts, INTERVAL '1' MINUTE, INTERVAL '2' MINUTE), COUNT(*) FROM clicks GROUP BY TUMBLE(ts, INTERVAL '1' MINUTE)",
    'group-window',
    "HOP_START(ts, INTERVAL '1' MINUTE, INTERVAL '2' MINUTE)",
    /HOP_START reads a HOP group window, but the GROUP BY has TUMBLE\(\.\.\.\)/,
  );
});
