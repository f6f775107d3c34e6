import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean, expectOne, planOf } from './helpers';

describe('window table functions', () => {
  test('positional and named arguments', () => {
    expectClean("SELECT * FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE))");
    expectClean("SELECT * FROM TABLE(TUMBLE(DATA => TABLE clicks, TIMECOL => DESCRIPTOR(ts), SIZE => INTERVAL '1' MINUTE))");
    assert.match(
      planOf("SELECT window_start, window_end, window_time FROM TABLE(HOP(TABLE clicks, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '1' MINUTE))"),
      /WindowTableFunction: HOP\(time=ts, size=60000 ms, slide=5000 ms\)/,
    );
    assert.match(
      planOf("SELECT * FROM TABLE(CUMULATE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '1' HOUR))"),
      /WindowTableFunction: CUMULATE\(time=ts, size=3600000 ms, step=60000 ms\)/,
    );
    assert.match(
      planOf("SELECT * FROM TABLE(SESSION(TABLE clicks PARTITION BY user_id, DESCRIPTOR(ts), INTERVAL '5' MINUTE))"),
      /WindowTableFunction: SESSION\(time=ts, gap=300000 ms, partitionBy=\[user_id\]\)/,
    );
  });
  test('the time column must be a time attribute', () => {
    expectOne(
      "SELECT * FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(view_time), INTERVAL '1' MINUTE))",
      'not-a-time-attribute',
      'view_time',
      /The window function TUMBLE requires the time column 'view_time' to be a time attribute .* but it is INT/,
    );
  });
  test('size must be an interval', () => {
    expectOne("SELECT * FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), 60))", 'window-argument-type', '60', /The SIZE argument of TUMBLE must be an interval literal such as INTERVAL '1' MINUTE, but is INT NOT NULL/);
    expectOne("SELECT * FROM TABLE(HOP(TABLE clicks, DESCRIPTOR(ts), 'x', INTERVAL '1' MINUTE))", 'window-argument-type', "'x'", /The SLIDE argument of HOP must be an interval literal/);
    expectOne("SELECT * FROM TABLE(SESSION(TABLE clicks, DESCRIPTOR(ts), 5))", 'window-argument-type', '5', /The GAP argument of SESSION must be an interval/);
  });
  test('DESCRIPTOR naming an unknown column, with did-you-mean', () => {
    const d = expectOne("SELECT * FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(tss), INTERVAL '1' MINUTE))", 'unknown-column', 'tss', /Column 'tss' not found in the DESCRIPTOR of TUMBLE, did you mean 'ts'\?/);
    assert.equal(d.fixes?.[0]?.newText, 'ts');
  });
  test('unknown named argument and missing arguments', () => {
    expectOne("SELECT * FROM TABLE(TUMBLE(DATA => TABLE clicks, TIMECOL => DESCRIPTOR(ts), SIZ => INTERVAL '1' MINUTE))", 'unknown-argument', 'SIZ', /TUMBLE has no parameter named 'SIZ', did you mean 'SIZE'\?/);
    expectOne("SELECT * FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts)))", 'wrong-argument-count', 'TUMBLE(TABLE clicks, DESCRIPTOR(ts))', /TUMBLE is missing its SIZE argument/);
  });
  test('window columns: window_time keeps the time attribute through a subquery', () => {
    expectClean(
      "SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE (SELECT * FROM clicks), DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end".replace('TABLE (SELECT * FROM clicks)', 'TABLE clicks'),
    );
  });
});
