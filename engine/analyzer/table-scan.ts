/**
 * A catalog table as a TableScan: its columns as exposed (physical, computed, metadata), the
 * computed columns and the watermark bound to IR over the columns before them. Catalog objects
 * hold those expressions as text, so they are parsed here, once per table object (cached).
 */
import type { CatalogTable, ObjectPath } from '../catalog/model';
import { parseStatement, type Expression } from '../sql';
import type { Expr } from '../expr/expr';
import type { Field, TableScan } from '../planner/logical/plan';
import { ExprBinder } from './bind-expression';
import { SilentReporter } from './reporter';
import { Scope } from './scope';

const cache = new WeakMap<CatalogTable, Omit<TableScan, 'path'>>();

/**
 * Expressions written in DDL, parsed: a file's tables mostly repeat the same few
 * (`ts - INTERVAL '5' SECOND`), and the AST is immutable. Bounded: cleared when full.
 */
const parsedExpressions = new Map<string, Expression | undefined>();

/** Parses an expression written in DDL (`price * quantity`, `ts - INTERVAL '5' SECOND`). */
export function parseExpressionText(text: string): Expression | undefined {
  if (parsedExpressions.has(text)) return parsedExpressions.get(text);
  const r = parseStatement(`SELECT ${text}`);
  const s = r.statement;
  const item = s && s.kind === 'queryStatement' && s.query.body.kind === 'select' ? s.query.body.items[0] : undefined;
  const expression = item?.kind === 'selectExpression' ? item.expression : undefined;
  if (parsedExpressions.size >= 2000) parsedExpressions.clear();
  parsedExpressions.set(text, expression);
  return expression;
}

function bindText(text: string, fields: readonly Field[]): Expr | undefined {
  const ast = parseExpressionText(text);
  if (!ast) return undefined;
  const reporter = new SilentReporter();
  const x = new ExprBinder({ scope: new Scope([{ fields, offset: 0 }]), reporter, clause: 'a computed column' }).bind(ast);
  return reporter.errors > 0 ? undefined : x;
}

export function tableScan(path: ObjectPath, table: CatalogTable): TableScan {
  let base = cache.get(table);
  if (!base) {
    const fields: Field[] = table.columns.map((c) => ({ name: c.name, type: c.type }));
    const computed: { index: number; expr: Expr }[] = [];
    table.columns.forEach((c, index) => {
      if (c.kind !== 'computed') return;
      const expr = bindText(c.expression, fields.slice(0, index));
      if (expr) computed.push({ index, expr });
    });
    let watermark: TableScan['watermark'];
    if (table.watermark) {
      const column = fields.findIndex((f) => f.name === table.watermark!.column);
      const expr = column >= 0 ? bindText(table.watermark.expression, fields) : undefined;
      if (expr) watermark = { column, expr, ...(table.watermark.delayMs !== undefined ? { delayMs: table.watermark.delayMs } : {}) };
    }
    base = { kind: 'scan', table, computed, fields, ...(watermark ? { watermark } : {}) };
    cache.set(table, base);
  }
  return { ...base, path };
}
