import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TemporalJoinOperator } from '../../../engine/runtime/operators/temporal-join';
import { D, drive, I, UA, UB } from './helpers/memory-source';

// orders (id, currency, time) JOIN rates FOR SYSTEM_TIME AS OF orders.time: rates (currency, rate, time).
const op = (type: 'INNER' | 'LEFT') =>
  new TemporalJoinOperator({ type, leftKeys: [1], rightKeys: [0], leftTime: 2, rightTime: 2, rightArity: 3 });

test('each order joins the rate valid at its time, once the watermark passes it', () => {
  const { out } = drive(op('INNER'), [
    [1, I('EUR', 1.1, 0)],
    [0, ['o1', 'EUR', 5]],
    [1, UB('EUR', 1.1, 0)],
    [1, UA('EUR', 1.2, 10)],
    [0, ['o2', 'EUR', 12]],
    [0, ['o3', 'EUR', 8]],
    [0, ['o4', 'USD', 8]],
    { watermark: 20 },
  ]);
  assert.deepEqual(out, ['+I(o1, EUR, 5, EUR, 1.1, 0)', '+I(o3, EUR, 8, EUR, 1.1, 0)', '+I(o2, EUR, 12, EUR, 1.2, 10)']);
});

test('LEFT temporal join pads orders without a valid version, including after a delete', () => {
  const { out } = drive(op('LEFT'), [
    [1, I('EUR', 1.1, 10)],
    [1, D('EUR', 1.1, 20)],
    [0, ['o1', 'EUR', 5]],
    [0, ['o2', 'EUR', 15]],
    [0, ['o3', 'EUR', 25]],
    { watermark: 30 },
  ]);
  assert.deepEqual(out, ['+I(o1, EUR, 5, null, null, null)', '+I(o2, EUR, 15, EUR, 1.1, 10)', '+I(o3, EUR, 25, null, null, null)']);
});

test('probe rows wait for the watermark', () => {
  const { out } = drive(op('INNER'), [[1, I('EUR', 1.1, 0)], [0, ['o1', 'EUR', 5]], { watermark: 4 }]);
  assert.deepEqual(out, []);
});
