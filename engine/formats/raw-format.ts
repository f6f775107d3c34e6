/**
 * `format = 'raw'`: the whole record is the value of the table's single column: text in a
 * charset for CHAR/VARCHAR, the bytes for BINARY/VARBINARY, fixed-width numbers in an
 * endianness for BOOLEAN, TINYINT .. BIGINT, FLOAT and DOUBLE (Flink's raw format).
 */
import type { ColumnSpec, OptionSpec } from '../connectors/api';
import { OptionError, type Options } from '../connectors/options';
import { RowKind, type Row } from '../runtime/changelog';
import type { LogicalType } from '../types/logical-type';
import type { Value } from '../types/values';
import { completeLines, lineRecords, RecordDecodeError, type Deserializer, type FormatFactory, type Serializer } from './format';

export const RAW_OPTIONS: readonly OptionSpec[] = [
  { key: 'charset', type: 'string', default: 'UTF-8', description: 'Charset of text values.' },
  { key: 'endianness', type: 'enum', values: ['big-endian', 'little-endian'], default: 'big-endian', description: 'Byte order of numeric values.' },
];

const WIDTH: Partial<Record<LogicalType['kind'], number>> = { BOOLEAN: 1, TINYINT: 1, SMALLINT: 2, INTEGER: 4, BIGINT: 8, FLOAT: 4, DOUBLE: 8 };

interface RawCodec {
  decode(b: Uint8Array | string): Value;
  encode(v: Value): Uint8Array | string;
}

function codec(columns: readonly ColumnSpec[], o: Options): RawCodec {
  if (columns.length !== 1) {
    throw new OptionError(`table ${o.table}: the raw format needs exactly one physical column, found ${columns.length}`);
  }
  const type = columns[0].type;
  const charset = o.string('charset', 'UTF-8').toLowerCase().replace('-', '') as BufferEncoding;
  if (!Buffer.isEncoding(charset)) throw o.bad('charset', o.string('charset'), 'a charset such as UTF-8');
  const little = o.oneOf('endianness', ['big-endian', 'little-endian'] as const, 'big-endian') === 'little-endian';
  const bytes = (b: Uint8Array | string) => (typeof b === 'string' ? Buffer.from(b, charset) : b);
  switch (type.kind) {
    case 'CHAR':
    case 'VARCHAR':
      return {
        decode: (b) => (typeof b === 'string' ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString(charset)),
        encode: (v) => (charset === 'utf8' ? (v as string) : Buffer.from(v as string, charset)),
      };
    case 'BINARY':
    case 'VARBINARY':
      return { decode: (b) => new Uint8Array(bytes(b)), encode: (v) => v as Uint8Array };
  }
  const width = WIDTH[type.kind];
  if (width === undefined) throw new OptionError(`table ${o.table}: the raw format cannot hold a ${type.kind} column`);
  return {
    decode(b) {
      const buf = bytes(b);
      if (buf.byteLength !== width) throw new RecordDecodeError(`expected ${width} bytes for ${type.kind}, found ${buf.byteLength}`);
      const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      switch (type.kind) {
        case 'BOOLEAN':
          return dv.getUint8(0) !== 0;
        case 'TINYINT':
          return dv.getInt8(0);
        case 'SMALLINT':
          return dv.getInt16(0, little);
        case 'INTEGER':
          return dv.getInt32(0, little);
        case 'BIGINT':
          return Number(dv.getBigInt64(0, little));
        case 'FLOAT':
          return dv.getFloat32(0, little);
        default:
          return dv.getFloat64(0, little);
      }
    },
    encode(v) {
      const out = new Uint8Array(width);
      const dv = new DataView(out.buffer);
      const n = v as number;
      switch (type.kind) {
        case 'BOOLEAN':
          dv.setUint8(0, v ? 1 : 0);
          break;
        case 'TINYINT':
          dv.setInt8(0, n);
          break;
        case 'SMALLINT':
          dv.setInt16(0, n, little);
          break;
        case 'INTEGER':
          dv.setInt32(0, n, little);
          break;
        case 'BIGINT':
          dv.setBigInt64(0, BigInt(Math.trunc(n)), little);
          break;
        case 'FLOAT':
          dv.setFloat32(0, n, little);
          break;
        default:
          dv.setFloat64(0, n, little);
      }
      return out;
    },
  };
}

class RawDeserializer implements Deserializer {
  readonly ignoreParseErrors = false;
  constructor(private readonly c: RawCodec) {}
  decode(record: Uint8Array | string, rows: Row[], kinds: RowKind[]): void {
    rows.push([this.c.decode(record)]);
    kinds.push(RowKind.Insert);
  }
}

class RawSerializer implements Serializer {
  constructor(private readonly c: RawCodec) {}
  encode(row: Row): Uint8Array | string | null {
    return row[0] === null ? null : this.c.encode(row[0]);
  }
}

export const rawFormat: FormatFactory = {
  identifier: 'raw',
  description: 'The record is the single column value: text, bytes or a fixed-width number.',
  options: RAW_OPTIONS,
  changelogMode: 'insert-only',
  text: true,
  records: (text) => lineRecords(text),
  completeUpTo: (text) => completeLines(text),
  createDeserializer: (columns, o) => new RawDeserializer(codec(columns, o)),
  createSerializer: (columns, o) => new RawSerializer(codec(columns, o)),
};
