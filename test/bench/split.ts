/**
 * Statement splitting throughput on a generated 10,000-line file (SELECT / INSERT / CREATE mix
 * with comments, strings, backticks and a statement set). Prints MB/s and, as a baseline
 * measured in the same run, the speed of a plain char-code scan that does nothing.
 * Run: node out/test/bench/split.js
 */
import { splitStatements } from '../../engine/sql/split/split-statements';

export function generateFile(lines: number): string {
  const out: string[] = [];
  let i = 0;
  while (out.length < lines) {
    switch (i % 4) {
      case 0:
        out.push(`-- window aggregate ${i}`, `SELECT window_start, COUNT(*) AS cnt, 'it''s; ok' AS s`, `FROM TABLE(TUMBLE(TABLE orders_${i}, DESCRIPTOR(ts), INTERVAL '1' MINUTE))`, `GROUP BY window_start, window_end;`);
        break;
      case 1:
        out.push(`INSERT INTO \`sink;${i}\` /*+ OPTIONS('sink.parallelism'='2') */`, `SELECT id, name FROM src WHERE id > ${i} /* ; */;`);
        break;
      case 2:
        out.push(`CREATE TABLE t${i} (`, `  id BIGINT,`, `  ts TIMESTAMP(3),`, `  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND`, `) WITH ('connector' = 'datagen', 'rows-per-second' = '10');`);
        break;
      default:
        out.push(`EXECUTE STATEMENT SET BEGIN`, `  INSERT INTO a SELECT * FROM s${i};`, `  INSERT INTO b SELECT * FROM s${i};`, `END;`);
    }
    i++;
  }
  return out.slice(0, lines).join('\n') + '\n';
}

function measure(label: string, text: string, fn: (t: string) => number): number {
  for (let w = 0; w < 5; w++) fn(text);
  const runs = 30;
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let r = 0; r < runs; r++) sink += fn(text);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / runs;
  const mbs = text.length / 1e6 / (ms / 1000);
  console.log(`${label.padEnd(28)} ${ms.toFixed(2).padStart(7)} ms/file  ${mbs.toFixed(1).padStart(7)} MB/s  (${sink / runs})`);
  return ms;
}

const text = generateFile(10_000);
console.log(`split bench: 10,000 lines, ${(text.length / 1e6).toFixed(2)} MB`);
const base = measure('baseline char-code scan', text, (t) => {
  let s = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 59) s++;
  return s;
});
const split = measure('splitStatements', text, (t) => splitStatements(t).length);
console.log(`ratio split/baseline: ${(split / base).toFixed(2)}x`);
