/** Literals of the AST -> typed IR literals (values as engine/types/values.ts holds them). */
import type { Literal } from '../sql';
import { E, type Expr } from '../expr/expr';
import { T } from '../types/logical-type';
import { binaryLiteralType, booleanLiteralType, numericLiteralType, stringLiteralType, temporalLiteralType } from '../types/literals';
import { parseDate, parseTime, parseTimestampText } from '../formats/temporal-text';
import { intervalValue } from './interval';

export type BoundLiteral = { readonly expr: Expr } | { readonly error: string };

export function bindLiteral(lit: Literal): BoundLiteral {
  switch (lit.kind) {
    case 'nullLiteral':
      return { expr: E.lit(null, T.null()) };
    case 'booleanLiteral':
      return { expr: E.lit(lit.value, booleanLiteralType(lit.value)) };
    case 'numericLiteral': {
      const t = numericLiteralType(lit.text, lit.numberKind);
      if ('error' in t) return { error: t.error };
      return { expr: E.lit(Number(lit.text), t) };
    }
    case 'stringLiteral':
      return { expr: E.lit(lit.value, stringLiteralType(lit.value)) };
    case 'binaryLiteral': {
      const t = binaryLiteralType(lit.hex);
      if ('error' in t) return { error: t.error };
      const bytes = new Uint8Array(lit.hex.length / 2);
      for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(lit.hex.slice(2 * i, 2 * i + 2), 16);
      return { expr: E.lit(bytes, t) };
    }
    case 'typedLiteral': {
      const t = temporalLiteralType(lit.type, lit.value);
      if ('error' in t) return { error: t.error };
      const v = lit.type === 'DATE' ? parseDate(lit.value.trim()) : lit.type === 'TIME' ? parseTime(lit.value.trim()) : parseTimestampText(lit.value.trim());
      if (v === undefined) return { error: `'${lit.value}' is not a valid ${lit.type} literal` };
      return { expr: E.lit(v, t) };
    }
    case 'intervalLiteral': {
      const r = intervalValue(lit.value, lit.negative, lit.qualifier);
      if ('error' in r) return { error: r.error };
      return { expr: E.lit(r.value, r.type) };
    }
  }
}
