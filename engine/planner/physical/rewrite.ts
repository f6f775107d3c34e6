/** Expression rewriting the physical planner needs: substituting input refs, merging calcs, conjuncts. */
import { E, type Expr, type InputRef } from '../../expr/expr';
import { T } from '../../types/logical-type';
import type { Field } from '../logical/plan';
import type { CalcBody } from './plan';

/** Replaces every input ref by what `ref` gives for its index. */
export function substitute(e: Expr, ref: (r: InputRef) => Expr): Expr {
  switch (e.kind) {
    case 'input':
      return ref(e);
    case 'literal':
      return e;
    case 'call':
      return { ...e, operands: e.operands.map((o) => substitute(o, ref)) };
    case 'cast':
    case 'field':
      return { ...e, operand: substitute(e.operand, ref) };
    case 'case':
      return {
        ...e,
        whens: e.whens.map((w) => ({ when: substitute(w.when, ref), then: substitute(w.then, ref) })),
        else: e.else ? substitute(e.else, ref) : null,
      };
  }
}

/** Shifts input refs by `by` (an expression over the right input, moved into left ++ right). */
export function shift(e: Expr, by: number): Expr {
  return by === 0 ? e : substitute(e, (r) => ({ ...r, index: r.index + by }));
}

function refTo(e: Expr, index: number): Expr | undefined {
  let found: Expr | undefined;
  const visit = (x: Expr): void => {
    if (found) return;
    if (x.kind === 'input' && x.index === index) found = x;
    else if (x.kind === 'call') x.operands.forEach(visit);
    else if (x.kind === 'cast' || x.kind === 'field') visit(x.operand);
    else if (x.kind === 'case') {
      x.whens.forEach((w) => (visit(w.when), visit(w.then)));
      if (x.else) visit(x.else);
    }
  };
  visit(e);
  return found;
}

export function conjuncts(e: Expr | undefined): Expr[] {
  if (!e) return [];
  if (e.kind === 'call' && e.op === 'AND') return e.operands.flatMap((o) => conjuncts(o));
  if (e.kind === 'literal' && e.value === true) return [];
  return [e];
}

export function and(parts: readonly Expr[]): Expr | undefined {
  if (parts.length === 0) return undefined;
  return parts.reduce((a, b) => E.call('AND', T.boolean(), a, b));
}

/** `outer` (over the output of `inner`) merged with `inner` into one calc over inner's input. */
export function composeCalc(outer: CalcBody, inner: CalcBody): CalcBody {
  const at = (r: InputRef): Expr => inner.projection[r.index]!;
  const filter = and([...conjuncts(inner.filter), ...conjuncts(outer.filter).map((c) => substitute(c, at))]);
  return { projection: outer.projection.map((p) => substitute(p, at)), ...(filter ? { filter } : {}) };
}

/** For each output column, the input column it copies as is (undefined when computed). */
export function copiedColumns(projection: readonly Expr[]): (number | undefined)[] {
  return projection.map((p) => (p.kind === 'input' ? p.index : undefined));
}

/** Identity projection over fields. */
export function identity(fields: readonly Field[]): Expr[] {
  return fields.map((f, i) => E.input(i, f.type, f.name));
}

export function isIdentity(c: CalcBody, inputArity: number): boolean {
  return !c.filter && c.projection.length === inputArity && c.projection.every((p, i) => p.kind === 'input' && p.index === i);
}

/** Whether any expression reads input column `index`. */
export function reads(exprs: readonly (Expr | undefined)[], index: number): boolean {
  return exprs.some((e) => e !== undefined && refTo(e, index) !== undefined);
}
