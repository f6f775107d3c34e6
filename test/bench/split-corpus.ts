/**
 * A generated Flink SQL file for the split and format benchmarks: a SELECT / INSERT / CREATE /
 * statement-set mix with comments, strings, backticks and hints, `lines` lines long.
 */
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
