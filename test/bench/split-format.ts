/**
 * Formatter throughput on the generated 10,000-line file, warm, against statement splitting
 * of the same file measured in the same run (the formatter's cost is lexing and parsing each
 * statement with the ANTLR parser, then laying out tokens).
 * Run: node out/test/bench/split-format.js
 */
import { formatSql } from '../../engine/sql/format/format-sql';
import { splitStatements } from '../../engine/sql/split/split-statements';
import { generateFile } from './split-corpus';

function ms(fn: () => void, runs: number): number {
  fn();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < runs; r++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / runs;
}

const text = generateFile(10_000);
const statements = splitStatements(text).length;
const split = ms(() => splitStatements(text), 20);
const format = ms(() => formatSql(text), 3);
console.log(`format bench: 10,000 lines, ${statements} statements, ${(text.length / 1e6).toFixed(2)} MB`);
console.log(`splitStatements  ${split.toFixed(2).padStart(9)} ms`);
console.log(`formatSql        ${format.toFixed(2).padStart(9)} ms  (${((format / statements) * 1000).toFixed(0)} µs/statement, ${(format / split).toFixed(0)}x split)`);
