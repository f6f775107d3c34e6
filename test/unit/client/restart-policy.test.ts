import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartPolicy } from '../../../client/restart-policy';

const options = { maxRestarts: 3, windowMs: 60_000, initialDelayMs: 500, maxDelayMs: 1_500 };

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

test('restarts with doubling, capped delays, then gives up within the window', () => {
  const c = clock();
  const policy = new RestartPolicy(options, c.now);
  assert.deepEqual(policy.onCrash(), { restart: true, attempt: 1, of: 3, delayMs: 500 });
  c.advance(1_000);
  assert.deepEqual(policy.onCrash(), { restart: true, attempt: 2, of: 3, delayMs: 1_000 });
  c.advance(1_000);
  assert.deepEqual(policy.onCrash(), { restart: true, attempt: 3, of: 3, delayMs: 1_500 });
  c.advance(1_000);
  assert.deepEqual(policy.onCrash(), { restart: false, crashes: 4, windowMs: 60_000 });
});

test('crashes older than the window are forgotten', () => {
  const c = clock();
  const policy = new RestartPolicy(options, c.now);
  policy.onCrash();
  policy.onCrash();
  policy.onCrash();
  c.advance(60_000);
  assert.deepEqual(policy.onCrash(), { restart: true, attempt: 1, of: 3, delayMs: 500 });
});

test('reset() gives a clean slate', () => {
  const c = clock();
  const policy = new RestartPolicy(options, c.now);
  for (let i = 0; i < 4; i++) policy.onCrash();
  policy.reset();
  assert.equal(policy.onCrash().restart, true);
});
