/** The binary batch codec keyed subtasks exchange rows with: every run-time value (engine/types/values.ts) comes back as it went. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Row, RowKind } from '../../../../engine/runtime/changelog';
import { BatchEncoder, decodeBatchArrays } from '../../../../engine/runtime/parallel/batch-codec';

const ROWS: Row[] = [
  [null, true, false, 0, -0, 1, -1, 2147483647, -2147483648, 2147483648, 9007199254740991, 0.1, -1.5e300, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
  ['', 'ascii', 'a longer ASCII string over the short-string threshold of the encoder', 'ünïcödé', '日本語のテキスト', '😀 emoji', 'x\uD800y', '\uDC00', 'é'.repeat(500)],
  [new Uint8Array([]), new Uint8Array([0, 1, 255]), [1, 'two', null, [3, [4]]], new Map<string, number>([['a', 1], ['b', 2]]), new Map<number[] | null, string>([[[1, 2], 'row key'], [null, 'null key']])],
  [],
];

test('every value kind, ASCII and UTF-8 strings, strings with lone surrogates, bytes, arrays, rows and maps round-trip with their kinds', () => {
  const kinds = [0, 1, 2, 3] as RowKind[];
  const { buffer, count } = BatchEncoder.encode(kinds, ROWS);
  assert.equal(count, 4);
  const back = decodeBatchArrays(buffer);
  assert.deepEqual(back.kinds, kinds);
  assert.deepEqual(back.rows, ROWS);
  assert.ok(Object.is(back.rows[0]![4], -0), '-0 stays -0');
  assert.ok(back.rows[2]![0] instanceof Uint8Array);
});

test('all-insert batches carry no kinds; a router selection encodes only its target\'s rows, in order', () => {
  const rows: Row[] = Array.from({ length: 3000 }, (_, i) => [i, `k${i % 7}`, 'ü'.repeat(i % 50)]);
  const select = Uint16Array.from(rows, (_, i) => i % 3);
  const parts = [0, 1, 2].map((t) => BatchEncoder.encode(undefined, rows, select, t));
  assert.deepEqual(parts.map((p) => p.count), [1000, 1000, 1000]);
  const back = parts.map((p) => decodeBatchArrays(p.buffer));
  assert.equal(back[1]!.kinds, undefined);
  assert.deepEqual(back[1]!.rows, rows.filter((_, i) => i % 3 === 1));
  // Buffers are standalone (transferable), sized to their bytes.
  assert.ok(parts.every((p) => p.buffer.byteLength > 0 && p.buffer.byteLength < 200_000));
});

test('a value that is not a run-time value is refused with what it was', () => {
  assert.throws(() => BatchEncoder.encode(undefined, [[{ a: 1 } as never]]), /not a run-time value/);
});
