/**
 * INSERT INTO target [(columns)] query: the target table exists and is writable, the column
 * list names its columns once each, the query produces as many columns as are written, each
 * assignable (Flink's assignment cast rules; NULL into NOT NULL refused). The plan is a Sink
 * over the query with implicit casts to the target's types.
 */
import type { Insert } from '../sql';
import { E, type Expr } from '../expr/expr';
import { quoteIdentifierIfNeeded, writableColumns } from '../catalog/model';
import { resolveObject, suggestionsFor } from '../catalog/resolve';
import type { Field, LogicalPlan } from '../planner/logical/plan';
import { supportsAssignment } from '../types/casts';
import { withNullability } from '../types/logical-type';
import { printType } from '../types/print';
import { castTo } from './coerce';
import type { QueryAnalyzer } from './query';
import { Reporter } from './reporter';

export function analyzeInsert(qa: QueryAnalyzer, stmt: Insert): LogicalPlan | undefined {
  const reporter = qa.reporter;
  const parts = stmt.table.parts.map((p) => p.value);
  const r = resolveObject(qa.view, parts, qa.current);
  const source = qa.query(stmt.query);
  if (!r.ok) {
    const err = r.error;
    const at = err.part >= 0 && err.part < stmt.table.parts.length ? stmt.table.parts[err.part].range : stmt.table.range;
    reporter.report(err.kind === 'unknown-object' ? 'unknown-table' : err.kind === 'unavailable' ? 'catalog-unavailable' : err.kind, err.message, at, err.part >= 0 ? Reporter.replacements(at, err.suggestions, quoteIdentifierIfNeeded) : undefined);
    return undefined;
  }
  const object = r.value.object;
  qa.info.names.push({ kind: 'table', range: stmt.table.range, path: r.value.path, object });
  if (object.kind !== 'table') {
    reporter.report('wrong-kind', `Cannot INSERT INTO view '${r.value.path.name}': views are read-only`, stmt.table.range);
    return undefined;
  }
  const writable = writableColumns(object);
  const allNames = object.columns.map((c) => c.name);
  let targets: number[];
  if (stmt.columns) {
    targets = [];
    for (const id of stmt.columns) {
      const i = object.columns.findIndex((c) => c.name === id.value);
      if (i < 0) {
        const s = suggestionsFor(id.value, writable.map((c) => c.name));
        reporter.report('unknown-column', `Unknown target column '${id.value}' in table '${r.value.path.name}'${s.length ? `, did you mean '${s[0]}'?` : ''}`, id.range, Reporter.replacements(id.range, s, quoteIdentifierIfNeeded));
        continue;
      }
      const c = object.columns[i];
      if (!writable.includes(c)) {
        reporter.report('read-only-column', `Column '${c.name}' of '${r.value.path.name}' is ${c.kind === 'computed' ? 'computed' : 'a virtual metadata column'} and cannot be written`, id.range);
        continue;
      }
      if (targets.includes(i)) reporter.report('duplicate-column', `Target column '${id.value}' is assigned more than once`, id.range);
      targets.push(i);
      qa.info.names.push({ kind: 'column', range: id.range, name: c.name, type: c.type, table: r.value.path });
    }
    if (targets.length !== stmt.columns.length) return undefined;
    // Columns not listed get NULL: they must be nullable.
    for (const c of writable) {
      const i = allNames.indexOf(c.name);
      if (!targets.includes(i) && !c.type.nullable) {
        reporter.report('null-into-not-null', `Column '${c.name}' of '${r.value.path.name}' is NOT NULL but is not in the column list, so it would be NULL`, stmt.columns[0].range);
      }
    }
  } else {
    targets = writable.map((c) => allNames.indexOf(c.name));
  }
  if (source.fields.length !== targets.length) {
    reporter.report(
      'column-count-mismatch',
      `Column count mismatch: the query has ${source.fields.length} columns, but the target ${stmt.columns ? 'column list' : `table '${r.value.path.name}'`} has ${targets.length}`,
      stmt.query.range,
    );
    return undefined;
  }
  const exprs: Expr[] = [];
  const fields: Field[] = [];
  source.fields.forEach((f, i) => {
    const target = object.columns[targets[i]];
    // A nullable column into a NOT NULL one is checked row by row at run time (Flink's
    // table.exec.sink.not-null-enforcer); the NULL literal is refused here.
    const check = f.type.kind === 'NULL' ? supportsAssignment(f.type, target.type) : supportsAssignment(f.type, withNullability(target.type, true));
    if (!check.ok) {
      reporter.report(
        f.type.kind === 'NULL' ? 'null-into-not-null' : 'insert-type-mismatch',
        `Incompatible types for sink column '${target.name}' at position ${i + 1}: query column '${f.name}' is ${printType(f.type)}, the sink column is ${printType(target.type)} (${check.reason})`,
        stmt.query.range,
      );
    }
    exprs.push(castTo(E.input(i, f.type, f.name), target.type));
    fields.push({ name: target.name, type: target.type });
  });
  const input = qa.project(source, exprs, fields);
  return {
    kind: 'sink',
    input,
    path: r.value.path,
    table: object,
    columns: targets,
    overwrite: stmt.overwrite,
    ...(stmt.partition.length ? { staticPartitions: Object.fromEntries(stmt.partition.map((p) => [p.column.value, p.value && 'value' in p.value ? String(p.value.value) : ''])) } : {}),
    fields,
  };
}
