/**
 * CREATE TABLE checks: duplicate column names, computed columns that type-check, the WATERMARK
 * column (exists, is TIMESTAMP(3) / TIMESTAMP_LTZ(3)) and its expression type, PRIMARY KEY
 * columns, PARTITIONED BY / DISTRIBUTED BY columns, WITH options per connector, and the
 * CREATE TABLE AS query. Returns the table as the catalog would hold it, for later statements.
 */
import type { CreateTable, Identifier } from '../sql';
import { toLogicalType } from '../sql';
import type { CatalogTable, Column } from '../catalog/model';
import { tableFromDdl } from '../catalog';
import { isTimestamp } from '../types/logical-type';
import { printType } from '../types/print';
import { suggestionsFor } from '../catalog/resolve';
import type { Field } from '../planner/logical/plan';
import { ExprBinder } from './bind-expression';
import { checkConnectorOptions } from './connector-options';
import type { Planned, QueryAnalyzer } from './query';
import { Reporter } from './reporter';
import { Scope } from './scope';
import { resolveObject } from '../catalog/resolve';

export function analyzeCreateTable(qa: QueryAnalyzer, stmt: CreateTable, text: string | undefined): { table?: CatalogTable; planned?: Planned } {
  const reporter = qa.reporter;
  const seen = new Map<string, Identifier>();
  const fields: Field[] = [];
  const binderOver = (fs: readonly Field[], clause: string) => new ExprBinder({ scope: new Scope([{ fields: fs, offset: 0 }]), reporter, info: qa.info, clause });

  // LIKE source.
  let likeSource: CatalogTable | undefined;
  if (stmt.like) {
    const parts = stmt.like.source.parts.map((p) => p.value);
    const r = resolveObject(qa.view, parts, qa.current);
    if (!r.ok) reporter.report('unknown-table', r.error.message, stmt.like.source.range);
    else if (r.value.object.kind !== 'table') reporter.report('wrong-kind', `LIKE needs a table, but '${parts.join('.')}' is a view`, stmt.like.source.range);
    else {
      likeSource = r.value.object;
      for (const c of likeSource.columns) fields.push({ name: c.name, type: c.type });
      qa.info.names.push({ kind: 'table', range: stmt.like.source.range, path: r.value.path, object: r.value.object });
    }
  }

  const computedTypes = new Map<unknown, Field['type']>();
  for (const def of stmt.columns) {
    const prev = seen.get(def.name.value);
    if (prev) {
      reporter.report('duplicate-column', `A column named '${def.name.value}' already exists in the table`, def.name.range);
      continue;
    }
    seen.set(def.name.value, def.name);
    if (def.kind === 'computedColumn') {
      const x = binderOver(fields, 'a computed column').bind(def.expression);
      computedTypes.set(def, x.type);
      fields.push({ name: def.name.value, type: x.type });
    } else {
      const t = toLogicalType(def.type);
      if (!t) reporter.report('unsupported-type', `The type of column '${def.name.value}' is not supported`, def.type.range);
      else fields.push({ name: def.name.value, type: t });
    }
  }

  const columnCheck = (id: Identifier, what: string) => {
    if (fields.some((f) => f.name === id.value)) return true;
    const s = suggestionsFor(id.value, fields.map((f) => f.name));
    reporter.report('unknown-column', `${what} column '${id.value}' is not defined in the table${s.length ? `, did you mean '${s[0]}'?` : ''}`, id.range, Reporter.replacements(id.range, s));
    return false;
  };

  // WATERMARK FOR col AS expr.
  if (stmt.watermarks.length > 1) reporter.report('duplicate-watermark', 'A table can have only one WATERMARK', stmt.watermarks[1].range);
  for (const w of stmt.watermarks) {
    const parts = w.column.parts;
    if (parts.length !== 1) {
      reporter.report('unsupported-watermark', 'A WATERMARK on a nested field is not supported', w.column.range);
      continue;
    }
    if (!columnCheck(parts[0], 'The rowtime')) continue;
    const col = fields.find((f) => f.name === parts[0].value)!;
    const precisionOk = (col.type.kind === 'TIMESTAMP' || col.type.kind === 'TIMESTAMP_LTZ') && col.type.precision <= 3;
    if (!isTimestamp(col.type) || !precisionOk) {
      reporter.report(
        'invalid-watermark-column',
        `Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is ${printType(col.type)}`,
        parts[0].range,
      );
    }
    const x = binderOver(fields, 'WATERMARK').bind(w.expression);
    if (x.type.kind !== 'NULL' && !isTimestamp(x.type)) {
      reporter.report('invalid-watermark-expression', `The watermark expression must return TIMESTAMP(3) or TIMESTAMP_LTZ(3), but returns ${printType(x.type)}`, w.expression.range);
    }
  }
  if (stmt.primaryKey) {
    for (const c of stmt.primaryKey.columns) {
      if (!columnCheck(c, 'The primary key')) continue;
      const def = stmt.columns.find((d) => d.name.value === c.value);
      if (def?.kind === 'computedColumn' || def?.kind === 'metadataColumn') {
        reporter.report('invalid-primary-key', `Column '${c.value}' cannot be part of the primary key: it is a ${def.kind === 'computedColumn' ? 'computed' : 'metadata'} column`, c.range);
      }
    }
  }
  for (const c of stmt.partitionedBy) columnCheck(c, 'The partition');
  for (const c of stmt.distribution?.columns ?? []) columnCheck(c, 'The distribution');
  checkConnectorOptions(stmt.options, reporter, stmt.range, stmt.like !== undefined);

  let planned: Planned | undefined;
  if (stmt.asQuery) planned = qa.query(stmt.asQuery);

  if (text === undefined) return { ...(planned ? { planned } : {}) };
  const name = stmt.name.parts[stmt.name.parts.length - 1].value;
  const converted = tableFromDdl(stmt, text, name, {
    provenance: { kind: 'memory' },
    typeOfComputed: (c) => computedTypes.get(c),
    ...(planned ? { queryColumns: () => planned!.fields.map((f) => ({ kind: 'physical' as const, name: f.name, type: f.type })) } : {}),
    ...(likeSource ? { likeSource } : {}),
  });
  const table = converted.value as CatalogTable;
  void (null as unknown as Column);
  return { table, ...(planned ? { planned } : {}) };
}
