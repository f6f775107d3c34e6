/**
 * Signature-help labels: `SUBSTRING(str STRING, pos INT [, len INT]) -> STRING`, or the written
 * syntax for operators and special forms: `CAST(value AS type) -> type`, `a + b -> NUMERIC`.
 */

import { paramTypeLabel, renderParams } from './families';
import type { FunctionDef, Signature } from './model';

export function signatureLabel(fn: FunctionDef, index = 0): string {
  if (fn.syntax !== undefined) return `${fn.syntax.split('\n')[index] ?? fn.syntax.split('\n')[0]} -> ${fn.returnLabel}`;
  const sig = fn.signatures[index] ?? fn.signatures[0];
  return `${fn.name}(${paramList(sig)}) -> ${fn.returnLabel}`;
}

/** One label per signature (operators and special forms: one per written syntax line). */
export function signatureLabels(fn: FunctionDef): string[] {
  const n = fn.syntax !== undefined ? fn.syntax.split('\n').length : fn.signatures.length;
  return Array.from({ length: n }, (_, i) => signatureLabel(fn, i));
}

/** The parameters of one signature, each `name TYPE`, for signature help's parameter ranges. */
export function parameterLabels(sig: Signature): string[] {
  return sig.map((p) => `${p.name} ${paramTypeLabel(p)}${p.variadic ? '...' : ''}`);
}

function paramList(sig: Signature): string {
  return renderParams(sig, (p) => (p.named ? `${p.name} => ${paramTypeLabel(p)}` : `${p.name} ${paramTypeLabel(p)}`));
}
