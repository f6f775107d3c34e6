/** The formatter's corpus: test/fixtures/format/*.sql plus the parser's valid corpus when present. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..', '..');

export interface CorpusFile {
  readonly name: string;
  readonly text: string;
  /** Our own fixtures: every statement in them must format (none left as written). */
  readonly own: boolean;
}

function read(dir: string, own: boolean): CorpusFile[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(abs, f), 'utf8'), own }));
}

export function corpus(): CorpusFile[] {
  return [...read('test/fixtures/format', true), ...read('test/fixtures/sql/valid', false)];
}
