/**
 * The public face of the built-in function table: look a function up, list them all, check a
 * call, render signature help. Consumers import from here, not from the files behind it.
 */

export { allFunctionNames, allFunctions, lookupFunction } from './registry';
export { inferCall, inferWith, type InferResult } from './infer';
export { parameterLabels, signatureLabel, signatureLabels } from './label';
export type {
  ArgFamily,
  CallArg,
  FunctionCategory,
  FunctionDef,
  FunctionKind,
  InferOptions,
  Nullability,
  Param,
  Signature,
  SymbolArg,
} from './model';
export { isSymbolArg } from './model';
