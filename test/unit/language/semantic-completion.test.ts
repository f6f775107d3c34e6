import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, createLanguageDocument, semanticCompletionProvider, type LanguageCompletionItem } from '../../../engine/language';
import { defaultCatalog } from '../../../engine/analyzer';
import { withCursor } from './cursor';

const provider = semanticCompletionProvider({ catalog: defaultCatalog });
const USE = "USE CATALOG examples;\nUSE marketplace;\n";

function items(marked: string): LanguageCompletionItem[] {
  const { doc, position } = withCursor(marked);
  return complete(doc, position, { providers: [provider], log: (m) => assert.fail(m) }).sort((a, b) =>
    (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label),
  );
}
const labels = (marked: string): string[] => items(marked).map((i) => i.label);
const rank = (l: string[], name: string): number => {
  const i = l.indexOf(name);
  assert.ok(i >= 0, `${name} offered in ${l.slice(0, 30).join(',')}`);
  return i;
};

describe('semantic completion: tables', () => {
  test('tables of the current database after FROM, before keywords and catalogs', () => {
    const l = labels(`${USE}SELECT * FROM |`);
    for (const t of ['orders', 'customers', 'products', 'clicks']) assert.ok(rank(l, t) < rank(l, 'examples'), t);
    assert.ok(rank(l, 'orders') < rank(l, 'LATERAL'));
    assert.ok(!l.includes('order_id'), 'no columns in a table slot');
  });

  test('tables created earlier in the same file are offered', () => {
    const l = labels(`CREATE TABLE my_sink (id BIGINT) WITH ('connector' = 'blackhole');\nSELECT * FROM |`);
    assert.ok(l.includes('my_sink'));
  });

  test('qualified paths: catalog.database. lists that database only', () => {
    const l = labels('SELECT * FROM examples.nexmark.|');
    assert.deepEqual([...l].sort(), ['auction', 'bid', 'person']);
    const dbs = labels('SELECT * FROM examples.|');
    assert.ok(dbs.includes('marketplace') && dbs.includes('nexmark') && !dbs.includes('orders'));
  });

  test('CTEs in scope come first', () => {
    const l = labels(`${USE}WITH big AS (SELECT * FROM orders WHERE quantity > 10)\nSELECT * FROM b|`);
    assert.equal(l[0], 'big');
    assert.ok(l.includes('orders'));
  });
});

describe('semantic completion: columns', () => {
  test('alias. lists that relation’s columns only, across lines', () => {
    const l = labels(`${USE}SELECT o.|\nFROM orders o\nJOIN customers c ON o.customer_id = c.customer_id`);
    assert.deepEqual(l, ['order_id', 'customer_id', 'product_id', 'quantity', 'price', 'order_time']);
    const c = labels(`${USE}SELECT o.order_id\nFROM orders o\nJOIN customers c ON o.customer_id = c.|`);
    assert.ok(c.includes('email') && !c.includes('order_id'));
  });

  test('unqualified: columns of FROM tables, then functions, then keywords; shared names qualified', () => {
    const all = items(`${USE}SELECT |\nFROM orders o JOIN customers c ON o.customer_id = c.customer_id`);
    const l = all.map((i) => i.label);
    assert.ok(rank(l, 'order_id') < rank(l, 'UPPER'));
    assert.ok(rank(l, 'email') < rank(l, 'UPPER'));
    assert.ok(rank(l, 'UPPER') < rank(l, 'DISTINCT'));
    assert.ok(!l.includes('auction'), 'nothing from other tables');
    const shared = all.filter((i) => i.label === 'customer_id').map((i) => i.insertText);
    assert.deepEqual(shared.sort(), ['c.customer_id', 'o.customer_id']);
    const price = all.find((i) => i.label === 'price')!;
    assert.match(price.detail!, /DECIMAL|DOUBLE|INT/);
    assert.match(price.detail!, /orders/);
  });

  test('WHERE of a CTE sees the CTE’s columns', () => {
    const l = labels(`${USE}WITH x AS (SELECT order_id, price AS p FROM orders)\nSELECT * FROM x WHERE |`);
    assert.ok(l.includes('order_id') && l.includes('p') && !l.includes('quantity'));
  });

  test('window TVF output columns', () => {
    const l = labels(`${USE}SELECT w|\nFROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '1' MINUTE))\nGROUP BY window_start, window_end`);
    for (const c of ['window_start', 'window_end', 'window_time', 'order_id']) assert.ok(l.includes(c), c);
  });

  test('a partial word inside backticks-free multi-line statement keeps the range of the word', () => {
    const all = items(`${USE}SELECT\n  o.quan|\nFROM orders o`);
    const q = all.find((i) => i.label === 'quantity')!;
    assert.deepEqual(q.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 8 } });
  });

  test('inside backticks: tables and columns, inserted quoted over an auto-closed backtick', () => {
    const t = items(`${USE}SELECT * FROM \`ord|\``);
    const orders = t.find((i) => i.label === 'orders')!;
    assert.ok(orders, 'orders');
    assert.equal(orders.insertText, '`orders`');
    assert.equal(orders.filterText, '`orders');
    assert.deepEqual(orders.range, { start: { line: 2, character: 14 }, end: { line: 2, character: 19 } });
    assert.ok(!t.some((i) => i.kind === 'keyword'));
    const c = labels(`${USE}SELECT o.\`qu|\nFROM orders o`);
    assert.ok(c.includes('quantity') && !c.includes('email'));
    const q = labels(`${USE}SELECT * FROM examples.\`nex|`);
    assert.ok(q.includes('nexmark') && !q.includes('orders'));
  });

  test('tables created earlier in the file, and edits to them, are seen (the replay cache follows edits)', () => {
    const head = "CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'datagen');\n";
    const tail = 'SELECT x. FROM t x';
    const doc = createLanguageDocument(head + tail);
    const at = () => doc.positionAt(doc.text.indexOf('x.') + 2);
    const cols = () => complete(doc, at(), { providers: [provider] }).map((i) => i.label);
    assert.deepEqual(cols(), ['a', 'b']);
    doc.update(head.replace('b STRING', 'b STRING, c DOUBLE') + tail);
    assert.deepEqual(cols(), ['a', 'b', 'c']);
    doc.update('USE CATALOG examples;\nUSE marketplace;\n' + 'SELECT x. FROM orders x');
    assert.ok(cols().includes('order_id'));
  });

  test('INSERT column lists: the target’s columns not yet listed', () => {
    const l = labels(`CREATE TABLE sink (id BIGINT, total DOUBLE, note STRING) WITH ('connector' = 'blackhole');\nINSERT INTO sink (id, |`);
    assert.deepEqual(l, ['total', 'note']);
    assert.deepEqual(labels(`${USE}INSERT INTO orders (|`).slice(0, 2), ['order_id', 'customer_id']);
  });

  test('DESCRIPTOR( in a window TVF: the input table’s columns', () => {
    const l = labels(`${USE}SELECT * FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(|`);
    assert.ok(l.includes('order_time') && !l.includes('email'));
  });

  test('nested fields after a ROW column and after alias.column.', () => {
    const ddl = "CREATE TABLE ev (id INT, payload ROW<kind STRING, amount DOUBLE>) WITH ('connector' = 'datagen');\n";
    assert.deepEqual(labels(`${ddl}SELECT e.payload.| FROM ev e`), ['kind', 'amount']);
    assert.deepEqual(labels(`${ddl}SELECT payload.| FROM ev`), ['kind', 'amount']);
  });

  test('window TVF named arguments not given yet, first', () => {
    const l = labels(`${USE}SELECT * FROM TABLE(TUMBLE(DATA => TABLE orders, |`);
    assert.deepEqual(l.slice(0, 3), ['TIMECOL =>', 'SIZE =>', 'OFFSET =>']);
    assert.ok(!l.includes('DATA =>'));
    assert.ok(!labels(`${USE}SELECT UPPER(|`).some((x) => x.endsWith('=>')));
  });

  test('a statement that does not parse: columns of its FROM/JOIN tables, read lexically', () => {
    const l = labels(`${USE}SELECT CASE WHEN o.| FROM orders AS o JOIN examples.marketplace.customers c ON o.customer_id = c.customer_id`);
    assert.deepEqual(l, ['order_id', 'customer_id', 'product_id', 'quantity', 'price', 'order_time']);
    const all = labels(`${USE}SELECT CASE WHEN | FROM orders o, customers`);
    assert.ok(all.includes('quantity') && all.includes('email') && !all.includes('auction'));
    assert.doesNotThrow(() => labels(`${USE}SELECT o.| FROM (((`));
  });
});

describe('semantic completion: table function columns', () => {
  test('the AS column list of a user-defined table function, after its alias and unqualified', () => {
    const fn = "CREATE FUNCTION splitter AS 'com.example.Splitter';\n";
    const after = labels(`${USE}${fn}SELECT t.| FROM customers c, LATERAL TABLE(splitter(c.name)) AS t(word, len)`);
    assert.deepEqual(after.filter((l) => l === 'word' || l === 'len').sort(), ['len', 'word']);
    assert.ok(!after.includes('email'), 'only t\'s columns after t.');
    const plain = labels(`${USE}${fn}SELECT | FROM customers c, LATERAL TABLE(splitter(c.name)) AS t(word, len)`);
    rank(plain, 'word');
    rank(plain, 'email');
  });
});
