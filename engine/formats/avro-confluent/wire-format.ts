/**
 * The Confluent wire format: magic byte 0, a 4-byte big-endian schema id, then the Avro
 * binary body.
 */
export const MAGIC_BYTE = 0;
export const HEADER_LENGTH = 5;

/** The schema id of a framed record, or undefined when the record is not framed (too short, wrong magic byte). */
export function schemaIdOf(record: Uint8Array): number | undefined {
  if (record.length < HEADER_LENGTH || record[0] !== MAGIC_BYTE) return undefined;
  return ((record[1] << 24) | (record[2] << 16) | (record[3] << 8) | record[4]) >>> 0;
}

/** Why a record is not framed, for error messages. */
export function framingProblem(record: Uint8Array): string {
  if (record.length < HEADER_LENGTH) return `record of ${record.length} bytes is too short for the Confluent wire format (magic byte + 4-byte schema id)`;
  return `unknown magic byte ${record[0]} (the Confluent wire format starts with 0)`;
}

export function frame(id: number, body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(HEADER_LENGTH + body.length);
  out[0] = MAGIC_BYTE;
  out.writeUInt32BE(id, 1);
  out.set(body, HEADER_LENGTH);
  return out;
}

/**
 * Thrown by a registry format's deserializer for a schema id it has not fetched yet, before
 * it consumed anything: the reader awaits `load()` (the schema fetched once; a failure is
 * remembered and makes the record undecodable) and decodes the same record again.
 */
export class SchemaNotCached extends Error {
  constructor(
    readonly id: number,
    readonly load: () => Promise<void>,
  ) {
    super(`schema id ${id} is not fetched yet`);
    this.name = 'SchemaNotCached';
  }
}
