/**
 * Whether an argument fits a parameter family, and how families read in messages. Families
 * follow Flink's LogicalTypeFamily (CHARACTER_STRING, BINARY_STRING, NUMERIC, INTEGER_NUMERIC,
 * EXACT_NUMERIC, APPROXIMATE_NUMERIC, TIMESTAMP, INTERVAL, ...). A family accepts every type
 * of that family, which covers Flink's implicit widening within it (a TINYINT fits INT).
 */

import {
  isApproximateNumeric,
  isBinaryString,
  isCharacterString,
  isExactNumeric,
  isIntegerNumeric,
  isInterval,
  isNumeric,
  isTimestamp,
} from '../logical-type';
import { isOrderable } from '../casts';
import { printType } from '../print';
import { type ArgFamily, type CallArg, type Param, type Signature, isSymbolArg } from './model';

export function fitsFamily(arg: CallArg, family: ArgFamily): boolean {
  if (isSymbolArg(arg)) return family === 'SYMBOL';
  if (family === 'SYMBOL') return false;
  if (family === 'TYPE') return true;
  if (arg.kind === 'NULL') return family !== 'DESCRIPTOR' && family !== 'TABLE';
  switch (family) {
    case 'ANY':
      return arg.kind !== 'DESCRIPTOR' && arg.kind !== 'TABLE_ARG';
    case 'STRING':
      return isCharacterString(arg);
    case 'BINARY':
      return isBinaryString(arg);
    case 'BOOLEAN':
      return arg.kind === 'BOOLEAN';
    case 'NUMERIC':
      return isNumeric(arg);
    case 'INT':
      return isIntegerNumeric(arg);
    case 'EXACT':
      return isExactNumeric(arg);
    case 'APPROX':
      return isApproximateNumeric(arg);
    case 'DATE':
      return arg.kind === 'DATE';
    case 'TIME':
      return arg.kind === 'TIME';
    case 'TIMESTAMP':
      return isTimestamp(arg);
    case 'INTERVAL':
      return isInterval(arg);
    case 'ARRAY':
    case 'MAP':
    case 'MULTISET':
    case 'ROW':
    case 'DESCRIPTOR':
      return arg.kind === family;
    case 'TABLE':
      return arg.kind === 'TABLE_ARG';
    case 'COMPARABLE':
      return isOrderable(arg);
  }
}

export function fitsParam(arg: CallArg, p: Param): boolean {
  return p.families.some((f) => fitsFamily(arg, f));
}

const FAMILY_LABEL: Readonly<Record<ArgFamily, string>> = {
  ANY: 'ANY',
  STRING: 'STRING',
  BINARY: 'BYTES',
  BOOLEAN: 'BOOLEAN',
  NUMERIC: 'NUMERIC',
  INT: 'INT',
  EXACT: 'EXACT_NUMERIC',
  APPROX: 'DOUBLE',
  DATE: 'DATE',
  TIME: 'TIME',
  TIMESTAMP: 'TIMESTAMP',
  INTERVAL: 'INTERVAL',
  ARRAY: 'ARRAY',
  MAP: 'MAP',
  MULTISET: 'MULTISET',
  ROW: 'ROW',
  COMPARABLE: 'COMPARABLE',
  TYPE: 'TYPE',
  SYMBOL: 'SYMBOL',
  DESCRIPTOR: 'DESCRIPTOR',
  TABLE: 'TABLE',
};

export function paramTypeLabel(p: Param): string {
  return p.families.map((f) => FAMILY_LABEL[f]).join('|');
}

/** `(STRING, INT [, INT])`: a signature's types, as in "expects (...) but got (...)". */
export function shortSignature(sig: Signature): string {
  return `(${renderParams(sig, (p) => paramTypeLabel(p))})`;
}

/** `str STRING, pos INT [, len INT]`. */
export function renderParams(sig: Signature, one: (p: Param) => string): string {
  let out = '';
  let open = 0;
  sig.forEach((p, i) => {
    const text = one(p) + (p.variadic ? '...' : '');
    if (p.optional) {
      out += i === 0 ? '[' : ' [, ';
      open++;
      out += text;
    } else {
      out += (i === 0 ? '' : ', ') + text;
    }
  });
  return out + ']'.repeat(open);
}

export function argLabel(a: CallArg): string {
  return isSymbolArg(a) ? a.value.toUpperCase() : printType(a);
}
