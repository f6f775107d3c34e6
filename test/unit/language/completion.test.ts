import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, type CompletionContext, type LanguageCompletionItem } from '../../../engine/language';
import { withCursor } from './cursor';

function completeAt(marked: string, providers: ((c: CompletionContext) => LanguageCompletionItem[])[] = []): LanguageCompletionItem[] {
  const { doc, position } = withCursor(marked);
  return complete(doc, position, { providers });
}

function labels(marked: string): string[] {
  return completeAt(marked).map((i) => i.label);
}

describe('completion: keywords by context', () => {
  test('an empty document offers statement starters and snippets', () => {
    const items = completeAt('|');
    const kw = items.filter((i) => i.kind === 'keyword').map((i) => i.label);
    for (const k of ['SELECT', 'INSERT', 'CREATE', 'WITH', 'SET', 'EXPLAIN']) assert.ok(kw.includes(k), k);
    assert.ok(!kw.includes('FROM'));
    const snippets = items.filter((i) => i.kind === 'snippet').map((i) => i.label);
    for (const s of ['CREATE TABLE (kafka)', 'CREATE TABLE (upsert-kafka)', 'CREATE TABLE (datagen)', 'CREATE TABLE (filesystem)', 'INSERT INTO … SELECT', 'Tumbling window aggregation', 'Top-N per key']) {
      assert.ok(snippets.includes(s), s);
    }
  });

  test('after FROM t: clauses and joins, not statement starters', () => {
    const l = labels('SELECT id FROM orders |');
    for (const k of ['WHERE', 'GROUP BY', 'ORDER BY', 'JOIN', 'LEFT', 'UNION', 'LIMIT']) assert.ok(l.includes(k), k);
    assert.ok(!l.includes('SELECT') && !l.includes('CREATE'));
  });

  test('a partial word replaces just the word, and lower case is kept', () => {
    const { doc, position } = withCursor('SELECT id FROM orders wh|');
    const items = complete(doc, position);
    const where = items.find((i) => i.label === 'where');
    assert.ok(where, 'lower-case where');
    assert.deepEqual(where.range, { start: { line: 0, character: 22 }, end: { line: 0, character: 24 } });
  });

  test('only the statement under the cursor counts (a broken one before it does not matter)', () => {
    const l = labels('SELECT * FORM t;\nCREATE TABLE t (a INT) |');
    assert.ok(l.includes('WITH'));
    assert.ok(l.includes('PARTITIONED BY'));
    assert.ok(!l.includes('WHERE'));
  });

  test('after a terminated statement a new statement begins', () => {
    const l = labels('SELECT 1;\n|');
    assert.ok(l.includes('SELECT') && l.includes('CREATE'));
  });

  test('nothing inside a comment', () => {
    assert.deepEqual(labels('SELECT 1; -- a comm|'), []);
    assert.deepEqual(labels('SELECT a /* inside | */ FROM t'), []);
  });

  test('CREATE TABLE ... ( column types are not offered as keywords but IF NOT EXISTS is', () => {
    assert.ok(labels('CREATE TABLE |').includes('IF NOT EXISTS'));
  });
});

describe('completion: slots and providers', () => {
  test('a table slot after FROM, a column and function slot in expressions', () => {
    const seen: CompletionContext[] = [];
    const provider = (c: CompletionContext) => {
      seen.push(c);
      return c.slots.some((s) => s.kind === 'table') ? [{ label: 'orders', kind: 'table' as const, range: c.replaceRange }] : [];
    };
    const items = completeAt('SELECT * FROM |', [provider]);
    assert.ok(items.some((i) => i.label === 'orders' && i.kind === 'table'));
    assert.ok(seen[0].slots.some((s) => s.kind === 'table'));
    assert.equal(seen[0].statementText, 'SELECT * FROM ');

    completeAt('SELECT a FROM t WHERE |', [provider]);
    const kinds = seen[1].slots.map((s) => s.kind).sort();
    assert.deepEqual(kinds, ['column', 'function']);
  });

  test('a provider sees the whole statement, also what follows the cursor', () => {
    let ctx: CompletionContext | undefined;
    completeAt('SELECT 1;\nSELECT a, | FROM orders o WHERE o.x > 1;', [
      (c) => {
        ctx = c;
        return [];
      },
    ]);
    assert.equal(ctx?.statementText, 'SELECT a,  FROM orders o WHERE o.x > 1');
    assert.equal(ctx?.statementOffset, 10);
    assert.equal(ctx?.statementPrefix, 'SELECT a, ');
  });

  test('after alias. only a column slot with the qualifier, no keywords', () => {
    let ctx: CompletionContext | undefined;
    const items = completeAt('SELECT o.| FROM orders o', [
      (c) => {
        ctx = c;
        return [];
      },
    ]);
    assert.deepEqual(items, []);
    assert.ok(ctx?.slots.some((s) => s.kind === 'column' && s.qualifier === 'o'));
  });

  test('a failing provider is logged and the other items still come', () => {
    const logs: string[] = [];
    const { doc, position } = withCursor('SELECT * FROM t |');
    const items = complete(doc, position, {
      providers: [
        () => {
          throw new Error('boom');
        },
      ],
      log: (m) => logs.push(m),
    });
    assert.ok(items.some((i) => i.label === 'WHERE'));
    assert.match(logs[0], /boom/);
  });
});

describe('completion: functions', () => {
  test('in an expression: function names with signature detail', () => {
    const items = completeAt('SELECT |');
    const upper = items.find((i) => i.label === 'UPPER');
    assert.ok(upper);
    assert.equal(upper.kind, 'function');
    assert.match(upper.detail ?? '', /^UPPER\(.*\) -> STRING/);
    assert.equal(upper.insertText, 'UPPER($1)');
    assert.ok(items.some((i) => i.label === 'COUNT'));
    assert.ok(!items.some((i) => i.label === '+'), 'no operators');
  });

  test('in FROM TABLE(: table functions only', () => {
    const items = completeAt('SELECT * FROM TABLE(|').filter((i) => i.kind === 'function');
    assert.ok(items.some((i) => i.label === 'TUMBLE'));
    assert.ok(!items.some((i) => i.label === 'UPPER'));
  });
});

describe('completion: WITH options', () => {
  test('keys of the chosen connector, without those already set, required first', () => {
    const items = completeAt("CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', |)");
    const keys = items.map((i) => i.label);
    assert.ok(keys.includes('path') && keys.includes('format'));
    assert.ok(!keys.includes('connector'));
    assert.ok(keys.includes('csv.field-delimiter'), 'format options under their prefix');
    const path = items.find((i) => i.label === 'path')!;
    assert.equal(path.kind, 'property');
    assert.equal(path.insertText, "'path' = '$2'");
    assert.ok(path.sortText! < items.find((i) => i.label === 'csv.field-delimiter')!.sortText!);
    assert.match(path.documentation ?? '', /required/);
  });

  test('inside a quoted key: the key alone, replacing what is typed', () => {
    const { doc, position } = withCursor("CREATE TABLE t (a INT) WITH ('connector' = 'datagen', 'rows-p|')");
    const items = complete(doc, position);
    const rps = items.find((i) => i.label === 'rows-per-second');
    assert.ok(rps);
    assert.equal(rps.insertText, 'rows-per-second');
    assert.deepEqual(rps.range, { start: { line: 0, character: 55 }, end: { line: 0, character: 61 } });
    const kind = items.find((i) => i.label === 'fields.#.kind');
    assert.equal(kind?.insertText, 'fields.${1:column}.kind');
  });

  test('before a connector is chosen only `connector`; its values are the registered connectors', () => {
    assert.deepEqual(labels("CREATE TABLE t (a INT) WITH (|"), ['connector']);
    const values = labels("CREATE TABLE t (a INT) WITH ('connector' = '|')");
    for (const c of ['datagen', 'filesystem', 'print', 'blackhole', 'faker']) assert.ok(values.includes(c), c);
  });

  test('values of an enum option', () => {
    assert.deepEqual(labels("CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'format' = |"), ['csv', 'json', 'raw', 'debezium-json']);
  });
});

describe('completion: snippets', () => {
  test('the kafka CREATE TABLE snippet lists the required options as placeholders', () => {
    const kafka = completeAt('|').find((i) => i.label === 'CREATE TABLE (kafka)')!;
    assert.ok(kafka.snippet);
    for (const k of ["'connector' = 'kafka'", "'topic' = '${", "'properties.bootstrap.servers' = '${", "'format' = '${"]) assert.ok(kafka.insertText!.includes(k), k);
  });

  test('the filesystem snippet takes its required options from the connector registry', () => {
    const fs = completeAt('|').find((i) => i.label === 'CREATE TABLE (filesystem)')!;
    assert.match(fs.insertText!, /'path' = '\$\{2:path\}'/);
    assert.match(fs.insertText!, /'format' = '\$\{3\|csv,json,raw,debezium-json\|\}'/);
  });

  test('snippets only where a statement begins', () => {
    assert.ok(!completeAt('SELECT |').some((i) => i.kind === 'snippet'));
  });
});

describe('completion: no duplicates', () => {
  test('a keyword that is also a function is offered once, as the function', () => {
    const items = completeAt('SELECT |');
    const casts = items.filter((i) => i.label === 'CAST');
    assert.deepEqual(casts.map((i) => i.kind), ['function']);
    const tumble = completeAt('SELECT * FROM TABLE(|').filter((i) => i.label === 'TUMBLE');
    assert.deepEqual(tumble.map((i) => i.kind), ['function']);
  });
});
