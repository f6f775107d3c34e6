/**
 * Completion latency at the end of a generated 10,000-line file right after a one-character
 * edit, as the language server sees it: an incremental LSP change applied to the document
 * (re-split, only the changed statement re-parsed) followed by completion at the cursor.
 * Scenarios: a clause keyword after `FROM t `, an expression after `WHERE `, a WITH option key,
 * and the WHERE of one 300-line SELECT (c3 walks a reduced prefix, see reduce-prefix.ts).
 * Prints median and p95 per step; the target is edit + completion under 5 ms.
 * Run: node out/test/bench/lsp-completion.js
 */
import { complete, createLanguageDocument } from '../../engine/language';
import { generateFile } from './split-corpus';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
}

function scenario(label: string, base: string, tail: string, typed: string): void {
  const doc = createLanguageDocument(base + tail);
  const edits: number[] = [];
  const completions: number[] = [];
  let items = 0;
  const rounds = 10;
  for (let r = 0; r < rounds; r++) {
    for (const ch of typed) {
      const end = doc.positionAt(doc.text.length);
      const t0 = process.hrtime.bigint();
      doc.applyChanges([{ range: { start: end, end }, text: ch }]);
      const t1 = process.hrtime.bigint();
      const result = complete(doc, doc.positionAt(doc.text.length));
      const t2 = process.hrtime.bigint();
      edits.push(Number(t1 - t0) / 1e6);
      completions.push(Number(t2 - t1) / 1e6);
      items += result.length;
    }
    // back to the starting text: the next round types the same characters again
    doc.update(base + tail);
  }
  const totals = edits.map((e, i) => e + completions[i]);
  const f = (xs: number[]) => `min ${percentile(xs, 0).toFixed(2)} ms, median ${percentile(xs, 50).toFixed(2)} ms, p95 ${percentile(xs, 95).toFixed(2)} ms`;
  console.log(`${label}`);
  console.log(`  edit        ${f(edits)}`);
  console.log(`  completion  ${f(completions)}`);
  console.log(`  total       ${f(totals)}   (${(items / totals.length).toFixed(0)} items/completion, ${totals.length} samples)`);
}

/** The generated file, cut after its last complete top-level statement (never inside a statement set). */
function completeFile(lines: number): string {
  const all = generateFile(lines).split('\n');
  let last = all.length - 1;
  while (last > 0 && !(all[last].endsWith(';') && !all[last].startsWith('  ') && !all[last].endsWith('BEGIN'))) last--;
  return all.slice(0, last + 1).join('\n') + '\n';
}

const base = completeFile(10_000);
console.log(`lsp completion bench: 10,000 lines, ${(base.length / 1e6).toFixed(2)} MB, ${createLanguageDocument(base).statements.length} statements`);
// warm up c3's follow sets and the JIT on a small document
for (let i = 0; i < 20; i++) complete(createLanguageDocument('SELECT a FROM t WHERE a = 1 AND '), { line: 0, character: 32 });

scenario('clause after FROM (keywords)', base, 'SELECT id, name\nFROM orders ', 'GROUP BY id ');
scenario('expression after WHERE (keywords + functions)', base, 'SELECT id\nFROM orders\nWHERE ', 'amount > 10 AND ');
scenario('WITH option key (datagen)', base, "CREATE TABLE x (a INT) WITH ('connector' = 'datagen', '", 'rows');
const wide = 'SELECT ' + Array.from({ length: 300 }, (_, i) => `CASE WHEN a${i} > ${i} THEN UPPER(b${i}) ELSE 'x' END AS c${i}`).join(',\n') + '\nFROM t\nWHERE ';
scenario('one 300-line SELECT, expression after WHERE', base, wide, 'a > 1 AND ');
