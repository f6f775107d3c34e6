import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseStatement, toLogicalType, type Expression, type Query, type Statement } from '../../../engine/sql';
import type { CreateTable, Insert, QueryStatement } from '../../../engine/sql/ast/statement';
import type { Select } from '../../../engine/sql/ast/query';

function parse(sql: string): Statement {
  const r = parseStatement(sql);
  assert.deepEqual(r.diagnostics, [], sql);
  assert.ok(r.statement, sql);
  return r.statement;
}

function select(sql: string): Select {
  const s = parse(sql) as QueryStatement;
  assert.equal(s.kind, 'queryStatement');
  assert.equal(s.query.body.kind, 'select');
  return s.query.body as Select;
}

function expr(text: string): Expression {
  const item = select(`SELECT ${text}`).items[0];
  assert.equal(item.kind, 'selectExpression');
  return item.expression;
}

/** A compact prefix form of an expression, for asserting tree shape. */
function shape(e: Expression): string {
  switch (e.kind) {
    case 'binary':
      return `(${e.operator} ${shape(e.left)} ${shape(e.right)})`;
    case 'unary':
      return `(${e.operator} ${shape(e.operand)})`;
    case 'columnRef':
      return e.parts.map((p) => p.value).join('.');
    case 'numericLiteral':
      return e.text;
    case 'stringLiteral':
      return `'${e.value}'`;
    case 'call':
      return `${e.name.parts.map((p) => p.value).join('.')}(${e.args.map((a) => ('kind' in a.value && a.value.kind !== 'tableArgument' && a.value.kind !== 'descriptor' && a.value.kind !== 'timeUnit' && a.value.kind !== 'modelArgument' ? shape(a.value) : a.value.kind)).join(', ')})`;
    case 'between':
      return `(between ${shape(e.operand)} ${shape(e.low)} ${shape(e.high)})`;
    case 'is':
      return `(is${e.negated ? ' not' : ''} ${e.test} ${shape(e.operand)})`;
    case 'fieldAccess':
      return `${shape(e.operand)}.${e.field.value}`;
    case 'itemAccess':
      return `${shape(e.operand)}[${shape(e.index)}]`;
    default:
      return e.kind;
  }
}

describe('expressions', () => {
  test('precedence: * over +, + over comparison, comparison over NOT, NOT over AND, AND over OR', () => {
    assert.equal(shape(expr('a + b * c')), '(+ a (* b c))');
    assert.equal(shape(expr('a - b - c')), '(- (- a b) c)');
    assert.equal(shape(expr('a = 1 OR b = 2 AND NOT c > 3')), '(OR (= a 1) (AND (= b 2) (NOT (> c 3))))');
    assert.equal(shape(expr('(a + b) * c')), '(* (+ a b) c)');
    assert.equal(shape(expr('-a || b')), '(|| (- a) b)');
    assert.equal(shape(expr('x BETWEEN 1 AND 2 AND y')), '(AND (between x 1 2) y)');
    assert.equal(shape(expr('a IS NOT NULL')), '(is not NULL a)');
    assert.equal(shape(expr('a != b')), '(<> a b)');
  });
  test('names, fields and items', () => {
    assert.equal(shape(expr('t.a.b')), 't.a.b');
    assert.equal(shape(expr('f(x).y')), 'f(x).y');
    assert.equal(shape(expr('arr[1].x')), 'arr[1].x');
    assert.equal(shape(expr('`a``b`')), 'a`b');
  });
  test('special syntaxes become calls or their own nodes', () => {
    assert.equal(shape(expr("POSITION('a' IN s)")), "POSITION('a', s)");
    assert.equal(shape(expr('SUBSTRING(s FROM 2 FOR 3)')), 'SUBSTRING(s, 2, 3)');
    const floor = expr('FLOOR(ts TO HOUR)');
    assert.equal(floor.kind === 'call' && floor.toUnit, 'HOUR');
    const trim = expr("TRIM(LEADING 'x' FROM s)");
    assert.ok(trim.kind === 'trim' && trim.mode === 'LEADING' && trim.characters?.kind === 'stringLiteral');
    const ex = expr('EXTRACT(DOW FROM ts)');
    assert.ok(ex.kind === 'extract' && ex.unit === 'DOW');
    const diff = expr('TIMESTAMPDIFF(DAY, a, b)');
    assert.ok(diff.kind === 'call' && diff.args[0].value.kind === 'timeUnit');
  });
  test('literals are decoded', () => {
    const s = expr("'it''s' ' ok'");
    assert.ok(s.kind === 'stringLiteral' && s.value === "it's ok");
    const u = expr("U&'\\0041\\+01F600'");
    assert.ok(u.kind === 'stringLiteral' && u.value === 'A😀');
    const x = expr("X'0f a1'");
    assert.ok(x.kind === 'binaryLiteral' && x.hex === '0FA1');
    const n = expr('1.5E-3');
    assert.ok(n.kind === 'numericLiteral' && n.numberKind === 'approximate');
    const i = expr("INTERVAL '1 02:03' DAY TO MINUTE");
    assert.ok(i.kind === 'intervalLiteral' && i.value === '1 02:03' && i.qualifier.from === 'DAY' && i.qualifier.to === 'MINUTE');
    const ts = expr("TIMESTAMP '2024-01-01 00:00:00'");
    assert.ok(ts.kind === 'typedLiteral' && ts.type === 'TIMESTAMP');
  });
  test('niladic functions are calls, quoted names stay columns', () => {
    const now = expr('CURRENT_TIMESTAMP');
    assert.ok(now.kind === 'call' && now.niladic && now.args.length === 0);
    assert.equal(expr('`CURRENT_TIMESTAMP`').kind, 'columnRef');
  });
  test('SQL/JSON clauses and IS JSON', () => {
    const v = expr("JSON_VALUE(p, '$.a' RETURNING INT DEFAULT 0 ON EMPTY ERROR ON ERROR)");
    assert.ok(v.kind === 'call');
    assert.deepEqual(v.jsonClauses.map((c) => [c.kind, 'behavior' in c ? c.behavior : undefined]), [
      ['returning', undefined],
      ['onEmpty', 'DEFAULT'],
      ['onError', 'ERROR'],
    ]);
    const o = expr("JSON_OBJECT(KEY 'a' VALUE 1 ABSENT ON NULL)");
    assert.ok(o.kind === 'call' && o.args[0].jsonKey?.kind === 'stringLiteral' && o.args[0].value.kind === 'numericLiteral');
    assert.deepEqual(o.jsonClauses.map((c) => c.kind), ['onNull']);
    const j = expr('p IS NOT JSON OBJECT');
    assert.ok(j.kind === 'isJson' && j.negated && j.jsonType === 'OBJECT');
  });
  test('aggregates keep DISTINCT, FILTER, WITHIN GROUP and OVER', () => {
    const c = expr('COUNT(DISTINCT a) FILTER (WHERE b > 1) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)');
    assert.ok(c.kind === 'call');
    assert.equal(c.distinct, true);
    assert.equal(c.filter && shape(c.filter), '(> b 1)');
    assert.equal(c.over?.partitionBy.length, 1);
    assert.equal(c.over?.frame?.units, 'ROWS');
    assert.equal(c.over?.frame?.lower.kind, 'preceding');
    assert.equal(c.over?.frame?.upper?.kind, 'currentRow');
    const w = expr('SUM(x) OVER w');
    assert.ok(w.kind === 'call' && w.over?.base?.value === 'w');
    const star = expr('COUNT(*)');
    assert.ok(star.kind === 'call' && star.star);
  });
});

describe('queries', () => {
  test('select clauses', () => {
    const s = select('SELECT /*+ BROADCAST(d) */ DISTINCT a AS x, b y, t.* FROM t WHERE a > 1 GROUP BY a, ROLLUP (b) HAVING COUNT(*) > 1');
    assert.equal(s.distinct, true);
    assert.deepEqual(s.hints.map((h) => [h.name, h.values]), [['BROADCAST', ['d']]]);
    assert.deepEqual(s.items.map((i) => (i.kind === 'selectExpression' ? i.alias?.value : i.qualifier?.parts[0].value)), ['x', 'y', 't']);
    assert.deepEqual(s.groupBy.map((g) => g.kind), ['groupExpression', 'rollup']);
    assert.ok(s.where && s.having);
  });
  test('set operations: INTERSECT binds tighter than UNION', () => {
    const q = (parse('SELECT 1 UNION ALL SELECT 2 INTERSECT SELECT 3 ORDER BY 1 LIMIT 5') as QueryStatement).query;
    assert.ok(q.body.kind === 'setOperation' && q.body.operator === 'UNION' && q.body.all);
    assert.ok(q.body.right.kind === 'setOperation' && q.body.right.operator === 'INTERSECT');
    assert.equal(q.orderBy.length, 1);
    assert.ok(q.limit?.kind === 'numericLiteral');
  });
  test('joins nest left to right and keep their conditions', () => {
    const s = select('SELECT * FROM a JOIN b ON a.id = b.id LEFT JOIN c USING (k), d');
    const from = s.from!;
    assert.ok(from.kind === 'join' && from.joinType === 'COMMA');
    const left = from.left;
    assert.ok(left.kind === 'join' && left.joinType === 'LEFT' && left.using[0].value === 'k');
    assert.ok(left.left.kind === 'join' && left.left.joinType === 'INNER' && left.left.on);
  });
  test('temporal join, lateral table function, unnest', () => {
    const s = select('SELECT * FROM o JOIN r FOR SYSTEM_TIME AS OF o.ts AS rr ON o.c = rr.c, LATERAL TABLE(split(o.s)) AS w(word), UNNEST(o.items) WITH ORDINALITY AS i(v, n)');
    const outer = s.from!;
    assert.ok(outer.kind === 'join' && outer.right.kind === 'unnest' && outer.right.withOrdinality);
    assert.deepEqual(outer.right.alias?.columns.map((c) => c.value), ['v', 'n']);
    const mid = outer.left;
    assert.ok(mid.kind === 'join' && mid.right.kind === 'tableFunction' && mid.right.lateral && mid.right.tableWrapper);
    const temporal = mid.left;
    assert.ok(temporal.kind === 'join' && temporal.right.kind === 'namedTable' && temporal.right.systemTime && temporal.right.alias?.name.value === 'rr');
  });
  test('window TVF with named arguments, TABLE and DESCRIPTOR arguments', () => {
    const s = select("SELECT * FROM TABLE(SESSION(DATA => TABLE bids PARTITION BY item, TIMECOL => DESCRIPTOR(ts), GAP => INTERVAL '5' MINUTE))");
    const f = s.from!;
    assert.ok(f.kind === 'tableFunction');
    assert.deepEqual(f.call.args.map((a) => [a.name?.value, a.value.kind]), [
      ['DATA', 'tableArgument'],
      ['TIMECOL', 'descriptor'],
      ['GAP', 'intervalLiteral'],
    ]);
    const data = f.call.args[0].value;
    assert.ok(data.kind === 'tableArgument' && data.partitionBy.length === 1 && data.table.parts[0].value === 'bids');
  });
  test('ML_PREDICT with TABLE, MODEL and DESCRIPTOR arguments', () => {
    const f = select('SELECT * FROM ML_PREDICT(TABLE reviews, MODEL sentiment, DESCRIPTOR(text))').from!;
    assert.ok(f.kind === 'tableFunction' && !f.tableWrapper);
    assert.deepEqual(f.call.args.map((a) => a.value.kind), ['tableArgument', 'modelArgument', 'descriptor']);
  });
  test('table OPTIONS hints', () => {
    const s = select("SELECT * FROM t /*+ OPTIONS('scan.startup.mode'='earliest-offset') */");
    const t = s.from!;
    assert.ok(t.kind === 'namedTable');
    assert.deepEqual(t.hints[0].options.map((o) => [o.key, o.value]), [['scan.startup.mode', 'earliest-offset']]);
  });
  test('MATCH_RECOGNIZE pattern quantifiers', () => {
    const s = select('SELECT * FROM t MATCH_RECOGNIZE (ORDER BY ts MEASURES A.x AS ax PATTERN (A+? B{2,} C{1,3} D?) DEFINE A AS A.x > 0) AS m');
    const mr = s.from!;
    assert.ok(mr.kind === 'matchRecognize' && mr.alias?.name.value === 'm');
    assert.ok(mr.pattern.kind === 'patternSequence');
    const q = mr.pattern.items.map((i) => (i.kind === 'patternQuantified' ? [i.min, i.max ?? null, i.reluctant] : null));
    assert.deepEqual(q, [[1, null, true], [2, null, false], [1, 3, false], [0, 1, false]]);
  });
});

describe('statements', () => {
  test('CREATE TABLE: columns of every kind, watermark, key, partitioning, distribution, options', () => {
    const c = parse(`CREATE TABLE cat.db.orders (
      id BIGINT NOT NULL COMMENT 'the id',
      ts TIMESTAMP(3),
      total AS price * 2,
      part BIGINT METADATA FROM 'partition' VIRTUAL,
      WATERMARK FOR ts AS ts - INTERVAL '5' SECOND,
      PRIMARY KEY (id) NOT ENFORCED
    ) DISTRIBUTED BY HASH(id) INTO 4 BUCKETS PARTITIONED BY (id) WITH ('connector' = 'kafka', 'topic' = 'o')`) as CreateTable;
    assert.equal(c.kind, 'createTable');
    assert.deepEqual(c.name.parts.map((p) => p.value), ['cat', 'db', 'orders']);
    assert.deepEqual(c.columns.map((col) => col.kind), ['physicalColumn', 'physicalColumn', 'computedColumn', 'metadataColumn']);
    const meta = c.columns[3];
    assert.ok(meta.kind === 'metadataColumn' && meta.metadataKey === 'partition' && meta.virtual);
    assert.equal(c.columns[0].kind === 'physicalColumn' && c.columns[0].comment, 'the id');
    assert.equal(c.watermarks[0].column.parts[0].value, 'ts');
    assert.deepEqual(c.primaryKey?.columns.map((k) => k.value), ['id']);
    assert.deepEqual(c.distribution && [c.distribution.algorithm, c.distribution.buckets], ['HASH', 4]);
    assert.deepEqual(c.options.map((o) => [o.key, o.value]), [['connector', 'kafka'], ['topic', 'o']]);
  });
  test('INSERT with partition and column list', () => {
    const i = parse("INSERT OVERWRITE t PARTITION (dt = '2024') (a, b) SELECT 1, 2") as Insert;
    assert.ok(i.overwrite && !i.upsert);
    assert.equal(i.partition[0].value?.kind, 'stringLiteral');
    assert.deepEqual(i.columns?.map((c) => c.value), ['a', 'b']);
  });
  test('statement sets keep their inserts', () => {
    const s = parse('EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; INSERT INTO b SELECT 2; END');
    assert.ok(s.kind === 'execute' && s.target.kind === 'statementSet' && s.target.inserts.length === 2);
  });
  test('ALTER TABLE actions', () => {
    const add = parse('ALTER TABLE t ADD (c INT AFTER b, WATERMARK FOR ts AS ts)');
    assert.ok(add.kind === 'alterTable' && add.action.kind === 'addElements' && add.action.elements.length === 2);
    const pos = add.action.elements[0].position;
    assert.ok(pos && !pos.first && pos.after.value === 'b');
    const drop = parse('ALTER TABLE t DROP (a, b)');
    assert.ok(drop.kind === 'alterTable' && drop.action.kind === 'dropColumns' && drop.action.columns.length === 2);
    const ren = parse('ALTER TABLE t RENAME a TO b');
    assert.ok(ren.kind === 'alterTable' && ren.action.kind === 'renameColumn' && ren.action.newName.value === 'b');
  });
  test('SHOW, DESCRIBE, SET keep their details', () => {
    const sh = parse("SHOW TABLES FROM cat.db NOT LIKE 'tmp%'");
    assert.ok(sh.kind === 'show' && sh.what === 'TABLES' && sh.like?.negated && sh.target?.parts.length === 2);
    const sc = parse('SHOW CREATE MATERIALIZED TABLE mt');
    assert.ok(sc.kind === 'show' && sc.what === 'CREATE MATERIALIZED TABLE');
    const d = parse('DESC EXTENDED t');
    assert.ok(d.kind === 'describe' && d.extended);
    const set = parse("SET 'table.local-time-zone' = 'UTC'");
    assert.ok(set.kind === 'set' && set.property?.key === 'table.local-time-zone' && set.property.value === 'UTC');
  });
  test('node ranges and offsets point at the source text', () => {
    const text = 'SELECT  a + 1 AS x\nFROM t';
    const r = parseStatement(text, { baseOffset: 50, basePosition: { line: 3, character: 2 } });
    const s = r.statement as QueryStatement;
    const item = (s.query.body as Select).items[0];
    assert.ok(item.kind === 'selectExpression');
    assert.equal(text.slice(item.expression.start - 50, item.expression.end - 50), 'a + 1');
    assert.deepEqual(item.expression.range, { start: { line: 3, character: 10 }, end: { line: 3, character: 15 } });
    const from = (s.query.body as Select).from!;
    assert.deepEqual(from.range, { start: { line: 4, character: 5 }, end: { line: 4, character: 6 } });
  });
});

describe('data types -> LogicalType', () => {
  function typeOf(t: string) {
    const c = parse(`CREATE TABLE x (c ${t})`) as CreateTable;
    const col = c.columns[0];
    assert.ok(col.kind === 'physicalColumn');
    return toLogicalType(col.type);
  }
  test('simple types with Flink defaults and aliases', () => {
    assert.deepEqual(typeOf('INT NOT NULL'), { kind: 'INTEGER', nullable: false });
    assert.deepEqual(typeOf('STRING'), { kind: 'VARCHAR', nullable: true, length: 2147483647 });
    assert.deepEqual(typeOf('VARCHAR'), { kind: 'VARCHAR', nullable: true, length: 1 });
    assert.deepEqual(typeOf('DECIMAL'), { kind: 'DECIMAL', nullable: true, precision: 10, scale: 0 });
    assert.deepEqual(typeOf('NUMERIC(5, 2)'), { kind: 'DECIMAL', nullable: true, precision: 5, scale: 2 });
    assert.deepEqual(typeOf('TIMESTAMP'), { kind: 'TIMESTAMP', nullable: true, precision: 6 });
    assert.deepEqual(typeOf('TIMESTAMP(3) WITH LOCAL TIME ZONE'), { kind: 'TIMESTAMP_LTZ', nullable: true, precision: 3 });
    assert.deepEqual(typeOf('TIMESTAMP_LTZ(3)'), { kind: 'TIMESTAMP_LTZ', nullable: true, precision: 3 });
    assert.deepEqual(typeOf('DOUBLE PRECISION'), { kind: 'DOUBLE', nullable: true });
    assert.deepEqual(typeOf('BYTES'), { kind: 'VARBINARY', nullable: true, length: 2147483647 });
  });
  test('nested types', () => {
    assert.deepEqual(typeOf("ROW<a INT NOT NULL, b ARRAY<STRING> 'desc'>"), {
      kind: 'ROW',
      nullable: true,
      fields: [
        { name: 'a', type: { kind: 'INTEGER', nullable: false } },
        { name: 'b', type: { kind: 'ARRAY', nullable: true, element: { kind: 'VARCHAR', nullable: true, length: 2147483647 } }, description: 'desc' },
      ],
    });
    assert.deepEqual(typeOf('MAP<STRING, BIGINT> NOT NULL'), {
      kind: 'MAP',
      nullable: false,
      key: { kind: 'VARCHAR', nullable: true, length: 2147483647 },
      value: { kind: 'BIGINT', nullable: true },
    });
    assert.deepEqual(typeOf('INT NOT NULL ARRAY'), { kind: 'ARRAY', nullable: true, element: { kind: 'INTEGER', nullable: false } });
    assert.deepEqual(typeOf('MULTISET<INT>'), { kind: 'MULTISET', nullable: true, element: { kind: 'INTEGER', nullable: true } });
  });
  test('interval types', () => {
    assert.deepEqual(typeOf('INTERVAL DAY(3) TO SECOND(2)'), {
      kind: 'INTERVAL_DAY_TIME',
      nullable: true,
      resolution: 'DAY_TO_SECOND',
      dayPrecision: 3,
      fractionalPrecision: 2,
    });
    assert.deepEqual(typeOf('INTERVAL YEAR(4) TO MONTH'), { kind: 'INTERVAL_YEAR_MONTH', nullable: true, resolution: 'YEAR_TO_MONTH', yearPrecision: 4 });
    assert.equal(typeOf('INTERVAL WEEK'), undefined);
  });
});

// keep the Query type import used (documentation of what `query` fields hold)
export type { Query };
