/** Statement metrics from executor metrics: rows, late rows, hints when nothing comes out, a stalled watermark. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openCatalogs } from '../../../engine/catalog/setup';
import { prepareStatement } from '../../../engine/job/prepare-statement';
import { StatementMeter } from '../../../engine/job/statement-metrics';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const node = (recordsIn: number, recordsOut: number, extra: { watermark?: number; lateDropped?: number; errors?: number; splits?: number; backlog?: number } = {}) => ({
  recordsIn,
  recordsOut,
  lateDropped: extra.lateDropped ?? 0,
  ...(extra.splits !== undefined ? { splits: extra.splits } : {}),
  ...(extra.backlog !== undefined ? { backlog: extra.backlog } : {}),
  ...(extra.errors !== undefined ? { errors: extra.errors } : {}),
  ...(extra.watermark !== undefined ? { watermark: extra.watermark } : {}),
});

async function plansOf(sql: string) {
  const { manager } = await openCatalogs({ stateDir: mkdtempSync(join(tmpdir(), 'tideline-metrics-')) });
  return prepareStatement(sql, { catalog: 'examples', database: 'marketplace' }, manager).plans;
}

describe('statement metrics', () => {
  test('a window that has not fired, late rows, and a stalled watermark are said in plain words', async () => {
    const plans = await plansOf(
      "SELECT window_start, COUNT(*) AS n FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '5' SECOND)) GROUP BY window_start, window_end",
    );
    let now = 0;
    const m = new StatementMeter(plans, () => now);
    const wm = Date.UTC(2026, 0, 1, 12, 0, 3);
    m.update({ '1-Source:clicks': node(0, 40, { watermark: wm }), '2-WindowAggregate': node(40, 0, { watermark: wm }), '3-Collect': node(0, 0, { watermark: wm }) });
    const v = m.view();
    assert.equal(v.rows, 0);
    assert.deepEqual(v.hints, ['the watermark (12:00:03) has not passed the end of the first window yet, so no window has fired']);
    assert.deepEqual(v.operators.map((o) => o.id), ['1-Source:clicks', '2-WindowAggregate', '3-Collect']);
    // the state figure the executor reports per operator travels to the plan view
    m.update({ '1-Source:clicks': node(0, 40, { watermark: wm }), '2-WindowAggregate': { ...node(40, 0, { watermark: wm }), stateSize: 7 }, '3-Collect': node(0, 0, { watermark: wm }) });
    assert.deepEqual(m.view().operators.map((o) => o.stateSize), [undefined, 7, undefined]);

    // a quiet split of the source is named
    m.update({ '1-Source:clicks': { ...node(0, 40, { watermark: wm }), quietSplits: ['p2'] }, '2-WindowAggregate': node(40, 0, { watermark: wm }), '3-Collect': node(0, 0, { watermark: wm }) });
    assert.equal(m.view().hints![0], "source split clicks#p2 is idle and holds the watermark back (set 'scan.idle-timeout')");

    now = 1000;
    m.update({ '1-Source:clicks': node(0, 120, { watermark: wm }), '2-WindowAggregate': node(120, 0, { watermark: wm, lateDropped: 120 }), '3-Collect': node(0, 0, { watermark: wm }) });
    assert.equal(m.view().hints![0], 'all 120 rows so far were late');
    assert.equal(m.view().lateRows, 120);

    // rows keep arriving, the watermark stays: stalled after the threshold, not before
    assert.equal(m.watermarkStall(5000), undefined);
    now = 6000;
    m.update({ '1-Source:clicks': node(0, 300, { watermark: wm }), '2-WindowAggregate': node(300, 0, { watermark: wm }), '3-Collect': node(0, 0, { watermark: wm }) });
    assert.match(m.watermarkStall(5000)!, /^the watermark has stayed at 12:00:03 for 6 s while rows keep arriving/);
    now = 7000;
    m.update({ '1-Source:clicks': node(0, 310, { watermark: wm + 10_000 }), '2-WindowAggregate': node(310, 3, { watermark: wm + 10_000 }), '3-Collect': node(3, 0, { watermark: wm + 10_000 }) });
    assert.equal(m.watermarkStall(5000), undefined);
    const after = m.view();
    assert.equal(after.rows, 3);
    assert.equal(after.hints, undefined, 'no hints once rows come out');
    assert.equal(after.watermark, wm + 10_000);
  });

  test('a filter that lets nothing through, and load for the autoscaler', async () => {
    const plans = await plansOf("SELECT * FROM clicks WHERE url = 'nothing'");
    let now = 0;
    const m = new StatementMeter(plans, () => now);
    m.update({ '1-Source:clicks': node(0, 0, { splits: 4, backlog: 1000 }), '2-Calc': node(0, 0), '3-Collect': node(0, 0) }, 0);
    now = 1000;
    m.update({ '1-Source:clicks': node(0, 500, { splits: 4, backlog: 1500 }), '2-Calc': node(500, 0), '3-Collect': node(0, 0) }, 100);
    assert.match(m.view().hints![0]!, /^500 rows were read but none reached the result/);
    now = 2000;
    m.update({ '1-Source:clicks': node(0, 1000, { splits: 4, backlog: 1500 }), '2-Calc': node(1000, 0), '3-Collect': node(0, 0) }, 100);
    const load = m.load(2);
    // arrived: 1 000 waiting at 0 s, 500 read + 1 500 waiting at 1 s, 1 000 read + 1 500 waiting at 2 s
    assert.equal(load.inputRate, 750);
    assert.equal(load.backlog, 1500);
    assert.equal(load.splits, 4);
    // 500 rows read in 100 ms of rounds that read some: 5 000 rec/s busy, over 2 subtasks
    assert.equal(load.throughputPerSlot, 2500);
    assert.equal(load.idleForMs, 0);
    now = 2500;
    m.update({ '1-Source:clicks': node(0, 1000, { splits: 4, backlog: 0 }), '2-Calc': node(1000, 0), '3-Collect': node(0, 0) }, 1);
    assert.equal(m.load(2).idleForMs, 500, 'nothing read for 500 ms');
  });

  test('a source whose readers cannot tell their backlog: the read rate is the input rate', async () => {
    const plans = await plansOf("SELECT * FROM clicks WHERE url = 'nothing'");
    let now = 0;
    const m = new StatementMeter(plans, () => now);
    m.update({ '1-Source:clicks': node(0, 0), '2-Calc': node(0, 0), '3-Collect': node(0, 0) }, 0);
    now = 1000;
    m.update({ '1-Source:clicks': node(0, 500), '2-Calc': node(500, 0), '3-Collect': node(0, 0) }, 50);
    const load = m.load(1);
    assert.equal(load.inputRate, 500);
    assert.equal(load.backlog, 0);
    assert.equal(load.splits, 1, 'a source that does not say counts one split');
  });
});
