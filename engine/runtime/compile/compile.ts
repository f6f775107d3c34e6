/**
 * Compiles expressions once into plain JS functions over a row. The generated source sees
 * only `r` (the row), temps, and constants bound from an array; errors thrown while
 * evaluating are re-raised as ExpressionError carrying the failing expression's text.
 */
import type { Expr } from '../../expr/expr';
import { printExpr } from '../../expr/print';
import type { Value } from '../../types/values';
import type { Row } from '../changelog';
import { ExpressionError } from '../functions/errors';
import { CodeGen, type CompileEnv } from './codegen';

export type { CompileEnv } from './codegen';

export type ScalarEvaluator = (row: Row) => Value;
export type RowPredicate = (row: Row) => boolean;
/** Projection with an optional filter: the output row, or null when the filter rejects the row. */
export type CalcFunction = (row: Row) => Row | null;

function rethrow(texts: readonly string[]) {
  return (e: unknown, at: number): never => {
    if (e instanceof ExpressionError && e.expression !== undefined) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    throw new ExpressionError(msg, texts[at]);
  };
}

function build<F>(gen: CodeGen, body: string, texts: readonly string[]): { fn: F; source: string } {
  const fail = gen.constant(rethrow(texts));
  const source =
    `${gen.constantDeclarations()}\n` +
    `return function compiled(r) {\n  ${gen.tempDeclarations()} let at = 0;\n` +
    `  try {\n${body}\n  } catch (e) { return ${fail}(e, at); }\n};`;
  const factory = new Function('c', source) as (c: unknown[]) => F;
  return { fn: factory(gen.constants), source };
}

/** One expression as a function of the row. */
export function compileScalar(e: Expr, env?: CompileEnv): ScalarEvaluator {
  return compileScalarWithSource(e, env).fn;
}

export function compileScalarWithSource(e: Expr, env?: CompileEnv): { fn: ScalarEvaluator; source: string } {
  const gen = new CodeGen(env);
  const code = gen.gen(e);
  return build<ScalarEvaluator>(gen, `    return ${code};`, [printExpr(e)]);
}

/** A WHERE condition: only TRUE passes (NULL and FALSE reject). */
export function compilePredicate(e: Expr, env?: CompileEnv): RowPredicate {
  const gen = new CodeGen(env);
  const code = gen.gen(e);
  return build<RowPredicate>(gen, `    return (${code}) === true;`, [printExpr(e)]).fn;
}

/** A projection (one output column per expression) after an optional filter. */
export function compileCalc(projection: readonly Expr[], filter?: Expr | null, env?: CompileEnv): CalcFunction {
  return compileCalcWithSource(projection, filter, env).fn;
}

export function compileCalcWithSource(
  projection: readonly Expr[],
  filter?: Expr | null,
  env?: CompileEnv,
): { fn: CalcFunction; source: string } {
  const gen = new CodeGen(env);
  const texts: string[] = [];
  const lines: string[] = [];
  if (filter) {
    texts.push(printExpr(filter));
    lines.push(`    if ((${gen.gen(filter)}) !== true) return null;`);
  }
  const outs: string[] = [];
  projection.forEach((p, i) => {
    texts.push(printExpr(p));
    // A plain column copy cannot fail: no bookkeeping needed.
    if (p.kind === 'input') {
      outs.push(gen.gen(p));
      return;
    }
    lines.push(`    at = ${texts.length - 1}; const v${i} = ${gen.gen(p)};`);
    outs.push(`v${i}`);
  });
  lines.push(`    return [${outs.join(', ')}];`);
  return build<CalcFunction>(gen, lines.join('\n'), texts);
}
