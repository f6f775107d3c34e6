/**
 * `connector = 'faker'`: realistic-looking rows from per-column faker expressions
 * (`fields.<col>.expression`, see faker-expression.ts for the vocabulary), the option names
 * of flink-faker. A column's text is read as the column's type (numbers, dates, timestamps in
 * SQL form); `date.past` / `date.future` give timestamps directly. ARRAY columns get
 * `fields.<col>.length` elements from the expression. `seed` makes runs repeatable.
 */
import type { ConnectorFactory, OptionSpec, TableContext } from '../api';
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';
import { MS_PER_DAY } from '../../types/values';
import { OptionError, Options } from '../options';
import { textParser } from '../../formats/text-values';
import { RecordDecodeError } from '../../formats/format';
import { DatagenSource } from '../datagen/datagen-source';
import type { FieldContext, FieldGenerator } from '../datagen/field-generator';
import { compileFakerExpression, type FakeValue } from './faker-expression';

export const FAKER_OPTIONS: readonly OptionSpec[] = [
  { key: 'fields.#.expression', type: 'string', required: true, description: "Faker expression for the column, e.g. '#{Name.fullName}' or '#{number.numberBetween ''1'',''100''}'." },
  { key: 'fields.#.null-rate', type: 'double', default: '0', description: 'Fraction of rows where the column is NULL (0 to 1).' },
  { key: 'fields.#.length', type: 'int', default: '1', description: 'Number of elements of ARRAY columns.' },
  { key: 'rows-per-second', type: 'long', default: '10000', description: 'Rows generated per second.' },
  { key: 'number-of-rows', type: 'long', description: 'Total rows to generate; the source is bounded when set.' },
  { key: 'scan.parallelism', type: 'int', default: '1', description: 'Number of parallel splits generating rows.' },
  { key: 'seed', type: 'long', description: 'Tideline extension: seed for the fake values, making runs repeatable.' },
];

function convert(type: LogicalType, column: string): (v: FakeValue) => Value {
  if ((type.kind === 'TIMESTAMP' || type.kind === 'TIMESTAMP_LTZ')) {
    const parse = textParser(type);
    return (v) => (typeof v === 'number' ? v : parse(v));
  }
  if (type.kind === 'DATE') {
    const parse = textParser(type);
    return (v) => (typeof v === 'number' ? Math.floor(v / MS_PER_DAY) : parse(v));
  }
  if (type.kind === 'CHAR' || type.kind === 'VARCHAR') return (v) => String(v);
  let parse: (s: string) => Value;
  try {
    parse = textParser(type);
  } catch {
    throw new OptionError(`faker: column '${column}' of type ${type.kind} cannot be generated`);
  }
  return (v) => {
    try {
      return parse(String(v));
    } catch (e) {
      if (e instanceof RecordDecodeError) throw new OptionError(`faker: column '${column}': ${e.message}`);
      throw e;
    }
  };
}

function compileColumns(ctx: TableContext, fctx: FieldContext): FieldGenerator[] {
  const o: Options = fctx.options;
  return ctx.columns.map((c) => {
    const key = `fields.${c.name}.expression`;
    const template = o.string(key);
    if (template === undefined) throw new OptionError(`table ${ctx.tableName}: column '${c.name}' needs '${key}'`);
    const expr = compileFakerExpression(template, fctx.now);
    const elementType = c.type.kind === 'ARRAY' ? c.type.element : c.type;
    const conv = convert(elementType, c.name);
    const one = (r: Parameters<FieldGenerator>[0]) => conv(expr(r));
    const length = o.integer(`fields.${c.name}.length`, 1);
    const gen: FieldGenerator =
      c.type.kind === 'ARRAY' ? (r) => Array.from({ length }, () => one(r)) : (r) => one(r);
    const nullRate = o.number(`fields.${c.name}.null-rate`, 0);
    return nullRate > 0 ? (r, n) => (r.nextDouble() < nullRate ? null : gen(r, n)) : gen;
  });
}

export const fakerConnector: ConnectorFactory = {
  identifier: 'faker',
  description: 'Realistic-looking rows (names, emails, cities, URLs, numbers, timestamps) from faker expressions.',
  options: FAKER_OPTIONS,
  createSource: (ctx) => new DatagenSource(ctx, Date.now, compileColumns),
};
