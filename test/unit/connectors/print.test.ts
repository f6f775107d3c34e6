import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createPrintSink, printConnector, setPrintOutput } from '../../../engine/connectors/sinks/print-connector';
import { BlackholeSink } from '../../../engine/connectors/sinks/blackhole-connector';
import { RowKind } from '../../../engine/runtime/changelog';
import { T } from '../../../engine/types/logical-type';
import { table } from './source-helpers';

describe('print sink', () => {
  const cols = [
    { name: 'a', type: T.int() },
    { name: 'b', type: T.string() },
    { name: 'p', type: T.decimal(10, 2) },
    { name: 'ts', type: T.timestamp(3) },
    { name: 'd', type: T.double() },
    { name: 'arr', type: T.array(T.int()) },
    { name: 'm', type: T.map(T.string(), T.bigint()) },
    { name: 'ltz', type: T.timestampLtz(3) },
    { name: 'f', type: T.float() },
  ];
  test("writes Flink's +I[...] lines with the print identifier", () => {
    let out = '';
    const sink = createPrintSink(table(cols, { 'print-identifier': 'orders' }), { write: (s: string) => (out += s) });
    sink.write(
      [
        [1, 'x', 2.5, Date.UTC(2024, 0, 1, 12, 0), 3, [1, 2], new Map([['k', 7]]), Date.UTC(2024, 0, 1), Math.fround(1.1)],
        [2, null, null, Date.UTC(2024, 0, 1, 12, 0, 5, 120), 0.5, [], new Map(), null, null],
      ],
      [RowKind.Insert, RowKind.UpdateBefore],
    );
    assert.equal(
      out,
      'orders> +I[1, x, 2.50, 2024-01-01T12:00, 3.0, [1, 2], {k=7}, 2024-01-01T00:00:00Z, 1.1]\n' +
        'orders> -U[2, null, null, 2024-01-01T12:00:05.120, 0.5, [], {}, null, null]\n',
    );
  });
  test('without identifier the lines are bare', () => {
    let out = '';
    createPrintSink(table([{ name: 'a', type: T.int() }], {}), { write: (s: string) => (out += s) }).write([[1]], [RowKind.Delete]);
    assert.equal(out, '-D[1]\n');
  });
  test('setPrintOutput redirects print sinks made by the connector', () => {
    let out = '';
    let err = '';
    setPrintOutput({ out: { write: (s: string) => (out += s) }, err: { write: (s: string) => (err += s) } });
    try {
      printConnector.createSink!(table([{ name: 'a', type: T.int() }], {})).write([[1]]);
      printConnector.createSink!(table([{ name: 'a', type: T.int() }], { 'standard-error': 'true', 'print-identifier': 'e' })).write([[2]]);
    } finally {
      setPrintOutput(undefined);
    }
    assert.equal(out, '+I[1]\n');
    assert.equal(err, 'e> +I[2]\n');
  });

  test('blackhole counts and discards', () => {
    const b = new BlackholeSink();
    b.write([[1], [2]]);
    assert.equal(b.rows, 2);
  });
});
