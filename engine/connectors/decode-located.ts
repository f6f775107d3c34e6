import type { RecordError } from './api';
import type { Row, RowKind } from '../runtime/changelog';
import { RecordDecodeError } from '../formats/format';
import type { KeyedRecord, KeyValueDecoder } from './key-value-codec';

/** The rows, change kinds and located errors of one batch being decoded from a partitioned log. */
export interface DecodedBatch {
  readonly rows: Row[];
  readonly kinds: RowKind[];
  errors: RecordError[] | undefined;
  /** Scratch for the decoder's per-field problems; empty between records. */
  readonly problems: string[];
}

/**
 * Decodes one record of the log at `where` into `out`. A field problem becomes an error located at
 * `where/offset N`. A malformed record (RecordDecodeError) is rolled back; when `tolerate` it becomes a
 * located error and false is returned (the record was dropped), otherwise an Error naming its location
 * is thrown. Any other error propagates.
 */
export function decodeLocated(
  decoder: KeyValueDecoder,
  record: KeyedRecord & { readonly offset: number | string },
  where: string,
  out: DecodedBatch,
  tolerate: boolean,
): boolean {
  const { rows, kinds, problems } = out;
  const before = rows.length;
  try {
    decoder.decode(record, rows, kinds, problems);
    if (problems.length > 0) {
      for (const message of problems) (out.errors ??= []).push({ location: `${where}/offset ${record.offset}`, message });
      problems.length = 0;
    }
    return true;
  } catch (e) {
    if (!(e instanceof RecordDecodeError)) throw e;
    rows.length = before;
    kinds.length = before;
    problems.length = 0;
    const location = `${where}/offset ${record.offset}`;
    if (!tolerate) throw new Error(`${location}: ${e.message}`);
    (out.errors ??= []).push({ location, message: e.message });
    return false;
  }
}
