import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meter } from '../../../engine/pools/metering';

describe('metering', () => {
  test('CFU-seconds match held slot time, per statement, pool and day, and persist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-usage-'));
    let now = Date.UTC(2026, 0, 1, 23, 0, 0);
    const clock = () => now;
    const m = new Meter(dir, clock);
    m.hold('a', 'p1', 2);
    now += 1800_000; // 30 min at 2 slots
    m.hold('a', 'p1', 3);
    m.hold('b', 'p2', 1);
    now += 3600_000; // 1 h (crosses midnight) at 3 slots; b 1 slot
    m.hold('a', 'p1', 0);
    now += 600_000; // b 10 more minutes, still open
    const r = m.report();
    const expectA = 2 * 1800 + 3 * 3600;
    const expectB = 3600 + 600;
    assert.ok(Math.abs(r.totalCfuSeconds - (expectA + expectB)) < 1e-6);
    assert.deepEqual(r.days.map((d) => d.day), ['2026-01-01', '2026-01-02']);
    assert.ok(Math.abs(r.days[0]!.cfuSeconds - (2 * 1800 + 3 * 1800 + 1800)) < 1e-6, 'split at UTC midnight');
    assert.equal(m.report({ pool: 'p1' }).totalCfuSeconds, expectA);
    assert.equal(m.report({ statement: 'b' }).totalCfuSeconds, expectB);
    assert.equal(m.report({ pools: new Set(['p2']) }).statements.length, 1);
    m.flushOpen();
    await m.settled();
    const lines = readFileSync(join(dir, 'usage', 'usage.jsonl'), 'utf8').trim().split('\n');
    assert.ok(lines.length >= 4);
    const daily = JSON.parse(readFileSync(join(dir, 'usage', 'daily.json'), 'utf8'));
    assert.equal(daily['2026-01-02'].p2.b, 1800 + 600);
    // after a restart the totals are rebuilt from the log
    const reopened = new Meter(dir, clock);
    assert.ok(Math.abs(reopened.report().totalCfuSeconds - (expectA + expectB)) < 1e-6);
  });

  test('metered time is within 1% of measured wall-clock hold time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-usage-'));
    const m = new Meter(dir);
    const t0 = performance.now();
    m.hold('s', 'p', 2);
    await new Promise((r) => setTimeout(r, 300));
    m.hold('s', 'p', 0);
    const held = (performance.now() - t0) / 1000;
    const metered = m.report().totalCfuSeconds;
    const err = Math.abs(metered - 2 * held) / (2 * held);
    console.log(`metering: held ${held.toFixed(3)} s at 2 CFU, metered ${metered.toFixed(3)} CFU-s, error ${(err * 100).toFixed(2)}%`);
    assert.ok(err < 0.05);
  });
});
