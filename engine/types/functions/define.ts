/** How the table's entries are written: a compact spec, expanded into a FunctionDef once. */

import type { LogicalType } from '../logical-type';
import { printType } from '../print';
import type {
  FunctionCategory,
  FunctionDef,
  FunctionKind,
  Nullability,
  ReturnInference,
} from './model';
import { parseSignature } from './signature-text';

export interface FunctionSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly kind?: FunctionKind;
  readonly category: FunctionCategory;
  /** One or more signatures in signature-text form; '' for no arguments. */
  readonly sig: string | readonly string[];
  readonly syntax?: string;
  readonly returns: LogicalType | ReturnInference;
  /** Required when `returns` is an inference. */
  readonly returnLabel?: string;
  readonly nullability?: Nullability;
  readonly deterministic?: boolean;
  readonly description: string;
  readonly example: string;
  readonly deprecated?: boolean;
}

export function define(spec: FunctionSpec): FunctionDef {
  const kind = spec.kind ?? 'scalar';
  const sigs = typeof spec.sig === 'string' ? [spec.sig] : spec.sig;
  const returns = spec.returns;
  const infer: ReturnInference = typeof returns === 'function' ? returns : () => returns;
  const returnLabel = spec.returnLabel ?? (typeof returns === 'function' ? undefined : printType({ ...returns, nullable: true } as LogicalType));
  if (returnLabel === undefined) throw new Error(`${spec.name}: returnLabel is required with an inferred return type`);
  const def: FunctionDef = {
    name: spec.name,
    aliases: spec.aliases ?? [],
    kind,
    category: spec.category,
    signatures: sigs.map((s) => parseSignature(s, kind === 'table')),
    returnLabel,
    infer,
    nullability: spec.nullability ?? (kind === 'aggregate' ? 'always' : 'args'),
    deterministic: spec.deterministic ?? true,
    description: spec.description,
    example: spec.example,
    ...(spec.syntax !== undefined ? { syntax: spec.syntax } : {}),
    ...(spec.deprecated ? { deprecated: true } : {}),
  };
  return def;
}
