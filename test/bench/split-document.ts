/**
 * Cost of a one-character edit in a 10,000-line document held by SqlDocument (incremental
 * re-split + re-parse of the touched statement; the parse function here is trivial, so this is
 * the document model's own overhead), at the start, middle and end of the file, against a full
 * split of the same text measured in the same run. Medians of 41 edits.
 * Run: node out/test/bench/split-document.js
 */
import { SqlDocument } from '../../engine/sql/document/sql-document';
import { splitStatements } from '../../engine/sql/split/split-statements';
import { generateFile } from './split-corpus';

const doc = new SqlDocument((t) => t.length, generateFile(10_000));

function median(fn: () => void): number {
  const xs: number[] = [];
  for (let r = 0; r < 41; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return xs.sort((a, b) => a - b)[20];
}

function edit(at: () => number): () => void {
  return () => {
    const p = doc.positionAt(at());
    doc.applyChanges([{ range: { start: p, end: p }, text: 'x' }]);
  };
}

const full = median(() => splitStatements(doc.text));
console.log(`document bench: ${doc.statements.length} statements, ${(doc.text.length / 1e6).toFixed(2)} MB`);
console.log(`full split                 ${full.toFixed(3).padStart(8)} ms`);
for (const [label, at] of [
  ['edit at the start', () => 30],
  ['edit in the middle', () => doc.text.length >> 1],
  ['edit at the end', () => doc.text.length - 50],
] as const) {
  const ms = median(edit(at));
  console.log(`${label.padEnd(26)} ${ms.toFixed(3).padStart(8)} ms  (${(full / ms).toFixed(1)}x faster than a full split)`);
}
