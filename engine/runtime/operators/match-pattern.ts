/**
 * MATCH_RECOGNIZE patterns: the text as the analyzer writes it (`A B+ C?`, `(A | B) C`,
 * `(A B){2,}?`) parsed into a tree, and the tree compiled into a program for the operator's
 * threads (a Pike VM): `char` takes one row as a variable, `split` forks in preference order
 * (a greedy quantifier prefers another round, a reluctant one prefers to stop, an alternation
 * prefers its left side), `jmp` moves on, `match` completes. Bounded quantifiers are unrolled
 * (`X{2,4}` is `X X (X (X)?)?`).
 */

export type PatternNode =
  | { readonly kind: 'var'; readonly variable: string }
  | { readonly kind: 'seq'; readonly items: readonly PatternNode[] }
  | { readonly kind: 'alt'; readonly options: readonly PatternNode[] }
  | { readonly kind: 'quant'; readonly node: PatternNode; readonly min: number; readonly max: number; readonly reluctant: boolean };

type Instruction = { op: 'char'; variable: string } | { op: 'split'; a: number; b: number } | { op: 'jmp'; to: number } | { op: 'match' };

export interface Program {
  /** Where a thread has completed a match. */
  readonly match: number;
  /** The variable the `char` at `pc` takes a row as. */
  variableAt(pc: number): string;
  /** The `char` and `match` positions reachable from `pc` without taking a row, most preferred first. */
  closure(pc: number): number[];
}

export class PatternError extends Error {
  override readonly name = 'PatternError';
}

/** Parses the pattern text; throws PatternError naming what it could not read. */
export function parsePattern(text: string): PatternNode {
  const tokens = text.match(/[A-Za-z_][A-Za-z0-9_]*|\{\s*\d*\s*(?:,\s*\d*\s*)?\}|\S/g) ?? [];
  let i = 0;
  const fail = (what: string): never => {
    throw new PatternError(`cannot read the pattern (${text}): ${what}`);
  };
  const alternation = (): PatternNode => {
    const options = [sequence()];
    while (tokens[i] === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  };
  const sequence = (): PatternNode => {
    const items: PatternNode[] = [];
    while (i < tokens.length && tokens[i] !== '|' && tokens[i] !== ')') items.push(quantified());
    if (items.length === 0) fail(`a variable was expected at '${tokens[i] ?? 'the end'}'`);
    return items.length === 1 ? items[0]! : { kind: 'seq', items };
  };
  const quantified = (): PatternNode => {
    let node: PatternNode;
    const t = tokens[i++];
    if (t === '(') {
      node = alternation();
      if (tokens[i++] !== ')') fail("a ')' is missing");
    } else if (t !== undefined && /^[A-Za-z_]/.test(t)) node = { kind: 'var', variable: t };
    else return fail(`unexpected '${t ?? 'end'}'`);
    const q = tokens[i];
    let min: number;
    let max: number;
    if (q === '*') [min, max] = [0, Infinity];
    else if (q === '+') [min, max] = [1, Infinity];
    else if (q === '?') [min, max] = [0, 1];
    else if (q !== undefined && q.startsWith('{')) {
      const m = /^\{\s*(\d*)\s*(,)?\s*(\d*)\s*\}$/.exec(q)!;
      min = m[1] ? Number(m[1]) : 0;
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      if (!m[2] && !m[1]) fail('an empty quantifier {}');
      if (max < min) fail(`the quantifier ${q} has its maximum below its minimum`);
    } else return node;
    i++;
    const reluctant = tokens[i] === '?';
    if (reluctant) i++;
    return { kind: 'quant', node, min, max, reluctant };
  };
  const tree = alternation();
  if (i < tokens.length) fail(`unexpected '${tokens[i]}'`);
  return tree;
}

/** The pattern as text, as EXPLAIN prints it. */
export function patternText(p: PatternNode): string {
  switch (p.kind) {
    case 'var':
      return p.variable;
    case 'seq':
      return p.items.map(patternText).join(' ');
    case 'alt':
      return `(${p.options.map(patternText).join(' | ')})`;
    case 'quant': {
      const inner = p.node.kind === 'var' || p.node.kind === 'alt' ? patternText(p.node) : `(${patternText(p.node)})`;
      const q = p.min === 0 && p.max === Infinity ? '*' : p.min === 1 && p.max === Infinity ? '+' : p.min === 0 && p.max === 1 ? '?' : p.min === p.max ? `{${p.min}}` : `{${p.min},${p.max === Infinity ? '' : p.max}}`;
      return `${inner}${q}${p.reluctant ? '?' : ''}`;
    }
  }
}

/** The pattern's last element; Flink refuses a greedy quantifier there (the match could always grow). */
function checkLast(p: PatternNode): void {
  const last = p.kind === 'seq' ? p.items[p.items.length - 1]! : p;
  if (last.kind === 'quant' && last.min !== last.max && !last.reluctant) {
    throw new PatternError(`Greedy quantifiers are not allowed as the last element of a pattern (${patternText(last)}); finish it with a variable or a reluctant quantifier`);
  }
}

export function compilePattern(p: PatternNode): Program {
  checkLast(p);
  const code: Instruction[] = [];
  const emit = (ins: Instruction): number => code.push(ins) - 1;
  const compile = (n: PatternNode): void => {
    switch (n.kind) {
      case 'var':
        emit({ op: 'char', variable: n.variable });
        return;
      case 'seq':
        n.items.forEach(compile);
        return;
      case 'alt': {
        const jumps: number[] = [];
        n.options.forEach((o, k) => {
          if (k === n.options.length - 1) return compile(o);
          const split = emit({ op: 'split', a: 0, b: 0 });
          compile(o);
          jumps.push(emit({ op: 'jmp', to: 0 }));
          code[split] = { op: 'split', a: split + 1, b: code.length };
        });
        for (const j of jumps) code[j] = { op: 'jmp', to: code.length };
        return;
      }
      case 'quant': {
        for (let k = 0; k < n.min; k++) compile(n.node);
        const fork = (at: number, body: number, out: number): void => {
          code[at] = n.reluctant ? { op: 'split', a: out, b: body } : { op: 'split', a: body, b: out };
        };
        if (n.max === Infinity) {
          const loop = emit({ op: 'split', a: 0, b: 0 });
          compile(n.node);
          emit({ op: 'jmp', to: loop });
          fork(loop, loop + 1, code.length);
          return;
        }
        const optional: number[] = [];
        for (let k = n.min; k < n.max; k++) {
          optional.push(emit({ op: 'split', a: 0, b: 0 }));
          compile(n.node);
        }
        for (const at of optional) fork(at, at + 1, code.length);
        return;
      }
    }
  };
  compile(p);
  const match = emit({ op: 'match' });
  const closures = new Map<number, number[]>();
  return {
    match,
    variableAt: (pc) => (code[pc] as { variable: string }).variable,
    closure(pc) {
      let out = closures.get(pc);
      if (out !== undefined) return out;
      out = [];
      const seen = new Set<number>();
      const visit = (at: number): void => {
        if (seen.has(at)) return;
        seen.add(at);
        const ins = code[at]!;
        if (ins.op === 'char' || ins.op === 'match') out!.push(at);
        else if (ins.op === 'jmp') visit(ins.to);
        else {
          visit(ins.a);
          visit(ins.b);
        }
      };
      visit(pc);
      closures.set(pc, out);
      return out;
    },
  };
}
