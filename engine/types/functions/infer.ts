/**
 * Type-checks one call against the table: picks the first signature the arguments fit, infers
 * the return type, applies the entry's nullability rule. Never throws on user input; a problem
 * is an `{ error }` with a Flink-like message:
 *
 *   SUBSTRING expects (STRING, INT [, INT]) but got (INT)
 *   unknown function 'SUBSTR1NG', did you mean 'SUBSTRING'?
 */

import { type LogicalType, withNullability } from '../logical-type';
import { didYouMeanSuffix } from '../../text/did-you-mean';
import { argLabel, fitsParam, shortSignature } from './families';
import type { CallArg, FunctionDef, InferOptions, Signature } from './model';
import { isSymbolArg } from './model';
import { allFunctionNames, lookupFunction } from './registry';

export type InferResult = { readonly type: LogicalType; readonly signature: number } | { readonly error: string };

export function inferCall(name: string, args: readonly CallArg[], options: InferOptions = {}): InferResult {
  const fn = lookupFunction(name);
  if (!fn) return { error: `unknown function '${name}'${didYouMeanSuffix(name, allFunctionNames())}` };
  return inferWith(fn, args, options);
}

export function inferWith(fn: FunctionDef, args: readonly CallArg[], options: InferOptions = {}): InferResult {
  // Messages are built only on failure: the happy path allocates nothing but the result.
  const got = (): string => `(${args.map(argLabel).join(', ')})`;
  const expects = (): string => fn.signatures.map(shortSignature).join(' or ');
  const byCount = fn.signatures.map((s, i) => [s, i] as const).filter(([s]) => countFits(s, args.length));
  if (byCount.length === 0) {
    return { error: `${fn.name} expects ${expects()} but got ${got()}: ${countWords(fn.signatures)}, not ${args.length}` };
  }
  for (const [sig, index] of byCount) {
    const bad = firstMismatch(sig, args);
    if (bad !== undefined) continue;
    const r = fn.infer(args, options);
    if ('error' in r) return { error: `${fn.name}: ${r.error}` };
    return { type: applyNullability(fn, sig, args, r), signature: index };
  }
  const [sig] = byCount[0];
  const bad = firstMismatch(sig, args) as number;
  const arg = args[bad];
  const param = paramAt(sig, bad);
  const symbolHint =
    param?.symbols && isSymbolArg(arg) ? `; '${arg.value}' is not one of ${param.symbols.join(', ')}` : '';
  return { error: `${fn.name} expects ${expects()} but got ${got()}${symbolHint}` };
}

function paramAt(sig: Signature, i: number) {
  return i < sig.length ? sig[i] : sig[sig.length - 1];
}

function countFits(sig: Signature, n: number): boolean {
  const min = sig.filter((p) => !p.optional).length;
  const variadic = sig.length > 0 && sig[sig.length - 1].variadic;
  return n >= min && (variadic || n <= sig.length);
}

function countWords(sigs: readonly Signature[]): string {
  const parts = sigs.map((sig) => {
    const min = sig.filter((p) => !p.optional).length;
    if (sig.length > 0 && sig[sig.length - 1].variadic) return `at least ${min}`;
    return min === sig.length ? `${min}` : `${min} to ${sig.length}`;
  });
  const uniq = [...new Set(parts)];
  const n = uniq.join(' or ');
  return `it takes ${n} argument${n === '1' ? '' : 's'}`;
}

function firstMismatch(sig: Signature, args: readonly CallArg[]): number | undefined {
  for (let i = 0; i < args.length; i++) {
    const p = paramAt(sig, i);
    if (!p || !fitsParam(args[i], p)) return i;
    const a = args[i];
    if (p.symbols && isSymbolArg(a) && !p.symbols.includes(a.value.toUpperCase())) return i;
  }
  return undefined;
}

function applyNullability(fn: FunctionDef, sig: Signature, args: readonly CallArg[], t: LogicalType): LogicalType {
  switch (fn.nullability) {
    case 'always':
      return withNullability(t, true);
    case 'never':
      return withNullability(t, false);
    case 'inferred':
      return t;
    case 'args': {
      const nullable = args.some((a, i) => {
        if (isSymbolArg(a)) return false;
        const p = paramAt(sig, i);
        return p !== undefined && !p.families.includes('TYPE') && a.nullable;
      });
      return withNullability(t, nullable);
    }
  }
}
