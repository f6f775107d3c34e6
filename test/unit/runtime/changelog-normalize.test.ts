import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChangelogNormalizeOperator } from '../../../engine/runtime/operators/changelog-normalize';
import { D, drive, I, UA, UB } from './helpers/memory-source';

test('an upsert stream becomes a full changelog', () => {
  const { out } = drive(new ChangelogNormalizeOperator({ primaryKey: [0] }), [
    [0, I('k1', 1)],
    [0, UA('k1', 2)],
    [0, UA('k1', 2)], // unchanged: nothing
    [0, UB('k1', 2)], // upsert streams carry no -U: ignored
    [0, D('k1', null)], // tombstone with only the key
    [0, D('k2', null)], // unknown key: dropped
    [0, UA('k2', 5)],
  ]);
  assert.deepEqual(out, ['+I(k1, 1)', '-U(k1, 1)', '+U(k1, 2)', '-D(k1, 2)', '+I(k2, 5)']);
});
