/**
 * Which casts Flink allows, after org.apache.flink.table.types.logical.utils.LogicalTypeCasts
 * (Flink 1.15+ rules, including the TIMESTAMP <-> TIMESTAMP_LTZ implicit pair and casting of
 * constructed types to strings) and the cast matrix of Flink's "Data Types" documentation page.
 *
 * - implicit: safe widening without loss of information (Java-like: INT -> BIGINT, never
 *   STRING -> INT). Used to find common types and to coerce function arguments.
 * - explicit: what `CAST(x AS t)` / `TRY_CAST(x AS t)` accept. An explicit cast may go from a
 *   nullable type to NOT NULL ("it might be useful to cast explicitly with knowledge about the
 *   data", as LogicalTypeCasts puts it).
 * - assignment: whether a query column may be written into a sink column by INSERT INTO:
 *   implicit castability, and never a nullable value into a NOT NULL column.
 */

import {
  type LogicalType,
  type TypeKind,
  childTypes,
  isBinaryString,
  isCharacterString,
  isConstructed,
  isExactNumeric,
  isIntegerNumeric,
  isInterval,
  isNumeric,
  isTimestamp,
} from './logical-type';
import { printType, typeEqualsIgnoringNullability } from './print';

export type CastMode = 'implicit' | 'explicit' | 'assignment';

export type CastCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const OK: CastCheck = { ok: true };

export function supportsImplicitCast(from: LogicalType, to: LogicalType): boolean {
  return checkCast(from, to, 'implicit').ok;
}

export function supportsExplicitCast(from: LogicalType, to: LogicalType): boolean {
  return checkCast(from, to, 'explicit').ok;
}

/** INSERT column compatibility; `reason` says why a column is refused. */
export function supportsAssignment(from: LogicalType, to: LogicalType): CastCheck {
  return checkCast(from, to, 'assignment');
}

/** The one cast rule: ok, or a reason in plain words. */
export function checkCast(from: LogicalType, to: LogicalType, mode: CastMode): CastCheck {
  if (from.kind === 'NULL') {
    if (mode === 'assignment' && !to.nullable) {
      return { ok: false, reason: `NULL cannot be written into a NOT NULL column of type ${printType(to)}` };
    }
    return OK; // "null can be cast to an arbitrary type"
  }
  if (from.nullable && !to.nullable && mode !== 'explicit') {
    return {
      ok: false,
      reason:
        mode === 'assignment'
          ? `a nullable ${printType(from)} cannot be written into a NOT NULL column of type ${printType(to)}`
          : `a nullable ${printType(from)} cannot be implicitly cast to ${printType(to)}`,
    };
  }
  return rootsCast(from, to, mode === 'explicit')
    ? OK
    : {
        ok: false,
        reason:
          mode === 'explicit'
            ? `cannot cast ${printType(from)} to ${printType(to)}`
            : `${printType(from)} cannot be implicitly cast to ${printType(to)}${
                supportsExplicitCast(from, to) ? ' (an explicit CAST is needed)' : ''
              }`,
      };
}

/** LogicalTypeCasts#supportsCasting, after the nullability check. */
function rootsCast(from: LogicalType, to: LogicalType, explicit: boolean): boolean {
  if (typeEqualsIgnoringNullability(from, to)) return true;
  if (from.kind === 'NULL') return true;
  // Interval <-> exact numeric only for single-field intervals (INTERVAL DAY, INTERVAL MONTH, ...);
  // Flink 2.2's code generator has no DECIMAL -> INTERVAL cast, so only integers go that way.
  if (isInterval(from) && isExactNumeric(to)) return explicit && isSingleFieldInterval(from);
  if (isExactNumeric(from) && isInterval(to)) return explicit && isIntegerNumeric(from) && isSingleFieldInterval(to);
  if (isConstructed(from) && isConstructed(to)) return constructedCast(from, to, explicit);
  if (isConstructed(from)) return explicit && isCharacterString(to); // ROW/ARRAY/MAP -> STRING
  // STRING -> ARRAY is accepted by Flink 2.2 (checked); no other scalar becomes a constructed type.
  if (isConstructed(to)) return explicit && to.kind === 'ARRAY' && isCharacterString(from);
  if (from.kind === 'RAW' || to.kind === 'RAW') {
    if (from.kind === 'RAW' && to.kind === 'RAW') return from.className === to.className;
    // RAW -> CHAR/VARCHAR/BINARY/VARBINARY explicitly (Flink 1.15+).
    return explicit && from.kind === 'RAW' && (isCharacterString(to) || isBinaryString(to));
  }
  if (!isPredefinedScalar(from) || !isPredefinedScalar(to)) return false;
  if (implicitFrom(to.kind, from)) return true;
  return explicit && explicitFrom(to.kind, from);
}

/** Element-wise: ARRAY to ARRAY, MAP to MAP, ROW to ROW of the same arity (field names ignored). */
function constructedCast(from: LogicalType, to: LogicalType, explicit: boolean): boolean {
  if (from.kind !== to.kind) return false;
  const a = childTypes(from);
  const b = childTypes(to);
  if (a.length !== b.length) return false;
  const mode: CastMode = explicit ? 'explicit' : 'implicit';
  return a.every((t, i) => checkCast(t, b[i], mode).ok);
}

function isSingleFieldInterval(t: LogicalType): boolean {
  if (t.kind === 'INTERVAL_YEAR_MONTH') return t.resolution !== 'YEAR_TO_MONTH';
  if (t.kind === 'INTERVAL_DAY_TIME') return !t.resolution.includes('_TO_');
  return false;
}

function isPredefinedScalar(t: LogicalType): boolean {
  return t.kind !== 'DESCRIPTOR' && t.kind !== 'TABLE_ARG' && t.kind !== 'VARIANT' && t.kind !== 'NULL';
}

const INTEGER_RANK: Partial<Record<TypeKind, number>> = { TINYINT: 1, SMALLINT: 2, INTEGER: 3, BIGINT: 4 };

/** The `castTo(X).implicitFrom(...)` rules of LogicalTypeCasts. */
function implicitFrom(target: TypeKind, s: LogicalType): boolean {
  switch (target) {
    case 'CHAR':
      return s.kind === 'CHAR';
    case 'VARCHAR':
      return isCharacterString(s);
    case 'BINARY':
      return s.kind === 'BINARY';
    case 'VARBINARY':
      return isBinaryString(s);
    case 'BOOLEAN':
      return s.kind === 'BOOLEAN';
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT':
      return isIntegerNumeric(s) && (INTEGER_RANK[s.kind] ?? 0) <= (INTEGER_RANK[target] ?? 0);
    case 'DECIMAL':
    case 'DOUBLE':
      return isNumeric(s);
    case 'FLOAT':
      return isExactNumeric(s) || s.kind === 'FLOAT';
    case 'DATE':
      return s.kind === 'DATE' || s.kind === 'TIMESTAMP';
    case 'TIME':
      return s.kind === 'TIME' || s.kind === 'TIMESTAMP';
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return isTimestamp(s);
    case 'INTERVAL_YEAR_MONTH':
    case 'INTERVAL_DAY_TIME':
      return s.kind === target;
    default:
      return false;
  }
}

/** The `castTo(X).explicitFrom...(...)` rules of LogicalTypeCasts (on top of the implicit ones). */
function explicitFrom(target: TypeKind, s: LogicalType): boolean {
  switch (target) {
    case 'CHAR':
    case 'VARCHAR':
      return true; // every predefined type prints to a string
    case 'BINARY':
    case 'VARBINARY':
      return isCharacterString(s) || isBinaryString(s);
    case 'BOOLEAN':
      return isCharacterString(s) || isNumeric(s);
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT':
    case 'DECIMAL':
    case 'FLOAT':
    case 'DOUBLE':
      return isNumeric(s) || isCharacterString(s) || s.kind === 'BOOLEAN';
    case 'DATE':
      return isTimestamp(s) || isCharacterString(s);
    case 'TIME':
      return s.kind === 'TIME' || isTimestamp(s) || isCharacterString(s);
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return s.kind === 'DATE' || s.kind === 'TIME' || isTimestamp(s) || isCharacterString(s);
    default:
      return false; // intervals: only from integers (above); Flink 2.2 cannot cast a string to an interval
  }
}

/**
 * Whether `a` and `b` may be compared, as Flink 2.2's validator decides (checked with real
 * queries): within a family (numbers, character strings, byte strings, booleans, DATE, TIME,
 * TIMESTAMP with TIMESTAMP_LTZ, intervals of one kind, constructed types of one kind with
 * comparable children); a character string also with DATE, TIME, TIMESTAMP and BOOLEAN (the
 * string is cast). A string with a number is accepted by the ordering comparisons (< <= > >=
 * BETWEEN) but refused by equality ("implicit type conversion between VARCHAR and INTEGER is
 * not supported"). DATE with TIMESTAMP and TIME with TIMESTAMP are refused.
 */
export function areComparable(a: LogicalType, b: LogicalType, ordering = false): boolean {
  if (a.kind === 'NULL' || b.kind === 'NULL') return true;
  if (isNumeric(a) && isNumeric(b)) return true;
  if (isCharacterString(a) && isCharacterString(b)) return true;
  if (isBinaryString(a) && isBinaryString(b)) return true;
  if (isTimestamp(a) && isTimestamp(b)) return true;
  const stringWith = (x: LogicalType, y: LogicalType): boolean =>
    isCharacterString(x) &&
    (y.kind === 'DATE' || y.kind === 'TIME' || isTimestamp(y) || y.kind === 'BOOLEAN' || (ordering && isNumeric(y)));
  if (stringWith(a, b) || stringWith(b, a)) return true;
  if (a.kind !== b.kind) return false;
  if (isConstructed(a)) {
    const ca = childTypes(a);
    const cb = childTypes(b);
    return ca.length === cb.length && ca.every((t, i) => areComparable(t, cb[i], ordering));
  }
  if (a.kind === 'RAW' && b.kind === 'RAW') return a.className === b.className;
  return a.kind !== 'DESCRIPTOR' && a.kind !== 'TABLE_ARG';
}

/** Whether the type has an order usable by < > MIN MAX ORDER BY (not MULTISET, RAW, VARIANT). */
export function isOrderable(t: LogicalType): boolean {
  if (t.kind === 'MULTISET' || t.kind === 'RAW' || t.kind === 'VARIANT') return false;
  if (t.kind === 'ARRAY') return isOrderable(t.element);
  if (t.kind === 'MAP') return isOrderable(t.key) && isOrderable(t.value);
  if (t.kind === 'ROW') return t.fields.every((f) => isOrderable(f.type));
  return t.kind !== 'DESCRIPTOR' && t.kind !== 'TABLE_ARG';
}

