/** Structural identity of bound expressions (GROUP BY matching, de-duplication), ignoring print names. */
import type { Expr } from '../expr/expr';
import { typeKey } from '../types/print';

export function exprKey(e: Expr): string {
  switch (e.kind) {
    case 'input':
      return `$${e.index}`;
    case 'literal':
      return `lit(${typeKey(e.type)}:${e.value instanceof Uint8Array ? Buffer.from(e.value).toString('hex') : JSON.stringify(e.value)})`;
    case 'call':
      return `${e.op}(${e.operands.map(exprKey).join(',')})`;
    case 'cast':
      return `${e.safe ? 'try' : ''}cast(${exprKey(e.operand)}:${typeKey(e.type)})`;
    case 'field':
      return `${exprKey(e.operand)}.${e.index}`;
    case 'case':
      return `case(${e.whens.map((w) => `${exprKey(w.when)}:${exprKey(w.then)}`).join(',')};${e.else ? exprKey(e.else) : ''})`;
  }
}

/** The expression with every input index mapped. */
export function remapInputs(e: Expr, map: (index: number) => number): Expr {
  switch (e.kind) {
    case 'input':
      return { ...e, index: map(e.index) };
    case 'call':
      return { ...e, operands: e.operands.map((o) => remapInputs(o, map)) };
    case 'cast':
    case 'field':
      return { ...e, operand: remapInputs(e.operand, map) };
    case 'case':
      return { ...e, whens: e.whens.map((w) => ({ when: remapInputs(w.when, map), then: remapInputs(w.then, map) })), else: e.else ? remapInputs(e.else, map) : null };
    default:
      return e;
  }
}

/** The expression with every input ref replaced by the expression it stands for (merging Projects). */
export function substituteInputs(e: Expr, inputs: readonly Expr[]): Expr {
  switch (e.kind) {
    case 'input':
      return inputs[e.index] ?? e;
    case 'call':
      return { ...e, operands: e.operands.map((o) => substituteInputs(o, inputs)) };
    case 'cast':
    case 'field':
      return { ...e, operand: substituteInputs(e.operand, inputs) };
    case 'case':
      return { ...e, whens: e.whens.map((w) => ({ when: substituteInputs(w.when, inputs), then: substituteInputs(w.then, inputs) })), else: e.else ? substituteInputs(e.else, inputs) : null };
    default:
      return e;
  }
}
