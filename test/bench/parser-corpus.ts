/**
 * Generated Flink SQL files for the parser benchmark: SELECT, INSERT and CREATE statements
 * (and a mix), `lines` lines long, optionally with `errors` syntax errors spread evenly. Only
 * syntax both Tideline and dt-sql-parser accept, so the comparison is like for like.
 */
export type FileKind = 'select' | 'insert' | 'create' | 'mix';

function selectStatement(i: number): string[] {
  switch (i % 3) {
    case 0:
      return [
        `SELECT window_start, window_end, user_id, COUNT(*) AS cnt, SUM(amount) AS total`,
        `FROM TABLE(TUMBLE(TABLE orders_${i}, DESCRIPTOR(ts), INTERVAL '1' MINUTE))`,
        `WHERE amount > ${i} AND status IN ('NEW', 'PAID')`,
        `GROUP BY window_start, window_end, user_id;`,
      ];
    case 1:
      return [
        `SELECT o.id, o.amount * 1.2 AS gross, c.name, CASE WHEN o.amount > 100 THEN 'big' ELSE 'small' END AS size`,
        `FROM orders AS o`,
        `JOIN customers AS c ON o.customer_id = c.id`,
        `WHERE o.ts > TIMESTAMP '2024-01-01 00:00:00' AND c.name LIKE 'A%';`,
      ];
    default:
      return [
        `SELECT user_id, CAST(amount AS DECIMAL(10, 2)) AS amt, UPPER(name) AS n`,
        `FROM events_${i}`,
        `WHERE user_id IS NOT NULL`,
        `ORDER BY ts DESC LIMIT 10;`,
      ];
  }
}

function insertStatement(i: number): string[] {
  return [
    `INSERT INTO sink_${i % 7}`,
    `SELECT id, name, amount + ${i} AS amount, COALESCE(city, 'unknown') AS city`,
    `FROM src_${i} WHERE amount BETWEEN 1 AND 1000;`,
  ];
}

function createStatement(i: number): string[] {
  return [
    `CREATE TABLE orders_${i} (`,
    `  id BIGINT,`,
    `  user_id STRING,`,
    `  amount DECIMAL(10, 2),`,
    `  ts TIMESTAMP(3),`,
    `  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND,`,
    `  PRIMARY KEY (id) NOT ENFORCED`,
    `) WITH ('connector' = 'kafka', 'topic' = 'orders_${i}', 'format' = 'json');`,
  ];
}

function statement(kind: FileKind, i: number): string[] {
  const k = kind === 'mix' ? (['select', 'insert', 'create'] as const)[i % 3] : kind;
  return k === 'select' ? selectStatement(i) : k === 'insert' ? insertStatement(i) : createStatement(i);
}

/** Breaks one statement the way people do: a typo, a missing ')' or a trailing comma. */
function breakStatement(lines: string[], n: number): string[] {
  const text = lines.join('\n');
  switch (n % 3) {
    case 0:
      return (text.includes('FROM') ? text.replace('FROM', 'FORM') : text.replace('TABLE', 'TABEL')).split('\n');
    case 1:
      return text.replace(/\)([^)]*)$/, '$1').split('\n');
    default:
      return text.replace(/ AS /, ', AS ').split('\n');
  }
}

export function generateFile(kind: FileKind, lines: number, errors = 0): string {
  const statements: string[][] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const s = statement(kind, i);
    statements.push(s);
    count += s.length;
  }
  for (let e = 0; e < errors; e++) {
    const at = Math.floor(((e + 0.5) * statements.length) / errors);
    statements[at] = breakStatement(statements[at], e);
  }
  return statements.flat().join('\n') + '\n';
}
