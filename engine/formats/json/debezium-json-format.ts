/**
 * `format = 'debezium-json'`: Debezium change events as a changelog. op c / r -> +I(after),
 * u -> -U(before), +U(after), d -> -D(before). Writing: +I/+U -> op c with after, -U/-D ->
 * op d with before (Flink's encoding). With schema-include the event sits in `payload`.
 */
import type { ColumnSpec, OptionSpec } from '../../connectors/api';
import type { Options } from '../../connectors/options';
import { RowKind, type Row } from '../../runtime/changelog';
import { completeLines, lineRecords, RecordDecodeError, recordText, type Deserializer, type FormatFactory, type Serializer } from '../format';
import { rowObjectWriter, type JsonReader, type JsonWriter } from './json-values';
import { JSON_OPTIONS, jsonSettings, parseJson, rowReader } from './json-format';

export const DEBEZIUM_JSON_OPTIONS: readonly OptionSpec[] = [
  { key: 'schema-include', type: 'boolean', default: 'false', description: 'Events carry a schema: the change sits in the payload field.' },
  ...JSON_OPTIONS.filter((o) => o.key !== 'fail-on-missing-field' && !o.key.startsWith('encode.decimal')),
];

class DebeziumDeserializer implements Deserializer {
  readonly ignoreParseErrors: boolean;
  private readonly read: JsonReader;
  private readonly schemaInclude: boolean;
  private readonly tolerate = { problems: undefined as string[] | undefined };
  constructor(columns: readonly ColumnSpec[], o: Options) {
    const s = jsonSettings(o);
    this.ignoreParseErrors = s.ignoreParseErrors;
    this.schemaInclude = o.boolean('schema-include', false);
    this.read = rowReader(columns, { ...s, failOnMissingField: false, ...(s.ignoreParseErrors ? { tolerate: this.tolerate } : {}) });
  }
  decode(record: Uint8Array | string, rows: Row[], kinds: RowKind[], problems?: string[]): void {
    this.tolerate.problems = problems;
    let event = parseJson(recordText(record)) as Record<string, unknown> | null;
    if (event === null) return; // tombstone after a delete
    if (typeof event !== 'object' || Array.isArray(event)) throw new RecordDecodeError('expected a Debezium JSON object');
    if (this.schemaInclude) {
      const payload = event.payload;
      if (typeof payload !== 'object' || payload === null) {
        throw new RecordDecodeError("no 'payload' object (is 'debezium-json.schema-include' right?)");
      }
      event = payload as Record<string, unknown>;
    }
    const op = event.op;
    const before = () => this.image(event!.before, 'before', op as string);
    const after = () => this.image(event!.after, 'after', op as string);
    switch (op) {
      case 'c':
      case 'r':
        rows.push(after());
        kinds.push(RowKind.Insert);
        return;
      case 'u':
        rows.push(before(), after());
        kinds.push(RowKind.UpdateBefore, RowKind.UpdateAfter);
        return;
      case 'd':
        rows.push(before());
        kinds.push(RowKind.Delete);
        return;
      default:
        throw new RecordDecodeError(`unknown Debezium op ${JSON.stringify(op)}, expected 'c', 'r', 'u' or 'd'`);
    }
  }
  private image(node: unknown, which: string, op: string): Row {
    if (node === null || node === undefined || typeof node !== 'object') {
      const hint = which === 'before' && op === 'u' ? ' (for Postgres, set REPLICA IDENTITY FULL on the table)' : '';
      throw new RecordDecodeError(`the '${which}' field of a '${op}' event is missing${hint}`);
    }
    return this.read(node) as Row;
  }
}

class DebeziumSerializer implements Serializer {
  private readonly write: JsonWriter;
  constructor(columns: readonly ColumnSpec[], o: Options) {
    this.write = rowObjectWriter(columns, { ...jsonSettings(o), ignoreNullFields: false });
  }
  encode(row: Row, kind: RowKind): string {
    const image = this.write(row);
    return kind === RowKind.Insert || kind === RowKind.UpdateAfter
      ? `{"before":null,"after":${image},"op":"c"}`
      : `{"before":${image},"after":null,"op":"d"}`;
  }
}

export const debeziumJsonFormat: FormatFactory = {
  identifier: 'debezium-json',
  description: 'Debezium change events in JSON, read and written as a changelog.',
  options: DEBEZIUM_JSON_OPTIONS,
  changelogMode: 'all',
  text: true,
  records: (text) => lineRecords(text),
  completeUpTo: (text) => completeLines(text),
  createDeserializer: (columns, o) => new DebeziumDeserializer(columns, o),
  createSerializer: (columns, o) => new DebeziumSerializer(columns, o),
};
