/** `partition:0,offset:42;partition:1,offset:300` (Flink's specific-offsets syntax). */
import { OptionError } from '../options';

export function parseSpecificOffsets(table: string, key: string, text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const part of text.split(';').filter((s) => s.trim())) {
    const m = /^\s*partition\s*:\s*(\d+)\s*,\s*offset\s*:\s*(\d+)\s*$/.exec(part);
    if (!m) throw new OptionError(`table ${table}: invalid value '${text}' for option '${key}': expected 'partition:0,offset:42;partition:1,offset:300'`);
    out.set(Number(m[1]), Number(m[2]));
  }
  return out;
}
