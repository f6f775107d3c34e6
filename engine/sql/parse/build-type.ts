/** Data types: the names of simple types are identifiers in the grammar, checked here. */
import { TerminalNode } from 'antlr4ng';
import * as P from '../generated/FlinkSqlParser';
import { suggest } from '../../text/did-you-mean';
import type { DataType, IntervalQualifier, RowTypeField, SimpleTypeName, TimeUnit } from '../ast/data-type';
import type { Builder } from './builder';
import { identifier, stringValue } from './build-names';

/** Every spelling Flink accepts for a simple type -> its canonical name and max parameters. */
const SIMPLE_TYPES: ReadonlyMap<string, { name: SimpleTypeName; maxParams: number }> = new Map([
  ['CHAR', { name: 'CHAR', maxParams: 1 }],
  ['CHARACTER', { name: 'CHAR', maxParams: 1 }],
  ['CHAR VARYING', { name: 'VARCHAR', maxParams: 1 }],
  ['CHARACTER VARYING', { name: 'VARCHAR', maxParams: 1 }],
  ['VARCHAR', { name: 'VARCHAR', maxParams: 1 }],
  ['STRING', { name: 'STRING', maxParams: 0 }],
  ['BOOLEAN', { name: 'BOOLEAN', maxParams: 0 }],
  ['BINARY', { name: 'BINARY', maxParams: 1 }],
  ['BINARY VARYING', { name: 'VARBINARY', maxParams: 1 }],
  ['VARBINARY', { name: 'VARBINARY', maxParams: 1 }],
  ['BYTES', { name: 'BYTES', maxParams: 0 }],
  ['DECIMAL', { name: 'DECIMAL', maxParams: 2 }],
  ['DEC', { name: 'DECIMAL', maxParams: 2 }],
  ['NUMERIC', { name: 'DECIMAL', maxParams: 2 }],
  ['TINYINT', { name: 'TINYINT', maxParams: 0 }],
  ['SMALLINT', { name: 'SMALLINT', maxParams: 0 }],
  ['INT', { name: 'INT', maxParams: 0 }],
  ['INTEGER', { name: 'INT', maxParams: 0 }],
  ['BIGINT', { name: 'BIGINT', maxParams: 0 }],
  ['FLOAT', { name: 'FLOAT', maxParams: 0 }],
  ['REAL', { name: 'FLOAT', maxParams: 0 }],
  ['DOUBLE', { name: 'DOUBLE', maxParams: 0 }],
  ['DOUBLE PRECISION', { name: 'DOUBLE', maxParams: 0 }],
  ['TIMESTAMP_LTZ', { name: 'TIMESTAMP_LTZ', maxParams: 1 }],
  ['VARIANT', { name: 'VARIANT', maxParams: 0 }],
]);

/** Names offered by "did you mean" for a misspelt type. */
const TYPE_NAMES = [...new Set([...SIMPLE_TYPES.keys()].filter((k) => !k.includes(' ')))].concat([
  'TIMESTAMP',
  'TIME',
  'DATE',
  'ROW',
  'ARRAY',
  'MAP',
  'MULTISET',
  'INTERVAL',
  'RAW',
]);

export function dataType(b: Builder, ctx: P.DataTypeContext): DataType {
  // typeCore nullability? ((ARRAY | MULTISET) nullability?)*
  let type = typeCore(b, ctx.typeCore());
  for (const child of ctx.children) {
    if (child instanceof P.NullabilityContext) {
      const end = b.loc(child);
      type = { ...type, notNull: child.NOT() !== null, range: { start: type.range.start, end: end.range.end }, end: end.end };
    } else if (child instanceof TerminalNode) {
      const end = b.tok(child);
      const collection = child.symbol.type === P.FlinkSqlParser.ARRAY ? 'ARRAY' : 'MULTISET';
      type = { kind: 'collectionType', collection, element: type, notNull: false, range: { start: type.range.start, end: end.range.end }, start: type.start, end: end.end };
    }
  }
  return type;
}

function typeCore(b: Builder, ctx: P.TypeCoreContext): DataType {
  const at = b.loc(ctx);
  if (ctx.ROW()) {
    const fields = ctx.rowField().map((f) => rowField(b, f));
    return { kind: 'rowType', fields, notNull: false, ...at };
  }
  if (ctx.MAP()) {
    return { kind: 'mapType', key: dataType(b, ctx.dataType(0)!), value: dataType(b, ctx.dataType(1)!), notNull: false, ...at };
  }
  if (ctx.ARRAY() || ctx.MULTISET()) {
    return {
      kind: 'collectionType',
      collection: ctx.ARRAY() ? 'ARRAY' : 'MULTISET',
      element: dataType(b, ctx.dataType(0)!),
      notNull: false,
      ...at,
    };
  }
  if (ctx.INTERVAL()) return { kind: 'intervalType', qualifier: intervalQualifier(b, ctx.intervalQualifier()!), notNull: false, ...at };
  if (ctx.RAW()) {
    const parts = ctx.stringLiteral().map(stringValue);
    return parts.length > 1
      ? { kind: 'rawType', className: parts[0], serializerSnapshot: parts[1], notNull: false, ...at }
      : { kind: 'rawType', className: parts[0], notNull: false, ...at };
  }
  const params = precision(ctx.precisionSpec());
  if (ctx.TIMESTAMP()) {
    checkPrecision(b, ctx, params, 9);
    if (ctx.WITH() && !ctx.LOCAL()) {
      b.error(at, 'syntax/unsupported-type', 'TIMESTAMP WITH TIME ZONE is not supported by Flink, use TIMESTAMP_LTZ or TIMESTAMP WITH LOCAL TIME ZONE');
    }
    return { kind: 'simpleType', name: ctx.LOCAL() ? 'TIMESTAMP_LTZ' : 'TIMESTAMP', params, notNull: false, ...at };
  }
  if (ctx.TIME().length > 0) {
    checkPrecision(b, ctx, params, 9);
    return { kind: 'simpleType', name: 'TIME', params, notNull: false, ...at };
  }
  if (ctx.DATE()) return { kind: 'simpleType', name: 'DATE', params: [], notNull: false, ...at };
  if (ctx.NULL()) return { kind: 'simpleType', name: 'NULL', params: [], notNull: false, ...at };
  // identifier (PRECISION | VARYING)? precisionSpec?
  const id = ctx.identifier()!;
  const suffix = ctx.PRECISION() ? ' PRECISION' : ctx.VARYING() ? ' VARYING' : '';
  const written = id.getText().toUpperCase() + suffix;
  const known = id.QUOTED_IDENTIFIER() ? undefined : SIMPLE_TYPES.get(written);
  if (!known) {
    const s = suggest(id.getText(), TYPE_NAMES, 1);
    b.error(
      b.loc(id),
      'syntax/unknown-type',
      `unknown data type '${id.getText()}${suffix}'` + (s.length ? `, did you mean ${s[0]}?` : ''),
    );
    return { kind: 'simpleType', name: 'NULL', params, notNull: false, ...at };
  }
  if (params.length > known.maxParams) {
    b.error(at, 'syntax/type-parameters', `${known.name} takes ${known.maxParams === 0 ? 'no parameters' : `at most ${known.maxParams} parameter${known.maxParams > 1 ? 's' : ''}`}`);
  } else if (known.name === 'DECIMAL') {
    checkPrecision(b, ctx, params, 38, 1);
    if (params.length === 2 && params[1] > params[0]) b.error(at, 'syntax/type-parameters', `DECIMAL scale ${params[1]} is larger than its precision ${params[0]}`);
  } else if (known.name === 'TIMESTAMP_LTZ') {
    checkPrecision(b, ctx, params, 9);
  } else if (params.length === 1 && params[0] < 1) {
    b.error(at, 'syntax/type-parameters', `the length of ${known.name} must be at least 1`);
  }
  return { kind: 'simpleType', name: known.name, params, notNull: false, ...at };
}

function checkPrecision(b: Builder, ctx: P.TypeCoreContext, params: number[], max: number, min = 0): void {
  if (params.length > 0 && (params[0] < min || params[0] > max)) {
    b.error(b.loc(ctx), 'syntax/type-parameters', `precision ${params[0]} is out of range: it must be between ${min} and ${max}`);
  }
}

function rowField(b: Builder, ctx: P.RowFieldContext): RowTypeField {
  const desc = ctx.stringLiteral();
  const base = { kind: 'rowTypeField' as const, name: identifier(b, ctx.identifier()), type: dataType(b, ctx.dataType()), ...b.loc(ctx) };
  return desc ? { ...base, description: stringValue(desc) } : base;
}

function precision(ctx: P.PrecisionSpecContext | null): number[] {
  return ctx ? ctx.INTEGER_VALUE().map((t) => Number(t.getText())) : [];
}

const PLURALS: Readonly<Record<string, TimeUnit>> = {
  YEARS: 'YEAR',
  MONTHS: 'MONTH',
  DAYS: 'DAY',
  HOURS: 'HOUR',
  MINUTES: 'MINUTE',
  SECONDS: 'SECOND',
};

export function timeUnit(ctx: P.TimeUnitContext | P.CallTimeUnitContext): TimeUnit {
  const u = ctx.getText().toUpperCase();
  return PLURALS[u] ?? (u as TimeUnit);
}

export function intervalQualifier(b: Builder, ctx: P.IntervalQualifierContext): IntervalQualifier {
  const units = ctx.timeUnit();
  const specs = ctx.precisionSpec();
  // precisionSpec belongs to the unit it follows
  let fromSpec: P.PrecisionSpecContext | undefined;
  let toSpec: P.PrecisionSpecContext | undefined;
  for (const s of specs) {
    if (units.length > 1 && s.start!.tokenIndex > units[1].start!.tokenIndex) toSpec = s;
    else fromSpec = s;
  }
  const fp = precision(fromSpec ?? null);
  const tp = precision(toSpec ?? null);
  const q: IntervalQualifier = {
    kind: 'intervalQualifier',
    from: timeUnit(units[0]),
    ...(fp.length > 0 ? { fromPrecision: fp[0] } : {}),
    ...(fp.length > 1 ? { fromFractionalPrecision: fp[1] } : {}),
    ...(units.length > 1 ? { to: timeUnit(units[1]) } : {}),
    ...(tp.length > 0 ? { toPrecision: tp[0] } : {}),
    ...b.loc(ctx),
  };
  return q;
}
