/** Test helpers: build a format's serializer/deserializer from plain options. */
import type { ColumnSpec } from '../../../engine/connectors/api';
import { Options } from '../../../engine/connectors/options';
import { getFormat } from '../../../engine/formats/registry';
import type { Row, RowKind } from '../../../engine/runtime/changelog';

export function codec(format: string, columns: ColumnSpec[], options: Record<string, string> = {}) {
  const f = getFormat(format)!;
  const o = new Options('test.db.t', options);
  const de = f.createDeserializer(columns, o);
  const ser = f.createSerializer(columns, o);
  return {
    factory: f,
    decode(record: Uint8Array | string): { rows: Row[]; kinds: RowKind[] } {
      const rows: Row[] = [];
      const kinds: RowKind[] = [];
      de.decode(record, rows, kinds);
      return { rows, kinds };
    },
    encode: (row: Row, kind: RowKind = 0) => ser.encode(row, kind),
    ignoreParseErrors: de.ignoreParseErrors,
  };
}
