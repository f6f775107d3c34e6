import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../../engine/language';
import { defaultCatalog } from '../../../engine/analyzer';
import { withCursor } from './cursor';

const source = { catalog: defaultCatalog };
const USE = 'USE CATALOG examples;\nUSE marketplace;\n';

function hover(marked: string): string | undefined {
  const { doc, position } = withCursor(marked);
  return hoverAt(doc, position, source)?.markdown;
}

describe('semantic hover', () => {
  test('a table shows schema, watermark, key and provenance', () => {
    const md = hover(`${USE}SELECT * FROM ord|ers`)!;
    assert.match(md, /\*\*table\*\* `examples\.marketplace\.orders`/);
    assert.match(md, /`order_id`/);
    assert.match(md, /Watermark: `order_time`/);
    assert.match(md, /Source: built-in example stream/);
    const customers = hover(`${USE}SELECT * FROM custo|mers`)!;
    assert.match(customers, /Primary key: `customer_id`/);
  });

  test('a column shows its type and origin table, qualified or not, across lines', () => {
    const md = hover(`${USE}SELECT o.pri|ce\nFROM orders o`)!;
    assert.match(md, /\*\*column\*\* `price`/);
    assert.match(md, /From `o` \(`examples\.marketplace\.orders`\)/);
    assert.match(md, /Unit price paid/);
    const plain = hover(`${USE}SELECT quantity\nFROM orders\nWHERE quan|tity > 1`)!;
    assert.match(plain, /`quantity` `INT/);
    assert.match(plain, /examples\.marketplace\.orders/);
  });

  test('a function shows signature, description and example, also in a statement that does not parse', () => {
    const md = hover(`${USE}SELECT UPP|ER(email) FROM customers`)!;
    assert.match(md, /UPPER\(/);
    assert.match(md, /Example: `/);
    const broken = hover('SELECT SUBSTR|ING(x, 1 FROM (((')!;
    assert.match(broken, /SUBSTRING\(/);
  });

  test('a CTE shows its columns; keywords and unknown names show nothing', () => {
    const md = hover(`${USE}WITH x AS (SELECT order_id FROM orders)\nSELECT * FROM |x`)!;
    assert.match(md, /WITH query.*`x`/);
    assert.match(md, /`order_id`/);
    assert.equal(hover(`${USE}SEL|ECT * FROM orders`), undefined);
    assert.equal(hover(`${USE}SELECT * FROM nope|x`), undefined);
  });

  test('a user-defined table function\'s alias columns: named by the AS list, typed unknown', () => {
    const fn = "CREATE FUNCTION splitter AS 'com.example.Splitter';\n";
    const md = hover(`${USE}${fn}SELECT t.wo|rd FROM customers c, LATERAL TABLE(splitter(c.name)) AS t(word, len)`)!;
    assert.match(md, /\*\*column\*\* `word` `unknown`/);
    assert.match(md, /From `t`/);
    const alias = hover(`${USE}${fn}SELECT t.word FROM customers c, LATERAL TABLE(splitter(c.name)) AS |t(word, len)`)!;
    assert.match(alias, /\| `word` \| `unknown` \|\n\| `len` \| `unknown` \|/);
    const fnHover = hover(`${USE}${fn}SELECT t.word FROM customers c, LATERAL TABLE(split|ter(c.name)) AS t(word, len)`)!;
    assert.match(fnHover, /\*\*user-defined function\*\* `splitter`\n\nImplemented by the Java class `com\.example\.Splitter`/);
  });

  test('* and t.* show the columns they expand to', () => {
    const md = hover(`${USE}SELECT |* FROM orders`)!;
    assert.match(md, /`\*` expands to 6 columns/);
    assert.match(md, /\| `order_id` \| `STRING NOT NULL` \|/);
    const t = hover(`${USE}SELECT t.|*, 1 AS one FROM (SELECT order_id, quantity FROM orders) AS t`)!;
    assert.match(t, /`\*` expands to 2 columns\*\*\n\n\| column \| type \|\n\|---\|---\|\n\| `order_id` \| `STRING NOT NULL` \|\n\| `quantity` \| `INT` \|$/);
  });
});
