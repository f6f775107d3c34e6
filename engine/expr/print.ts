/**
 * Expressions as text, for EXPLAIN and error messages. Infix operators print infix with
 * parentheses around nested infix operands; input refs print their name or `$i`.
 */
import type { LogicalType } from '../types/logical-type';
import { printType } from '../types/print';
import type { Value } from '../types/values';
import type { Expr } from './expr';

const INFIX = new Set(['+', '-', '*', '/', '%', '=', '<>', '<', '<=', '>', '>=', 'AND', 'OR', '||', 'LIKE', 'NOT LIKE', 'SIMILAR TO', 'IS DISTINCT FROM', 'IS NOT DISTINCT FROM']);
const POSTFIX = new Set(['IS NULL', 'IS NOT NULL', 'IS TRUE', 'IS FALSE', 'IS NOT TRUE', 'IS NOT FALSE']);

export function printExpr(e: Expr): string {
  switch (e.kind) {
    case 'input':
      return e.name ?? `$${e.index}`;
    case 'literal':
      return printLiteral(e.value, e.type);
    case 'cast':
      return `${e.safe ? 'TRY_CAST' : 'CAST'}(${printExpr(e.operand)} AS ${printType(e.type)})`;
    case 'field':
      return `${nested(e.operand)}.${e.name}`;
    case 'case': {
      const parts = e.whens.map((w) => `WHEN ${printExpr(w.when)} THEN ${printExpr(w.then)}`);
      if (e.else) parts.push(`ELSE ${printExpr(e.else)}`);
      return `CASE ${parts.join(' ')} END`;
    }
    case 'call': {
      const ops = e.operands;
      if (INFIX.has(e.op) && ops.length === 2) return `${nested(ops[0]!)} ${e.op} ${nested(ops[1]!)}`;
      if (POSTFIX.has(e.op) && ops.length === 1) return `${nested(ops[0]!)} ${e.op}`;
      if (e.op === 'NOT' && ops.length === 1) return `NOT ${nested(ops[0]!)}`;
      if (e.op === '-' && ops.length === 1) return `-${nested(ops[0]!)}`;
      return printSpecial(e.op, ops) ?? `${e.op}(${ops.map(printExpr).join(', ')})`;
    }
  }
}

/** The SQL spelling of special forms whose operands are not a plain argument list. */
function printSpecial(op: string, ops: readonly Expr[]): string | undefined {
  const sym = (e: Expr | undefined) => (e?.kind === 'literal' && typeof e.value === 'string' ? e.value.toUpperCase() : e ? printExpr(e) : '');
  switch (op) {
    case 'IN':
    case 'NOT IN':
      return `${nested(ops[0]!)} ${op} (${ops.slice(1).map(printExpr).join(', ')})`;
    case 'BETWEEN':
    case 'NOT BETWEEN':
      return `${nested(ops[0]!)} ${op} ${nested(ops[1]!)} AND ${nested(ops[2]!)}`;
    case 'EXTRACT':
      return `EXTRACT(${sym(ops[0])} FROM ${printExpr(ops[1]!)})`;
    case 'FLOOR':
    case 'CEIL':
      return ops.length === 2 ? `${op}(${printExpr(ops[0]!)} TO ${sym(ops[1])})` : undefined;
    case 'TIMESTAMPADD':
    case 'TIMESTAMPDIFF':
      return `${op}(${sym(ops[0])}, ${ops.slice(1).map(printExpr).join(', ')})`;
    case 'TRIM':
      return `TRIM(${sym(ops[0])} ${printExpr(ops[1]!)} FROM ${printExpr(ops[2]!)})`;
    case 'ITEM':
      return `${nested(ops[0]!)}[${printExpr(ops[1]!)}]`;
    case 'ARRAY':
    case 'MAP':
      return `${op}[${ops.map(printExpr).join(', ')}]`;
    default:
      return undefined;
  }
}

function nested(e: Expr): string {
  const s = printExpr(e);
  if (e.kind === 'call' && (INFIX.has(e.op) || POSTFIX.has(e.op) || e.op === 'NOT')) return `(${s})`;
  return s;
}

export function printLiteral(v: Value, type: LogicalType): string {
  if (v === null) return type.kind === 'NULL' ? 'NULL' : `CAST(NULL AS ${printType(type)})`;
  switch (type.kind) {
    case 'CHAR':
    case 'VARCHAR':
      return `'${String(v).replace(/'/g, "''")}'`;
    case 'BOOLEAN':
      return v ? 'TRUE' : 'FALSE';
    case 'DATE':
      return `DATE '${new Date((v as number) * 86_400_000).toISOString().slice(0, 10)}'`;
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return `TIMESTAMP '${new Date(v as number).toISOString().replace('T', ' ').replace('Z', '')}'`;
    case 'INTERVAL_DAY_TIME':
      return `INTERVAL '${(v as number) / 1000}' SECOND`;
    case 'INTERVAL_YEAR_MONTH':
      return `INTERVAL '${v as number}' MONTH`;
    default:
      if (v instanceof Uint8Array) return `X'${Buffer.from(v).toString('hex').toUpperCase()}'`;
      return String(v);
  }
}
