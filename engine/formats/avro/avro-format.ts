/**
 * `format = 'avro'`: Avro binary records with the schema Flink derives from the table's
 * columns (see avro-schema.ts), encoded with avsc, decoded by the compiled decoder. Binary only: not a text format,
 * so it serves local topics and Kafka, not CSV-style files.
 */
import type * as avro from 'avsc';
import { avsc } from '../../lazy-libraries';
import type { ColumnSpec, OptionSpec } from '../../connectors/api';
import type { Options } from '../../connectors/options';
import { RowKind, type Row } from '../../runtime/changelog';
import { T, type LogicalType } from '../../types/logical-type';
import { RecordDecodeError, type Deserializer, type FormatFactory, type Serializer } from '../format';
import { AvroSchemaError, toAvroSchema, type AvroSchema } from './avro-schema';
import { fromAvro, toAvro, type ToAvro } from './avro-values';
import { compileAvroDecoder, type AvroRowDecoder } from './avro-decoder';

export const AVRO_OPTIONS: readonly OptionSpec[] = [
  { key: 'ignore-parse-errors', type: 'boolean', default: 'false', description: 'Tideline extension: skips undecodable records (reported and counted) instead of failing.' },
];

export function rowTypeOf(columns: readonly ColumnSpec[]): LogicalType {
  return T.row(columns.map((c) => ({ name: c.name, type: c.type })), false);
}

/** The avsc type for a table's row (also used by avro-confluent and tests). */
export function avroTypeFor(columns: readonly ColumnSpec[]): avro.Type {
  return avsc().Type.forSchema(toAvroSchema(rowTypeOf(columns)) as avro.Schema, { wrapUnions: 'auto' });
}

/**
 * The compiled decoder of `writer` records into `columns` (avro-decoder.ts); when the columns
 * do not fit the writer's structure (a user's DDL typing a record as STRING, say) the record
 * is decoded by avsc and mapped by fromAvro, as before the compiled decoder.
 */
export function avroRowDecoder(writer: AvroSchema, columns: readonly ColumnSpec[], read: readonly number[] | undefined, type: () => avro.Type): AvroRowDecoder {
  try {
    return compileAvroDecoder(writer, columns, read);
  } catch (e) {
    if (!(e instanceof AvroSchemaError)) throw e;
    const t = type();
    const convert = fromAvro(rowTypeOf(columns));
    return (buf, start, end) => convert(t.fromBuffer(buf.subarray(start, end))) as Row;
  }
}

class AvroDeserializer implements Deserializer {
  readonly ignoreParseErrors: boolean;
  private readonly decodeRow: AvroRowDecoder;
  constructor(columns: readonly ColumnSpec[], o: Options, read?: readonly number[]) {
    this.ignoreParseErrors = o.boolean('ignore-parse-errors', false);
    this.decodeRow = avroRowDecoder(toAvroSchema(rowTypeOf(columns)), columns, read, () => avroTypeFor(columns));
  }
  decode(record: Uint8Array | string, rows: Row[], kinds: RowKind[]): void {
    if (typeof record === 'string') throw new RecordDecodeError('Avro records are binary, got text');
    const buf = Buffer.isBuffer(record) ? record : Buffer.from(record.buffer, record.byteOffset, record.byteLength);
    let row: Row;
    try {
      row = this.decodeRow(buf, 0, buf.length);
    } catch (e) {
      throw new RecordDecodeError(`malformed Avro record: ${(e as Error).message}`);
    }
    rows.push(row);
    kinds.push(RowKind.Insert);
  }
}

class AvroSerializer implements Serializer {
  private readonly type: avro.Type;
  private readonly convert: ToAvro;
  constructor(columns: readonly ColumnSpec[]) {
    this.type = avroTypeFor(columns);
    this.convert = toAvro(rowTypeOf(columns));
  }
  encode(row: Row): Uint8Array {
    return this.type.toBuffer(this.convert(row));
  }
}

export const avroFormat: FormatFactory = {
  identifier: 'avro',
  description: 'Avro binary records with the schema derived from the columns (Flink AvroSchemaConverter).',
  options: AVRO_OPTIONS,
  changelogMode: 'insert-only',
  text: false,
  createDeserializer: (columns, o, read) => new AvroDeserializer(columns, o, read),
  createSerializer: (columns) => new AvroSerializer(columns),
};
