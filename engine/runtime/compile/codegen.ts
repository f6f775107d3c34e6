/**
 * Expression IR -> JS source. The generated code references only row slots (`r[3]`), temps
 * (`t0`), and constants (`k0`) bound from an array passed in at construction: literal values,
 * function implementations and error texts live in that array, never in the code string.
 * NULL propagation and SQL three-valued logic are generated inline; so are arithmetic with
 * per-type integer wrapping and DECIMAL rounding, comparisons and CASE-like forms.
 */
import type { Call, Expr } from '../../expr/expr';
import { printExpr } from '../../expr/print';
import type { LogicalType } from '../../types/logical-type';
import { MS_PER_DAY } from '../../types/values';
import { castFunction } from '../functions/cast';
import { roundHalfUp } from '../functions/numeric';
import { scalarFunction } from '../functions/registry';
import { addMonths } from '../functions/temporal';
import { compareValues, valueEquals } from '../row/compare';

const SIMPLE_KINDS = new Set([
  'BOOLEAN', 'TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'FLOAT', 'DOUBLE', 'DECIMAL', 'CHAR', 'VARCHAR',
  'DATE', 'TIME', 'TIMESTAMP', 'TIMESTAMP_LTZ', 'INTERVAL_DAY_TIME', 'INTERVAL_YEAR_MONTH', 'NULL',
]);
const COMPARE_OPS: Record<string, string> = { '=': '===', '<>': '!==', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };
const ARITH = new Set(['+', '-', '*', '/', '%']);

/** Operators and special forms the code generator writes inline (not in functions/registry.ts). */
export const INLINE_OPERATORS: ReadonlySet<string> = new Set([
  ...ARITH, ...Object.keys(COMPARE_OPS), 'AND', 'OR', 'NOT', 'IS NULL', 'IS NOT NULL', 'IS UNKNOWN', 'IS NOT UNKNOWN', 'IS TRUE', 'IS FALSE',
  'IS NOT TRUE', 'IS NOT FALSE', 'IS DISTINCT FROM', 'IS NOT DISTINCT FROM', 'COALESCE', 'IF', 'NULLIF', 'IN', 'NOT IN',
  'BETWEEN', 'NOT BETWEEN', 'CASE', 'CAST', 'TRY_CAST', '.', 'CURRENT_WATERMARK',
]);

function divisionByZero(): never {
  throw new Error('Division by zero');
}

/** What compiled code may ask of the operator running it. */
export interface CompileEnv {
  /** The operator's current watermark in epoch ms, or null before the first (CURRENT_WATERMARK). */
  currentWatermark?(): number | null;
}

export class CodeGen {
  readonly constants: unknown[] = [];
  private temps = 0;

  constructor(private readonly env: CompileEnv = {}) {}

  /** A constant slot; the code refers to it as `kN`. */
  constant(v: unknown): string {
    this.constants.push(v);
    return `k${this.constants.length - 1}`;
  }

  temp(): string {
    return `t${this.temps++}`;
  }

  /** `let t0, t1, ...;` for the temps used so far. */
  tempDeclarations(): string {
    if (this.temps === 0) return '';
    return `let ${Array.from({ length: this.temps }, (_, i) => `t${i}`).join(', ')};`;
  }

  /** `const k0 = c[0], ...;` binding the constants array once. */
  constantDeclarations(): string {
    if (this.constants.length === 0) return '';
    return `const ${this.constants.map((_, i) => `k${i} = c[${i}]`).join(', ')};`;
  }

  gen(e: Expr): string {
    switch (e.kind) {
      case 'input':
        if (!Number.isInteger(e.index) || e.index < 0) throw new Error(`Bad input index ${e.index}`);
        return `r[${e.index}]`;
      case 'literal':
        if (e.value === null) return 'null';
        if (e.value === true) return 'true';
        if (e.value === false) return 'false';
        return this.constant(e.value);
      case 'cast': {
        const from = e.operand.type;
        if (!e.safe && sameRepresentation(from, e.type)) return this.gen(e.operand);
        const t = this.temp();
        const fn = this.constant(castFunction(from, e.type, e.safe));
        return `((${t} = ${this.gen(e.operand)}) === null ? null : ${fn}(${t}))`;
      }
      case 'field': {
        const t = this.temp();
        return `((${t} = ${this.gen(e.operand)}) === null ? null : ${t}[${Number(e.index)}])`;
      }
      case 'case': {
        let code = e.else === null ? 'null' : this.gen(e.else);
        for (let i = e.whens.length - 1; i >= 0; i--) {
          const w = e.whens[i]!;
          code = `((${this.gen(w.when)}) === true ? ${this.gen(w.then)} : ${code})`;
        }
        return code;
      }
      case 'call':
        return this.call(e);
    }
  }

  private strictCall(operands: readonly Expr[], body: (temps: string[]) => string): string {
    const temps = operands.map(() => this.temp());
    const tests = operands.map((o, i) => `(${temps[i]} = ${this.gen(o)}) === null`);
    if (tests.length === 0) return body([]);
    return `(${tests.join(' || ')} ? null : ${body(temps)})`;
  }

  private call(e: Call): string {
    const ops = e.operands;
    const op = e.op.toUpperCase();
    if (ARITH.has(op)) return ops.length === 1 ? this.negate(e) : this.arithmetic(e);
    if (op in COMPARE_OPS && ops.length === 2) return this.compare(op, ops[0]!, ops[1]!);
    switch (op) {
      case 'AND':
      case 'OR':
        return this.logical(op, ops);
      case 'NOT': {
        const t = this.temp();
        return `((${t} = ${this.gen(ops[0]!)}) === null ? null : !${t})`;
      }
      case 'IS NULL':
      case 'IS UNKNOWN':
        return `(${this.gen(ops[0]!)} === null)`;
      case 'IS NOT NULL':
      case 'IS NOT UNKNOWN':
        return `(${this.gen(ops[0]!)} !== null)`;
      case 'IS TRUE':
        return `(${this.gen(ops[0]!)} === true)`;
      case 'IS FALSE':
        return `(${this.gen(ops[0]!)} === false)`;
      case 'IS NOT TRUE':
        return `(${this.gen(ops[0]!)} !== true)`;
      case 'IS NOT FALSE':
        return `(${this.gen(ops[0]!)} !== false)`;
      case 'IS DISTINCT FROM':
      case 'IS NOT DISTINCT FROM': {
        const eq = this.constant(valueEquals);
        const code = `${eq}(${this.gen(ops[0]!)}, ${this.gen(ops[1]!)})`;
        return op === 'IS DISTINCT FROM' ? `(!${code})` : `(${code})`;
      }
      case 'COALESCE': {
        const t = this.temp();
        let code = this.gen(ops[ops.length - 1]!);
        for (let i = ops.length - 2; i >= 0; i--) code = `((${t} = ${this.gen(ops[i]!)}) !== null ? ${t} : ${code})`;
        return code;
      }
      case 'IF':
        return `((${this.gen(ops[0]!)}) === true ? ${this.gen(ops[1]!)} : ${this.gen(ops[2]!)})`;
      case 'NULLIF': {
        const a = this.temp();
        const b = this.temp();
        const eq = this.constant(valueEquals);
        return `((${a} = ${this.gen(ops[0]!)}) === null ? null : ((${b} = ${this.gen(ops[1]!)}) !== null && ${eq}(${a}, ${b})) ? null : ${a})`;
      }
      case 'IN':
      case 'NOT IN':
        return this.inList(op === 'NOT IN', ops);
      case 'CURRENT_WATERMARK': {
        const get = this.env.currentWatermark;
        if (get === undefined) throw new Error('CURRENT_WATERMARK is only available where the operator tracks watermarks');
        return `${this.constant(get)}()`;
      }
      case 'BETWEEN':
      case 'NOT BETWEEN': {
        const [x, lo, hi] = ops as [Expr, Expr, Expr];
        const b = { kind: 'BOOLEAN', nullable: true } as const;
        const between: Expr = {
          kind: 'call',
          op: 'AND',
          type: b,
          operands: [
            { kind: 'call', op: '>=', type: b, operands: [x, lo] },
            { kind: 'call', op: '<=', type: b, operands: [x, hi] },
          ],
        };
        return op === 'BETWEEN' ? this.gen(between) : this.gen({ kind: 'call', op: 'NOT', type: b, operands: [between] });
      }
      default:
        return this.functionCall(op, e);
    }
  }

  private functionCall(op: string, e: Call): string {
    const impl = scalarFunction(op);
    if (impl === undefined) throw new Error(`No runtime implementation of function ${op}`);
    const fn = this.constant(impl.bind(e.operands, e.type));
    if (impl.strict === false) return `${fn}(${e.operands.map((o) => this.gen(o)).join(', ')})`;
    return this.strictCall(e.operands, (t) => `${fn}(${t.join(', ')})`);
  }

  private logical(op: 'AND' | 'OR', ops: readonly Expr[]): string {
    const decisive = op === 'AND' ? 'false' : 'true';
    const otherwise = op === 'AND' ? 'true' : 'false';
    const temps = ops.map(() => this.temp());
    let code = `(${temps.map((t) => `${t} === null`).join(' || ')}) ? null : ${otherwise}`;
    for (let i = ops.length - 1; i >= 0; i--) {
      code = `(${temps[i]} = ${this.gen(ops[i]!)}) === ${decisive} ? ${decisive} : ${code}`;
    }
    return `(${code})`;
  }

  private compare(op: string, a: Expr, b: Expr): string {
    const simple = SIMPLE_KINDS.has(a.type.kind) && SIMPLE_KINDS.has(b.type.kind);
    if (simple) return this.strictCall([a, b], ([x, y]) => `${x} ${COMPARE_OPS[op]} ${y}`);
    if (op === '=' || op === '<>') {
      const eq = this.constant(valueEquals);
      return this.strictCall([a, b], ([x, y]) => `${op === '=' ? '' : '!'}${eq}(${x}, ${y})`);
    }
    const cmp = this.constant(compareValues);
    return this.strictCall([a, b], ([x, y]) => `${cmp}(${x}, ${y}) ${COMPARE_OPS[op]} 0`);
  }

  private inList(negated: boolean, ops: readonly Expr[]): string {
    const [x, ...list] = ops as [Expr, ...Expr[]];
    const tx = this.temp();
    const allLiterals = list.every((o) => o.kind === 'literal') && SIMPLE_KINDS.has(x.type.kind);
    let code: string;
    if (allLiterals) {
      const values = list.map((o) => (o.kind === 'literal' ? o.value : null));
      const set = this.constant(new Set(values.filter((v) => v !== null)));
      const hasNull = values.includes(null);
      code = `((${tx} = ${this.gen(x)}) === null ? null : ${set}.has(${tx}) ? true : ${hasNull ? 'null' : 'false'})`;
    } else {
      const eq = this.constant(valueEquals);
      const temps = list.map(() => this.temp());
      const tests = list.map((o, i) => `((${temps[i]} = ${this.gen(o)}) !== null && ${eq}(${tx}, ${temps[i]}))`);
      const nulls = temps.map((t) => `${t} === null`).join(' || ');
      code = `((${tx} = ${this.gen(x)}) === null ? null : (${tests.join(' || ')}) ? true : (${nulls}) ? null : false)`;
    }
    if (!negated) return code;
    const t = this.temp();
    return `((${t} = ${code}) === null ? null : !${t})`;
  }

  private negate(e: Call): string {
    return this.strictCall(e.operands, ([x]) => this.wrap(e.type, `-${x}`));
  }

  /** Brings a raw JS number result into the representation of `type`. */
  private wrap(type: LogicalType, code: string): string {
    switch (type.kind) {
      case 'TINYINT':
        return `((${code}) << 24 >> 24)`;
      case 'SMALLINT':
        return `((${code}) << 16 >> 16)`;
      case 'INTEGER':
        return `((${code}) | 0)`;
      case 'FLOAT':
        return `Math.fround(${code})`;
      case 'DECIMAL':
        return `${this.constant(roundHalfUp)}(${code}, ${Number(type.scale)})`;
      default:
        return `(${code})`;
    }
  }

  private arithmetic(e: Call): string {
    const op = e.op;
    const [a, b] = e.operands as [Expr, Expr];
    const rt = e.type;
    const ak = a.type.kind;
    const isInt = rt.kind === 'TINYINT' || rt.kind === 'SMALLINT' || rt.kind === 'INTEGER' || rt.kind === 'BIGINT';
    // Datetime arithmetic with intervals.
    if (rt.kind === 'TIMESTAMP' || rt.kind === 'TIMESTAMP_LTZ' || rt.kind === 'DATE' || rt.kind === 'TIME') {
      const sign = op === '-' ? -1 : 1;
      const ivFirst = ak.startsWith('INTERVAL');
      const iv = ivFirst ? a : b;
      return this.strictCall([a, b], ([x, y]) => {
        const d = ivFirst ? y : x;
        const i = ivFirst ? x : y;
        if (iv.type.kind === 'INTERVAL_YEAR_MONTH') {
          const add = this.constant(addMonths);
          if (rt.kind === 'DATE') return `Math.floor(${add}(${d} * ${MS_PER_DAY}, ${sign} * ${i}) / ${MS_PER_DAY})`;
          return `${add}(${d}, ${sign} * ${i})`;
        }
        if (rt.kind === 'DATE') return `(${d} + ${sign} * Math.trunc(${i} / ${MS_PER_DAY}))`;
        if (rt.kind === 'TIME') return `(((${d} + ${sign} * ${i}) % ${MS_PER_DAY} + ${MS_PER_DAY}) % ${MS_PER_DAY})`;
        return `(${d} + ${sign} * ${i})`;
      });
    }
    if (op === '/' || op === '%') {
      const zero = rt.kind !== 'DOUBLE' && rt.kind !== 'FLOAT';
      const fail = zero ? this.constant(divisionByZero) : '';
      return this.strictCall([a, b], ([x, y]) => {
        let raw = `${x} ${op} ${y}`;
        if (op === '/' && isInt) raw = `Math.trunc(${raw})`;
        const v = this.wrap(rt, raw);
        return zero ? `(${y} === 0 ? ${fail}() : ${v})` : v;
      });
    }
    if (op === '*' && (rt.kind === 'INTEGER' || rt.kind === 'SMALLINT' || rt.kind === 'TINYINT')) {
      return this.strictCall([a, b], ([x, y]) => this.wrap(rt, `Math.imul(${x}, ${y})`));
    }
    return this.strictCall([a, b], ([x, y]) => this.wrap(rt, `${x} ${op} ${y}`));
  }
}

/** Casts that change nothing at run time (same kind and parameters, nullability or time attribute aside). */
function sameRepresentation(from: LogicalType, to: LogicalType): boolean {
  if (from.kind !== to.kind) return false;
  switch (to.kind) {
    case 'CHAR':
    case 'VARCHAR':
      return (from as { length: number }).length <= to.length && to.kind === 'VARCHAR';
    case 'DECIMAL':
      return (from as { scale: number }).scale === to.scale && (from as { precision: number }).precision <= to.precision;
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
    case 'TIME':
    case 'DATE':
    case 'BOOLEAN':
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT':
    case 'DOUBLE':
    case 'FLOAT':
      return true;
    default:
      return false;
  }
}

/** The printed text of each expression, for error messages. */
export function exprTexts(exprs: readonly Expr[]): string[] {
  return exprs.map(printExpr);
}
